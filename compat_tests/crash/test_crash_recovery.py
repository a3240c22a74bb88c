"""Crash safety of the file storage engine, checked with a real client (confluent-kafka / librdkafka).

What these tests prove about ``--storage file://DIR``:

- SIGKILL rounds: a broker killed at random moments while an idempotent ``acks=all`` producer
  writes to it as fast as it can, and restarted on the same port and data directory each time,
  loses no acknowledged record: every (partition, offset, value) the producer was told is durable
  is at exactly that offset afterwards, offsets are contiguous from the log start, and every
  batch in every segment file passes its CRC32C. A separate test asserts exactly-once (no value
  written twice across the reconnects), which needs the idempotent-producer state to survive a
  restart.
- A torn active segment (truncated at random byte positions while the broker is down after a
  SIGKILL) recovers to the batches wholly before the cut, serves exactly that prefix of the
  original records, and accepts new records at the new log end.
- A corrupt byte in the last batch of the active segment is detected on the unclean restart:
  the batches before it are served, the corrupt batch is cut, and producing continues there.

Every broker here is a subprocess of the test, on 127.0.0.1, killed in a ``finally``.
``STREAMD_CRASH_ROUNDS`` (default 20) sets the number of SIGKILL rounds.
"""

from __future__ import annotations

import os
import random
import shutil
import threading
import time
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaError, Message, Producer, TopicPartition

from compat_tests.broker_process import StreamdProcess, broker_pool, create_topic, stop_cleanly
from compat_tests.broker_process import new_broker as shared_new_broker
from streamd.records.batch import iter_batches, verify_crc

CRASH_ROUNDS = int(os.environ.get("STREAMD_CRASH_ROUNDS", "20"))
PRODUCE_BUDGET_S = 60.0  # the kill/restart rounds stop early rather than run past this
PROGRESS_TIMEOUT_S = 10.0  # how long each incarnation may take to acknowledge its first record
SEGMENT_BYTES = 1_048_576  # the smallest log.segment.bytes, so the crash rounds roll segments
TOPIC = "crash-test"
VALUE_DIGITS = 12


# --------------------------------------------------------------------------- broker processes


@pytest.fixture
def spawn() -> Iterator[list[StreamdProcess]]:
    """Collects every broker a test starts and SIGKILLs any still running at the end."""
    with broker_pool() as started:
        yield started


def new_broker(spawned: list[StreamdProcess], data_dir: Path, log_path: Path) -> StreamdProcess:
    """A broker rolling segments at SEGMENT_BYTES, so the crash rounds leave several segments."""
    return shared_new_broker(spawned, data_dir, log_path, settings={"log.segment.bytes": str(SEGMENT_BYTES)})


# --------------------------------------------------------------------------- clients and files


