"""kafka-python 3.x: every codec round-trips byte-identical, idempotent producing,
ListOffsets by timestamp, DeleteRecords, admin calls and Kafka's error codes."""

from __future__ import annotations

import uuid

import pytest
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import ConfigResource, ConfigResourceType, KafkaAdminClient, NewPartitions, NewTopic
from kafka.errors import InvalidReplicationFactorError, TopicAlreadyExistsError

from compat_tests.python_clients.records import CODECS, COUNT, expected_records, first_offset_at_or_after


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="module")
def admin(broker: object) -> KafkaAdminClient:
    client = KafkaAdminClient(bootstrap_servers=broker.bootstrap)  # type: ignore[attr-defined]
    yield client
    client.close()


def read_back(bootstrap: str, topic: str, count: int) -> list[object]:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, consumer_timeout_ms=5000,
                             fetch_max_wait_ms=100)
    consumer.assign([TopicPartition(topic, 0)])
    consumer.seek_to_beginning()
    got = []
    for message in consumer:
        got.append(message)
        if len(got) == count:
            break
    consumer.close()
    return got


@pytest.mark.parametrize("codec", CODECS)
def test_round_trip_every_codec(broker: object, admin: KafkaAdminClient, codec: str) -> None:
    bootstrap = broker.bootstrap  # type: ignore[attr-defined]
    topic = unique(f"kp-{codec}")
    admin.create_topics([NewTopic(topic, 1, 1)])
    records = expected_records(f"kp-{codec}")
    producer = KafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=True, linger_ms=5,
                             compression_type=None if codec == "none" else codec, batch_size=65536)
    for r in records:
        producer.send(topic, key=r.key, value=r.value, headers=list(r.headers), timestamp_ms=r.timestamp,
                      partition=0)
    producer.flush(30)
    producer.close()
    got = read_back(bootstrap, topic, COUNT)
    assert len(got) == COUNT
    for offset, (message, want) in enumerate(zip(got, records, strict=True)):
        assert (message.offset, message.key, message.value, message.timestamp) == (
            offset, want.key, want.value, want.timestamp)
        assert tuple(message.headers) == want.headers
    consumer = KafkaConsumer(bootstrap_servers=bootstrap)
    target = records[2500].timestamp + 1
    found = consumer.offsets_for_times({TopicPartition(topic, 0): target})[TopicPartition(topic, 0)]
    assert found.offset == first_offset_at_or_after(records, target)
    assert found.timestamp == records[found.offset].timestamp
    consumer.close()


def test_delete_records_and_partitions(broker: object, admin: KafkaAdminClient) -> None:
    topic = unique("kp-dr")
    admin.create_topics([NewTopic(topic, 1, 1)])
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap)  # type: ignore[attr-defined]
    for i in range(50):
        producer.send(topic, value=b"%d" % i, partition=0)
    producer.flush()
    producer.close()
    result = admin.delete_records({TopicPartition(topic, 0): 20})
    assert result[TopicPartition(topic, 0)]["low_watermark"] == 20
    consumer = KafkaConsumer(bootstrap_servers=broker.bootstrap)  # type: ignore[attr-defined]
    assert consumer.beginning_offsets([TopicPartition(topic, 0)])[TopicPartition(topic, 0)] == 20
    consumer.close()
    admin.create_partitions({topic: NewPartitions(3)})
    assert len(admin.describe_topics([topic])[0]["partitions"]) == 3


def test_admin_errors_and_configs(broker: object, admin: KafkaAdminClient) -> None:
    topic = unique("kp-admin")
    admin.create_topics([NewTopic(topic, 2, 1, topic_configs={"retention.ms": "1000"})])
    with pytest.raises(TopicAlreadyExistsError):
        admin.create_topics([NewTopic(topic, 2, 1)])
    with pytest.raises(InvalidReplicationFactorError):
        admin.create_topics([NewTopic(unique("rf"), 1, 3)])
    described = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, topic)], config_filter="all")
    entries = described["topic"][topic]
    assert entries["retention.ms"]["value"] == "1000"
    assert entries["retention.ms"]["config_source"] == "DYNAMIC_TOPIC_CONFIG"
    assert entries["segment.bytes"]["value"] == "1073741824"
    assert entries["segment.bytes"]["config_source"] == "DEFAULT_CONFIG"
    assert len(entries) >= 30
    admin.delete_topics([topic])
    assert topic not in admin.list_topics()
