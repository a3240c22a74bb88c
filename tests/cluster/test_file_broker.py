"""The broker on the file engine: restarts keep topics, data and idempotence; retention,
flush policy and the embedded default."""

from __future__ import annotations

import time
from pathlib import Path

from streamd.config import load_config
from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated import metadata_request as mr
from streamd.records.builder import Record, build_batch
from streamd.records.reader import iter_records
from streamd.server.app import RunningBroker, start_broker
from streamd.storage import PartitionKey
from streamd.storage.file import FileEngine
from tests.handlers.helpers import create_topic, fetch, list_offset, produce
from tests.wire import WireClient


async def start(data_dir: Path, **configs: object) -> tuple[RunningBroker, WireClient]:
    config = load_config(None, {}, {"listen": "127.0.0.1:0", "data_dir": str(data_dir), **configs})
    running = await start_broker(config)
    return running, await WireClient.connect(running.host, running.port)


async def stop(running: RunningBroker, client: WireClient) -> None:
    await client.close()
    await running.close()


def batch(count: int, *, ts: int = 1_700_000_000_000, **kwargs: object) -> bytes:
    return build_batch([Record(key=b"k%d" % i, value=b"v%d" % i, headers=[], timestamp=ts + i, offset=i)
                        for i in range(count)], **kwargs)  # type: ignore[arg-type]


async def test_file_engine_is_the_embedded_default(tmp_path: Path) -> None:
    running, client = await start(tmp_path / "data")
    try:
        assert isinstance(running.broker.storage, FileEngine)
        assert (tmp_path / "data" / "metadata.json").exists()
    finally:
        await stop(running, client)


async def test_topics_data_and_cluster_id_survive_a_restart(tmp_path: Path) -> None:
    running, client = await start(tmp_path)
    created = await create_topic(client, "keep", partitions=2, configs={"retention.ms": "-1"})
    for _ in range(3):
        await produce(client, "keep", batch(4), partition=1)
    cluster_id = running.broker.cluster_id
    await stop(running, client)
    running, client = await start(tmp_path)
    try:
        assert running.broker.cluster_id == cluster_id
        metadata = await client.call(ApiKey.METADATA, 12, mr.MetadataRequest(
            topics=[mr.MetadataRequestTopic(name="keep")], allow_auto_topic_creation=False))
        assert metadata.topics[0].topic_id == created.topic_id and len(metadata.topics[0].partitions) == 2
        data = await fetch(client, "keep", 0, partition=1)
        assert [r.offset for r in iter_records(bytes(data.records))] == list(range(12))
        assert (await list_offset(client, "keep", -1, partition=1)).offset == 12
    finally:
        await stop(running, client)


async def test_idempotent_retry_after_restart_adds_no_duplicate(tmp_path: Path) -> None:
    running, client = await start(tmp_path)
    await create_topic(client, "idem")
    first = batch(3, producer_id=11, producer_epoch=0, base_sequence=0)
    assert (await produce(client, "idem", first)).base_offset == 0
    await stop(running, client)
    running, client = await start(tmp_path)
    try:
        replay = await produce(client, "idem", first)
        assert (replay.error_code, replay.base_offset) == (ErrorCode.NONE, 0)
        gap = await produce(client, "idem", batch(1, producer_id=11, producer_epoch=0, base_sequence=7))
        assert gap.error_code == ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER
        nxt = await produce(client, "idem", batch(1, producer_id=11, producer_epoch=0, base_sequence=3))
        assert nxt.base_offset == 3
    finally:
        await stop(running, client)


