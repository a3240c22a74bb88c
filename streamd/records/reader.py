"""Decode the records of stored batches (not on the produce or fetch hot path)."""

from __future__ import annotations

from collections.abc import Iterator

from streamd._accel import decode_records
from streamd.records.batch import BATCH_HEADER_SIZE, iter_batches, parse_header
from streamd.records.builder import Record
from streamd.records.compression import Compression, decompress
from streamd.records.errors import CORRUPT_MESSAGE, RecordError

__all__ = ["iter_records", "read_records", "transaction_marker"]


def read_records(batch: bytes | bytearray | memoryview) -> list[Record]:
    """The records of one batch with absolute offsets and timestamps (LogAppendTime batches
    give every record the batch's max timestamp, as consumers do)."""
    view = memoryview(batch)
    header = parse_header(view, 0)
    end = header.total_size
    if end > len(view) or end < BATCH_HEADER_SIZE:
        raise RecordError(CORRUPT_MESSAGE, "record batch is truncated")
    payload = view[BATCH_HEADER_SIZE:end]
    if header.compression != Compression.NONE:
        payload = memoryview(decompress(header.compression, payload))
    try:
        raw = decode_records(payload, header.records_count)
    except (ValueError, IndexError, UnicodeDecodeError) as exc:
        raise RecordError(CORRUPT_MESSAGE, f"malformed records: {exc}") from None
    log_append = header.timestamp_type == 1
    return [
        Record(
            key=key,
            value=value,
            headers=headers,
            timestamp=header.max_timestamp if log_append else header.base_timestamp + ts_delta,
            offset=header.base_offset + offset_delta,
        )
        for offset_delta, ts_delta, key, value, headers in raw
    ]


def iter_records(buf: bytes | bytearray | memoryview) -> Iterator[Record]:
    view = memoryview(buf)
    for pos, header in iter_batches(view):
        if header.is_control:
            continue
        yield from read_records(view[pos : pos + header.total_size])


def transaction_marker(batch: bytes | bytearray | memoryview) -> bool | None:
    """What a control batch marks: True a COMMIT, False an ABORT, None any other control
    record (ControlRecordType.java: key = int16 version, int16 type; 0 ABORT, 1 COMMIT)."""
    for record in read_records(batch):
        if record.key is not None and len(record.key) >= 4:
            return {0: False, 1: True}.get(int.from_bytes(record.key[2:4], "big", signed=True))
    return None
