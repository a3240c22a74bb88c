"""aiokafka 0.14 (the oldest protocol versions): every codec round-trips byte-identical,
idempotent producing, ListOffsets by timestamp and DeleteRecords."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.records_to_delete import RecordsToDelete

from compat_tests.python_clients.records import CODECS, COUNT, expected_records, first_offset_at_or_after


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


async def create(bootstrap: str, topic: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, 1, 1)])
    finally:
        await admin.close()


async def read_back(bootstrap: str, topic: str, count: int) -> list[object]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_wait_ms=100)
    await consumer.start()
    partition = TopicPartition(topic, 0)
    consumer.assign([partition])
    await consumer.seek_to_beginning(partition)
    got: list[object] = []
    try:
        while len(got) < count:
            batch = await consumer.getmany(timeout_ms=3000)
            if not batch:
                break
            for messages in batch.values():
                got.extend(messages)
    finally:
        await consumer.stop()
    return got


@pytest.mark.parametrize("codec", CODECS)
def test_round_trip_every_codec(broker: object, codec: str) -> None:
    bootstrap = broker.bootstrap  # type: ignore[attr-defined]

    async def scenario() -> None:
        topic = unique(f"ak-{codec}")
        await create(bootstrap, topic)
        records = expected_records(f"ak-{codec}")
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=True, linger_ms=5,
                                    compression_type=None if codec == "none" else codec, max_batch_size=65536)
        await producer.start()
        try:
            futures = [
                await producer.send(topic, key=r.key, value=r.value, headers=list(r.headers),
                                    timestamp_ms=r.timestamp, partition=0)
                for r in records
            ]
            await asyncio.gather(*futures)
        finally:
            await producer.stop()
        got = await read_back(bootstrap, topic, COUNT)
        assert len(got) == COUNT
        for offset, (message, want) in enumerate(zip(got, records, strict=True)):
            assert (message.offset, message.key, message.value, message.timestamp) == (  # type: ignore[attr-defined]
                offset, want.key, want.value, want.timestamp)
            assert tuple(message.headers) == want.headers  # type: ignore[attr-defined]
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
        await consumer.start()
        try:
            target = records[7000].timestamp - 1
            found = (await consumer.offsets_for_times({TopicPartition(topic, 0): target}))[TopicPartition(topic, 0)]
            assert found is not None and found.offset == first_offset_at_or_after(records, target)
        finally:
            await consumer.stop()

    asyncio.run(scenario())


def test_delete_records(broker: object) -> None:
    bootstrap = broker.bootstrap  # type: ignore[attr-defined]

    async def scenario() -> None:
        topic = unique("ak-dr")
        await create(bootstrap, topic)
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
        await producer.start()
        for i in range(30):
            await producer.send_and_wait(topic, value=b"%d" % i, partition=0)
        await producer.stop()
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
        await admin.start()
        try:
            result = await admin.delete_records({TopicPartition(topic, 0): RecordsToDelete(before_offset=12)})
            assert result[TopicPartition(topic, 0)] == 12
        finally:
            await admin.close()
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
        await consumer.start()
        try:
            start = await consumer.beginning_offsets([TopicPartition(topic, 0)])
            assert start[TopicPartition(topic, 0)] == 12
        finally:
            await consumer.stop()

    asyncio.run(scenario())
