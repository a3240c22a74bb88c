"""Apache Flink's Kafka SQL connector (Table API, exactly-once sink) against the broker under test.

What runs: ``job.py`` in the apache-flink virtualenv that ``install.sh`` made: PyFlink starts a
local mini-cluster in its gateway JVM and runs one Table API job there (docs COMPAT-TESTING.md
§5). What Flink does on the wire: the source enumerator's Admin client lists and describes
topics and lists offsets (earliest, and latest for the bounded end); readers ``assign`` and
Fetch, and commit offsets on checkpoints (OffsetCommit, generation -1); the exactly-once
KafkaSink gives each writer a transactional producer (FindCoordinator TRANSACTION,
InitProducerId with ``transaction.timeout.ms``, AddPartitionsToTxn, Produce, EndTxn), one
transaction per checkpoint, committed when the checkpoint completes.

What passing proves:

- ``test_exactly_once_upper``: a bounded job (``scan.bounded.mode=latest-offset``) at
  parallelism 2, checkpointing every 2 s, with ``sink.delivery-guarantee=exactly-once``, a
  ``sink.transactional-id-prefix`` and ``properties.transaction.timeout.ms=600000``, finishes by
  itself, and a read_committed consumer (confluent-kafka) then sees every input record in the
  output topic exactly once, key kept and value upper-cased: every transaction the sink opened
  for data was committed, and nothing was written twice.
- ``test_source_offsets_committed``: the same job over an unbounded source, with an
  at-least-once sink, while it runs: the source's consumer group (never joined: Flink's readers
  ``assign`` and commit with generation -1 on each completed checkpoint) reaches committed
  offsets equal to each input partition's end offset, read back with OffsetFetch, within
  ``OFFSETS_DEADLINE_S``; by then every input record is in the output topic. The test then
  cancels the job. (It is not checked after a bounded job: there Flink's last commits go out on
  fresh consumers, one per checkpoint, and may land out of order; FINDINGS.md.)
- ``test_exactly_once_after_restart``: the job (parallelism 1) passes each value through a slow
  Python UDF that fails it once after two thirds of the input, when several checkpoints (and
  their transactions) have completed; Flink restarts it once from the last checkpoint, whose
  writer state names the transactional ids in use, and the restarted writers, on new
  connections, abort what the failed attempt left open (the probing InitProducerId per id,
  which fences the old epoch) before writing on. A read_committed consumer still sees every
  record exactly once: nothing of the aborted transaction and nothing twice.
- ``test_default_transaction_timeout_rejected``: the same job without
  ``properties.transaction.timeout.ms`` (KafkaSink's default is 1 h, above the broker's
  ``transaction.max.timeout.ms`` of 15 min) fails, and its cause chain holds the client's report
  of an InitProducerId answered with INVALID_TRANSACTION_TIMEOUT (error code 50), as Apache
  Kafka answers it, and nothing reached the output topic.

Environment: ``STREAMD_FLINK_DIR`` (default ``.peers/flink``, as in install.sh),
``STREAMD_FLINK_HEAP`` (default ``768m``: the gateway JVM's -Xmx, which holds the mini-cluster).
"""

from __future__ import annotations

import json
import os
import subprocess
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from confluent_kafka import Consumer, KafkaError, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

from compat_tests.conftest import Broker

# The pins; install.sh reads these two lines.
FLINK_VERSION = "2.2.1"
CONNECTOR_VERSION = "5.0.0-2.2"

REPO_ROOT = Path(__file__).resolve().parents[2]
PEER_DIR = Path(os.environ.get("STREAMD_FLINK_DIR", str(REPO_ROOT / ".peers" / "flink")))
PYTHON = PEER_DIR / "venv" / "bin" / "python"
CONNECTOR_JAR = PEER_DIR / f"flink-sql-connector-kafka-{CONNECTOR_VERSION}.jar"
JOB = Path(__file__).resolve().parent / "job.py"
HEAP = os.environ.get("STREAMD_FLINK_HEAP", "768m")
JOB_TIMEOUT_S = 180

PARTITIONS = 2
RECORDS = 300
TRANSACTION_TIMEOUT_MS = 600_000
# kafka-clients 4.2 (shaded into the connector) reports an InitProducerId answered with error code
# 50, INVALID_TRANSACTION_TIMEOUT, as a fatal KafkaException carrying that code's message from its
# own Errors table (the response has no error message field): this text means exactly that code.
INVALID_TRANSACTION_TIMEOUT = (
    "Unexpected error in InitProducerIdResponse; The transaction timeout is larger than the maximum"
    " value allowed by the broker (as configured by transaction.max.timeout.ms)."
)

