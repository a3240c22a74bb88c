"""Exactly-once consume-transform-produce while the loop's process is SIGKILLed and restarted.

Proves: a librdkafka consume-transform-produce loop (group subscription, read_committed,
transactional producer with a fixed transactional.id, send_offsets_to_transaction per batch,
:mod:`etl_loop`) killed with SIGKILL four times, each after a random number of committed
batches, restarted each time with the same transactional.id and group, then drained, leaves in its output, as read_committed sees
it, every transformed input record exactly once and in its input partition's order: no loss
(a commit the broker dropped, offsets committed without their records), no duplicate (records of
an aborted or fenced transaction leaking, offsets of an aborted transaction applied). Only the
client process is killed, by its PID; the broker keeps running.
"""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from confluent_kafka import ConsumerGroupTopicPartitions, Producer, TopicPartition
from confluent_kafka.admin import AdminClient

from compat_tests.conftest import Broker
from compat_tests.transactions.common import TIMEOUT, create_topic, eventually, read_log, unique_topic

pytestmark = pytest.mark.timeout(180)

RECORDS = 2000
PARTITIONS = 3
KILLS = 4
# At most 4 × 25 batches of 10 before the last kill: half the input is still left for it.
MAX_BATCHES_BEFORE_KILL = 25
REPO = Path(__file__).resolve().parents[2]


class Loop:
    """One :mod:`etl_loop` process; a thread hands its stdout lines (JSON events) to a queue, so
    that waiting for them can time out."""

    def __init__(self, broker: Broker, source: str, sink: str, group: str, transactional_id: str) -> None:
        command = [sys.executable, "-m", "compat_tests.transactions.etl_loop", "--bootstrap", broker.bootstrap,
                   "--source", source, "--sink", sink, "--group", group, "--transactional-id", transactional_id]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                        cwd=REPO)
        self.events: queue.Queue[dict[str, object] | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.events.put(json.loads(line))
        self.events.put(None)  # end of output: the process exited

    def wait_for_commits(self, batches: int, deadline_s: float = 60.0) -> None:
        """Block until the loop has reported ``batches`` committed batches; fail after ``deadline_s``
        or if the loop reports an error or exits first."""
        deadline = time.monotonic() + deadline_s
        seen = 0
        while seen < batches:
            try:
                event = self.events.get(timeout=max(deadline - time.monotonic(), 0.0))
            except queue.Empty:
                raise AssertionError(f"the loop reported {seen} of {batches} committed batches in {deadline_s} s") from None
            if event is None:
                raise AssertionError(f"the loop exited with {self.process.wait()} after {seen} committed batches")
            assert "error" not in event, f"the loop failed: {event['error']}"
            seen += "committed" in event


def group_progress(admin: AdminClient, group: str, source: str) -> int:
    request = ConsumerGroupTopicPartitions(group, [TopicPartition(source, p) for p in range(PARTITIONS)])
    result = admin.list_consumer_group_offsets([request], require_stable=False)[group].result(TIMEOUT)
    return sum(max(tp.offset, 0) for tp in result.topic_partitions)


def test_exactly_once_across_sigkills(broker: Broker) -> None:
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    source, sink = unique_topic("eos-in"), unique_topic("eos-out")
    create_topic(admin, source, PARTITIONS)
    create_topic(admin, sink, PARTITIONS)
    seeder = Producer({"bootstrap.servers": broker.bootstrap, "linger.ms": 5, "enable.idempotence": True})
    inputs: dict[int, list[bytes]] = {p: [] for p in range(PARTITIONS)}
    for i in range(RECORDS):
        value = b"%05d" % i
        seeder.produce(source, key=b"k%d" % i, value=value, partition=i % PARTITIONS)
        inputs[i % PARTITIONS].append(value)
    assert seeder.flush(TIMEOUT) == 0

    group, transactional_id = unique_topic("eos-group"), unique_topic("eos-txn")
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    progress_at_kill = []
    for _ in range(KILLS):
        loop = Loop(broker, source, sink, group, transactional_id)
        try:
            # The random moment is counted in committed batches, not seconds: a broker that commits
            # in 5 ms would otherwise let the loop drain its input before the later kills. Then a
            # pause of a few milliseconds lands the kill mid-batch, mid-commit or between.
            loop.wait_for_commits(rng.randint(1, MAX_BATCHES_BEFORE_KILL))
            time.sleep(rng.uniform(0.0, 0.02))
        finally:
            os.kill(loop.process.pid, signal.SIGKILL)
            loop.process.wait()
        progress_at_kill.append(group_progress(admin, group, source))
    # Every kill came while input was left, so each one interrupted the stream (seed for replay).
    assert progress_at_kill[-1] < RECORDS, f"seed {seed}: the loop finished before the last kill"
    assert progress_at_kill == sorted(progress_at_kill), f"seed {seed}: committed offsets went back"

    process = Loop(broker, source, sink, group, transactional_id).process
    try:
        eventually(lambda: group_progress(admin, group, source) == RECORDS, timeout=90, interval=0.5)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)

    output = read_log(broker.bootstrap, sink, PARTITIONS, "read_committed")
    for p in range(PARTITIONS):
        got = [r.value for r in output[p]]
        want = [b"t:" + v for v in inputs[p]]
        assert len(got) == len(want), f"seed {seed}, partition {p}: {len(got)} outputs for {len(want)} inputs"
        assert got == want, f"seed {seed}, partition {p}: lost, duplicated or reordered output"
