"""Shared fixtures for the real-client compatibility suites.

``broker`` starts ``streamd serve`` as a subprocess on a free loopback port (storage from
``STREAMD_COMPAT_STORAGE``, default ``memory://``) and stops it with SIGTERM, checking a clean
exit. ``STREAMD_COMPAT_BOOTSTRAP=host:port`` points the suites at an already running broker
instead, which is how they are checked against Apache Kafka itself.

Each suite directory has a ``tests.allow`` (test names expected to pass) and a ``FINDINGS.md``
(the reason for every exclusion); tests not on the allowlist are skipped with that pointer.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

READY = re.compile(r"streamd ready on (\S+):(\d+)")


@dataclass
class Broker:
    bootstrap: str
    process: subprocess.Popen[str] | None


def _allowlist(directory: Path) -> set[str] | None:
    path = directory / "tests.allow"
    if not path.exists():
        return None
    return {line.strip() for line in path.read_text().splitlines() if line.strip() and not line.startswith("#")}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    cache: dict[Path, set[str] | None] = {}
    for item in items:
        directory = Path(str(item.fspath)).parent
        if directory not in cache:
            cache[directory] = _allowlist(directory)
        allowed = cache[directory]
        if allowed is not None and item.name not in allowed and item.originalname not in allowed:
            item.add_marker(pytest.mark.skip(reason="not in allowlist (see FINDINGS.md)"))


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Broker]:
    external = os.environ.get("STREAMD_COMPAT_BOOTSTRAP")
    if external:
        yield Broker(external, None)
        return
    storage = os.environ.get("STREAMD_COMPAT_STORAGE", "memory://")
    data_dir = tmp_path_factory.mktemp("streamd-data")
    log_path = data_dir / "broker.log"
    log_file = open(log_path, "w")  # noqa: SIM115 - closed at teardown
    process = subprocess.Popen(
        [sys.executable, "-m", "streamd", "serve", "--listen", "127.0.0.1:0", "--storage", storage,
         "--data-dir", str(data_dir), "--set", "num.partitions=4", "--log-level", "warning"],
        stdout=subprocess.PIPE, stderr=log_file, text=True,
    )
    assert process.stdout is not None
    deadline = time.monotonic() + 30
    bootstrap = None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        match = READY.search(line)
        if match:
            bootstrap = f"{match.group(1)}:{match.group(2)}"
            break
    if bootstrap is None:
        process.kill()
        log_file.close()
        pytest.fail("streamd did not become ready:\n" + log_path.read_text())
    yield Broker(bootstrap, process)
    process.send_signal(signal.SIGTERM)
    try:
        code = process.wait(timeout=10)
    finally:
        log_file.close()
    log_text = log_path.read_text()
    assert code == 0, f"streamd exited with {code}:\n{log_text}"
    assert "Traceback" not in log_text, log_text