# Raised to DEBUG in every job (job.py's debug_loggers): the source reader and its fetcher manager
# log each checkpoint's offsets to commit, the consumer coordinator each OffsetCommit's answer
# ("Committed offset N for partition ...") and the FindCoordinator it needed first.
DEBUG_LOGGERS = [
    "org.apache.flink.connector.kafka.source.reader",
    "org.apache.flink.kafka.shaded.org.apache.kafka.clients.consumer.internals.ConsumerCoordinator",
]
# How long the running job (test_source_offsets_committed) may take, from its start, until the
# group's committed offsets reach the input's end offsets: setup (3-7 s) plus a few 2 s
# checkpoints, with ample room for a loaded 2-core machine.
OFFSETS_DEADLINE_S = 120

pytestmark = pytest.mark.timeout(JOB_TIMEOUT_S + 90)


@dataclass
class FlinkRun:
    result: dict[str, Any]
    log_path: Path
    wall_s: float

    def context(self) -> str:
        tail = "\n".join(self.log_path.read_text(errors="replace").splitlines()[-60:])
        return f"job log {self.log_path} (Flink log beside it; {self.wall_s:.0f} s), result {json.dumps(self.result)[:3000]}\n{tail}"


def _create_topics(bootstrap: str, names: list[str]) -> None:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    futures = admin.create_topics([NewTopic(name, PARTITIONS, 1) for name in names], operation_timeout=30)
    for future in futures.values():
        future.result(timeout=60)


def _produce_input(bootstrap: str, topic: str, tag: str) -> list[tuple[str, str]]:
    """RECORDS json records {"k", "v"} round-robin over the partitions; returns (k, v) pairs."""
    pairs = [(f"{tag}-k{i}", f"Value-{i}-mixedCase-{'ab' * (i % 11)}") for i in range(RECORDS)]
    errors: list[str] = []
    producer = Producer({"bootstrap.servers": bootstrap, "acks": "all", "enable.idempotence": True})

    def delivered(err: Any, _msg: Any) -> None:
        if err is not None:
            errors.append(str(err))

    for i, (k, v) in enumerate(pairs):
        body = json.dumps({"k": k, "v": v}).encode()
        producer.produce(topic, key=k.encode(), value=body, partition=i % PARTITIONS, on_delivery=delivered)
    assert producer.flush(60) == 0, "records still in flight after 60 s"
    assert not errors, errors
    return pairs


def _read_committed(
    bootstrap: str, topic: str, deadline_s: float = 30.0
) -> list[tuple[str | None, dict[str, Any]]]:
    """Every record of ``topic`` a read_committed consumer sees, from offset 0 of each partition
    up to the high watermark (all transactions have ended by then, so the last stable offset
    equals it); keys as text, values parsed as json."""
    consumer = Consumer(
        {
            "bootstrap.servers": bootstrap,
            "group.id": f"flink-check-{uuid.uuid4().hex[:8]}",
            "enable.auto.commit": False,
            "isolation.level": "read_committed",
            "enable.partition.eof": True,
        }
    )
    try:
        ends = {
            p: consumer.get_watermark_offsets(TopicPartition(topic, p), timeout=10)[1]
            for p in range(PARTITIONS)
        }
        consumer.assign([TopicPartition(topic, p, 0) for p in range(PARTITIONS)])
        records: list[tuple[str | None, dict[str, Any]]] = []
        pending = {p for p, end in ends.items() if end > 0}
        deadline = time.monotonic() + deadline_s
        while pending and time.monotonic() < deadline:
            message = consumer.poll(0.5)
            if message is None:
                continue
            partition, offset, error = message.partition(), message.offset(), message.error()
            if error is not None:
                # _PARTITION_EOF: caught up with the last stable offset of that partition.
                if error.code() == KafkaError._PARTITION_EOF and partition is not None and offset is not None:
                    if offset >= ends[partition]:
                        pending.discard(partition)
                continue
            key, value = message.key(), message.value()
            assert value is not None, f"a null value at {partition}/{offset}"
            records.append((None if key is None else key.decode(), json.loads(value)))
        assert not pending, f"partitions {sorted(pending)} not read up to {ends} within {deadline_s} s"
        return records
    finally:
        consumer.close()


