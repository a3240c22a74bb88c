"""Kafka Streams 4.2.0's WordCountDemo under ``processing.guarantee=exactly_once_v2``.

The application is the unmodified example from ``org.apache.kafka:kafka-streams-examples``
(``install.sh`` copies it into ``.peers/streams/libs``): it reads ``streams-plaintext-input``,
splits each line into words, groups by word through a repartition topic, counts in a RocksDB
store backed by a changelog topic and writes every new count to ``streams-wordcount-output``
(String key, Long value). It lower-cases each line and splits it with Java's
``String.split("\\W+")``, so every character outside ``[A-Za-z0-9_]`` separates words (``café``
counts as ``caf``; a line starting with ``日本語`` yields an empty word first); ``words`` mirrors
that. With its record cache at 0 (the demo's default) every input word yields one output
record carrying the word's new count.

What a pass proves, read with a ``read_committed`` consumer after the app stopped:

- for every word, the committed output counts are exactly 1, 2, ..., n in order, where n is the
  number of times the word occurs in the input: no count lost, none repeated, none skipped;
  the latest count per word therefore equals the expected count;
- no committed output names a word that is not in the input;
- ``test_wordcount_survives_sigkill``: the same holds after the app was SIGKILLed while it was
  processing and started again on the same state directory. Records of the killed
  incarnation's open transactions (output, repartition and changelog writes) must stay
  invisible to read_committed and its consumed offsets uncommitted, so the restarted app
  re-processes exactly what was not committed. Under at-least-once the replay would show up
  as repeated counts.

The broker must serve what Streams uses: classic consumer groups with the Streams assignor,
CreateTopics for the internal topics, transactions (InitProducerId with fencing of the same
transactional id, AddPartitionsToTxn, TxnOffsetCommit, EndTxn, transaction protocol v2 where
advertised), read_committed fetches on the repartition and changelog topics, DeleteRecords
on the repartition topic, and the LSO.
"""

from __future__ import annotations

import os
import random
import re
import struct
import subprocess
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

from compat_tests.conftest import Broker
from compat_tests.jvm_app import SIGTERM_EXIT, JavaApp, java_apps, wait_until

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
PEER_DIR = Path(os.environ.get("STREAMD_STREAMS_DIR", str(REPO_ROOT / ".peers" / "streams")))
KAFKA_VERSION = HERE.joinpath("pom.xml").read_text().split("<kafka.version>", 1)[1].split("<", 1)[0]
MAIN_CLASS = "org.apache.kafka.streams.examples.wordcount.WordCountDemo"
INPUT_TOPIC = "streams-plaintext-input"  # fixed by WordCountDemo
OUTPUT_TOPIC = "streams-wordcount-output"
PARTITIONS = 4
# Lower-case already: the demo lower-cases with the JVM's default locale.
VOCABULARY = [
    "kafka", "stream", "broker", "topic", "partition", "offset", "commit", "abort", "fence",
    "epoch", "leader", "replica", "log", "segment", "index", "batch", "record", "header", "key",
    "value", "café", "naïve", "žluťoučký", "日本語", "данные", "λόγος", "emoji🙂", "a", "b", "z",
    "Upper", "MiXeD", "snake_case", "v2",
]
STARTUP_TIMEOUT_S = 60.0
PROCESS_TIMEOUT_S = 90.0


