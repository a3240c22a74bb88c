"""A long-running JVM application (Kafka Connect, a Kafka Streams app) as a subprocess a test owns.

Shared by ``connect/`` and ``streams/``. What it guarantees:

- the JVM runs in its own session (``start_new_session``), with ``-Xmx512m`` unless told
  otherwise; its stdout and stderr go to ``log_path`` (appended across restarts);
- it is signalled only by its own PID: ``stop`` sends SIGTERM and waits (then SIGKILL),
  ``kill`` sends SIGKILL and reaps it; ``java_apps`` kills whatever is still running when the
  test ends;
- ``wait_until`` polls a condition with a deadline instead of sleeping for a fixed time, and
  fails with the tail of the application's log when the deadline passes or the JVM exits.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pytest

__all__ = ["SIGTERM_EXIT", "JavaApp", "free_port", "java_apps", "wait_until"]

T = TypeVar("T")
# A JVM that ran its shutdown hooks after SIGTERM exits with 128 + 15.
SIGTERM_EXIT = 128 + signal.SIGTERM
DEFAULT_JVM_OPTS = ["-Xmx512m", "-Xss1m", "-XX:+UseSerialGC", "-Djava.awt.headless=true"]


def free_port() -> int:
    """A loopback TCP port that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class JavaApp:
    """``java OPTS -cp CLASSPATH MAIN ARGS``; ``start`` may be called again after ``kill``/``stop``."""

    classpath: str
    main_class: str
    args: list[str]
    log_path: Path
    jvm_opts: list[str] = field(default_factory=list)
    cwd: Path | None = None
    process: subprocess.Popen[bytes] | None = None
    starts: int = 0

    @property
    def pid(self) -> int | None:
        if self.process is None or self.process.poll() is not None:
            return None
        return self.process.pid

    def start(self) -> None:
        assert self.pid is None, "already running"
        command = ["java", *DEFAULT_JVM_OPTS, *self.jvm_opts, "-cp", self.classpath, self.main_class, *self.args]
        with open(self.log_path, "ab") as log:
            log.write(f"\n===== start #{self.starts + 1}: {' '.join(command)}\n".encode())
            log.flush()
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL, cwd=self.cwd, start_new_session=True)
        self.starts += 1

    def kill(self) -> None:
        """SIGKILL this JVM (by its PID) and reap it."""
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self, timeout: float = 30.0) -> int | None:
        """SIGTERM (a clean shutdown through the JVM's shutdown hooks); SIGKILL after ``timeout``.
        Returns the exit code, None when it had to be killed; before the kill, SIGQUIT makes the
        JVM print every thread's stack to its log, so a shutdown that hangs can be diagnosed."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                with open(self.log_path, "ab") as log:
                    log.write(f"\n===== no exit {timeout:.0f} s after SIGTERM: thread dump (SIGQUIT)\n".encode())
                os.kill(self.process.pid, signal.SIGQUIT)
                time.sleep(2)
                self.kill()
                return None
        return self.process.returncode

    def log_tail(self, chars: int = 12_000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except FileNotFoundError:
            return ""

    def check_alive(self) -> None:
        if self.process is not None and self.process.poll() is not None:
            pytest.fail(f"{self.main_class} exited with {self.process.returncode}:\n{self.log_tail()}")


def wait_until(condition: Callable[[], T | None], timeout: float, what: str, app: JavaApp | None = None,
               interval: float = 0.2) -> T:
    """Poll ``condition`` until it returns something truthy; fail after ``timeout`` seconds (or
    as soon as ``app`` exits) with ``what`` and the tail of the app's log."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if app is not None:
            app.check_alive()
        if time.monotonic() > deadline:
            tail = app.log_tail() if app is not None else ""
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}\n{tail}")
        time.sleep(interval)


@contextmanager
def java_apps() -> Iterator[list[JavaApp]]:
    """A list to register ``JavaApp``s in; every one still running at the end is SIGKILLed."""
    apps: list[JavaApp] = []
    try:
        yield apps
    finally:
        for app in apps:
            app.kill()
