"""An append copies a batch at most once: the file engine writes the broker's patched head and
the rest of the request's bytes with one writev, and the memory engine keeps one copy.

Patching baseOffset in a bytearray copy of every batch (and, in the memory engine, copying
that again into bytes) put two or three fresh copies of each produce request on the heap.
"""

from __future__ import annotations

import tracemalloc
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from streamd.storage import PartitionKey, StorageEngine, open_storage
from tests.storage.contract import append, batch_bytes, make_batch

BATCH = make_batch(1000, value_size=4000)  # about 4 MB, one large produce batch


def peak_while(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


async def opened(url: str, tmp_path: Path) -> tuple[StorageEngine, PartitionKey]:
    engine = open_storage(url, data_dir=tmp_path)
    await engine.open()
    key = PartitionKey(uuid.uuid4(), 0)
    engine.create_partition(key)
    append(engine, key, make_batch(3))
    return engine, key


@pytest.mark.parametrize(("url", "allowed"), [("file://", 64 << 10), ("memory://", len(BATCH) * 11 // 10)])
async def test_an_append_copies_the_batch_at_most_once(url: str, allowed: int, tmp_path: Path) -> None:
    engine, key = await opened(url, tmp_path)
    view = memoryview(BATCH)  # as the produce path passes it: a view of the request frame
    assert peak_while(lambda: append(engine, key, view)) < allowed  # type: ignore[arg-type]
    stored = batch_bytes(engine.read(key, 3, 8 << 20))
    assert len(stored) == 1
    assert stored[0][:8] == (3).to_bytes(8, "big")  # baseOffset set by the log
    assert stored[0][8:12] == BATCH[8:12] and stored[0][16:] == BATCH[16:]
    await engine.close()
