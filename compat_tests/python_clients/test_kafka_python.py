"""kafka-python 3.0.12 against the broker under test.

Proves, with kafka-python's protocol versions (Produce <= 9, Fetch <= 12, newest admin APIs):
10,000 records with keys, null values, headers and explicit timestamps round-trip byte-identical
in every codec; ListOffsets by timestamp, earliest, latest and max-timestamp give Kafka's answers;
the idempotent producer (kafka-python's default) writes no duplicates, in order; acks=0 works;
Metadata auto-creates topics with num.partitions and honours allow_auto_topic_creation=false;
DeleteRecords moves the log start; KafkaAdminClient creates (validate_only, configs), lists,
describes and incrementally alters configs, adds partitions and deletes topics; and the broker's
error codes reach the client as Kafka's do. Consumers use assign() and never join a group.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import kafka.errors as errors
import pytest
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import AlterConfigOp, ConfigResource, ConfigResourceType, KafkaAdminClient
from kafka.consumer.fetcher import ConsumerRecord
from kafka.protocol.consumer import OffsetSpec

from compat_tests.conftest import Broker
from compat_tests.python_clients.common import (
    AUTO_CREATE_PARTITIONS,
    CLUSTER_LEVEL_CONFIGS,
    CODECS,
    INVALID_TOPIC_NAMES,
    KAFKA_TOPIC_CONFIG_DEFAULTS,
    RECORD_COUNT,
    ROUND_TRIP_PARTITIONS,
    UNKNOWN_TOPIC_OR_PARTITION,
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

TIMEOUT_S = 15
TIMEOUT_MS = TIMEOUT_S * 1000
CREATE_TIME = 0  # ConsumerRecord.timestamp_type


# --------------------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def admin(broker: Broker) -> Iterator[KafkaAdminClient]:
    client = KafkaAdminClient(bootstrap_servers=broker.bootstrap, request_timeout_ms=TIMEOUT_MS)
    yield client
    client.close()


def create_topic(
    admin: KafkaAdminClient, name: str, partitions: int = 1, configs: dict[str, str] | None = None
) -> None:
    admin.create_topics(
        {name: {"num_partitions": partitions, "replication_factor": 1, "configs": configs or {}}},
        timeout_ms=TIMEOUT_MS,
    )
    eventually(lambda: partition_ids(admin, name) == list(range(partitions)))


def partition_ids(admin: KafkaAdminClient, name: str) -> list[int]:
    [topic] = admin.describe_topics([name])
    if topic["error_code"] != 0:
        return []
    return sorted(p["partition_index"] for p in topic["partitions"])


def topic_configs(admin: KafkaAdminClient, name: str) -> dict[str, dict[str, object]]:
    described = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, name)], config_filter="all")
    return described["topic"][name]


def new_consumer(bootstrap: str, **overrides: object) -> KafkaConsumer:
    config: dict[str, object] = {
        "bootstrap_servers": bootstrap,
        "group_id": None,
        "enable_auto_commit": False,
        "fetch_max_wait_ms": 50,
        "request_timeout_ms": TIMEOUT_MS,
    }
    config.update(overrides)
    return KafkaConsumer(**config)


def consume(
    bootstrap: str, starts: dict[TopicPartition, int | None], count: int, deadline_s: float = 60
) -> list[ConsumerRecord]:
    """Read ``count`` records by assign() + seek (None: seek to the beginning)."""
    consumer = new_consumer(bootstrap)
    try:
        consumer.assign(list(starts))
        for tp, offset in starts.items():
            if offset is None:
                consumer.seek_to_beginning(tp)
            else:
                consumer.seek(tp, offset)
        messages: list[ConsumerRecord] = []
        deadline = time.monotonic() + deadline_s
        while len(messages) < count and time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=500).values():
                messages.extend(batch)
        return messages
    finally:
        consumer.close()


def produce_values(producer: KafkaProducer, topic: str, values: list[bytes], partition: int = 0) -> None:
    futures = [producer.send(topic, value=value, partition=partition) for value in values]
    producer.flush(TIMEOUT_S)
    for future in futures:
        future.get(TIMEOUT_S)


def assert_same_records(messages: list[ConsumerRecord], topic: str, records: list[Record]) -> None:
    received: dict[int, list[ConsumerRecord]] = {}
    for message in messages:
        assert message.topic == topic
        received.setdefault(message.partition, []).append(message)
    expected = by_partition(records)
    assert sorted(received) == sorted(expected)
    for partition, log in expected.items():
        got = received[partition]
        assert len(got) == len(log), f"partition {partition}"
        for offset, (message, want) in enumerate(zip(got, log, strict=True)):
            where = f"{partition}/{offset}"
            assert message.offset == offset
            assert message.key == want.key, f"key at {where}"
            assert message.value == want.value, f"value at {where}"
            assert tuple(message.headers) == want.headers, f"headers at {where}"
            assert (message.timestamp_type, message.timestamp) == (CREATE_TIME, want.timestamp), (
                f"timestamp at {where}"
            )


# --------------------------------------------------------------------------- produce and consume


@pytest.fixture(scope="module", params=CODECS)
def produced(
    request: pytest.FixtureRequest, broker: Broker, admin: KafkaAdminClient
) -> Iterator[tuple[str, list[Record]]]:
    """A two-partition topic holding the 10,000-record set, produced with one codec."""
    codec = request.param
    topic = unique_topic(f"kp-{codec}")
    create_topic(admin, topic, partitions=ROUND_TRIP_PARTITIONS)
    records = expected_records(f"kp-{codec}", null_header_values=False)  # send() refuses them
    producer = KafkaProducer(
        bootstrap_servers=broker.bootstrap,
        compression_type=None if codec == "none" else codec,
        linger_ms=20,
        batch_size=256 * 1024,
    )
    try:
        futures = [
            producer.send(
                topic,
                key=r.key,
                value=r.value,
                headers=list(r.headers),
                partition=r.partition,
                timestamp_ms=r.timestamp,
            )
            for r in records
        ]
        producer.flush(60)
        for future in futures:
            future.get(TIMEOUT_S)
    finally:
        producer.close()
    yield topic, records


def test_round_trip_byte_identical(broker: Broker, produced: tuple[str, list[Record]]) -> None:
    topic, records = produced
    starts: dict[TopicPartition, int | None] = {
        TopicPartition(topic, p): None for p in range(ROUND_TRIP_PARTITIONS)
    }
    messages = consume(broker.bootstrap, starts, RECORD_COUNT)
    assert len(messages) == RECORD_COUNT
    assert_same_records(messages, topic, records)


def test_list_offsets_by_timestamp(
    broker: Broker, admin: KafkaAdminClient, produced: tuple[str, list[Record]]
) -> None:
    topic, records = produced
    consumer = new_consumer(broker.bootstrap)
    try:
        for partition, log in by_partition(records).items():
            tp = TopicPartition(topic, partition)
            for target in timestamp_targets(log):
                want = offset_for_timestamp(log, target)
                found = consumer.offsets_for_times({tp: target}, timeout_ms=TIMEOUT_MS)[tp]
                got = None if found is None else (found.offset, found.timestamp)
                assert got == want, f"partition {partition} target {target}"
    finally:
        consumer.close()


def test_list_offsets_earliest_latest_max_timestamp(
    broker: Broker, admin: KafkaAdminClient, produced: tuple[str, list[Record]]
) -> None:
    topic, records = produced
    logs = by_partition(records)
    tps = [TopicPartition(topic, p) for p in logs]
    consumer = new_consumer(broker.bootstrap)
    try:
        assert consumer.beginning_offsets(tps) == {tp: 0 for tp in tps}
        assert consumer.end_offsets(tps) == {tp: len(logs[tp.partition]) for tp in tps}
    finally:
        consumer.close()
    largest = admin.list_partition_offsets({tp: OffsetSpec.MAX_TIMESTAMP for tp in tps})
    for tp in tps:
        assert (largest[tp].offset, largest[tp].timestamp) == offset_of_max_timestamp(logs[tp.partition])


def test_idempotent_producer_no_duplicates_in_order(broker: Broker, admin: KafkaAdminClient) -> None:
    topic = unique_topic("kp-idem")
    create_topic(admin, topic)
    # Small batches and five requests in flight: many idempotent batches pipelined.
    producer = KafkaProducer(
        bootstrap_servers=broker.bootstrap,
        enable_idempotence=True,
        acks="all",
        linger_ms=0,
        batch_size=512,
        max_in_flight_requests_per_connection=5,
    )
    values = [b"idempotent-%05d" % i for i in range(5000)]
    try:
        produce_values(producer, topic, values)
    finally:
        producer.close()
    messages = consume(broker.bootstrap, {TopicPartition(topic, 0): None}, len(values))
    assert [m.value for m in messages] == values
    assert [m.offset for m in messages] == list(range(len(values)))


def test_acks_zero(broker: Broker, admin: KafkaAdminClient) -> None:
    topic = unique_topic("kp-acks0")
    create_topic(admin, topic)
    producer = KafkaProducer(
        bootstrap_servers=broker.bootstrap, acks=0, enable_idempotence=False, linger_ms=5
    )
    values = [b"fire-and-forget-%d" % i for i in range(2000)]
    try:
        produce_values(producer, topic, values)
    finally:
        producer.close()
    messages = consume(broker.bootstrap, {TopicPartition(topic, 0): None}, len(values))
    assert [m.value for m in messages] == values


def test_auto_create_topic_on_produce(broker: Broker, admin: KafkaAdminClient) -> None:
    topic = unique_topic("kp-auto")
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap)
    try:
        metadata = producer.send(topic, key=b"k", value=b"auto-created").get(30)
        assert producer.partitions_for(topic) == set(range(AUTO_CREATE_PARTITIONS))
    finally:
        producer.close()
    assert partition_ids(admin, topic) == list(range(AUTO_CREATE_PARTITIONS))
    [message] = consume(broker.bootstrap, {TopicPartition(topic, metadata.partition): metadata.offset}, 1)
    assert (message.key, message.value) == (b"k", b"auto-created")


def test_unknown_topic_without_auto_create(admin: KafkaAdminClient) -> None:
    topic = unique_topic("kp-unknown")
    # KafkaAdminClient.describe_topics sends Metadata with allow_auto_topic_creation=false. (The
    # producer's allow_auto_create_topics=False is not applied by kafka-python 3.0.12: see FINDINGS.md.)
    [described] = admin.describe_topics([topic])
    assert described["error_code"] == UNKNOWN_TOPIC_OR_PARTITION
    assert described["partitions"] == []
    time.sleep(1.0)
    [described] = admin.describe_topics([topic])
    assert described["error_code"] == UNKNOWN_TOPIC_OR_PARTITION
    assert topic not in admin.list_topics()


def test_delete_records_moves_log_start(broker: Broker, admin: KafkaAdminClient) -> None:
    topic = unique_topic("kp-delrec")
    create_topic(admin, topic, partitions=2)
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap, linger_ms=5)
    try:
        for partition in (0, 1):
            produce_values(producer, topic, [b"r%d" % i for i in range(50)], partition=partition)
    finally:
        producer.close()
    tp0, tp1 = TopicPartition(topic, 0), TopicPartition(topic, 1)
    result = admin.delete_records({tp0: 20, tp1: -1})  # -1: up to the high watermark
    assert {tp: r["low_watermark"] for tp, r in result.items()} == {tp0: 20, tp1: 50}
    consumer = new_consumer(broker.bootstrap)
    try:
        assert consumer.beginning_offsets([tp0, tp1]) == {tp0: 20, tp1: 50}
        assert consumer.end_offsets([tp0, tp1]) == {tp0: 50, tp1: 50}
    finally:
        consumer.close()
    messages = consume(broker.bootstrap, {tp0: None}, 30)
    assert [m.offset for m in messages] == list(range(20, 50))
    assert messages[0].value == b"r20"
    with pytest.raises(errors.OffsetOutOfRangeError):
        admin.delete_records({tp0: 51})
    assert admin.list_partition_offsets({tp0: OffsetSpec.EARLIEST})[tp0].offset == 20


def test_message_too_large(broker: Broker, admin: KafkaAdminClient) -> None:
    topic = unique_topic("kp-big")
    create_topic(admin, topic, configs={"max.message.bytes": "1000"})
    default_topic = unique_topic("kp-big-default")
    create_topic(admin, default_topic)
    # The client's own limit is raised so that the broker is the one to refuse.
    producer = KafkaProducer(
        bootstrap_servers=broker.bootstrap, max_request_size=4_000_000, retries=0, batch_size=4_000_000
    )
    try:
        with pytest.raises(errors.MessageSizeTooLargeError):
            producer.send(topic, value=b"x" * 5000, partition=0).get(TIMEOUT_S)
        assert producer.send(topic, value=b"y" * 500, partition=0).get(TIMEOUT_S).offset == 0
        # Broker-wide message.max.bytes (1048588) applies to topics without an override.
        with pytest.raises(errors.MessageSizeTooLargeError):
            producer.send(default_topic, value=b"z" * 2_000_000, partition=0).get(TIMEOUT_S)
    finally:
        producer.close()
    [stored] = consume(broker.bootstrap, {TopicPartition(topic, 0): None}, 1)
    assert stored.value == b"y" * 500


# --------------------------------------------------------------------------- admin


def test_create_topic_with_configs(admin: KafkaAdminClient) -> None:
    topic = unique_topic("kp-create")
    overrides = {"retention.ms": "3600000", "cleanup.policy": "compact"}
    create_topic(admin, topic, partitions=3, configs=overrides)
    configs = topic_configs(admin, topic)
    for name, value in overrides.items():
        assert configs[name]["value"] == value
        assert configs[name]["config_source"] == "DYNAMIC_TOPIC_CONFIG"


def test_create_topic_validate_only(admin: KafkaAdminClient) -> None:
    topic = unique_topic("kp-dry")
    result = admin.create_topics(
        {topic: {"num_partitions": 2, "replication_factor": 1, "configs": {"retention.ms": "1000"}}},
        validate_only=True,
    )
    assert [(t["name"], t["error_code"]) for t in result["topics"]] == [(topic, 0)]
    # validate_only still validates.
    with pytest.raises(errors.InvalidReplicationFactorError):
        admin.create_topics({topic: {"num_partitions": 1, "replication_factor": 3}}, validate_only=True)
    with pytest.raises(errors.InvalidConfigurationError):
        admin.create_topics(
            {topic: {"num_partitions": 1, "replication_factor": 1, "configs": {"retention.ms": "soon"}}},
            validate_only=True,
        )
    time.sleep(1.0)
    assert topic not in admin.list_topics()
    create_topic(admin, topic)  # the name is still free


def test_list_and_describe_topics(broker: Broker, admin: KafkaAdminClient) -> None:
    names = [unique_topic("kp-list-a"), unique_topic("kp-list-b")]
    create_topic(admin, names[0], partitions=1)
    create_topic(admin, names[1], partitions=3)
    assert set(names) <= set(admin.list_topics())
    cluster = admin.describe_cluster()
    [node] = cluster["brokers"]
    assert f"{node['host']}:{node['port']}" == broker.bootstrap
    assert cluster["cluster_id"]
    described = {t["name"]: t for t in admin.describe_topics(names)}
    for name, count in zip(names, (1, 3), strict=True):
        topic = described[name]
        assert topic["error_code"] == 0 and not topic["is_internal"]
        partitions = sorted(topic["partitions"], key=lambda p: p["partition_index"])
        assert [p["partition_index"] for p in partitions] == list(range(count))
        assert all(
            p["error_code"] == 0
            and p["leader_id"] == node["broker_id"]
            and p["replica_nodes"] == [node["broker_id"]]
            and p["isr_nodes"] == [node["broker_id"]]
            for p in partitions
        )


def test_describe_configs_every_default(admin: KafkaAdminClient) -> None:
    topic = unique_topic("kp-defaults")
    create_topic(admin, topic, configs={"retention.ms": "3600000"})
    configs = topic_configs(admin, topic)
    missing = set(KAFKA_TOPIC_CONFIG_DEFAULTS) - set(configs)
    assert not missing, f"DescribeConfigs lacks {sorted(missing)}"
    for name, default in KAFKA_TOPIC_CONFIG_DEFAULTS.items():
        entry = configs[name]
        assert not entry["is_sensitive"], name
        if name == "retention.ms":
            assert (entry["value"], entry["config_source"]) == ("3600000", "DYNAMIC_TOPIC_CONFIG")
            continue
        assert entry["value"] == default, name
        allowed = {"DEFAULT_CONFIG"}
        if name in CLUSTER_LEVEL_CONFIGS:
            allowed.add("DYNAMIC_DEFAULT_BROKER_CONFIG")
        assert entry["config_source"] in allowed, f"{name} has source {entry['config_source']}"
    # Naming configs returns just those.
    named = admin.describe_configs(
        [ConfigResource(ConfigResourceType.TOPIC, topic, configs=["segment.bytes", "retention.ms"])],
        config_filter="all",
    )["topic"][topic]
    assert {name: entry["value"] for name, entry in named.items()} == {
        "segment.bytes": "1073741824",
        "retention.ms": "3600000",
    }


def test_incremental_alter_configs(admin: KafkaAdminClient) -> None:
    topic = unique_topic("kp-alter")
    create_topic(admin, topic, configs={"retention.ms": "3600000"})

    def alter(configs: dict[str, tuple[AlterConfigOp, str | None]]) -> object:
        result = admin.alter_configs(
            [ConfigResource(ConfigResourceType.TOPIC, topic, configs=configs)], incremental=True
        )
        return result["topic"][topic]

    def value_becomes(name: str, value: str) -> None:
        eventually(lambda: topic_configs(admin, topic)[name]["value"] == value)

    assert (
        alter(
            {"max.message.bytes": (AlterConfigOp.SET, "2000"), "retention.ms": (AlterConfigOp.DELETE, None)}
        )
        == "OK"
    )
    value_becomes("max.message.bytes", "2000")
    value_becomes("retention.ms", KAFKA_TOPIC_CONFIG_DEFAULTS["retention.ms"])
    configs = topic_configs(admin, topic)
    assert configs["max.message.bytes"]["config_source"] == "DYNAMIC_TOPIC_CONFIG"
    assert configs["retention.ms"]["config_source"] == "DEFAULT_CONFIG"
    assert alter({"cleanup.policy": (AlterConfigOp.APPEND, "compact")}) == "OK"
    value_becomes("cleanup.policy", "delete,compact")
    assert alter({"cleanup.policy": (AlterConfigOp.SUBTRACT, "delete")}) == "OK"
    value_becomes("cleanup.policy", "compact")
    refused = alter({"retention.ms": (AlterConfigOp.SET, "soon")})
    assert str(refused).startswith("[Error 40] InvalidConfigurationError"), refused
    assert topic_configs(admin, topic)["retention.ms"]["value"] == KAFKA_TOPIC_CONFIG_DEFAULTS["retention.ms"]


def test_create_partitions(broker: Broker, admin: KafkaAdminClient) -> None:
    topic = unique_topic("kp-grow")
    create_topic(admin, topic, partitions=2)
    admin.create_partitions({topic: 5})
    eventually(lambda: partition_ids(admin, topic) == list(range(5)))
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap)
    try:
        produce_values(producer, topic, [b"in the new partition"], partition=4)
    finally:
        producer.close()
    for count in (5, 3):  # neither the same count nor fewer
        with pytest.raises(errors.InvalidPartitionsError):
            admin.create_partitions({topic: count})


def test_delete_topics(admin: KafkaAdminClient) -> None:
    topic = unique_topic("kp-delete")
    create_topic(admin, topic, partitions=2)
    admin.delete_topics([topic])
    eventually(lambda: topic not in admin.list_topics())
    with pytest.raises(errors.UnknownTopicOrPartitionError):
        admin.delete_topics([unique_topic("kp-never")])


def test_create_existing_topic_fails(admin: KafkaAdminClient) -> None:
    topic = unique_topic("kp-exists")
    create_topic(admin, topic)
    with pytest.raises(errors.TopicAlreadyExistsError):
        admin.create_topics({topic: {"num_partitions": 1, "replication_factor": 1}})


def test_replication_factor_3_fails(admin: KafkaAdminClient) -> None:
    topic = unique_topic("kp-rf3")
    with pytest.raises(errors.InvalidReplicationFactorError):
        admin.create_topics({topic: {"num_partitions": 1, "replication_factor": 3}})
    assert topic not in admin.list_topics()


@pytest.mark.parametrize("name", INVALID_TOPIC_NAMES.values(), ids=INVALID_TOPIC_NAMES.keys())
def test_invalid_topic_name_fails(admin: KafkaAdminClient, name: str) -> None:
    with pytest.raises(errors.InvalidTopicError):
        admin.create_topics({name: {"num_partitions": 1, "replication_factor": 1}})


def test_create_topic_invalid_config_fails(admin: KafkaAdminClient) -> None:
    for config in ({"no.such.config": "1"}, {"retention.ms": "soon"}, {"cleanup.policy": "shred"}):
        with pytest.raises(errors.InvalidConfigurationError):
            admin.create_topics(
                {unique_topic("kp-badcfg"): {"num_partitions": 1, "replication_factor": 1, "configs": config}}
            )
