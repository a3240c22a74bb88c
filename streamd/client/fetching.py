"""Fetch (key 1) and ListOffsets (key 2): reading records from given offsets."""

from __future__ import annotations

import struct
from collections.abc import Iterator, Mapping
from typing import Any

from streamd.client.connection import BrokerConnection
from streamd.client.errors import KafkaError, ProtocolViolation
from streamd.client.types import ConsumedRecord, PartitionFetch, TopicInfo

__all__ = ["EARLIEST", "LATEST", "fetch_partitions", "list_offsets", "split_batches"]

EARLIEST = -2
LATEST = -1
_TOPIC_IDS_MIN_FETCH_VERSION = 13
_READ_UNCOMMITTED = 0
_CONSUMER_REPLICA_ID = -1

# Record batch v2 header fields the consumer needs without decoding the records.
_BATCH_PREFIX = struct.Struct(">qi")  # baseOffset, batchLength
_BATCH_HEADER_SIZE = 61
_MAGIC_AT = 16
_ATTRIBUTES_AT = 21
_LAST_OFFSET_DELTA_AT = 23
_ATTRIBUTES_AND_DELTA = struct.Struct(">hi")
_CONTROL_BIT = 0x20
_LOG_APPEND_TIME_BIT = 0x08


def split_batches(data: memoryview) -> Iterator[tuple[int, int, int, memoryview]]:
    """(base offset, last offset, attributes, batch bytes) per complete batch in ``data``.

    A fetch may end with a partial batch (the broker cuts at max_bytes); it is left out.
    """
    pos = 0
    end = len(data)
    while end - pos >= _BATCH_HEADER_SIZE:
        base_offset, batch_length = _BATCH_PREFIX.unpack_from(data, pos)
        batch_end = pos + 12 + batch_length
        if batch_length < _BATCH_HEADER_SIZE - 12 or batch_end > end:
            break
        if data[pos + _MAGIC_AT] != 2:
            raise ProtocolViolation(f"record batch magic {data[pos + _MAGIC_AT]}: only v2 is supported")
        attributes, last_delta = _ATTRIBUTES_AND_DELTA.unpack_from(data, pos + _ATTRIBUTES_AT)
        yield base_offset, base_offset + last_delta, attributes, data[pos:batch_end]
        pos = batch_end


def _decode_records(
    topic: str, partition: int, data: memoryview, start_offset: int
) -> tuple[list[ConsumedRecord], int | None]:
    """The records at or after ``start_offset``; and the offset just past the last whole batch."""
    from streamd.records.errors import RecordError
    from streamd.records.reader import read_records

    consumed: list[ConsumedRecord] = []
    next_offset: int | None = None
    for base_offset, last_offset, attributes, batch in split_batches(data):
        next_offset = last_offset + 1
        if attributes & _CONTROL_BIT or last_offset < start_offset:
            continue
        log_append_time = bool(attributes & _LOG_APPEND_TIME_BIT)
        try:
            records = read_records(batch)
        except RecordError as exc:
            raise ProtocolViolation(f"topic '{topic}' partition {partition}: bad batch at offset {base_offset}: {exc}") from None
        for record in records:
            if record.offset < start_offset:
                continue
            consumed.append(
                ConsumedRecord(
                    topic=topic,
                    partition=partition,
                    offset=record.offset,
                    timestamp_ms=record.timestamp,
                    key=_as_bytes(record.key),
                    value=_as_bytes(record.value),
                    headers=tuple((name, _as_bytes(value)) for name, value in record.headers),
                    log_append_time=log_append_time,
                )
            )
    return consumed, next_offset


def _as_bytes(value: Any) -> bytes | None:
    return None if value is None else bytes(value)


async def fetch_partitions(
    connection: BrokerConnection,
    topic: TopicInfo,
    positions: Mapping[int, int],
    *,
    max_wait_ms: int = 500,
    min_bytes: int = 1,
    max_bytes: int = 50 * 1024 * 1024,
    partition_max_bytes: int = 1024 * 1024,
) -> dict[int, PartitionFetch]:
    """One Fetch for the partitions in ``positions`` (partition -> next offset to read)."""
    from streamd.protocol._generated import ApiKey
    from streamd.protocol._generated.fetch_request import FetchPartition, FetchRequest, FetchTopic

    version = connection.versions.version_for(ApiKey.FETCH)
    request = FetchRequest(
        replica_id=_CONSUMER_REPLICA_ID,
        max_wait_ms=max_wait_ms,
        min_bytes=min_bytes,
        max_bytes=max_bytes,
        isolation_level=_READ_UNCOMMITTED,
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
    response = await connection.request(ApiKey.FETCH, request, timeout=max_wait_ms / 1000 + connection.request_timeout)
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
            )
            if not data.error_code and data.records is not None and partition in positions:
                result.records, result.next_offset = _decode_records(
                    topic.name, partition, memoryview(data.records), positions[partition]
                )
            results[partition] = result
    return results


async def list_offsets(
    connection: BrokerConnection, topic: TopicInfo, partitions: Mapping[int, int]
) -> dict[int, int]:
    """The offset per partition for a timestamp spec: ``EARLIEST``, ``LATEST`` or a time in ms."""
    from streamd.protocol._generated import ApiKey
    from streamd.protocol._generated.list_offsets_request import (
        ListOffsetsPartition,
        ListOffsetsRequest,
        ListOffsetsTopic,
    )

    request = ListOffsetsRequest(
        replica_id=_CONSUMER_REPLICA_ID,
        isolation_level=_READ_UNCOMMITTED,
        topics=[
            ListOffsetsTopic(
                name=topic.name,
                partitions=[
                    ListOffsetsPartition(partition_index=partition, current_leader_epoch=-1, timestamp=timestamp)
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
