"""Transactions with confluent-kafka, kafka-python and aiokafka producers against the broker under test.

Proves, for each client's transactional producer:

- a commit spanning three partitions makes every record visible to read_committed, in order;
- an aborted transaction is invisible to read_committed although its records are in the log
  (read_uncommitted sees them), and a committed transaction after it is visible; the client's
  own read_committed consumer (kafka-python, aiokafka) agrees with librdkafka's;
- a sequence of commits and aborts, and two producers writing into the same partitions at the
  same time with one committing and the other aborting, leave exactly the committed records
  visible to read_committed;
- the last stable offset: an open transaction holds back its own records and every later record
  of its partition (transactional or not) from read_committed, while other partitions flow;
  ListOffsets latest at read_committed answers the LSO and at read_uncommitted the high
  watermark, through librdkafka, kafka-python and aiokafka; after the commit the held-back
  records arrive in offset order;
- offsets sent with send_offsets_to_transaction become the group's committed offsets only when
  the transaction commits: not while it is open, never after an abort;
- a second producer with the same transactional.id fences the first: the first fails with the
  client's fatal fenced error, its open transaction is aborted (invisible to read_committed) and
  the new producer's transaction commits;
- transaction.timeout.ms above transaction.max.timeout.ms (900000) fails InitProducerId with
  INVALID_TRANSACTION_TIMEOUT, and exactly the maximum is accepted.

Every verdict comes from :func:`common.read_log`, which reads each partition to its end.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest
from confluent_kafka import (
    OFFSET_INVALID,
    Consumer,
    ConsumerGroupTopicPartitions,
    IsolationLevel,
    Producer,
    TopicPartition,
)
from confluent_kafka.admin import AdminClient, OffsetSpec

from compat_tests.conftest import Broker
from compat_tests.transactions.common import (
    CLIENTS,
    TIMEOUT,
    TxnProducer,
    create_topic,
    drain,
    eventually,
    new_consumer,
    new_producer,
    read_log,
    unique_topic,
    values_of,
)

pytestmark = pytest.mark.timeout(120)

PARTITIONS = 3


@pytest.fixture(scope="module")
def admin(broker: Broker) -> AdminClient:
    return AdminClient({"bootstrap.servers": broker.bootstrap})


@pytest.fixture(params=CLIENTS)
def client(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def producers(broker: Broker, client: str) -> Iterator[list[TxnProducer]]:
    """Producers a test makes with ``make``; all closed at the end."""
    made: list[TxnProducer] = []
    yield made
    for producer in made:
        producer.close()


def make(producers: list[TxnProducer], client: str, broker: Broker, transactional_id: str | None = None,
         timeout_ms: int = 60_000) -> TxnProducer:
    producer = new_producer(client, broker.bootstrap, transactional_id, timeout_ms)
    producers.append(producer)
    return producer


def write(producer: TxnProducer, topic: str, tag: str, per_partition: int,
          partitions: int = PARTITIONS) -> dict[int, list[bytes]]:
    """``per_partition`` records into each partition, round-robin; returns the values per partition."""
    written: dict[int, list[bytes]] = {p: [] for p in range(partitions)}
    for i in range(per_partition):
        for p in range(partitions):
            value = f"{tag}-p{p}-{i}".encode()
            producer.send(topic, p, f"{tag}-{i}".encode(), value)
            written[p].append(value)
    return written


def plain_write(bootstrap: str, topic: str, partition: int, values: list[bytes]) -> None:
    """Non-transactional records, acknowledged before returning."""
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 0})
    for value in values:
        producer.produce(topic, value=value, partition=partition)
    assert producer.flush(TIMEOUT) == 0


def joined(*parts: dict[int, list[bytes]]) -> dict[int, list[bytes | None]]:
    out: dict[int, list[bytes | None]] = {}
    for part in parts:
        for p, values in part.items():
            out.setdefault(p, []).extend(values)
    return out


# --------------------------------------------------------------------------- commit and abort


def test_commit_over_partitions(broker: Broker, admin: AdminClient, client: str,
                                producers: list[TxnProducer]) -> None:
    topic = unique_topic(f"txn-commit-{client}")
    create_topic(admin, topic, PARTITIONS)
    producer = make(producers, client, broker)
    producer.init()
    producer.begin()
    written = write(producer, topic, "c", per_partition=40)
    producer.commit()
    committed = read_log(broker.bootstrap, topic, PARTITIONS, "read_committed")
    assert values_of(committed) == joined(written)
    # 40 records then the commit marker: the marker takes an offset but is never delivered.
    assert all([r.offset for r in committed[p]] == list(range(40)) for p in range(PARTITIONS))


def own_read_committed(client: str, bootstrap: str, topic: str, partitions: int) -> dict[int, list[bytes | None]]:
    """The values kafka-python's or aiokafka's own read_committed consumer reads from the
    beginning to its end offsets (which at read_committed are the LSOs)."""
    if client == "kafka-python":
        from kafka import KafkaConsumer
        from kafka.structs import TopicPartition as KTopicPartition

        consumer = KafkaConsumer(bootstrap_servers=bootstrap, isolation_level="read_committed",
                                 enable_auto_commit=False, fetch_max_wait_ms=50)
        try:
            tps = [KTopicPartition(topic, p) for p in range(partitions)]
            consumer.assign(tps)
            consumer.seek_to_beginning()
            ends = consumer.end_offsets(tps)
            out: dict[int, list[bytes | None]] = {p: [] for p in range(partitions)}
            deadline = time.monotonic() + 30
            while any(consumer.position(tp) < ends[tp] for tp in tps):
                assert time.monotonic() < deadline, "kafka-python consumer did not reach the end offsets"
                for tp, messages in consumer.poll(timeout_ms=200).items():
                    out[tp.partition].extend(m.value for m in messages)
            return out
        finally:
            consumer.close()

    async def read_aiokafka() -> dict[int, list[bytes | None]]:
        from aiokafka import AIOKafkaConsumer
        from aiokafka.structs import TopicPartition as ATopicPartition

        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, isolation_level="read_committed",
                                    enable_auto_commit=False, fetch_max_wait_ms=50)
        await consumer.start()
        try:
            tps = [ATopicPartition(topic, p) for p in range(partitions)]
            consumer.assign(tps)
            await consumer.seek_to_beginning()
            ends = await consumer.end_offsets(tps)
            out: dict[int, list[bytes | None]] = {p: [] for p in range(partitions)}
            deadline = time.monotonic() + 30
            while any([await consumer.position(tp) < ends[tp] for tp in tps]):
                assert time.monotonic() < deadline, "aiokafka consumer did not reach the end offsets"
                batch = await consumer.getmany(timeout_ms=200)
                for tp, messages in batch.items():
                    out[tp.partition].extend(m.value for m in messages)
            return out
        finally:
            await consumer.stop()

    return asyncio.run(read_aiokafka())


def test_abort_over_partitions(broker: Broker, admin: AdminClient, client: str,
                               producers: list[TxnProducer]) -> None:
    topic = unique_topic(f"txn-abort-{client}")
    create_topic(admin, topic, PARTITIONS)
    producer = make(producers, client, broker)
    producer.init()
    producer.begin()
    aborted = write(producer, topic, "a", per_partition=20)
    producer.flush()  # in the log before the abort
    producer.abort()
    producer.begin()
    committed = write(producer, topic, "c", per_partition=10)
    producer.commit()
    assert values_of(read_log(broker.bootstrap, topic, PARTITIONS, "read_committed")) == joined(committed)
    assert values_of(read_log(broker.bootstrap, topic, PARTITIONS, "read_uncommitted")) == joined(aborted, committed)
    if client != "confluent-kafka":
        assert own_read_committed(client, broker.bootstrap, topic, PARTITIONS) == joined(committed)


def test_commit_abort_sequence(broker: Broker, admin: AdminClient, client: str,
                               producers: list[TxnProducer]) -> None:
    topic = unique_topic(f"txn-seq-{client}")
    create_topic(admin, topic, PARTITIONS)
    producer = make(producers, client, broker)
    producer.init()
    outcomes = ["commit", "abort", "abort", "commit", "abort", "commit", "commit", "abort"]
    everything, kept = [], []
    for n, outcome in enumerate(outcomes):
        producer.begin()
        written = write(producer, topic, f"t{n}", per_partition=3)
        producer.flush()
        everything.append(written)
        if outcome == "commit":
            producer.commit()
            kept.append(written)
        else:
            producer.abort()
    assert values_of(read_log(broker.bootstrap, topic, PARTITIONS, "read_committed")) == joined(*kept)
    assert values_of(read_log(broker.bootstrap, topic, PARTITIONS, "read_uncommitted")) == joined(*everything)


def test_concurrent_producers_one_commits_one_aborts(broker: Broker, admin: AdminClient, client: str,
                                                    producers: list[TxnProducer]) -> None:
    """Two producers' batches interleave in the same partitions; the aborted one's records lie
    between the committed one's, so only per-producer filtering (the aborted-transaction index)
    can separate them."""
    topic = unique_topic(f"txn-two-{client}")
    create_topic(admin, topic, PARTITIONS)
    first, second = make(producers, client, broker), make(producers, client, broker)
    first.init()
    second.init()
    kept = []
    # (committer, aborter, which ends first)
    rounds = [(first, second, "abort"), (first, second, "commit"), (second, first, "abort")]
    for n, (committer, aborter, ends_first) in enumerate(rounds):
        committer.begin()
        aborter.begin()
        for chunk in range(3):
            kept.append(write(committer, topic, f"r{n}-keep-{chunk}", per_partition=2))
            committer.flush()
            write(aborter, topic, f"r{n}-drop-{chunk}", per_partition=2)
            aborter.flush()
        if ends_first == "abort":
            aborter.abort()
            committer.commit()
        else:
            committer.commit()
            aborter.abort()
    committed = read_log(broker.bootstrap, topic, PARTITIONS, "read_committed")
    assert values_of(committed) == joined(*kept)
    uncommitted = read_log(broker.bootstrap, topic, PARTITIONS, "read_uncommitted")
    assert sum(len(v) for v in uncommitted.values()) == 2 * sum(len(v) for v in committed.values())


# --------------------------------------------------------------------------- the last stable offset


def end_offsets(bootstrap: str, admin: AdminClient, topic: str, partition: int) -> dict[str, int]:
    """ListOffsets latest for one partition at both isolation levels, through every client."""
    tp = TopicPartition(topic, partition)
    out: dict[str, int] = {}
    for level, name in ((IsolationLevel.READ_COMMITTED, "committed"), (IsolationLevel.READ_UNCOMMITTED, "uncommitted")):
        future = admin.list_offsets({tp: OffsetSpec.latest()}, isolation_level=level)[tp]
        out[f"admin-{name}"] = future.result(TIMEOUT).offset
    for isolation in ("read_committed", "read_uncommitted"):
        consumer = new_consumer(bootstrap, isolation)
        try:
            _low, high = consumer.get_watermark_offsets(tp, timeout=TIMEOUT, cached=False)
            out[f"librdkafka-{isolation}"] = high
        finally:
            consumer.close()

    from kafka import KafkaConsumer
    from kafka.structs import TopicPartition as KTopicPartition

    for isolation in ("read_committed", "read_uncommitted"):
        kconsumer = KafkaConsumer(bootstrap_servers=bootstrap, isolation_level=isolation)
        try:
            ktp = KTopicPartition(topic, partition)
            out[f"kafka-python-{isolation}"] = kconsumer.end_offsets([ktp])[ktp]
        finally:
            kconsumer.close()

    async def aiokafka_ends() -> None:
        from aiokafka import AIOKafkaConsumer
        from aiokafka.structs import TopicPartition as ATopicPartition

        for isolation in ("read_committed", "read_uncommitted"):
            aconsumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, isolation_level=isolation)
            await aconsumer.start()
            try:
                atp = ATopicPartition(topic, partition)
                out[f"aiokafka-{isolation}"] = (await aconsumer.end_offsets([atp]))[atp]
            finally:
                await aconsumer.stop()

    asyncio.run(aiokafka_ends())
    return out


def expect_ends(lso: int, high_watermark: int) -> dict[str, int]:
    committed = ["admin-committed", "librdkafka-read_committed", "kafka-python-read_committed",
                 "aiokafka-read_committed"]
    uncommitted = ["admin-uncommitted", "librdkafka-read_uncommitted", "kafka-python-read_uncommitted",
                   "aiokafka-read_uncommitted"]
    return {**dict.fromkeys(committed, lso), **dict.fromkeys(uncommitted, high_watermark)}


def test_lso_holds_back_open_transaction(broker: Broker, admin: AdminClient, client: str,
                                         producers: list[TxnProducer]) -> None:
    topic = unique_topic(f"txn-lso-{client}")
    create_topic(admin, topic, 2)
    plain_write(broker.bootstrap, topic, 0, [b"before-0", b"before-1"])  # offsets 0, 1
    plain_write(broker.bootstrap, topic, 1, [b"other-0", b"other-1"])
    producer = make(producers, client, broker)
    producer.init()
    producer.begin()
    txn_values = [b"txn-%d" % i for i in range(5)]  # offsets 2..6
    for i, value in enumerate(txn_values):
        producer.send(topic, 0, b"k%d" % i, value)
    producer.flush()
    later = [b"after-%d" % i for i in range(3)]  # offsets 7..9, non-transactional
    plain_write(broker.bootstrap, topic, 0, later)
    plain_write(broker.bootstrap, topic, 1, [b"other-2", b"other-3"])

    reader = new_consumer(broker.bootstrap, "read_committed")
    try:
        reader.assign([TopicPartition(topic, 0, 0), TopicPartition(topic, 1, 0)])
        seen = drain(reader, [0, 1])
        # Partition 0 stops at the LSO (the open transaction's first offset); partition 1 flows.
        assert [(r.partition, r.value) for r in seen if r.partition == 0] == [(0, b"before-0"), (0, b"before-1")]
        assert [r.value for r in seen if r.partition == 1] == [b"other-0", b"other-1", b"other-2", b"other-3"]
        assert end_offsets(broker.bootstrap, admin, topic, 0) == expect_ends(lso=2, high_watermark=10)
        assert end_offsets(broker.bootstrap, admin, topic, 1) == expect_ends(lso=4, high_watermark=4)

        producer.commit()
        # The commit marker is offset 10: the LSO moves to the high watermark, 11.
        released = drain(reader, [0])
        assert [(r.offset, r.value) for r in released] == list(zip(range(2, 10), txn_values + later, strict=True))
    finally:
        reader.close()
    assert end_offsets(broker.bootstrap, admin, topic, 0) == expect_ends(lso=11, high_watermark=11)


# --------------------------------------------------------------------------- offsets in transactions


def group_offsets(admin: AdminClient, group: str, topic: str, partitions: int) -> dict[int, int]:
    """The group's committed offsets (OffsetFetch, require_stable=false); OFFSET_INVALID where none."""
    request = ConsumerGroupTopicPartitions(group, [TopicPartition(topic, p) for p in range(partitions)])
    result = admin.list_consumer_group_offsets([request], require_stable=False)[group].result(TIMEOUT)
    return {tp.partition: tp.offset for tp in result.topic_partitions}


