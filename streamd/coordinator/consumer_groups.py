"""ConsumerGroupHeartbeat and ConsumerGroupDescribe (KIP-848): the consumer group manager.

One manager owns every KIP-848 group; ``GroupCoordinator`` owns the classic groups and the
committed offsets of both, and consults this manager to validate member commits. A heartbeat
is processed as Kafka's ``GroupMetadataManager.consumerGroupHeartbeat`` does:

1. validate the request (INVALID_REQUEST, UNSUPPORTED_ASSIGNOR, INVALID_REGULAR_EXPRESSION);
2. a member epoch of -1 (or -2, a static member's temporary leave) removes the member;
3. epoch 0 joins (or rejoins) the group; a positive epoch must be the member's current one,
   or its previous one when the client evidently missed a response (FENCED_MEMBER_EPOCH);
4. changed subscriptions, members or subscribed topics bump the group epoch, and a group epoch
   ahead of the assignment epoch recomputes the target with the server-side assignor;
5. the member reconciles one step (``consumer_group.reconcile``) and gets its assignment
   back when it changed or when the request was a full one.

Sessions expire after ``group.consumer.session.timeout.ms`` without a heartbeat; a member that
does not revoke within its rebalance timeout is fenced. Either way the member is removed and
the group epoch bumped. Group membership is kept in memory only: after a broker restart,
members are told UNKNOWN_MEMBER_ID and rejoin with epoch 0 (their committed offsets persist).
"""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from streamd.coordinator.assignors import ASSIGNORS
from streamd.coordinator.consumer_group import (
    ConsumerGroup,
    ConsumerMember,
    MemberState,
    TopicPartition,
    reconcile,
)
from streamd.protocol._generated import ErrorCode

if TYPE_CHECKING:
    from streamd.broker import Broker

__all__ = ["ConsumerGroupManager", "HeartbeatParams", "HeartbeatResult"]

log = logging.getLogger("streamd.groups")

INVALID_REGULAR_EXPRESSION = 128  # Errors.java (KIP-848); not in kafka-python's error table
LEAVE_EPOCH = -1
STATIC_LEAVE_EPOCH = -2


@dataclass(frozen=True, slots=True)
class HeartbeatParams:
    group_id: str
    member_id: str
    member_epoch: int
    instance_id: str | None
    rack_id: str | None
    rebalance_timeout_ms: int
    subscribed_topic_names: list[str] | None
    subscribed_topic_regex: str | None
    server_assignor: str | None
    owned: list[tuple[uuid.UUID, list[int]]] | None
    client_id: str
    client_host: str
    version: int


@dataclass(slots=True)
class HeartbeatResult:
    error_code: int
    error_message: str | None = None
    member_id: str | None = None
    member_epoch: int = 0
    heartbeat_interval_ms: int = 0
    assignment: list[tuple[uuid.UUID, list[int]]] | None = None


class _HeartbeatError(Exception):
    def __init__(self, error_code: int, message: str | None = None) -> None:
        super().__init__(message)
        self.error_code = error_code
        self.message = message


