"""The group admin APIs' answers and error codes, as Apache Kafka 4.2 gives them.

One group with one live member (confluent-kafka) and committed offsets, then, through
kafka-python's admin client (which exposes the raw error of each request):

- ListGroups lists it as a Stable classic group of protocol type ``consumer``;
- DeleteGroups on it fails with NON_EMPTY_GROUP (68); OffsetDelete of a partition of a topic it
  is subscribed to fails with GROUP_SUBSCRIBED_TO_TOPIC (86);
- for an unknown group: OffsetFetch returns no offsets and no error, DescribeGroups answers
  state ``Dead`` with GROUP_ID_NOT_FOUND (69), DeleteGroups and OffsetDelete fail with
  GROUP_ID_NOT_FOUND (69);
- a JoinGroup whose session timeout is below group.min.session.timeout.ms (6000 ms by default)
  fails with INVALID_SESSION_TIMEOUT (26);
- once the member has closed (LeaveGroup), the group is Empty: OffsetDelete removes one
  partition's offset and keeps the other, and DeleteGroups removes the group.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from confluent_kafka import Consumer, KafkaError, Producer, TopicPartition
from kafka import TopicPartition as KafkaTopicPartition
from kafka.admin import KafkaAdminClient

from compat_tests.conftest import Broker
from compat_tests.groups.common import create_topic, eventually, unique

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def admin(broker: Broker) -> Iterator[KafkaAdminClient]:
    client = KafkaAdminClient(bootstrap_servers=broker.bootstrap)
    try:
        yield client
    finally:
        client.close()


def committed_member(bootstrap: str, topic: str, group: str) -> Consumer:
    """A member of ``group`` that owns both partitions of ``topic`` and committed 3 and 4."""
    producer = Producer({"bootstrap.servers": bootstrap})
    for i in range(20):
        producer.produce(topic, value=b"%d" % i, partition=i % 2)
    assert producer.flush(30) == 0
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group, "enable.auto.commit": False,
                         "auto.offset.reset": "earliest", "session.timeout.ms": 6000})
    consumer.subscribe([topic])
    seen: set[int] = set()
    deadline = time.monotonic() + 60
    while seen != {0, 1} and time.monotonic() < deadline:
        for message in consumer.consume(num_messages=100, timeout=0.5):
            assert message.error() is None, message.error()
            seen.add(message.partition() or 0)
    assert seen == {0, 1}, f"the member got records from partitions {seen} only"
    results = consumer.commit(offsets=[TopicPartition(topic, 0, 3), TopicPartition(topic, 1, 4)],
                              asynchronous=False)
    assert results is not None and all(tp.error is None for tp in results), results
    return consumer


def offsets_of(admin: KafkaAdminClient, group: str) -> dict[tuple[str, int], int]:
    found = admin.list_group_offsets(group).get(group, {})
    return {(tp.topic, tp.partition): om.offset for tp, om in found.items() if om.offset >= 0}


def test_group_admin_answers_and_errors(broker: Broker, admin: KafkaAdminClient) -> None:
    topic, group, unknown = unique("admin"), unique("admin-group"), unique("no-such-group")
    create_topic(broker.bootstrap, topic, partitions=2)
    consumer = committed_member(broker.bootstrap, topic, group)
    try:
        listed = [g for g in admin.list_groups() if g["group_id"] == group]
        assert listed == [{"group_id": group, "protocol_type": "consumer", "group_state": "Stable",
                           "group_type": "classic"}], listed
        assert offsets_of(admin, group) == {(topic, 0): 3, (topic, 1): 4}

        assert admin.delete_groups([group]) == {group: "NonEmptyGroupError"}  # 68
        errors = admin.delete_group_offsets(group, [KafkaTopicPartition(topic, 0)])
        assert {tp.partition: e.__name__ for tp, e in errors.items()} == {0: "GroupSubscribedToTopicError"}  # 86
    finally:
        consumer.close()

    assert offsets_of(admin, unknown) == {}
    described = admin.describe_groups([unknown])[unknown]
    assert described["group_state"] == "Dead" and described["members"] == [], described
    assert "[Error 69]" in str(described.get("error")), described
    assert admin.delete_groups([unknown]) == {unknown: "GroupIdNotFoundError"}  # 69
    with pytest.raises(Exception, match="GroupIdNotFound|error_code=69"):
        admin.delete_group_offsets(unknown, [KafkaTopicPartition(topic, 0)])

    # The member's LeaveGroup made the group Empty: offsets can be deleted, then the group.
    eventually(lambda: [g["group_state"] for g in admin.list_groups() if g["group_id"] == group] == ["Empty"],
               15, f"{group} listed as Empty after its member closed")
    errors = admin.delete_group_offsets(group, [KafkaTopicPartition(topic, 0)])
    assert {tp.partition: e.__name__ for tp, e in errors.items()} == {0: "NoError"}
    assert offsets_of(admin, group) == {(topic, 1): 4}
    assert admin.delete_groups([group]) == {group: "OK"}
    assert offsets_of(admin, group) == {}
    assert group not in [g["group_id"] for g in admin.list_groups()]


def test_session_timeout_below_minimum(broker: Broker) -> None:
    topic = unique("short-session")
    create_topic(broker.bootstrap, topic, partitions=1)
    consumer = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": unique("short-session"),
                         "session.timeout.ms": 1000, "heartbeat.interval.ms": 300})
    errors: list[KafkaError] = []
    try:
        consumer.subscribe([topic])
        deadline = time.monotonic() + 30
        while not errors and time.monotonic() < deadline:
            message = consumer.poll(0.5)
            error = message.error() if message is not None else None
            if error is not None:
                errors.append(error)
    finally:
        consumer.close()
    assert errors, "JoinGroup with session.timeout.ms=1000 was accepted"
    assert errors[0].code() == KafkaError.INVALID_SESSION_TIMEOUT, errors[0]  # 26
