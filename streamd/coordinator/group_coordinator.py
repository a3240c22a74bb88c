"""The group coordinator: classic consumer groups and their committed offsets.

Theory of operation
-------------------
One coordinator owns every group on this node (a single node coordinates every key, see
FindCoordinator). It is the only code that mutates a ``ClassicGroup``; handlers translate
requests into calls here and results back into responses. Everything runs on the event loop,
so no locks are needed: a request either completes synchronously or parks on a future that a
later request or a timer resolves.

The rebalance protocol is Kafka's (``GroupMetadataManager`` in the group coordinator,
``GroupCoordinator.scala`` before it):

* JoinGroup moves the group to PreparingRebalance and parks the member until every known
  member has rejoined or the largest rebalance timeout passes; then members that did not
  rejoin are dropped, the generation is bumped, a protocol is chosen, and every parked
  JoinGroup is answered (the leader with every member's metadata). A new group first waits
  ``group.initial.rebalance.delay.ms``, extended while members keep arriving (KIP-134).
* Since JoinGroup v4 a member without an id is given one with MEMBER_ID_REQUIRED and must
  join again with it (KIP-394); static members (``group.instance.id``, KIP-345) skip that and
  replace their previous incarnation, which is fenced with FENCED_INSTANCE_ID.
* SyncGroup from the leader carries the assignment; it is written to ``__consumer_offsets``,
  then the group is Stable and every parked SyncGroup gets its member's share. Members that
  never send SyncGroup are dropped after the rebalance timeout.
* Heartbeats, joins, syncs and member commits keep a member's session alive; a member whose
  session expires is removed and the group rebalances (REBALANCE_IN_PROGRESS on the others'
  next heartbeat). A member parked in JoinGroup or SyncGroup is kept alive meanwhile.
* OffsetCommit validates the member and generation like ``ClassicGroup.validateOffsetCommit``;
  generation -1 with no member id is an admin or standalone commit, allowed while the group is
  Empty (and creating it if needed). Offsets of an Empty group expire
  ``offsets.retention.minutes`` after it became Empty; offsets of a group that never had
  members expire that long after their commit (KIP-211).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Coroutine, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from streamd.coordinator.classic_group import ClassicGroup, ClassicMember, JoinResult
from streamd.coordinator.consumer_group import ConsumerGroup, ConsumerGroupState
from streamd.coordinator.consumer_groups import ConsumerGroupManager, HeartbeatParams, HeartbeatResult
from streamd.coordinator.group_records import (
    GroupMetadataValue,
    GroupRecordError,
    MemberMetadata,
    OffsetValue,
    decode_group_value,
    decode_key,
    decode_offset_value,
    encode_group_value,
    encode_offset_value,
    group_key,
    offset_key,
)
from streamd.coordinator.group_state import GroupState
from streamd.coordinator.internal_topic import StoredRecord, offsets_topic
from streamd.protocol._generated import ErrorCode

if TYPE_CHECKING:
    from streamd.broker import Broker

__all__ = [
    "CommitPartition",
    "GroupCoordinator",
    "GroupSummary",
    "JoinParams",
    "MemberSummary",
    "OffsetEntry",
]

log = logging.getLogger("streamd.groups")

NO_GENERATION = -1
_UNKNOWN_MEMBER = ""


@dataclass(frozen=True, slots=True)
class JoinParams:
    group_id: str
    member_id: str
    group_instance_id: str | None
    client_id: str
    client_host: str
    session_timeout_ms: int
    rebalance_timeout_ms: int
    protocol_type: str
    protocols: list[tuple[str, bytes]]
    require_known_member_id: bool  # JoinGroup v4+ without a group.instance.id (KIP-394)
    supports_skip_assignment: bool  # JoinGroup v9+ (KIP-814)


@dataclass(frozen=True, slots=True)
class CommitPartition:
    topic: str
    partition: int
    offset: int
    leader_epoch: int
    metadata: str | None


@dataclass(frozen=True, slots=True)
class OffsetEntry:
    topic: str
    partition: int
    offset: int
    leader_epoch: int
    metadata: str
    error_code: int = ErrorCode.NONE


@dataclass(frozen=True, slots=True)
class MemberSummary:
    member_id: str
    group_instance_id: str | None
    client_id: str
    client_host: str
    metadata: bytes
    assignment: bytes


@dataclass(frozen=True, slots=True)
class GroupSummary:
    group_id: str
    state: str
    protocol_type: str
    protocol: str
    group_type: str
    members: list[MemberSummary]


class GroupCoordinator:
    def __init__(self, broker: Broker) -> None:
        self._broker = broker
        self._store = offsets_topic(broker)
        self._groups: dict[str, ClassicGroup] = {}
        self.consumer = ConsumerGroupManager(broker)  # KIP-848 groups; their offsets live here too
        self._offsets: dict[str, dict[tuple[str, int], OffsetValue]] = {}
        # TxnOffsetCommit: producer id -> group -> offsets waiting for the transaction's marker.
        self._pending_txn: dict[int, dict[str, dict[tuple[str, int], OffsetValue]]] = {}
        self._tasks: set[asyncio.Task[Any]] = set()

    # -- configuration ---------------------------------------------------------------------
    def _config(self, name: str) -> int:
        return int(self._broker.configs.broker_value(name))

    def _now(self) -> int:
        return int(self._broker.now_ms())

    # -- start and stop --------------------------------------------------------------------
    def load(self) -> int:
        """Replay ``__consumer_offsets``; the number of records read."""
        count = 0
        groups: dict[str, GroupMetadataValue | None] = {}
        for record in self._store.replay():
            count += 1
            if record.control is not None:
                self.complete_transaction(record.producer_id, record.control, replaying=True)
                continue
            try:
                group_id, topic, partition = decode_key(record.key)
                if record.producer_id >= 0 and topic is not None and record.value is not None:
                    pending = self._pending_txn.setdefault(record.producer_id, {}).setdefault(group_id, {})
                    pending[(topic, partition)] = decode_offset_value(record.value)
                    continue
                if topic is None:
                    groups[group_id] = decode_group_value(record.value) if record.value is not None else None
                elif record.value is None:
                    self._offsets.get(group_id, {}).pop((topic, partition), None)
                else:
                    self._offsets.setdefault(group_id, {})[(topic, partition)] = decode_offset_value(record.value)
            except GroupRecordError as exc:
                log.warning("skipping an unreadable __consumer_offsets record: %s", exc)
        for group_id, value in groups.items():
            if value is not None:
                self._groups[group_id] = self._restore_group(group_id, value)
        for group_id, offsets in self._offsets.items():
            if offsets and group_id not in self._groups:
                self._groups[group_id] = ClassicGroup(group_id, state_timestamp_ms=self._now())
        self._offsets = {group_id: offsets for group_id, offsets in self._offsets.items() if offsets}
        return count

    def _restore_group(self, group_id: str, value: GroupMetadataValue) -> ClassicGroup:
        group = ClassicGroup(
            group_id,
            state=GroupState.STABLE if value.members else GroupState.EMPTY,
            state_timestamp_ms=value.current_state_timestamp,
            generation_id=value.generation,
            protocol_type=value.protocol_type or None,
            protocol_name=value.protocol,
        )
        for stored in value.members:
            member = ClassicMember(
                member_id=stored.member_id,
                group_instance_id=stored.group_instance_id,
                client_id=stored.client_id,
                client_host=stored.client_host,
                session_timeout_ms=stored.session_timeout_ms,
                rebalance_timeout_ms=stored.rebalance_timeout_ms,
                protocol_type=value.protocol_type,
                protocols=[(value.protocol or "", stored.subscription)],
                assignment=stored.assignment,
            )
            group.add(member)
            self._schedule_session(group, member)
        group.leader_id = value.leader if value.leader in group.members else group.leader_id
        return group

    def close(self) -> None:
        for group in self._groups.values():
            for timer in (group.join_timer, group.sync_timer, *group.pending_members.values()):
                if timer is not None:
                    timer.cancel()
            for member in group.members.values():
                if member.session_timer is not None:
                    member.session_timer.cancel()
        for task in self._tasks:
            task.cancel()
        self.consumer.close()

    # -- queries ---------------------------------------------------------------------------
    def group_ids(self) -> list[str]:
        return list(self._groups)

    def list_groups(self, states: Sequence[str] = (), types: Sequence[str] = ()) -> list[GroupSummary]:
        wanted_states = {state.lower() for state in states}
        wanted_types = {kind.lower() for kind in types}
        summaries = [self._summary(g, with_members=False) for g in self._groups.values() if g.state != GroupState.DEAD]
        summaries += [
            GroupSummary(group_id, str(group.state), "consumer", "", "consumer", [])
            for group_id, group in self.consumer.groups.items()
        ]
        return [
            summary
            for summary in summaries
            if (not wanted_states or summary.state.lower() in wanted_states)
            and (not wanted_types or summary.group_type in wanted_types)
        ]

    def consumer_group(self, group_id: str) -> ConsumerGroup | None:
        return self.consumer.groups.get(group_id)

    # -- ConsumerGroupHeartbeat (KIP-848) --------------------------------------------------
    def consumer_heartbeat(self, params: HeartbeatParams) -> HeartbeatResult:
        classic = self._groups.get(params.group_id)
        conflict = classic is not None and classic.state != GroupState.EMPTY
        if classic is not None and not conflict and params.member_epoch == 0:
            # An empty classic group (say, one with only committed offsets) becomes a consumer
            # group when a KIP-848 member joins; its offsets stay, as in Kafka.
            self._groups.pop(params.group_id)
        return self.consumer.heartbeat(params, classic_conflict=conflict)

    def describe(self, group_id: str) -> GroupSummary | None:
        group = self._groups.get(group_id)
        return None if group is None or group.state == GroupState.DEAD else self._summary(group, with_members=True)

    @staticmethod
    def _summary(group: ClassicGroup, *, with_members: bool) -> GroupSummary:
        stable = group.state == GroupState.STABLE
        members = (
            [
                MemberSummary(
                    m.member_id, m.group_instance_id, m.client_id, m.client_host,
                    m.metadata_for(group.protocol_name) if stable else b"", m.assignment if stable else b"",
                )
                for m in group.members.values()
            ]
            if with_members
            else []
        )
        return GroupSummary(
            group_id=group.group_id,
            state=str(group.state),
            protocol_type=group.protocol_type or "",
            protocol=(group.protocol_name or "") if stable else "",
            group_type="classic",
            members=members,
        )

    # -- JoinGroup -------------------------------------------------------------------------
    async def join(self, params: JoinParams) -> JoinResult:
        if not params.group_id:
            return JoinResult(ErrorCode.INVALID_GROUP_ID, member_id=params.member_id)
        if not (
            self._config("group.min.session.timeout.ms")
            <= params.session_timeout_ms
            <= self._config("group.max.session.timeout.ms")
        ):
            return JoinResult(ErrorCode.INVALID_SESSION_TIMEOUT, member_id=params.member_id)
        modern = self.consumer.groups.get(params.group_id)
        if modern is not None:
            if modern.members:
                return JoinResult(ErrorCode.INCONSISTENT_GROUP_PROTOCOL, member_id=params.member_id)
            self.consumer.forget(params.group_id)
        group = self._groups.get(params.group_id)
        if group is None:
            if params.member_id != _UNKNOWN_MEMBER:
                return JoinResult(ErrorCode.UNKNOWN_MEMBER_ID, member_id=params.member_id)
            group = self._groups[params.group_id] = ClassicGroup(params.group_id, state_timestamp_ms=self._now())
        if group.state == GroupState.DEAD:
            return JoinResult(ErrorCode.COORDINATOR_NOT_AVAILABLE, member_id=params.member_id)
        if not group.supports(params.protocol_type, [name for name, _ in params.protocols]):
            return JoinResult(ErrorCode.INCONSISTENT_GROUP_PROTOCOL, member_id=params.member_id)
        if params.member_id == _UNKNOWN_MEMBER:
            return await self._join_new_member(group, params)
        return await self._join_known_member(group, params)

    def _full(self, group: ClassicGroup) -> bool:
        return len(group.members) + len(group.pending_members) >= self._config("group.max.size")

    async def _join_new_member(self, group: ClassicGroup, params: JoinParams) -> JoinResult:
        member_id = f"{params.client_id}-{uuid.uuid4()}"
        if params.group_instance_id is not None:
            previous = group.static_members.get(params.group_instance_id)
            if previous is not None:
                return await self._replace_static_member(group, params, previous, member_id)
        if self._full(group):
            return JoinResult(ErrorCode.GROUP_MAX_SIZE_REACHED, member_id=_UNKNOWN_MEMBER)
        if params.group_instance_id is None and params.require_known_member_id:
            loop = asyncio.get_running_loop()
            group.pending_members[member_id] = loop.call_later(
                params.session_timeout_ms / 1000, self._expire_pending_member, group, member_id
            )
            return JoinResult(ErrorCode.MEMBER_ID_REQUIRED, member_id=member_id)
        return await self._add_member_and_rebalance(group, params, member_id)

    async def _join_known_member(self, group: ClassicGroup, params: JoinParams) -> JoinResult:
        member_id = params.member_id
        timer = group.pending_members.pop(member_id, None)
        if timer is not None:
            timer.cancel()
            return await self._add_member_and_rebalance(group, params, member_id)
        error = self._validate_member(group, member_id, params.group_instance_id)
        if error is not None:
            return JoinResult(error, member_id=member_id)
        member = group.members[member_id]
        same_protocols = member.protocols == params.protocols
        if group.state == GroupState.COMPLETING_REBALANCE and same_protocols:
            # A duplicate JoinGroup (lost response): answer with the generation that formed.
            return self._join_result(group, member)
        if group.state == GroupState.STABLE and same_protocols and member_id != group.leader_id:
            return self._join_result(group, member)
        self._update_member(member, params)
        return await self._await_join(group, member)

    async def _add_member_and_rebalance(self, group: ClassicGroup, params: JoinParams, member_id: str) -> JoinResult:
        member = ClassicMember(
            member_id=member_id,
            group_instance_id=params.group_instance_id,
            client_id=params.client_id,
            client_host=params.client_host,
            session_timeout_ms=params.session_timeout_ms,
            rebalance_timeout_ms=params.rebalance_timeout_ms,
            protocol_type=params.protocol_type,
            protocols=list(params.protocols),
        )
        group.add(member)
        if group.initial_delay_running:
            group.new_member_added = True
        return await self._await_join(group, member)

    async def _replace_static_member(
        self, group: ClassicGroup, params: JoinParams, previous_id: str, member_id: str
    ) -> JoinResult:
        old = group.members[previous_id]
        if old.join_waiter is not None and not old.join_waiter.done():
            old.join_waiter.set_result(JoinResult(ErrorCode.FENCED_INSTANCE_ID, member_id=previous_id))
        if old.sync_waiter is not None and not old.sync_waiter.done():
            old.sync_waiter.set_result((ErrorCode.FENCED_INSTANCE_ID, b""))
        old_leader = group.leader_id
        member = group.replace_static(previous_id, member_id)
        changed = member.protocols != params.protocols
        member.client_id, member.client_host = params.client_id, params.client_host
        if group.state == GroupState.STABLE and not changed:
            # KIP-345: a known static member comes back without a rebalance and keeps its
            # assignment. The old leader id is returned so that a pre-v9 leader does not try to
            # assign again; v9+ leaders are told to skip the assignment instead (KIP-814).
            self._update_member(member, params)
            self._schedule_session(group, member)
            error = await self._persist_group(group)
            if error != ErrorCode.NONE:
                return JoinResult(error, member_id=member_id)
            is_leader = group.leader_id == member_id
            skip = is_leader and params.supports_skip_assignment
            return JoinResult(
                ErrorCode.NONE,
                member_id=member_id,
                generation_id=group.generation_id,
                protocol_type=group.protocol_type,
                protocol_name=group.protocol_name,
                leader=old_leader or "",
                skip_assignment=skip,
                members=self._member_list(group) if skip else [],
            )
        self._update_member(member, params)
        return await self._await_join(group, member)

    def _update_member(self, member: ClassicMember, params: JoinParams) -> None:
        member.protocols = list(params.protocols)
        member.session_timeout_ms = params.session_timeout_ms
        member.rebalance_timeout_ms = params.rebalance_timeout_ms
        member.client_id = params.client_id
        member.client_host = params.client_host

    async def _await_join(self, group: ClassicGroup, member: ClassicMember) -> JoinResult:
        waiter: asyncio.Future[JoinResult] = asyncio.get_running_loop().create_future()
        member.join_waiter = waiter
        self._schedule_session(group, member)
        if group.state in (GroupState.EMPTY, GroupState.STABLE, GroupState.COMPLETING_REBALANCE):
            self._prepare_rebalance(group, f"member {member.member_id} joined")
        else:
            self._maybe_complete_join(group)
        return await waiter

    def _join_result(self, group: ClassicGroup, member: ClassicMember) -> JoinResult:
        is_leader = member.member_id == group.leader_id
        return JoinResult(
            ErrorCode.NONE,
            member_id=member.member_id,
            generation_id=group.generation_id,
            protocol_type=group.protocol_type,
            protocol_name=group.protocol_name,
            leader=group.leader_id or "",
            members=self._member_list(group) if is_leader else [],
        )

    @staticmethod
    def _member_list(group: ClassicGroup) -> list[tuple[str, str | None, bytes]]:
        return [
            (m.member_id, m.group_instance_id, m.metadata_for(group.protocol_name)) for m in group.members.values()
        ]

    # -- the rebalance ---------------------------------------------------------------------
    def _prepare_rebalance(self, group: ClassicGroup, reason: str) -> None:
        loop = asyncio.get_running_loop()
        if group.state == GroupState.COMPLETING_REBALANCE:
            self._fail_syncs(group, ErrorCode.REBALANCE_IN_PROGRESS)
        if group.sync_timer is not None:
            group.sync_timer.cancel()
            group.sync_timer = None
        group.pending_sync.clear()
        if group.join_timer is not None:
            group.join_timer.cancel()
        rebalance_timeout_ms = group.max_rebalance_timeout_ms()
        if group.state == GroupState.EMPTY:
            delay_ms = min(self._config("group.initial.rebalance.delay.ms"), rebalance_timeout_ms)
            group.initial_delay_ms = max(rebalance_timeout_ms - delay_ms, 0)
            group.new_member_added = False
            group.initial_delay_running = True
            group.join_timer = loop.call_later(delay_ms / 1000, self._initial_delay_over, group)
        else:
            group.join_timer = loop.call_later(rebalance_timeout_ms / 1000, self._complete_join, group)
        group.transition(GroupState.PREPARING_REBALANCE, self._now())
        log.info(
            "group %r preparing to rebalance (generation %d, %d members): %s",
            group.group_id, group.generation_id, len(group.members), reason,
        )
        # Kafka's DelayedJoin is tried at once: the members may all be waiting already.
        self._maybe_complete_join(group)

    def _initial_delay_over(self, group: ClassicGroup) -> None:
        if group.new_member_added and group.initial_delay_ms > 0:
            delay_ms = min(self._config("group.initial.rebalance.delay.ms"), group.initial_delay_ms)
            group.initial_delay_ms -= delay_ms
            group.new_member_added = False
            group.join_timer = asyncio.get_running_loop().call_later(
                delay_ms / 1000, self._initial_delay_over, group
            )
            return
        group.initial_delay_running = False
        self._complete_join(group)

    def _maybe_complete_join(self, group: ClassicGroup) -> None:
        if group.state == GroupState.PREPARING_REBALANCE and not group.initial_delay_running and group.all_joined():
            self._complete_join(group)

    def _complete_join(self, group: ClassicGroup) -> None:
        if group.state != GroupState.PREPARING_REBALANCE:
            return
        if group.join_timer is not None:
            group.join_timer.cancel()
            group.join_timer = None
        group.initial_delay_running = False
        for member in list(group.members.values()):
            if not member.awaiting_join:
                log.info("group %r: member %s did not rejoin in time; removing it", group.group_id, member.member_id)
                self._drop_member(group, member, ErrorCode.UNKNOWN_MEMBER_ID)
        for timer in group.pending_members.values():
            timer.cancel()
        group.pending_members.clear()
        now = self._now()
        group.generation_id += 1
        if not group.members:
            group.protocol_name = None
            group.leader_id = None
            group.transition(GroupState.EMPTY, now)
            log.info("group %r is empty at generation %d", group.group_id, group.generation_id)
            self._spawn(self._persist_group(group))
            return
        group.protocol_name = group.select_protocol()
        if group.leader_id not in group.members:
            group.leader_id = next(iter(group.members))
        group.transition(GroupState.COMPLETING_REBALANCE, now)
        log.info(
            "group %r formed generation %d with %d members (protocol %s)",
            group.group_id, group.generation_id, len(group.members), group.protocol_name,
        )
        group.pending_sync = set(group.members)
        members = self._member_list(group)
        for member in group.members.values():
            waiter = member.join_waiter
            member.join_waiter = None
            if waiter is not None and not waiter.done():
                is_leader = member.member_id == group.leader_id
                waiter.set_result(
                    JoinResult(
                        ErrorCode.NONE,
                        member_id=member.member_id,
                        generation_id=group.generation_id,
                        protocol_type=group.protocol_type,
                        protocol_name=group.protocol_name,
                        leader=group.leader_id,
                        members=members if is_leader else [],
                    )
                )
            self._schedule_session(group, member)
        group.sync_timer = asyncio.get_running_loop().call_later(
            group.max_rebalance_timeout_ms() / 1000, self._sync_expired, group, group.generation_id
        )

    def _sync_expired(self, group: ClassicGroup, generation_id: int) -> None:
        group.sync_timer = None
        if generation_id != group.generation_id or not group.pending_sync:
            return
        if group.state not in (GroupState.COMPLETING_REBALANCE, GroupState.STABLE):
            return
        for member_id in list(group.pending_sync):
            member = group.members.get(member_id)
            if member is not None:
                log.info("group %r: member %s never sent SyncGroup; removing it", group.group_id, member_id)
                self._drop_member(group, member, ErrorCode.UNKNOWN_MEMBER_ID)
        self._prepare_rebalance(group, "members did not sync in time")

    def _fail_syncs(self, group: ClassicGroup, error: int) -> None:
        for member in group.members.values():
            member.assignment = b""
            waiter = member.sync_waiter
            member.sync_waiter = None
            if waiter is not None and not waiter.done():
                waiter.set_result((error, b""))

    def _drop_member(self, group: ClassicGroup, member: ClassicMember, error: int) -> None:
        if member.session_timer is not None:
            member.session_timer.cancel()
        if member.join_waiter is not None and not member.join_waiter.done():
            member.join_waiter.set_result(JoinResult(error, member_id=member.member_id))
        if member.sync_waiter is not None and not member.sync_waiter.done():
            member.sync_waiter.set_result((error, b""))
        group.remove(member.member_id)

    def _after_departure(self, group: ClassicGroup, reason: str) -> None:
        """Members left (LeaveGroup, expiry): rebalance the rest, or finish a pending join."""
        if group.state in (GroupState.STABLE, GroupState.COMPLETING_REBALANCE):
            self._prepare_rebalance(group, reason)
        elif group.state == GroupState.PREPARING_REBALANCE:
            self._maybe_complete_join(group)

    # -- sessions --------------------------------------------------------------------------
    def _schedule_session(self, group: ClassicGroup, member: ClassicMember) -> None:
        if member.session_timer is not None:
            member.session_timer.cancel()
        member.session_timer = asyncio.get_running_loop().call_later(
            member.session_timeout_ms / 1000, self._session_expired, group, member.member_id
        )

    def _session_expired(self, group: ClassicGroup, member_id: str) -> None:
        member = group.members.get(member_id)
        if member is None or self._groups.get(group.group_id) is not group:
            return
        if member.awaiting_join or member.awaiting_sync:
            self._schedule_session(group, member)
            return
        log.info("group %r: session of member %s expired", group.group_id, member_id)
        self._drop_member(group, member, ErrorCode.UNKNOWN_MEMBER_ID)
        self._after_departure(group, f"session of {member_id} expired")

    def _expire_pending_member(self, group: ClassicGroup, member_id: str) -> None:
        if group.pending_members.pop(member_id, None) is not None:
            self._maybe_complete_join(group)

    def _validate_member(self, group: ClassicGroup, member_id: str, instance_id: str | None) -> int | None:
        """Kafka's ``validateMember``: UNKNOWN_MEMBER_ID, or FENCED_INSTANCE_ID when a static
        member's id is not the one its instance id now maps to."""
        if instance_id is not None:
            current = group.static_members.get(instance_id)
            if current is not None and current != member_id:
                return ErrorCode.FENCED_INSTANCE_ID
        if member_id not in group.members:
            return ErrorCode.UNKNOWN_MEMBER_ID
        return None

    # -- SyncGroup -------------------------------------------------------------------------
    async def sync(
        self,
        group_id: str,
        generation_id: int,
        member_id: str,
        instance_id: str | None,
        protocol_type: str | None,
        protocol_name: str | None,
        assignments: Sequence[tuple[str, bytes]],
    ) -> tuple[int, bytes, ClassicGroup | None]:
        group = self._groups.get(group_id)
        if group is None:
            return ErrorCode.UNKNOWN_MEMBER_ID, b"", None
        if group.state == GroupState.DEAD:
            return ErrorCode.COORDINATOR_NOT_AVAILABLE, b"", group
        error = self._validate_member(group, member_id, instance_id)
        if error is not None:
            return error, b"", group
        if generation_id != group.generation_id:
            return ErrorCode.ILLEGAL_GENERATION, b"", group
        if (protocol_type is not None and protocol_type != group.protocol_type) or (
            protocol_name is not None and protocol_name != group.protocol_name
        ):
            return ErrorCode.INCONSISTENT_GROUP_PROTOCOL, b"", group
        if group.state == GroupState.EMPTY:
            return ErrorCode.UNKNOWN_MEMBER_ID, b"", group
        if group.state == GroupState.PREPARING_REBALANCE:
            return ErrorCode.REBALANCE_IN_PROGRESS, b"", group
        member = group.members[member_id]
        group.pending_sync.discard(member_id)
        self._schedule_session(group, member)
        if group.state == GroupState.STABLE:
            return ErrorCode.NONE, member.assignment, group
        waiter: asyncio.Future[tuple[int, bytes]] = asyncio.get_running_loop().create_future()
        member.sync_waiter = waiter
        if member_id == group.leader_id:
            await self._complete_sync(group, dict(assignments))
        error, assignment = await waiter
        return error, assignment, group

    async def _complete_sync(self, group: ClassicGroup, assignments: dict[str, bytes]) -> None:
        generation = group.generation_id
        proposed = {member_id: assignments.get(member_id, b"") for member_id in group.members}
        error = await self._persist_group(group, proposed)
        if group.state != GroupState.COMPLETING_REBALANCE or group.generation_id != generation:
            return  # the group moved on while the write was in flight; its waiters were answered
        if error != ErrorCode.NONE:
            self._fail_syncs(group, error)
            self._prepare_rebalance(group, "the group metadata could not be written")
            return
        for member_id, assignment in proposed.items():
            group.members[member_id].assignment = assignment
        group.transition(GroupState.STABLE, self._now())
        for member in group.members.values():
            waiter = member.sync_waiter
            member.sync_waiter = None
            if waiter is not None and not waiter.done():
                waiter.set_result((ErrorCode.NONE, member.assignment))

    # -- Heartbeat and LeaveGroup ----------------------------------------------------------
    def heartbeat(self, group_id: str, generation_id: int, member_id: str, instance_id: str | None) -> int:
        group = self._groups.get(group_id)
        if group is None:
            return ErrorCode.UNKNOWN_MEMBER_ID
        if group.state == GroupState.DEAD:
            return ErrorCode.COORDINATOR_NOT_AVAILABLE
        if group.state == GroupState.EMPTY:
            return ErrorCode.UNKNOWN_MEMBER_ID
        error = self._validate_member(group, member_id, instance_id)
        if error is not None:
            return error
        if generation_id != group.generation_id:
            return ErrorCode.ILLEGAL_GENERATION
        self._schedule_session(group, group.members[member_id])
        if group.state == GroupState.PREPARING_REBALANCE:
            return ErrorCode.REBALANCE_IN_PROGRESS
        return ErrorCode.NONE

    def leave(self, group_id: str, leaving: Sequence[tuple[str, str | None]]) -> tuple[int, list[int]]:
        """(group error, one error per leaving (member id, instance id))."""
        group = self._groups.get(group_id)
        if group is None:
            return ErrorCode.UNKNOWN_MEMBER_ID, [ErrorCode.UNKNOWN_MEMBER_ID] * len(leaving)
        if group.state == GroupState.DEAD:
            return ErrorCode.COORDINATOR_NOT_AVAILABLE, [ErrorCode.COORDINATOR_NOT_AVAILABLE] * len(leaving)
        errors: list[int] = []
        departed: list[str] = []
        for member_id, instance_id in leaving:
            if instance_id is not None:
                current = group.static_members.get(instance_id)
                if current is None:
                    errors.append(ErrorCode.UNKNOWN_MEMBER_ID)
                    continue
                if member_id != _UNKNOWN_MEMBER and member_id != current:
                    errors.append(ErrorCode.FENCED_INSTANCE_ID)
                    continue
                member_id = current
            timer = group.pending_members.pop(member_id, None)
            if timer is not None:
                timer.cancel()
                errors.append(ErrorCode.NONE)
                departed.append(member_id)
                continue
            member = group.members.get(member_id)
            if member is None:
                errors.append(ErrorCode.UNKNOWN_MEMBER_ID)
                continue
            self._drop_member(group, member, ErrorCode.UNKNOWN_MEMBER_ID)
            errors.append(ErrorCode.NONE)
            departed.append(member_id)
        if departed:
            self._after_departure(group, f"{', '.join(departed)} left the group")
        return ErrorCode.NONE, errors

    # -- offsets ---------------------------------------------------------------------------
    def _validate_commit(
        self, group: ClassicGroup, generation_id: int, member_id: str, instance_id: str | None
    ) -> int | None:
        if group.state == GroupState.DEAD:
            return ErrorCode.COORDINATOR_NOT_AVAILABLE
        if generation_id < 0 and group.state == GroupState.EMPTY:
            return None  # an admin or standalone consumer's commit
        if generation_id >= 0 or member_id != _UNKNOWN_MEMBER or instance_id is not None:
            error = self._validate_member(group, member_id, instance_id)
            if error is not None:
                return error
            if generation_id != group.generation_id:
                return ErrorCode.ILLEGAL_GENERATION
        else:
            return ErrorCode.UNKNOWN_MEMBER_ID
        if group.state == GroupState.COMPLETING_REBALANCE:
            return ErrorCode.REBALANCE_IN_PROGRESS
        return None

    async def commit_offsets(
        self,
        group_id: str,
        generation_id: int,
        member_id: str,
        instance_id: str | None,
        partitions: Sequence[CommitPartition],
        *,
        api_version: int,
        group_missing_error: int = ErrorCode.ILLEGAL_GENERATION,
    ) -> list[int]:
        """One error code per partition, in order."""
        if not group_id:
            return [ErrorCode.INVALID_GROUP_ID] * len(partitions)
        modern = self.consumer.groups.get(group_id)
        if modern is not None:
            error = self.consumer.validate_commit(modern, member_id, generation_id, api_version)
        else:
            group = self._groups.get(group_id)
            if group is None:
                if generation_id >= 0:
                    return [group_missing_error] * len(partitions)
                group = self._groups[group_id] = ClassicGroup(group_id, state_timestamp_ms=self._now())
            error = self._validate_commit(group, generation_id, member_id, instance_id)
            member = group.members.get(member_id)
            if error is None and member is not None:
                self._schedule_session(group, member)
        if error is not None:
            return [error] * len(partitions)
        errors, written = await self._write_offsets(group_id, partitions)
        self._offsets.setdefault(group_id, {}).update(written)
        return errors

    async def _write_offsets(
        self, group_id: str, partitions: Sequence[CommitPartition], *, producer_id: int = -1,
        producer_epoch: int = -1,
    ) -> tuple[list[int], dict[tuple[str, int], OffsetValue]]:
        """Check each partition (UNKNOWN_TOPIC_OR_PARTITION, OFFSET_METADATA_TOO_LARGE) and
        write the valid ones to ``__consumer_offsets`` (as a transactional batch with a producer
        id); the error per partition and the offsets written."""
        now = self._now()
        max_metadata = self._config("offset.metadata.max.bytes")
        errors: list[int] = []
        accepted: dict[tuple[str, int], OffsetValue] = {}
        for partition in partitions:
            topic = self._broker.topics.get(partition.topic)
            metadata = partition.metadata or ""
            if topic is None or not 0 <= partition.partition < topic.num_partitions:
                errors.append(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
            elif len(metadata.encode("utf-8")) > max_metadata:
                errors.append(ErrorCode.OFFSET_METADATA_TOO_LARGE)
            else:
                errors.append(ErrorCode.NONE)
                accepted[(partition.topic, partition.partition)] = OffsetValue(
                    partition.offset, partition.leader_epoch, metadata, now
                )
        if not accepted:
            return errors, {}
        records = [
            StoredRecord(offset_key(group_id, topic_name, index), encode_offset_value(value))
            for (topic_name, index), value in accepted.items()
        ]
        write_error = await self._store.write(group_id, records, producer_id=producer_id, producer_epoch=producer_epoch)
        if write_error != ErrorCode.NONE:
            return [write_error if e == ErrorCode.NONE else e for e in errors], {}
        return errors, accepted

    # -- transactional offsets (TxnOffsetCommit) ------------------------------------------
    async def txn_commit_offsets(
        self,
        transactional_id: str,
        group_id: str,
        producer_id: int,
        producer_epoch: int,
        generation_id: int,
        member_id: str,
        instance_id: str | None,
        partitions: Sequence[CommitPartition],
        *,
        implicit_add: bool = False,
    ) -> list[int]:
        """Offsets that become committed with the transaction's COMMIT marker (KIP-98). With
        ``implicit_add`` (TxnOffsetCommit v5, transaction protocol v2) the group's offsets
        partition joins the transaction here; before, AddOffsetsToTxn must have added it."""
        transactions = self._broker.transactions
        offsets_partition = (self._store.name, self._store.partition_for(group_id))
        if implicit_add:
            added = await transactions.add_partitions_implicitly(
                transactional_id, producer_id, producer_epoch, [offsets_partition]
            )
            if added != ErrorCode.NONE:
                return [added] * len(partitions)
        error = transactions.holds(transactional_id, producer_id, producer_epoch, offsets_partition)
        if error is None and (generation_id >= 0 or member_id):
            modern = self.consumer.groups.get(group_id)
            group = self._groups.get(group_id)
            if modern is not None:
                error = self.consumer.validate_commit(modern, member_id, generation_id, 9)
            elif group is not None:
                error = self._validate_member(group, member_id, instance_id)
                if error is None and generation_id != group.generation_id:
                    error = ErrorCode.ILLEGAL_GENERATION
            else:
                error = ErrorCode.ILLEGAL_GENERATION
        if error is not None:
            return [error] * len(partitions)
        errors, written = await self._write_offsets(
            group_id, partitions, producer_id=producer_id, producer_epoch=producer_epoch
        )
        if written:
            self._pending_txn.setdefault(producer_id, {}).setdefault(group_id, {}).update(written)
        return errors

    def complete_transaction(self, producer_id: int, commit: bool, *, replaying: bool = False) -> None:
        """The transaction of ``producer_id`` ended: its offsets are committed or dropped."""
        pending = self._pending_txn.pop(producer_id, {})
        if not commit:
            return
        for group_id, offsets in pending.items():
            self._offsets.setdefault(group_id, {}).update(offsets)
            if not replaying and group_id not in self._groups and group_id not in self.consumer.groups:
                self._groups[group_id] = ClassicGroup(group_id, state_timestamp_ms=self._now())

    def has_pending_offsets(self, group_id: str, topic: str, partition: int) -> bool:
        """OffsetFetch with require_stable answers UNSTABLE_OFFSET_COMMIT while this holds."""
        return any((topic, partition) in groups.get(group_id, {}) for groups in self._pending_txn.values())

    def validate_fetch(self, group_id: str, member_id: str | None, member_epoch: int) -> int:
        """OffsetFetch v9+ names the member of a consumer group asking (KIP-848)."""
        modern = self.consumer.groups.get(group_id)
        if modern is None:
            return ErrorCode.NONE
        return self.consumer.validate_fetch(modern, member_id, member_epoch) or ErrorCode.NONE

    def fetch_offsets(
        self, group_id: str, requested: Sequence[tuple[str, Sequence[int]]] | None, *, require_stable: bool = False
    ) -> list[OffsetEntry]:
        """Committed offsets; ``requested`` None means every partition the group committed.
        With ``require_stable`` (v7+) a partition with transactional offsets still pending is
        UNSTABLE_OFFSET_COMMIT, which clients retry."""
        offsets = self._offsets.get(group_id, {})
        if requested is None:
            return [
                OffsetEntry(topic, partition, value.offset, value.leader_epoch, value.metadata)
                for (topic, partition), value in sorted(offsets.items())
            ]
        entries: list[OffsetEntry] = []
        for topic, partitions in requested:
            for partition in partitions:
                value = offsets.get((topic, partition))
                if require_stable and self.has_pending_offsets(group_id, topic, partition):
                    entries.append(OffsetEntry(topic, partition, -1, -1, "", ErrorCode.UNSTABLE_OFFSET_COMMIT))
                elif value is None:
                    entries.append(OffsetEntry(topic, partition, -1, -1, ""))
                else:
                    entries.append(OffsetEntry(topic, partition, value.offset, value.leader_epoch, value.metadata))
        return entries

    # -- deletion and expiry ---------------------------------------------------------------
    async def delete_groups(self, group_ids: Iterable[str]) -> list[tuple[str, int]]:
        results: list[tuple[str, int]] = []
        for group_id in group_ids:
            group = self._groups.get(group_id)
            modern = self.consumer.groups.get(group_id)
            if not group_id:
                results.append((group_id, ErrorCode.INVALID_GROUP_ID))
            elif modern is not None:
                if modern.members:
                    results.append((group_id, ErrorCode.NON_EMPTY_GROUP))
                else:
                    error = await self._delete_offsets_of(group_id)
                    if error == ErrorCode.NONE:
                        self.consumer.forget(group_id)
                    results.append((group_id, error))
            elif group is None or group.state == GroupState.DEAD:
                results.append((group_id, ErrorCode.GROUP_ID_NOT_FOUND))
            elif group.state != GroupState.EMPTY:
                results.append((group_id, ErrorCode.NON_EMPTY_GROUP))
            else:
                results.append((group_id, await self._remove_group(group)))
        return results

    async def _remove_group(self, group: ClassicGroup) -> int:
        error = await self._delete_offsets_of(group.group_id)
        if error == ErrorCode.NONE:
            group.transition(GroupState.DEAD, self._now())
            self._groups.pop(group.group_id, None)
        return error

    async def _delete_offsets_of(self, group_id: str) -> int:
        """Tombstones for a group's offsets and its metadata record."""
        offsets = self._offsets.get(group_id, {})
        records = _offset_tombstones(group_id, offsets)
        records.append(StoredRecord(group_key(group_id), None))
        error = await self._store.write(group_id, records)
        if error == ErrorCode.NONE:
            self._offsets.pop(group_id, None)
        return error

    async def delete_offsets(
        self, group_id: str, requested: Sequence[tuple[str, Sequence[int]]]
    ) -> tuple[int, list[tuple[str, int, int]]]:
        """OffsetDelete: (group error, (topic, partition, error) per requested partition)."""
        group = self._groups.get(group_id)
        modern = self.consumer.groups.get(group_id)
        subscribed: set[str] = set()
        if modern is not None:
            subscribed = self.consumer.subscribed_topics(modern)
        elif group is None or group.state == GroupState.DEAD:
            return ErrorCode.GROUP_ID_NOT_FOUND, []
        elif group.state != GroupState.EMPTY:
            topics = group.subscribed_topics()
            if topics is None:
                return ErrorCode.NON_EMPTY_GROUP, []
            subscribed = topics
        results: list[tuple[str, int, int]] = []
        removed: list[tuple[str, int]] = []
        offsets = self._offsets.get(group_id, {})
        for topic_name, partitions in requested:
            topic = self._broker.topics.get(topic_name)
            for partition in partitions:
                if topic is None or not 0 <= partition < topic.num_partitions:
                    results.append((topic_name, partition, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION))
                elif topic_name in subscribed:
                    results.append((topic_name, partition, ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC))
                else:
                    results.append((topic_name, partition, ErrorCode.NONE))
                    if (topic_name, partition) in offsets:
                        removed.append((topic_name, partition))
        if removed:
            error = await self._store.write(group_id, _offset_tombstones(group_id, removed))
            if error != ErrorCode.NONE:
                return error, []
            for entry in removed:
                offsets.pop(entry, None)
        return ErrorCode.NONE, results

    async def expire_offsets(self, now_ms: int) -> int:
        """Drop offsets past ``offsets.retention.minutes`` (KIP-211); the number expired."""
        retention_ms = self._config("offsets.retention.minutes") * 60_000
        expired_total = 0
        for group_id, modern in list(self.consumer.groups.items()):
            if modern.state == ConsumerGroupState.EMPTY and modern.empty_since_ms + retention_ms <= now_ms:
                expired_total += len(self._offsets.get(group_id, {}))
                if await self._delete_offsets_of(group_id) == ErrorCode.NONE:
                    self.consumer.forget(group_id)
        for group_id, group in list(self._groups.items()):
            if group.state != GroupState.EMPTY:
                continue
            offsets = self._offsets.get(group_id, {})
            if group.protocol_type is not None:
                expired = list(offsets) if group.state_timestamp_ms + retention_ms <= now_ms else []
            else:
                expired = [key for key, value in offsets.items() if value.commit_timestamp + retention_ms <= now_ms]
            if expired:
                records = _offset_tombstones(group_id, expired)
                if await self._store.write(group_id, records) != ErrorCode.NONE:
                    continue
                for key in expired:
                    offsets.pop(key, None)
                expired_total += len(expired)
                log.info("expired %d committed offsets of group %r", len(expired), group_id)
            if not offsets and group.state == GroupState.EMPTY and self._groups.get(group_id) is group:
                await self._remove_group(group)
        return expired_total

    def forget_topic(self, topic: str) -> None:
        """A deleted topic's offsets go with it (Kafka's ``onPartitionsDeleted``)."""
        for group_id, offsets in self._offsets.items():
            stale = [key for key in offsets if key[0] == topic]
            if stale:
                for key in stale:
                    del offsets[key]
                self._spawn(self._store.write(group_id, _offset_tombstones(group_id, stale)))

    # -- persistence -----------------------------------------------------------------------
    async def _persist_group(self, group: ClassicGroup, assignments: dict[str, bytes] | None = None) -> int:
        members = [
            MemberMetadata(
                member_id=m.member_id,
                group_instance_id=m.group_instance_id,
                client_id=m.client_id,
                client_host=m.client_host,
                rebalance_timeout_ms=m.rebalance_timeout_ms,
                session_timeout_ms=m.session_timeout_ms,
                subscription=m.metadata_for(group.protocol_name),
                assignment=(assignments or {}).get(m.member_id, m.assignment),
            )
            for m in group.members.values()
        ]
        value = GroupMetadataValue(
            protocol_type=group.protocol_type or "",
            generation=group.generation_id,
            protocol=group.protocol_name,
            leader=group.leader_id,
            current_state_timestamp=group.state_timestamp_ms,
            members=members,
        )
        return await self._store.write(group.group_id, [StoredRecord(group_key(group.group_id), encode_group_value(value))])

    def _spawn(self, coroutine: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("group coordinator background write failed", exc_info=task.exception())


def _offset_tombstones(group_id: str, partitions: Iterable[tuple[str, int]]) -> list[StoredRecord]:
    """Null values that delete these committed offsets of ``group_id`` (compaction drops them)."""
    return [StoredRecord(offset_key(group_id, topic, partition), None) for topic, partition in partitions]