class ConsumerGroupManager:
    def __init__(self, broker: Broker) -> None:
        self._broker = broker
        self.groups: dict[str, ConsumerGroup] = {}

    def _config(self, name: str) -> int:
        return int(self._broker.configs.broker_value(name))

    def close(self) -> None:
        for group in self.groups.values():
            for member in group.members.values():
                self._cancel_timers(member)

    # -- the heartbeat ---------------------------------------------------------------------
    def heartbeat(self, params: HeartbeatParams, *, classic_conflict: bool) -> HeartbeatResult:
        try:
            self._validate(params)
            if classic_conflict:
                raise _HeartbeatError(ErrorCode.GROUP_ID_NOT_FOUND, f"Group {params.group_id} is not a consumer group.")
            if params.member_epoch in (LEAVE_EPOCH, STATIC_LEAVE_EPOCH):
                return self._leave(params)
            return self._heartbeat(params)
        except _HeartbeatError as exc:
            return HeartbeatResult(exc.error_code, exc.message, member_id=None)

    def _validate(self, params: HeartbeatParams) -> None:
        def invalid(message: str) -> _HeartbeatError:
            return _HeartbeatError(ErrorCode.INVALID_REQUEST, message)

        if not params.group_id.strip():
            raise invalid("GroupId can't be empty.")
        if params.instance_id is not None and not params.instance_id:
            raise invalid("InstanceId can't be empty.")
        if params.version >= 1 and not params.member_id:
            raise invalid("MemberId can't be empty.")
        if params.member_epoch == 0:
            if params.rebalance_timeout_ms == -1:
                raise invalid("RebalanceTimeoutMs must be provided in first request.")
            if params.owned is None or params.owned:
                raise invalid("TopicPartitions must be empty when (re-)joining.")
            if params.subscribed_topic_names is None and params.subscribed_topic_regex is None:
                raise invalid("SubscribedTopicNames or SubscribedTopicRegex must be set in first request.")
        elif params.member_epoch == STATIC_LEAVE_EPOCH:
            if params.instance_id is None:
                raise invalid("InstanceId can't be null.")
        elif params.member_epoch < STATIC_LEAVE_EPOCH:
            raise invalid(f"MemberEpoch {params.member_epoch} is invalid.")
        if params.server_assignor is not None and params.server_assignor not in self._assignor_names():
            raise _HeartbeatError(
                ErrorCode.UNSUPPORTED_ASSIGNOR, f"ServerAssignor {params.server_assignor} is not supported."
            )
        if params.subscribed_topic_regex is not None:
            try:
                re.compile(params.subscribed_topic_regex)
            except re.error as exc:
                raise _HeartbeatError(INVALID_REGULAR_EXPRESSION, f"Invalid regular expression: {exc}") from None

    def _assignor_names(self) -> list[str]:
        return list(self._broker.configs.broker_value("group.consumer.assignors"))

    def _heartbeat(self, params: HeartbeatParams) -> HeartbeatResult:
        group = self.groups.get(params.group_id)
        if group is None:
            if params.member_epoch != 0:
                raise _HeartbeatError(ErrorCode.GROUP_ID_NOT_FOUND, f"Group {params.group_id} not found.")
            group = self.groups[params.group_id] = ConsumerGroup(params.group_id)
        member_id = params.member_id or f"{uuid.uuid4()}"  # v0 lets the coordinator choose
        member = group.members.get(member_id)
        changed = False
        if member is None:
            if params.member_epoch != 0:
                raise _HeartbeatError(ErrorCode.UNKNOWN_MEMBER_ID, f"Member {member_id} is not a member of the group.")
            if params.instance_id is not None and params.instance_id in group.static_members:
                raise _HeartbeatError(
                    ErrorCode.UNRELEASED_INSTANCE_ID,
                    f"Static member {params.instance_id} is still in use by another member.",
                )
            if len(group.members) >= self._config("group.consumer.max.size"):
                raise _HeartbeatError(ErrorCode.GROUP_MAX_SIZE_REACHED, "The consumer group has reached its maximum size.")
            member = ConsumerMember(member_id=member_id, instance_id=params.instance_id)
            group.members[member_id] = member
            if params.instance_id is not None:
                group.static_members[params.instance_id] = member_id
            changed = True
        elif params.member_epoch == 0:
            # A member rejoining with epoch 0 starts over: it owns nothing (KIP-848).
            member.assigned, member.pending_revocation = set(), set()
            member.state = MemberState.STABLE
            member.set_epoch(0)
            changed = True
        else:
            self._check_epoch(member, params)
        changed |= self._update_member(member, params)
        full_request = params.member_epoch == 0 or (
            params.rebalance_timeout_ms != -1 and params.subscribed_topic_names is not None and params.owned is not None
        )
        metadata = self._subscribed_metadata(group)
        if changed or metadata != group.subscribed_metadata:
            group.group_epoch += 1
            group.subscribed_metadata = metadata
        if group.group_epoch > group.assignment_epoch:
            self._compute_target(group)
        before = set(member.assigned)
        owned = self._owned_names(params.owned)
        was_unrevoked = member.state == MemberState.UNREVOKED_PARTITIONS
        reconcile(group, member, owned)
        self._arm_revocation(group, member, was_unrevoked)
        self._schedule_session(group, member)
        result = HeartbeatResult(
            ErrorCode.NONE,
            member_id=member_id,
            member_epoch=member.member_epoch,
            heartbeat_interval_ms=self._config("group.consumer.heartbeat.interval.ms"),
        )
        if full_request or member.assigned != before:
            result.assignment = self._ids(member.assigned)
        return result

    def _check_epoch(self, member: ConsumerMember, params: HeartbeatParams) -> None:
        """Kafka's ``throwIfMemberEpochIsInvalid``: a newer epoch than ours is fenced; an older
        one is fine only if it is the previous epoch and the client owns nothing extra (it
        lost our last response)."""
        received = params.member_epoch
        if received > member.member_epoch:
            raise _HeartbeatError(ErrorCode.FENCED_MEMBER_EPOCH, f"The consumer group member has a greater member "
                                  f"epoch ({received}) than the one known by the group coordinator "
                                  f"({member.member_epoch}). The member must abandon all its partitions and rejoin.")
        if received < member.member_epoch:
            owned = self._owned_names(params.owned)
            if received != member.previous_member_epoch or owned is None or not owned <= member.assigned:
                raise _HeartbeatError(ErrorCode.FENCED_MEMBER_EPOCH, f"The consumer group member has a smaller member "
                                      f"epoch ({received}) than the one known by the group coordinator "
                                      f"({member.member_epoch}). The member must abandon all its partitions and rejoin.")

    def _update_member(self, member: ConsumerMember, params: HeartbeatParams) -> bool:
        """Apply the fields a heartbeat carries (null means unchanged); True if the
        subscription or the assignor changed."""
        changed = False
        if params.subscribed_topic_names is not None and sorted(params.subscribed_topic_names) != sorted(
            member.subscribed_topic_names
        ):
            member.subscribed_topic_names = list(params.subscribed_topic_names)
            changed = True
        # An empty regex clears it (a null one leaves it as it was).
        regex = params.subscribed_topic_regex or None
        if params.subscribed_topic_regex is not None and regex != member.subscribed_topic_regex:
            member.subscribed_topic_regex = regex
            changed = True
        if params.server_assignor is not None and params.server_assignor != member.server_assignor:
            member.server_assignor = params.server_assignor
            changed = True
        if params.rebalance_timeout_ms != -1:
            member.rebalance_timeout_ms = params.rebalance_timeout_ms
        if params.rack_id is not None:
            member.rack_id = params.rack_id
        member.client_id, member.client_host = params.client_id, params.client_host
        return changed

    # -- topics ----------------------------------------------------------------------------
    def _regex_matches(self, group: ConsumerGroup) -> dict[str, set[str]]:
        patterns = {m.subscribed_topic_regex for m in group.members.values() if m.subscribed_topic_regex}
        if not patterns:
            return {}
        # Like Kafka's broker-side resolution, the pattern must match the whole name, and
        # internal topics are not skipped (a pattern that names one gets it).
        return {p: set(self._broker.topics.names_matching(p)) for p in patterns if p is not None}

    def _subscriptions(self, group: ConsumerGroup) -> dict[str, set[str]]:
        matches = self._regex_matches(group)
        return {
            member_id: set(m.subscribed_topic_names)
            | (matches.get(m.subscribed_topic_regex, set()) if m.subscribed_topic_regex else set())
            for member_id, m in group.members.items()
        }

    def _subscribed_metadata(self, group: ConsumerGroup) -> tuple[tuple[str, int], ...]:
        topics = group.subscribed_topics(self._regex_matches(group))
        found = []
        for name in sorted(topics):
            topic = self._broker.topics.get(name)
            if topic is not None:
                found.append((name, topic.num_partitions))
        return tuple(found)

    def _owned_names(self, owned: list[tuple[uuid.UUID, list[int]]] | None) -> set[TopicPartition] | None:
        if owned is None:
            return None
        result: set[TopicPartition] = set()
        for topic_id, partitions in owned:
            topic = self._broker.topics.get_by_id(topic_id)
            if topic is not None:
                result.update((topic.name, p) for p in partitions)
        return result

    def _ids(self, partitions: set[TopicPartition]) -> list[tuple[uuid.UUID, list[int]]]:
        by_topic: dict[str, list[int]] = {}
        for name, partition in partitions:
            by_topic.setdefault(name, []).append(partition)
        result = []
        for name, indexes in sorted(by_topic.items()):
            topic = self._broker.topics.get(name)
            if topic is not None:
                result.append((topic.topic_id, sorted(indexes)))
        return result

    # -- the target assignment -------------------------------------------------------------
    def _compute_target(self, group: ConsumerGroup) -> None:
        names = self._assignor_names()
        chosen = Counter(m.server_assignor for m in group.members.values() if m.server_assignor in names)
        assignor = chosen.most_common(1)[0][0] if chosen else names[0]
        assert assignor is not None
        sizes = dict(group.subscribed_metadata)
        group.target = ASSIGNORS[assignor](self._subscriptions(group), sizes, group.target)
        group.assignor_name = assignor
        group.assignment_epoch = group.group_epoch
        log.info(
            "consumer group %r: target assignment for epoch %d by %s over %d members",
            group.group_id, group.assignment_epoch, assignor, len(group.members),
        )

    # -- leaving and timers ----------------------------------------------------------------
    def _leave(self, params: HeartbeatParams) -> HeartbeatResult:
        group = self.groups.get(params.group_id)
        if group is None:
            raise _HeartbeatError(ErrorCode.GROUP_ID_NOT_FOUND, f"Group {params.group_id} not found.")
        member_id = params.member_id
        if params.instance_id is not None:
            member_id = group.static_members.get(params.instance_id, member_id)
        member = group.members.get(member_id)
        if member is None:
            raise _HeartbeatError(ErrorCode.UNKNOWN_MEMBER_ID, f"Member {member_id} is not a member of the group.")
        self._remove(group, member, "left the group")
        return HeartbeatResult(ErrorCode.NONE, member_id=member_id, member_epoch=params.member_epoch)

    def _remove(self, group: ConsumerGroup, member: ConsumerMember, reason: str) -> None:
        self._cancel_timers(member)
        del group.members[member.member_id]
        if member.instance_id is not None and group.static_members.get(member.instance_id) == member.member_id:
            del group.static_members[member.instance_id]
        group.target.pop(member.member_id, None)
        group.group_epoch += 1
        if not group.members:
            group.empty_since_ms = int(self._broker.now_ms())
        log.info("consumer group %r: member %s %s (group epoch %d)", group.group_id, member.member_id, reason,
                 group.group_epoch)

    def _cancel_timers(self, member: ConsumerMember) -> None:
        for timer in (member.session_timer, member.revocation_timer):
            if timer is not None:
                timer.cancel()
        member.session_timer = member.revocation_timer = None

    def _schedule_session(self, group: ConsumerGroup, member: ConsumerMember) -> None:
        if member.session_timer is not None:
            member.session_timer.cancel()
        member.session_timer = asyncio.get_running_loop().call_later(
            self._config("group.consumer.session.timeout.ms") / 1000, self._expire, group, member.member_id, "session"
        )

    def _arm_revocation(self, group: ConsumerGroup, member: ConsumerMember, was_unrevoked: bool) -> None:
        revoking = member.state == MemberState.UNREVOKED_PARTITIONS
        if revoking and not was_unrevoked:
            member.revocation_timer = asyncio.get_running_loop().call_later(
                member.rebalance_timeout_ms / 1000, self._expire, group, member.member_id, "revocation"
            )
        elif not revoking and member.revocation_timer is not None:
            member.revocation_timer.cancel()
            member.revocation_timer = None

    def _expire(self, group: ConsumerGroup, member_id: str, what: str) -> None:
        member = group.members.get(member_id)
        if member is None or self.groups.get(group.group_id) is not group:
            return
        if what == "revocation" and member.state != MemberState.UNREVOKED_PARTITIONS:
            return
        self._remove(group, member, f"was fenced: its {what} timed out")

    # -- queries used by the coordinator ---------------------------------------------------
    def validate_commit(self, group: ConsumerGroup, member_id: str, member_epoch: int, version: int) -> int | None:
        """``ConsumerGroup.validateOffsetCommit``: admin commits only while Empty; members
        commit with their current epoch from OffsetCommit v9 on."""
        if member_epoch < 0 and not member_id:
            return None if not group.members else ErrorCode.UNKNOWN_MEMBER_ID
        member = group.members.get(member_id)
        if member is None:
            return ErrorCode.UNKNOWN_MEMBER_ID
        if version < 9:
            return ErrorCode.UNSUPPORTED_VERSION
        if member_epoch != member.member_epoch:
            return ErrorCode.STALE_MEMBER_EPOCH
        return None

    def validate_fetch(self, group: ConsumerGroup, member_id: str | None, member_epoch: int) -> int | None:
        if member_id is None or (member_epoch < 0 and not member_id):
            return None
        member = group.members.get(member_id)
        if member is None:
            return ErrorCode.UNKNOWN_MEMBER_ID
        if member_epoch != member.member_epoch:
            return ErrorCode.STALE_MEMBER_EPOCH
        return None

    def describe_assignment(self, partitions: set[TopicPartition]) -> list[tuple[uuid.UUID, str, list[int]]]:
        return [
            (topic_id, self._name(topic_id), partitions_)
            for topic_id, partitions_ in self._ids(partitions)
        ]

    def _name(self, topic_id: uuid.UUID) -> str:
        topic = self._broker.topics.get_by_id(topic_id)
        return topic.name if topic is not None else ""

    def subscribed_topics(self, group: ConsumerGroup) -> set[str]:
        return group.subscribed_topics(self._regex_matches(group))

    def forget(self, group_id: str) -> None:
        group = self.groups.pop(group_id, None)
        if group is not None:
            group.dead = True
