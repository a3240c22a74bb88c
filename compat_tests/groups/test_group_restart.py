"""Committed offsets and group deletions survive a streamd restart on the file engine.

Each test starts its own ``python -m streamd serve --storage file://DIR`` (a subprocess on a free
loopback port, with ``group.initial.rebalance.delay.ms=0``), so it is skipped when
``STREAMD_COMPAT_BOOTSTRAP`` points the suites at an external broker: Apache Kafka cannot be
restarted from here. See FINDINGS.md for what that means for tests.allow.

Before the restart, with confluent-kafka:

- group ``main`` commits twice: first offset 50 on partitions 0-2, then 10, 27, 44 with
  metadata; partition 0 goes backwards (an explicit commit may rewind), so only replaying the
  commits in order gives the right answer; partition 3 is never committed;
- group ``deleted`` commits and is removed with DeleteGroups;
- group ``pruned`` commits partitions 0 and 1, then OffsetDelete (kafka-python's admin) removes
  partition 0.

The broker is stopped with SIGTERM (it must exit 0) or SIGKILL, and started again on the same
data directory and port. Afterwards OffsetFetch (confluent-kafka, kafka-python and aiokafka, so
several request versions) returns exactly the last commits and nothing that was deleted,
ListGroups lists ``main`` and ``pruned`` as Empty and not ``deleted``, and a new member of
``main`` starts every partition at its committed offset (partition 3 at 0) and reads on from there.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from confluent_kafka import (
    Consumer,
    ConsumerGroupTopicPartitions,
    KafkaError,
    Message,
    Producer,
    TopicPartition,
)
from confluent_kafka.admin import AdminClient

from compat_tests.groups.common import ADMIN_TIMEOUT_S, create_topic, eventually, unique

pytestmark = [
    pytest.mark.timeout(180),
    pytest.mark.skipif(bool(os.environ.get("STREAMD_COMPAT_BOOTSTRAP")),
                       reason="starts and restarts its own streamd; an external broker cannot be restarted here"),
]

READY_LINE = re.compile(r"streamd ready on (\S+):(\d+)")
STARTUP_TIMEOUT_S = 30.0
SHUTDOWN_TIMEOUT_S = 10.0
PARTITIONS = 4
PER_PARTITION = 100
FIRST_COMMIT = {0: 50, 1: 50, 2: 50}
LAST_COMMIT = {0: 10, 1: 27, 2: 44}  # partition 0 rewinds; partition 3 is never committed
METADATA = {p: f"meta-{p}-{offset}" for p, offset in LAST_COMMIT.items()}

Offsets = dict[int, tuple[int, str]]  # partition -> (committed offset, metadata)
Fetch = Callable[[str, str, str], Offsets]  # (bootstrap, group, topic) -> what OffsetFetch returned


class StreamdServer:
    """One ``streamd serve`` on the file engine; restartable on the same port and data directory."""

    def __init__(self, data_dir: Path, log_path: Path) -> None:
        self.data_dir, self.log_path = data_dir, log_path
        self.port = 0
        self.process: subprocess.Popen[str] | None = None
        self._reader: threading.Thread | None = None

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while not self._try_start(deadline):
            if time.monotonic() >= deadline:
                pytest.fail(f"streamd did not start on port {self.port}:\n{self.log_tail()}")
            time.sleep(0.2)  # the port may be held for a moment after a SIGKILL

    def _try_start(self, deadline: float) -> bool:
        command = [sys.executable, "-m", "streamd", "serve", "--listen", f"127.0.0.1:{self.port}",
                   "--storage", f"file://{self.data_dir}", "--log-level", "warning",
                   "--set", "group.initial.rebalance.delay.ms=0", "--set", f"num.partitions={PARTITIONS}"]
        with open(self.log_path, "a") as log:
            log.write(f"----- {' '.join(command)}\n")
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log, text=True)
        self.process = process
        ready: list[int] = []

        def read_stdout() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                with open(self.log_path, "a") as log:
                    log.write(line)
                match = READY_LINE.search(line)
                if match and not ready:
                    ready.append(int(match.group(2)))

        self._reader = threading.Thread(target=read_stdout, daemon=True, name="streamd-stdout")
        self._reader.start()
        while not ready and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        if ready:
            self.port = ready[0]
            return True
        self.kill()
        return False

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        if self.process is not None:
            self.process.wait()
        if self._reader is not None:
            self._reader.join(timeout=5)

    def terminate(self) -> int | None:
        """SIGTERM; the exit code, or None when it had to be killed after SHUTDOWN_TIMEOUT_S."""
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        try:
            code: int | None = self.process.wait(timeout=SHUTDOWN_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.kill()
            code = None
        if self._reader is not None:
            self._reader.join(timeout=5)
        return code

    def log_tail(self) -> str:
        return self.log_path.read_text(errors="replace")[-20_000:] if self.log_path.exists() else ""


@pytest.fixture
def server(tmp_path: Path) -> Iterator[StreamdServer]:
    running = StreamdServer(tmp_path / "data", tmp_path / "streamd.log")
    running.start()
    try:
        yield running
    finally:
        running.kill()


# --------------------------------------------------------------------------- clients


def produce(bootstrap: str, topic: str) -> None:
    """PER_PARTITION records per partition; record id ``i`` goes to partition ``i % PARTITIONS``."""
    producer = Producer({"bootstrap.servers": bootstrap, "acks": "all", "linger.ms": 5})
    failures: list[KafkaError] = []

    def on_delivery(error: KafkaError | None, _message: Message) -> None:
        if error is not None:
            failures.append(error)

    for i in range(PARTITIONS * PER_PARTITION):
        producer.produce(topic, value=b"%d" % i, partition=i % PARTITIONS, on_delivery=on_delivery)
    assert producer.flush(30) == 0
    assert not failures, failures[:3]


def member(bootstrap: str, group: str) -> Consumer:
    return Consumer({"bootstrap.servers": bootstrap, "group.id": group, "enable.auto.commit": False,
                     "auto.offset.reset": "earliest", "session.timeout.ms": 6000, "heartbeat.interval.ms": 500,
                     "fetch.wait.max.ms": 100})


def join_and_read(consumer: Consumer, topic: str, partitions: set[int]) -> dict[int, list[Message]]:
    """Subscribe and poll until every partition in ``partitions`` delivered at least one record."""
    got: dict[int, list[Message]] = {}
    consumer.subscribe([topic])
    deadline = time.monotonic() + 60
    while not partitions <= set(got) and time.monotonic() < deadline:
        for message in consumer.consume(num_messages=500, timeout=0.5):
            assert message.error() is None, message.error()
            partition = message.partition()
            assert partition is not None
            got.setdefault(partition, []).append(message)
    assert partitions <= set(got), f"records only from partitions {sorted(got)} after 60 s"
    return got


def commit(consumer: Consumer, topic: str, offsets: dict[int, int], metadata: dict[int, str] | None = None) -> None:
    tps = [TopicPartition(topic, p, o, metadata=metadata[p]) if metadata else TopicPartition(topic, p, o)
           for p, o in offsets.items()]
    results = consumer.commit(offsets=tps, asynchronous=False)
    assert results is not None and all(tp.error is None for tp in results), results


def fetch_confluent(bootstrap: str, group: str, topic: str) -> Offsets:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    request = [ConsumerGroupTopicPartitions(group)]
    result = admin.list_consumer_group_offsets(request, request_timeout=10)[group].result(ADMIN_TIMEOUT_S)
    return {tp.partition: (tp.offset, tp.metadata or "") for tp in result.topic_partitions or []
            if tp.topic == topic and tp.offset >= 0}


def fetch_kafka_python(bootstrap: str, group: str, topic: str) -> Offsets:
    from kafka.admin import KafkaAdminClient

    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        found = admin.list_group_offsets(group).get(group, {})
    finally:
        admin.close()
    return {tp.partition: (om.offset, om.metadata or "") for tp, om in found.items() if tp.topic == topic and om.offset >= 0}


def fetch_aiokafka(bootstrap: str, group: str, topic: str) -> Offsets:
    from aiokafka.admin import AIOKafkaAdminClient

    async def fetch() -> Offsets:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
        await admin.start()
        try:
            found = await admin.list_consumer_group_offsets(group)
        finally:
            await admin.close()
        return {tp.partition: (om.offset, om.metadata or "") for tp, om in found.items()
                if tp.topic == topic and om.offset >= 0}

    return asyncio.run(fetch())


def offset_delete(bootstrap: str, group: str, topic: str, partition: int) -> None:
    from kafka import TopicPartition as KafkaTopicPartition
    from kafka.admin import KafkaAdminClient

    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        result = admin.delete_group_offsets(group, [KafkaTopicPartition(topic, partition)])
    finally:
        admin.close()
    assert all(error.__name__ == "NoError" for error in result.values()), result


def listed(bootstrap: str) -> dict[str, str]:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    result = admin.list_consumer_groups(request_timeout=10).result(ADMIN_TIMEOUT_S)
    return {g.group_id: (g.state.name if g.state is not None else "") for g in result.valid}


# --------------------------------------------------------------------------- the test


def wait_offsets(fetch: Fetch, bootstrap: str, group: str, topic: str,
                 expected: Offsets) -> None:
    """Poll until ``fetch`` returns ``expected``: right after a restart the coordinator may still
    be loading the group (COORDINATOR_LOAD_IN_PROGRESS), which clients surface differently."""
    last: list[object] = []

    def check() -> bool:
        try:
            last[:] = [fetch(bootstrap, group, topic)]
        except Exception as exc:  # noqa: BLE001 - retried until the deadline
            last[:] = [exc]
        return last[0] == expected

    try:
        eventually(check, 30, "", interval=0.5)
    except AssertionError:
        raise AssertionError(f"{fetch.__name__} for {group}: {last[0]!r}, expected {expected}") from None


def scenario(bootstrap: Callable[[], str], restart: Callable[[], None]) -> None:
    """The whole test around ``restart``; ``bootstrap()`` is the broker's address at the time."""
    topic = unique("restart")
    main, deleted, pruned = unique("main"), unique("deleted"), unique("pruned")
    create_topic(bootstrap(), topic, PARTITIONS)
    produce(bootstrap(), topic)

    consumer = member(bootstrap(), main)
    join_and_read(consumer, topic, set(range(PARTITIONS)))
    commit(consumer, topic, FIRST_COMMIT)
    commit(consumer, topic, LAST_COMMIT, METADATA)
    consumer.close()
    for group, to_commit in ((deleted, {0: 5, 1: 6}), (pruned, {0: 7, 1: 8})):
        consumer = member(bootstrap(), group)
        join_and_read(consumer, topic, set(range(PARTITIONS)))
        commit(consumer, topic, to_commit)
        consumer.close()
    expected = {p: (o, METADATA[p]) for p, o in LAST_COMMIT.items()}
    assert fetch_confluent(bootstrap(), main, topic) == expected

    admin = AdminClient({"bootstrap.servers": bootstrap()})
    admin.delete_consumer_groups([deleted], request_timeout=10)[deleted].result(ADMIN_TIMEOUT_S)
    offset_delete(bootstrap(), pruned, topic, 0)
    assert fetch_confluent(bootstrap(), deleted, topic) == {}
    assert fetch_confluent(bootstrap(), pruned, topic) == {1: (8, "")}

    restart()

    # librdkafka commits metadata with its C string terminator and strips it when reading back;
    # the other clients show the bytes as the broker stores them.
    verbatim = {p: (o, m + "\x00") for p, (o, m) in expected.items()}
    for fetch in (fetch_confluent, fetch_kafka_python, fetch_aiokafka):
        wait_offsets(fetch, bootstrap(), main, topic, expected if fetch is fetch_confluent else verbatim)
        wait_offsets(fetch, bootstrap(), deleted, topic, {})
        wait_offsets(fetch, bootstrap(), pruned, topic, {1: (8, "")})

    groups = listed(bootstrap())
    assert groups.get(main) == "EMPTY" and groups.get(pruned) == "EMPTY", groups
    assert deleted not in groups, groups

    consumer = member(bootstrap(), main)
    try:
        got = join_and_read(consumer, topic, set(range(PARTITIONS)))
    finally:
        consumer.close()
    for p in range(PARTITIONS):
        start = LAST_COMMIT.get(p, 0)
        offsets = [m.offset() or 0 for m in got[p]]
        assert offsets == list(range(start, start + len(offsets))), f"partition {p}: resumed at {offsets[:5]}..."
        values = [m.value() for m in got[p]]
        assert values == [b"%d" % (o * PARTITIONS + p) for o in offsets], f"partition {p}: wrong records"


@pytest.mark.parametrize("stop", ["sigterm", "sigkill"])
def test_committed_offsets_survive_restart(server: StreamdServer, stop: str) -> None:
    def restart() -> None:
        if stop == "sigterm":
            code = server.terminate()
            assert code == 0, f"streamd exited with {code} after SIGTERM:\n{server.log_tail()}"
        else:
            server.kill()
        server.start()

    scenario(lambda: server.bootstrap, restart)
    assert "Traceback" not in server.log_tail(), server.log_tail()
