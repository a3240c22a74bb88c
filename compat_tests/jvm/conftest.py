"""The reference broker for this suite: ``STREAMD_COMPAT_PEER=kafka``.

By default the suite runs against streamd, started by the session ``broker`` fixture of
``compat_tests/conftest.py`` (or the broker at ``STREAMD_COMPAT_BOOTSTRAP``). With
``STREAMD_COMPAT_PEER=kafka`` the same tests run against a reference Apache Kafka
(``KAFKA_VERSION`` of ``pom.xml``, one KRaft node, ``num.partitions=4``,
``group.initial.rebalance.delay.ms=0``) that the harness starts for the session:

- in a container (``apache/kafka:<version>``, through testcontainers' ``KafkaContainer``) when a
  Docker engine answers ``docker info`` and the ``testcontainers`` package is importable;
- otherwise from the Maven Central jars, through ``scripts/peers/peers.py`` (the jars of
  ``scripts/peers/kafka.sh install``, which it runs; a fresh log directory, removed at the end),
  on ``STREAMD_COMPAT_PEER_PORT`` or a free loopback port.

``STREAMD_COMPAT_PEER=kafka STREAMD_COMPAT_ALL=1 pytest compat_tests/jvm`` therefore gives Kafka's
pass set, which is what ``tests.allow`` lists. The switch works by pointing
``STREAMD_COMPAT_BOOTSTRAP`` at the reference broker before the first test of this directory
asks for ``broker``, so run this directory on its own (another suite that ran first would
already have started streamd for the session).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from compat_tests.jvm import common

PEER = os.environ.get("STREAMD_COMPAT_PEER", "streamd")


def docker_answers() -> bool:
    """Whether a Docker engine answers here (a ``docker`` binary alone is not enough)."""
    if shutil.which("docker") is None:
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=15, check=False).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _kafka_in_docker() -> Iterator[str] | None:
    try:
        from testcontainers.kafka import KafkaContainer  # type: ignore[import-not-found]
    except ImportError:
        return None
    if not docker_answers():
        return None

    def run() -> Iterator[str]:
        container: Any = KafkaContainer(f"apache/kafka:{common.KAFKA_VERSION}").with_kraft()
        container.with_env("KAFKA_NUM_PARTITIONS", "4")
        container.with_env("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
        with container:
            yield str(container.get_bootstrap_server())

    return run()


def _kafka_from_jars() -> Iterator[str]:
    sys.path.insert(0, str(common.REPO_ROOT / "scripts" / "peers"))
    import peers  # type: ignore[import-not-found]

    peers.install_kafka()
    port = int(os.environ["STREAMD_COMPAT_PEER_PORT"]) if os.environ.get("STREAMD_COMPAT_PEER_PORT") else None
    with peers.running("kafka", port=port) as kafka:
        yield kafka.bootstrap


@pytest.fixture(scope="session", autouse=True)
def jvm_peer() -> Iterator[str]:
    """Installs the jars and JvmCheck; with STREAMD_COMPAT_PEER=kafka, starts the reference Kafka.
    Yields the name of the broker the suite runs against."""
    common.install()
    if PEER == "streamd" or os.environ.get("STREAMD_COMPAT_BOOTSTRAP"):
        yield PEER
        return
    if PEER != "kafka":
        raise pytest.UsageError(f"STREAMD_COMPAT_PEER={PEER!r}: expected streamd or kafka")
    source = _kafka_in_docker()
    how = "docker"
    if source is None:
        source, how = _kafka_from_jars(), "jars"
    bootstrap = next(source)
    os.environ["STREAMD_COMPAT_BOOTSTRAP"] = bootstrap
    try:
        yield f"kafka-{common.KAFKA_VERSION}-{how}"
    finally:
        del os.environ["STREAMD_COMPAT_BOOTSTRAP"]
        source.close()