def read_partition(bootstrap: str, topic: str, partition: int, timeout: float = 30.0) -> list[Message]:
    """Every record of one partition from the log start to the high watermark (assign, no group)."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "crash-assign-only",
                         "enable.auto.commit": False, "enable.auto.offset.store": False,
                         "fetch.wait.max.ms": 50, "enable.partition.eof": True})
    try:
        low, high = consumer.get_watermark_offsets(TopicPartition(topic, partition), timeout=10)
        assert low == 0, f"partition {partition} starts at {low}, not 0"
        messages: list[Message] = []
        if high == 0:
            return messages
        consumer.assign([TopicPartition(topic, partition, OFFSET_BEGINNING)])
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            batch = consumer.consume(num_messages=10_000, timeout=0.5)
            for message in batch:
                error = message.error()
                if error is None:
                    messages.append(message)
                elif error.code() != KafkaError._PARTITION_EOF:
                    raise AssertionError(f"consume error on partition {partition}: {error}")
            if messages and messages[-1].offset() >= high - 1:
                return messages
        raise AssertionError(f"partition {partition}: read {len(messages)} of {high} records in {timeout:.0f} s")
    finally:
        consumer.close()


def partition_dirs(data_dir: Path) -> dict[int, Path]:
    """Partition number -> its log directory; the data dir holds a single topic."""
    dirs = {int(path.name.rpartition("-")[2]): path for path in (data_dir / "logs").iterdir() if path.is_dir()}
    assert dirs, f"no partition directories under {data_dir}"
    return dirs


def active_segment(partition_dir: Path) -> Path:
    logs = sorted(partition_dir.glob("*.log"))
    assert logs, f"no segment in {partition_dir}"
    return logs[-1]


def segment_batches(path: Path) -> list[tuple[int, int, int]]:
    """(position, size, record count) of each whole batch in a segment file."""
    return [(pos, header.total_size, header.records_count) for pos, header in iter_batches(path.read_bytes())]


def invalid_segment_batches(data_dir: Path) -> list[str]:
    """Every problem found parsing the ``*.log`` files: bad CRC, or bytes after the last whole batch."""
    problems = []
    for path in sorted(data_dir.rglob("*.log")):
        data = path.read_bytes()
        end = 0
        for pos, header in iter_batches(data):
            if not verify_crc(data, pos):
                problems.append(f"{path.relative_to(data_dir)}: batch at {pos} (offset {header.base_offset}) "
                                f"fails its CRC")
            end = pos + header.total_size
        if end != len(data):
            problems.append(f"{path.relative_to(data_dir)}: {len(data) - end} trailing bytes after the last batch")
    return problems


def produce_in_batches(bootstrap: str, topic: str, values: list[bytes], seed: int) -> None:
    """Produce ``values`` to partition 0 in order, flushing after runs of 1-20, so the log has many batches."""
    rng = random.Random(seed)
    producer = Producer({"bootstrap.servers": bootstrap, "acks": "all", "enable.idempotence": True,
                         "linger.ms": 5})
    failures: list[str] = []

    def on_delivery(error: KafkaError | None, _message: Message) -> None:
        if error is not None:
            failures.append(str(error))

    i = 0
    while i < len(values):
        run = rng.randint(1, 20)
        for value in values[i:i + run]:
            producer.produce(topic, value=value, partition=0, on_delivery=on_delivery)
        i += run
        assert producer.flush(15) == 0, "records still queued after 15 s"
    assert not failures, failures[:5]


def assert_produce_continues(bootstrap: str, topic: str, next_offset: int, tag: bytes) -> None:
    """Three new records land at ``next_offset`` onwards and read back."""
    offsets: list[int] = []
    failures: list[str] = []

    def on_delivery(error: KafkaError | None, message: Message) -> None:
        if error is not None:
            failures.append(str(error))
        else:
            offsets.append(message.offset())

    producer = Producer({"bootstrap.servers": bootstrap, "acks": "all", "enable.idempotence": True})
    new_values = [tag + b"-%d" % i for i in range(3)]
    for value in new_values:
        producer.produce(topic, value=value, partition=0, on_delivery=on_delivery)
    assert producer.flush(15) == 0
    assert not failures, failures
    assert offsets == [next_offset, next_offset + 1, next_offset + 2]
    tail = read_partition(bootstrap, topic, 0)[next_offset:]
    assert [m.value() for m in tail] == new_values


# --------------------------------------------------------------------------- 1: SIGKILL rounds


@dataclass
class CrashRun:
    rounds: int
    seconds: float
    produced: int  # values 0 .. produced-1 were handed to the producer; value n went to partition n % 2
    acked_values: array[int]  # the value of every successful delivery report ...
    acked_offsets: array[int]  # ... and the offset it reported
    first_ack_s: list[float]  # per round: seconds from the restart's ready line to the first new ack
    stalled_rounds: int  # rounds whose incarnation acknowledged nothing within PROGRESS_TIMEOUT_S
    failed: Counter[str]
    fatal: list[str]
    logs: dict[int, array[int]]  # partition -> the value at each offset from 0, as consumed at the end
    invalid_batches: list[str]
    segments: int  # *.log files under the data dir at the end
    broker_log: str

    def summary(self) -> str:
        sizes = {p: len(values) for p, values in self.logs.items()}
        latency = max(self.first_ack_s, default=0.0)
        return (f"{self.rounds} rounds in {self.seconds:.1f} s, {self.produced} produced, "
                f"{len(self.acked_values)} acked, failed {dict(self.failed)}, fatal {self.fatal}, "
                f"stalled rounds {self.stalled_rounds}, slowest first ack {latency:.2f} s, log sizes {sizes}, "
                f"{self.segments} segment files")


def parse_value(value: bytes | None) -> int:
    """The sequence number a crash-round value encodes; -1 for anything else."""
    if value is None or len(value) != VALUE_DIGITS or not value.isdigit():
        return -1
    return int(value)


def read_values(bootstrap: str, partition: int) -> array[int]:
    """The sequence numbers of a crash-round partition, offset by offset (checking offsets are contiguous)."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "crash-assign-only",
                         "enable.auto.commit": False, "enable.auto.offset.store": False,
                         "fetch.wait.max.ms": 50})
    values = array("q")
    try:
        low, high = consumer.get_watermark_offsets(TopicPartition(TOPIC, partition), timeout=10)
        assert low == 0, f"partition {partition} starts at {low}, not 0"
        consumer.assign([TopicPartition(TOPIC, partition, OFFSET_BEGINNING)])
        deadline = time.monotonic() + 60
        while len(values) < high and time.monotonic() < deadline:
            for message in consumer.consume(num_messages=10_000, timeout=0.5):
                assert message.error() is None, f"consume error on partition {partition}: {message.error()}"
                assert message.offset() == len(values), (
                    f"partition {partition}: offset {message.offset()} follows {len(values) - 1}")
                values.append(parse_value(message.value()))
        assert len(values) == high, f"partition {partition}: read {len(values)} of {high} records in 60 s"
        return values
    finally:
        consumer.close()


