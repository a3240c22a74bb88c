"""Consumer group administration, as Kafka's admin client does it.

Every group call first asks any broker which node coordinates the group (FindCoordinator),
then sends ListGroups, DescribeGroups, ConsumerGroupDescribe (KIP-848), OffsetFetch,
OffsetCommit or DeleteGroups to that coordinator, at the highest version both sides speak.
A coordinator that is moving or still loading its partition of ``__consumer_offsets`` is
asked again, after looking the coordinator up anew, for a few seconds.
"""

from __future__ import annotations

import asyncio
import functools
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import TypeVar

from streamd.client.address import format_address
from streamd.client.client import KafkaClient
from streamd.client.connection import BrokerConnection
from streamd.client.errors import ClientError, KafkaError, UnsupportedByBroker
from streamd.client.fetching import LATEST
from streamd.client.types import ZERO_UUID, TopicInfo
from streamd.client.versions import api_name
from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated.consumer_group_describe_request import ConsumerGroupDescribeRequest
from streamd.protocol._generated.consumer_group_describe_response import TopicPartitions
from streamd.protocol._generated.consumer_protocol_assignment import read as read_assignment
from streamd.protocol._generated.delete_groups_request import DeleteGroupsRequest
from streamd.protocol._generated.describe_groups_request import DescribeGroupsRequest
from streamd.protocol._generated.find_coordinator_request import FindCoordinatorRequest
from streamd.protocol._generated.list_groups_request import ListGroupsRequest
from streamd.protocol._generated.offset_commit_request import (
    OffsetCommitRequest,
    OffsetCommitRequestPartition,
    OffsetCommitRequestTopic,
)
from streamd.protocol._generated.offset_fetch_request import (
    OffsetFetchRequest,
    OffsetFetchRequestGroup,
)

__all__ = [
    "CLASSIC",
    "CONSUMER",
    "CONSUMER_PROTOCOL",
    "GROUP_STATES",
    "CommittedOffset",
    "Coordinator",
    "GroupAdmin",
    "GroupDescription",
    "GroupError",
    "GroupListing",
    "GroupMember",
    "TopicPartition",
    "decode_consumer_assignment",
]

CLASSIC = "classic"
CONSUMER = "consumer"  # the KIP-848 group type, and the protocol type of classic consumer groups
CONSUMER_PROTOCOL = "consumer"
# Kafka's GroupState names of classic and consumer (KIP-848) groups, as the brokers spell them.
GROUP_STATES = (
    "PreparingRebalance",
    "CompletingRebalance",
    "Stable",
    "Dead",
    "Empty",
    "Assigning",
    "Reconciling",
)

_GROUP_KEY_TYPE = 0
_BATCHED_FIND_COORDINATOR = 4  # coordinator_keys instead of key (KIP-699)
_LIST_GROUPS_STATES = 4  # states_filter and group_state (KIP-518)
_LIST_GROUPS_TYPES = 5  # types_filter and group_type (KIP-848)
_OFFSET_FETCH_ALL_TOPICS = 2  # a null topic list means every committed partition
_OFFSET_FETCH_REQUIRE_STABLE = 7
_OFFSET_FETCH_BATCHED = 8  # groups instead of group_id
_TOPIC_IDS = 10  # OffsetFetch and OffsetCommit name topics by id (KIP-848)
_NO_OFFSET = -1
_ADMIN_GENERATION = -1  # OffsetCommit outside any generation: Kafka's AdminClient
_COORDINATOR_ATTEMPTS = 20
_COORDINATOR_DELAY = 0.25

# Errors after which the coordinator, looked up again, may soon answer.
_COORDINATOR_ERRORS = frozenset(
    {
        ErrorCode.COORDINATOR_LOAD_IN_PROGRESS,
        ErrorCode.COORDINATOR_NOT_AVAILABLE,
        ErrorCode.NOT_COORDINATOR,
    }
)

TopicPartition = tuple[str, int]
T = TypeVar("T")


