"""aiokafka 0.14 against the broker under test.

aiokafka speaks only the oldest, non-flexible versions (Metadata <= 5, Produce <= 7, Fetch <= 11,
ListOffsets <= 3), so this proves those still work: 10,000 records with keys, null values,
headers and explicit timestamps round-trip byte-identical in every codec; ListOffsets by
timestamp, earliest and latest give Kafka's answers; the idempotent producer writes no
duplicates, in order; acks=0 works; Metadata auto-creates topics with num.partitions and honours
allow_auto_topic_creation=false; DeleteRecords moves the log start; AIOKafkaAdminClient creates
(validate_only, configs), lists, describes configs, replaces them with the classic AlterConfigs,
adds partitions and deletes topics; and the broker's error codes reach the client as Kafka's do.
Consumers use assign() and never join a group.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewPartitions, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.admin.records_to_delete import RecordsToDelete
from aiokafka.client import AIOKafkaClient
from aiokafka.errors import InvalidPartitionsError, MessageSizeTooLargeError, OffsetOutOfRangeError
from aiokafka.protocol.metadata import MetadataRequest

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
    UNKNOWN_TOPIC_OR_PARTITION,
    Record,
    by_partition,
    expected_records,
    offset_for_timestamp,
    timestamp_targets,
    unique_topic,
)

pytestmark = pytest.mark.timeout(120)

TIMEOUT_S = 15.0
TIMEOUT_MS = int(TIMEOUT_S * 1000)
CREATE_TIME = 0  # ConsumerRecord.timestamp_type

# Kafka error codes in raw aiokafka responses.
OK = 0
INVALID_TOPIC_EXCEPTION = 17
TOPIC_ALREADY_EXISTS = 36
INVALID_REPLICATION_FACTOR = 38
INVALID_CONFIG = 40


# --------------------------------------------------------------------------- helpers


@asynccontextmanager
async def admin_client(bootstrap: str) -> AsyncIterator[AIOKafkaAdminClient]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=TIMEOUT_MS)
    await admin.start()
    try:
        yield admin
    finally:
        await admin.close()


@asynccontextmanager
async def producer_for(bootstrap: str, **config: Any) -> AsyncIterator[AIOKafkaProducer]:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, request_timeout_ms=TIMEOUT_MS, **config)
    await producer.start()
    try:
        yield producer
    finally:
        await producer.stop()


@asynccontextmanager
async def consumer_for(bootstrap: str) -> AsyncIterator[AIOKafkaConsumer]:
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=None,
        enable_auto_commit=False,
        fetch_max_wait_ms=50,
        request_timeout_ms=TIMEOUT_MS,
    )
    await consumer.start()
    try:
        yield consumer
    finally:
        await consumer.stop()


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = TIMEOUT_S) -> None:
    """Kafka applies admin changes asynchronously; poll until ``check`` holds."""
    deadline = time.monotonic() + timeout
    while not await check():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(0.1)


def topic_errors(response: Any) -> dict[str, int]:
    return {entry["topic"]: entry["error_code"] for entry in response.to_object()["topic_errors"]}


async def partition_ids(admin: AIOKafkaAdminClient, name: str) -> list[int]:
    # describe_topics would auto-create an unknown topic (Metadata v4+ defaults to it); list first.
    if name not in await admin.list_topics():
        return []
    [topic] = await admin.describe_topics([name])
    return sorted(p["partition"] for p in topic["partitions"])


async def create_topic(
    admin: AIOKafkaAdminClient, name: str, partitions: int = 1, configs: dict[str, str] | None = None
) -> None:
    response = await admin.create_topics([NewTopic(name, partitions, 1, topic_configs=configs or {})])
    assert topic_errors(response) == {name: OK}
    await eventually(lambda: _has_partitions(admin, name, partitions))


async def _has_partitions(admin: AIOKafkaAdminClient, name: str, count: int) -> bool:
    return await partition_ids(admin, name) == list(range(count))


async def topic_configs(admin: AIOKafkaAdminClient, name: str) -> dict[str, dict[str, Any]]:
    [response] = await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, name)])
    [resource] = response.to_object()["resources"]
    assert resource["error_code"] == OK
    return {entry["config_names"]: entry for entry in resource["config_entries"]}


async def consume(
    bootstrap: str, starts: dict[TopicPartition, int | None], count: int, deadline_s: float = 60
) -> list[ConsumerRecord[Any, Any]]:
    """Read ``count`` records by assign() + seek (None: seek to the beginning)."""
    async with consumer_for(bootstrap) as consumer:
        consumer.assign(list(starts))
        for tp, offset in starts.items():
            if offset is None:
                await consumer.seek_to_beginning(tp)
            else:
                consumer.seek(tp, offset)
        messages: list[ConsumerRecord[Any, Any]] = []
        deadline = time.monotonic() + deadline_s
        while len(messages) < count and time.monotonic() < deadline:
            for batch in (await consumer.getmany(timeout_ms=500)).values():
                messages.extend(batch)
        return messages


async def produce_values(
    producer: AIOKafkaProducer, topic: str, values: list[bytes], partition: int = 0
) -> None:
    futures = [await producer.send(topic, value=value, partition=partition) for value in values]
    await asyncio.gather(*futures)


def assert_same_records(messages: list[ConsumerRecord[Any, Any]], topic: str, records: list[Record]) -> None:
    received: dict[int, list[ConsumerRecord[Any, Any]]] = {}
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
def produced(request: pytest.FixtureRequest, broker: Broker) -> Iterator[tuple[str, list[Record]]]:
    """A two-partition topic holding the 10,000-record set, produced with one codec."""
    codec = request.param
    bootstrap = broker.bootstrap
    topic = unique_topic(f"ak-{codec}")
    records = expected_records(f"ak-{codec}")

    async def produce() -> None:
        async with admin_client(bootstrap) as admin:
            await create_topic(admin, topic, partitions=ROUND_TRIP_PARTITIONS)
        async with producer_for(
            bootstrap,
            compression_type=None if codec == "none" else codec,
            linger_ms=20,
            max_batch_size=256 * 1024,
            acks="all",
        ) as producer:
            futures = [
                await producer.send(
                    topic,
                    key=r.key,
                    value=r.value,
                    partition=r.partition,
                    timestamp_ms=r.timestamp,
                    headers=list(r.headers),
                )
                for r in records
            ]
            await asyncio.gather(*futures)

    asyncio.run(produce())
    yield topic, records


def test_round_trip_byte_identical(broker: Broker, produced: tuple[str, list[Record]]) -> None:
    topic, records = produced
    starts: dict[TopicPartition, int | None] = {
        TopicPartition(topic, p): None for p in range(ROUND_TRIP_PARTITIONS)
    }
    messages = asyncio.run(consume(broker.bootstrap, starts, RECORD_COUNT))
    assert len(messages) == RECORD_COUNT
    assert_same_records(messages, topic, records)


def test_list_offsets_by_timestamp(broker: Broker, produced: tuple[str, list[Record]]) -> None:
    topic, records = produced

    async def scenario() -> None:
        async with consumer_for(broker.bootstrap) as consumer:
            for partition, log in by_partition(records).items():
                tp = TopicPartition(topic, partition)
                for target in timestamp_targets(log):
                    found = (await consumer.offsets_for_times({tp: target}))[tp]
                    got = None if found is None else (found.offset, found.timestamp)
                    assert got == offset_for_timestamp(log, target), f"partition {partition} target {target}"

    asyncio.run(scenario())


def test_list_offsets_earliest_latest(broker: Broker, produced: tuple[str, list[Record]]) -> None:
    topic, records = produced
    logs = by_partition(records)
    tps = [TopicPartition(topic, p) for p in logs]

    async def scenario() -> None:
        async with consumer_for(broker.bootstrap) as consumer:
            assert await consumer.beginning_offsets(tps) == {tp: 0 for tp in tps}
            assert await consumer.end_offsets(tps) == {tp: len(logs[tp.partition]) for tp in tps}

    asyncio.run(scenario())


def test_idempotent_producer_no_duplicates_in_order(broker: Broker) -> None:
    bootstrap = broker.bootstrap
    topic = unique_topic("ak-idem")
    values = [b"idempotent-%05d" % i for i in range(5000)]

    async def scenario() -> None:
        async with admin_client(bootstrap) as admin:
            await create_topic(admin, topic)
        async with producer_for(
            bootstrap, enable_idempotence=True, acks="all", linger_ms=0, max_batch_size=512
        ) as producer:
            await produce_values(producer, topic, values)
        messages = await consume(bootstrap, {TopicPartition(topic, 0): None}, len(values))
        assert [m.value for m in messages] == values
        assert [m.offset for m in messages] == list(range(len(values)))

    asyncio.run(scenario())


def test_acks_zero(broker: Broker) -> None:
    bootstrap = broker.bootstrap
    topic = unique_topic("ak-acks0")
    values = [b"fire-and-forget-%d" % i for i in range(2000)]

    async def scenario() -> None:
        async with admin_client(bootstrap) as admin:
            await create_topic(admin, topic)
        async with producer_for(bootstrap, acks=0, linger_ms=5) as producer:
            await produce_values(producer, topic, values)
        messages = await consume(bootstrap, {TopicPartition(topic, 0): None}, len(values))
        assert [m.value for m in messages] == values

    asyncio.run(scenario())


def test_auto_create_topic_on_produce(broker: Broker) -> None:
    bootstrap = broker.bootstrap
    topic = unique_topic("ak-auto")

    async def scenario() -> None:
        async with producer_for(bootstrap) as producer:
            metadata = await producer.send_and_wait(topic, key=b"k", value=b"auto-created")
            assert await producer.partitions_for(topic) == set(range(AUTO_CREATE_PARTITIONS))
        async with admin_client(bootstrap) as admin:
            assert await partition_ids(admin, topic) == list(range(AUTO_CREATE_PARTITIONS))
        [message] = await consume(bootstrap, {TopicPartition(topic, metadata.partition): metadata.offset}, 1)
        assert (message.key, message.value) == (b"k", b"auto-created")

    asyncio.run(scenario())


def test_unknown_topic_without_auto_create(broker: Broker) -> None:
    bootstrap = broker.bootstrap
    topic = unique_topic("ak-unknown")

    async def scenario() -> None:
        # aiokafka's high-level calls always allow auto-creation; its client sends the raw request.
        client = AIOKafkaClient(bootstrap_servers=bootstrap)
        await client.bootstrap()
        try:
            request = MetadataRequest([topic], allow_auto_topic_creation=False)
            response = (await client.send(client.get_random_node(), request)).to_object()
        finally:
            await client.close()
        assert [(t["topic"], t["error_code"], t["partitions"]) for t in response["topics"]] == [
            (topic, UNKNOWN_TOPIC_OR_PARTITION, [])
        ]
        await asyncio.sleep(1.0)
        async with admin_client(bootstrap) as admin:
            assert topic not in await admin.list_topics()

    asyncio.run(scenario())


def test_delete_records_moves_log_start(broker: Broker) -> None:
    bootstrap = broker.bootstrap
    topic = unique_topic("ak-delrec")
    tp0, tp1 = TopicPartition(topic, 0), TopicPartition(topic, 1)

    async def scenario() -> None:
        async with admin_client(bootstrap) as admin:
            await create_topic(admin, topic, partitions=2)
            async with producer_for(bootstrap, linger_ms=5) as producer:
                for partition in (0, 1):
                    await produce_values(
                        producer, topic, [b"r%d" % i for i in range(50)], partition=partition
                    )
            lows = await admin.delete_records(
                {tp0: RecordsToDelete(before_offset=20), tp1: RecordsToDelete(before_offset=-1)}
            )  # -1: the high watermark
            assert lows == {tp0: 20, tp1: 50}
            async with consumer_for(bootstrap) as consumer:
                assert await consumer.beginning_offsets([tp0, tp1]) == {tp0: 20, tp1: 50}
                assert await consumer.end_offsets([tp0, tp1]) == {tp0: 50, tp1: 50}
            messages = await consume(bootstrap, {tp0: None}, 30)
            assert [m.offset for m in messages] == list(range(20, 50))
            assert messages[0].value == b"r20"
            with pytest.raises(OffsetOutOfRangeError):
                await admin.delete_records({tp0: RecordsToDelete(before_offset=51)})
            async with consumer_for(bootstrap) as consumer:
                assert await consumer.beginning_offsets([tp0]) == {tp0: 20}

    asyncio.run(scenario())


def test_message_too_large(broker: Broker) -> None:
    bootstrap = broker.bootstrap
    topic = unique_topic("ak-big")
    default_topic = unique_topic("ak-big-default")

    async def scenario() -> None:
        async with admin_client(bootstrap) as admin:
            await create_topic(admin, topic, configs={"max.message.bytes": "1000"})
            await create_topic(admin, default_topic)
        # The client's own limit is raised so that the broker is the one to refuse.
        async with producer_for(bootstrap, max_request_size=4_000_000, max_batch_size=4_000_000) as producer:
            with pytest.raises(MessageSizeTooLargeError):
                await producer.send_and_wait(topic, value=b"x" * 5000, partition=0)
            assert (await producer.send_and_wait(topic, value=b"y" * 500, partition=0)).offset == 0
            # Broker-wide message.max.bytes (1048588) applies to topics without an override.
            with pytest.raises(MessageSizeTooLargeError):
                await producer.send_and_wait(default_topic, value=b"z" * 2_000_000, partition=0)
        [stored] = await consume(bootstrap, {TopicPartition(topic, 0): None}, 1)
        assert stored.value == b"y" * 500

    asyncio.run(scenario())


# --------------------------------------------------------------------------- admin


def run_admin(broker: Broker, scenario: Callable[[AIOKafkaAdminClient], Awaitable[None]]) -> None:
    async def with_admin() -> None:
        async with admin_client(broker.bootstrap) as admin:
            await scenario(admin)

    asyncio.run(with_admin())


def test_create_topic_with_configs(broker: Broker) -> None:
    topic = unique_topic("ak-create")
    overrides = {"retention.ms": "3600000", "cleanup.policy": "compact"}

    async def scenario(admin: AIOKafkaAdminClient) -> None:
        await create_topic(admin, topic, partitions=3, configs=overrides)
        configs = await topic_configs(admin, topic)
        for name, value in overrides.items():
            assert (configs[name]["config_value"], configs[name]["config_source"]) == (
                value,
                SOURCE_DYNAMIC_TOPIC_CONFIG,
            )

    run_admin(broker, scenario)


def test_create_topic_validate_only(broker: Broker) -> None:
    topic = unique_topic("ak-dry")

    async def scenario(admin: AIOKafkaAdminClient) -> None:
        response = await admin.create_topics(
            [NewTopic(topic, 2, 1, topic_configs={"retention.ms": "1000"})], validate_only=True
        )
        assert topic_errors(response) == {topic: OK}
        response = await admin.create_topics([NewTopic(topic, 1, 3)], validate_only=True)
        assert topic_errors(response) == {topic: INVALID_REPLICATION_FACTOR}
        await asyncio.sleep(1.0)
        assert topic not in await admin.list_topics()
        await create_topic(admin, topic)  # the name is still free

    run_admin(broker, scenario)


def test_list_and_describe_topics(broker: Broker) -> None:
    names = [unique_topic("ak-list-a"), unique_topic("ak-list-b")]

    async def scenario(admin: AIOKafkaAdminClient) -> None:
        await create_topic(admin, names[0], partitions=1)
        await create_topic(admin, names[1], partitions=3)
        assert set(names) <= set(await admin.list_topics())
        cluster = await admin.describe_cluster()
        [node] = cluster["brokers"]
        assert f"{node['host']}:{node['port']}" == broker.bootstrap
        assert cluster["cluster_id"] and cluster["controller_id"] == node["node_id"]
        described = {t["topic"]: t for t in await admin.describe_topics(names)}
        for name, count in zip(names, (1, 3), strict=True):
            topic = described[name]
            assert topic["error_code"] == OK and not topic["is_internal"]
            partitions = sorted(topic["partitions"], key=lambda p: p["partition"])
            assert [p["partition"] for p in partitions] == list(range(count))
            assert all(
                p["error_code"] == OK
                and p["leader"] == node["node_id"]
                and p["replicas"] == [node["node_id"]]
                and p["isr"] == [node["node_id"]]
                for p in partitions
            )

    run_admin(broker, scenario)


def test_describe_configs_every_default(broker: Broker) -> None:
    topic = unique_topic("ak-defaults")

    async def scenario(admin: AIOKafkaAdminClient) -> None:
        await create_topic(admin, topic, configs={"retention.ms": "3600000"})
        configs = await topic_configs(admin, topic)
        missing = set(KAFKA_TOPIC_CONFIG_DEFAULTS) - set(configs)
        assert not missing, f"DescribeConfigs lacks {sorted(missing)}"
        for name, default in KAFKA_TOPIC_CONFIG_DEFAULTS.items():
            entry = configs[name]
            assert not entry["is_sensitive"], name
            if name == "retention.ms":
                assert (entry["config_value"], entry["config_source"]) == (
                    "3600000",
                    SOURCE_DYNAMIC_TOPIC_CONFIG,
                )
                continue
            assert entry["config_value"] == default, name
            allowed = {SOURCE_DEFAULT_CONFIG}
            if name in CLUSTER_LEVEL_CONFIGS:
                allowed.add(SOURCE_DYNAMIC_DEFAULT_BROKER_CONFIG)
            assert entry["config_source"] in allowed, f"{name} has source {entry['config_source']}"

    run_admin(broker, scenario)


def test_alter_configs_replaces_the_set(broker: Broker) -> None:
    topic = unique_topic("ak-alter")

    async def scenario(admin: AIOKafkaAdminClient) -> None:
        await create_topic(admin, topic, configs={"retention.ms": "3600000"})
        # The classic AlterConfigs sets exactly the configs given: retention.ms goes back to default.
        [response] = await admin.alter_configs(
            [ConfigResource(ConfigResourceType.TOPIC, topic, {"cleanup.policy": "compact"})]
        )
        assert [r["error_code"] for r in response.to_object()["resources"]] == [OK]

        async def applied() -> bool:
            configs = await topic_configs(admin, topic)
            return (configs["cleanup.policy"]["config_value"], configs["retention.ms"]["config_value"]) == (
                "compact",
                KAFKA_TOPIC_CONFIG_DEFAULTS["retention.ms"],
            )

        await eventually(applied)
        configs = await topic_configs(admin, topic)
        assert configs["cleanup.policy"]["config_source"] == SOURCE_DYNAMIC_TOPIC_CONFIG
        assert configs["retention.ms"]["config_source"] == SOURCE_DEFAULT_CONFIG
        [response] = await admin.alter_configs(
            [ConfigResource(ConfigResourceType.TOPIC, topic, {"retention.ms": "soon"})]
        )
        assert [r["error_code"] for r in response.to_object()["resources"]] == [INVALID_CONFIG]
        assert (await topic_configs(admin, topic))["cleanup.policy"]["config_value"] == "compact"

    run_admin(broker, scenario)


def test_create_partitions(broker: Broker) -> None:
    topic = unique_topic("ak-grow")

    async def scenario(admin: AIOKafkaAdminClient) -> None:
        await create_topic(admin, topic, partitions=2)
        await admin.create_partitions({topic: NewPartitions(5)})
        await eventually(lambda: _has_partitions(admin, topic, 5))
        async with producer_for(broker.bootstrap) as producer:
            assert (await producer.send_and_wait(topic, value=b"new", partition=4)).offset == 0
        for count in (5, 3):  # neither the same count nor fewer
            with pytest.raises(InvalidPartitionsError):
                await admin.create_partitions({topic: NewPartitions(count)})

    run_admin(broker, scenario)


def test_delete_topics(broker: Broker) -> None:
    topic = unique_topic("ak-delete")
    never = unique_topic("ak-never")

    async def scenario(admin: AIOKafkaAdminClient) -> None:
        await create_topic(admin, topic, partitions=2)
        response = await admin.delete_topics([topic, never])
        codes = {e["topic"]: e["error_code"] for e in response.to_object()["topic_error_codes"]}
        assert codes == {topic: OK, never: UNKNOWN_TOPIC_OR_PARTITION}

        async def gone() -> bool:
            return topic not in await admin.list_topics()

        await eventually(gone)

    run_admin(broker, scenario)


def test_create_existing_topic_fails(broker: Broker) -> None:
    topic = unique_topic("ak-exists")

    async def scenario(admin: AIOKafkaAdminClient) -> None:
        await create_topic(admin, topic)
        assert topic_errors(await admin.create_topics([NewTopic(topic, 1, 1)])) == {
            topic: TOPIC_ALREADY_EXISTS
        }

    run_admin(broker, scenario)


def test_replication_factor_3_fails(broker: Broker) -> None:
    topic = unique_topic("ak-rf3")

    async def scenario(admin: AIOKafkaAdminClient) -> None:
        response = await admin.create_topics([NewTopic(topic, 1, 3)])
        assert topic_errors(response) == {topic: INVALID_REPLICATION_FACTOR}
        assert topic not in await admin.list_topics()

    run_admin(broker, scenario)


@pytest.mark.parametrize("name", INVALID_TOPIC_NAMES.values(), ids=INVALID_TOPIC_NAMES.keys())
def test_invalid_topic_name_fails(broker: Broker, name: str) -> None:
    async def scenario(admin: AIOKafkaAdminClient) -> None:
        assert topic_errors(await admin.create_topics([NewTopic(name, 1, 1)])) == {
            name: INVALID_TOPIC_EXCEPTION
        }

    run_admin(broker, scenario)


def test_create_topic_invalid_config_fails(broker: Broker) -> None:
    async def scenario(admin: AIOKafkaAdminClient) -> None:
        for config in ({"no.such.config": "1"}, {"retention.ms": "soon"}, {"cleanup.policy": "shred"}):
            topic = unique_topic("ak-badcfg")
            response = await admin.create_topics([NewTopic(topic, 1, 1, topic_configs=config)])
            assert topic_errors(response) == {topic: INVALID_CONFIG}, config

    run_admin(broker, scenario)
