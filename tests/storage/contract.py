"""The storage contract: every engine must pass these tests.

An engine's test module subclasses ``StorageContract`` and provides an ``engine`` fixture that
yields an opened engine (and, for durable engines, a ``reopen`` fixture that closes it and opens
a new instance over the same data).
"""

from __future__ import annotations

import struct
import uuid

import pytest

from streamd.records.batch import iter_batches
from streamd.records.builder import Record, build_batch
from streamd.storage import AppendConflict, PartitionKey, ReadResult, StorageEngine, UnknownPartition


def make_batch(count: int, *, timestamp: int = 1_000, value_size: int = 10) -> bytes:
    records = [
        Record(key=f"k{i}".encode(), value=bytes([i % 256]) * value_size, headers=[], timestamp=timestamp + i, offset=i)
        for i in range(count)
    ]
    return build_batch(records)


def append(engine: StorageEngine, key: PartitionKey, batch: bytes, **kwargs: object) -> int:
    count = struct.unpack_from(">i", batch, 57)[0]
    max_timestamp = struct.unpack_from(">q", batch, 35)[0]
    return engine.append(key, batch, last_offset_delta=count - 1, max_timestamp=max_timestamp, **kwargs)  # type: ignore[arg-type]


def base_offset_of(chunk: bytes) -> int:
    return struct.unpack_from(">q", bytes(chunk[:8]))[0]


def batch_offsets(result: ReadResult) -> list[int]:
    """Base offsets of the whole batches a read returned (engines may merge chunks)."""
    data = b"".join(bytes(c) for c in result.chunks)
    assert len(data) == result.size
    return [header.base_offset for _, header in iter_batches(data)]


def batch_bytes(result: ReadResult) -> list[bytes]:
    data = b"".join(bytes(c) for c in result.chunks)
    return [data[pos : pos + header.total_size] for pos, header in iter_batches(data)]


class StorageContract:
    @pytest.fixture
    def key(self, engine: StorageEngine) -> PartitionKey:
        key = PartitionKey(uuid.uuid4(), 0)
        engine.create_partition(key)
        return key

    def test_new_partition_is_empty(self, engine: StorageEngine, key: PartitionKey) -> None:
        assert engine.log_range(key).log_start_offset == 0
        assert engine.log_range(key).log_end_offset == 0
        result = engine.read(key, 0, 1 << 20)
        assert result.chunks == [] and result.size == 0

    def test_append_assigns_consecutive_offsets_and_patches_the_batch(
        self, engine: StorageEngine, key: PartitionKey
    ) -> None:
        assert append(engine, key, make_batch(3)) == 0
        assert append(engine, key, make_batch(5)) == 3
        assert engine.log_range(key).log_end_offset == 8
        result = engine.read(key, 0, 1 << 20)
        assert batch_offsets(result) == [0, 3]
        # Partition leader epoch (bytes 12..15) is written as 0; CRC-covered bytes untouched.
        original = make_batch(5)
        stored = batch_bytes(result)[1]
        assert stored[12:16] == b"\x00\x00\x00\x00"
        assert stored[16:] == original[16:]

    def test_read_returns_the_whole_batch_containing_a_mid_batch_offset(
        self, engine: StorageEngine, key: PartitionKey
    ) -> None:
        append(engine, key, make_batch(3))
        append(engine, key, make_batch(3))
        result = engine.read(key, 4, 1 << 20)
        assert batch_offsets(result) == [3]

    def test_read_respects_max_bytes_but_returns_one_batch_with_min_one(
        self, engine: StorageEngine, key: PartitionKey
    ) -> None:
        for _ in range(4):
            append(engine, key, make_batch(2, value_size=100))
        one = len(make_batch(2, value_size=100))
        assert len(batch_offsets(engine.read(key, 0, one * 2))) == 2
        assert len(batch_offsets(engine.read(key, 0, 1, min_one=True))) == 1
        assert engine.read(key, 0, 1, min_one=False).chunks == []

    def test_read_at_log_end_is_empty(self, engine: StorageEngine, key: PartitionKey) -> None:
        append(engine, key, make_batch(2))
        assert engine.read(key, 2, 1 << 20).chunks == []

    def test_expected_offset_is_a_conditional_append(self, engine: StorageEngine, key: PartitionKey) -> None:
        append(engine, key, make_batch(2))
        with pytest.raises(AppendConflict):
            append(engine, key, make_batch(1), expected_offset=5)
        assert append(engine, key, make_batch(1), expected_offset=2) == 2

    def test_delete_records_moves_log_start_forward_only(self, engine: StorageEngine, key: PartitionKey) -> None:
        for _ in range(3):
            append(engine, key, make_batch(2))
        assert engine.delete_records(key, 3) == 3
        assert engine.log_range(key).log_start_offset == 3
        assert engine.delete_records(key, 1) == 3  # never backwards
        assert engine.delete_records(key, 100) == 6  # never past the log end
        assert engine.log_range(key).log_end_offset == 6
        assert append(engine, key, make_batch(1)) == 6

    def test_read_below_log_start_starts_at_the_log_start_batch(
        self, engine: StorageEngine, key: PartitionKey
    ) -> None:
        for _ in range(3):
            append(engine, key, make_batch(2))
        engine.delete_records(key, 3)
        result = engine.read(key, 0, 1 << 20)
        assert batch_offsets(result) == [2, 4]

    def test_batches_lists_infos_and_read_batch_returns_bytes(
        self, engine: StorageEngine, key: PartitionKey
    ) -> None:
        append(engine, key, make_batch(2, timestamp=100))
        append(engine, key, make_batch(3, timestamp=50))
        infos = list(engine.batches(key))
        assert [(i.base_offset, i.last_offset, i.max_timestamp) for i in infos] == [(0, 1, 101), (2, 4, 52)]
        assert base_offset_of(engine.read_batch(key, infos[1])) == 2
        assert [i.base_offset for i in engine.batches(key, 3)] == [2]

    def test_partitions_are_independent_and_deletable(self, engine: StorageEngine, key: PartitionKey) -> None:
        other = PartitionKey(key.topic_id, 1)
        engine.create_partition(other)
        append(engine, key, make_batch(2))
        assert engine.log_range(other).log_end_offset == 0
        assert set(engine.partitions()) >= {key, other}
        engine.delete_partition(other)
        assert other not in engine.partitions()
        with pytest.raises(UnknownPartition):
            engine.log_range(other)

    def test_unknown_partition_raises(self, engine: StorageEngine) -> None:
        with pytest.raises(UnknownPartition):
            append(engine, PartitionKey(uuid.uuid4(), 0), make_batch(1))

    def test_metadata_document_round_trips(self, engine: StorageEngine) -> None:
        assert engine.load_metadata() is None or isinstance(engine.load_metadata(), dict)
        document = {"cluster_id": "abc", "topics": [{"name": "t", "num_partitions": 2}]}
        engine.save_metadata(document)
        document["cluster_id"] = "mutated after save"
        loaded = engine.load_metadata()
        assert loaded is not None and loaded["cluster_id"] == "abc"

    async def test_flush_completes(self, engine: StorageEngine, key: PartitionKey) -> None:
        append(engine, key, make_batch(1))
        await engine.flush([key])
        await engine.flush()
