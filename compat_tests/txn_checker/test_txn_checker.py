"""list-append-lite: a transactional checker with a nemesis, after Jepsen's Kafka/Bufstream tests.

What the run does
    A confluent-kafka (librdkafka) transactional producer runs at least ``STREAMD_TXN_CHECKER_TXNS``
    (default 200) transactions against a broker of its own on the file engine (fresh data dir).
    Transaction ``n`` writes the unique values ``t{n}-{p}-{i}`` (``i`` = 0, 1, ...) to 2-4 random
    partitions ``p`` of a 4-partition topic, 1-4 records each, flushes them, then commits (75 %)
    or aborts (25 %) at random. Meanwhile a nemesis thread, at random moments, SIGKILLs the broker
    by its PID and restarts it (same port, same data dir), or SIGSTOPs it and SIGCONTs it after a
    random 0.2-3 s. It makes 15-25 faults of both kinds (``STREAMD_TXN_CHECKER_FAULTS``,
    ``STREAMD_TXN_CHECKER_KILLS``), each once the client has finished a transaction since the last
    fault, at a random moment or aimed at the next produce, commit or abort in flight; the
    transactions keep running until both they and the faults are done. Client calls time out
    after 2 s and records after 2 s, so faults reach the application as retriable and abortable
    errors instead of being absorbed by librdkafka's retries.

What the client knows of each transaction
    committed: ``commit_transaction`` returned (perhaps after retrying a retriable error);
    aborted: ``abort_transaction`` returned, or the producer was fenced (recreated with the same
    transactional.id, whose InitProducerId aborts the old incarnation's open transaction) before
    it ever asked to commit; indeterminate: the commit raised a fatal error, or kept failing
    retriably until its time ran out: the broker may or may not have committed it.
    A commit that raised an abortable error (``txn_requires_abort``) is aborted and counts as
    aborted once ``abort_transaction`` returned.

What the checks prove (each a test over the same run)
    After the last transaction, once no transaction is open (the read_committed end offset, the
    LSO, equals the high watermark on every partition), every partition is read from the start
    with isolation.level=read_committed, before and after one more SIGKILL and restart:

    - no lost write: every value of a committed transaction is visible;
    - no aborted read: no value of an aborted transaction is visible;
    - no torn transaction: every transaction, indeterminate ones included, is wholly visible or
      wholly invisible;
    - no duplicate: no value is visible twice, and nothing is visible that was never written;
    - order: the values of one transaction on one partition are visible in the order written;
    - the committed view is the same after a final SIGKILL/restart (the aborted-transaction
      index and the LSO rebuilt from the log agree with the live ones);
    - the aborted-read check can fail: read_uncommitted sees every value of every aborted
      transaction whose records were all acknowledged, so they are physically in the log and
      only the transaction markers hide them.

Targets
    By default a ``streamd serve`` subprocess (``compat_tests.broker_process``). With
    ``STREAMD_TXN_CHECKER_KAFKA_PORT=PORT`` the same run goes against Apache Kafka started with
    ``scripts/peers/kafka.sh start PORT`` (SIGKILLed by the PID it prints, restarted with the same
    script on the same port and data dir); that is how the checker itself was validated (by hand,
    see FINDINGS.md). ``STREAMD_TXN_CHECKER_SEED`` replays a run's random choices.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import pytest
from confluent_kafka import (
    OFFSET_BEGINNING,
    Consumer,
    KafkaError,
    KafkaException,
    Message,
    Producer,
    TopicPartition,
)

from compat_tests.broker_process import StreamdProcess, broker_pool, create_topic, new_broker

REPO = Path(__file__).resolve().parents[2]
TXNS = int(os.environ.get("STREAMD_TXN_CHECKER_TXNS", "200"))
TOPIC = "txn-checker"
PARTITIONS = 4
TRANSACTIONAL_ID = "txn-checker"
COMMIT_RATIO = 0.75
RUN_BUDGET_S = 150.0  # the transactions and the faults stop by then, done or not
CALL_TIMEOUT_S = 2.0  # each init/commit/abort call: a pause or a restart makes some time out (retriable)
MESSAGE_TIMEOUT_MS = 2_000  # short, so a fault also makes records time out: an abortable error
OUTCOME_BUDGET_S = 45.0  # how long one commit or abort may keep retrying before giving up
PROGRESS_WAIT_S = 30.0  # the nemesis waits at most this long for a transaction between faults
QUIESCE_TIMEOUT_S = 60.0  # for LSO == high watermark after the run
READ_TIMEOUT_S = 60.0

# The whole run (all tests share it) within 4 minutes on streamd; Kafka restarts take ~15 s each.
pytestmark = pytest.mark.timeout(600 if os.environ.get("STREAMD_TXN_CHECKER_KAFKA_PORT") else 240)


# --------------------------------------------------------------------------- targets


class Target(Protocol):
    """A broker the nemesis can hurt: by PID, always on the same address and data dir."""

    name: str

    @property
    def bootstrap(self) -> str: ...

    def pid(self) -> int: ...

    def kill_and_restart(self) -> None: ...

    def pause(self) -> None: ...

    def resume(self) -> None: ...

    def log_text(self) -> str: ...


class StreamdTarget:
    name = "streamd (file engine)"

    def __init__(self, process: StreamdProcess) -> None:
        self.process = process

    @property
    def bootstrap(self) -> str:
        return self.process.bootstrap

    def pid(self) -> int:
        pid = self.process.pid
        if pid is None:
            self.process.check_alive()
        assert pid is not None
        return pid

    def kill_and_restart(self) -> None:
        self.pid()  # it must not have died by itself
        self.process.kill()
        self.process.start()

    def pause(self) -> None:
        os.kill(self.pid(), signal.SIGSTOP)

    def resume(self) -> None:
        os.kill(self.pid(), signal.SIGCONT)

    def log_text(self) -> str:
        return self.process.log_text()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    try:  # a zombie still answers kill(0)
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].startswith("Z")
    except (OSError, IndexError):
        return True


def _answers_api_versions(port: int) -> bool:
    """True once a broker on ``port`` answers ApiVersions v0 (the port opens before it serves)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
            sock.sendall(b"\x00\x00\x00\x0a\x00\x12\x00\x00\x00\x00\x00\x07\xff\xff")  # size, key 18, v0, id 7, null client
            reply = sock.recv(8)
    except OSError:
        return False
    return len(reply) == 8 and reply[4:8] == b"\x00\x00\x00\x07"