@pytest.fixture(scope="module", autouse=True)
def installed() -> None:
    result = subprocess.run([str(HERE / "install.sh")], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.fail(f"compat_tests/streams/install.sh failed:\n{result.stdout}{result.stderr}")


def words(line: str) -> list[str]:
    """What WordCountDemo counts in ``line``: Java's ``line.toLowerCase().split("\\W+")``.

    Java's ``\\W`` is ``[^A-Za-z0-9_]`` (no UNICODE_CHARACTER_CLASS); ``split`` keeps a leading
    empty string, drops trailing ones, and returns the whole input when nothing matched. None
    of VOCABULARY's non-ASCII letters lower-cases to ASCII, so Python's ``lower`` agrees."""
    lowered = line.lower()
    if not re.search(r"[^A-Za-z0-9_]", lowered):
        return [lowered]
    parts = re.split(r"[^A-Za-z0-9_]+", lowered)
    while parts and parts[-1] == "":
        parts.pop()
    return parts


def _lines(count: int, seed: int) -> list[str]:
    """``count`` lines of 1 to 12 words from VOCABULARY joined by single spaces."""
    rng = random.Random(seed)
    return [" ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def _reset_topics(broker: Broker) -> None:
    """Delete and recreate the demo's two fixed topics, so earlier runs on the same broker do not count."""
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    existing = set(admin.list_topics(timeout=10).topics)
    doomed = [t for t in (INPUT_TOPIC, OUTPUT_TOPIC) if t in existing]
    if doomed:
        for future in admin.delete_topics(doomed, operation_timeout=30).values():
            future.result()
        wait_until(lambda: not set(doomed) & set(admin.list_topics(timeout=10).topics), 30,
                   "the old demo topics to disappear")

    created: set[str] = set()

    def create() -> bool:
        pending = [t for t in (INPUT_TOPIC, OUTPUT_TOPIC) if t not in created]
        for topic, future in admin.create_topics([NewTopic(t, PARTITIONS, 1) for t in pending]).items():
            try:
                future.result()
                created.add(topic)
            except KafkaException as exc:
                if exc.args[0].name() != "TOPIC_ALREADY_EXISTS":  # a deletion still in progress
                    raise
        return len(created) == 2

    wait_until(create, 30, "the demo topics to be created")


def _produce(broker: Broker, lines: list[str], pause_every: int = 0) -> None:
    producer = Producer({"bootstrap.servers": broker.bootstrap, "enable.idempotence": True, "linger.ms": 5})
    for number, line in enumerate(lines, 1):
        producer.produce(INPUT_TOPIC, line.encode())
        if pause_every and number % pause_every == 0:
            producer.flush(10)
            time.sleep(0.05)
        producer.poll(0)
    assert producer.flush(30) == 0, "input records left undelivered"


class CommittedCounts:
    """Reads ``streams-wordcount-output`` with read_committed from the beginning, incrementally."""

    def __init__(self, broker: Broker) -> None:
        self.consumer = Consumer({
            "bootstrap.servers": broker.bootstrap, "group.id": f"wc-check-{uuid.uuid4().hex[:8]}",
            "isolation.level": "read_committed", "enable.auto.commit": False,
            "auto.offset.reset": "earliest",
        })
        self.consumer.assign([TopicPartition(OUTPUT_TOPIC, p, 0) for p in range(PARTITIONS)])
        self.history: dict[str, list[int]] = {}
        self.records = 0

    def poll(self, max_s: float = 0.5) -> int:
        """Read what is there (up to ``max_s``); return the number of records read so far."""
        deadline = time.monotonic() + max_s
        while time.monotonic() < deadline:
            batch = self.consumer.consume(5000, timeout=0.1)
            for message in batch:
                error = message.error()
                assert error is None, f"fetch error: {error}"
                key, value = message.key(), message.value()
                assert key is not None and value is not None and len(value) == 8, (key, value)
                self.history.setdefault(key.decode(), []).append(struct.unpack(">q", value)[0])
                self.records += 1
            if not batch:
                break
        return self.records

    def latest(self) -> dict[str, int]:
        return {word: counts[-1] for word, counts in self.history.items()}

    def close(self) -> None:
        self.consumer.close()


def _assert_exact(history: dict[str, list[int]], expected: Counter[str]) -> None:
    """Every word's committed counts are 1..n in order, n its number of occurrences."""
    assert set(history) == set(expected), (
        f"unexpected words {sorted(set(history) - set(expected))}, missing {sorted(set(expected) - set(history))}")
    wrong = {word: (counts[:5], counts[-5:], len(counts), expected[word])
             for word, counts in history.items() if counts != list(range(1, expected[word] + 1))}
    assert not wrong, f"words whose committed counts are not exactly 1..n (head, tail, length, n): {wrong}"


@pytest.fixture
def wordcount(broker: Broker, tmp_path: Path) -> Iterator[JavaApp]:
    """WordCountDemo configured for exactly_once_v2 with a fresh application id and state dir."""
    _reset_topics(broker)
    config = tmp_path / "wordcount.properties"
    config.write_text("\n".join([
        f"bootstrap.servers={broker.bootstrap}",
        f"application.id=wordcount-{uuid.uuid4().hex[:8]}",
        "processing.guarantee=exactly_once_v2",
        f"state.dir={tmp_path / 'state'}",
        "num.stream.threads=1",
        "commit.interval.ms=100",
        # A SIGKILLed member leaves the classic group only when its session expires; the
        # restarted instance's rebalance waits for that.
        "session.timeout.ms=6000",
        "heartbeat.interval.ms=1000",
        "",
    ]))
    log4j = tmp_path / "log4j2.properties"
    log4j.write_text((HERE / "log4j2.properties").read_text())
    app = JavaApp(classpath=f"{PEER_DIR / 'libs'}/*", main_class=MAIN_CLASS, args=[str(config)],
                  log_path=tmp_path / "wordcount.log", cwd=tmp_path,
                  jvm_opts=[f"-Dlog4j2.configurationFile={log4j}", f"-Djava.io.tmpdir={tmp_path}"])
    with java_apps() as apps:
        apps.append(app)
        yield app


def _run_until_counted(app: JavaApp, counts: CommittedCounts, expected: Counter[str], timeout: float) -> None:
    def done() -> bool:
        counts.poll()
        return counts.latest() == dict(expected)

    wait_until(done, timeout, f"the committed counts to reach the expected ones ({sum(expected.values())} words)",
               app=app, interval=0.0)


def _stop_cleanly(app: JavaApp) -> None:
    """SIGTERM: the demo's shutdown hook closes KafkaStreams (a final commit) before the JVM exits.
    (log4j stops in its own shutdown hook, so the last state transitions may not be logged.)"""
    assert app.stop() == SIGTERM_EXIT, app.log_tail()


def _final_check(broker: Broker, expected: Counter[str]) -> None:
    """A fresh read_committed consumer, after the app stopped: the whole committed output is exact."""
    final = CommittedCounts(broker)
    try:
        deadline = time.monotonic() + 30
        while final.records < sum(expected.values()) and time.monotonic() < deadline:
            final.poll(1.0)
        final.poll(1.0)  # anything beyond the expected records would be a duplicate
        _assert_exact(final.history, expected)
        assert final.records == sum(expected.values())
    finally:
        final.close()


def test_wordcount_exactly_once(broker: Broker, wordcount: JavaApp) -> None:
    """Input first, then the app: it counts every word exactly once, and stops cleanly."""
    lines = _lines(3000, seed=1)
    expected = Counter(word for line in lines for word in words(line))
    _produce(broker, lines)
    counts = CommittedCounts(broker)
    try:
        wordcount.start()
        _run_until_counted(wordcount, counts, expected, STARTUP_TIMEOUT_S + PROCESS_TIMEOUT_S)
    finally:
        counts.close()
    _stop_cleanly(wordcount)
    _final_check(broker, expected)


def _uncommitted_output_records(broker: Broker) -> int:
    """Data records in the output topic as read_uncommitted sees them (aborted ones included)."""
    consumer = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": f"wc-raw-{uuid.uuid4().hex[:8]}",
                         "isolation.level": "read_uncommitted", "enable.auto.commit": False})
    consumer.assign([TopicPartition(OUTPUT_TOPIC, p, 0) for p in range(PARTITIONS)])
    seen, idle_since = 0, time.monotonic()
    try:
        while time.monotonic() - idle_since < 1.0:
            batch = consumer.consume(5000, timeout=0.2)
            seen += sum(1 for message in batch if message.error() is None)
            if batch:
                idle_since = time.monotonic()
    finally:
        consumer.close()
    return seen


