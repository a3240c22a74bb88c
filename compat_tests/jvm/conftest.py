"""Session setup for this suite: the jars and the compiled JvmCheck program (``install.sh``).

The broker is the shared ``broker`` fixture of ``compat_tests/conftest.py``: streamd by default,
the broker at ``STREAMD_COMPAT_BOOTSTRAP``, or, with ``STREAMD_COMPAT_PEER=kafka``, the reference
Apache Kafka that ``compat_tests/reference_kafka.py`` starts for the session (testcontainers
where a Docker engine runs, the Maven Central jars otherwise).
"""

from __future__ import annotations

import pytest

from compat_tests.jvm import common


@pytest.fixture(scope="session", autouse=True)
def jvm_installed() -> None:
    """``install.sh``: copies the jars and compiles JvmCheck, or does nothing when both are current."""
    common.install()
