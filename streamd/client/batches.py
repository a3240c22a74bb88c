"""Turning fetched record-batch bytes into records, as a consumer sees them.

The batch headers are read here (without decoding records) to skip control batches, to drop
records of aborted transactions under read_committed, and to know where the next fetch starts
even when a batch holds nothing to show. Records are decoded by ``streamd.records.reader``.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from streamd.client.errors import ProtocolViolation
from streamd.client.types import ConsumedRecord
from streamd.records.errors import RecordError
from streamd.records.reader import read_records

__all__ = ["BatchHeader", "DecodedFetch", "decode_fetched", "split_batches"]

# Record batch v2 header (DefaultRecordBatch.java): the fields a consumer needs.
_PREFIX = struct.Struct(">qi")  # baseOffset, batchLength
_HEADER_SIZE = 61
_MAGIC_AT = 16
_ATTRIBUTES_AT = 21
_ATTRIBUTES_AND_DELTA = struct.Struct(">hi")  # attributes, lastOffsetDelta
_PRODUCER_ID_AT = 43
_PRODUCER_ID = struct.Struct(">q")
_LOG_APPEND_TIME_BIT = 0x08
_TRANSACTIONAL_BIT = 0x10
_CONTROL_BIT = 0x20
_CONTROL_KEY = struct.Struct(">hh")  # version, type (0 ABORT, 1 COMMIT)
_ABORT_MARKER = 0


@dataclass(frozen=True, slots=True)
class BatchHeader:
    base_offset: int
    last_offset: int
    attributes: int
    producer_id: int
    data: memoryview

    @property
    def is_control(self) -> bool:
        return bool(self.attributes & _CONTROL_BIT)

    @property
    def is_transactional(self) -> bool:
        return bool(self.attributes & _TRANSACTIONAL_BIT)


def split_batches(data: memoryview) -> Iterator[BatchHeader]:
    """Every complete batch in ``data``; a partial trailing batch (cut at max_bytes) is left out."""
    pos = 0
    end = len(data)
    while end - pos >= _HEADER_SIZE:
        base_offset, batch_length = _PREFIX.unpack_from(data, pos)
        batch_end = pos + 12 + batch_length
        if batch_length < _HEADER_SIZE - 12 or batch_end > end:
            break
        magic = data[pos + _MAGIC_AT]
        if magic != 2:
            raise ProtocolViolation(
                f"record batch magic {magic} at offset {base_offset}: only v2 is supported"
            )
        attributes, last_delta = _ATTRIBUTES_AND_DELTA.unpack_from(data, pos + _ATTRIBUTES_AT)
        (producer_id,) = _PRODUCER_ID.unpack_from(data, pos + _PRODUCER_ID_AT)
        yield BatchHeader(base_offset, base_offset + last_delta, attributes, producer_id, data[pos:batch_end])
        pos = batch_end


@dataclass(slots=True)
class DecodedFetch:
    records: list[ConsumedRecord]
    next_offset: int | None  # just past the last complete batch; None when there was none


def _read(batch: BatchHeader, where: str) -> list[Any]:
    try:
        return read_records(batch.data)
    except RecordError as exc:
        raise ProtocolViolation(f"{where}: bad batch at offset {batch.base_offset}: {exc}") from None


def _is_abort_marker(batch: BatchHeader, where: str) -> bool:
    records = _read(batch, where)
    if not records or records[0].key is None or len(records[0].key) < _CONTROL_KEY.size:
        return False
    _version, marker = _CONTROL_KEY.unpack_from(bytes(records[0].key))
    return bool(marker == _ABORT_MARKER)


def _as_bytes(value: Any) -> bytes | None:
    return None if value is None else bytes(value)


def decode_fetched(
    topic: str,
    partition: int,
    data: memoryview,
    start_offset: int,
    aborted: Iterable[tuple[int, int]] | None = None,
) -> DecodedFetch:
    """The records at or after ``start_offset``.

    ``aborted`` is the fetch response's (producer id, first offset) list under read_committed;
    transactional batches of those producers are dropped until their abort marker, as Kafka's
    consumer does. None keeps every record (read_uncommitted).
    """
    where = f"topic '{topic}' partition {partition}"
    pending_aborts = sorted(aborted or (), key=lambda entry: entry[1])
    aborting: set[int] = set()
    records: list[ConsumedRecord] = []
    next_offset: int | None = None
    for batch in split_batches(data):
        next_offset = batch.last_offset + 1
        while pending_aborts and pending_aborts[0][1] <= batch.last_offset:
            aborting.add(pending_aborts.pop(0)[0])
        if batch.is_control:
            if batch.producer_id in aborting and _is_abort_marker(batch, where):
                aborting.discard(batch.producer_id)
            continue
        if batch.last_offset < start_offset or (batch.is_transactional and batch.producer_id in aborting):
            continue
        log_append_time = bool(batch.attributes & _LOG_APPEND_TIME_BIT)
        for record in _read(batch, where):
            if record.offset < start_offset:
                continue
            records.append(
                ConsumedRecord(
                    topic=topic,
                    partition=partition,
                    offset=record.offset,
                    timestamp_ms=record.timestamp,
                    key=_as_bytes(record.key),
                    value=_as_bytes(record.value),
                    headers=tuple((name, _as_bytes(value)) for name, value in record.headers),
                    log_append_time=log_append_time,
                )
            )
    return DecodedFetch(records, next_offset)
