"""The log cleaner: compaction of closed segments (cleanup.policy=compact), as Kafka's
LogCleaner does it on one node.

Theory of operation
-------------------
1. Map every key to the offset of its latest record, over the whole log up to the end of the
   active segment as it is when cleaning starts.
2. Rewrite each closed segment (never the active one) keeping only records that are the
   latest for their key, that are younger than min.compaction.lag.ms (KIP-58), or that carry
   no key. Tombstones (null values) stay until delete.retention.ms has passed since the batch
   was written (its max timestamp), then go. Kept records keep their offsets: a rewritten batch
   starts at its first kept record and leaves gaps, which consumers skip. Control batches and
   untouched batches are copied byte for byte.
   Transactions (Kafka's cleaner does the same): records of an aborted transaction are dropped
   and never count as the latest value of their key, and records of a transaction whose marker
   is not in the log yet are kept and do not count either, so an abort can never uncover a
   value the cleaner already removed.
3. The work in steps 1-2 only reads segment files and writes ``<base>.log.cleaned`` files, so it
   runs in a worker thread while producers go on; the swap of cleaned files for the originals
   (``commit``) happens on the event loop between requests.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from streamd.records.batch import ATTR_CONTROL, ATTR_TRANSACTIONAL, parse_header
from streamd.records.builder import Record, build_batch
from streamd.records.reader import read_records, transaction_marker
from streamd.storage.file.segment import Segment

__all__ = ["CleanPlan", "commit", "plan_compaction"]


@dataclass
class CleanPlan:
    cleaned: list[tuple[Segment, Path]] = field(default_factory=list)
    records_removed: int = 0
    bytes_before: int = 0
    bytes_after: int = 0


def _batches(segment: Segment, end: int) -> list[bytes]:
    out = []
    for location in segment.scan(0):
        if location.position + location.size > end:
            break
        out.append(segment.read(location.position, location.size))
    return out


def _transaction_outcomes(contents: list[list[bytes]]) -> tuple[set[int], set[int]]:
    """Base offsets of transactional batches whose transaction aborted, and of those whose
    marker is not in the log yet."""
    open_batches: dict[int, list[int]] = {}
    aborted: set[int] = set()
    for batches in contents:
        for batch in batches:
            header = parse_header(batch)
            if not header.attributes & ATTR_TRANSACTIONAL:
                continue
            if header.attributes & ATTR_CONTROL:
                pending = open_batches.pop(header.producer_id, [])
                if transaction_marker(batch) is False:
                    aborted.update(pending)
            else:
                open_batches.setdefault(header.producer_id, []).append(header.base_offset)
    return aborted, {offset for offsets in open_batches.values() for offset in offsets}


def plan_compaction(segments: list[Segment], active_size: int, *, now_ms: int, delete_retention_ms: int,
                    min_compaction_lag_ms: int) -> CleanPlan:
    """Steps 1 and 2; ``segments`` is the partition's list with the active segment last."""
    plan = CleanPlan()
    if len(segments) < 2:
        return plan
    latest: dict[bytes, int] = {}
    contents: list[list[bytes]] = []
    for index, segment in enumerate(segments):
        contents.append(_batches(segment, active_size if index == len(segments) - 1 else segment.size))
    aborted, undecided = _transaction_outcomes(contents)
    for batches in contents:
        for batch in batches:
            header = parse_header(batch)
            if header.attributes & ATTR_CONTROL:
                continue
            if header.attributes & ATTR_TRANSACTIONAL and header.base_offset in aborted | undecided:
                continue
            for record in read_records(batch):
                if record.key is not None:
                    latest[record.key] = record.offset
    lag_horizon = now_ms - min_compaction_lag_ms
    tombstone_horizon = now_ms - delete_retention_ms
    for segment, batches in zip(segments[:-1], contents[:-1], strict=True):
        out = bytearray()
        removed = 0
        for batch in batches:
            header = parse_header(batch)
            if header.attributes & ATTR_CONTROL or header.base_offset in undecided:
                out += batch
                continue
            records = read_records(batch)
            if header.base_offset in aborted:
                removed += len(records)
                continue
            kept: list[Record] = []
            for record in records:
                young = record.timestamp > lag_horizon
                is_latest = record.key is None or latest.get(record.key) == record.offset
                expired_tombstone = record.value is None and header.max_timestamp < tombstone_horizon
                if young or (is_latest and not expired_tombstone):
                    kept.append(record)
            removed += len(records) - len(kept)
            if len(kept) == len(records):
                out += batch
            elif kept:
                out += build_batch(
                    kept, base_offset=kept[0].offset, compression=header.compression,
                    producer_id=header.producer_id, producer_epoch=header.producer_epoch,
                    base_sequence=header.base_sequence,
                    transactional=bool(header.attributes & ATTR_TRANSACTIONAL),
                    log_append_time=header.timestamp_type == 1, keep_offsets=True,
                    partition_leader_epoch=header.partition_leader_epoch,
                )
        if removed:
            cleaned = segment.log_path.with_suffix(".log.cleaned")
            with open(cleaned, "wb") as handle:
                handle.write(out)
                handle.flush()
                os.fsync(handle.fileno())
            plan.cleaned.append((segment, cleaned))
            plan.records_removed += removed
            plan.bytes_before += segment.size
            plan.bytes_after += len(out)
    return plan


def commit(segments: list[Segment], plan: CleanPlan) -> list[Segment]:
    """Step 3, on the event loop: swap each cleaned file in for its segment (if the segment is
    still part of the log) and return the new segment list."""
    replaced = {id(old): path for old, path in plan.cleaned}
    result = []
    for segment in segments:
        path = replaced.get(id(segment))
        if path is None:
            result.append(segment)
            continue
        directory, base, interval = segment.directory, segment.base_offset, segment.index_interval_bytes
        created_ms = segment.created_ms
        segment.close()
        # Drop the old indexes first: a crash before the new ones exist then rebuilds them
        # from the cleaned log instead of trusting positions into the old one.
        segment.index_path.unlink(missing_ok=True)
        segment.time_index_path.unlink(missing_ok=True)
        os.replace(path, segment.log_path)
        fresh = Segment(directory, base, interval)
        fresh.rebuild_indexes(None)
        fresh.created_ms = created_ms
        result.append(fresh)
    for _segment, path in plan.cleaned:
        if path.exists():  # the segment went away (retention) while cleaning ran
            path.unlink()
    return result
