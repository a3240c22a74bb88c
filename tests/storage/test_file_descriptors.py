"""File descriptors: one per log segment, as Kafka holds; running out is an error answer, not a crash.

A 10,000-partition topic used to need 30,000 descriptors (each segment kept its two index files
open), so on a machine with a 20,000 limit CreateTopics failed part way, the handler closed the
connection, and the broker kept the half-made partitions and could accept no more connections.
"""

from __future__ import annotations

import asyncio
import os
import resource
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from streamd.client import KafkaClient, KafkaError, ProducerRecord
from streamd.protocol._generated import ErrorCode
from streamd.storage import PartitionKey
from streamd.storage.file import FileEngine
from tests.storage.contract import append, make_batch

REPO = Path(__file__).resolve().parents[2]
PARTITIONS = 40


def open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


pytestmark = pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc/self/fd")


async def test_one_descriptor_per_partition_while_writing_and_after_reopen(tmp_path: Path) -> None:
    engine = FileEngine(tmp_path / "data", index_interval_bytes=64)
    await engine.open()
    before = open_descriptors()
    keys = [PartitionKey(uuid.uuid4(), p) for p in range(PARTITIONS)]
    for key in keys:
        engine.create_partition(key)
        for _ in range(20):  # index entries at every batch (64-byte interval)
            append(engine, key, make_batch(3))
    assert open_descriptors() - before == PARTITIONS
    await engine.close()
    reopened = FileEngine(tmp_path / "data", index_interval_bytes=64)
    before = open_descriptors()
    await reopened.open()
    try:
        assert open_descriptors() - before == PARTITIONS
        # The buffered index entries reached the files at close: the clean reopen trusted them
        # (no rebuild), and every offset is still found.
        for key in keys:
            result = reopened.read(key, 45, 1 << 20)
            assert result.log_end_offset == 60
            assert sum(len(chunk) for chunk in result.chunks) > 0
    finally:
        await reopened.close()


def _limit_descriptors(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit))


@pytest.fixture
def low_limit_broker(tmp_path: Path) -> Iterator[str]:
    """A broker process whose soft and hard descriptor limits are both 256 (it cannot lift them)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "streamd", "serve", "--listen", "127.0.0.1:0", "--data-dir", str(tmp_path / "data")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)}, preexec_fn=lambda: _limit_descriptors(256),  # noqa: PLW1509
    )
    try:
        assert process.stdout is not None
        ready = process.stdout.readline().strip()
        assert ready.startswith("streamd ready on "), ready
        yield ready.rsplit(" ", 1)[1]
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=15)
    assert process.returncode == 0, err
    assert "Traceback" not in err, err


def test_out_of_descriptors_is_kafka_storage_error_and_leaves_nothing(low_limit_broker: str, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with KafkaClient(low_limit_broker) as client:
            await client.create_topic("kept", num_partitions=2)
            await client.produce("kept", [ProducerRecord(value=b"before")], partition=0)
            logs = tmp_path / "data" / "logs"
            dirs_before = sorted(logs.iterdir())
            with pytest.raises(KafkaError) as failed:
                await client.create_topic("too-wide", num_partitions=400)
            assert failed.value.code == ErrorCode.KAFKA_STORAGE_ERROR
            # The same connection still works, the failed topic does not exist, and no partition
            # directory of it is left on disk.
            names = [topic.name for topic in await client.list_topics()]
            assert "too-wide" not in names and "kept" in names
            assert sorted(logs.iterdir()) == dirs_before
            await client.produce("kept", [ProducerRecord(value=b"after")], partition=0)
            info = await client.topic("kept")
            fetched = await client.fetch(info, {0: 0})
            assert [r.value for r in fetched[0].records] == [b"before", b"after"]
            # Within the limit, creation works again.
            await client.create_topic("fits", num_partitions=20)
        async with KafkaClient(low_limit_broker) as again:  # and new connections are accepted
            assert len((await again.topic("fits")).partitions) == 20

    asyncio.run(scenario())


def _soft_limit_only(limit: int) -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (limit, hard))


def test_serve_lifts_its_soft_limit_to_the_hard_one(tmp_path: Path) -> None:
    """As the JVM does for Kafka (HotSpot's MaxFDLimit): a soft limit of 256 under a higher hard
    limit does not cap how many partitions and connections the broker can hold."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or hard <= 256:
        pytest.skip(f"needs a finite hard RLIMIT_NOFILE above 256 (it is {hard})")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamd", "serve", "--listen", "127.0.0.1:0", "--data-dir", str(tmp_path / "data")],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)}, preexec_fn=lambda: _soft_limit_only(256),  # noqa: PLW1509
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().startswith("streamd ready on ")
        limits = Path(f"/proc/{process.pid}/limits").read_text()
        line = next(line for line in limits.splitlines() if line.startswith("Max open files"))
        assert line.split()[3:5] == [str(hard), str(hard)], line
    finally:
        process.terminate()
        process.wait(timeout=15)
