"""Exactly-once consume-transform-produce while the loop's process is SIGKILLed and restarted.

Proves: a librdkafka consume-transform-produce loop (group subscription, read_committed,
transactional producer with a fixed transactional.id, send_offsets_to_transaction per batch,
:mod:`etl_loop`) killed with SIGKILL at random moments four times and restarted each time with
the same transactional.id and group, then drained, leaves in its output, as read_committed sees
it, every transformed input record exactly once and in its input partition's order: no loss
(a commit the broker dropped, offsets committed without their records), no duplicate (records of
an aborted or fenced transaction leaking, offsets of an aborted transaction applied). Only the
client process is killed, by its PID; the broker keeps running.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
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
REPO = Path(__file__).resolve().parents[2]


def start_loop(broker: Broker, source: str, sink: str, group: str, transactional_id: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "compat_tests.transactions.etl_loop", "--bootstrap", broker.bootstrap,
               "--source", source, "--sink", sink, "--group", group, "--transactional-id", transactional_id]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=REPO)


def wait_for_commit(process: subprocess.Popen[str], deadline_s: float = 60.0) -> None:
    """Block until the loop reports its first committed batch (its stdout is line-buffered JSON)."""
    assert process.stdout is not None
    deadline = time.monotonic() + deadline_s
    for line in process.stdout:
        event = json.loads(line)
        assert "error" not in event, f"the loop failed: {event['error']}"
        if "committed" in event:
            return
        assert time.monotonic() < deadline
    raise AssertionError(f"the loop exited with {process.wait()} before committing")


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
        process = start_loop(broker, source, sink, group, transactional_id)
        try:
            wait_for_commit(process)
            time.sleep(rng.uniform(0.0, 0.5))  # the random moment: mid-batch, mid-commit or between
        finally:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
        progress_at_kill.append(group_progress(admin, group, source))
    # Every kill came while input was left, so each one interrupted the stream (seed for replay).
    assert progress_at_kill[-1] < RECORDS, f"seed {seed}: the loop finished before the last kill"
    assert progress_at_kill == sorted(progress_at_kill), f"seed {seed}: committed offsets went back"

    process = start_loop(broker, source, sink, group, transactional_id)
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
