"""docker-compose.yml and the Dockerfile, checked without a Docker engine.

No engine runs where these tests run (README), so the images are never built here. What can be
checked is checked for real: the compose file's streamd command line is started as a broker
process (only the listen address and data directory swapped for loopback and a temp dir), and
the example services must point at the address that broker advertises.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

yaml = pytest.importorskip("yaml")
confluent_admin = pytest.importorskip("confluent_kafka.admin")

REPO = Path(__file__).resolve().parents[2]


def _compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    return loaded


def _option(command: list[str], name: str) -> str:
    return command[command.index(name) + 1]


def test_compose_broker_command_serves_and_advertises(tmp_path: Path) -> None:
    command: list[str] = list(_compose()["services"]["streamd"]["command"])
    advertised = _option(command, "--advertised")
    command[command.index("--listen") + 1] = "127.0.0.1:0"
    command[command.index("--data-dir") + 1] = str(tmp_path / "data")
    process = subprocess.Popen([sys.executable, "-m", "streamd", *command], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, cwd=tmp_path,
                               env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        assert process.stdout is not None
        ready = process.stdout.readline().strip()
        assert ready.startswith("streamd ready on 127.0.0.1:"), ready
        admin = confluent_admin.AdminClient({"bootstrap.servers": ready.rsplit(" ", 1)[1]})
        metadata = admin.list_topics(timeout=10)
        assert [f"{b.host}:{b.port}" for b in metadata.brokers.values()] == [advertised]
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0


def test_example_services_use_the_advertised_address() -> None:
    services = _compose()["services"]
    advertised = _option(services["streamd"]["command"], "--advertised")
    examples = [name for name in services if name != "streamd"]
    assert examples, "no example services"
    for name in examples:
        entrypoint = " ".join(services[name]["entrypoint"])
        assert f"--bootstrap-server {advertised}" in entrypoint, name
    # The image's default command is a valid serve invocation too (the compose file overrides it).
    dockerfile = (REPO / "Dockerfile").read_text()
    assert 'ENTRYPOINT ["streamd"]' in dockerfile and 'CMD ["serve"' in dockerfile