def _start_job(work: Path, spec: dict[str, Any]) -> tuple[subprocess.Popen[bytes], float]:
    """job.py in the apache-flink virtualenv, started; its output goes to ``work/job.log``."""
    if not PYTHON.exists() or not CONNECTOR_JAR.exists():
        pytest.skip(
            f"apache-flink or the Kafka connector is not installed in {PEER_DIR}: run compat_tests/flink/install.sh"
        )
    spec_path = work / "spec.json"
    spec_path.write_text(json.dumps(spec))
    # JVM_ARGS reaches the gateway JVM (which hosts the mini-cluster) before Flink's own options.
    # FLINK_LOG_DIR: the mini-cluster's own log (flink-*-python-*.log) goes beside job.log.
    env = dict(
        os.environ,
        JVM_ARGS=f"-Xmx{HEAP} -XX:+UseSerialGC",
        PYFLINK_CLIENT_EXECUTABLE=str(PYTHON),
        FLINK_LOG_DIR=str(work),
    )
    with open(work / "job.log", "w") as log:
        process = subprocess.Popen(
            [str(PYTHON), str(JOB), str(spec_path), str(work / "result.json")],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=work,
            env=env,
        )
    return process, time.monotonic()


def _finish_job(work: Path, process: subprocess.Popen[bytes], started: float) -> FlinkRun:
    """Wait for job.py to exit and read its result."""
    result_path, log_path = work / "result.json", work / "job.log"
    try:
        returncode = process.wait(timeout=max(1.0, started + JOB_TIMEOUT_S + 60 - time.monotonic()))
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        pytest.fail(f"job.py still running after {JOB_TIMEOUT_S + 60} s, killed ({log_path})")
    wall = time.monotonic() - started
    if returncode != 0 or not result_path.exists():
        tail = "\n".join(log_path.read_text(errors="replace").splitlines()[-80:])
        pytest.fail(f"job.py exited with {returncode} after {wall:.0f} s ({log_path}):\n{tail}")
    return FlinkRun(json.loads(result_path.read_text()), log_path, wall)


def _run_job(work: Path, spec: dict[str, Any]) -> FlinkRun:
    process, started = _start_job(work, spec)
    return _finish_job(work, process, started)


def _spec(broker: Broker, tag: str, source: str, sink: str, **extra: Any) -> dict[str, Any]:
    return {
        "bootstrap": broker.bootstrap,
        "source_topic": source,
        "sink_topic": sink,
        "group_id": f"flink-src-{tag}",
        "transactional_id_prefix": f"flink-it-{tag}",
        "connector_jar": str(CONNECTOR_JAR),
        "job_name": f"streamd-compat-{tag}",
        "job_timeout_s": JOB_TIMEOUT_S,
        "debug_loggers": DEBUG_LOGGERS,
        **extra,
    }


def test_exactly_once_upper(broker: Broker, tmp_path: Path) -> None:
    """Bounded job (parallelism 2), exactly-once sink, 10 min transaction timeout: it finishes by
    itself, and each record is in the output once, committed."""
    tag = uuid.uuid4().hex[:8]
    source, sink = f"flink-in-{tag}", f"flink-out-{tag}"
    _create_topics(broker.bootstrap, [source, sink])
    pairs = _produce_input(broker.bootstrap, source, tag)
    spec = _spec(broker, tag, source, sink, parallelism=2, transaction_timeout_ms=TRANSACTION_TIMEOUT_MS)
    run = _run_job(tmp_path, spec)
    assert run.result["finished"], run.context()
    records = _read_committed(broker.bootstrap, sink)
    got = Counter((value.get("k"), value.get("v")) for _key, value in records)
    expected = Counter((k, v.upper()) for k, v in pairs)
    assert len(records) == RECORDS, f"{len(records)} committed records, {RECORDS} expected; {run.context()}"
    assert got == expected, run.context()


