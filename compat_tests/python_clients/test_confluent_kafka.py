"""confluent-kafka (librdkafka 2.x): every codec round-trips byte-identical with keys, null
values, headers and explicit timestamps; idempotent producing; ListOffsets by timestamp;
DeleteRecords; admin operations and Kafka's error codes."""

from __future__ import annotations

import time
import uuid

import pytest
from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaError, KafkaException, Producer, TopicPartition
from confluent_kafka.admin import (
    AdminClient,
    AlterConfigOpType,
    ConfigEntry,
    ConfigResource,
    ConfigSource,
    NewPartitions,
    NewTopic,
)

from compat_tests.python_clients.records import CODECS, COUNT, expected_records, first_offset_at_or_after


def eventually(check: object, timeout: float = 15) -> None:
    """Apache Kafka applies admin changes asynchronously (controller to broker metadata);
    streamd applies them at once. Poll so the suite holds against both."""
    deadline = time.monotonic() + timeout
    while not check() and time.monotonic() < deadline:  # type: ignore[operator]
        time.sleep(0.2)
    assert check()  # type: ignore[operator]


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def create(admin: AdminClient, name: str, partitions: int = 1, config: dict[str, str] | None = None) -> None:
    futures = admin.create_topics([NewTopic(name, num_partitions=partitions, replication_factor=1,
                                            config=config or {})])
    futures[name].result(10)


def consume_all(bootstrap: str, topic: str, count: int, partition: int = 0) -> list[object]:
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "compat-unused",
                         "enable.auto.commit": False, "fetch.wait.max.ms": 100})
    consumer.assign([TopicPartition(topic, partition, OFFSET_BEGINNING)])
    messages = []
    deadline = time.monotonic() + 60
    while len(messages) < count and time.monotonic() < deadline:
        for message in consumer.consume(1000, 1.0):
            if message.error():
                raise KafkaException(message.error())
            messages.append(message)
    consumer.close()
    return messages


@pytest.fixture(scope="module")
def admin(broker: object) -> AdminClient:
    return AdminClient({"bootstrap.servers": broker.bootstrap})  # type: ignore[attr-defined]


@pytest.mark.parametrize("codec", CODECS)
def test_round_trip_every_codec(broker: object, admin: AdminClient, codec: str) -> None:
    bootstrap = broker.bootstrap  # type: ignore[attr-defined]
    topic = unique(f"ck-{codec}")
    create(admin, topic)
    records = expected_records(f"ck-{codec}")
    producer = Producer({"bootstrap.servers": bootstrap, "compression.type": codec, "linger.ms": 5,
                         "enable.idempotence": True})
    for r in records:
        producer.produce(topic, key=r.key, value=r.value, headers=list(r.headers), timestamp=r.timestamp,
                         partition=0)
    assert producer.flush(30) == 0
    got = consume_all(bootstrap, topic, COUNT)
    assert len(got) == COUNT
    for offset, (message, want) in enumerate(zip(got, records, strict=True)):
        assert message.offset() == offset
        assert message.key() == want.key
        assert message.value() == want.value
        assert tuple(message.headers() or ()) == want.headers
        assert message.timestamp()[1] == want.timestamp
    # ListOffsets by timestamp gives Kafka's answer: the first offset at or after it.
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "compat-unused"})
    for target in (records[0].timestamp, records[4000].timestamp + 1, records[-1].timestamp + 1):
        [found] = consumer.offsets_for_times([TopicPartition(topic, 0, target)], 10)
        assert found.offset == first_offset_at_or_after(records, target) or (
            found.offset == -1 and first_offset_at_or_after(records, target) == -1)
    consumer.close()


def test_delete_records_moves_log_start(broker: object, admin: AdminClient) -> None:
    topic = unique("ck-dr")
    create(admin, topic)
    producer = Producer({"bootstrap.servers": broker.bootstrap})  # type: ignore[attr-defined]
    for i in range(100):
        producer.produce(topic, value=b"%d" % i, partition=0)
    producer.flush(10)
    result = admin.delete_records([TopicPartition(topic, 0, 40)])
    deleted = result[TopicPartition(topic, 0, 40)].result(10)
    assert deleted.low_watermark == 40
    consumer = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": "x"})  # type: ignore[attr-defined]
    low, high = consumer.get_watermark_offsets(TopicPartition(topic, 0), timeout=10)
    assert (low, high) == (40, 100)
    consumer.close()


