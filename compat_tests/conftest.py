"""Shared fixtures and the allowlist for the real-client compatibility suites.

The broker under test
    ``broker`` (session scope) starts ``python -m streamd serve`` on a free loopback port with
    ``--set num.partitions=4 group.initial.rebalance.delay.ms=0`` (as the reference Kafka) and the storage engine from ``STREAMD_COMPAT_STORAGE`` (default
    ``memory://``; ``file://`` uses a fresh data directory). It waits for the line
    ``streamd ready on HOST:PORT`` and stops the broker with SIGTERM at the end of the session,
    asserting a clean exit within 10 s. ``STREAMD_COMPAT_BOOTSTRAP=host:port`` points the suites at
    an already running broker instead (for example ``scripts/peers/kafka.sh start PORT``, which
    is configured with ``num.partitions=4`` too). ``STREAMD_COMPAT_PEER=kafka`` makes the fixture
    start the reference Apache Kafka itself (``reference_kafka.py``: testcontainers where a Docker
    engine runs, the Maven Central jars otherwise): that is how the suites are checked against Kafka.

The allowlist
    Each suite directory (``python_clients/``, ``kcat/``) holds ``tests.allow``: one test id per
    line, relative to that directory (``test_aiokafka.py::test_acks_zero``), ``#`` comments
    allowed; and ``FINDINGS.md`` giving the reason for every test that is not listed. Tests that
    are not listed are skipped with "not in allowlist (see FINDINGS.md)". Listed tests must pass:
    a listed test that skips is reported as a failure, and a listed id that matches no test is a
    usage error (unless the run selects single tests by node id). ``STREAMD_COMPAT_ALL=1`` runs
    every test regardless of the allowlist; use it to find the candidate set against Kafka.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

from compat_tests import reference_kafka

COMPAT_ROOT = Path(__file__).resolve().parent
ALLOWLIST_NAME = "tests.allow"
SKIP_REASON = "not in allowlist (see FINDINGS.md)"
READY_LINE = re.compile(r"streamd ready on (\S+):(\d+)")
STARTUP_TIMEOUT_S = 30.0
SHUTDOWN_TIMEOUT_S = 10.0

_ALLOWLISTED = pytest.StashKey[bool]()
_LOG_MARK = pytest.StashKey[int]()


def pytest_configure(config: pytest.Config) -> None:
    # kafka-python 3.0.12 loads its protocol schemas with importlib.resources' deprecated API.
    config.addinivalue_line("filterwarnings", "ignore:read_text is deprecated:DeprecationWarning")
    config.addinivalue_line("filterwarnings", "ignore:open_text is deprecated:DeprecationWarning")


# --------------------------------------------------------------------------- the allowlist


def _suite_dir(path: Path) -> Path | None:
    """The directory holding the tests.allow that governs ``path``, if ``path`` is in compat_tests."""
    try:
        path.resolve().relative_to(COMPAT_ROOT)
    except ValueError:
        return None
    for directory in path.resolve().parents:
        if (directory / ALLOWLIST_NAME).exists():
            return directory
        if directory == COMPAT_ROOT:
            break
    return None


def _read_allowlist(suite: Path) -> set[str]:
    lines = (suite / ALLOWLIST_NAME).read_text().splitlines()
    return {stripped for line in lines if (stripped := line.split("#", 1)[0].strip())}


def _test_id(item: pytest.Item, suite: Path) -> str:
    """``file.py::test_name[param]``, relative to the suite directory."""
    relative = item.path.resolve().relative_to(suite).as_posix()
    return f"{relative}::{item.nodeid.split('::', 1)[1]}"


def _ignore_allowlist() -> bool:
    return os.environ.get("STREAMD_COMPAT_ALL", "") not in ("", "0")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    allowlists: dict[Path, set[str]] = {}
    collected: dict[Path, set[str]] = {}
    collected_files: dict[Path, set[str]] = {}
    for item in items:
        suite = _suite_dir(item.path)
        if suite is None:
            continue
        if suite not in allowlists:
            allowlists[suite] = _read_allowlist(suite)
            collected[suite] = set()
            collected_files[suite] = set()
        test_id = _test_id(item, suite)
        collected[suite].add(test_id)
        collected_files[suite].add(test_id.split("::", 1)[0])
        listed = test_id in allowlists[suite]
        item.stash[_ALLOWLISTED] = listed and not _ignore_allowlist()
        if not listed and not _ignore_allowlist():
            item.add_marker(pytest.mark.skip(reason=SKIP_REASON))
    # A listed id that names no test is a stale entry: the allowlist only grows, so a renamed
    # test must be renamed there too. Only checkable when whole files were collected.
    if any("::" in arg for arg in config.args):
        return
    stale = sorted(
        f"{suite.relative_to(COMPAT_ROOT)}/{test_id}"
        for suite, listed in allowlists.items()
        for test_id in listed - collected[suite]
        if test_id.split("::", 1)[0] in collected_files[suite]
    )
    if stale:
        raise pytest.UsageError("tests.allow lists tests that do not exist:\n  " + "\n  ".join(stale))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if item.stash.get(_ALLOWLISTED, False) and report.skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"listed in tests.allow but skipped: {reason}"
    if report.failed and call.when == "call":
        broker = _broker_of(item)
        if broker is not None and broker.log_path is not None:
            report.sections.append(
                ("streamd log during this test", broker.log_since(item.stash.get(_LOG_MARK, 0)))
            )
    return report


def _broker_of(item: pytest.Item) -> Broker | None:
    """The compat ``broker`` fixture value, if ``item`` uses it (tests/ has its own ``broker``)."""
    value = getattr(item, "funcargs", {}).get("broker")
    return value if isinstance(value, Broker) else None


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_call(item: pytest.Item) -> None:
    broker = _broker_of(item)
    if broker is not None:
        item.stash[_LOG_MARK] = broker.log_size()
        broker.check_alive()


# --------------------------------------------------------------------------- the broker


@dataclass
class Broker:
    """The broker under test: ``bootstrap`` is what clients connect to."""

    bootstrap: str
    process: subprocess.Popen[str] | None = None
    log_path: Path | None = None
    storage: str = "external"
    _threads: list[threading.Thread] = field(default_factory=list)

    @property
    def host(self) -> str:
        return self.bootstrap.rsplit(":", 1)[0]

    @property
    def port(self) -> int:
        return int(self.bootstrap.rsplit(":", 1)[1])

    def log_size(self) -> int:
        return self.log_path.stat().st_size if self.log_path is not None else 0

    def log_since(self, offset: int) -> str:
        if self.log_path is None:
            return ""
        with open(self.log_path, "rb") as log:
            log.seek(offset)
            return log.read().decode("utf-8", "replace")[-20_000:]

    def check_alive(self) -> None:
        if self.process is not None and self.process.poll() is not None:
            pytest.fail(f"streamd exited with {self.process.returncode}:\n{self.log_since(0)}")


def _copy_lines(source: IO[str], sink: IO[str]) -> None:
    for line in source:
        sink.write(line)
        sink.flush()


@pytest.fixture(scope="session")
def storage_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The streamd storage engine under test (``STREAMD_COMPAT_STORAGE``, default ``memory://``).
    A bare ``file://`` gets a fresh directory."""
    url = os.environ.get("STREAMD_COMPAT_STORAGE", "memory://")
    if url == "file://":
        url = "file://" + str(tmp_path_factory.mktemp("streamd-file-engine"))
    return url


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory, storage_url: str) -> Iterator[Broker]:
    external = os.environ.get("STREAMD_COMPAT_BOOTSTRAP")
    if external:
        yield Broker(bootstrap=external)
        return
    if reference_kafka.selected():
        with reference_kafka.running() as (bootstrap, description):
            sys.stderr.write(f"\ncompat_tests run against {description} on {bootstrap}\n")
            yield Broker(bootstrap=bootstrap)
        return
    work = tmp_path_factory.mktemp("streamd")
    log_path = work / "streamd.log"
    command = [sys.executable, "-m", "streamd", "serve", "--listen", "127.0.0.1:0", "--storage", storage_url]
    # As the reference Kafka is configured (scripts/peers/kafka/server.properties.template).
    command += ["--data-dir", str(work / "data"), "--set", "num.partitions=4"]
    command += ["--set", "group.initial.rebalance.delay.ms=0"]
    log = open(log_path, "w")  # noqa: SIM115 - closed at teardown
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log, text=True, cwd=work)
    assert process.stdout is not None
    ready: list[str] = []

    def wait_for_ready_line() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            log.write(line)
            log.flush()
            match = READY_LINE.search(line)
            if match:
                ready.append(f"{match.group(1)}:{match.group(2)}")
                break
        # Keep draining stdout so a chatty broker never blocks on a full pipe.
        _copy_lines(process.stdout, log)

    reader = threading.Thread(target=wait_for_ready_line, name="streamd-stdout", daemon=True)
    reader.start()
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while not ready and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    if not ready:
        process.kill()
        process.wait()
        log.close()
        pytest.fail(f"streamd did not print its ready line ({' '.join(command)}):\n{log_path.read_text()}")
    running = Broker(
        bootstrap=ready[0], process=process, log_path=log_path, storage=storage_url, _threads=[reader]
    )
    try:
        yield running
    finally:
        exited_early = process.poll() is not None
        if not exited_early:
            process.send_signal(signal.SIGTERM)
        code: int | None
        try:
            code = process.wait(timeout=SHUTDOWN_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            code = None
        reader.join(timeout=2)
        log.close()
        log_text = log_path.read_text()
        if code != 0 or exited_early:
            sys.stderr.write(f"\n===== streamd log ({log_path}) =====\n{log_text}\n")
        assert not exited_early, f"streamd exited before the end of the session with {code}"
        assert code is not None, f"streamd did not exit within {SHUTDOWN_TIMEOUT_S:.0f} s of SIGTERM"
        assert code == 0, f"streamd exited with {code} after SIGTERM"
        assert "Traceback" not in log_text, f"streamd logged a traceback:\n{log_text}"
