"""The log cleaner: latest value per key at its original offset, tombstones after
delete.retention.ms, the active segment untouched, results surviving a restart."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from streamd.records.batch import Compression
from streamd.records.builder import Record, build_batch
from streamd.records.reader import iter_records
from streamd.storage import PartitionKey
from streamd.storage.file import FileEngine

NOW = 1_800_000_000_000


async def fill(engine: FileEngine, key: PartitionKey, rounds: int, keys: int, compression: int = 0,
               tombstone_round: int | None = None) -> dict[bytes, tuple[int, bytes | None]]:
    latest: dict[bytes, tuple[int, bytes | None]] = {}
    offset = 0
    for round_ in range(rounds):
        records = []
        for k in range(keys):
            value = None if round_ == tombstone_round and k % 2 == 0 else b"r%d-k%d-" % (round_, k) + bytes(300)
            records.append(Record(key=b"key-%d" % k, value=value, headers=[], timestamp=NOW - 10_000, offset=offset))
            latest[b"key-%d" % k] = (offset, value)
            offset += 1
        for record in records:  # one record per batch so segments roll often
            batch = build_batch([record], compression=compression)
            engine.append(key, batch, last_offset_delta=0, max_timestamp=record.timestamp)
    return latest


def read_all(engine: FileEngine, key: PartitionKey) -> list[tuple[int, bytes | None, bytes | None]]:
    out = []
    offset = engine.log_range(key).log_start_offset
    end = engine.log_range(key).log_end_offset
    while offset < end:
        result = engine.read(key, offset, 1 << 20)
        if not result.chunks:
            break
        data = b"".join(bytes(c) for c in result.chunks)
        records = list(iter_records(data))
        if not records:
            break
        out.extend((r.offset, r.key, r.value) for r in records if r.offset >= offset)
        offset = records[-1].offset + 1
    return out


@pytest.fixture
async def engine(tmp_path: Path) -> FileEngine:
    engine = FileEngine(tmp_path / "data", segment_bytes=8192, index_interval_bytes=512)
    await engine.open()
    yield engine  # type: ignore[misc]
    await engine.close()


@pytest.mark.parametrize("compression", [Compression.NONE, Compression.GZIP, Compression.LZ4])
async def test_latest_value_per_key_at_its_offset(engine: FileEngine, compression: int) -> None:
    key = PartitionKey(uuid.uuid4(), 0)
    engine.create_partition(key)
    latest = await fill(engine, key, rounds=8, keys=20, compression=compression)
    before_range = engine.log_range(key)
    active_before = engine._logs[key].segments[-1].size
    removed = await engine.compact(key, now_ms=NOW, delete_retention_ms=86_400_000, min_compaction_lag_ms=0)
    assert removed > 0
    assert engine.log_range(key) == before_range
    assert engine._logs[key].segments[-1].size == active_before
    records = read_all(engine, key)
    by_key = {k: (o, v) for o, k, v in records}
    for k, (offset, value) in latest.items():
        assert by_key[k] == (offset, value)
    offsets = [o for o, _, _ in records]
    assert offsets == sorted(set(offsets))


async def test_tombstones_stay_until_delete_retention_then_go(engine: FileEngine) -> None:
    key = PartitionKey(uuid.uuid4(), 0)
    engine.create_partition(key)
    # Tombstones for the even keys in the last round, then enough fresh data to close their
    # segment: the tombstones are the latest records of their keys.
    latest = await fill(engine, key, rounds=4, keys=10, tombstone_round=3)
    filler = PartitionKey(key.topic_id, 0)
    for i in range(60):
        record = Record(key=b"other-%d" % i, value=bytes(300), headers=[], timestamp=NOW, offset=0)
        engine.append(filler, build_batch([record]), last_offset_delta=0, max_timestamp=NOW)
    await engine.compact(key, now_ms=NOW, delete_retention_ms=86_400_000, min_compaction_lag_ms=0)
    kept = {k: (o, v) for o, k, v in read_all(engine, key)}
    tombstones = [k for k, (_, v) in latest.items() if v is None]
    assert tombstones and all(kept[k][1] is None for k in tombstones)
    await engine.compact(key, now_ms=NOW, delete_retention_ms=1000, min_compaction_lag_ms=0)
    kept = {k: (o, v) for o, k, v in read_all(engine, key)}
    assert all(k not in kept for k in tombstones)
    assert all(kept[k] == latest[k] for k in latest if latest[k][1] is not None)


async def test_min_compaction_lag_protects_young_records(engine: FileEngine) -> None:
    key = PartitionKey(uuid.uuid4(), 0)
    engine.create_partition(key)
    await fill(engine, key, rounds=5, keys=10)
    before = len(read_all(engine, key))
    removed = await engine.compact(key, now_ms=NOW, delete_retention_ms=0, min_compaction_lag_ms=60_000)
    assert removed == 0 and len(read_all(engine, key)) == before


async def test_compaction_survives_a_restart(tmp_path: Path) -> None:
    engine = FileEngine(tmp_path / "data", segment_bytes=8192)
    await engine.open()
    key = PartitionKey(uuid.uuid4(), 0)
    engine.create_partition(key)
    latest = await fill(engine, key, rounds=6, keys=15)
    await engine.compact(key, now_ms=NOW, delete_retention_ms=86_400_000, min_compaction_lag_ms=0)
    compacted = read_all(engine, key)
    await engine.close()
    for clean in (True, False):
        reopened = FileEngine(tmp_path / "data", segment_bytes=8192)
        if not clean:
            (tmp_path / "data" / "clean-shutdown").unlink(missing_ok=True)
        await reopened.open()
        assert read_all(reopened, key) == compacted
        assert {k: (o, v) for o, k, v in compacted} == latest
        await reopened.close()


async def test_aborted_transactions_never_win_and_undecided_ones_stay(engine: FileEngine) -> None:
    from streamd.records.builder import build_control_batch

    key = PartitionKey(uuid.uuid4(), 0)
    engine.create_partition(key)
    offset = 0

    def append(batch: bytes, last_delta: int = 0) -> None:
        nonlocal offset
        engine.append(key, batch, last_offset_delta=last_delta, max_timestamp=NOW - 10_000)
        offset += last_delta + 1

    padding = bytes(300)
    # A committed value, then an aborted transaction that rewrites it, then an undecided one.
    append(build_batch([Record(key=b"k", value=b"committed" + padding, timestamp=NOW - 10_000)]))
    append(build_batch([Record(key=b"k", value=b"aborted" + padding, timestamp=NOW - 10_000)],
                       producer_id=7, producer_epoch=0, base_sequence=0, transactional=True))
    append(build_control_batch(commit=False, producer_id=7, producer_epoch=0, timestamp_ms=NOW - 10_000))
    append(build_batch([Record(key=b"j", value=b"open" + padding, timestamp=NOW - 10_000)],
                       producer_id=8, producer_epoch=0, base_sequence=0, transactional=True))
    for index in range(60):  # roll segments so the records above are in closed ones
        append(build_batch([Record(key=b"filler-%d" % index, value=padding, timestamp=NOW - 10_000)]))
    await engine.compact(key, now_ms=NOW, delete_retention_ms=0, min_compaction_lag_ms=0)
    values = {(k, v[:9] if v else v) for _, k, v in read_all(engine, key)}
    assert (b"k", b"committed") in values  # the abort did not take the key's latest place
    assert not any(v and v.startswith(b"aborted") for _, v in values)
    assert (b"j", b"open" + padding[:5]) in values  # an undecided transaction is kept