def test_acks_zero_and_acks_all(broker: object, admin: AdminClient) -> None:
    for acks in ("0", "all"):
        topic = unique(f"ck-acks{acks}")
        create(admin, topic)
        producer = Producer({"bootstrap.servers": broker.bootstrap, "acks": acks,  # type: ignore[attr-defined]
                             "enable.idempotence": False})
        for i in range(500):
            producer.produce(topic, value=b"%d" % i, partition=0)
        assert producer.flush(10) == 0
        assert len(consume_all(broker.bootstrap, topic, 500)) == 500  # type: ignore[attr-defined]


def test_auto_create_uses_num_partitions(broker: object, admin: AdminClient) -> None:
    topic = unique("ck-auto")
    producer = Producer({"bootstrap.servers": broker.bootstrap})  # type: ignore[attr-defined]
    producer.produce(topic, value=b"x")
    assert producer.flush(10) == 0
    metadata = admin.list_topics(topic, timeout=10)
    assert len(metadata.topics[topic].partitions) == 4


def test_message_too_large(broker: object, admin: AdminClient) -> None:
    topic = unique("ck-big")
    create(admin, topic, config={"max.message.bytes": "1000"})
    errors: list[KafkaError] = []
    producer = Producer({"bootstrap.servers": broker.bootstrap, "compression.type": "none",  # type: ignore[attr-defined]
                         "message.max.bytes": 100_000})
    producer.produce(topic, value=b"x" * 5000, partition=0, on_delivery=lambda err, msg: errors.append(err))
    producer.flush(10)
    assert errors and errors[0] is not None and errors[0].code() == KafkaError.MSG_SIZE_TOO_LARGE


def test_admin_errors_and_configs(broker: object, admin: AdminClient) -> None:
    topic = unique("ck-admin")
    create(admin, topic, partitions=2, config={"retention.ms": "3600000"})
    with pytest.raises(KafkaException) as exists:
        create(admin, topic)
    assert exists.value.args[0].code() == KafkaError.TOPIC_ALREADY_EXISTS
    with pytest.raises(KafkaException) as rf:
        list(admin.create_topics([NewTopic(unique("rf"), 1, 3)]).values())[0].result(10)
    assert rf.value.args[0].code() == KafkaError.INVALID_REPLICATION_FACTOR
    with pytest.raises(KafkaException) as bad:
        list(admin.create_topics([NewTopic("bad/name", 1, 1)]).values())[0].result(10)
    assert bad.value.args[0].code() == KafkaError.TOPIC_EXCEPTION
    with pytest.raises(KafkaException) as cfg:
        create(admin, unique("cfg"), config={"foo.bar": "1"})
    assert cfg.value.args[0].code() == KafkaError.INVALID_CONFIG
    # validate_only creates nothing
    list(admin.create_topics([NewTopic(unique("dry"), 1, 1)], validate_only=True).values())[0].result(10)
    # DescribeConfigs: every config, defaults included, and the override
    resource = ConfigResource(ConfigResource.Type.TOPIC, topic)
    configs = list(admin.describe_configs([resource]).values())[0].result(10)
    # librdkafka fills is_default only from DescribeConfigs v0; with v1 the source tells.
    assert configs["retention.ms"].value == "3600000"
    assert configs["retention.ms"].source == ConfigSource.DYNAMIC_TOPIC_CONFIG.value
    assert configs["cleanup.policy"].value == "delete"
    assert configs["cleanup.policy"].source == ConfigSource.DEFAULT_CONFIG.value
    assert len(configs) >= 30
    # IncrementalAlterConfigs
    change = ConfigResource(ConfigResource.Type.TOPIC, topic, incremental_configs=[
        ConfigEntry("cleanup.policy", "compact", incremental_operation=AlterConfigOpType.SET)])
    list(admin.incremental_alter_configs([change]).values())[0].result(10)
    eventually(lambda: list(admin.describe_configs([resource]).values())[0].result(10)["cleanup.policy"].value
               == "compact")
    # CreatePartitions
    list(admin.create_partitions([NewPartitions(topic, 5)]).values())[0].result(10)
    eventually(lambda: len(admin.list_topics(topic, timeout=10).topics[topic].partitions) == 5)
    # DeleteTopics
    list(admin.delete_topics([topic]).values())[0].result(10)
    eventually(lambda: topic not in admin.list_topics(timeout=10).topics)


def test_describe_cluster(broker: object, admin: AdminClient) -> None:
    cluster = admin.describe_cluster().result(10)
    assert cluster.cluster_id and len(cluster.nodes) == 1
    assert f"{cluster.nodes[0].host}:{cluster.nodes[0].port}" == broker.bootstrap  # type: ignore[attr-defined]
