"""confluent-kafka (librdkafka 2.16) against the broker under test.

Proves, with librdkafka's feature gates and protocol versions: 10,000 records with keys, null
values, headers and explicit timestamps round-trip byte-identical in every codec; ListOffsets by
timestamp, earliest, latest and max-timestamp give Kafka's answers; the idempotent producer writes
no duplicates, in order; acks=0 works; Metadata auto-creates topics with num.partitions and
honours allow_auto_topic_creation=false; DeleteRecords moves the log start; the AdminClient
creates (validate_only, configs), lists, describes and alters configs, adds partitions and
deletes topics; and the broker's error codes reach the client as Kafka's do.
Consumers use assign() and never join a group or commit.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from confluent_kafka import (
    OFFSET_BEGINNING,
    OFFSET_END,
    TIMESTAMP_CREATE_TIME,
    Consumer,
    KafkaError,
    KafkaException,
    Message,
    Producer,
    TopicCollection,
    TopicPartition,
)
from confluent_kafka.admin import (
    AdminClient,
    AlterConfigOpType,
    ConfigEntry,
    ConfigResource,
    NewPartitions,
    NewTopic,
    OffsetSpec,
)

from compat_tests.conftest import Broker
from compat_tests.python_clients.common import (
    AUTO_CREATE_PARTITIONS,
    CLUSTER_LEVEL_CONFIGS,
    CODECS,
    INVALID_TOPIC_NAMES,
    KAFKA_TOPIC_CONFIG_DEFAULTS,
    RECORD_COUNT,
    ROUND_TRIP_PARTITIONS,
    SOURCE_DEFAULT_CONFIG,
    SOURCE_DYNAMIC_DEFAULT_BROKER_CONFIG,
    SOURCE_DYNAMIC_TOPIC_CONFIG,
    Record,
    by_partition,
    eventually,
    expected_records,
    offset_for_timestamp,
    offset_of_max_timestamp,
    timestamp_targets,
    unique_topic,
)

pytestmark = pytest.mark.timeout(120)

TIMEOUT = 15.0


# --------------------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def admin(broker: Broker) -> AdminClient:
    return AdminClient({"bootstrap.servers": broker.bootstrap})


def new_consumer(bootstrap: str, **overrides: object) -> Consumer:
    # librdkafka wants a group.id; nothing here subscribes or commits, so no group is joined.
    config = {
        "bootstrap.servers": bootstrap,
        "group.id": "compat-assign-only",
        "enable.auto.commit": False,
        "enable.auto.offset.store": False,
        "fetch.wait.max.ms": 50,
    }
    config.update(overrides)
    return Consumer(config)


def create_topic(
    admin: AdminClient, name: str, partitions: int = 1, config: dict[str, str] | None = None
) -> None:
    futures = admin.create_topics(
        [NewTopic(name, num_partitions=partitions, replication_factor=1, config=config or {})],
        operation_timeout=TIMEOUT,
    )
    futures[name].result(TIMEOUT)
    eventually(lambda: len(topic_partitions(admin, name)) == partitions)


def topic_partitions(admin: AdminClient, name: str) -> list[int]:
    topic = admin.list_topics(name, timeout=TIMEOUT).topics.get(name)
    if topic is None or topic.error is not None:
        return []
    return sorted(topic.partitions)


def create_error(admin: AdminClient, topic: NewTopic, validate_only: bool = False) -> KafkaError:
    future = admin.create_topics([topic], operation_timeout=TIMEOUT, validate_only=validate_only)[topic.topic]
    with pytest.raises(KafkaException) as raised:
        future.result(TIMEOUT)
    return raised.value.args[0]


def consume(
    bootstrap: str, partitions: list[TopicPartition], count: int, deadline_s: float = 60
) -> list[Message]:
    """Read ``count`` records from ``partitions`` (each with its start offset) by assign()."""
    consumer = new_consumer(bootstrap)
    consumer.assign(partitions)
    messages: list[Message] = []
    deadline = time.monotonic() + deadline_s
    try:
        while len(messages) < count and time.monotonic() < deadline:
            for message in consumer.consume(num_messages=1000, timeout=0.5):
                if message.error():
                    raise KafkaException(message.error())
                messages.append(message)
    finally:
        consumer.close()
    return messages


def produce_and_check(producer: Producer, topic: str, values: list[bytes], partition: int = 0) -> None:
    failures: list[KafkaError] = []

    def on_delivery(error: KafkaError | None, _message: Message) -> None:
        if error is not None:
            failures.append(error)

    for value in values:
        producer.produce(topic, value=value, partition=partition, on_delivery=on_delivery)
        producer.poll(0)
    assert producer.flush(TIMEOUT) == 0
    assert failures == []


def config_of(admin: AdminClient, resource: ConfigResource) -> dict[str, ConfigEntry]:
    return admin.describe_configs([resource], request_timeout=TIMEOUT)[resource].result(TIMEOUT)


def assert_same_records(messages: list[Message], topic: str, records: list[Record]) -> None:
    received: dict[int, list[Message]] = {}
    for message in messages:
        assert message.topic() == topic
        partition = message.partition()
        assert partition is not None
        received.setdefault(partition, []).append(message)
    expected = by_partition(records)
    assert sorted(received) == sorted(expected)
    for partition, log in expected.items():
        got = received[partition]
        assert len(got) == len(log), f"partition {partition}"
        for offset, (message, want) in enumerate(zip(got, log, strict=True)):
            assert message.offset() == offset
            assert message.key() == want.key, f"key at {partition}/{offset}"
            assert message.value() == want.value, f"value at {partition}/{offset}"
            assert tuple(message.headers() or ()) == want.headers, f"headers at {partition}/{offset}"
            assert message.timestamp() == (TIMESTAMP_CREATE_TIME, want.timestamp), (
                f"timestamp at {partition}/{offset}"
            )


# --------------------------------------------------------------------------- produce and consume


@pytest.fixture(scope="module", params=CODECS)
def produced(
    request: pytest.FixtureRequest, broker: Broker, admin: AdminClient
) -> Iterator[tuple[str, list[Record]]]:
    """A two-partition topic holding the 10,000-record set, produced with one codec."""
    codec = request.param
    topic = unique_topic(f"ck-{codec}")
    create_topic(admin, topic, partitions=ROUND_TRIP_PARTITIONS)
    records = expected_records(f"ck-{codec}")
    producer = Producer(
        {
            "bootstrap.servers": broker.bootstrap,
            "compression.type": codec,
            "linger.ms": 20,
            "batch.size": 256 * 1024,
            "acks": "all",
        }
    )
    failures: list[KafkaError] = []

    def on_delivery(error: KafkaError | None, _message: Message) -> None:
        if error is not None:
            failures.append(error)

    for record in records:
        producer.produce(
            topic,
            key=record.key,
            value=record.value,
            partition=record.partition,
            headers=list(record.headers),
            timestamp=record.timestamp,
            on_delivery=on_delivery,
        )
        producer.poll(0)
    assert producer.flush(60) == 0
    assert failures == []
    yield topic, records


def test_round_trip_byte_identical(broker: Broker, produced: tuple[str, list[Record]]) -> None:
    topic, records = produced
    start = [TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(ROUND_TRIP_PARTITIONS)]
    messages = consume(broker.bootstrap, start, RECORD_COUNT)
    assert len(messages) == RECORD_COUNT
    assert_same_records(messages, topic, records)


def test_list_offsets_by_timestamp(
    broker: Broker, admin: AdminClient, produced: tuple[str, list[Record]]
) -> None:
    topic, records = produced
    consumer = new_consumer(broker.bootstrap)
    try:
        for partition, log in by_partition(records).items():
            for target in timestamp_targets(log):
                want = offset_for_timestamp(log, target)
                # Consumer.offsets_for_times: ListOffsets with the target timestamp.
                [found] = consumer.offsets_for_times([TopicPartition(topic, partition, target)], TIMEOUT)
                assert found.error is None
                assert found.offset == (want[0] if want else OFFSET_END), (
                    f"partition {partition} target {target}"
                )
                # AdminClient.list_offsets also returns the record's timestamp.
                tp = TopicPartition(topic, partition)
                info = admin.list_offsets({tp: OffsetSpec.for_timestamp(target)})[tp].result(TIMEOUT)
                assert (info.offset, info.timestamp) == (want if want else (-1, -1)), f"target {target}"
    finally:
        consumer.close()


def test_list_offsets_earliest_latest_max_timestamp(
    admin: AdminClient, produced: tuple[str, list[Record]]
) -> None:
    topic, records = produced
    for partition, log in by_partition(records).items():
        tp = TopicPartition(topic, partition)
        earliest = admin.list_offsets({tp: OffsetSpec.earliest()})[tp].result(TIMEOUT)
        latest = admin.list_offsets({tp: OffsetSpec.latest()})[tp].result(TIMEOUT)
        largest = admin.list_offsets({tp: OffsetSpec.max_timestamp()})[tp].result(TIMEOUT)
        assert earliest.offset == 0
        assert latest.offset == len(log)
        assert (largest.offset, largest.timestamp) == offset_of_max_timestamp(log)


def test_idempotent_producer_no_duplicates_in_order(broker: Broker, admin: AdminClient) -> None:
    topic = unique_topic("ck-idem")
    create_topic(admin, topic)
    # Small batches and five requests in flight: many idempotent batches pipelined per connection.
    producer = Producer(
        {
            "bootstrap.servers": broker.bootstrap,
            "enable.idempotence": True,
            "linger.ms": 0,
            "batch.num.messages": 25,
            "max.in.flight.requests.per.connection": 5,
        }
    )
    values = [b"idempotent-%05d" % i for i in range(5000)]
    produce_and_check(producer, topic, values)
    messages = consume(broker.bootstrap, [TopicPartition(topic, 0, OFFSET_BEGINNING)], len(values))
    assert [m.value() for m in messages] == values
    assert [m.offset() for m in messages] == list(range(len(values)))


def test_acks_zero(broker: Broker, admin: AdminClient) -> None:
    topic = unique_topic("ck-acks0")
    create_topic(admin, topic)
    producer = Producer(
        {"bootstrap.servers": broker.bootstrap, "acks": 0, "enable.idempotence": False, "linger.ms": 5}
    )
    values = [b"fire-and-forget-%d" % i for i in range(2000)]
    produce_and_check(producer, topic, values)
    messages = consume(broker.bootstrap, [TopicPartition(topic, 0, OFFSET_BEGINNING)], len(values))
    assert [m.value() for m in messages] == values


def test_auto_create_topic_on_produce(broker: Broker, admin: AdminClient) -> None:
    topic = unique_topic("ck-auto")
    producer = Producer({"bootstrap.servers": broker.bootstrap})
    delivered: list[Message] = []
    producer.produce(topic, key=b"k", value=b"auto-created", on_delivery=lambda e, m: delivered.append(m))
    assert producer.flush(30) == 0
    [report] = delivered
    partition, offset = report.partition(), report.offset()
    assert report.error() is None and partition is not None and offset is not None
    assert topic_partitions(admin, topic) == list(range(AUTO_CREATE_PARTITIONS))
    where = TopicPartition(topic, partition, offset)
    [message] = consume(broker.bootstrap, [where], 1)
    assert (message.key(), message.value()) == (b"k", b"auto-created")


def test_unknown_topic_without_auto_create(broker: Broker, admin: AdminClient) -> None:
    topic = unique_topic("ck-unknown")
    consumer = new_consumer(broker.bootstrap, **{"allow.auto.create.topics": False})
    try:
        # A Metadata request for one topic with allow_auto_topic_creation=false.
        metadata = consumer.list_topics(topic, timeout=TIMEOUT)
        assert metadata.topics[topic].error is not None
        assert metadata.topics[topic].error.code() == KafkaError.UNKNOWN_TOPIC_OR_PART
    finally:
        consumer.close()
    # DescribeTopics does not create it either, and nothing appears later.
    with pytest.raises(KafkaException) as raised:
        admin.describe_topics(TopicCollection([topic]))[topic].result(TIMEOUT)
    assert raised.value.args[0].code() == KafkaError.UNKNOWN_TOPIC_OR_PART
    time.sleep(1.0)
    assert topic not in admin.list_topics(timeout=TIMEOUT).topics


def test_delete_records_moves_log_start(broker: Broker, admin: AdminClient) -> None:
    topic = unique_topic("ck-delrec")
    create_topic(admin, topic, partitions=2)
    producer = Producer({"bootstrap.servers": broker.bootstrap, "linger.ms": 5})
    for partition in (0, 1):
        produce_and_check(producer, topic, [b"r%d" % i for i in range(50)], partition=partition)
    # Partition 0 up to offset 20; partition 1 up to the high watermark (OFFSET_END).
    results = admin.delete_records(
        [TopicPartition(topic, 0, 20), TopicPartition(topic, 1, OFFSET_END)], request_timeout=TIMEOUT
    )
    lows = {tp.partition: future.result(TIMEOUT).low_watermark for tp, future in results.items()}
    assert lows == {0: 20, 1: 50}
    consumer = new_consumer(broker.bootstrap)
    try:
        assert consumer.get_watermark_offsets(TopicPartition(topic, 0), timeout=TIMEOUT) == (20, 50)
        assert consumer.get_watermark_offsets(TopicPartition(topic, 1), timeout=TIMEOUT) == (50, 50)
    finally:
        consumer.close()
    tp0 = TopicPartition(topic, 0)
    assert admin.list_offsets({tp0: OffsetSpec.earliest()})[tp0].result(TIMEOUT).offset == 20
    messages = consume(broker.bootstrap, [TopicPartition(topic, 0, OFFSET_BEGINNING)], 30)
    assert [m.offset() for m in messages] == list(range(20, 50))
    assert messages[0].value() == b"r20"
    # Beyond the high watermark: OFFSET_OUT_OF_RANGE, and the log start stays.
    [future] = admin.delete_records([TopicPartition(topic, 0, 51)], request_timeout=TIMEOUT).values()
    with pytest.raises(KafkaException) as raised:
        future.result(TIMEOUT)
    assert raised.value.args[0].code() == KafkaError.OFFSET_OUT_OF_RANGE
    assert admin.list_offsets({tp0: OffsetSpec.earliest()})[tp0].result(TIMEOUT).offset == 20


def test_message_too_large(broker: Broker, admin: AdminClient) -> None:
    topic = unique_topic("ck-big")
    create_topic(admin, topic, config={"max.message.bytes": "1000"})
    # The client's own limits are raised so that the broker is the one to refuse.
    producer = Producer(
        {
            "bootstrap.servers": broker.bootstrap,
            "compression.type": "none",
            "message.max.bytes": 4_000_000,
            "linger.ms": 0,
            "retries": 0,
        }
    )
    outcomes: list[KafkaError | None] = []
    producer.produce(topic, value=b"x" * 5000, partition=0, on_delivery=lambda e, m: outcomes.append(e))
    producer.flush(TIMEOUT)
    producer.produce(topic, value=b"y" * 500, partition=0, on_delivery=lambda e, m: outcomes.append(e))
    producer.flush(TIMEOUT)
    # Broker-wide message.max.bytes (1048588) applies to topics without an override.
    default_topic = unique_topic("ck-big-default")
    create_topic(admin, default_topic)
    producer.produce(
        default_topic, value=b"z" * 2_000_000, partition=0, on_delivery=lambda e, m: outcomes.append(e)
    )
    producer.flush(TIMEOUT)
    assert len(outcomes) == 3
    assert outcomes[0] is not None and outcomes[0].code() == KafkaError.MSG_SIZE_TOO_LARGE
    assert outcomes[1] is None
    assert outcomes[2] is not None and outcomes[2].code() == KafkaError.MSG_SIZE_TOO_LARGE
    [stored] = consume(broker.bootstrap, [TopicPartition(topic, 0, OFFSET_BEGINNING)], 1)
    assert stored.value() == b"y" * 500


# --------------------------------------------------------------------------- admin


def test_create_topic_with_configs(admin: AdminClient) -> None:
    topic = unique_topic("ck-create")
    create_topic(admin, topic, partitions=3, config={"retention.ms": "3600000", "cleanup.policy": "compact"})
    configs = config_of(admin, ConfigResource(ConfigResource.Type.TOPIC, topic))
    for name, value in {"retention.ms": "3600000", "cleanup.policy": "compact"}.items():
        assert configs[name].value == value
        assert configs[name].source == SOURCE_DYNAMIC_TOPIC_CONFIG
        assert not configs[name].is_default


def test_create_topic_validate_only(admin: AdminClient) -> None:
    topic = unique_topic("ck-dry")
    futures = admin.create_topics(
        [NewTopic(topic, 2, 1, config={"retention.ms": "1000"})],
        validate_only=True,
        operation_timeout=TIMEOUT,
    )
    assert futures[topic].result(TIMEOUT) is None
    # validate_only still validates.
    assert (
        create_error(admin, NewTopic(topic, 1, 3), validate_only=True).code()
        == KafkaError.INVALID_REPLICATION_FACTOR
    )
    assert (
        create_error(admin, NewTopic(topic, 1, 1, config={"retention.ms": "soon"}), validate_only=True).code()
        == KafkaError.INVALID_CONFIG
    )
    time.sleep(1.0)
    assert topic not in admin.list_topics(timeout=TIMEOUT).topics
    # ... and the name is still free.
    create_topic(admin, topic)


def test_list_and_describe_topics(broker: Broker, admin: AdminClient) -> None:
    names = [unique_topic("ck-list-a"), unique_topic("ck-list-b")]
    create_topic(admin, names[0], partitions=1)
    create_topic(admin, names[1], partitions=3)
    metadata = admin.list_topics(timeout=TIMEOUT)
    assert set(names) <= set(metadata.topics)
    assert len(metadata.brokers) == 1
    [node] = metadata.brokers.values()
    assert f"{node.host}:{node.port}" == broker.bootstrap
    assert metadata.cluster_id
    for name, count in zip(names, (1, 3), strict=True):
        partitions = metadata.topics[name].partitions
        assert sorted(partitions) == list(range(count))
        assert all(
            p.leader == node.id and p.replicas == [node.id] and p.isrs == [node.id]
            for p in partitions.values()
        )
    described = admin.describe_topics(TopicCollection(names))
    for name, count in zip(names, (1, 3), strict=True):
        description = described[name].result(TIMEOUT)
        assert description.name == name
        assert not description.is_internal
        assert description.topic_id is not None and str(description.topic_id) != "AAAAAAAAAAAAAAAAAAAAAA"
        assert [p.id for p in description.partitions] == list(range(count))


def test_describe_configs_every_default(admin: AdminClient) -> None:
    topic = unique_topic("ck-defaults")
    create_topic(admin, topic, config={"retention.ms": "3600000"})
    configs = config_of(admin, ConfigResource(ConfigResource.Type.TOPIC, topic))
    missing = set(KAFKA_TOPIC_CONFIG_DEFAULTS) - set(configs)
    assert not missing, f"DescribeConfigs lacks {sorted(missing)}"
    for name, default in KAFKA_TOPIC_CONFIG_DEFAULTS.items():
        entry = configs[name]
        assert not entry.is_sensitive, name
        if name == "retention.ms":
            assert (entry.value, entry.source) == ("3600000", SOURCE_DYNAMIC_TOPIC_CONFIG)
            continue
        assert entry.value == default, name
        allowed = {SOURCE_DEFAULT_CONFIG}
        if name in CLUSTER_LEVEL_CONFIGS:
            allowed.add(SOURCE_DYNAMIC_DEFAULT_BROKER_CONFIG)
        assert entry.source in allowed, f"{name} has source {entry.source}"


def test_describe_broker_configs(broker: Broker, admin: AdminClient) -> None:
    [node_id] = admin.list_topics(timeout=TIMEOUT).brokers
    configs = config_of(admin, ConfigResource(ConfigResource.Type.BROKER, str(node_id)))
    assert configs["num.partitions"].value == str(AUTO_CREATE_PARTITIONS)
    assert configs["auto.create.topics.enable"].value == "true"
    assert configs["message.max.bytes"].value == "1048588"
    assert configs["log.retention.hours"].value == "168"


def test_incremental_alter_configs(admin: AdminClient) -> None:
    topic = unique_topic("ck-alter")
    create_topic(admin, topic, config={"retention.ms": "3600000"})
    resource = ConfigResource(ConfigResource.Type.TOPIC, topic)

    def alter(*entries: ConfigEntry) -> None:
        change = ConfigResource(ConfigResource.Type.TOPIC, topic, incremental_configs=list(entries))
        admin.incremental_alter_configs([change], request_timeout=TIMEOUT)[change].result(TIMEOUT)

    def value_becomes(name: str, value: str) -> None:
        eventually(lambda: config_of(admin, resource)[name].value == value)

    alter(
        ConfigEntry("max.message.bytes", "2000", incremental_operation=AlterConfigOpType.SET),
        ConfigEntry("retention.ms", None, incremental_operation=AlterConfigOpType.DELETE),
    )
    value_becomes("max.message.bytes", "2000")
    value_becomes("retention.ms", KAFKA_TOPIC_CONFIG_DEFAULTS["retention.ms"])
    configs = config_of(admin, resource)
    assert configs["max.message.bytes"].source == SOURCE_DYNAMIC_TOPIC_CONFIG
    assert configs["retention.ms"].source == SOURCE_DEFAULT_CONFIG
    # APPEND and SUBTRACT act on list configs.
    alter(ConfigEntry("cleanup.policy", "compact", incremental_operation=AlterConfigOpType.APPEND))
    value_becomes("cleanup.policy", "delete,compact")
    alter(ConfigEntry("cleanup.policy", "delete", incremental_operation=AlterConfigOpType.SUBTRACT))
    value_becomes("cleanup.policy", "compact")
    # An invalid value is refused and changes nothing.
    bad = ConfigResource(
        ConfigResource.Type.TOPIC,
        topic,
        incremental_configs=[
            ConfigEntry("retention.ms", "soon", incremental_operation=AlterConfigOpType.SET)
        ],
    )
    with pytest.raises(KafkaException) as raised:
        admin.incremental_alter_configs([bad], request_timeout=TIMEOUT)[bad].result(TIMEOUT)
    assert raised.value.args[0].code() == KafkaError.INVALID_CONFIG
    assert config_of(admin, resource)["retention.ms"].value == KAFKA_TOPIC_CONFIG_DEFAULTS["retention.ms"]


def test_create_partitions(broker: Broker, admin: AdminClient) -> None:
    topic = unique_topic("ck-grow")
    create_topic(admin, topic, partitions=2)
    admin.create_partitions([NewPartitions(topic, 5)], operation_timeout=TIMEOUT)[topic].result(TIMEOUT)
    eventually(lambda: topic_partitions(admin, topic) == list(range(5)))
    producer = Producer({"bootstrap.servers": broker.bootstrap})
    produce_and_check(producer, topic, [b"in the new partition"], partition=4)
    for count in (5, 3):  # neither the same count nor fewer
        [future] = admin.create_partitions([NewPartitions(topic, count)], operation_timeout=TIMEOUT).values()
        with pytest.raises(KafkaException) as raised:
            future.result(TIMEOUT)
        assert raised.value.args[0].code() == KafkaError.INVALID_PARTITIONS, count


def test_delete_topics(admin: AdminClient) -> None:
    topic = unique_topic("ck-delete")
    create_topic(admin, topic, partitions=2)
    admin.delete_topics([topic], operation_timeout=TIMEOUT)[topic].result(TIMEOUT)
    eventually(lambda: topic not in admin.list_topics(timeout=TIMEOUT).topics)
    [future] = admin.delete_topics([unique_topic("ck-never")], operation_timeout=TIMEOUT).values()
    with pytest.raises(KafkaException) as raised:
        future.result(TIMEOUT)
    assert raised.value.args[0].code() == KafkaError.UNKNOWN_TOPIC_OR_PART


def test_create_existing_topic_fails(admin: AdminClient) -> None:
    topic = unique_topic("ck-exists")
    create_topic(admin, topic)
    assert create_error(admin, NewTopic(topic, 1, 1)).code() == KafkaError.TOPIC_ALREADY_EXISTS


def test_replication_factor_3_fails(admin: AdminClient) -> None:
    topic = unique_topic("ck-rf3")
    assert create_error(admin, NewTopic(topic, 1, 3)).code() == KafkaError.INVALID_REPLICATION_FACTOR
    assert topic not in admin.list_topics(timeout=TIMEOUT).topics


@pytest.mark.parametrize("name", INVALID_TOPIC_NAMES.values(), ids=INVALID_TOPIC_NAMES.keys())
def test_invalid_topic_name_fails(admin: AdminClient, name: str) -> None:
    assert create_error(admin, NewTopic(name, 1, 1)).code() == KafkaError.TOPIC_EXCEPTION


def test_create_topic_invalid_config_fails(admin: AdminClient) -> None:
    for config in ({"no.such.config": "1"}, {"retention.ms": "soon"}, {"cleanup.policy": "shred"}):
        topic = unique_topic("ck-badcfg")
        assert (
            create_error(admin, NewTopic(topic, 1, 1, config=config)).code() == KafkaError.INVALID_CONFIG
        ), config


def test_describe_cluster(broker: Broker, admin: AdminClient) -> None:
    cluster = admin.describe_cluster(request_timeout=TIMEOUT).result(TIMEOUT)
    assert cluster.cluster_id
    assert len(cluster.nodes) == 1
    node = cluster.nodes[0]
    assert f"{node.host}:{node.port}" == broker.bootstrap
    assert cluster.controller is not None