class KafkaTarget:
    """Apache Kafka on PORT, data in .peers/kafka/run-PORT (the dir is ours: port 29292 is ours).

    The first start is ``scripts/peers/kafka.sh start PORT`` (format, start, wait); the script
    detaches the broker, so that incarnation is watched by the PID it prints. ``kafka.sh start``
    cannot restart on the same data dir (it formats with a new cluster id, which Kafka 4.2
    refuses), so a restart runs the same ``java ... kafka.Kafka server.properties`` command the
    script runs, as a child of the test, on the same port and data dir, and waits until the
    broker answers ApiVersions.
    """

    name = "Apache Kafka"

    def __init__(self, port: int) -> None:
        self.port = port
        self.run_dir = REPO / ".peers" / "kafka" / f"run-{port}"
        self.controller_port = _free_port()
        self._pid: int | None = None
        self._child: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        """The first start, on a fresh data dir."""
        pid_file = self.run_dir / "kafka.pid"
        if pid_file.exists() and not _gone(int(pid_file.read_text())):
            pytest.fail(f"a Kafka is still running in {self.run_dir}")
        shutil.rmtree(self.run_dir, ignore_errors=True)
        env = dict(os.environ, CONTROLLER_PORT=str(self.controller_port))
        done = subprocess.run([str(REPO / "scripts/peers/kafka.sh"), "start", str(self.port)], env=env,
                              capture_output=True, text=True, timeout=120, cwd=REPO)
        assert done.returncode == 0, f"kafka.sh start failed: {done.stderr}"
        self._pid = int(done.stdout.strip().splitlines()[-1])

    def _restart(self) -> None:
        heap = os.environ.get("KAFKA_HEAP", "1g")
        command = ["java", f"-Xms{heap}", f"-Xmx{heap}", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
                   "-XX:InitiatingHeapOccupancyPercent=35", "-XX:+ExplicitGCInvokesConcurrent",
                   "-Djava.awt.headless=true",
                   f"-Dlog4j2.configurationFile={REPO / 'scripts/peers/kafka/log4j2.properties'}",
                   "-cp", str(REPO / ".peers/kafka/libs/*"), "kafka.Kafka", str(self.run_dir / "server.properties")]
        cpus = os.environ.get("KAFKA_CPUS", "1")
        if cpus and shutil.which("taskset") and (os.cpu_count() or 1) > 1:
            command = ["taskset", "-c", cpus, *command]
        with open(self.run_dir / "kafka.log", "ab") as log:
            self._child = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT,
                                           stdin=subprocess.DEVNULL, start_new_session=True)
        self._pid = self._child.pid
        (self.run_dir / "kafka.pid").write_text(f"{self._pid}\n")
        deadline = time.monotonic() + 120
        while not _answers_api_versions(self.port):
            assert self._child.poll() is None, f"Kafka exited with {self._child.returncode}:\n{self.log_text()[-5000:]}"
            assert time.monotonic() < deadline, "Kafka did not answer ApiVersions within 120 s of a restart"
            time.sleep(0.1)

    def pid(self) -> int:
        assert self._pid is not None and not _gone(self._pid), f"Kafka died:\n{self.log_text()[-5000:]}"
        return self._pid

    def kill_and_restart(self) -> None:
        pid = self.pid()
        os.kill(pid, signal.SIGKILL)
        if self._child is not None and self._child.pid == pid:
            self._child.wait()
        deadline = time.monotonic() + 30
        while not _gone(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        self._restart()

    def pause(self) -> None:
        os.kill(self.pid(), signal.SIGSTOP)

    def resume(self) -> None:
        os.kill(self.pid(), signal.SIGCONT)

    def stop(self) -> None:
        if self._pid is not None and not _gone(self._pid):
            os.kill(self._pid, signal.SIGCONT)
        subprocess.run([str(REPO / "scripts/peers/kafka.sh"), "stop", str(self.run_dir)], cwd=REPO,
                       capture_output=True, timeout=60)
        if self._child is not None:
            try:
                self._child.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._child.kill()
                self._child.wait()

    def log_text(self) -> str:
        path = self.run_dir / "kafka.log"
        return path.read_text(errors="replace") if path.exists() else ""


# --------------------------------------------------------------------------- the client side


@dataclass
class Txn:
    n: int
    values: dict[int, list[str]]  # partition -> the values written there, in order
    intent: str  # "commit" or "abort"
    outcome: str = "pending"  # committed, aborted, indeterminate
    confirmed: bool = True  # False: abort_transaction never returned (fenced by a new producer)
    commit_attempted: bool = False
    delivered: int = 0
    delivery_errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(len(values) for values in self.values.values())

    @property
    def all_delivered(self) -> bool:
        return self.delivered == self.size and not self.delivery_errors


def producer_config(bootstrap: str) -> dict[str, object]:
    return {
        "bootstrap.servers": bootstrap, "transactional.id": TRANSACTIONAL_ID,
        "acks": "all", "linger.ms": 2,
        "transaction.timeout.ms": 30_000, "message.timeout.ms": MESSAGE_TIMEOUT_MS,
        "socket.timeout.ms": 5_000, "request.timeout.ms": 5_000,
        # As in compat_tests/crash: the only broker comes back on the same address; keep it
        # rather than re-bootstrap, and reconnect and retry within 100 ms.
        "metadata.recovery.strategy": "none",
        "reconnect.backoff.ms": 50, "reconnect.backoff.max.ms": 100,
        "retry.backoff.ms": 50, "retry.backoff.max.ms": 100,
        **({"debug": debug} if (debug := os.environ.get("STREAMD_TXN_CHECKER_CLIENT_DEBUG")) else {}),
    }


def _error_of(exc: KafkaException) -> KafkaError:
    error = exc.args[0] if exc.args else None
    if isinstance(error, KafkaError):
        return error
    return KafkaError(KafkaError._FAIL, str(exc))


class Driver:
    """Runs the transactions; one producer at a time, recreated after a fatal error."""

    def __init__(self, bootstrap: str, rng: random.Random) -> None:
        self.bootstrap = bootstrap
        self.rng = rng
        self.txns: list[Txn] = []
        self.errors: Counter[str] = Counter()  # "call: ERROR_NAME" -> count
        self.incarnations = 0
        self.completed = 0  # transactions with an outcome; the nemesis watches it
        self.phase = "idle"  # begin, produce, commit, abort: where the nemesis may aim a fault
        self.halt = threading.Event()  # set by a failed nemesis: stop waiting for the broker
        self.producer: Producer | None = None
        self._current: Txn | None = None

    # -- producers -------------------------------------------------------------------------
    def _on_delivery(self, txn: Txn) -> Callable[[KafkaError | None, Message], None]:
        def callback(error: KafkaError | None, _message: Message) -> None:
            if error is None:
                txn.delivered += 1
            else:
                txn.delivery_errors.append(error.name())
        return callback

    def new_producer(self) -> None:
        """(Re)create the producer and init_transactions: the new epoch fences the old
        incarnation and the coordinator aborts its open transaction."""
        if self.producer is not None:
            self.producer.purge()
            self.producer = None  # not close(): a fatal producer may wait on a dead broker
        deadline = time.monotonic() + 120
        while True:
            producer = Producer(producer_config(self.bootstrap))
            self.incarnations += 1
            while True:
                try:
                    producer.init_transactions(CALL_TIMEOUT_S)
                    self.producer = producer
                    return
                except KafkaException as exc:
                    error = _error_of(exc)
                    self.errors[f"init_transactions: {error.name()}"] += 1
                    if time.monotonic() > deadline or self.halt.is_set():
                        raise AssertionError(f"init_transactions failing: {error}") from exc
                    if error.fatal() or not error.retriable():
                        producer.purge()
                        break  # a new producer
                    time.sleep(0.05)

    # -- one transaction -------------------------------------------------------------------
    def run(self, n: int) -> Txn:
        rng = self.rng
        partitions = sorted(rng.sample(range(PARTITIONS), rng.randint(2, PARTITIONS)))
        values = {p: [f"t{n}-{p}-{i}" for i in range(rng.randint(1, 4))] for p in partitions}
        txn = Txn(n, values, "commit" if rng.random() < COMMIT_RATIO else "abort")
        self.txns.append(txn)
        self.phase = "begin"
        self._begin()
        problem = self._produce(txn)
        if problem is not None:
            self._abort(txn, after=problem)
        elif txn.intent == "commit":
            self._commit(txn)
        else:
            self._abort(txn)
        assert self.producer is not None
        self.producer.poll(0)
        self.phase = "idle"
        self.completed += 1
        return txn

    def _begin(self) -> None:
        for _ in range(3):
            assert self.producer is not None
            try:
                self.producer.begin_transaction()
                return
            except KafkaException as exc:
                error = _error_of(exc)
                self.errors[f"begin_transaction: {error.name()}"] += 1
                self.new_producer()
        raise AssertionError("begin_transaction failed three times")

    def _produce(self, txn: Txn) -> KafkaError | None:
        """Hand every value to the producer and flush, so that even the records of a transaction
        about to be aborted are in the log (the read_uncommitted check needs them)."""
        assert self.producer is not None
        self.phase = "produce"
        callback = self._on_delivery(txn)
        try:
            for partition, values in txn.values.items():
                for value in values:
                    while True:
                        try:
                            self.producer.produce(TOPIC, value=value.encode(), partition=partition,
                                                  on_delivery=callback)
                            break
                        except BufferError:
                            self.producer.poll(0.05)
            self.producer.flush(CALL_TIMEOUT_S)
        except KafkaException as exc:
            error = _error_of(exc)
            self.errors[f"produce: {error.name()}"] += 1
            txn.notes.append(f"produce raised {error.name()}")
            return error
        return None

    def _commit(self, txn: Txn) -> None:
        assert self.producer is not None
        deadline = time.monotonic() + OUTCOME_BUDGET_S
        attempts = 0
        txn.commit_attempted = True
        self.phase = "commit"
        while True:
            attempts += 1
            try:
                self.producer.commit_transaction(CALL_TIMEOUT_S)
                txn.outcome = "committed"
                if attempts > 1:
                    txn.notes.append(f"committed at attempt {attempts}")
                return
            except KafkaException as exc:
                error = _error_of(exc)
                self.errors[f"commit_transaction: {error.name()}"] += 1
                txn.notes.append(f"commit raised {error.name()}"
                                 f"{' (fatal)' if error.fatal() else ''}"
                                 f"{' (abortable)' if error.txn_requires_abort() else ''}"
                                 f"{' (retriable)' if error.retriable() else ''}")
                if error.fatal():
                    txn.outcome = "indeterminate"
                    self.new_producer()
                    return
                if error.txn_requires_abort():
                    self._abort(txn, after=error)
                    return
                if error.retriable() and time.monotonic() < deadline:
                    continue
                # Neither retriable in time nor abortable: the commit may or may not have happened.
                txn.outcome = "indeterminate"
                self.new_producer()
                return

    def _abort(self, txn: Txn, after: KafkaError | None = None) -> None:
        """abort_transaction until it returns: aborted. Should it fail for good, the producer is
        recreated, whose InitProducerId aborts the transaction on the broker: aborted (by fencing)
        if no commit was ever attempted, else indeterminate."""
        self.phase = "abort"
        if after is None or not after.fatal():
            assert self.producer is not None
            deadline = time.monotonic() + OUTCOME_BUDGET_S
            while True:
                try:
                    self.producer.abort_transaction(CALL_TIMEOUT_S)
                    txn.outcome = "aborted"
                    return
                except KafkaException as exc:
                    error = _error_of(exc)
                    self.errors[f"abort_transaction: {error.name()}"] += 1
                    txn.notes.append(f"abort raised {error.name()}")
                    if error.retriable() and not error.fatal() and time.monotonic() < deadline:
                        continue
                    break
        txn.outcome = "indeterminate" if txn.commit_attempted else "aborted"
        txn.confirmed = False
        self.new_producer()

    def close(self) -> None:
        if self.producer is not None:
            self.producer.flush(CALL_TIMEOUT_S)
            self.producer = None


# --------------------------------------------------------------------------- the nemesis


@dataclass
class Fault:
    kind: str  # "kill" or "pause"
    at_s: float  # since the start of the run
    seconds: float  # the pause, or the restart (kill to ready)
    during_txn: int  # the transaction the driver was running
    phase: str  # what the driver was doing (idle, begin, produce, commit, abort)


AIMS = ["any", "any", "produce", "commit", "commit", "abort"]


class Nemesis(threading.Thread):
    """Applies ``plan`` (a list of "kill"/"pause"). Before each fault it waits until the driver
    finished a transaction since the previous fault (at most PROGRESS_WAIT_S), then a random
    0.05-1.0 s; then it aims at a random phase of a transaction (``AIMS``: any moment, or the
    next time the driver is producing, committing or aborting, waiting up to 2 s for it), so
    that faults hit EndTxn in flight far more often than a uniformly random moment would."""

    def __init__(self, target: Target, driver: Driver, plan: list[str], rng: random.Random,
                 started: float) -> None:
        super().__init__(name="txn-nemesis", daemon=True)
        self.target = target
        self.driver = driver
        self.plan = plan
        self.rng = rng
        self.started = started
        self.faults: list[Fault] = []
        self.failure: BaseException | None = None
        self.stop_event = threading.Event()

    def run(self) -> None:
        try:
            for kind in self.plan:
                seen = self.driver.completed
                waited = time.monotonic()
                while (self.driver.completed == seen and time.monotonic() - waited < PROGRESS_WAIT_S
                       and not self.stop_event.is_set()):
                    time.sleep(0.005)
                if self.stop_event.wait(self.rng.uniform(0.05, 1.0)):
                    return
                aim = self.rng.choice(AIMS)
                aiming = time.monotonic()
                while aim != "any" and self.driver.phase != aim and time.monotonic() - aiming < 2.0:
                    time.sleep(0.0002)
                at = time.monotonic()
                txn = len(self.driver.txns) - 1
                phase = self.driver.phase
                if kind == "kill":
                    self.target.kill_and_restart()
                    seconds = time.monotonic() - at
                else:
                    seconds = self.rng.uniform(0.2, 3.0)
                    self.target.pause()
                    try:
                        time.sleep(seconds)
                    finally:
                        self.target.resume()
                self.faults.append(Fault(kind, at - self.started, seconds, txn, phase))
                if os.environ.get("STREAMD_TXN_CHECKER_DEBUG"):
                    print(f"fault {len(self.faults)}: {kind} at {at - self.started:.1f} s "
                          f"({seconds:.2f} s) during txn {txn} ({phase})", flush=True)
        except BaseException as exc:  # noqa: BLE001 - reported by the run
            self.failure = exc
            self.driver.halt.set()


# --------------------------------------------------------------------------- reading back


def _reader(bootstrap: str, isolation: str) -> Consumer:
    return Consumer({"bootstrap.servers": bootstrap, "group.id": "txn-checker-reader",
                     "isolation.level": isolation, "enable.auto.commit": False,
                     "enable.auto.offset.store": False, "enable.partition.eof": True,
                     "auto.offset.reset": "earliest", "fetch.wait.max.ms": 50})


def end_offsets(bootstrap: str, isolation: str) -> dict[int, int]:
    """ListOffsets(latest) per partition: the LSO for read_committed, the high watermark otherwise."""
    consumer = _reader(bootstrap, isolation)
    try:
        return {p: consumer.get_watermark_offsets(TopicPartition(TOPIC, p), timeout=10, cached=False)[1]
                for p in range(PARTITIONS)}
    finally:
        consumer.close()


def wait_until_no_transaction_open(bootstrap: str) -> dict[int, int]:
    """Wait until LSO == high watermark on every partition; the high watermarks."""
    deadline = time.monotonic() + QUIESCE_TIMEOUT_S
    while True:
        try:
            high = end_offsets(bootstrap, "read_uncommitted")
            stable = end_offsets(bootstrap, "read_committed")
            if high == stable:
                return high
        except KafkaException:
            stable, high = {}, {}
        if time.monotonic() > deadline:
            raise AssertionError(f"a transaction is still open {QUIESCE_TIMEOUT_S:.0f} s after the run: "
                                 f"LSO {stable}, high watermark {high}")
        time.sleep(0.2)


View = dict[int, list[tuple[int, str]]]  # partition -> (offset, value) in log order


def read_view(bootstrap: str, isolation: str, ends: dict[int, int]) -> View:
    """Every record of every partition from the log start to ``ends`` (reached when the consumer
    reports EOF at or past it), as one ``isolation.level`` sees it."""
    consumer = _reader(bootstrap, isolation)
    view: View = {p: [] for p in range(PARTITIONS)}
    done = {p for p in range(PARTITIONS) if ends[p] == 0}
    try:
        consumer.assign([TopicPartition(TOPIC, p, OFFSET_BEGINNING) for p in range(PARTITIONS)])
        deadline = time.monotonic() + READ_TIMEOUT_S
        while len(done) < PARTITIONS:
            assert time.monotonic() < deadline, (
                f"{isolation}: not at the end of partitions {sorted(set(range(PARTITIONS)) - done)} "
                f"after {READ_TIMEOUT_S:.0f} s (ends {ends})")
            for message in consumer.consume(num_messages=1000, timeout=0.5):
                error = message.error()
                partition = message.partition()
                assert partition is not None
                if error is not None:
                    assert error.code() == KafkaError._PARTITION_EOF, f"{isolation} read error: {error}"
                    offset = message.offset()
                    if offset is not None and offset >= ends[partition]:
                        done.add(partition)
                    continue
                offset = message.offset()
                assert offset is not None
                raw = message.value()
                view[partition].append((offset, raw.decode(errors="replace") if raw is not None else "<null>"))
        return view
    finally:
        consumer.close()


# --------------------------------------------------------------------------- the checker


@dataclass
class Anomalies:
    lost: list[str] = field(default_factory=list)  # txn: missing values
    aborted_read: list[str] = field(default_factory=list)
    torn: list[str] = field(default_factory=list)
    duplicate: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # values never written, or on the wrong partition
    order: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {name: len(items) for name, items in vars(self).items()}

    def total(self) -> int:
        return sum(self.counts().values())


def check(txns: list[Txn], view: View) -> Anomalies:
    """Compare a read_committed view with what the client knows of each transaction."""
    found = Anomalies()
    by_value: dict[str, tuple[Txn, int, int]] = {}
    for txn in txns:
        for partition, values in txn.values.items():
            for i, value in enumerate(values):
                by_value[value] = (txn, partition, i)
    seen: Counter[str] = Counter()
    positions: dict[tuple[int, int], list[int]] = defaultdict(list)  # (txn, partition) -> i in log order
    for partition, records in view.items():
        for offset, value in records:
            seen[value] += 1
            if value not in by_value or by_value[value][1] != partition:
                found.unknown.append(f"p{partition}@{offset}: {value}")
                continue
            txn, _, i = by_value[value]
            positions[(txn.n, partition)].append(i)
    found.duplicate = [f"{value} x{count}" for value, count in sorted(seen.items()) if count > 1]
    for txn in txns:
        every = [value for values in txn.values.values() for value in values]
        visible = [value for value in every if seen[value]]
        missing = [value for value in every if not seen[value]]
        if txn.outcome == "committed" and missing:
            found.lost.append(f"t{txn.n} (committed): {len(missing)} of {len(every)} missing, e.g. {missing[:3]}")
        if txn.outcome == "aborted" and visible:
            found.aborted_read.append(f"t{txn.n} (aborted{'' if txn.confirmed else ' by fencing'}): "
                                      f"{len(visible)} of {len(every)} visible, e.g. {visible[:3]}")
        if visible and missing:
            found.torn.append(f"t{txn.n} ({txn.outcome}): {len(visible)} of {len(every)} visible, "
                              f"missing e.g. {missing[:3]}")
        for partition in txn.values:
            order = positions.get((txn.n, partition), [])
            if order != sorted(order):
                found.order.append(f"t{txn.n} p{partition}: values in log order {order}")
    return found


def physically_present_aborted(txns: list[Txn], uncommitted: View) -> tuple[int, list[str]]:
    """(aborted transactions whose records were all acknowledged, those of them missing from the
    read_uncommitted view)."""
    present = {value for records in uncommitted.values() for _, value in records}
    acknowledged = [txn for txn in txns if txn.outcome == "aborted" and txn.all_delivered]
    missing = [f"t{txn.n}" for txn in acknowledged
               if any(value not in present for values in txn.values.values() for value in values)]
    return len(acknowledged), missing


# --------------------------------------------------------------------------- the run


@dataclass
class CheckerRun:
    target: str
    seed: int
    seconds: float
    txns: list[Txn]
    faults: list[Fault]
    plan: list[str]
    errors: Counter[str]
    incarnations: int
    anomalies: Anomalies
    anomalies_after_restart: Anomalies
    views_equal_after_restart: bool
    aborted_acknowledged: int
    aborted_missing_uncommitted: list[str]
    indeterminate_visible: list[int]  # the indeterminate transactions that turned out committed
    records: dict[str, int]  # committed / uncommitted view sizes
    broker_log: str

    def outcomes(self) -> Counter[str]:
        return Counter(txn.outcome for txn in self.txns)

    def summary(self) -> str:
        outcomes = self.outcomes()
        kinds = Counter(fault.kind for fault in self.faults)
        fenced = sum(1 for txn in self.txns if txn.outcome == "aborted" and not txn.confirmed)
        restart = [f.seconds for f in self.faults if f.kind == "kill"]
        notes = Counter(note for txn in self.txns for note in txn.notes)
        phases = Counter(f"{fault.kind}/{fault.phase}" for fault in self.faults)
        return (f"list-append-lite on {self.target}, seed {self.seed}: {len(self.txns)} txns in "
                f"{self.seconds:.1f} s: {outcomes['committed']} committed, {outcomes['aborted']} aborted "
                f"({fenced} by fencing), {outcomes['indeterminate']} indeterminate "
                f"({len(self.indeterminate_visible)} of them visible); faults "
                f"{len(self.faults)}/{len(self.plan)} planned: {kinds['kill']} SIGKILL+restart "
                f"(restart {min(restart, default=0):.2f}-{max(restart, default=0):.2f} s), "
                f"{kinds['pause']} SIGSTOP/SIGCONT, by phase {dict(phases)}; producer incarnations {self.incarnations}; "
                f"client errors {dict(self.errors)}; txn notes {dict(notes)}; records {self.records}; "
                f"anomalies {self.anomalies.counts()}, after a final restart "
                f"{self.anomalies_after_restart.counts()} (same view: {self.views_equal_after_restart}); "
                f"aborted txns fully acknowledged {self.aborted_acknowledged}, missing from "
                f"read_uncommitted {len(self.aborted_missing_uncommitted)}")


def fault_plan(rng: random.Random) -> list[str]:
    faults = int(os.environ.get("STREAMD_TXN_CHECKER_FAULTS", str(rng.randint(15, 25))))
    kills = int(os.environ.get("STREAMD_TXN_CHECKER_KILLS", str(rng.randint(faults // 3, faults - faults // 3))))
    plan = ["kill"] * kills + ["pause"] * (faults - kills)
    rng.shuffle(plan)
    return plan


def run_checker(target: Target, restart: Callable[[], None], seed: int) -> CheckerRun:
    """The whole run against a started ``target``; ``restart()`` kills and restarts it once more
    at the end."""
    rng = random.Random(seed)
    plan = fault_plan(rng)
    create_topic(target.bootstrap, TOPIC, PARTITIONS)
    driver = Driver(target.bootstrap, random.Random(rng.random()))
    driver.new_producer()
    started = time.monotonic()
    nemesis = Nemesis(target, driver, plan, random.Random(rng.random()), started)
    nemesis.start()
    driver_failure: BaseException | None = None
    try:
        n = 0
        while ((n < TXNS or nemesis.is_alive()) and time.monotonic() - started < RUN_BUDGET_S
               and nemesis.failure is None):
            driver.run(n)
            n += 1
    except BaseException as exc:  # noqa: BLE001 - a failed nemesis (a broker that did not restart) comes first
        driver_failure = exc
    finally:
        nemesis.stop_event.set()
        nemesis.join(timeout=60)
    seconds = time.monotonic() - started
    if nemesis.failure is not None:
        raise AssertionError(f"the nemesis failed: {nemesis.failure!r}") from nemesis.failure
    if driver_failure is not None:
        raise driver_failure
    driver.close()

    ends = wait_until_no_transaction_open(target.bootstrap)
    committed = read_view(target.bootstrap, "read_committed", ends)
    uncommitted = read_view(target.bootstrap, "read_uncommitted", ends)
    anomalies = check(driver.txns, committed)
    visible = {value for records in committed.values() for _, value in records}
    indeterminate_visible = [txn.n for txn in driver.txns if txn.outcome == "indeterminate"
                             and any(v in visible for values in txn.values.values() for v in values)]
    acknowledged, missing = physically_present_aborted(driver.txns, uncommitted)

    restart()
    ends_after = wait_until_no_transaction_open(target.bootstrap)
    committed_after = read_view(target.bootstrap, "read_committed", ends_after)
    anomalies_after = check(driver.txns, committed_after)

    run = CheckerRun(
        target=target.name, seed=seed, seconds=seconds, txns=driver.txns, faults=nemesis.faults, plan=plan,
        errors=driver.errors, incarnations=driver.incarnations, anomalies=anomalies,
        anomalies_after_restart=anomalies_after,
        views_equal_after_restart=committed_after == committed and ends_after == ends,
        aborted_acknowledged=acknowledged, aborted_missing_uncommitted=missing,
        indeterminate_visible=indeterminate_visible,
        records={"read_committed": sum(map(len, committed.values())),
                 "read_uncommitted": sum(map(len, uncommitted.values())),
                 "log end": sum(ends.values())},
        broker_log=target.log_text(),
    )
    print(run.summary())
    for txn in driver.txns:
        if txn.outcome == "indeterminate" or not txn.confirmed:
            print(f"  t{txn.n} {txn.intent} -> {txn.outcome}: {txn.size} values, {txn.delivered} acknowledged, "
                  f"delivery errors {Counter(txn.delivery_errors)}, {txn.notes}; visible: "
                  f"{txn.n in indeterminate_visible}")
    for name, items in vars(anomalies).items():
        for item in items[:20]:
            print(f"  {name}: {item}")
    return run


@pytest.fixture(scope="module")
def checker_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CheckerRun]:
    seed = int(os.environ.get("STREAMD_TXN_CHECKER_SEED", str(time.time_ns())))
    kafka_port = os.environ.get("STREAMD_TXN_CHECKER_KAFKA_PORT")
    if kafka_port:
        kafka = KafkaTarget(int(kafka_port))
        kafka.start()
        try:
            yield run_checker(kafka, kafka.kill_and_restart, seed)
        finally:
            kafka.stop()
        return
    work = tmp_path_factory.mktemp("txn-checker")
    with broker_pool() as spawned:
        process = new_broker(spawned, work / "data", work / "streamd.log", log_level="info")
        target = StreamdTarget(process)
        yield run_checker(target, target.kill_and_restart, seed)


# --------------------------------------------------------------------------- the checks


def test_faults_were_injected(checker_run: CheckerRun) -> None:
    """The run is worth something: every planned fault happened, both kinds, while at least
    TXNS transactions ran, and the broker logged no traceback."""
    run = checker_run
    assert len(run.txns) >= TXNS, run.summary()
    assert len(run.faults) == len(run.plan), run.summary()
    assert {fault.kind for fault in run.faults} == {"kill", "pause"}, run.summary()
    assert "Traceback" not in run.broker_log, run.broker_log[-20_000:]
    assert not any(txn.outcome == "pending" for txn in run.txns), run.summary()


def test_no_lost_write(checker_run: CheckerRun) -> None:
    assert not checker_run.anomalies.lost, (checker_run.anomalies.lost[:10], checker_run.summary())


def test_no_aborted_read(checker_run: CheckerRun) -> None:
    assert not checker_run.anomalies.aborted_read, (checker_run.anomalies.aborted_read[:10], checker_run.summary())


def test_no_torn_transaction(checker_run: CheckerRun) -> None:
    assert not checker_run.anomalies.torn, (checker_run.anomalies.torn[:10], checker_run.summary())


def test_no_duplicate_or_unknown_value(checker_run: CheckerRun) -> None:
    anomalies = checker_run.anomalies
    assert not anomalies.duplicate and not anomalies.unknown, (
        anomalies.duplicate[:10], anomalies.unknown[:10], checker_run.summary())


def test_transaction_order_per_partition(checker_run: CheckerRun) -> None:
    assert not checker_run.anomalies.order, (checker_run.anomalies.order[:10], checker_run.summary())


def test_same_view_after_final_restart(checker_run: CheckerRun) -> None:
    run = checker_run
    assert run.anomalies_after_restart.total() == 0, (run.anomalies_after_restart.counts(), run.summary())
    assert run.views_equal_after_restart, run.summary()


def test_aborted_values_are_physically_in_the_log(checker_run: CheckerRun) -> None:
    """Proves the aborted-read check can fail: the aborted records are there, only hidden."""
    run = checker_run
    assert run.aborted_acknowledged > 0, run.summary()
    assert not run.aborted_missing_uncommitted, (run.aborted_missing_uncommitted[:10], run.summary())


def test_checker_detects_each_anomaly() -> None:
    """The checker itself, on hand-made views (no broker): a clean view passes, and each kind
    of anomaly is reported under its own name."""
    committed = Txn(0, {0: ["t0-0-0", "t0-0-1"], 1: ["t0-1-0"]}, "commit", outcome="committed")
    aborted = Txn(1, {1: ["t1-1-0"], 2: ["t1-2-0"]}, "abort", outcome="aborted")
    unknown = Txn(2, {2: ["t2-2-0"], 3: ["t2-3-0"]}, "commit", outcome="indeterminate")
    txns = [committed, aborted, unknown]
    clean: View = {0: [(0, "t0-0-0"), (1, "t0-0-1")], 1: [(0, "t0-1-0")], 2: [(5, "t2-2-0")], 3: [(1, "t2-3-0")]}
    assert check(txns, clean).total() == 0
    assert check(txns, {p: [] for p in range(PARTITIONS)}).counts() == {
        "lost": 1, "aborted_read": 0, "torn": 0, "duplicate": 0, "unknown": 0, "order": 0}

    found = check(txns, {
        0: [(0, "t0-0-1"), (1, "t0-0-0"), (2, "t0-0-0")],  # out of order, and a duplicate
        1: [(3, "t1-1-0"), (4, "t9-1-0")],  # an aborted value, a value never written; t0-1-0 lost
        2: [(0, "t2-2-0"), (1, "t0-1-0")],  # indeterminate t2 half visible; t0-1-0 on the wrong partition
        3: [],
    })
    assert len(found.lost) == 0  # t0-1-0 is seen (on the wrong partition: reported as unknown)
    assert [item.split(" ")[0] for item in found.aborted_read] == ["t1"]
    assert sorted(item.split(" ")[0] for item in found.torn) == ["t1", "t2"]
    assert found.duplicate == ["t0-0-0 x2"]
    assert sorted(found.unknown) == ["p1@4: t9-1-0", "p2@1: t0-1-0"]
    assert found.order == ["t0 p0: values in log order [1, 0, 0]"]

    lost = check(txns, {0: [(0, "t0-0-0")], 1: [], 2: [], 3: []})
    assert [item.split(" ")[0] for item in lost.lost] == ["t0"] and [item.split(" ")[0] for item in lost.torn] == ["t0"]

    acknowledged = Txn(3, {0: ["t3-0-0"], 1: ["t3-1-0"]}, "abort", outcome="aborted", delivered=2)
    assert physically_present_aborted([acknowledged], {0: [(7, "t3-0-0")], 1: []}) == (1, ["t3"])
    assert physically_present_aborted([acknowledged], {0: [(7, "t3-0-0")], 1: [(2, "t3-1-0")]}) == (1, [])
