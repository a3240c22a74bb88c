"""One consumer-group member, run as its own process: ``python -m compat_tests.groups.member ...``.

Why a process: a member must be killable with SIGKILL (a crash the broker only notices by the
missing heartbeats), which a thread cannot simulate; and librdkafka, kafka-python and aiokafka
each keep background threads or event loops that a SIGKILL stops in the same way a real crash
does. SIGTERM is a clean shutdown: the member leaves its poll loop and closes its consumer (a
dynamic member sends LeaveGroup; a static one, with group.instance.id, does not).

The member writes one JSON object per line on stdout, which the test reads as it happens:

- ``{"e": "assign", "t": T, "added": {"P": committed}, "owned": [P, ...]}`` after every
  assignment. ``committed`` is the group's committed offset for each newly owned partition, read
  with the client's own OffsetFetch inside the rebalance callback (-1: none), so the test can
  check that the first record fetched afterwards is exactly there.
- ``{"e": "revoke" | "lost", "t": T, "parts": [P, ...], "owned": [P, ...]}``.
- ``{"e": "recs", "p": P, "offs": [...], "ids": [...]}`` for every batch of records, in the order
  the client delivered them; the record id is the decimal value.
- ``{"e": "commit", "t": T, "offsets": {"P": next_offset}}`` after a synchronous commit succeeded,
  ``{"e": "commit_failed", ...}`` when it did not (a rebalance may reject it; the records then
  come again, which at-least-once allows).
- ``{"e": "closed", "t": T}`` after a clean close.

``T`` is ``time.monotonic()``, which on Linux is one clock for every process on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import faulthandler
import json
import logging
import signal
import sys
import threading
import time
from typing import Any

POLL_TIMEOUT_S = 0.2
MAX_RECORDS = 500

_out_lock = threading.Lock()


def emit(event: str, **fields: Any) -> None:
    line = json.dumps({"e": event, "t": time.monotonic(), **fields}, separators=(",", ":"))
    with _out_lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


class Tracker:
    """The partitions this member owns, and how far it has processed each one."""

    def __init__(self) -> None:
        self.owned: set[int] = set()
        self.next_offset: dict[int, int] = {}
        self.closing = False

    def close(self) -> None:
        """Ownership ends when the member stops polling, before its client closes (and sends
        LeaveGroup): kafka-python and aiokafka call no revoke listener on close, librdkafka does.
        Later callbacks are ignored."""
        self.revoked("revoke", sorted(self.owned))
        self.closing = True

    def assigned(self, committed: dict[int, int]) -> None:
        if not committed or self.closing:
            return  # kafka-python and aiokafka report an empty set around the first join
        self.owned |= set(committed)
        emit("assign", added={str(p): o for p, o in committed.items()}, owned=sorted(self.owned))

    def revoked(self, event: str, parts: list[int]) -> None:
        if not parts or self.closing:
            return
        self.owned -= set(parts)
        for p in parts:
            self.next_offset.pop(p, None)
        emit(event, parts=sorted(parts), owned=sorted(self.owned))

    def records(self, batch: dict[int, list[tuple[int, bytes | None]]]) -> dict[int, int]:
        """Report a batch; the offsets to commit for the partitions still owned."""
        to_commit = {}
        for p, records in batch.items():
            emit("recs", p=p, offs=[o for o, _ in records],
                 ids=[int(v) if v is not None else -1 for _, v in records])
            if p in self.owned and records:
                to_commit[p] = records[-1][0] + 1
        return to_commit


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="one consumer group member")
    parser.add_argument("--client", required=True, choices=["confluent-kafka", "kafka-python", "aiokafka"])
    parser.add_argument("--bootstrap", required=True)
    parser.add_argument("--topic", required=True)
    parser.add_argument("--group", required=True)
    parser.add_argument("--protocol", default="classic", choices=["classic", "consumer"])
    parser.add_argument("--assignor", default="range", choices=["range", "roundrobin", "cooperative-sticky"])
    parser.add_argument("--instance-id", default=None)
    parser.add_argument("--session-ms", type=int, default=6000)
    parser.add_argument("--heartbeat-ms", type=int, default=1000)
    return parser.parse_args(argv)


def max_poll_ms(args: argparse.Namespace) -> int:
    # librdkafka requires max.poll.interval.ms >= session.timeout.ms; it is also the rebalance
    # timeout, so keep it short enough that a stuck rebalance fails the test rather than hangs it.
    return max(30_000, args.session_ms)


# --------------------------------------------------------------------------- confluent-kafka


def run_confluent(args: argparse.Namespace, stop: threading.Event) -> None:
    from confluent_kafka import Consumer, KafkaException, TopicPartition

    config: dict[str, Any] = {
        "bootstrap.servers": args.bootstrap, "group.id": args.group,
        "enable.auto.commit": False, "auto.offset.reset": "earliest", "fetch.wait.max.ms": 100,
        "client.id": f"member-{args.instance_id or 'dynamic'}",
    }
    if args.protocol == "consumer":
        # KIP-848: the broker owns the session timeout, heartbeat interval and assignor.
        config["group.protocol"] = "consumer"
    else:
        config.update({
            "session.timeout.ms": args.session_ms, "heartbeat.interval.ms": args.heartbeat_ms,
            "max.poll.interval.ms": max_poll_ms(args), "partition.assignment.strategy": args.assignor,
        })
    if args.instance_id:
        config["group.instance.id"] = args.instance_id
    consumer = Consumer(config)
    tracker = Tracker()

    def on_assign(c: Any, partitions: list[Any]) -> None:
        committed = c.committed(partitions, timeout=30) if partitions else []
        tracker.assigned({tp.partition: (tp.offset if tp.offset >= 0 else -1) for tp in committed})

    def on_revoke(_c: Any, partitions: list[Any]) -> None:
        tracker.revoked("revoke", [tp.partition for tp in partitions])

    def on_lost(_c: Any, partitions: list[Any]) -> None:
        tracker.revoked("lost", [tp.partition for tp in partitions])

    consumer.subscribe([args.topic], on_assign=on_assign, on_revoke=on_revoke, on_lost=on_lost)
    while not stop.is_set():
        batch: dict[int, list[tuple[int, bytes | None]]] = {}
        for message in consumer.consume(num_messages=MAX_RECORDS, timeout=POLL_TIMEOUT_S):
            error = message.error()
            if error is not None:
                emit("error", err=str(error))
                continue
            partition, offset = message.partition(), message.offset()
            assert partition is not None and offset is not None
            batch.setdefault(partition, []).append((offset, message.value()))
        to_commit = tracker.records(batch)
        if not to_commit:
            continue
        try:
            results = consumer.commit(offsets=[TopicPartition(args.topic, p, o) for p, o in to_commit.items()],
                                      asynchronous=False)
        except KafkaException as exc:
            emit("commit_failed", err=str(exc), offsets={str(p): o for p, o in to_commit.items()})
            continue
        done = {str(tp.partition): tp.offset for tp in results or [] if tp.error is None}
        failed = {str(tp.partition): str(tp.error) for tp in results or [] if tp.error is not None}
        if done:
            emit("commit", offsets=done)
        if failed:
            emit("commit_failed", err=failed)
    tracker.close()
    consumer.close()
    emit("closed")


# --------------------------------------------------------------------------- kafka-python


def run_kafka_python(args: argparse.Namespace, stop: threading.Event) -> None:
    from kafka import AsyncConsumerRebalanceListener, KafkaConsumer, TopicPartition
    from kafka.coordinator.assignors.cooperative_sticky import CooperativeStickyAssignor
    from kafka.coordinator.assignors.range import RangePartitionAssignor
    from kafka.coordinator.assignors.roundrobin import RoundRobinPartitionAssignor
    from kafka.errors import KafkaError
    from kafka.structs import OffsetAndMetadata

    assignor = {"range": RangePartitionAssignor, "roundrobin": RoundRobinPartitionAssignor,
                "cooperative-sticky": CooperativeStickyAssignor}[args.assignor]
    consumer = KafkaConsumer(
        bootstrap_servers=args.bootstrap, group_id=args.group, group_instance_id=args.instance_id,
        enable_auto_commit=False, auto_offset_reset="earliest", fetch_max_wait_ms=100,
        session_timeout_ms=args.session_ms, heartbeat_interval_ms=args.heartbeat_ms,
        max_poll_interval_ms=max_poll_ms(args), partition_assignment_strategy=[assignor],
        client_id=f"member-{args.instance_id or 'dynamic'}",
    )
    tracker = Tracker()

    # kafka-python 3 runs rebalance listeners on its IO thread, where the blocking
    # consumer.committed() raises, and awaiting the coordinator's own offset fetch there hung now
    # and then. The listener only notes new partitions; the poll loop reads their committed
    # offsets (before handling any of their records) and reports the assignment.
    pending: set[int] = set()
    pending_lock = threading.Lock()

    def released(event: str, partitions: Any) -> None:
        parts = {tp.partition for tp in partitions}
        with pending_lock:
            pending.difference_update(parts)
        tracker.revoked(event, sorted(parts & tracker.owned))

    class Listener(AsyncConsumerRebalanceListener):
        async def on_partitions_revoked(self, revoked: Any) -> None:
            released("revoke", revoked)

        async def on_partitions_assigned(self, assigned: Any) -> None:
            with pending_lock:
                pending.update(tp.partition for tp in assigned)

        async def on_partitions_lost(self, lost: Any) -> None:
            released("lost", lost)

    # Learn the topic's partitions before joining. A kafka-python 3.0.12 leader that assigns
    # before it has the topic's metadata hands out nothing, rejoins, and now and then (3 of ~20
    # such starts in our runs, against Kafka 4.2) its poll() then blocks forever in
    # Fetcher.send_fetches with the IO thread idle: a client bug, not the broker's (FINDINGS.md).
    deadline = time.monotonic() + 30
    while not consumer.partitions_for_topic(args.topic) and time.monotonic() < deadline:
        time.sleep(0.1)
    consumer.subscribe([args.topic], listener=Listener())
    while not stop.is_set():
        polled = consumer.poll(timeout_ms=int(POLL_TIMEOUT_S * 1000), max_records=MAX_RECORDS)
        with pending_lock:
            added = sorted(pending)
            pending.clear()
        if added:
            committed = {}
            for p in added:
                offset = consumer.committed(TopicPartition(args.topic, p), timeout_ms=30_000)
                committed[p] = offset if offset is not None else -1
            tracker.assigned(committed)
        batch = {tp.partition: [(r.offset, r.value) for r in records] for tp, records in polled.items()}
        to_commit = tracker.records(batch)
        if not to_commit:
            continue
        try:
            consumer.commit({TopicPartition(args.topic, p): OffsetAndMetadata(o, "", -1)
                             for p, o in to_commit.items()})
        except KafkaError as exc:
            emit("commit_failed", err=repr(exc), offsets={str(p): o for p, o in to_commit.items()})
            continue
        emit("commit", offsets={str(p): o for p, o in to_commit.items()})
    tracker.close()
    consumer.close()
    emit("closed")


# --------------------------------------------------------------------------- aiokafka


async def run_aiokafka(args: argparse.Namespace, stop: threading.Event) -> None:
    from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, TopicPartition
    from aiokafka.coordinator.assignors.range import RangePartitionAssignor
    from aiokafka.coordinator.assignors.roundrobin import RoundRobinPartitionAssignor
    from aiokafka.errors import KafkaError

    if args.assignor == "cooperative-sticky":
        raise SystemExit("aiokafka 0.14 has no cooperative rebalancing")
    assignor = {"range": RangePartitionAssignor, "roundrobin": RoundRobinPartitionAssignor}[args.assignor]
    consumer = AIOKafkaConsumer(
        bootstrap_servers=args.bootstrap, group_id=args.group, group_instance_id=args.instance_id,
        enable_auto_commit=False, auto_offset_reset="earliest", fetch_max_wait_ms=100,
        session_timeout_ms=args.session_ms, heartbeat_interval_ms=args.heartbeat_ms,
        max_poll_interval_ms=max_poll_ms(args), partition_assignment_strategy=(assignor,),
        client_id=f"member-{args.instance_id or 'dynamic'}",
    )
    tracker = Tracker()

    class Listener(ConsumerRebalanceListener):  # type: ignore[misc]
        async def on_partitions_revoked(self, revoked: Any) -> None:
            tracker.revoked("revoke", [tp.partition for tp in revoked])

        async def on_partitions_assigned(self, assigned: Any) -> None:
            committed = {}
            for tp in assigned:
                offset = await consumer.committed(tp)
                committed[tp.partition] = offset if offset is not None else -1
            tracker.assigned(committed)

    await consumer.start()
    consumer.subscribe([args.topic], listener=Listener())
    while not stop.is_set():
        polled = await consumer.getmany(timeout_ms=int(POLL_TIMEOUT_S * 1000), max_records=MAX_RECORDS)
        batch = {tp.partition: [(r.offset, r.value) for r in records] for tp, records in polled.items()}
        to_commit = tracker.records(batch)
        if not to_commit:
            continue
        try:
            await consumer.commit({TopicPartition(args.topic, p): o for p, o in to_commit.items()})
        except KafkaError as exc:
            emit("commit_failed", err=repr(exc), offsets={str(p): o for p, o in to_commit.items()})
            continue
        emit("commit", offsets={str(p): o for p, o in to_commit.items()})
    tracker.close()
    await consumer.stop()
    emit("closed")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # stderr goes to a file the test shows when a member misbehaves; INFO has the group protocol.
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # SIGUSR1 dumps every thread's stack to stderr: the test sends it to members that hang.
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda _signum, _frame: stop.set())
    emit("started")
    if args.client == "confluent-kafka":
        run_confluent(args, stop)
    elif args.client == "kafka-python":
        run_kafka_python(args, stop)
    else:
        asyncio.run(run_aiokafka(args, stop))
    return 0


if __name__ == "__main__":
    sys.exit(main())