async def test_retention_by_time_and_size_deletes_old_segments(tmp_path: Path) -> None:
    running, client = await start(tmp_path, **{"log.segment.bytes": 1 << 20})
    now = int(time.time() * 1000)
    await create_topic(client, "old", configs={"retention.ms": "60000", "segment.ms": "3600000"})
    await create_topic(client, "big", configs={"retention.bytes": "300000"})
    try:
        topic = running.broker.topics.get("old")
        assert topic is not None
        key = PartitionKey(topic.topic_id, 0)
        engine = running.broker.storage
        assert isinstance(engine, FileEngine)
        # Three segments: two of old records, then a current one.
        for age_ms in (600_000, 300_000, 0):
            await produce(client, "old", batch(5, ts=now - age_ms))
            engine._logs[key]._roll(engine.log_range(key).log_end_offset)
        report = await running.broker.maintenance.run_once(now, force=True)
        assert report["retention"] >= 1
        assert (await list_offset(client, "old", -2)).offset == 10
        data = await fetch(client, "old", 10)
        assert [r.offset for r in iter_records(bytes(data.records))] == list(range(10, 15))
        big = running.broker.topics.get("big")
        assert big is not None
        big_key = PartitionKey(big.topic_id, 0)
        for _ in range(6):
            await produce(client, "big", build_batch([Record(key=b"k", value=b"x" * 100_000, timestamp=now)]))
            engine._logs[big_key]._roll(engine.log_range(big_key).log_end_offset)
        await running.broker.maintenance.run_once(now, force=True)
        start_offset = (await list_offset(client, "big", -2)).offset
        assert start_offset >= 3
        assert sum(s.size for s in engine._logs[big_key].segments) <= 300_000 + 110_000
    finally:
        await stop(running, client)


async def test_flush_messages_one_flushes_before_answering(tmp_path: Path) -> None:
    running, client = await start(tmp_path)
    await create_topic(client, "sync", configs={"flush.messages": "1"})
    await create_topic(client, "lazy")
    try:
        await produce(client, "sync", batch(3))
        await produce(client, "lazy", batch(3))
        engine = running.broker.storage
        sync = running.broker.topics.get("sync")
        lazy = running.broker.topics.get("lazy")
        assert sync is not None and lazy is not None
        assert engine.unflushed_records(PartitionKey(sync.topic_id, 0)) == 0
        assert engine.unflushed_records(PartitionKey(lazy.topic_id, 0)) == 3
    finally:
        await stop(running, client)


async def test_flush_ms_flushes_in_the_background(tmp_path: Path) -> None:
    running, client = await start(tmp_path)
    await create_topic(client, "aged", configs={"flush.ms": "0"})
    try:
        await produce(client, "aged", batch(2))
        topic = running.broker.topics.get("aged")
        assert topic is not None
        key = PartitionKey(topic.topic_id, 0)
        assert running.broker.storage.unflushed_records(key) == 2
        report = await running.broker.maintenance.run_once(int(time.time() * 1000) + 1)
        assert report["flushed"] == 1 and running.broker.storage.unflushed_records(key) == 0
    finally:
        await stop(running, client)


async def test_storage_errors_are_kafka_storage_error_and_other_partitions_serve(tmp_path: Path) -> None:
    running, client = await start(tmp_path)
    await create_topic(client, "t", partitions=2)
    try:
        topic = running.broker.topics.get("t")
        assert topic is not None
        broken = PartitionKey(topic.topic_id, 0)
        engine = running.broker.storage
        assert isinstance(engine, FileEngine)

        def fail(*_args: object, **_kwargs: object) -> int:
            raise OSError(28, "No space left on device")

        engine._logs[broken].append = fail  # type: ignore[method-assign]
        assert (await produce(client, "t", batch(1), partition=0)).error_code == ErrorCode.KAFKA_STORAGE_ERROR
        assert (await produce(client, "t", batch(1), partition=1)).error_code == ErrorCode.NONE
        engine._logs[broken].read = fail  # type: ignore[method-assign]
        assert (await fetch(client, "t", 0, partition=1)).error_code == ErrorCode.NONE
    finally:
        await stop(running, client)


async def test_topic_segment_bytes_rolls_segments(tmp_path: Path) -> None:
    running, client = await start(tmp_path)
    await create_topic(client, "small", configs={"segment.bytes": str(1024 * 1024)})
    await create_topic(client, "large")
    try:
        for name in ("small", "large"):
            for _ in range(5):
                await produce(client, name, build_batch([Record(key=b"k", value=b"x" * 400_000, timestamp=1)]))
        engine = running.broker.storage
        assert isinstance(engine, FileEngine)
        small, large = running.broker.topics.get("small"), running.broker.topics.get("large")
        assert small is not None and large is not None
        assert len(engine._logs[PartitionKey(small.topic_id, 0)].segments) >= 2
        assert len(engine._logs[PartitionKey(large.topic_id, 0)].segments) == 1
    finally:
        await stop(running, client)
