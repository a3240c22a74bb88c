"""Produce (key 0): one record batch per partition, sent to the partition's leader."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from streamd.client.connection import BrokerConnection
from streamd.client.errors import KafkaError
from streamd.client.types import ProducedBatch, ProducerRecord, TopicInfo
from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated.produce_request import PartitionProduceData, ProduceRequest, TopicProduceData
from streamd.records.batch import Compression
from streamd.records.builder import Record, build_batch

__all__ = [
    "COMPRESSION_NAMES",
    "ProduceOutcome",
    "build_record_batch",
    "compression_by_name",
    "produce_partitions",
]

COMPRESSION_NAMES = ("none", "gzip", "snappy", "lz4", "zstd")
_ZSTD_MIN_PRODUCE_VERSION = 7


def compression_by_name(name: str) -> Any:
    return Compression[name.upper()]


def build_record_batch(records: Sequence[ProducerRecord], compression: str = "none") -> bytes:
    """A record batch v2 holding ``records`` with offset deltas 0..n-1, CreateTime timestamps."""
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


@dataclass(slots=True)
class ProduceOutcome:
    produced: list[ProducedBatch] = field(default_factory=list)
    failed: dict[int, KafkaError] = field(default_factory=dict)


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
) -> ProduceOutcome:
    """Write one batch per partition in one request; all partitions must share this leader.

    Partitions fail independently: the outcome lists what was written and what was not.
    """
    version = connection.versions.version_for(ApiKey.PRODUCE)
    if compression == "zstd" and version < _ZSTD_MIN_PRODUCE_VERSION:
        raise KafkaError(
            ErrorCode.UNSUPPORTED_COMPRESSION_TYPE,
            f"topic '{topic.name}'",
            f"the broker speaks Produce v{version}, zstd needs v7",
        )
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
        return ProduceOutcome(
            [ProducedBatch(topic.name, p, -1, len(rs)) for p, rs in sorted(batches.items())]
        )
    response = await connection.request(ApiKey.PRODUCE, request, timeout=timeout_ms / 1000 + 10)
    outcome = ProduceOutcome()
    for topic_response in response.responses:
        for partition in topic_response.partition_responses:
            if partition.index not in batches:
                continue
            if partition.error_code:
                message = partition.error_message
                if not message and partition.record_errors:
                    message = partition.record_errors[0].batch_index_error_message
                subject = _subject(topic.name, partition.index)
                outcome.failed[partition.index] = KafkaError(partition.error_code, subject, message)
            else:
                count = len(batches[partition.index])
                outcome.produced.append(
                    ProducedBatch(topic.name, partition.index, partition.base_offset, count)
                )
    answered = {batch.partition for batch in outcome.produced} | set(outcome.failed)
    for missing in sorted(set(batches) - answered):
        outcome.failed[missing] = KafkaError(
            -1, _subject(topic.name, missing), "the broker did not answer for it"
        )
    return outcome
