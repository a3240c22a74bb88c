"""keep_freed_memory: request-sized blocks are reused rather than faulted in again.

Each case runs in a fresh interpreter, since malloc's thresholds are process-wide and glibc
adjusts them from what the process has freed so far.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

CHURN = """
import resource, sys
from streamd.server.allocator import keep_freed_memory
applied = keep_freed_memory()
def churn():
    # A produce request's worth of frames and batches, live together, then all freed.
    blocks = [b"x" * (1 << 20) for _ in range(8)]
    del blocks
churn()  # the first round maps its pages whatever the settings
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(20):
    churn()
print(applied, resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""

glibc_only = pytest.mark.skipif(
    not (hasattr(os, "confstr") and os.confstr("CS_GNU_LIBC_VERSION")), reason="mallopt thresholds are glibc's"
)


def churn_faults(malloc: str) -> tuple[bool, int]:
    env = {**os.environ, "STREAMD_MALLOC": malloc}
    out = subprocess.run([sys.executable, "-c", CHURN], env=env, capture_output=True, text=True, check=True)
    applied, faults = out.stdout.split()
    return applied == "True", int(faults)


@glibc_only
def test_freed_request_buffers_are_reused_without_page_faults() -> None:
    applied, faults = churn_faults("")
    assert applied
    # 20 rounds of 8 MiB is 40,960 pages; reused heap needs next to none of them.
    assert faults < 500


@glibc_only
def test_system_malloc_is_left_alone_and_faults_every_round() -> None:
    applied, faults = churn_faults("system")
    assert not applied
    # The reason for the tuning: glibc trims the freed top of the heap and faults it in again.
    assert faults > 20 * 2048 // 2
