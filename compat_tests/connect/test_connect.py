"""Kafka Connect 4.2.0 standalone on the broker under test: files and a database.

The worker is the unmodified ``org.apache.kafka.connect.cli.ConnectStandalone`` from
``connect-runtime`` (``install.sh`` copies it and its closure into ``.peers/connect/libs``), with
its REST listener on a free loopback port, offsets in a local file, ``-Xmx512m``. Each test
starts its own worker and stops it with SIGTERM (a clean worker shutdown exits 0).

What a pass proves:

- ``test_file_source_to_file_sink``: FileStreamSource reads a file of 3000 lines (ASCII, Latin,
  CJK, Cyrillic, emoji, lines with spaces and tabs, empty lines) into a one-partition topic
  (one partition keeps the lines in order), FileStreamSink writes the topic back to a file:
  the output equals the input byte for byte. So the source task's idempotent producer
  (InitProducerId, Produce) and the sink task's classic consumer group ``connect-<name>``
  (JoinGroup/SyncGroup, OffsetFetch, Fetch, OffsetCommit) deliver each line once, in order,
  with empty values kept empty (not null). The topic is read with a consumer afterwards:
  exactly 3000 records, one per line.
- ``test_debezium_postgres_source``: Debezium's PostgreSQL source (pgoutput logical
  replication) snapshots a table in a real PostgreSQL server, then streams inserts, updates
  and deletes; the worker creates its topic through CreateTopics (``topic.creation.*``). The
  change events read back from the topic (JSON) are exactly the snapshot reads, inserts,
  updates, deletes and tombstones the SQL did, and replaying them gives the table's final
  rows as PostgreSQL returns them.
- ``test_file_pipeline_survives_worker_sigkill``: FileStreamSource tails a growing file and the
  worker is SIGKILLed mid-way, then started again: no line is missing from the sink file (lines
  may repeat, as at-least-once allows), and the last line arrives. So the broker keeps the sink
  group's committed offsets and the records across the kill, drops the dead member (its session
  expires) and gives the restarted sink the committed offset through OffsetFetch, and accepts
  the restarted source's new idempotent producer.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from confluent_kafka import Consumer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

from compat_tests.conftest import Broker
from compat_tests.jvm_app import SIGTERM_EXIT, JavaApp, free_port, java_apps, wait_until

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
PEER_DIR = Path(os.environ.get("STREAMD_CONNECT_DIR", str(REPO_ROOT / ".peers" / "connect")))
_POM = HERE.joinpath("pom.xml").read_text()
KAFKA_VERSION = _POM.split("<kafka.version>", 1)[1].split("<", 1)[0]
DEBEZIUM_VERSION = _POM.split("<debezium.version>", 1)[1].split("<", 1)[0]
MAIN_CLASS = "org.apache.kafka.connect.cli.ConnectStandalone"
STRING_CONVERTER = "org.apache.kafka.connect.storage.StringConverter"
JSON_CONVERTER = "org.apache.kafka.connect.json.JsonConverter"
START_TIMEOUT_S = 90.0
RUN_TIMEOUT_S = 90.0
# Where a failing run of the SIGKILL test keeps its files (git-ignored, as all of .peers/).
FAILED_RUNS_DIR = PEER_DIR / "failed-runs"


@pytest.fixture(scope="module", autouse=True)
def installed() -> None:
    result = subprocess.run([str(HERE / "install.sh")], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.fail(f"compat_tests/connect/install.sh failed:\n{result.stdout}{result.stderr}")


def _unique(name: str) -> str:
    return f"connect-{name}-{uuid.uuid4().hex[:8]}"


def _properties(path: Path, values: dict[str, str]) -> Path:
    # Java properties: escape backslashes; values here carry no other specials.
    path.write_text("".join(f"{key}={value.replace(chr(92), chr(92) * 2)}\n" for key, value in values.items()))
    return path


@dataclass
class Worker:
    app: JavaApp
    rest_port: int

    def get(self, path: str) -> Any:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.rest_port}{path}", timeout=5) as reply:
            return json.loads(reply.read())

    def running(self, connector: str, tasks: int = 1) -> bool:
        """True once ``connector`` and ``tasks`` tasks are RUNNING; fails on a FAILED task."""
        try:
            status = self.get(f"/connectors/{connector}/status")
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return False
        for task in status.get("tasks", []):
            assert task["state"] != "FAILED", f"{connector} task failed: {task.get('trace', '')[:4000]}"
        assert status["connector"]["state"] != "FAILED", f"{connector} failed: {status['connector']}"
        states = [task["state"] for task in status.get("tasks", [])]
        return status["connector"]["state"] == "RUNNING" and states == ["RUNNING"] * tasks


def _worker(broker: Broker, work: Path, connectors: list[dict[str, str]], apps: list[JavaApp],
            value_converter: str = STRING_CONVERTER) -> Worker:
    rest_port = free_port()
    worker = _properties(work / "worker.properties", {
        "bootstrap.servers": broker.bootstrap,
        "key.converter": value_converter,
        "value.converter": value_converter,
        "key.converter.schemas.enable": "false",
        "value.converter.schemas.enable": "false",
        "offset.storage.file.filename": str(work / "connect.offsets"),
        "offset.flush.interval.ms": "500",
        "listeners": f"http://127.0.0.1:{rest_port}",
        "plugin.path": str(PEER_DIR / "plugins"),
        "plugin.discovery": "only_scan",
        # A SIGKILLed worker's sink consumer leaves its group only when its session expires
        # (default 45 s); the restarted worker's rebalance waits for that.
        "consumer.session.timeout.ms": "6000",
        "consumer.heartbeat.interval.ms": "1000",
    })
    files = [str(_properties(work / f"{c['name']}.properties", c)) for c in connectors]
    log4j = work / "log4j2.properties"
    shutil.copy(HERE / "log4j2.properties", log4j)
    app = JavaApp(classpath=f"{PEER_DIR / 'libs'}/*", main_class=MAIN_CLASS, args=[str(worker), *files],
                  log_path=work / "connect.log", cwd=work,
                  jvm_opts=[f"-Dlog4j2.configurationFile={log4j}", f"-Djava.io.tmpdir={work}"])
    apps.append(app)
    app.start()
    return Worker(app, rest_port)


def _create_topic(broker: Broker, topic: str, partitions: int = 1) -> None:
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    admin.create_topics([NewTopic(topic, partitions, 1)])[topic].result()


def _read_topic(broker: Broker, topic: str, expected: int, timeout: float = 30.0) -> list[tuple[bytes | None, bytes | None]]:
    """All records of partition 0 of ``topic`` as (key, value), waiting for ``expected`` of them
    and then briefly for any beyond."""
    consumer = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": _unique("check"),
                         "enable.auto.commit": False, "auto.offset.reset": "earliest"})
    consumer.assign([TopicPartition(topic, 0, 0)])
    records: list[tuple[bytes | None, bytes | None]] = []
    try:
        deadline = time.monotonic() + timeout
        idle_until = None
        while time.monotonic() < deadline:
            batch = consumer.consume(5000, timeout=0.2)
            for message in batch:
                assert message.error() is None, message.error()
                records.append((message.key(), message.value()))
            if len(records) >= expected:
                idle_until = idle_until or time.monotonic() + 1.0
                if time.monotonic() > idle_until:
                    break
    finally:
        consumer.close()
    return records


def _input_lines(count: int) -> list[str]:
    samples = ["plain ascii line", "café au lait, naïve façade", "日本語のテキスト", "данные и текст",
               "λόγος", "emoji 🙂🚀 and a 4-byte 𝄞", "tabs\tinside\tthe line", "  leading and trailing  ",
               "", "ǅ mixed ǈ", "a"]
    return [f"{number:05d} {samples[number % len(samples)]}" if number % 7 else "" for number in range(count)]


def test_file_source_to_file_sink(broker: Broker, tmp_path: Path) -> None:
    lines = _input_lines(3000)
    source_file, sink_file = tmp_path / "in.txt", tmp_path / "out.txt"
    source_file.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    topic = _unique("lines")
    _create_topic(broker, topic)
    connectors = [
        {"name": _unique("file-source"), "connector.class": "org.apache.kafka.connect.file.FileStreamSourceConnector",
         "tasks.max": "1", "file": str(source_file), "topic": topic, "batch.size": "500"},
        {"name": _unique("file-sink"), "connector.class": "org.apache.kafka.connect.file.FileStreamSinkConnector",
         "tasks.max": "1", "file": str(sink_file), "topics": topic},
    ]
    expected = source_file.read_bytes()
    with java_apps() as apps:
        worker = _worker(broker, tmp_path, connectors, apps)
        for connector in connectors:
            wait_until(functools.partial(worker.running, connector["name"]), START_TIMEOUT_S,
                       f"{connector['name']} to be RUNNING", app=worker.app)

        def sink_complete() -> bool:
            return sink_file.exists() and len(sink_file.read_bytes()) >= len(expected)

        wait_until(sink_complete, RUN_TIMEOUT_S, f"{sink_file} to hold {len(lines)} lines", app=worker.app)
        assert worker.app.stop() == SIGTERM_EXIT, worker.app.log_tail()
    output = sink_file.read_bytes()
    if output != expected:
        got = output.decode("utf-8", "replace").split("\n")
        first = next((i for i, (a, b) in enumerate(zip(got, lines, strict=False)) if a != b), min(len(got), len(lines)))
        pytest.fail(f"sink file differs from the source file: {len(got) - 1} lines vs {len(lines)}, "
                    f"first difference at line {first}: {got[first:first + 2]!r} vs {lines[first:first + 2]!r}")
    records = _read_topic(broker, topic, len(lines))
    assert [value for _, value in records] == [line.encode() for line in lines]


def _sink_progress(tags: list[int]) -> str:
    """The sink file's tags in brief: how many, the last, and every place the sequence does not
    go on by one (a replay goes back; a gap would go forward by more than one)."""
    breaks = [f"{tags[i - 1]}->{tags[i]} at {i}" for i in range(1, len(tags)) if tags[i] != tags[i - 1] + 1]
    last = tags[-1] if tags else None
    return f"{len(tags)} tagged lines, last {last}, breaks: {', '.join(breaks[:20]) or 'none'}"


def _broker_view(broker: Broker, topic: str, group: str) -> str:
    """What the broker says about the topic's ends and the sink group: its state, members and
    committed offset (an OffsetFetch without joining the group)."""
    out: list[str] = []
    consumer = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": group, "enable.auto.commit": False})
    try:
        low, high = consumer.get_watermark_offsets(TopicPartition(topic, 0), timeout=10)
        out.append(f"topic {topic}[0]: low {low}, high {high}")
        if high > low:
            consumer.assign([TopicPartition(topic, 0, high - 1)])
            message = consumer.poll(10)
            value = message.value() if message is not None and message.error() is None else None
            out.append(f"its last record: {value[:40]!r}" if value is not None else "its last record not read")
        committed = consumer.committed([TopicPartition(topic, 0)], timeout=10)
        out.append(f"group {group} committed offset: {committed[0].offset}")
    except Exception as exc:  # diagnostics only: never hide the original failure
        out.append(f"topic/offsets not read: {exc!r}")
    finally:
        consumer.close()
    try:
        admin = AdminClient({"bootstrap.servers": broker.bootstrap})
        description = admin.describe_consumer_groups([group], request_timeout=10)[group].result()
        members = [(m.member_id, [f"{tp.topic}[{tp.partition}]" for tp in m.assignment.topic_partitions])
                   for m in description.members]
        out.append(f"group {group}: state {description.state}, members {members}")
    except Exception as exc:
        out.append(f"group not described: {exc!r}")
    return "\n".join(out)


@contextmanager
def _kept_on_failure(work: Path, broker: Broker, diagnose: Callable[[], str]) -> Iterator[None]:
    """When the body fails, copy the test's directory (worker log, input and sink files, worker
    offsets, properties) and the streamd log to ``.peers/connect/failed-runs/<test>-<time>/``,
    with ``diagnosis.txt`` from ``diagnose`` (run while the worker still runs), and print where."""
    try:
        yield
    except BaseException:  # pytest.fail raises an OutcomeException, a BaseException
        keep = FAILED_RUNS_DIR / f"{work.name}-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
        try:
            diagnosis = diagnose()
        except Exception as exc:
            diagnosis = f"diagnosis failed: {exc!r}"
        try:
            shutil.copytree(work, keep)
            if broker.log_path is not None:
                shutil.copy(broker.log_path, keep / "streamd.log")
            (keep / "diagnosis.txt").write_text(diagnosis + "\n")
            print(f"\n===== failed run kept in {keep}\n{diagnosis}")
        except OSError as exc:
            print(f"\n===== failed run not kept ({exc!r})\n{diagnosis}")
        raise


def test_file_pipeline_survives_worker_sigkill(broker: Broker, tmp_path: Path) -> None:
    """FileStreamSource tails a growing file; the worker is SIGKILLed mid-way and restarted.

    Connect is at-least-once here: the source resumes from its last flushed file offset and
    the sink from its group's last committed offset, so lines may repeat but none may be
    missing. The check: reading the sink file's ``L<number>;`` tags in order, each tag is at
    most one past the highest seen before (a replay goes back, nothing is skipped), and the
    last line is there. A broker that lost a committed offset, or returned a higher one from
    OffsetFetch than was committed, would leave a gap.

    After the restart both tasks must run again (a FAILED task fails the test at once, with
    its trace, instead of waiting out the deadline). A failing run keeps its files and the
    streamd log under ``.peers/connect/failed-runs/`` (see ``_kept_on_failure``)."""
    count = 3000
    source_file, sink_file = tmp_path / "in.txt", tmp_path / "out.txt"
    all_lines = [f"L{number:06d};{'x' * (number % 50)} ☃" for number in range(count)]
    thirds = [all_lines[:1000], all_lines[1000:2000], all_lines[2000:]]
    source_file.write_text("".join(line + "\n" for line in thirds[0]), encoding="utf-8")
    topic = _unique("tail")
    _create_topic(broker, topic)
    # batch.size above the file's line count: FileStreamSourceTask (4.2.0) returns a poll at
    # batch.size with the rest of what it read still in its char buffer, and extracts lines only
    # after a read, which it does only while the file has unread bytes. When that happens on the
    # file's last chunk, the last lines wait for the file to grow, here forever (see FINDINGS.md).
    connectors = [
        {"name": _unique("tail-source"), "connector.class": "org.apache.kafka.connect.file.FileStreamSourceConnector",
         "tasks.max": "1", "file": str(source_file), "topic": topic, "batch.size": str(10 * count)},
        {"name": _unique("tail-sink"), "connector.class": "org.apache.kafka.connect.file.FileStreamSinkConnector",
         "tasks.max": "1", "file": str(sink_file), "topics": topic},
    ]
    sink_group = f"connect-{connectors[1]['name']}"

    def tags() -> list[int]:
        text = sink_file.read_text(encoding="utf-8", errors="replace") if sink_file.exists() else ""
        return [int(tag) for tag in re.findall(r"L(\d{6});", text)]

    def append(lines: list[str]) -> None:
        with open(source_file, "a", encoding="utf-8") as out:
            for line in lines:
                out.write(line + "\n")
                out.flush()

    events: list[str] = []

    def event(what: str) -> None:
        events.append(f"{time.strftime('%H:%M:%S')} {what}")

    with java_apps() as apps:
        worker = _worker(broker, tmp_path, connectors, apps)

        def diagnose() -> str:
            lines = ["events: " + "; ".join(events), f"sink file: {_sink_progress(tags())}"]
            for name in (connector["name"] for connector in connectors):
                try:
                    lines.append(f"{name}: {json.dumps(worker.get(f'/connectors/{name}/status'))}")
                except Exception as exc:
                    lines.append(f"{name}: status not read: {exc!r}")
            lines.append(_broker_view(broker, topic, sink_group))
            return "\n".join(lines)

        def both_running() -> bool:
            return all([worker.running(connector["name"]) for connector in connectors])

        with _kept_on_failure(tmp_path, broker, diagnose):
            wait_until(both_running, START_TIMEOUT_S, "both connectors to be RUNNING", app=worker.app)
            event("both RUNNING")
            wait_until(lambda: len(tags()) >= 1000, RUN_TIMEOUT_S, "the first 1000 lines in the sink file",
                       app=worker.app)
            writer = threading.Thread(target=append, args=(thirds[1],), daemon=True)
            writer.start()
            wait_until(lambda: len(tags()) >= 1100, RUN_TIMEOUT_S, "lines of the second third in the sink file",
                       app=worker.app, interval=0.01)
            worker.app.kill()
            event(f"SIGKILL, sink file: {_sink_progress(tags())}")
            writer.join(timeout=30)
            append(thirds[2])
            worker.app.start()
            event("restarted")
            wait_until(both_running, START_TIMEOUT_S, "both connectors to be RUNNING after the restart",
                       app=worker.app)
            event("both RUNNING again")

            def last_line_arrived() -> bool:
                # A task that fails after the restart fails the test now, with its trace.
                both_running()
                seen = tags()
                return bool(seen) and seen[-1] == count - 1

            wait_until(last_line_arrived, START_TIMEOUT_S + RUN_TIMEOUT_S,
                       f"line {count - 1} in the sink file after the restart", app=worker.app)
            event("last line arrived")
            assert worker.app.stop() == SIGTERM_EXIT, worker.app.log_tail()
            seen = tags()
            highest = -1
            for position, tag in enumerate(seen):
                assert tag <= highest + 1, f"line {highest + 1} missing: tag {tag} follows {highest} at {position}"
                highest = max(highest, tag)
            assert highest == count - 1
    print(f"sink lines {len(seen)} for {count} input lines ({len(seen) - count} replayed); {_sink_progress(seen)}")


# --------------------------------------------------------------------------- PostgreSQL


@dataclass
class Postgres:
    """A PostgreSQL server of Debian's package in a temp data dir, on a loopback port, trust auth."""

    bin_dir: Path
    data_dir: Path
    port: int

    def _as_postgres(self, *command: str) -> list[str]:
        return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else list(command)

    def sql(self, script: str) -> str:
        """Run ``script`` with psql over TCP; return its unaligned, tuples-only output."""
        result = subprocess.run(
            [str(self.bin_dir / "psql"), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
             "-p", str(self.port), "-U", "postgres", "-d", "postgres", "-f", "-"],
            input=script, capture_output=True, text=True, timeout=60, check=False,
            env={**os.environ, "PGCLIENTENCODING": "UTF8"})
        assert result.returncode == 0, f"psql failed: {result.stderr}\n{script[:2000]}"
        return result.stdout


