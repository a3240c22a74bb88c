"""``streamd serve`` as a subprocess the test owns: start, SIGKILL, SIGSTOP/SIGCONT, restart.

Shared by the fault suites (``crash/``, ``txn_checker/``). Unlike the session ``broker``
fixture of ``conftest.py``, a ``StreamdProcess`` can be killed and started again on the same
port and data directory as often as a test likes, which is what crash and fault tests need.

What it guarantees:

- ``start`` returns only after the broker printed ``streamd ready on HOST:PORT``; the first
  start takes a free port, later starts reuse it (retrying while the port is still held after
  a SIGKILL), so clients reconnect to the same address.
- every broker is in its own session (``start_new_session``) and is signalled by its own PID
  only; ``broker_pool`` SIGKILLs whatever is still running when the test ends.
- stdout and stderr of every incarnation are appended to one ``log_path``.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from confluent_kafka.admin import AdminClient, NewTopic

__all__ = [
    "READY_LINE",
    "SHUTDOWN_TIMEOUT_S",
    "STARTUP_TIMEOUT_S",
    "StreamdProcess",
    "broker_pool",
    "create_topic",
    "new_broker",
    "stop_cleanly",
]

READY_LINE = re.compile(r"streamd ready on (\S+):(\d+)")
STARTUP_TIMEOUT_S = 30.0
SHUTDOWN_TIMEOUT_S = 10.0


@dataclass
class StreamdProcess:
    """One ``streamd serve`` subprocess on the file engine; its stdout and stderr go to ``log_path``.

    ``settings`` are passed as ``--set NAME=VALUE`` (Kafka config names) to every incarnation.
    """

    data_dir: Path
    log_path: Path
    settings: dict[str, str] = field(default_factory=dict)
    log_level: str = "warning"
    port: int = 0
    process: subprocess.Popen[str] | None = None
    starts: int = 0
    _reader: threading.Thread | None = None
    _log_lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        """The PID of the running incarnation, None when there is none."""
        if self.process is None or self.process.poll() is not None:
            return None
        return self.process.pid

    def start(self) -> None:
        """Start on ``self.port`` (0 the first time) and wait for the ready line; retry a busy port."""
        assert self.process is None or self.process.poll() is not None, "already running"
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while True:
            if self._try_start(deadline):
                return
            if time.monotonic() >= deadline:
                pytest.fail(f"streamd did not start on port {self.port}:\n{self.log_tail()}")
            time.sleep(0.1)  # the port may still be held for a moment after a SIGKILL

    def command(self) -> list[str]:
        command = [
            sys.executable, "-m", "streamd", "serve",
            "--listen", f"127.0.0.1:{self.port}",
            "--storage", f"file://{self.data_dir}",
            "--log-level", self.log_level,
        ]
        for name, value in self.settings.items():
            command += ["--set", f"{name}={value}"]
        return command

    def _try_start(self, deadline: float) -> bool:
        command = self.command()
        self.starts += 1
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self._log_lock, open(self.log_path, "a") as log:
            log.write(f"----- start #{self.starts}: {' '.join(command)}\n")
        log_file = open(self.log_path, "a")  # noqa: SIM115 - the child holds its own copy
        try:
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log_file, text=True,
                                       start_new_session=True)
        finally:
            log_file.close()
        self.process = process
        ready: list[int] = []

        def read_stdout() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                with self._log_lock, open(self.log_path, "a") as log:
                    log.write(line)
                match = READY_LINE.search(line)
                if match and not ready:
                    ready.append(int(match.group(2)))

        self._reader = threading.Thread(target=read_stdout, name="streamd-stdout", daemon=True)
        self._reader.start()
        while not ready and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        if ready:
            self.port = ready[0]
            return True
        self.kill()
        return False

    def kill(self) -> None:
        """SIGKILL (no clean shutdown) and reap; works on a SIGSTOPped broker too."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        if self.process is not None:
            self.process.wait()
        if self._reader is not None:
            self._reader.join(timeout=2)

    def pause(self) -> None:
        """SIGSTOP: the broker freezes with its sockets open (clients see timeouts, not resets)."""
        assert self.process is not None and self.process.poll() is None, "not running"
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        """SIGCONT after ``pause``."""
        assert self.process is not None and self.process.poll() is None, "not running"
        self.process.send_signal(signal.SIGCONT)

    def stop(self) -> int | None:
        """SIGTERM and wait for a clean exit; the exit code, or None if it had to be killed."""
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)  # a paused broker cannot act on SIGTERM
            self.process.send_signal(signal.SIGTERM)
        try:
            code: int | None = self.process.wait(timeout=SHUTDOWN_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.kill()
            code = None
        if self._reader is not None:
            self._reader.join(timeout=2)
        return code

    def check_alive(self) -> None:
        if self.process is None or self.process.poll() is not None:
            pytest.fail(f"streamd exited unexpectedly:\n{self.log_tail()}")

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def log_tail(self) -> str:
        return self.log_text()[-20_000:]


@contextmanager
def broker_pool() -> Iterator[list[StreamdProcess]]:
    """Collects every broker a test starts (append to the list) and SIGKILLs any still running
    at the end. Suites wrap it in a ``spawn`` fixture."""
    started: list[StreamdProcess] = []
    try:
        yield started
    finally:
        for broker in started:
            broker.kill()


def new_broker(spawned: list[StreamdProcess], data_dir: Path, log_path: Path,
               settings: dict[str, str] | None = None, log_level: str = "warning") -> StreamdProcess:
    """Start a broker on a fresh port, registered in ``spawned`` so that it is killed at the end."""
    broker = StreamdProcess(data_dir=data_dir, log_path=log_path, settings=dict(settings or {}),
                            log_level=log_level)
    spawned.append(broker)
    broker.start()
    return broker


def stop_cleanly(broker: StreamdProcess) -> None:
    """SIGTERM, and assert the broker exits 0 within SHUTDOWN_TIMEOUT_S."""
    code = broker.stop()
    assert code == 0, f"streamd exited with {code} after SIGTERM:\n{broker.log_tail()}"


def create_topic(bootstrap: str, name: str, partitions: int) -> None:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    futures = admin.create_topics([NewTopic(name, num_partitions=partitions, replication_factor=1)],
                                  operation_timeout=10)
    futures[name].result(15)