_GROUP_PHRASES: dict[str, str] = {
    "GROUP_ID_NOT_FOUND": "{subject} does not exist",
    "NON_EMPTY_GROUP": "{subject} is not empty",
    "INVALID_GROUP_ID": "{subject}: invalid group id",
    "GROUP_AUTHORIZATION_FAILED": "{subject}: not authorized",
    "COORDINATOR_NOT_AVAILABLE": "{subject}: the group coordinator is not available",
    "COORDINATOR_LOAD_IN_PROGRESS": "{subject}: the group coordinator is still loading",
    "NOT_COORDINATOR": "{subject}: the broker is not the group's coordinator",
}


class GroupError(KafkaError):
    """A broker error about a group: ``group 'orders' is not empty (NON_EMPTY_GROUP)``."""

    def _describe(self) -> str:
        phrase = _GROUP_PHRASES.get(self.name)
        if phrase is None:
            return super()._describe()
        return f"{phrase.format(subject=self.subject)} ({self.name})"


def _group(group_id: str) -> str:
    return f"group '{group_id}'"


@dataclass(frozen=True, slots=True)
class Coordinator:
    node_id: int
    host: str
    port: int

    @property
    def address(self) -> str:
        return format_address(self.host, self.port)


@dataclass(frozen=True, slots=True)
class GroupListing:
    group_id: str
    protocol_type: str
    state: str | None  # None: the broker's ListGroups predates states (v4)
    group_type: str | None  # None: the broker's ListGroups predates types (v5)


@dataclass(frozen=True, slots=True)
class GroupMember:
    member_id: str
    group_instance_id: str | None
    client_id: str
    host: str
    assignment: tuple[TopicPartition, ...]  # sorted
    target_assignment: tuple[TopicPartition, ...] | None = None  # consumer groups only
    member_epoch: int | None = None  # consumer groups only


@dataclass(frozen=True, slots=True)
class GroupDescription:
    group_id: str
    state: str
    group_type: str  # CLASSIC or CONSUMER
    protocol_type: str
    assignment_strategy: str  # the classic protocol (range, ...) or the KIP-848 assignor
    members: tuple[GroupMember, ...]
    coordinator: Coordinator
    group_epoch: int | None = None  # consumer groups only
    assignment_epoch: int | None = None  # consumer groups only


@dataclass(frozen=True, slots=True)
class CommittedOffset:
    topic: str
    partition: int
    offset: int
    leader_epoch: int | None
    metadata: str | None


def decode_consumer_assignment(data: bytes) -> tuple[TopicPartition, ...]:
    """The partitions in a classic consumer's assignment (ConsumerProtocolAssignment).

    The bytes open with the int16 schema version; later versions only add fields at the end,
    so a version newer than the codec reads as the newest it knows.
    """
    if len(data) < 2:
        return ()
    version = int.from_bytes(data[:2], "big", signed=True)
    if version < 0:
        raise ClientError(f"consumer assignment with invalid version {version}")
    decoded, _end = read_assignment(memoryview(data), 2, min(version, 3))
    return tuple(
        sorted(
            (entry.topic, partition)
            for entry in decoded.assigned_partitions
            for partition in entry.partitions
        )
    )


