"""The reference Apache Kafka broker that every compat suite can run against instead of streamd.

``STREAMD_COMPAT_PEER=kafka`` makes the session ``broker`` fixture of ``conftest.py`` start one
Apache Kafka node (the version pinned in ``scripts/peers/kafka/pom.xml``, KRaft, configured as
the harness configures streamd: ``num.partitions=4``, ``group.initial.rebalance.delay.ms=0``):

- in a container (``apache/kafka:<version>`` through testcontainers' ``KafkaContainer``) when a
  Docker engine answers ``docker info`` and the ``testcontainers`` package is importable;
- otherwise from the Maven Central jars (``scripts/peers/kafka.sh install``, which it runs) through
  ``scripts/peers/peers.py``, in a fresh log directory removed at the end, on
  ``STREAMD_COMPAT_PEER_PORT`` or a free loopback port.

``STREAMD_COMPAT_PEER=kafka STREAMD_COMPAT_ALL=1 pytest compat_tests/<suite> ...`` is therefore
how a suite's pass set on Kafka is found; ``tests.allow`` should be exactly that set. CI has no
Docker engine, so the jars branch is the one it proves.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
PEERS_DIR = REPO_ROOT / "scripts" / "peers"


def selected() -> bool:
    """Whether this session runs against the reference Kafka (``STREAMD_COMPAT_PEER``)."""
    peer = os.environ.get("STREAMD_COMPAT_PEER", "streamd")
    if peer not in ("streamd", "kafka"):
        raise ValueError(f"STREAMD_COMPAT_PEER={peer!r}: expected streamd or kafka")
    return peer == "kafka"


def _peers() -> Any:
    if str(PEERS_DIR) not in sys.path:
        sys.path.insert(0, str(PEERS_DIR))
    import peers  # type: ignore[import-not-found]

    return peers


def docker_answers() -> bool:
    """Whether a Docker engine answers here (a ``docker`` binary alone is not enough)."""
    if shutil.which("docker") is None:
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=15, check=False).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@contextlib.contextmanager
def _in_docker(version: str) -> Iterator[str]:
    from testcontainers.kafka import KafkaContainer  # type: ignore[import-not-found]

    container: Any = KafkaContainer(f"apache/kafka:{version}").with_kraft()
    container.with_env("KAFKA_NUM_PARTITIONS", "4")
    container.with_env("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
    with container:
        yield str(container.get_bootstrap_server())


@contextlib.contextmanager
def _from_jars() -> Iterator[str]:
    peers = _peers()
    peers.install_kafka()
    port = int(os.environ["STREAMD_COMPAT_PEER_PORT"]) if os.environ.get("STREAMD_COMPAT_PEER_PORT") else None
    with peers.running("kafka", port=port) as kafka:
        yield str(kafka.bootstrap)


def _testcontainers_importable() -> bool:
    try:
        import testcontainers.kafka  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        return False
    return True


@contextlib.contextmanager
def running() -> Iterator[tuple[str, str]]:
    """Start the reference Kafka; yield ``(bootstrap, description)``; stop it at the end."""
    version = _peers().kafka_version()
    if _testcontainers_importable() and docker_answers():
        with _in_docker(version) as bootstrap:
            yield bootstrap, f"Apache Kafka {version} (testcontainers)"
    else:
        with _from_jars() as bootstrap:
            yield bootstrap, f"Apache Kafka {version} (Maven Central jars)"
