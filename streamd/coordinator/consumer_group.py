"""A KIP-848 consumer group: members, epochs, the target assignment and reconciliation.

The next-generation protocol has no JoinGroup/SyncGroup barrier. The coordinator keeps
three epochs (KIP-848, "Group epoch / assignment epoch / member epoch"):

* the group epoch grows whenever membership, a subscription or a subscribed topic changes;
* the assignment epoch is the group epoch the target assignment was computed for;
* each member's epoch is the assignment epoch it has reconciled to.

A member converges on its target one heartbeat at a time, as Kafka's
``CurrentAssignmentBuilder`` drives it: partitions it must give up are revoked first (state
UNREVOKED_PARTITIONS, epoch unchanged); once the client reports them gone, it moves to the new
epoch and receives the partitions no other member still owns (UNRELEASED_PARTITIONS while some
are still held elsewhere, STABLE when it has everything). No partition is ever owned by two
members at once.

The group's state is derived, not stored (Kafka's ``ConsumerGroup.maybeUpdateGroupState``):
Empty without members, Assigning while the target lags the group epoch, Reconciling while a
member lags the target, Stable otherwise. A derived state cannot drift out of step.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["ConsumerGroup", "ConsumerGroupState", "ConsumerMember", "MemberState", "TopicPartition", "reconcile"]

TopicPartition = tuple[str, int]  # (topic name, partition)


class ConsumerGroupState(StrEnum):
    EMPTY = "Empty"
    ASSIGNING = "Assigning"
    RECONCILING = "Reconciling"
    STABLE = "Stable"
    DEAD = "Dead"


class MemberState(StrEnum):
    STABLE = "stable"
    UNREVOKED_PARTITIONS = "unrevoked_partitions"
    UNRELEASED_PARTITIONS = "unreleased_partitions"


@dataclass(slots=True)
class ConsumerMember:
    member_id: str
    instance_id: str | None = None
    rack_id: str | None = None
    client_id: str = ""
    client_host: str = ""
    rebalance_timeout_ms: int = 300_000
    subscribed_topic_names: list[str] = field(default_factory=list)
    subscribed_topic_regex: str | None = None
    server_assignor: str | None = None
    member_epoch: int = 0
    previous_member_epoch: int = -1
    state: MemberState = MemberState.STABLE
    assigned: set[TopicPartition] = field(default_factory=set)
    pending_revocation: set[TopicPartition] = field(default_factory=set)
    session_timer: asyncio.TimerHandle | None = None
    revocation_timer: asyncio.TimerHandle | None = None

    def set_epoch(self, epoch: int) -> None:
        if epoch != self.member_epoch:
            self.previous_member_epoch = self.member_epoch
            self.member_epoch = epoch


@dataclass(slots=True)
class ConsumerGroup:
    group_id: str
    group_epoch: int = 0
    assignment_epoch: int = 0
    members: dict[str, ConsumerMember] = field(default_factory=dict)
    static_members: dict[str, str] = field(default_factory=dict)  # instance id -> member id
    target: dict[str, set[TopicPartition]] = field(default_factory=dict)
    assignor_name: str = ""
    # (topic, partitions) of the subscribed topics when the group epoch last moved; a change
    # (a topic created, deleted or grown) bumps the epoch.
    subscribed_metadata: tuple[tuple[str, int], ...] = ()
    empty_since_ms: int = 0
    dead: bool = False

    @property
    def state(self) -> ConsumerGroupState:
        if self.dead:
            return ConsumerGroupState.DEAD
        if not self.members:
            return ConsumerGroupState.EMPTY
        if self.group_epoch > self.assignment_epoch:
            return ConsumerGroupState.ASSIGNING
        if any(
            m.member_epoch != self.assignment_epoch or m.state != MemberState.STABLE for m in self.members.values()
        ):
            return ConsumerGroupState.RECONCILING
        return ConsumerGroupState.STABLE

    def owner_of(self, partition: TopicPartition, *, excluding: str) -> str | None:
        """The member other than ``excluding`` that holds ``partition`` (assigned, or still
        being revoked), if any."""
        for member_id, member in self.members.items():
            if member_id != excluding and (partition in member.assigned or partition in member.pending_revocation):
                return member_id
        return None

    def subscribed_topics(self, regex_matches: dict[str, set[str]]) -> set[str]:
        topics: set[str] = set()
        for member in self.members.values():
            topics.update(member.subscribed_topic_names)
            if member.subscribed_topic_regex is not None:
                topics.update(regex_matches.get(member.subscribed_topic_regex, set()))
        return topics


def reconcile(group: ConsumerGroup, member: ConsumerMember, owned: set[TopicPartition] | None) -> None:
    """Move ``member`` one step towards its target assignment (``CurrentAssignmentBuilder``).

    ``owned`` is what the client says it owns (None when the heartbeat left it out)."""
    if member.state == MemberState.UNREVOKED_PARTITIONS:
        if owned is None or owned & member.pending_revocation:
            return  # the client has not revoked yet
        member.pending_revocation = set()
    elif member.state == MemberState.STABLE and member.member_epoch == group.assignment_epoch:
        return
    target = group.target.get(member.member_id, set())
    kept = member.assigned & target
    to_revoke = member.assigned - target
    if to_revoke:
        member.assigned = kept
        member.pending_revocation = to_revoke
        member.state = MemberState.UNREVOKED_PARTITIONS
        return
    new = target - member.assigned
    unreleased = {tp for tp in new if group.owner_of(tp, excluding=member.member_id) is not None}
    member.assigned = kept | (new - unreleased)
    member.state = MemberState.UNRELEASED_PARTITIONS if unreleased else MemberState.STABLE
    member.set_epoch(group.assignment_epoch)
