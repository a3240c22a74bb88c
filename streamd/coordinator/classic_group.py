"""A classic (JoinGroup/SyncGroup) consumer group: its members and its one state machine.

The group is plain data plus the rules that need no clock: protocol selection, the static
member table, and the state transition check. Timers, waiting requests and persistence belong
to ``GroupCoordinator``, which is the only code that mutates a group.

Protocol selection follows Kafka's ``ClassicGroup.selectProtocol``: the candidates are the
protocols every member supports; each member votes for the first candidate in its own
preference order, and the protocol with the most votes wins (ties go to the earliest in the
first member's preferences, so the choice is deterministic).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass, field

from streamd.coordinator.group_state import ALLOWED_PREVIOUS, GroupState, IllegalTransition
from streamd.protocol._generated import consumer_protocol_subscription as cps
from streamd.protocol.primitives import DecodeError, UnsupportedVersionError

__all__ = ["ClassicGroup", "ClassicMember", "JoinResult"]


@dataclass(slots=True)
class JoinResult:
    """What a JoinGroup waiter receives when its generation forms (or its join fails)."""

    error_code: int
    member_id: str = ""
    generation_id: int = -1
    protocol_type: str | None = None
    protocol_name: str | None = None
    leader: str = ""
    skip_assignment: bool = False
    # (member_id, group_instance_id, metadata) for the leader; empty for followers.
    members: list[tuple[str, str | None, bytes]] = field(default_factory=list)


@dataclass(slots=True)
class ClassicMember:
    member_id: str
    group_instance_id: str | None
    client_id: str
    client_host: str
    session_timeout_ms: int
    rebalance_timeout_ms: int
    protocol_type: str
    protocols: list[tuple[str, bytes]]  # (name, metadata) in the member's preference order
    assignment: bytes = b""
    join_waiter: asyncio.Future[JoinResult] | None = None
    sync_waiter: asyncio.Future[tuple[int, bytes]] | None = None
    session_timer: asyncio.TimerHandle | None = None

    def metadata_for(self, protocol: str | None) -> bytes:
        for name, metadata in self.protocols:
            if name == protocol:
                return metadata
        return b""

    @property
    def awaiting_join(self) -> bool:
        return self.join_waiter is not None and not self.join_waiter.done()

    @property
    def awaiting_sync(self) -> bool:
        return self.sync_waiter is not None and not self.sync_waiter.done()

    def protocol_names(self) -> list[str]:
        return [name for name, _ in self.protocols]


@dataclass(slots=True)
class ClassicGroup:
    group_id: str
    state: GroupState = GroupState.EMPTY
    state_timestamp_ms: int = 0
    generation_id: int = 0
    protocol_type: str | None = None
    protocol_name: str | None = None
    leader_id: str | None = None
    members: dict[str, ClassicMember] = field(default_factory=dict)
    static_members: dict[str, str] = field(default_factory=dict)  # group.instance.id -> member id
    # Member ids handed out with MEMBER_ID_REQUIRED (KIP-394) that have not joined yet, with the
    # timer that forgets them after their session timeout.
    pending_members: dict[str, asyncio.TimerHandle] = field(default_factory=dict)
    # Members that joined the current generation and still owe a SyncGroup.
    pending_sync: set[str] = field(default_factory=set)
    join_timer: asyncio.TimerHandle | None = None
    sync_timer: asyncio.TimerHandle | None = None
    # KIP-134: a new group's first rebalance waits group.initial.rebalance.delay.ms, again
    # while members keep arriving, until the rebalance timeout's budget is spent.
    initial_delay_running: bool = False
    initial_delay_ms: int = 0  # what is left of that budget
    new_member_added: bool = False  # a member joined during the current delay

    # -- the state machine -----------------------------------------------------------------
    def transition(self, target: GroupState, now_ms: int) -> None:
        if self.state not in ALLOWED_PREVIOUS[target]:
            raise IllegalTransition(self.group_id, self.state, target)
        self.state = target
        self.state_timestamp_ms = now_ms

    def is_in(self, *states: GroupState) -> bool:
        return self.state in states

    # -- members ---------------------------------------------------------------------------
    def add(self, member: ClassicMember) -> None:
        if not self.members:
            self.protocol_type = member.protocol_type
        self.members[member.member_id] = member
        if member.group_instance_id is not None:
            self.static_members[member.group_instance_id] = member.member_id
        if self.leader_id is None:
            self.leader_id = member.member_id

    def remove(self, member_id: str) -> ClassicMember | None:
        member = self.members.pop(member_id, None)
        if member is None:
            return None
        if member.group_instance_id is not None and self.static_members.get(member.group_instance_id) == member_id:
            del self.static_members[member.group_instance_id]
        self.pending_sync.discard(member_id)
        if self.leader_id == member_id:
            self.leader_id = next(iter(self.members), None)
        return member

    def replace_static(self, old_id: str, new_id: str) -> ClassicMember:
        """Give a rejoining static member a new member id, keeping its assignment (KIP-345)."""
        member = self.members.pop(old_id)
        member.member_id = new_id
        self.members[new_id] = member
        assert member.group_instance_id is not None
        self.static_members[member.group_instance_id] = new_id
        if self.leader_id == old_id:
            self.leader_id = new_id
        if old_id in self.pending_sync:
            self.pending_sync.discard(old_id)
            self.pending_sync.add(new_id)
        return member

    def all_joined(self) -> bool:
        """Every member has sent JoinGroup for this rebalance and no KIP-394 member id is
        still outstanding (Kafka's ``hasAllMembersJoined``)."""
        return not self.pending_members and all(m.awaiting_join for m in self.members.values())

    def max_rebalance_timeout_ms(self) -> int:
        return max((m.rebalance_timeout_ms for m in self.members.values()), default=0)

    # -- protocols -------------------------------------------------------------------------
    def supports(self, protocol_type: str, protocols: list[str]) -> bool:
        """May a member with these protocols join (Kafka's ``supportsProtocols``)?"""
        if not self.members:
            return bool(protocol_type) and bool(protocols)
        return protocol_type == self.protocol_type and bool(self.candidate_protocols() & set(protocols))

    def candidate_protocols(self) -> set[str]:
        names: set[str] | None = None
        for member in self.members.values():
            own = set(member.protocol_names())
            names = own if names is None else names & own
        return names or set()

    def select_protocol(self) -> str:
        candidates = self.candidate_protocols()
        votes: Counter[str] = Counter()
        for member in self.members.values():
            vote = next(name for name in member.protocol_names() if name in candidates)
            votes[vote] += 1
        first = next(iter(self.members.values())).protocol_names()
        order = {name: index for index, name in enumerate(first)}
        return max(votes, key=lambda name: (votes[name], -order.get(name, len(order))))

    def subscribed_topics(self) -> set[str] | None:
        """Topics the members subscribe to, decoded from their ``consumer`` protocol
        metadata; None when the group does not use the consumer protocol type."""
        if self.protocol_type != "consumer" or self.protocol_name is None:
            return None
        topics: set[str] = set()
        for member in self.members.values():
            raw = member.metadata_for(self.protocol_name)
            if len(raw) < 2:
                continue
            version = int.from_bytes(raw[:2], "big", signed=True)
            try:
                subscription, _ = cps.read(memoryview(raw), 2, min(version, cps.MAX_VERSION))
            except (DecodeError, UnsupportedVersionError):  # undecodable metadata subscribes to nothing
                continue
            topics.update(subscription.topics)
        return topics
