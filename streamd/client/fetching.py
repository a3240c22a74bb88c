"""Fetch (key 1) and ListOffsets (key 2): reading records from given offsets."""

from __future__ import annotations

from collections.abc import Mapping

from streamd.client.batches import decode_fetched
from streamd.client.connection import BrokerConnection
from streamd.client.errors import KafkaError
from streamd.client.types import PartitionFetch, TopicInfo
from streamd.protocol._generated import ApiKey
from streamd.protocol._generated.fetch_request import FetchPartition, FetchRequest, FetchTopic
from streamd.protocol._generated.list_offsets_request import (
    ListOffsetsPartition,
    ListOffsetsRequest,
    ListOffsetsTopic,
)

__all__ = ["EARLIEST", "LATEST", "READ_COMMITTED", "READ_UNCOMMITTED", "fetch_partitions", "list_offsets"]

EARLIEST = -2
LATEST = -1
_TOPIC_IDS_MIN_FETCH_VERSION = 13
READ_UNCOMMITTED = 0
READ_COMMITTED = 1
_CONSUMER_REPLICA_ID = -1


async def fetch_partitions(
    connection: BrokerConnection,
    topic: TopicInfo,
    positions: Mapping[int, int],
    *,
    max_wait_ms: int = 500,
    min_bytes: int = 1,
    max_bytes: int = 50 * 1024 * 1024,
    partition_max_bytes: int = 1024 * 1024,
    isolation_level: int = READ_UNCOMMITTED,
) -> dict[int, PartitionFetch]:
    """One Fetch for the partitions in ``positions`` (partition -> next offset to read)."""
    version = connection.versions.version_for(ApiKey.FETCH)
    request = FetchRequest(
        replica_id=_CONSUMER_REPLICA_ID,
        max_wait_ms=max_wait_ms,
        min_bytes=min_bytes,
        max_bytes=max_bytes,
        isolation_level=isolation_level,
        session_id=0,
        session_epoch=-1,  # a full fetch, no session (KIP-227)
        topics=[
            FetchTopic(
                topic=topic.name,
                topic_id=topic.topic_id,
                partitions=[
                    FetchPartition(
                        partition=partition,
                        current_leader_epoch=-1,
                        fetch_offset=offset,
                        last_fetched_epoch=-1,
                        log_start_offset=-1,
                        partition_max_bytes=partition_max_bytes,
                    )
                    for partition, offset in sorted(positions.items())
                ],
            )
        ],
        forgotten_topics_data=[],
        rack_id="",
    )
    response = await connection.request(
        ApiKey.FETCH, request, timeout=max_wait_ms / 1000 + connection.request_timeout
    )
    if response.error_code:
        raise KafkaError(response.error_code, f"fetch from topic '{topic.name}'")
    by_id = version >= _TOPIC_IDS_MIN_FETCH_VERSION
    results: dict[int, PartitionFetch] = {}
    for topic_response in response.responses:
        if (topic_response.topic_id != topic.topic_id) if by_id else (topic_response.topic != topic.name):
            continue
        for data in topic_response.partitions:
            partition = data.partition_index
            result = PartitionFetch(
                partition=partition,
                error_code=data.error_code,
                high_watermark=data.high_watermark,
                log_start_offset=data.log_start_offset,
                last_stable_offset=data.last_stable_offset,
            )
            if not data.error_code and data.records is not None and partition in positions:
                aborted = None
                if isolation_level == READ_COMMITTED:
                    aborted = [(t.producer_id, t.first_offset) for t in data.aborted_transactions or ()]
                decoded = decode_fetched(
                    topic.name, partition, memoryview(data.records), positions[partition], aborted
                )
                result.records, result.next_offset = decoded.records, decoded.next_offset
            results[partition] = result
    return results


async def list_offsets(
    connection: BrokerConnection,
    topic: TopicInfo,
    partitions: Mapping[int, int],
    *,
    isolation_level: int = READ_UNCOMMITTED,
) -> dict[int, int]:
    """The offset per partition for a timestamp spec: ``EARLIEST``, ``LATEST`` or a time in ms."""
    request = ListOffsetsRequest(
        replica_id=_CONSUMER_REPLICA_ID,
        isolation_level=isolation_level,  # LATEST is the last stable offset under read_committed
        topics=[
            ListOffsetsTopic(
                name=topic.name,
                partitions=[
                    ListOffsetsPartition(
                        partition_index=partition, current_leader_epoch=-1, timestamp=timestamp
                    )
                    for partition, timestamp in sorted(partitions.items())
                ],
            )
        ],
        timeout_ms=int(connection.request_timeout * 1000),
    )
    response = await connection.request(ApiKey.LIST_OFFSETS, request)
    offsets: dict[int, int] = {}
    for topic_response in response.topics:
        for partition in topic_response.partitions:
            if partition.error_code:
                raise KafkaError(
                    partition.error_code, f"topic '{topic.name}' partition {partition.partition_index}"
                )
            offsets[partition.partition_index] = partition.offset
    return offsets
