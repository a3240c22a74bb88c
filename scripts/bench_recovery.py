#!/usr/bin/env python3
"""Recovery time of the file engine after a crash, for a log of a given size.

Writes ``--gigabytes`` of 16 KiB idempotent batches into one partition through the engine
(no broker, no network), then abandons the engine without closing it, as a SIGKILL would (no
clean-shutdown marker, recovery point at the last flush), and times a fresh open: the scan and
CRC check of the segments above the recovery point, the index loads of the others, and the
producer-state rebuild from every batch header (what Broker.open does).

    python scripts/bench_recovery.py --gigabytes 10 --dir /var/tmp/streamd-recovery
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamd.cluster.logs import LogManager  # noqa: E402
from streamd.records.builder import Record, build_batch  # noqa: E402
from streamd.storage import PartitionKey  # noqa: E402
from streamd.storage.file import FileEngine  # noqa: E402


async def run(gigabytes: float, directory: Path, flush_every: int) -> dict[str, float]:
    shutil.rmtree(directory, ignore_errors=True)
    engine = FileEngine(directory)
    await engine.open()
    key = PartitionKey(uuid.uuid4(), 0)
    engine.create_partition(key)
    now_ms = int(time.time() * 1000)
    records = [Record(key=b"k%d" % i, value=bytes(1000), headers=[], timestamp=now_ms + i) for i in range(16)]
    total = 0
    target = int(gigabytes * 1e9)
    started = time.perf_counter()
    sequence = 0
    appended = 0
    while total < target:
        batch = build_batch(records, producer_id=1, producer_epoch=0, base_sequence=sequence)
        engine.append(key, batch, last_offset_delta=15, max_timestamp=records[-1].timestamp)
        sequence += 16
        total += len(batch)
        appended += 1
        if appended % flush_every == 0:
            await engine.flush()
    write_s = time.perf_counter() - started
    # Crash: no close(), so no clean-shutdown marker and no final checkpoint.
    for partition in engine._logs.values():
        for segment in partition.segments:
            segment.close()
    started = time.perf_counter()
    fresh = FileEngine(directory)
    await fresh.open()
    open_s = time.perf_counter() - started
    started = time.perf_counter()
    scanned = LogManager(fresh).recover_producer_state([key])
    producer_s = time.perf_counter() - started
    end = fresh.log_range(key).log_end_offset
    await fresh.close()
    shutil.rmtree(directory, ignore_errors=True)
    return {"gigabytes": total / 1e9, "batches": appended, "write_s": write_s, "open_s": open_s,
            "producer_state_s": producer_s, "headers_scanned": scanned, "log_end_offset": end,
            "recovered_bytes_truncated": fresh.recovered_bytes}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--gigabytes", type=float, default=10.0)
    parser.add_argument("--dir", type=Path, default=Path("/var/tmp/streamd-recovery"))
    parser.add_argument("--flush-every", type=int, default=1000, help="batches between flushes while writing")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args.gigabytes, args.dir, args.flush_every)), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