def _committed_offsets(bootstrap: str, group_id: str, topic: str) -> dict[int, int]:
    """The group's committed offset per partition of ``topic`` (OffsetFetch; -1001 for none)."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group_id})
    try:
        partitions = [TopicPartition(topic, p) for p in range(PARTITIONS)]
        return {tp.partition: tp.offset for tp in consumer.committed(partitions, timeout=20)}
    finally:
        consumer.close()


def _end_offsets(bootstrap: str, topic: str) -> dict[int, int]:
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": f"flink-ends-{uuid.uuid4().hex[:8]}"})
    try:
        return {
            p: consumer.get_watermark_offsets(TopicPartition(topic, p), timeout=10)[1]
            for p in range(PARTITIONS)
        }
    finally:
        consumer.close()


def test_source_offsets_committed(broker: Broker, tmp_path: Path) -> None:
    """While the job runs, the source readers' checkpoint commits (OffsetCommit outside any group
    generation) bring the job's group to the end offset of every input partition, as OffsetFetch
    reads it back; by then the at-least-once sink has flushed every record to the output topic.

    The job runs unbounded and is cancelled only after that was seen: at the end of a bounded
    job, Flink's last commits race each other (see FINDINGS.md), so the committed offsets after a
    bounded job are not something Flink guarantees."""
    tag = uuid.uuid4().hex[:8]
    source, sink = f"flink-in-{tag}", f"flink-out-{tag}"
    _create_topics(broker.bootstrap, [source, sink])
    pairs = _produce_input(broker.bootstrap, source, tag)
    ends = _end_offsets(broker.bootstrap, source)
    assert sum(ends.values()) == RECORDS, ends
    stop_marker = tmp_path / "stop"
    spec = _spec(
        broker,
        tag,
        source,
        sink,
        parallelism=2,
        transaction_timeout_ms=TRANSACTION_TIMEOUT_MS,
        stop_marker=str(stop_marker),
    )
    process, started = _start_job(tmp_path, spec)
    seen: list[tuple[float, dict[int, int]]] = []
    try:
        while True:
            committed = _committed_offsets(broker.bootstrap, spec["group_id"], source)
            elapsed = time.monotonic() - started
            if not seen or seen[-1][1] != committed:
                seen.append((round(elapsed, 1), committed))
            if committed == ends or process.poll() is not None or elapsed > OFFSETS_DEADLINE_S:
                break
            time.sleep(0.5)
        running = process.poll() is None
        # The offsets reached the end, so the checkpoint that covered all input completed, and the
        # at-least-once sink flushed every record before that checkpoint could complete.
        records = _read_committed(broker.bootstrap, sink) if committed == ends else []
    finally:
        stop_marker.touch()
    run = _finish_job(tmp_path, process, started)
    history = f"committed offsets seen (s since start, offsets): {seen}; end offsets {ends}"
    assert running, f"job.py ended before the offsets were checked; {history}; {run.context()}"
    assert committed == ends, (
        f"not at the end offsets within {OFFSETS_DEADLINE_S} s; {history}; {run.context()}"
    )
    assert run.result.get("stop_marker_seen") and run.result.get("status_at_stop") == "RUNNING", run.context()
    assert run.result.get("cancelled"), run.context()
    got = {(value.get("k"), value.get("v")) for _key, value in records}
    expected = {(k, v.upper()) for k, v in pairs}
    assert got == expected, f"{len(records)} records in the output, {RECORDS} expected; {run.context()}"


def test_exactly_once_after_restart(broker: Broker, tmp_path: Path) -> None:
    """The job fails once mid-stream (after checkpoints completed) and restarts from its last
    checkpoint: the restarted writers commit or abort what the failed attempt left open, and a
    read_committed consumer still sees every record exactly once."""
    tag = uuid.uuid4().hex[:8]
    source, sink = f"flink-in-{tag}", f"flink-out-{tag}"
    _create_topics(broker.bootstrap, [source, sink])
    pairs = _produce_input(broker.bootstrap, source, tag)
    marker = tmp_path / "failed-once"
    spec = _spec(
        broker,
        tag,
        source,
        sink,
        parallelism=1,
        transaction_timeout_ms=TRANSACTION_TIMEOUT_MS,
        fail_once_marker=str(marker),
        fail_after=RECORDS * 2 // 3,
    )
    run = _run_job(tmp_path, spec)
    assert marker.exists(), "the injected failure never fired " + run.context()
    assert run.result["finished"], run.context()
    # The scenario is the one claimed: checkpoints completed before the failure, and the
    # restarted writer was handed the sink state of the last one.
    flink_log = "\n".join(path.read_text(errors="replace") for path in tmp_path.glob("flink-*.log"))
    restart = flink_log.find("switched from state RUNNING to RESTARTING")
    assert 0 < flink_log.find("Completed checkpoint") < restart, "no checkpoint completed before the failure"
    assert "Recovered states: [KafkaWriterState" in flink_log[restart:], "the writer restarted without state"
    records = _read_committed(broker.bootstrap, sink)
    got = Counter((value.get("k"), value.get("v")) for _key, value in records)
    expected = Counter((k, v.upper()) for k, v in pairs)
    assert got == expected, f"{len(records)} committed records, {RECORDS} expected; {run.context()}"


def test_default_transaction_timeout_rejected(broker: Broker, tmp_path: Path) -> None:
    """KafkaSink's default 1 h transaction timeout exceeds transaction.max.timeout.ms: the job fails."""
    tag = uuid.uuid4().hex[:8]
    source, sink = f"flink-in-{tag}", f"flink-out-{tag}"
    _create_topics(broker.bootstrap, [source, sink])
    _produce_input(broker.bootstrap, source, tag)
    run = _run_job(tmp_path, _spec(broker, tag, source, sink, parallelism=1, transaction_timeout_ms=None))
    assert not run.result["finished"], run.context()
    causes = "\n".join(run.result["causes"])
    assert INVALID_TRANSACTION_TIMEOUT in causes, run.context()
    assert _read_committed(broker.bootstrap, sink) == [], "records reached the sink topic"