def test_wordcount_survives_sigkill(broker: Broker, wordcount: JavaApp,
                                    record_property: Callable[[str, object], None]) -> None:
    """SIGKILL mid-way while input is still arriving, restart: the committed counts stay exact.

    Recorded (``record_property``, in a JUnit XML report): ``committed_at_kill`` and
    ``aborted_output_records``, the output records of the killed incarnation's open transaction
    that read_uncommitted sees and read_committed does not; > 0 means the kill did land inside
    a transaction that had already written output (usual, not guaranteed: the kill instant is
    not synchronised with the app's 100 ms commits)."""
    first, second = _lines(2000, seed=2), _lines(2000, seed=3)
    expected = Counter(word for line in first + second for word in words(line))
    _produce(broker, first)
    counts = CommittedCounts(broker)
    try:
        wordcount.start()
        wait_until(lambda: counts.poll() > 0, STARTUP_TIMEOUT_S,
                   "the first committed output", app=wordcount, interval=0.0)
        feeder = threading.Thread(target=_produce, args=(broker, second, 100), daemon=True)
        feeder.start()
        # Kill while the app is processing: past the first committed output, short of the end.
        half = sum(expected.values()) // 2
        wait_until(lambda: counts.poll() >= half, PROCESS_TIMEOUT_S,
                   f"{half} committed output records", app=wordcount, interval=0.0)
        wordcount.kill()
        killed_at = counts.records
        feeder.join(timeout=60)
        assert not feeder.is_alive(), "the input producer did not finish"
        assert killed_at < sum(expected.values()), "the app had finished before the kill"
        wordcount.start()
        _run_until_counted(wordcount, counts, expected, STARTUP_TIMEOUT_S + PROCESS_TIMEOUT_S)
    finally:
        counts.close()
    _stop_cleanly(wordcount)
    _final_check(broker, expected)
    aborted = _uncommitted_output_records(broker) - sum(expected.values())
    record_property("committed_at_kill", killed_at)
    record_property("aborted_output_records", aborted)
    print(f"committed output records at the kill: {killed_at}; aborted output records: {aborted}")
