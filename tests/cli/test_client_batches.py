"""Decoding fetched bytes: mid-batch starts, partial batches, control batches, aborted transactions."""

from __future__ import annotations

import struct

from streamd.client.batches import decode_fetched, split_batches
from streamd.records.builder import Record, build_batch, build_control_batch


def batch(
    base_offset: int, values: list[str], *, producer_id: int = -1, transactional: bool = False
) -> bytes:
    records = [
        Record(key=None, value=v.encode(), headers=[], timestamp=1000 + i) for i, v in enumerate(values)
    ]
    raw = bytearray(
        build_batch(
            records,
            producer_id=producer_id,
            producer_epoch=0 if producer_id >= 0 else -1,
            base_sequence=0 if producer_id >= 0 else -1,
            transactional=transactional,
        )
    )
    struct.pack_into(">q", raw, 0, base_offset)  # outside the CRC, as the broker does
    return bytes(raw)


def marker(base_offset: int, producer_id: int, *, commit: bool) -> bytes:
    raw = bytearray(
        build_control_batch(commit=commit, producer_id=producer_id, producer_epoch=0, timestamp_ms=5)
    )
    struct.pack_into(">q", raw, 0, base_offset)
    return bytes(raw)


def values(
    data: bytes, start: int = 0, aborted: list[tuple[int, int]] | None = None
) -> list[tuple[int, str]]:
    decoded = decode_fetched("t", 0, memoryview(data), start, aborted)
    return [(r.offset, (r.value or b"").decode()) for r in decoded.records]


def test_start_in_the_middle_of_a_batch() -> None:
    data = batch(0, ["a", "b", "c"]) + batch(3, ["d"])
    assert values(data, start=2) == [(2, "c"), (3, "d")]


def test_partial_trailing_batch_is_left_for_the_next_fetch() -> None:
    whole = batch(0, ["a"])
    data = whole + batch(1, ["b", "c"])[:-5]
    decoded = decode_fetched("t", 0, memoryview(data), 0)
    assert [r.offset for r in decoded.records] == [0]
    assert decoded.next_offset == 1
    assert len(list(split_batches(memoryview(data)))) == 1


def test_control_batches_are_skipped_but_advance_the_position() -> None:
    data = batch(0, ["a"], producer_id=7, transactional=True) + marker(1, 7, commit=True)
    decoded = decode_fetched("t", 0, memoryview(data), 0)
    assert [r.offset for r in decoded.records] == [0]
    assert decoded.next_offset == 2
    only_marker = decode_fetched("t", 0, memoryview(marker(5, 7, commit=True)), 5)
    assert only_marker.records == [] and only_marker.next_offset == 6


def test_read_committed_drops_aborted_transactions() -> None:
    data = (
        batch(0, ["committed"], producer_id=1, transactional=True)
        + batch(1, ["aborted-1", "aborted-2"], producer_id=2, transactional=True)
        + marker(3, 1, commit=True)
        + marker(4, 2, commit=False)
        + batch(5, ["plain"])
        + batch(6, ["later"], producer_id=2, transactional=True)
    )
    everything = [(0, "committed"), (1, "aborted-1"), (2, "aborted-2"), (5, "plain"), (6, "later")]
    assert values(data) == everything
    assert values(data, aborted=[(2, 1)]) == [(0, "committed"), (5, "plain"), (6, "later")]
