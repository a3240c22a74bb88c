"""The file engine passes the storage contract, survives reopening, and recovers torn tails."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from streamd.storage import PartitionKey, StorageEngine
from streamd.storage.file import FileEngine
from tests.storage.contract import StorageContract, append, batch_offsets, make_batch


class TestFileEngine(StorageContract):
    @pytest.fixture
    async def engine(self, tmp_path: Path) -> AsyncIterator[StorageEngine]:
        engine = FileEngine(tmp_path / "data", segment_bytes=4096, index_interval_bytes=256)
        await engine.open()
        yield engine
        await engine.close()


async def reopen(engine: FileEngine, *, clean: bool) -> FileEngine:
    if clean:
        await engine.close()
    else:
        for partition in engine._logs.values():  # simulate a crash: no flush, no marker
            for segment in partition.segments:
                segment.close()
    fresh = FileEngine(engine.root, segment_bytes=engine._segment_bytes,
                       index_interval_bytes=engine._index_interval_bytes)
    await fresh.open()
    return fresh


@pytest.mark.parametrize("clean", [True, False])
async def test_data_and_metadata_survive_a_restart(tmp_path: Path, clean: bool) -> None:
    engine = FileEngine(tmp_path, segment_bytes=2048, index_interval_bytes=200)
    await engine.open()
    key = PartitionKey(uuid.uuid4(), 3)
    engine.create_partition(key)
    for i in range(40):
        assert append(engine, key, make_batch(3, timestamp=i * 10)) == i * 3
    engine.delete_records(key, 7)
    engine.save_metadata({"cluster_id": "c1"})
    engine = await reopen(engine, clean=clean)
    assert engine.was_clean is clean
    assert engine.log_range(key).log_start_offset == 7
    assert engine.log_range(key).log_end_offset == 120
    assert engine.load_metadata() == {"cluster_id": "c1"}
    assert batch_offsets(engine.read(key, 61, 1 << 20))[0] == 60
    assert append(engine, key, make_batch(1)) == 120
    found = engine.first_batch_reaching(key, 205)
    assert found is not None and found.base_offset == 63  # batch 21 holds timestamps 210..212
    await engine.close()


async def test_torn_tail_is_truncated_after_a_crash(tmp_path: Path) -> None:
    engine = FileEngine(tmp_path, segment_bytes=1 << 20)
    await engine.open()
    key = PartitionKey(uuid.uuid4(), 0)
    engine.create_partition(key)
    for _ in range(5):
        append(engine, key, make_batch(2))
    log_file = engine._logs[key].segments[-1].log_path
    engine = await reopen(engine, clean=False)
    await engine.close()
    size = log_file.stat().st_size
    os.remove(tmp_path / "clean-shutdown")
    with open(log_file, "r+b") as handle:  # tear the last batch in half
        handle.truncate(size - 20)
    engine = FileEngine(tmp_path)
    await engine.open()
    assert engine.log_range(key).log_end_offset == 8
    assert engine.recovered_bytes > 0
    assert append(engine, key, make_batch(1)) == 8
    await engine.close()


async def test_corrupt_batch_is_cut_with_everything_after_it(tmp_path: Path) -> None:
    engine = FileEngine(tmp_path)
    await engine.open()
    key = PartitionKey(uuid.uuid4(), 0)
    engine.create_partition(key)
    for _ in range(4):
        append(engine, key, make_batch(2))
    infos = list(engine.batches(key))
    log_file = engine._logs[key].segments[-1].log_path
    await engine.close()
    os.remove(tmp_path / "clean-shutdown")
    with open(log_file, "r+b") as handle:  # flip a byte inside the third batch's records
        handle.seek(infos[2].position + infos[2].size - 3)
        byte = handle.read(1)
        handle.seek(-1, os.SEEK_CUR)
        handle.write(bytes([byte[0] ^ 0xFF]))
    engine = FileEngine(tmp_path)
    await engine.open()
    assert engine.log_range(key).log_end_offset == 4
    await engine.close()