@pytest.fixture(scope="module")
def crash_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrashRun]:
    """Produce through CRASH_ROUNDS SIGKILL/restart rounds, then read everything back after a clean restart.

    Each round waits for the restarted broker to acknowledge something (so a kill always lands
    while records are in flight, not while the client is still reconnecting), then a random
    0.2-1.0 s more, then SIGKILLs it and restarts it on the same port and data directory.
    """
    work = tmp_path_factory.mktemp("crash-rounds")
    spawned: list[StreamdProcess] = []
    stop_producing = threading.Event()
    producer_thread: threading.Thread | None = None
    producers: list[Producer] = []
    try:
        broker = new_broker(spawned, work / "data", work / "streamd.log")
        create_topic(broker.bootstrap, TOPIC, partitions=2)

        acked_values: array[int] = array("q")
        acked_offsets: array[int] = array("q")
        failed: Counter[str] = Counter()
        fatal: list[str] = []
        produced = [0]

        def on_delivery(error: KafkaError | None, message: Message) -> None:
            if error is None:
                acked_offsets.append(message.offset())
                acked_values.append(parse_value(message.value()))
            else:
                failed[error.name()] += 1

        def on_error(error: KafkaError) -> None:
            if error.fatal():
                fatal.append(str(error))

        producer = Producer({
            "bootstrap.servers": broker.bootstrap,
            "acks": "all", "enable.idempotence": True, "linger.ms": 2,
            "message.timeout.ms": 120_000, "socket.timeout.ms": 5_000, "request.timeout.ms": 5_000,
            "reconnect.backoff.ms": 50, "reconnect.backoff.max.ms": 100,
            "retry.backoff.ms": 50, "retry.backoff.max.ms": 100,
            # There is only ever the one broker: keep its handle rather than re-bootstrap while it is down.
            "metadata.recovery.strategy": "none",
            "queue.buffering.max.messages": 50_000, "error_cb": on_error,
        })
        producers.append(producer)

        def produce_forever() -> None:
            n = 0
            while not stop_producing.is_set() and not fatal:
                try:
                    producer.produce(TOPIC, value=b"%0*d" % (VALUE_DIGITS, n), partition=n % 2,
                                     on_delivery=on_delivery)
                except BufferError:
                    producer.poll(0.05)
                    continue
                n += 1
                produced[0] = n
                if n % 500 == 0:
                    producer.poll(0)

        producer_thread = threading.Thread(target=produce_forever, name="crash-producer", daemon=True)
        producer_thread.start()

        seed = int(os.environ.get("STREAMD_CRASH_SEED", str(time.time_ns())))
        rng = random.Random(seed)
        started = time.monotonic()
        rounds = stalled = 0
        first_ack_s: list[float] = []
        while rounds < CRASH_ROUNDS and time.monotonic() - started < PRODUCE_BUDGET_S and not fatal:
            ready_at, acks_before = time.monotonic(), len(acked_values)
            while len(acked_values) == acks_before and time.monotonic() - ready_at < PROGRESS_TIMEOUT_S:
                time.sleep(0.005)
            if len(acked_values) == acks_before:
                stalled += 1
            else:
                first_ack_s.append(time.monotonic() - ready_at)
            time.sleep(rng.uniform(0.2, 1.0))
            broker.check_alive()
            broker.kill()
            broker.start()
            rounds += 1
            if os.environ.get("STREAMD_CRASH_DEBUG"):
                print(f"round {rounds} t={time.monotonic() - started:.1f} produced={produced[0]} "
                      f"acked={len(acked_values)} failed={dict(failed)}", flush=True)
        time.sleep(0.5)  # let the producer get through to the last incarnation
        stop_producing.set()
        producer_thread.join(timeout=10)
        remaining = producer.flush(60)
        seconds = time.monotonic() - started
        assert remaining == 0, f"{remaining} records still undelivered 60 s after the last round (seed {seed})"
        producers.remove(producer)
        producer.close()

        stop_cleanly(broker)
        invalid = invalid_segment_batches(work / "data")
        broker.start()
        logs = {p: read_values(broker.bootstrap, p) for p in (0, 1)}
        stop_cleanly(broker)
        run = CrashRun(rounds=rounds, seconds=seconds, produced=produced[0], acked_values=acked_values,
                       acked_offsets=acked_offsets, first_ack_s=first_ack_s, stalled_rounds=stalled,
                       failed=failed, fatal=fatal, logs=logs, invalid_batches=invalid,
                       segments=len(list((work / "data").rglob("*.log"))), broker_log=broker.log_text())
        print(f"seed {seed}: {run.summary()}")
        yield run
    finally:
        stop_producing.set()
        if producer_thread is not None:
            producer_thread.join(timeout=10)
        for producer in producers:
            producer.purge()  # close() flushes first: never wait on a dead broker here
            producer.close()
        for broker in spawned:
            broker.kill()