def test_send_offsets_visible_only_after_commit(broker: Broker, admin: AdminClient, client: str,
                                                producers: list[TxnProducer]) -> None:
    source, sink = unique_topic(f"txn-src-{client}"), unique_topic(f"txn-sink-{client}")
    create_topic(admin, source, 2)
    create_topic(admin, sink, 1)
    group = unique_topic(f"txn-group-{client}")
    none = {0: OFFSET_INVALID, 1: OFFSET_INVALID}
    producer = make(producers, client, broker)
    producer.init()

    producer.begin()
    producer.send(sink, 0, b"k", b"aborted-output")
    producer.send_offsets({(source, 0): 50, (source, 1): 70}, group)
    producer.flush()
    assert group_offsets(admin, group, source, 2) == none  # open: pending, not committed
    producer.abort()
    assert group_offsets(admin, group, source, 2) == none

    producer.begin()
    producer.send(sink, 0, b"k", b"committed-output")
    producer.send_offsets({(source, 0): 30, (source, 1): 40}, group)
    producer.flush()
    assert group_offsets(admin, group, source, 2) == none
    producer.commit()
    # Kafka applies the commit marker to the group asynchronously after EndTxn returns.
    eventually(lambda: group_offsets(admin, group, source, 2) != none)
    assert group_offsets(admin, group, source, 2) == {0: 30, 1: 40}

    # A member of the group resumes from them (OffsetFetch with require_stable from librdkafka).
    consumer = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": group,
                         "isolation.level": "read_committed", "enable.auto.commit": False})
    try:
        committed = consumer.committed([TopicPartition(source, 0), TopicPartition(source, 1)], timeout=TIMEOUT)
        assert {tp.partition: tp.offset for tp in committed} == {0: 30, 1: 40}
    finally:
        consumer.close()
    assert values_of(read_log(broker.bootstrap, sink, 1, "read_committed")) == {0: [b"committed-output"]}