def _postgres_bin() -> Path | None:
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return candidates[-1].parent if candidates else None


@pytest.fixture(scope="module")
def postgres() -> Iterator[Postgres]:
    bin_dir = _postgres_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (compat_tests/connect/install.sh installs it)")
    data_dir = Path(tempfile.mkdtemp(prefix="streamd-connect-pg-"))
    if os.geteuid() == 0:
        shutil.chown(data_dir, "postgres", "postgres")
    server = Postgres(bin_dir, data_dir / "data", free_port())
    run = server._as_postgres
    subprocess.run(run(str(bin_dir / "initdb"), "-D", str(server.data_dir), "-U", "postgres", "-A", "trust",
                       "-E", "UTF8", "--no-locale"), check=True, capture_output=True, timeout=120)
    options = (f"-c port={server.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={data_dir} "
               "-c wal_level=logical -c max_wal_senders=4 -c max_replication_slots=4 -c fsync=off")
    started = subprocess.run(run(str(bin_dir / "pg_ctl"), "-D", str(server.data_dir), "-l", str(data_dir / "pg.log"),
                                 "-o", options, "-w", "-t", "60", "start"), capture_output=True, text=True,
                             timeout=90, check=False)
    try:
        assert started.returncode == 0, f"pg_ctl start failed: {started.stdout}{started.stderr}"
        yield server
    finally:
        # pg_ctl stop signals the postmaster this fixture started (its PID is in postmaster.pid).
        subprocess.run(run(str(bin_dir / "pg_ctl"), "-D", str(server.data_dir), "-m", "fast", "-w", "stop"),
                       capture_output=True, timeout=60, check=False)
        shutil.rmtree(data_dir, ignore_errors=True)


