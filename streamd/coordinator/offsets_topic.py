"""The ``__consumer_offsets`` topic: where committed offsets and group metadata persist.

Like Kafka, the group coordinator keeps its state in memory and writes every change as a
record to an internal compacted topic, replaying it on start. A group's records all go to
partition ``abs(java_hash(group_id)) % offsets.topic.num.partitions`` (Kafka's
``GroupCoordinatorService.partitionFor``), so its history is in one ordered log. The topic is
created on the first write, with ``cleanup.policy=compact`` and ``offsets.topic.segment.bytes``,
and marked internal in Metadata as Kafka marks it.

A write is answered only after the append and the durability policy's flush
(``Durability.after_append`` with acks=-1, as Kafka writes offsets with acks=all).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from streamd.cluster.topics import Topic
from streamd.protocol._generated import ErrorCode
from streamd.records.builder import Record, build_batch
from streamd.records.reader import iter_records
from streamd.storage import PartitionKey

if TYPE_CHECKING:
    from streamd.broker import Broker

__all__ = ["OFFSETS_TOPIC", "OffsetsTopic", "StoredRecord", "java_string_hash"]

log = logging.getLogger("streamd.groups")

OFFSETS_TOPIC = "__consumer_offsets"
_PRODUCE_VERSION = 11  # appends go through the produce path's validation at its newest version


def java_string_hash(text: str) -> int:
    """``String.hashCode()``: 31-polynomial over UTF-16 code units, as a signed int32."""
    units = text.encode("utf-16-be")
    value = 0
    for index in range(0, len(units), 2):
        value = (31 * value + (units[index] << 8 | units[index + 1])) & 0xFFFFFFFF
    return value - (1 << 32) if value & 0x80000000 else value


@dataclass(frozen=True, slots=True)
class StoredRecord:
    key: bytes
    value: bytes | None  # None is a tombstone


class OffsetsTopic:
    def __init__(self, broker: Broker) -> None:
        self._broker = broker

    @property
    def num_partitions(self) -> int:
        topic = self._broker.topics.get(OFFSETS_TOPIC)
        if topic is not None:
            return topic.num_partitions
        return int(self._broker.configs.broker_value("offsets.topic.num.partitions"))

    def partition_for(self, group_id: str) -> int:
        hashed = java_string_hash(group_id)
        return (0 if hashed == -(2**31) else abs(hashed)) % self.num_partitions

    def _topic(self) -> Topic:
        broker = self._broker
        topic = broker.topics.get(OFFSETS_TOPIC)
        if topic is None:
            plan = broker.plan_topic(
                OFFSETS_TOPIC,
                num_partitions=int(broker.configs.broker_value("offsets.topic.num.partitions")),
                replication_factor=1,
                assignments=(),
                configs={
                    "cleanup.policy": "compact",
                    "compression.type": "producer",
                    "segment.bytes": str(broker.configs.broker_value("offsets.topic.segment.bytes")),
                },
            )
            topic = broker.topics.create_topic(plan, is_internal=True)
            log.info("created %s with %d partitions", OFFSETS_TOPIC, topic.num_partitions)
        return topic

    async def write(self, group_id: str, records: Sequence[StoredRecord]) -> int:
        """Append records of one group; the error code (NONE when durable per policy)."""
        if not records:
            return ErrorCode.NONE
        broker = self._broker
        topic = self._topic()
        key = PartitionKey(topic.topic_id, self.partition_for(group_id))
        now_ms = broker.now_ms()
        batch = build_batch([Record(key=r.key, value=r.value, timestamp=now_ms) for r in records])
        outcome = broker.logs.append(
            key, memoryview(batch), api_version=_PRODUCE_VERSION, settings=broker.configs.log_settings(topic),
            now_ms=now_ms,
        )
        if outcome.error_code != ErrorCode.NONE:
            log.error("writing %d records of group %r failed: %s", len(records), group_id, outcome.error_message)
            # Kafka maps a failed offsets-topic write to a retriable coordinator error.
            return ErrorCode.COORDINATOR_NOT_AVAILABLE
        await broker.durability.after_append([key], -1)
        return ErrorCode.NONE

    def replay(self) -> Iterator[StoredRecord]:
        """Every record of the topic, partition by partition, each in log order."""
        topic = self._broker.topics.get(OFFSETS_TOPIC)
        if topic is None:
            return
        storage = self._broker.storage
        for key in topic.partition_keys():
            for info in storage.batches(key, storage.log_range(key).log_start_offset):
                for record in iter_records(storage.read_batch(key, info)):
                    if record.key is not None:
                        yield StoredRecord(record.key, record.value)
