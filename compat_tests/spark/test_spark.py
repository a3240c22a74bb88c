"""Apache Spark Structured Streaming's Kafka connector against the broker under test.

What runs: ``job.py`` in the pyspark virtualenv that ``install.sh`` made, as one ``local[2]``
Spark session (docs COMPAT-TESTING.md §4). The test module produces a known record set with
confluent-kafka, runs the job once (module fixture ``spark_run``), and each test checks one part
of what Spark read. What Spark does on the wire: its driver's Admin client reads metadata and
ListOffsets (earliest, latest); its executors ``assign`` and Fetch without a group; its sink is
a kafka-clients 3.9 producer (InitProducerId for idempotence, Produce).

What passing proves:

- ``test_stream_upper_to_sink``: a Structured Streaming query with ``startingOffsets=earliest``
  and ``trigger(availableNow=True)`` reads every input record exactly once, terminates by itself
  (so the broker's latest offsets are what the connector planned from), and its Kafka sink
  writes each upper-cased value exactly once with its key; a batch read of the output topic with
  explicit earliest offsets (JSON) and ``endingOffsets=latest`` returns exactly those records,
  no more, no fewer.
- ``test_batch_offset_window``: a batch read with ``assign`` and explicit per-partition
  ``startingOffsets``/``endingOffsets`` JSON returns exactly the records at those offsets of
  each partition (start inclusive, end exclusive), with the partition and offset the producer
  was told.
- ``test_connector_resolved_locally``: Spark's Ivy, given ``ivysettings.xml`` (one resolver:
  ``~/.m2``), found the connector and all of its dependencies there (install.sh pre-resolved
  them with Maven), so the job downloads nothing itself.
- ``test_driver_on_loopback``: harness hygiene, not compatibility: the Spark driver bound to
  127.0.0.1 (``SPARK_LOCAL_IP``), so no endpoint of the job is on another interface.

Environment: ``STREAMD_SPARK_DIR`` (default ``.peers/spark``, as in install.sh),
``STREAMD_SPARK_LOG_LEVEL`` (default WARN; DEBUG shows the Kafka clients' requests in the job
log, which a failing test names).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from confluent_kafka import Producer
from confluent_kafka.admin import AdminClient, NewTopic

from compat_tests.conftest import Broker

# The pyspark release; install.sh reads this line and resolves the connector of the same version.
# Not 4.1.3 (docs COMPAT-TESTING.md §4): Maven Central as reached here has
# spark-sql-kafka-0-10_2.13 4.1.3 but not its dependency spark-token-provider-kafka-0-10_2.13 4.1.3;
# 4.1.1 is the newest 4.1.x whose closure resolves (see FINDINGS.md).
PYSPARK_VERSION = "4.1.1"
CONNECTOR = f"org.apache.spark:spark-sql-kafka-0-10_2.13:{PYSPARK_VERSION}"

REPO_ROOT = Path(__file__).resolve().parents[2]
PEER_DIR = Path(os.environ.get("STREAMD_SPARK_DIR", str(REPO_ROOT / ".peers" / "spark")))
PYTHON = PEER_DIR / "venv" / "bin" / "python"
JOB = Path(__file__).resolve().parent / "job.py"
LOG_LEVEL = os.environ.get("STREAMD_SPARK_LOG_LEVEL", "WARN")
JOB_TIMEOUT_S = 300

PARTITIONS = 2
RECORDS = 200
# Offsets [start, end) per partition for test_batch_offset_window.
WINDOW_START = {"0": 3, "1": 17}
WINDOW_END = {"0": 11, "1": 60}

pytestmark = pytest.mark.timeout(JOB_TIMEOUT_S + 60)


@dataclass(frozen=True)
class Sent:
    key: str
    value: str
    partition: int
    offset: int


@dataclass
class SparkRun:
    sent: list[Sent]
    result: dict[str, Any]
    log_path: Path
    wall_s: float


def _records(tag: str) -> list[tuple[str, str, int]]:
    """(key, value, partition): mixed-case values so that UPPER changes every one of them."""
    return [(f"{tag}-k{i}", f"Value-{i}-mixedCase-é{'x' * (i % 17)}", i % PARTITIONS) for i in range(RECORDS)]


def _create_topics(bootstrap: str, names: list[str]) -> None:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    futures = admin.create_topics([NewTopic(name, PARTITIONS, 1) for name in names], operation_timeout=30)
    for future in futures.values():
        future.result(timeout=60)


def _produce(bootstrap: str, topic: str, records: list[tuple[str, str, int]]) -> list[Sent]:
    sent: list[Sent] = []
    errors: list[str] = []
    producer = Producer({"bootstrap.servers": bootstrap, "acks": "all", "enable.idempotence": True})

    def delivered(err: Any, msg: Any) -> None:
        if err is not None:
            errors.append(str(err))
        else:
            sent.append(Sent(msg.key().decode(), msg.value().decode(), msg.partition(), msg.offset()))

    for key, value, partition in records:
        producer.produce(
            topic, key=key.encode(), value=value.encode(), partition=partition, on_delivery=delivered
        )
    assert producer.flush(60) == 0, "records still in flight after 60 s"
    assert not errors, errors
    return sent


@pytest.fixture(scope="module")
def spark_run(broker: Broker, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparkRun]:
    """Produce the records, run job.py once, and hand its result to every test of the module."""
    if not PYTHON.exists():
        pytest.skip(f"pyspark is not installed in {PEER_DIR}: run compat_tests/spark/install.sh")
    work = tmp_path_factory.mktemp("spark")
    tag = uuid.uuid4().hex[:8]
    source, sink = f"spark-in-{tag}", f"spark-out-{tag}"
    _create_topics(broker.bootstrap, [source, sink])
    sent = _produce(broker.bootstrap, source, _records(tag))
    spec = {
        "bootstrap": broker.bootstrap,
        "source_topic": source,
        "sink_topic": sink,
        "sink_partitions": PARTITIONS,
        "checkpoint": str(work / "checkpoint"),
        "connector": CONNECTOR,
        "ivy_dir": str(PEER_DIR / "ivy"),
        "ivy_settings": str(Path(__file__).resolve().parent / "ivysettings.xml"),
        "log_level": LOG_LEVEL,
        "stream_timeout_s": 180,
        "window": {"start": WINDOW_START, "end": WINDOW_END},
    }
    spec_path, result_path, log_path = work / "spec.json", work / "result.json", work / "job.log"
    spec_path.write_text(json.dumps(spec))
    # SPARK_LOCAL_IP keeps every Spark endpoint on loopback (job.py also sets spark.driver.host).
    env = dict(
        os.environ, PYSPARK_PYTHON=str(PYTHON), PYSPARK_DRIVER_PYTHON=str(PYTHON), SPARK_LOCAL_IP="127.0.0.1"
    )
    started = time.monotonic()
    with open(log_path, "w") as log:
        process = subprocess.run(
            [str(PYTHON), str(JOB), str(spec_path), str(result_path)],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=work,
            env=env,
            timeout=JOB_TIMEOUT_S,
        )
    wall = time.monotonic() - started
    if process.returncode != 0:
        tail = "\n".join(log_path.read_text(errors="replace").splitlines()[-80:])
        pytest.fail(f"job.py exited with {process.returncode} after {wall:.0f} s ({log_path}):\n{tail}")
    yield SparkRun(sent, json.loads(result_path.read_text()), log_path, wall)


def test_stream_upper_to_sink(spark_run: SparkRun) -> None:
    """Every input record reaches the output topic exactly once, key kept, value upper-cased."""
    result = spark_run.result
    context = f"(job log {spark_run.log_path}, {spark_run.wall_s:.0f} s; result {json.dumps(result)[:2000]})"
    assert result["stream_exception"] is None, context
    assert result["stream_active_after_wait"] is False, "availableNow query did not finish " + context
    assert result["stream_input_rows"] == RECORDS, context
    expected = Counter((s.key, s.value.upper()) for s in spark_run.sent)
    got = Counter((row["key"], row["value"]) for row in result["sink_rows"])
    assert len(result["sink_rows"]) == RECORDS, context
    assert got == expected, context
    # Offsets Spark read back are each partition's contiguous range 0..n-1.
    per_partition: dict[int, list[int]] = {}
    for row in result["sink_rows"]:
        per_partition.setdefault(row["partition"], []).append(row["offset"])
    for partition, offsets in per_partition.items():
        assert sorted(offsets) == list(range(len(offsets))), (partition, context)


def test_batch_offset_window(spark_run: SparkRun) -> None:
    """Explicit per-partition starting/ending offsets select exactly [start, end) of each partition."""
    expected = sorted(
        (s.partition, s.offset, s.key, s.value)
        for s in spark_run.sent
        if WINDOW_START[str(s.partition)] <= s.offset < WINDOW_END[str(s.partition)]
    )
    assert len(expected) == sum(WINDOW_END[p] - WINDOW_START[p] for p in WINDOW_START)
    got = sorted((r["partition"], r["offset"], r["key"], r["value"]) for r in spark_run.result["window_rows"])
    assert got == expected, f"job log {spark_run.log_path}"


def test_connector_resolved_locally(spark_run: SparkRun) -> None:
    """Spark's Ivy resolved the connector from ~/.m2 alone (install.sh pre-resolved it)."""
    log = spark_run.log_path.read_text(errors="replace")
    found = re.findall(r"found (\S+) in (\S+)", log)
    assert any(name.startswith("org.apache.spark#spark-sql-kafka-0-10_2.13;") for name, _ in found), log[
        :3000
    ]
    # ivysettings.xml has one resolver, m2-only (Maven's local repository): nothing else is asked.
    assert {resolver for _, resolver in found} == {"m2-only"}, found
    assert not re.search(r"https?://", "\n".join(line for line in log.splitlines() if "download" in line)), (
        "Ivy tried the network"
    )


def test_driver_on_loopback(spark_run: SparkRun) -> None:
    """Spark bound its driver to loopback (SPARK_LOCAL_IP): the job's traffic stays on 127.0.0.1."""
    log = spark_run.log_path.read_text(errors="replace")
    assert "resolves to a loopback address" not in log, "Spark picked a non-loopback interface"
