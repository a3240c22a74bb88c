"""kcat (Debian's kcat 1.7.1, built on librdkafka 2.0.2) against the broker under test.

Proves: Metadata (-L) lists the one broker and an auto-created topic with num.partitions; 10,000
records produced with -P, keys (-K:), NULL keys and values (-Z), repeated and empty headers (-H)
and each codec (-z) are consumed back (-C -o beginning -c N -e -f ...) byte-identical at the
offsets they were written to; and ListOffsets by timestamp (-Q, and -o s@TS) gives Kafka's answer.
librdkafka before 2.2 mis-reads tagged fields written at their default value
(confluentinc/librdkafka#4278), so every passing test here also shows the broker writes none.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from compat_tests.conftest import Broker

pytestmark = pytest.mark.timeout(120)

CODECS = ["none", "gzip", "snappy", "lz4", "zstd"]
RECORD_COUNT = 10_000
AUTO_CREATE_PARTITIONS = 4  # the fixture's (and the Kafka peer's) num.partitions
HEADER_ARGS = ["-H", "source=kcat", "-H", "dup=first", "-H", "dup=second", "-H", "empty="]
HEADERS_OUT = "source=kcat,dup=first,dup=second,empty="
# offset, timestamp, key length (-1: NULL), key, value length (-1: NULL), value, headers
FORMAT = "%o\t%T\t%K\t%k\t%S\t%s\t%h\n"


@dataclass(frozen=True)
class Line:
    key: str | None
    value: str | None

    def render(self) -> str:
        """The -P input line: with -K: an empty key or value is sent as NULL under -Z."""
        return f"{self.key or ''}:{self.value or ''}"


@dataclass(frozen=True)
class Consumed:
    offset: int
    timestamp: int
    key: str | None
    value: str | None
    headers: str


@pytest.fixture(scope="session")
def kcat_binary() -> str:
    path = shutil.which("kcat")
    if path is None:
        pytest.skip("kcat is not installed (Debian package kcat)")
    return path


def kcat(binary: str, *args: str, stdin: str | None = None, timeout: float = 60) -> str:
    result = subprocess.run([binary, *args], input=stdin, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"kcat {' '.join(args)} exited with {result.returncode}:\n{result.stderr}"
    return result.stdout


def lines_for(tag: str, count: int = RECORD_COUNT) -> list[Line]:
    out = []
    for i in range(count):
        key: str | None = f"{tag}-key-{i}"
        value: str | None = f"{tag}-value-{i}-" + "abcdefghijklmnopqrstuvwxyz0123456789|,=:"[: i % 41] * (
            i % 7
        )
        if i % 10 == 0:
            value = None
        elif i % 7 == 3:
            key = None
        out.append(Line(key, value))
    return out


def consume(binary: str, bootstrap: str, topic: str, count: int, start: str = "beginning") -> list[Consumed]:
    out = kcat(
        binary,
        "-b",
        bootstrap,
        "-t",
        topic,
        "-p",
        "0",
        "-C",
        "-o",
        start,
        "-c",
        str(count),
        "-e",
        "-Z",
        "-f",
        FORMAT,
    )
    records = []
    for row in out.splitlines():
        offset, timestamp, key_len, key, value_len, value, headers = row.split("\t")
        records.append(
            Consumed(
                int(offset),
                int(timestamp),
                None if key_len == "-1" else key,
                None if value_len == "-1" else value,
                headers,
            )
        )
    return records


def metadata(binary: str, bootstrap: str, *topic: str) -> dict[str, Any]:
    args = ["-t", topic[0]] if topic else []
    return json.loads(kcat(binary, "-b", bootstrap, "-L", "-J", *args))


def test_metadata_lists_the_broker(kcat_binary: str, broker: Broker) -> None:
    listing = metadata(kcat_binary, broker.bootstrap)
    brokers = listing["brokers"]
    assert isinstance(brokers, list) and len(brokers) == 1
    assert brokers[0]["name"] == broker.bootstrap
    assert listing["controllerid"] == brokers[0]["id"]


def test_auto_create_on_produce(kcat_binary: str, broker: Broker) -> None:
    bootstrap = broker.bootstrap
    topic = f"kcat-auto-{uuid.uuid4().hex[:10]}"
    kcat(kcat_binary, "-b", bootstrap, "-t", topic, "-P", "-K:", stdin="k:auto-created\n")
    [described] = metadata(kcat_binary, bootstrap, topic)["topics"]
    assert described["topic"] == topic
    assert "error" not in described, described
    partitions = sorted(described["partitions"], key=lambda p: p["partition"])
    assert [p["partition"] for p in partitions] == list(range(AUTO_CREATE_PARTITIONS))
    [node] = metadata(kcat_binary, bootstrap)["brokers"]
    for partition in partitions:
        assert partition["leader"] == node["id"]
        assert partition["replicas"] == [{"id": node["id"]}] and partition["isrs"] == [{"id": node["id"]}]
    out = kcat(
        kcat_binary, "-b", bootstrap, "-t", topic, "-C", "-o", "beginning", "-c", "1", "-e", "-f", "%k:%s\n"
    )
    assert out == "k:auto-created\n"


@pytest.fixture(scope="module", params=CODECS)
def produced(
    request: pytest.FixtureRequest, kcat_binary: str, broker: Broker
) -> Iterator[tuple[str, list[Line], int]]:
    """A topic (auto-created) whose partition 0 holds 10,000 kcat-produced lines in one codec;
    also yields the wall-clock millisecond before producing."""
    codec = request.param
    topic = f"kcat-{codec}-{uuid.uuid4().hex[:10]}"
    lines = lines_for(f"kcat-{codec}")
    started_ms = int(time.time() * 1000)
    kcat(
        kcat_binary,
        "-b",
        broker.bootstrap,
        "-t",
        topic,
        "-P",
        "-p",
        "0",
        "-K:",
        "-Z",
        "-z",
        codec,
        *HEADER_ARGS,
        "-X",
        "linger.ms=20",
        stdin="".join(line.render() + "\n" for line in lines),
    )
    yield topic, lines, started_ms


def test_round_trip_byte_identical(
    kcat_binary: str, broker: Broker, produced: tuple[str, list[Line], int]
) -> None:
    topic, lines, started_ms = produced
    records = consume(kcat_binary, broker.bootstrap, topic, RECORD_COUNT)
    assert len(records) == RECORD_COUNT
    now_ms = int(time.time() * 1000)
    for offset, (record, line) in enumerate(zip(records, lines, strict=True)):
        assert record.offset == offset
        assert (record.key, record.value) == (line.key, line.value), f"offset {offset}"
        assert record.headers == HEADERS_OUT, f"offset {offset}"
        assert started_ms - 1000 <= record.timestamp <= now_ms, f"offset {offset}"


def test_list_offsets_by_timestamp(
    kcat_binary: str, broker: Broker, produced: tuple[str, list[Line], int]
) -> None:
    bootstrap = broker.bootstrap
    topic, _lines, _started = produced
    records = consume(kcat_binary, bootstrap, topic, RECORD_COUNT)
    timestamps = [r.timestamp for r in records]
    middle = timestamps[len(timestamps) // 2]
    for target in (
        timestamps[0] - 10_000,
        timestamps[0],
        middle,
        middle + 1,
        timestamps[-1],
        timestamps[-1] + 1,
    ):
        want = next((offset for offset, ts in enumerate(timestamps) if ts >= target), -1)
        out = kcat(kcat_binary, "-b", bootstrap, "-Q", "-t", f"{topic}:0:{target}")
        match = re.fullmatch(rf"{re.escape(topic)} \[0\] offset (-?\d+)\n", out)
        assert match is not None, out
        assert int(match.group(1)) == want, f"target {target}"
    # The consumer's own start-at-timestamp (-o s@TS) resolves through the same ListOffsets.
    want = next(offset for offset, ts in enumerate(timestamps) if ts >= middle)
    [first] = consume(kcat_binary, bootstrap, topic, 1, start=f"s@{middle}")
    assert first.offset == want
