"""Produce (key 0): one record batch per partition, sent to the partition's leader."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import Any

from streamd.client.connection import BrokerConnection
from streamd.client.errors import KafkaError
from streamd.client.types import ProducedBatch, ProducerRecord, TopicInfo

__all__ = ["COMPRESSION_NAMES", "build_record_batch", "compression_by_name", "produce_partitions"]

COMPRESSION_NAMES = ("none", "gzip", "snappy", "lz4", "zstd")
_ZSTD_MIN_PRODUCE_VERSION = 7


def compression_by_name(name: str) -> Any:
    from streamd.records.batch import Compression

    return Compression[name.upper()]


def build_record_batch(records: Sequence[ProducerRecord], compression: str = "none") -> bytes:
    """A record batch v2 holding ``records`` with offset deltas 0..n-1, CreateTime timestamps."""
    from streamd.records.builder import Record, build_batch

    now_ms = time.time_ns() // 1_000_000
    built = [
        Record(
            key=record.key,
            value=record.value,
            headers=list(record.headers),
            timestamp=now_ms if record.timestamp_ms is None else record.timestamp_ms,
            offset=delta,
        )
        for delta, record in enumerate(records)
    ]
    return bytes(build_batch(built, compression=compression_by_name(compression)))


def _subject(topic: str, partition: int) -> str:
    return f"topic '{topic}' partition {partition}"


async def produce_partitions(
    connection: BrokerConnection,
    topic: TopicInfo,
    batches: Mapping[int, Sequence[ProducerRecord]],
    *,
    acks: int = -1,
    compression: str = "none",
    timeout_ms: int = 30_000,
) -> list[ProducedBatch]:
    """Write one batch per partition in one request; all partitions must share this leader."""
    from streamd.protocol._generated import ApiKey
    from streamd.protocol._generated.produce_request import (
        PartitionProduceData,
        ProduceRequest,
        TopicProduceData,
    )

    version = connection.versions.version_for(ApiKey.PRODUCE)
    if compression == "zstd" and version < _ZSTD_MIN_PRODUCE_VERSION:
        raise KafkaError(76, f"topic '{topic.name}'", f"the broker speaks Produce v{version}, zstd needs v7")
    request = ProduceRequest(
        transactional_id=None,
        acks=acks,
        timeout_ms=timeout_ms,
        topic_data=[
            TopicProduceData(
                name=topic.name,  # written up to v12
                topic_id=topic.topic_id,  # written from v13
                partition_data=[
                    PartitionProduceData(index=partition, records=build_record_batch(records, compression))
                    for partition, records in sorted(batches.items())
                ],
            )
        ],
    )
    if acks == 0:
        await connection.send_only(ApiKey.PRODUCE, request)
        return [ProducedBatch(topic.name, p, -1, len(records)) for p, records in sorted(batches.items())]
    response = await connection.request(ApiKey.PRODUCE, request, timeout=timeout_ms / 1000 + 10)
    produced: list[ProducedBatch] = []
    for topic_response in response.responses:
        for partition in topic_response.partition_responses:
            if partition.error_code:
                message = partition.error_message
                if not message and partition.record_errors:
                    message = partition.record_errors[0].batch_index_error_message
                raise KafkaError(partition.error_code, _subject(topic.name, partition.index), message)
            produced.append(
                ProducedBatch(
                    topic.name, partition.index, partition.base_offset, len(batches[partition.index])
                )
            )
    return produced
