"""Transactional producers of three clients behind one interface, and the log readers that judge them.

Every scenario writes through a :class:`TxnProducer` (confluent-kafka, kafka-python or aiokafka)
and is judged by :func:`read_log`, a librdkafka consumer that assign()s every partition from the
beginning and reads until each one reports end of partition. In ``read_committed`` that end is
the last stable offset (LSO), in ``read_uncommitted`` the high watermark, so what it returns is the
whole visible log at that isolation level: a record the broker should hide and does not (an
aborted record, a record of an open transaction, or anything above the LSO) is in it, and a record
the broker lost is not.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Coroutine, Iterable
from dataclasses import dataclass
from typing import Any, Literal, Protocol, TypeVar

from confluent_kafka import (
    OFFSET_BEGINNING,
    Consumer,
    KafkaError,
    KafkaException,
    Message,
    Producer,
    TopicPartition,
)
from confluent_kafka.admin import AdminClient, NewTopic

from compat_tests.python_clients.common import eventually, unique_topic

__all__ = [
    "CLIENTS",
    "TIMEOUT",
    "Isolation",
    "Rec",
    "TxnProducer",
    "create_topic",
    "drain",
    "eventually",
    "new_consumer",
    "new_producer",
    "read_log",
    "unique_topic",
    "values_of",
]

TIMEOUT = 15.0
CLIENTS = ["confluent-kafka", "kafka-python", "aiokafka"]
Isolation = Literal["read_committed", "read_uncommitted"]
T = TypeVar("T")


@dataclass(frozen=True)
class Rec:
    """One record as a consumer saw it."""

    partition: int
    offset: int
    key: bytes | None
    value: bytes | None


# --------------------------------------------------------------------------- topics and readers


def create_topic(admin: AdminClient, name: str, partitions: int) -> None:
    """CreateTopics, then wait until the metadata shows every partition (Kafka applies it
    asynchronously)."""
    futures = admin.create_topics(
        [NewTopic(name, num_partitions=partitions, replication_factor=1)], operation_timeout=TIMEOUT
    )
    futures[name].result(TIMEOUT)

    def has_all_partitions() -> bool:
        topic = admin.list_topics(name, timeout=TIMEOUT).topics.get(name)
        return topic is not None and topic.error is None and len(topic.partitions) == partitions

    eventually(has_all_partitions)


def new_consumer(bootstrap: str, isolation: Isolation, **overrides: object) -> Consumer:
    """An assign-only librdkafka consumer (the group.id is required but never joined)."""
    config: dict[str, object] = {
        "bootstrap.servers": bootstrap,
        "group.id": "txn-compat-reader",
        "isolation.level": isolation,
        "enable.auto.commit": False,
        "enable.auto.offset.store": False,
        "enable.partition.eof": True,
        "fetch.wait.max.ms": 50,
    }
    config.update(overrides)
    return Consumer(config)


def drain(consumer: Consumer, partitions: Iterable[int], deadline_s: float = 30.0) -> list[Rec]:
    """Consume until every partition in ``partitions`` has reported end of partition once."""
    waiting = set(partitions)
    records: list[Rec] = []
    deadline = time.monotonic() + deadline_s
    while waiting:
        if time.monotonic() > deadline:
            raise AssertionError(f"no end of partition for {sorted(waiting)} within {deadline_s} s")
        for message in consumer.consume(num_messages=500, timeout=0.2):
            error = message.error()
            partition = message.partition()
            assert partition is not None
            if error is not None:
                if error.code() == KafkaError._PARTITION_EOF:
                    waiting.discard(partition)
                    continue
                raise KafkaException(error)
            records.append(_rec(message))
    return records


def _rec(message: Message) -> Rec:
    partition, offset = message.partition(), message.offset()
    assert partition is not None and offset is not None
    return Rec(partition, offset, message.key(), message.value())


def read_log(bootstrap: str, topic: str, partitions: int, isolation: Isolation) -> dict[int, list[Rec]]:
    """Every record of ``topic`` visible at ``isolation``, per partition, in offset order."""
    consumer = new_consumer(bootstrap, isolation)
    try:
        consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(partitions)])
        records = drain(consumer, range(partitions))
    finally:
        consumer.close()
    out: dict[int, list[Rec]] = {p: [] for p in range(partitions)}
    for record in records:
        out[record.partition].append(record)
    for partition, log in out.items():
        offsets = [r.offset for r in log]
        assert offsets == sorted(set(offsets)), f"partition {partition}: offsets not increasing {offsets}"
    return out


def values_of(log: dict[int, list[Rec]]) -> dict[int, list[bytes | None]]:
    return {p: [r.value for r in records] for p, records in log.items()}


# --------------------------------------------------------------------------- transactional producers


class TxnProducer(Protocol):
    """A transactional producer. ``send`` queues a record; ``flush`` returns once every queued
    record is acknowledged (so it is in the partition's log); errors surface as the client's own
    exceptions, which ``is_fenced`` and ``is_invalid_timeout`` classify."""

    client: str

    def init(self) -> None: ...
    def begin(self) -> None: ...
    def send(self, topic: str, partition: int, key: bytes, value: bytes) -> None: ...
    def flush(self) -> None: ...
    def commit(self) -> None: ...
    def abort(self) -> None: ...
    def send_offsets(self, offsets: dict[tuple[str, int], int], group: str) -> None: ...
    def close(self) -> None: ...
    def is_fenced(self, error: BaseException) -> bool: ...
    def is_invalid_timeout(self, error: BaseException) -> bool: ...


class ConfluentTxnProducer:
    client = "confluent-kafka"

    def __init__(self, bootstrap: str, transactional_id: str, timeout_ms: int) -> None:
        self.bootstrap = bootstrap
        self.producer = Producer(
            {
                "bootstrap.servers": bootstrap,
                "transactional.id": transactional_id,
                "transaction.timeout.ms": timeout_ms,
                "linger.ms": 5,
                "error_cb": self._on_error,
            }
        )
        self.failures: list[KafkaError] = []
        self.fatal: list[KafkaError] = []

    def _on_error(self, error: KafkaError) -> None:
        # Without an error_cb librdkafka raises fatal errors from inside poll()/flush().
        if error.fatal():
            self.fatal.append(error)

    def _on_delivery(self, error: KafkaError | None, _message: Message) -> None:
        if error is not None:
            self.failures.append(error)

    def init(self) -> None:
        self.producer.init_transactions(TIMEOUT)

    def begin(self) -> None:
        self.producer.begin_transaction()

    def send(self, topic: str, partition: int, key: bytes, value: bytes) -> None:
        self.producer.produce(topic, key=key, value=value, partition=partition, on_delivery=self._on_delivery)
        self.producer.poll(0)

    def flush(self) -> None:
        try:
            remaining = self.producer.flush(TIMEOUT)
        except SystemError as error:
            # confluent-kafka 2.16 raises a fatal error pending from a delivery report as a
            # SystemError whose cause is the KafkaException.
            if isinstance(error.__cause__, KafkaException):
                raise error.__cause__ from None
            raise
        if self.fatal:
            raise KafkaException(self.fatal[0])
        if self.failures:
            raise KafkaException(self.failures[0])
        assert remaining == 0, f"{remaining} records not delivered within {TIMEOUT} s"

    def commit(self) -> None:
        self.producer.commit_transaction(TIMEOUT)

    def abort(self) -> None:
        self.producer.abort_transaction(TIMEOUT)

    def send_offsets(self, offsets: dict[tuple[str, int], int], group: str) -> None:
        # The metadata of a consumer that never joins: generation -1, no member id, as the
        # offsets-only sendOffsetsToTransaction(offsets, groupId) of the Java client sends.
        consumer = Consumer({"bootstrap.servers": self.bootstrap, "group.id": group})
        try:
            metadata = consumer.consumer_group_metadata()
        finally:
            consumer.close()
        partitions = [TopicPartition(t, p, o) for (t, p), o in offsets.items()]
        self.producer.send_offsets_to_transaction(partitions, metadata, TIMEOUT)

    def close(self) -> None:
        try:
            self.producer.flush(0)
        except KafkaException:
            pass  # a producer in a fatal state

    def is_fenced(self, error: BaseException) -> bool:
        if not isinstance(error, KafkaException):
            return False
        kafka_error: KafkaError = error.args[0]
        fenced = {KafkaError._FENCED, KafkaError.PRODUCER_FENCED, KafkaError.INVALID_PRODUCER_EPOCH}
        return bool(kafka_error.fatal()) and kafka_error.code() in fenced

    def is_invalid_timeout(self, error: BaseException) -> bool:
        return (
            isinstance(error, KafkaException)
            and error.args[0].code() == KafkaError.INVALID_TRANSACTION_TIMEOUT
        )


class KafkaPythonTxnProducer:
    client = "kafka-python"

    def __init__(self, bootstrap: str, transactional_id: str, timeout_ms: int) -> None:
        from kafka import KafkaProducer

        self.producer = KafkaProducer(
            bootstrap_servers=bootstrap,
            transactional_id=transactional_id,
            transaction_timeout_ms=timeout_ms,
            enable_idempotence=True,
            linger_ms=5,
        )
        self.futures: list[Any] = []

    def init(self) -> None:
        self.producer.init_transactions()

    def begin(self) -> None:
        self.producer.begin_transaction()

    def send(self, topic: str, partition: int, key: bytes, value: bytes) -> None:
        self.futures.append(self.producer.send(topic, key=key, value=value, partition=partition))

    def flush(self) -> None:
        self.producer.flush(timeout=TIMEOUT)
        futures, self.futures = self.futures, []
        for future in futures:
            future.get(timeout=TIMEOUT)

    def commit(self) -> None:
        self.producer.commit_transaction()

    def abort(self) -> None:
        self.producer.abort_transaction()

    def send_offsets(self, offsets: dict[tuple[str, int], int], group: str) -> None:
        from kafka.structs import OffsetAndMetadata
        from kafka.structs import TopicPartition as KTopicPartition

        commit = {KTopicPartition(t, p): OffsetAndMetadata(o, "", -1) for (t, p), o in offsets.items()}
        self.producer.send_offsets_to_transaction(commit, group)

    def close(self) -> None:
        self.producer.close(timeout=5)

    def is_fenced(self, error: BaseException) -> bool:
        from kafka.errors import InvalidProducerEpochError, ProducerFencedError

        return isinstance(error, ProducerFencedError | InvalidProducerEpochError)

    def is_invalid_timeout(self, error: BaseException) -> bool:
        from kafka.errors import InvalidTransactionTimeoutError, KafkaError

        # kafka-python 3.0.12 does not map this code in InitProducerIdResponse: it raises a bare
        # KafkaError naming the broker's error instead.
        return isinstance(error, InvalidTransactionTimeoutError) or (
            type(error) is KafkaError and "[Error 50] InvalidTransactionTimeoutError" in str(error)
        )


class AiokafkaTxnProducer:
    """aiokafka driven from synchronous tests: every call runs on one private event loop, so the
    producer's background tasks progress whenever a call awaits the broker."""

    client = "aiokafka"

    def __init__(self, bootstrap: str, transactional_id: str, timeout_ms: int) -> None:
        from aiokafka import AIOKafkaProducer

        self.loop = asyncio.new_event_loop()

        async def make() -> AIOKafkaProducer:
            return AIOKafkaProducer(
                bootstrap_servers=bootstrap,
                transactional_id=transactional_id,
                transaction_timeout_ms=timeout_ms,
                enable_idempotence=True,
                linger_ms=5,
            )

        self.producer = self._run(make())
        self.futures: list[asyncio.Future[Any]] = []
        self.started = False

    def _run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return self.loop.run_until_complete(asyncio.wait_for(coroutine, TIMEOUT))

    def init(self) -> None:
        # start() sends InitProducerId for a transactional producer.
        self._run(self.producer.start())
        self.started = True

    def begin(self) -> None:
        self._run(self.producer.begin_transaction())

    def send(self, topic: str, partition: int, key: bytes, value: bytes) -> None:
        self.futures.append(self._run(self.producer.send(topic, key=key, value=value, partition=partition)))

    def flush(self) -> None:
        futures, self.futures = self.futures, []
        self._run(self.producer.flush())
        for future in futures:
            self._run(future)

    def commit(self) -> None:
        self._run(self.producer.commit_transaction())

    def abort(self) -> None:
        self._run(self.producer.abort_transaction())

    def send_offsets(self, offsets: dict[tuple[str, int], int], group: str) -> None:
        from aiokafka.structs import TopicPartition as ATopicPartition

        commit = {ATopicPartition(t, p): o for (t, p), o in offsets.items()}
        self._run(self.producer.send_offsets_to_transaction(commit, group))

    def close(self) -> None:
        try:
            if self.started:
                self.loop.run_until_complete(asyncio.wait_for(self.producer.stop(), 10))
        except Exception:  # noqa: BLE001 - a fenced producer may fail to stop cleanly
            pass
        finally:
            self.loop.close()

    def is_fenced(self, error: BaseException) -> bool:
        from aiokafka.errors import InvalidProducerEpoch, ProducerFenced

        return isinstance(error, ProducerFenced | InvalidProducerEpoch)

    def is_invalid_timeout(self, error: BaseException) -> bool:
        from aiokafka.errors import InvalidTransactionTimeout

        return isinstance(error, InvalidTransactionTimeout)


def new_producer(client: str, bootstrap: str, transactional_id: str | None = None,
                 timeout_ms: int = 60_000) -> TxnProducer:
    """A transactional producer of ``client``; ``init()`` is left to the caller."""
    transactional_id = transactional_id or unique_topic(f"txn-{client}")
    kinds: dict[str, type[TxnProducer]] = {
        "confluent-kafka": ConfluentTxnProducer,
        "kafka-python": KafkaPythonTxnProducer,
        "aiokafka": AiokafkaTxnProducer,
    }
    return kinds[client](bootstrap, transactional_id, timeout_ms)
