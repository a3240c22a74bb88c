"""Idempotence rules of ProducerStateTable (ProducerAppendInfo.checkSequence)."""

from __future__ import annotations

import pytest

from streamd.coordinator.producer_state import AppendedBatch, ProducerStateError, ProducerStateTable
from streamd.protocol._generated import ErrorCode

PID = 42


def append(table: ProducerStateTable, epoch: int, first: int, last: int, offset: int) -> AppendedBatch | None:
    duplicate = table.check(PID, epoch, first, last)
    if duplicate is None:
        table.record(PID, epoch, AppendedBatch(first, last, offset, offset + last - first, 0))
    return duplicate


def test_new_producer_may_start_anywhere_and_must_then_follow() -> None:
    table = ProducerStateTable()
    assert append(table, 0, 7, 9, 0) is None
    assert append(table, 0, 10, 10, 3) is None
    with pytest.raises(ProducerStateError) as info:
        table.check(PID, 0, 12, 12)
    assert info.value.error_code == ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER


def test_retried_batch_returns_the_original_offset() -> None:
    table = ProducerStateTable()
    append(table, 0, 0, 4, 100)
    append(table, 0, 5, 9, 105)
    duplicate = table.check(PID, 0, 0, 4)
    assert duplicate is not None and duplicate.base_offset == 100


def test_only_five_batches_are_retained_and_older_ones_are_duplicates() -> None:
    table = ProducerStateTable()
    for i in range(7):
        append(table, 0, i, i, i)
    assert table.check(PID, 0, 6, 6) is not None
    assert table.check(PID, 0, 2, 2) is not None
    with pytest.raises(ProducerStateError) as info:
        table.check(PID, 0, 0, 0)
    assert info.value.error_code == ErrorCode.DUPLICATE_SEQUENCE_NUMBER


def test_stale_epoch_is_fenced_and_new_epoch_starts_at_zero() -> None:
    table = ProducerStateTable()
    append(table, 3, 0, 0, 0)
    with pytest.raises(ProducerStateError) as info:
        table.check(PID, 2, 1, 1)
    assert info.value.error_code == ErrorCode.INVALID_PRODUCER_EPOCH
    with pytest.raises(ProducerStateError) as info:
        table.check(PID, 4, 5, 5)
    assert info.value.error_code == ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER
    assert append(table, 4, 0, 0, 1) is None
    assert table.epoch_of(PID) == 4


def test_sequence_wraps_from_int32_max_to_zero() -> None:
    table = ProducerStateTable()
    append(table, 0, 2**31 - 1, 2**31 - 1, 0)
    assert table.check(PID, 0, 0, 3) is None


def test_expire_drops_idle_producers() -> None:
    table = ProducerStateTable()
    table.record(1, 0, AppendedBatch(0, 0, 0, 0, timestamp=100))
    table.record(2, 0, AppendedBatch(0, 0, 1, 1, timestamp=900))
    assert table.expire(older_than_ms=500) == 1
    assert len(table) == 1
