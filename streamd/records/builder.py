"""Build record batches v2 (for control batches, tests and the CLI producer)."""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass, field

from streamd._accel import crc32c
from streamd.records._pure import write_varint
from streamd.records.batch import ATTR_CONTROL, ATTR_LOG_APPEND_TIME, ATTR_TRANSACTIONAL, CRC_START
from streamd.records.compression import Compression, compress

__all__ = ["Record", "build_batch", "build_control_batch"]

_HEADER = struct.Struct(">qiibIhiqqqhii")
_CONTROL_KEY = struct.Struct(">hh")
_CONTROL_VALUE = struct.Struct(">hi")
_U32 = struct.Struct(">I")


@dataclass(slots=True)
class Record:
    key: bytes | None
    value: bytes | None
    headers: list[tuple[str, bytes | None]] = field(default_factory=list)
    timestamp: int = 0
    offset: int = 0


def _encode_record(out: bytearray, record: Record, offset_delta: int, base_timestamp: int) -> None:
    body = bytearray(b"\x00")  # attributes
    write_varint(body, record.timestamp - base_timestamp)
    write_varint(body, offset_delta)
    for part in (record.key, record.value):
        if part is None:
            write_varint(body, -1)
        else:
            write_varint(body, len(part))
            body += part
    write_varint(body, len(record.headers))
    for name, value in record.headers:
        raw = name.encode("utf-8")
        write_varint(body, len(raw))
        body += raw
        if value is None:
            write_varint(body, -1)
        else:
            write_varint(body, len(value))
            body += value
    write_varint(out, len(body))
    out += body


def build_batch(
    records: Sequence[Record],
    *,
    base_offset: int = 0,
    compression: int = Compression.NONE,
    producer_id: int = -1,
    producer_epoch: int = -1,
    base_sequence: int = -1,
    transactional: bool = False,
    control: bool = False,
    partition_leader_epoch: int = -1,
    log_append_time: bool = False,
    keep_offsets: bool = False,
) -> bytes:
    """Encode records into one v2 batch. With ``keep_offsets`` each record keeps its
    ``offset`` (base offset = the first record's, gaps allowed), as the log cleaner needs."""
    if not records:
        raise ValueError("a record batch holds at least one record")
    base_timestamp = records[0].timestamp
    max_timestamp = max(r.timestamp for r in records)
    if keep_offsets:
        base_offset = records[0].offset
    payload = bytearray()
    for delta, record in enumerate(records):
        _encode_record(payload, record, record.offset - base_offset if keep_offsets else delta, base_timestamp)
    last_offset_delta = records[-1].offset - base_offset if keep_offsets else len(records) - 1
    body = compress(compression, payload) if compression != Compression.NONE else bytes(payload)
    attributes = int(compression)
    if log_append_time:
        attributes |= ATTR_LOG_APPEND_TIME
    if transactional:
        attributes |= ATTR_TRANSACTIONAL
    if control:
        attributes |= ATTR_CONTROL
    total = _HEADER.size + len(body)
    out = bytearray(
        _HEADER.pack(
            base_offset, total - 12, partition_leader_epoch, 2, 0, attributes, last_offset_delta,
            base_timestamp, max_timestamp, producer_id, producer_epoch, base_sequence, len(records),
        )
    )
    out += body
    _U32.pack_into(out, 17, crc32c(memoryview(out)[CRC_START:]))
    return bytes(out)


def build_control_batch(
    *, commit: bool, producer_id: int, producer_epoch: int, coordinator_epoch: int = 0, timestamp_ms: int
) -> bytes:
    """A transaction marker (ControlRecordType.java): key = int16 version 0 + int16 type
    (0 ABORT, 1 COMMIT), value = int16 version 0 + int32 coordinator epoch."""
    record = Record(
        key=_CONTROL_KEY.pack(0, 1 if commit else 0),
        value=_CONTROL_VALUE.pack(0, coordinator_epoch),
        headers=[],
        timestamp=timestamp_ms,
    )
    return build_batch(
        [record], producer_id=producer_id, producer_epoch=producer_epoch, transactional=True, control=True
    )