def test_sigkill_rounds_lose_no_acknowledged_record(crash_run: CrashRun) -> None:
    run = crash_run
    assert run.rounds == CRASH_ROUNDS, f"only {run.rounds} rounds fit in {PRODUCE_BUDGET_S:.0f} s: {run.summary()}"
    assert run.stalled_rounds == 0, run.summary()
    assert not run.fatal, run.summary()
    assert not run.failed, run.summary()
    assert len(run.acked_values) == run.produced, run.summary()
    assert "Traceback" not in run.broker_log, run.broker_log[-20_000:]

    for partition, values in run.logs.items():
        garbage = [offset for offset, value in enumerate(values) if value < 0 or value % 2 != partition]
        assert not garbage, f"partition {partition}: unexpected values at offsets {garbage[:10]}"

    missing = []
    for value, offset in zip(run.acked_values, run.acked_offsets, strict=True):
        values = run.logs[value % 2]
        found = values[offset] if 0 <= offset < len(values) else None
        if found != value:
            missing.append((value % 2, offset, value, found))
    assert not missing, (f"{len(missing)} of {len(run.acked_values)} acknowledged records are not at their "
                         f"offset, e.g. (partition, offset, value, found) {missing[:5]}; {run.summary()}")

    assert not run.invalid_batches, run.invalid_batches[:10]


def test_sigkill_rounds_write_no_duplicate(crash_run: CrashRun) -> None:
    """Exactly once: the idempotent producer's retries after a restart must not write a value twice."""
    run = crash_run
    counts = Counter(value for values in run.logs.values() for value in values)
    duplicates = {value: count for value, count in counts.items() if count > 1}
    extra = sum(count - 1 for count in duplicates.values())
    assert not duplicates, (f"{len(duplicates)} values written more than once ({extra} extra records), "
                            f"e.g. {sorted(duplicates.items())[:5]}; {run.summary()}")
    unknown = [value for value in counts if not 0 <= value < run.produced]
    assert not unknown, f"values never produced: {unknown[:5]}"
    lost = run.produced - len(counts)
    assert lost == 0, f"{lost} produced values are not in the log; {run.summary()}"


# --------------------------------------------------------------------------- 2: torn active segment