# --------------------------------------------------------------------------- fencing and timeouts


def test_second_producer_fences_the_first(broker: Broker, admin: AdminClient, client: str,
                                          producers: list[TxnProducer]) -> None:
    topic = unique_topic(f"txn-fence-{client}")
    create_topic(admin, topic, PARTITIONS)
    transactional_id = unique_topic(f"txn-fenced-{client}")
    old = make(producers, client, broker, transactional_id)
    old.init()
    old.begin()
    zombie = write(old, topic, "zombie", per_partition=5)
    old.flush()

    new = make(producers, client, broker, transactional_id)
    new.init()  # bumps the epoch and aborts the old producer's open transaction

    with pytest.raises(Exception) as raised:  # noqa: B017 - each client has its own fenced error
        write(old, topic, "zombie-more", per_partition=1)
        old.flush()
        old.commit()
    assert old.is_fenced(raised.value), f"{client}: not a fenced error: {raised.value!r}"

    new.begin()
    fresh = write(new, topic, "fresh", per_partition=5)
    new.commit()
    assert values_of(read_log(broker.bootstrap, topic, PARTITIONS, "read_committed")) == joined(fresh)
    # The zombie's flushed records are in the log, aborted.
    uncommitted = values_of(read_log(broker.bootstrap, topic, PARTITIONS, "read_uncommitted"))
    assert all(set(zombie[p]) <= set(uncommitted[p]) for p in range(PARTITIONS))


def test_transaction_timeout_above_broker_max(broker: Broker, client: str,
                                              producers: list[TxnProducer]) -> None:
    too_long = make(producers, client, broker, timeout_ms=900_001)
    with pytest.raises(Exception) as raised:  # noqa: B017 - each client has its own error type
        too_long.init()
    assert too_long.is_invalid_timeout(raised.value), f"{client}: {raised.value!r}"
    at_max = make(producers, client, broker, timeout_ms=900_000)
    at_max.init()

