"""KafkaClient: the façade the CLI and the tests use.

It keeps one connection to a bootstrap broker for metadata and administration, and one per
partition leader for Produce and Fetch. Every call is a few requests; nothing runs in the
background.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Mapping, Sequence
from types import TracebackType

from streamd.client import admin, fetching, producing
from streamd.client.address import format_address, parse_address_list
from streamd.client.connection import DEFAULT_CLIENT_ID, DEFAULT_REQUEST_TIMEOUT, BrokerConnection
from streamd.client.errors import SETTLING_ERRORS, BrokerUnreachable, ClientError, KafkaError
from streamd.client.metadata import fetch_metadata
from streamd.client.partitioner import KeyPartitioner
from streamd.client.types import (
    ClusterMetadata,
    ConfigEntry,
    CreatedTopic,
    PartitionFetch,
    ProducedBatch,
    ProducerRecord,
    TopicInfo,
)
from streamd.protocol._generated import ErrorCode

__all__ = ["KafkaClient"]

_SETTLE_ATTEMPTS = 20
_SETTLE_DELAY = 0.25
_AUTO_CREATE_ATTEMPTS = 12  # about 3 s for an auto-created topic to show up


class KafkaClient:
    def __init__(
        self,
        bootstrap: str,
        *,
        client_id: str | None = DEFAULT_CLIENT_ID,
        request_timeout: float = DEFAULT_REQUEST_TIMEOUT,
        connect_timeout: float = 10.0,
    ) -> None:
        self._bootstrap = parse_address_list(bootstrap)
        self._client_id = client_id
        self._request_timeout = request_timeout
        self._connect_timeout = connect_timeout
        self._bootstrap_connection: BrokerConnection | None = None
        self._leaders: dict[int, BrokerConnection] = {}
        self._metadata: ClusterMetadata | None = None
        self._topics: dict[str, TopicInfo] = {}  # the latest metadata of each topic seen

    async def __aenter__(self) -> KafkaClient:
        await self.connect()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def connect(self) -> None:
        """Connect to the first bootstrap broker that answers."""
        failure: ClientError | None = None
        for host, port in self._bootstrap:
            try:
                self._bootstrap_connection = await self._open(host, port)
                return
            except BrokerUnreachable as exc:
                failure = exc
        assert failure is not None
        raise failure

    async def close(self) -> None:
        connections = {
            id(c): c for c in [self._bootstrap_connection, *self._leaders.values()] if c is not None
        }
        self._bootstrap_connection = None
        self._leaders.clear()
        for connection in connections.values():
            await connection.close()

    @property
    def connection(self) -> BrokerConnection:
        """The bootstrap connection (for requests any broker answers)."""
        if self._bootstrap_connection is None or self._bootstrap_connection.is_closed:
            raise ClientError("the client is not connected")
        return self._bootstrap_connection

    # -- metadata and administration ------------------------------------------------------------

    async def metadata(
        self, topics: Sequence[str] | None = None, *, allow_auto_create: bool = False
    ) -> ClusterMetadata:
        metadata = await fetch_metadata(self.connection, topics, allow_auto_create=allow_auto_create)
        self._metadata = metadata
        for name, info in metadata.topics.items():
            usable = not info.error_code and all(p.leader_id >= 0 for p in info.partitions)
            if usable:
                self._topics[name] = info
            else:
                self._topics.pop(name, None)
        return metadata

    async def topic(self, name: str, *, allow_auto_create: bool = False) -> TopicInfo:
        """The topic's partitions and leaders, waiting briefly for a new topic to get leaders.

        With ``allow_auto_create`` a missing topic is given a few seconds to appear: Kafka in
        KRaft mode creates it asynchronously and answers UNKNOWN_TOPIC_OR_PARTITION meanwhile.
        """
        last_error: int = ErrorCode.LEADER_NOT_AVAILABLE
        for attempt in range(_SETTLE_ATTEMPTS):
            metadata = await self.metadata([name], allow_auto_create=allow_auto_create)
            info = metadata.topics.get(name)
            last_error = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION if info is None else info.error_code
            may_appear = allow_auto_create and last_error == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
            if info is not None and not last_error and info.partitions:
                if all(p.leader_id >= 0 for p in info.partitions):
                    return info
                last_error = ErrorCode.LEADER_NOT_AVAILABLE
            elif last_error not in SETTLING_ERRORS and not (may_appear and attempt < _AUTO_CREATE_ATTEMPTS):
                break
            if attempt + 1 < _SETTLE_ATTEMPTS:
                await asyncio.sleep(_SETTLE_DELAY)
        raise KafkaError(last_error or ErrorCode.LEADER_NOT_AVAILABLE, f"topic '{name}'")

    async def list_topics(self, *, include_internal: bool = False) -> list[TopicInfo]:
        metadata = await self.metadata(None)
        return sorted(
            (t for t in metadata.topics.values() if include_internal or not t.is_internal),
            key=lambda t: t.name,
        )

    async def create_topic(
        self,
        name: str,
        *,
        num_partitions: int = -1,
        replication_factor: int = -1,
        configs: Mapping[str, str] | None = None,
    ) -> CreatedTopic:
        return await admin.create_topic(
            self.connection,
            name,
            num_partitions=num_partitions,
            replication_factor=replication_factor,
            configs=configs,
        )

    async def delete_topic(self, name: str) -> None:
        await admin.delete_topic(self.connection, name)

    async def describe_topic_configs(self, name: str) -> list[ConfigEntry]:
        return await admin.describe_topic_configs(self.connection, name)

    async def alter_topic_configs(
        self, name: str, *, set_values: Mapping[str, str] | None = None, delete_keys: Sequence[str] = ()
    ) -> None:
        await admin.alter_topic_configs(self.connection, name, set_values=set_values, delete_keys=delete_keys)

    # -- producing ------------------------------------------------------------------------------

    async def produce(
        self,
        topic: str,
        records: Sequence[ProducerRecord],
        *,
        partition: int | None = None,
        acks: int = -1,
        compression: str = "none",
        timeout_ms: int = 30_000,
        partitioner: KeyPartitioner | None = None,
    ) -> list[ProducedBatch]:
        """Write ``records``: to ``partition``, or spread by key as the Java client does.

        Partitions whose leader is moving (or not elected yet) are retried for a few seconds;
        partitions already written are never sent twice.
        """
        if not records:
            return []
        info = self._topics.get(topic) or await self.topic(topic, allow_auto_create=True)
        if partition is not None and info.partition(partition) is None:
            raise KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, f"topic '{topic}' partition {partition}")
        pending: dict[int, list[ProducerRecord]] = defaultdict(list)
        if partition is not None:
            pending[partition] = list(records)
        else:
            chooser = partitioner or KeyPartitioner(len(info.partitions))
            for record in records:
                pending[chooser.partition_for(record.key)].append(record)
        produced: list[ProducedBatch] = []
        for attempt in range(_SETTLE_ATTEMPTS):
            failures: dict[int, KafkaError] = {}
            for leader, partitions in self._group_by_leader(info, pending).items():
                connection = await self._leader_connection(leader)
                outcome = await producing.produce_partitions(
                    connection,
                    info,
                    {p: pending[p] for p in partitions},
                    acks=acks,
                    compression=compression,
                    timeout_ms=timeout_ms,
                )
                produced += outcome.produced
                failures.update(outcome.failed)
                for batch in outcome.produced:
                    del pending[batch.partition]
            if not failures:
                break
            first = failures[min(failures)]
            if (
                any(error.code not in SETTLING_ERRORS for error in failures.values())
                or attempt + 1 == _SETTLE_ATTEMPTS
            ):
                raise first
            await asyncio.sleep(_SETTLE_DELAY)
            info = await self.topic(topic)
        return sorted(produced, key=lambda batch: batch.partition)

    # -- consuming ------------------------------------------------------------------------------

    async def list_offsets(
        self,
        info: TopicInfo,
        partitions: Mapping[int, int],
        *,
        isolation_level: int = fetching.READ_UNCOMMITTED,
    ) -> dict[int, int]:
        """Offsets per partition for ``fetching.EARLIEST``, ``fetching.LATEST`` or a timestamp."""
        offsets: dict[int, int] = {}
        for leader, members in self._group_by_leader(info, partitions).items():
            connection = await self._leader_connection(leader)
            wanted = {p: partitions[p] for p in members}
            offsets.update(
                await fetching.list_offsets(connection, info, wanted, isolation_level=isolation_level)
            )
        return offsets

    async def fetch(
        self,
        info: TopicInfo,
        positions: Mapping[int, int],
        *,
        max_wait_ms: int = 500,
        min_bytes: int = 1,
        isolation_level: int = fetching.READ_UNCOMMITTED,
    ) -> dict[int, PartitionFetch]:
        """One Fetch per leader, concurrently; ``positions`` maps partition -> next offset."""
        groups = self._group_by_leader(info, positions)
        connections = [await self._leader_connection(leader) for leader in groups]
        answers = await asyncio.gather(
            *(
                fetching.fetch_partitions(
                    connection,
                    info,
                    {p: positions[p] for p in members},
                    max_wait_ms=max_wait_ms,
                    min_bytes=min_bytes,
                    isolation_level=isolation_level,
                )
                for connection, members in zip(connections, groups.values(), strict=True)
            )
        )
        results: dict[int, PartitionFetch] = {}
        for answer in answers:
            results.update(answer)
        return results

    # -- routing --------------------------------------------------------------------------------

    @staticmethod
    def _group_by_leader(info: TopicInfo, partitions: Mapping[int, object]) -> dict[int, list[int]]:
        groups: dict[int, list[int]] = defaultdict(list)
        for index in sorted(partitions):
            described = info.partition(index)
            if described is None:
                raise KafkaError(
                    ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, f"topic '{info.name}' partition {index}"
                )
            if described.leader_id < 0:
                raise KafkaError(ErrorCode.LEADER_NOT_AVAILABLE, f"topic '{info.name}' partition {index}")
            groups[described.leader_id].append(index)
        return dict(groups)

    async def _leader_connection(self, node_id: int) -> BrokerConnection:
        existing = self._leaders.get(node_id)
        if existing is not None and not existing.is_closed:
            return existing
        metadata = self._metadata if self._metadata is not None else await self.metadata([])
        broker = metadata.brokers.get(node_id)
        if broker is None:
            metadata = await self.metadata([])
            broker = metadata.brokers.get(node_id)
        if broker is None:
            raise KafkaError(
                ErrorCode.LEADER_NOT_AVAILABLE, f"broker {node_id}", "not listed in the cluster metadata"
            )
        bootstrap = self.connection
        if bootstrap.address == format_address(broker.host, broker.port) or len(metadata.brokers) == 1:
            # A single-broker cluster: the bootstrap connection reaches the leader even when
            # the advertised address is not reachable from here (a container's hostname).
            self._leaders[node_id] = bootstrap
            return bootstrap
        connection = await self._open(broker.host, broker.port)
        self._leaders[node_id] = connection
        return connection

    async def _open(self, host: str, port: int) -> BrokerConnection:
        return await BrokerConnection.open(
            host,
            port,
            client_id=self._client_id,
            connect_timeout=self._connect_timeout,
            request_timeout=self._request_timeout,
        )