class GroupAdmin:
    """Group calls over a connected ``KafkaClient``; closes only the connections it opened."""

    def __init__(self, client: KafkaClient, *, connect_timeout: float = 10.0) -> None:
        self._client = client
        self._connect_timeout = connect_timeout
        self._connections: dict[str, BrokerConnection] = {}  # by address
        self._coordinators: dict[str, Coordinator] = {}  # by group id
        self._single_broker: bool | None = None

    async def __aenter__(self) -> GroupAdmin:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        connections = list(self._connections.values())
        self._connections.clear()
        for connection in connections:
            await connection.close()

    # -- coordinators and connections -----------------------------------------------------------

    async def coordinator(self, group_id: str) -> Coordinator:
        """The node coordinating ``group_id`` (FindCoordinator to any broker)."""
        known = self._coordinators.get(group_id)
        if known is not None:
            return known
        found = await self._retrying(group_id, lambda: self._find_coordinator(group_id))
        self._coordinators[group_id] = found
        return found

    async def _find_coordinator(self, group_id: str) -> Coordinator:
        connection = self._client.connection
        version = connection.versions.version_for(ApiKey.FIND_COORDINATOR)
        if version >= _BATCHED_FIND_COORDINATOR:
            request = FindCoordinatorRequest(key_type=_GROUP_KEY_TYPE, coordinator_keys=[group_id])
        else:
            request = FindCoordinatorRequest(key=group_id, key_type=_GROUP_KEY_TYPE)
        response = await connection.request_at(ApiKey.FIND_COORDINATOR, version, request)
        if version >= _BATCHED_FIND_COORDINATOR:
            for entry in response.coordinators:
                if entry.key == group_id:
                    if entry.error_code:
                        raise GroupError(entry.error_code, _group(group_id), entry.error_message)
                    return Coordinator(entry.node_id, entry.host, entry.port)
            raise GroupError(
                ErrorCode.COORDINATOR_NOT_AVAILABLE,
                _group(group_id),
                "the broker's answer does not mention it",
            )
        if response.error_code:
            raise GroupError(response.error_code, _group(group_id), response.error_message)
        return Coordinator(response.node_id, response.host, response.port)

    async def _connection_to(self, host: str, port: int) -> BrokerConnection:
        bootstrap = self._client.connection
        address = format_address(host, port)
        if bootstrap.address == address:
            return bootstrap
        if self._single_broker is None:
            self._single_broker = len((await self._client.metadata([])).brokers) == 1
        if self._single_broker:
            # As KafkaClient does for leaders: the bootstrap connection reaches the only broker
            # even when its advertised address does not resolve from here.
            return bootstrap
        existing = self._connections.get(address)
        if existing is not None and not existing.is_closed:
            return existing
        connection = await BrokerConnection.open(
            host,
            port,
            client_id=bootstrap.client_id,
            connect_timeout=self._connect_timeout,
            request_timeout=bootstrap.request_timeout,
        )
        self._connections[address] = connection
        return connection

    async def _coordinator_connection(self, group_id: str) -> tuple[Coordinator, BrokerConnection]:
        found = await self.coordinator(group_id)
        return found, await self._connection_to(found.host, found.port)

    async def _retrying(self, group_id: str, call: Callable[[], Awaitable[T]]) -> T:
        """``call``, again after a coordinator error, looking the coordinator up anew."""
        for attempt in range(_COORDINATOR_ATTEMPTS):
            try:
                return await call()
            except KafkaError as exc:
                if exc.code not in _COORDINATOR_ERRORS or attempt + 1 == _COORDINATOR_ATTEMPTS:
                    raise
                self._coordinators.pop(group_id, None)
                await asyncio.sleep(_COORDINATOR_DELAY)
        raise AssertionError("unreachable")

    # -- listing -------------------------------------------------------------------------------

    async def list_groups(
        self, *, states: Sequence[str] = (), types: Sequence[str] = (CLASSIC, CONSUMER)
    ) -> list[GroupListing]:
        """Consumer groups on every broker, sorted by id, as Kafka's consumer group tool lists
        them: of ``types`` (empty: any type) and, for classic groups, of the consumer protocol
        (or none yet). ``states`` filters by state (empty: any)."""
        metadata = await self._client.metadata([])
        if len(metadata.brokers) <= 1:
            connections = [self._client.connection]
        else:
            connections = [
                await self._connection_to(broker.host, broker.port)
                for _node, broker in sorted(metadata.brokers.items())
            ]
        listed: dict[str, GroupListing] = {}
        for connection in connections:
            for listing in await self._list_groups_on(connection, states, types):
                listed.setdefault(listing.group_id, listing)
        return [listed[group_id] for group_id in sorted(listed)]

    async def _list_groups_on(
        self, connection: BrokerConnection, states: Sequence[str], types: Sequence[str]
    ) -> list[GroupListing]:
        version = connection.versions.version_for(ApiKey.LIST_GROUPS)
        if states and version < _LIST_GROUPS_STATES:
            raise UnsupportedByBroker(
                f"{api_name(ApiKey.LIST_GROUPS)} with a state filter (v4+)", connection.address
            )
        request = ListGroupsRequest(states_filter=list(states), types_filter=list(types))
        for attempt in range(_COORDINATOR_ATTEMPTS):
            response = await connection.request_at(ApiKey.LIST_GROUPS, version, request)
            if response.error_code in _COORDINATOR_ERRORS and attempt + 1 < _COORDINATOR_ATTEMPTS:
                await asyncio.sleep(_COORDINATOR_DELAY)
                continue
            if response.error_code:
                raise GroupError(response.error_code, f"groups on {connection.address}")
            break
        wanted_states = {state.lower() for state in states}
        wanted_types = {kind.lower() for kind in types}
        listings: list[GroupListing] = []
        for group in response.groups:
            state = group.group_state if version >= _LIST_GROUPS_STATES else None
            group_type = (group.group_type or None) if version >= _LIST_GROUPS_TYPES else None
            if wanted_states and state is not None and state.lower() not in wanted_states:
                continue
            if wanted_types and group_type is not None and group_type.lower() not in wanted_types:
                continue
            if (group_type is None or group_type.lower() == CLASSIC) and group.protocol_type not in (
                "",
                CONSUMER_PROTOCOL,
            ):
                continue  # a Connect or other non-consumer classic group
            listings.append(GroupListing(group.group_id, group.protocol_type, state, group_type))
        return listings

    # -- describing ----------------------------------------------------------------------------

    async def describe_group(self, group_id: str) -> GroupDescription:
        """The group's state and members; GroupError GROUP_ID_NOT_FOUND when there is none.

        A coordinator that speaks ConsumerGroupDescribe is asked first; it answers
        GROUP_ID_NOT_FOUND for classic groups, which are then described with DescribeGroups.
        """
        return await self._retrying(group_id, lambda: self._describe_group(group_id))

    async def _describe_group(self, group_id: str) -> GroupDescription:
        coordinator, connection = await self._coordinator_connection(group_id)
        if connection.versions.supports(ApiKey.CONSUMER_GROUP_DESCRIBE):
            described = await self._consumer_group_describe(connection, coordinator, group_id)
            if described is not None:
                return described
        return await self._classic_describe(connection, coordinator, group_id)

    async def _consumer_group_describe(
        self, connection: BrokerConnection, coordinator: Coordinator, group_id: str
    ) -> GroupDescription | None:
        request = ConsumerGroupDescribeRequest(group_ids=[group_id], include_authorized_operations=False)
        response = await connection.request(ApiKey.CONSUMER_GROUP_DESCRIBE, request)
        group = next((g for g in response.groups if g.group_id == group_id), None)
        if group is None or group.error_code in (ErrorCode.GROUP_ID_NOT_FOUND, ErrorCode.UNSUPPORTED_VERSION):
            return None  # a classic group, or none at all: DescribeGroups tells which
        if group.error_code:
            raise GroupError(group.error_code, _group(group_id), group.error_message)
        members = tuple(
            GroupMember(
                member_id=member.member_id,
                group_instance_id=member.instance_id,
                client_id=member.client_id,
                host=member.client_host,
                assignment=_partitions_of(member.assignment.topic_partitions),
                target_assignment=_partitions_of(member.target_assignment.topic_partitions),
                member_epoch=member.member_epoch,
            )
            for member in group.members
        )
        return GroupDescription(
            group_id=group_id,
            state=group.group_state,
            group_type=CONSUMER,
            protocol_type=CONSUMER_PROTOCOL,
            assignment_strategy=group.assignor_name,
            members=members,
            coordinator=coordinator,
            group_epoch=group.group_epoch,
            assignment_epoch=group.assignment_epoch,
        )

    async def _classic_describe(
        self, connection: BrokerConnection, coordinator: Coordinator, group_id: str
    ) -> GroupDescription:
        request = DescribeGroupsRequest(groups=[group_id], include_authorized_operations=False)
        response = await connection.request(ApiKey.DESCRIBE_GROUPS, request)
        group = next((g for g in response.groups if g.group_id == group_id), None)
        if group is None:
            raise GroupError(
                ErrorCode.UNKNOWN_SERVER_ERROR, _group(group_id), "the broker's answer does not mention it"
            )
        if group.error_code:
            raise GroupError(group.error_code, _group(group_id), group.error_message)
        if group.group_state == "Dead" and not group.members:
            # Before DescribeGroups v6 (KIP-1043) a missing group reads as Dead.
            raise GroupError(ErrorCode.GROUP_ID_NOT_FOUND, _group(group_id))
        consumer = group.protocol_type in ("", CONSUMER_PROTOCOL)
        members = tuple(
            GroupMember(
                member_id=member.member_id,
                group_instance_id=member.group_instance_id,
                client_id=member.client_id,
                host=member.client_host,
                assignment=decode_consumer_assignment(member.member_assignment) if consumer else (),
            )
            for member in group.members
        )
        return GroupDescription(
            group_id=group_id,
            state=group.group_state,
            group_type=CLASSIC,
            protocol_type=group.protocol_type,
            assignment_strategy=group.protocol_data,
            members=members,
            coordinator=coordinator,
        )

    # -- offsets -------------------------------------------------------------------------------

    async def committed_offsets(self, group_id: str) -> dict[TopicPartition, CommittedOffset]:
        """Every committed offset of the group (OffsetFetch for all topics)."""
        return await self._retrying(group_id, lambda: self._committed_offsets(group_id))

    async def _committed_offsets(self, group_id: str) -> dict[TopicPartition, CommittedOffset]:
        _coordinator, connection = await self._coordinator_connection(group_id)
        version = connection.versions.version_for(ApiKey.OFFSET_FETCH)
        if version < _OFFSET_FETCH_ALL_TOPICS:
            raise UnsupportedByBroker(
                f"{api_name(ApiKey.OFFSET_FETCH)} of every topic (v2+)", connection.address
            )
        if version >= _OFFSET_FETCH_BATCHED:
            request = OffsetFetchRequest(
                groups=[
                    OffsetFetchRequestGroup(group_id=group_id, member_id=None, member_epoch=-1, topics=None)
                ],
                require_stable=False,
            )
        else:
            request = OffsetFetchRequest(group_id=group_id, topics=None, require_stable=False)
        response = await connection.request_at(ApiKey.OFFSET_FETCH, version, request)
        if version >= _OFFSET_FETCH_BATCHED:
            answer = next((g for g in response.groups if g.group_id == group_id), None)
            if answer is None:
                raise GroupError(
                    ErrorCode.UNKNOWN_SERVER_ERROR,
                    _group(group_id),
                    "the broker's answer does not mention it",
                )
            error_code, topics = answer.error_code, answer.topics
        else:
            error_code, topics = response.error_code, response.topics
        if error_code == ErrorCode.GROUP_ID_NOT_FOUND:
            return {}
        if error_code:
            raise GroupError(error_code, _group(group_id))
        names: dict[uuid.UUID, str] = {}
        if version >= _TOPIC_IDS and topics:
            metadata = await self._client.metadata(None)
            names = {info.topic_id: name for name, info in metadata.topics.items()}
        offsets: dict[TopicPartition, CommittedOffset] = {}
        for topic in topics:
            name = names.get(topic.topic_id) if version >= _TOPIC_IDS else topic.name
            if not name:
                continue  # a topic deleted since the commit
            for partition in topic.partitions:
                if partition.error_code or partition.committed_offset == _NO_OFFSET:
                    continue  # as Kafka's admin client: skipped, not fatal
                offsets[(name, partition.partition_index)] = CommittedOffset(
                    topic=name,
                    partition=partition.partition_index,
                    offset=partition.committed_offset,
                    leader_epoch=partition.committed_leader_epoch
                    if partition.committed_leader_epoch >= 0
                    else None,
                    metadata=partition.metadata,
                )
        return dict(sorted(offsets.items()))

    async def commit_offsets(
        self, group_id: str, offsets: Mapping[TopicPartition, int], topics: Mapping[str, TopicInfo]
    ) -> None:
        """Commit ``offsets`` outside any generation (generation -1, no member id), as Kafka's
        admin client alters a group's offsets; the coordinator accepts it only while the
        group has no members. ``topics`` gives the topic ids OffsetCommit v10 needs."""
        if offsets:
            await self._retrying(group_id, lambda: self._commit_offsets(group_id, offsets, topics))

    async def _commit_offsets(
        self, group_id: str, offsets: Mapping[TopicPartition, int], topics: Mapping[str, TopicInfo]
    ) -> None:
        _coordinator, connection = await self._coordinator_connection(group_id)
        version = connection.versions.version_for(ApiKey.OFFSET_COMMIT)
        by_topic: dict[str, list[OffsetCommitRequestPartition]] = defaultdict(list)
        for (topic, partition), offset in sorted(offsets.items()):
            by_topic[topic].append(
                OffsetCommitRequestPartition(
                    partition_index=partition,
                    committed_offset=offset,
                    committed_leader_epoch=-1,
                    commit_timestamp=-1,
                    committed_metadata="",
                )
            )
        ids: dict[str, uuid.UUID] = {}
        if version >= _TOPIC_IDS:
            for name in by_topic:
                info = topics.get(name)
                if info is None or info.topic_id == ZERO_UUID:
                    raise KafkaError(ErrorCode.UNKNOWN_TOPIC_ID, f"topic '{name}'")
                ids[name] = info.topic_id
        request = OffsetCommitRequest(
            group_id=group_id,
            generation_id_or_member_epoch=_ADMIN_GENERATION,
            member_id="",
            group_instance_id=None,
            retention_time_ms=-1,
            topics=[
                OffsetCommitRequestTopic(name=name, topic_id=ids.get(name, ZERO_UUID), partitions=partitions)
                for name, partitions in by_topic.items()
            ],
        )
        response = await connection.request_at(ApiKey.OFFSET_COMMIT, version, request)
        names = {topic_id: name for name, topic_id in ids.items()}
        for topic in response.topics:
            name = names.get(topic.topic_id, topic.name) if version >= _TOPIC_IDS else topic.name
            for partition in topic.partitions:
                if partition.error_code:
                    raise GroupError(
                        partition.error_code,
                        f"{_group(group_id)}, topic '{name}' partition {partition.partition_index}",
                    )

    # -- deleting ------------------------------------------------------------------------------

    async def delete_groups(self, group_ids: Iterable[str]) -> dict[str, int]:
        """DeleteGroups on each group's coordinator: the error code of each group (0: deleted)."""
        results: dict[str, int] = {}
        for group_id in dict.fromkeys(group_ids):
            try:
                results[group_id] = await self._retrying(
                    group_id, functools.partial(self._delete_group, group_id)
                )
            except GroupError as exc:
                results[group_id] = exc.code
        return results

    async def _delete_group(self, group_id: str) -> int:
        _coordinator, connection = await self._coordinator_connection(group_id)
        response = await connection.request(
            ApiKey.DELETE_GROUPS, DeleteGroupsRequest(groups_names=[group_id])
        )
        for result in response.results:
            if result.group_id == group_id:
                if result.error_code in _COORDINATOR_ERRORS:
                    raise GroupError(result.error_code, _group(group_id))
                return int(result.error_code)
        raise GroupError(
            ErrorCode.UNKNOWN_SERVER_ERROR, _group(group_id), "the broker's answer does not mention it"
        )

    # -- log offsets ---------------------------------------------------------------------------

    async def log_offsets(
        self, partitions: Iterable[TopicPartition], spec: int = LATEST
    ) -> dict[TopicPartition, int | None]:
        """ListOffsets for ``spec`` (EARLIEST, LATEST or a timestamp in ms) per partition;
        None where the topic or partition does not exist, has no leader or answers an error."""
        by_topic: dict[str, list[int]] = defaultdict(list)
        for topic, partition in partitions:
            by_topic[topic].append(partition)
        found: dict[TopicPartition, int | None] = {}
        if not by_topic:
            return found
        metadata = await self._client.metadata(sorted(by_topic))
        for topic, wanted in sorted(by_topic.items()):
            info = metadata.topics.get(topic)
            usable = set()
            if info is not None and not info.error_code:
                usable = {p.index for p in info.partitions if p.leader_id >= 0}
            answered: dict[int, int] = {}
            asked = sorted(set(wanted) & usable)
            if info is not None and asked:
                try:
                    answered = await self._client.list_offsets(info, {p: spec for p in asked})
                except KafkaError:
                    answered = await self._one_by_one(info, asked, spec)
            for partition in wanted:
                found[(topic, partition)] = answered.get(partition)
        return found

    async def _one_by_one(self, info: TopicInfo, partitions: Sequence[int], spec: int) -> dict[int, int]:
        answered: dict[int, int] = {}
        for partition in partitions:
            try:
                answered.update(await self._client.list_offsets(info, {partition: spec}))
            except KafkaError:
                pass
        return answered


def _partitions_of(entries: Iterable[TopicPartitions]) -> tuple[TopicPartition, ...]:
    return tuple(sorted((entry.topic_name, partition) for entry in entries for partition in entry.partitions))
