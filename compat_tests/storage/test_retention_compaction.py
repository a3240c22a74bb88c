"""Retention and compaction on the file engine, seen through confluent-kafka.

A broker runs with 1 MiB segments and maintenance every second. Retention: records older than
retention.ms go with their whole segments and ListOffsets earliest moves past them; the newest
segment stays. Compaction: a topic with cleanup.policy=compact, read back from the beginning,
holds the latest value of every key at its original offset.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator

import pytest
from confluent_kafka import OFFSET_BEGINNING, Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

READY = re.compile(r"streamd ready on (\S+):(\d+)")


@pytest.fixture(scope="module")
def bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    work = tmp_path_factory.mktemp("maintenance")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamd", "serve", "--listen", "127.0.0.1:0", "--storage", f"file://{work}/data",
         "--set", "log.segment.bytes=1048576", "--set", "log.retention.check.interval.ms=1000",
         "--set", "log.cleaner.backoff.ms=1000"],
        stdout=subprocess.PIPE, stderr=open(work / "broker.log", "w"), text=True,  # noqa: SIM115
    )
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + 30
        address = None
        while address is None and time.monotonic() < deadline:
            match = READY.search(process.stdout.readline())
            if match:
                address = f"{match.group(1)}:{match.group(2)}"
        assert address is not None, (work / "broker.log").read_text()
        yield address
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def create(bootstrap: str, config: dict[str, str]) -> str:
    topic = f"maint-{uuid.uuid4().hex[:8]}"
    admin = AdminClient({"bootstrap.servers": bootstrap})
    admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1, config=config)])[topic].result(10)
    return topic


def earliest(bootstrap: str, topic: str) -> int:
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "unused"})
    low, _ = consumer.get_watermark_offsets(TopicPartition(topic, 0), timeout=10)
    consumer.close()
    return int(low)


def read_all(bootstrap: str, topic: str) -> list[tuple[int, bytes | None, bytes | None]]:
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "unused", "enable.auto.commit": False})
    _, high = consumer.get_watermark_offsets(TopicPartition(topic, 0), timeout=10)
    consumer.assign([TopicPartition(topic, 0, OFFSET_BEGINNING)])
    out: list[tuple[int, bytes | None, bytes | None]] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (not out or out[-1][0] < high - 1):
        for message in consumer.consume(1000, 0.5):
            if message.error() is None:
                out.append((message.offset(), message.key(), message.value()))
    consumer.close()
    return out


def test_expired_segments_go_and_earliest_moves(bootstrap: str) -> None:
    topic = create(bootstrap, {"retention.ms": "3600000"})
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5})
    now = int(time.time() * 1000)
    old = now - 3 * 3_600_000
    for i in range(3000):  # about 3 MiB of records from three hours ago: three segments
        producer.produce(topic, value=bytes(1000), key=b"%d" % i, timestamp=old, partition=0)
    producer.flush(30)
    for i in range(100):
        producer.produce(topic, value=b"fresh", key=b"f%d" % i, timestamp=now, partition=0)
    producer.flush(30)
    deadline = time.monotonic() + 20
    while earliest(bootstrap, topic) == 0 and time.monotonic() < deadline:
        time.sleep(0.5)
    start = earliest(bootstrap, topic)
    assert start > 0, "retention never moved the log start"
    remaining = read_all(bootstrap, topic)
    assert remaining[0][0] >= start
    assert [v for _, _, v in remaining[-100:]] == [b"fresh"] * 100  # the newest data stays


def test_compacted_topic_keeps_the_latest_value_per_key(bootstrap: str) -> None:
    topic = create(bootstrap, {"cleanup.policy": "compact", "delete.retention.ms": "0"})
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5})
    latest: dict[bytes, tuple[int, bytes | None]] = {}
    offset = 0
    for round_ in range(12):  # 12 rounds x 100 keys x ~1 KiB: several segments to clean
        for k in range(100):
            key = b"key-%d" % k
            value = None if (round_ == 11 and k % 10 == 0) else b"%d-%d-" % (round_, k) + bytes(1000)
            producer.produce(topic, key=key, value=value, partition=0)
            latest[key] = (offset, value)
            offset += 1
    producer.flush(30)
    # One more record rolls nothing by itself; compaction cleans the closed segments.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        records = read_all(bootstrap, topic)
        if len(records) < offset * 0.5:
            break
        time.sleep(1)
    records = read_all(bootstrap, topic)
    assert len(records) < offset, "compaction removed nothing"
    seen: dict[bytes, tuple[int, bytes | None]] = {}
    for off, key, value in records:
        assert key is not None
        seen[key] = (off, value)
    for key, (off, value) in latest.items():
        if value is None:
            assert key not in seen or seen[key] == (off, None)  # tombstones may already be gone
        else:
            assert seen[key] == (off, value), key
    offsets = [off for off, _, _ in records]
    assert offsets == sorted(offsets) and len(set(offsets)) == len(offsets)