def _row(row_id: int, generation: int) -> tuple[int, str, int]:
    names = ["plain", "café", "日本語", "данные", "emoji 🙂", "it's quoted"]
    return row_id, f"{names[row_id % len(names)]} #{row_id}.{generation}", row_id * 10 + generation


def _values(rows: list[tuple[int, str, int]]) -> str:
    return ", ".join(f"({i}, '{name.replace(chr(39), chr(39) * 2)}', {qty})" for i, name, qty in rows)


def test_debezium_postgres_source(broker: Broker, postgres: Postgres, tmp_path: Path) -> None:
    table = f"items_{uuid.uuid4().hex[:8]}"
    prefix = _unique("dbz").replace("-", "_")
    snapshot_rows = [_row(i, 0) for i in range(1, 301)]
    postgres.sql(f"CREATE TABLE public.{table} (id integer PRIMARY KEY, name text NOT NULL, qty integer NOT NULL);\n"
                 f"INSERT INTO public.{table} VALUES {_values(snapshot_rows)};\n")
    connector = {
        "name": prefix, "connector.class": "io.debezium.connector.postgresql.PostgresConnector", "tasks.max": "1",
        "database.hostname": "127.0.0.1", "database.port": str(postgres.port), "database.user": "postgres",
        "database.password": "unused", "database.dbname": "postgres", "topic.prefix": prefix,
        "plugin.name": "pgoutput", "slot.name": prefix, "publication.name": f"{prefix}_pub",
        "publication.autocreate.mode": "filtered", "table.include.list": f"public.{table}",
        "snapshot.mode": "initial", "slot.drop.on.stop": "true",
        "topic.creation.default.replication.factor": "1", "topic.creation.default.partitions": "1",
    }
    topic = f"{prefix}.public.{table}"
    inserted = [_row(i, 0) for i in range(301, 401)]
    updated = [_row(i, 1) for i in range(1, 400, 8)]
    deleted = list(range(2, 400, 9))
    expected_ops = Counter({"r": len(snapshot_rows), "c": len(inserted), "u": len(updated), "d": len(deleted)})
    with java_apps() as apps:
        worker = _worker(broker, tmp_path, [connector], apps, value_converter=JSON_CONVERTER)
        wait_until(functools.partial(worker.running, connector["name"]), START_TIMEOUT_S,
                   f"{connector['name']} to be RUNNING", app=worker.app)
        # The snapshot is in the topic once all its reads are there; then the streaming phase runs.
        def snapshot_done() -> bool:
            topics = AdminClient({"bootstrap.servers": broker.bootstrap}).list_topics(timeout=5).topics
            return topic in topics and len(_read_topic(broker, topic, len(snapshot_rows), timeout=2)) >= len(snapshot_rows)

        wait_until(snapshot_done, RUN_TIMEOUT_S, f"{len(snapshot_rows)} snapshot records in {topic}", app=worker.app)
        script = [f"INSERT INTO public.{table} VALUES {_values(inserted)};"]
        script += [f"UPDATE public.{table} SET name = '{n.replace(chr(39), chr(39) * 2)}', qty = {q} WHERE id = {i};"
                   for i, n, q in updated]
        script += [f"DELETE FROM public.{table} WHERE id = {i};" for i in deleted]
        postgres.sql("\n".join(script) + "\n")
        total = sum(expected_ops.values()) + len(deleted)  # a tombstone follows each delete
        wait_until(lambda: len(_read_topic(broker, topic, total, timeout=2)) >= total, RUN_TIMEOUT_S,
                   f"{total} change events in {topic}", app=worker.app)
        # Debezium's task stop can take longer than the FileStream connectors' (FINDINGS.md).
        assert worker.app.stop(timeout=90) == SIGTERM_EXIT, worker.app.log_tail(40_000)
    records = _read_topic(broker, topic, total)
    ops: Counter[str] = Counter()
    state: dict[int, tuple[int, str, int]] = {}
    tombstones = 0
    for key, value in records:
        assert key is not None
        row_id = json.loads(key)["id"]
        if value is None:
            tombstones += 1
            assert row_id not in state
            continue
        event = json.loads(value)
        ops[event["op"]] += 1
        if event["op"] == "d":
            assert event["before"]["id"] == row_id
            state.pop(row_id)
        else:
            after = event["after"]
            state[row_id] = (after["id"], after["name"], after["qty"])
    assert ops == expected_ops
    assert tombstones == len(deleted)
    table_rows = [line.split("|", 2) for line in
                  postgres.sql(f"SELECT id, qty, name FROM public.{table} ORDER BY id;\n").splitlines()]
    assert [(int(i), name, int(qty)) for i, qty, name in table_rows] == [state[i] for i in sorted(state)]