def _killed_broker_with_records(spawned: list[StreamdProcess], work: Path, count: int,
                                seed: int) -> tuple[Path, list[bytes]]:
    """A data dir holding ``count`` records in partition 0 of TOPIC, left by a SIGKILLed broker."""
    broker = new_broker(spawned, work / "data", work / "streamd.log")
    create_topic(broker.bootstrap, TOPIC, partitions=1)
    values = [b"record-%06d-" % i + b"x" * (i % 37) for i in range(count)]
    produce_in_batches(broker.bootstrap, TOPIC, values, seed)
    broker.kill()
    assert not (work / "data" / "clean-shutdown").exists()
    return work / "data", values


def test_truncated_active_segment_recovers(tmp_path: Path, spawn: list[StreamdProcess]) -> None:
    seed = int(os.environ.get("STREAMD_CRASH_SEED", str(time.time_ns())))
    rng = random.Random(seed)
    data_dir, values = _killed_broker_with_records(spawn, tmp_path / "source", 600, seed)
    segment = active_segment(partition_dirs(data_dir)[0])
    batches = segment_batches(segment)
    size = segment.stat().st_size
    assert sum(count for _, _, count in batches) == len(values)
    assert len(batches) >= 20, f"only {len(batches)} batches"

    # Random cuts anywhere inside the file, plus the edge cases: inside the first batch's header,
    # exactly on a batch boundary, and one byte short of the end.
    cuts = sorted({rng.randrange(1, size) for _ in range(5)} | {7, batches[len(batches) // 2][0], size - 1})
    for i, cut in enumerate(cuts):
        copy = tmp_path / f"cut-{i}"
        shutil.copytree(data_dir, copy / "data")
        with open(active_segment(partition_dirs(copy / "data")[0]), "r+b") as file:
            file.truncate(cut)
        kept = sum(count for pos, total, count in batches if pos + total <= cut)

        broker = new_broker(spawn, copy / "data", copy / "streamd.log")
        try:
            served = [m.value() for m in read_partition(broker.bootstrap, TOPIC, 0)]
            assert served == values[:kept], (f"cut at byte {cut} of {size} (seed {seed}): served "
                                             f"{len(served)} records, expected the first {kept}")
            assert_produce_continues(broker.bootstrap, TOPIC, kept, b"after-cut-%d" % cut)
        finally:
            stop_cleanly(broker)
        assert "Traceback" not in broker.log_text(), broker.log_tail()
        assert not invalid_segment_batches(copy / "data")


# --------------------------------------------------------------------------- 3: corrupt tail byte


def test_corrupt_byte_in_tail_is_cut(tmp_path: Path, spawn: list[StreamdProcess]) -> None:
    seed = int(os.environ.get("STREAMD_CRASH_SEED", str(time.time_ns())))
    rng = random.Random(seed)
    data_dir, values = _killed_broker_with_records(spawn, tmp_path / "source", 300, seed)
    segment = active_segment(partition_dirs(data_dir)[0])
    batches = segment_batches(segment)
    last_pos, last_size, last_count = batches[-1]
    assert last_pos + last_size == segment.stat().st_size
    kept = len(values) - last_count

    # A byte in the CRC-covered header (attributes on), one in the records, and the very last byte.
    targets = [last_pos + rng.randrange(21, 61), last_pos + rng.randrange(61, last_size), last_pos + last_size - 1]
    for i, target in enumerate(targets):
        copy = tmp_path / f"flip-{i}"
        shutil.copytree(data_dir, copy / "data")
        with open(active_segment(partition_dirs(copy / "data")[0]), "r+b") as file:
            file.seek(target)
            byte = file.read(1)[0]
            file.seek(target)
            file.write(bytes([byte ^ 0xFF]))

        broker = new_broker(spawn, copy / "data", copy / "streamd.log")
        try:
            served = [m.value() for m in read_partition(broker.bootstrap, TOPIC, 0)]
            assert served == values[:kept], (f"byte {target} flipped (batch at {last_pos}, seed {seed}): served "
                                             f"{len(served)} records, expected the first {kept}")
            assert_produce_continues(broker.bootstrap, TOPIC, kept, b"after-flip-%d" % target)
        finally:
            stop_cleanly(broker)
        assert "unclean shutdown detected" in broker.log_text()
        assert "Traceback" not in broker.log_text(), broker.log_tail()
        assert not invalid_segment_batches(copy / "data")
