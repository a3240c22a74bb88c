"""Internal compacted topics: ``__consumer_offsets`` and ``__transaction_state``.

Like Kafka, the group and transaction coordinators keep their state in memory and write every
change as a record to an internal compacted topic, replaying it on start. All records of one
key (a group id, a transactional id) go to partition ``abs(java_hash(key)) % partitions``
(Kafka's ``partitionFor``), so that key's history is one ordered log. A topic is created on its
first write, with ``cleanup.policy=compact`` and its own partition count and segment size
(``offsets.topic.*``, ``transaction.state.log.*``), and is marked internal in Metadata as
Kafka marks it.

A write is answered only after the append and the durability policy's flush
(``Durability.after_append`` with acks=-1, as Kafka writes them with acks=all).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from streamd.cluster.topics import Topic
from streamd.protocol._generated import ErrorCode
from streamd.records.batch import parse_header
from streamd.records.builder import Record, build_batch
from streamd.records.reader import read_records, transaction_marker
from streamd.storage import PartitionKey

if TYPE_CHECKING:
    from streamd.broker import Broker

__all__ = [
    "OFFSETS_TOPIC",
    "TRANSACTION_TOPIC",
    "InternalTopic",
    "StoredRecord",
    "java_string_hash",
    "offsets_topic",
    "transaction_topic",
]

log = logging.getLogger("streamd.groups")

OFFSETS_TOPIC = "__consumer_offsets"
TRANSACTION_TOPIC = "__transaction_state"
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
    producer_id: int = -1  # a transactional record's producer (replay only)
    control: bool | None = None  # replay only: a COMMIT (True) or ABORT (False) marker


class InternalTopic:
    def __init__(self, broker: Broker, name: str, partitions_config: str, segment_config: str) -> None:
        self._broker = broker
        self.name = name
        self._partitions_config = partitions_config
        self._segment_config = segment_config

    @property
    def num_partitions(self) -> int:
        topic = self._broker.topics.get(self.name)
        if topic is not None:
            return topic.num_partitions
        return int(self._broker.configs.broker_value(self._partitions_config))

    def partition_for(self, owner: str) -> int:
        hashed = java_string_hash(owner)
        return (0 if hashed == -(2**31) else abs(hashed)) % self.num_partitions

    def partition_key(self, owner: str) -> PartitionKey:
        """The partition holding ``owner``'s records (the topic is created if need be)."""
        return PartitionKey(self.ensure().topic_id, self.partition_for(owner))

    def ensure(self) -> Topic:
        """The topic, created first if need be: internal, compacted, with its coordinator's
        partition count (as Kafka's AutoTopicCreationManager creates internal topics)."""
        broker = self._broker
        topic = broker.topics.get(self.name)
        if topic is None:
            plan = broker.plan_topic(
                self.name,
                num_partitions=int(broker.configs.broker_value(self._partitions_config)),
                replication_factor=1,
                assignments=(),
                configs={
                    "cleanup.policy": "compact",
                    "compression.type": "producer",
                    "segment.bytes": str(broker.configs.broker_value(self._segment_config)),
                },
            )
            topic = broker.topics.create_topic(plan, is_internal=True)
            log.info("created %s with %d partitions", self.name, topic.num_partitions)
        return topic

    async def write(
        self, owner: str, records: Sequence[StoredRecord], *, producer_id: int = -1, producer_epoch: int = -1
    ) -> int:
        """Append records of one owner; the error code (NONE when durable per policy). With a
        producer id the batch is transactional (TxnOffsetCommit's offsets, Kafka's layout)."""
        if not records:
            return ErrorCode.NONE
        broker = self._broker
        topic = self.ensure()
        key = PartitionKey(topic.topic_id, self.partition_for(owner))
        now_ms = broker.now_ms()
        batch = build_batch(
            [Record(key=r.key, value=r.value, timestamp=now_ms) for r in records],
            producer_id=producer_id, producer_epoch=producer_epoch, transactional=producer_id >= 0,
            base_sequence=broker.logs.next_sequence(key, producer_id, producer_epoch) if producer_id >= 0 else -1,
        )
        outcome = broker.logs.append(
            key, memoryview(batch), api_version=_PRODUCE_VERSION, settings=broker.configs.log_settings(topic),
            now_ms=now_ms,
        )
        if outcome.error_code != ErrorCode.NONE:
            log.error("writing %d records of %r to %s failed: %s", len(records), owner, self.name,
                      outcome.error_message)
            # Kafka maps a failed internal-topic write to a retriable coordinator error.
            return ErrorCode.COORDINATOR_NOT_AVAILABLE
        await broker.durability.after_append([key], -1)
        return ErrorCode.NONE

    def replay(self) -> Iterator[StoredRecord]:
        """Every data record of the topic, partition by partition, each in log order, with
        its batch's producer id (-1 unless transactional) and, for control records, the
        marker type in ``control`` (True commit, False abort)."""
        topic = self._broker.topics.get(self.name)
        if topic is None:
            return
        storage = self._broker.storage
        for key in topic.partition_keys():
            for info in storage.batches(key, storage.log_range(key).log_start_offset):
                raw = storage.read_batch(key, info)
                header = parse_header(memoryview(raw))
                if header.is_control:
                    commit = transaction_marker(raw)
                    if commit is not None:
                        yield StoredRecord(b"", None, header.producer_id, control=commit)
                    continue
                for record in read_records(raw):
                    if record.key is not None:
                        yield StoredRecord(
                            record.key, record.value, header.producer_id if header.is_transactional else -1
                        )


def internal_topic_named(broker: Broker, name: str) -> InternalTopic | None:
    """The coordinator topic called ``name``, if it is one (Kafka's Topic.isInternal)."""
    if name == OFFSETS_TOPIC:
        return offsets_topic(broker)
    if name == TRANSACTION_TOPIC:
        return transaction_topic(broker)
    return None


def offsets_topic(broker: Broker) -> InternalTopic:
    return InternalTopic(broker, OFFSETS_TOPIC, "offsets.topic.num.partitions", "offsets.topic.segment.bytes")


def transaction_topic(broker: Broker) -> InternalTopic:
    return InternalTopic(
        broker, TRANSACTION_TOPIC, "transaction.state.log.num.partitions", "transaction.state.log.segment.bytes"
    )
