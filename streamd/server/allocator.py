"""Keep the memory a broker frees for its next requests, instead of faulting it in anew.

glibc's malloc serves a block above its mmap threshold (128 KiB at first, raised to the size
of the largest such block freed, at most 32 MiB) with a mapping of its own, and gives the top
of the heap back to the kernel once more than twice that threshold is free there. A broker
allocates and frees megabytes per produce request (the frame, its batches), so with those
defaults nearly every request lands on pages the kernel must map and zero: at 8-partition
1 KiB produce, perf showed 51% of the broker's CPU in page faults under memmove and 18% in
brk and munmap, and the broker was the bound. With the thresholds fixed, freed blocks stay
in the heap and are reused (docs/benchmarks.md has the figures). The JVM gets the same by
reserving its heap up front.

``STREAMD_MALLOC=system`` leaves malloc as glibc configures it (benchmarks compare the two).
"""

from __future__ import annotations

import logging
import os

__all__ = ["DEFAULT_KEEP_BYTES", "keep_freed_memory"]

log = logging.getLogger("streamd.server")

# mallopt(3) parameters, from glibc's malloc.h.
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3

# Free heap kept for reuse: a few produce requests' worth of frames and batches.
DEFAULT_KEEP_BYTES = 64 << 20
# Blocks up to this size come from the heap (and are reused); larger ones are mapped and
# unmapped on their own. 32 MiB is glibc's ceiling for the dynamic threshold on 64-bit.
_MMAP_THRESHOLD_BYTES = 32 << 20


def keep_freed_memory(keep_bytes: int = DEFAULT_KEEP_BYTES) -> bool:
    """Set glibc's trim and mmap thresholds so freed request buffers are reused; return
    whether they were set (not on other C libraries, nor with ``STREAMD_MALLOC=system``)."""
    if os.environ.get("STREAMD_MALLOC", "") == "system":
        return False
    try:
        libc_version = os.confstr("CS_GNU_LIBC_VERSION")
    except (ValueError, OSError):
        libc_version = None
    if not libc_version:
        return False
    import ctypes  # only here: a few milliseconds of startup, and only on glibc

    libc = ctypes.CDLL(None)
    # mallopt returns 1 on success. Setting either threshold also turns off glibc's
    # dynamic adjustment of both, which is the point.
    applied = bool(libc.mallopt(_M_MMAP_THRESHOLD, min(keep_bytes, _MMAP_THRESHOLD_BYTES)))
    applied = bool(libc.mallopt(_M_TRIM_THRESHOLD, keep_bytes)) and applied
    if not applied:
        log.warning("mallopt refused the trim/mmap thresholds; request buffers will be faulted in anew")
    return applied
