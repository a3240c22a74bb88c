"""Pure-Python reference implementations of the record hot functions.

``streamd_native._records`` implements the same names with the same signatures in Cython;
``streamd._accel`` chooses between them. Keep both in step: tests run both.
"""

from __future__ import annotations

import struct

__all__ = ["decode_records", "parse_header_fields", "read_varint", "write_varint"]

_HEADER = struct.Struct(">qiibIhiqqqhii")
HEADER_SIZE = 61


def parse_header_fields(buf: bytes | bytearray | memoryview, pos: int) -> tuple[int, ...]:
    """The 13 fields of a v2 batch header at ``pos``: base offset, batch length, partition
    leader epoch, magic, crc, attributes, last offset delta, base timestamp, max timestamp,
    producer id, producer epoch, base sequence, record count (DefaultRecordBatch.java)."""
    if len(buf) - pos < HEADER_SIZE:
        raise ValueError(f"batch header needs {HEADER_SIZE} bytes, {len(buf) - pos} left")
    return _HEADER.unpack_from(buf, pos)


def read_varint(buf: bytes | bytearray | memoryview, pos: int) -> tuple[int, int]:
    """A zigzag-encoded signed varint (record fields), returning (value, next position)."""
    value = 0
    shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return (value >> 1) ^ -(value & 1), pos
        shift += 7
        if shift > 63:
            raise ValueError("varint longer than 10 bytes")


def write_varint(out: bytearray, value: int) -> None:
    zigzag = (value << 1) ^ (value >> 63)
    while zigzag >= 0x80:
        out.append((zigzag & 0x7F) | 0x80)
        zigzag >>= 7
    out.append(zigzag)


def decode_records(
    buf: bytes | bytearray | memoryview, count: int
) -> list[tuple[int, int, bytes | None, bytes | None, list[tuple[str, bytes | None]]]]:
    """Decode ``count`` uncompressed records: (offset delta, timestamp delta, key, value,
    headers) each. Raises ValueError on malformed input."""
    out = []
    pos = 0
    end = len(buf)
    for _ in range(count):
        length, pos = read_varint(buf, pos)
        record_end = pos + length
        if length < 0 or record_end > end:
            raise ValueError("record length runs past the batch")
        pos += 1  # attributes, unused in v2
        timestamp_delta, pos = read_varint(buf, pos)
        offset_delta, pos = read_varint(buf, pos)
        key_length, pos = read_varint(buf, pos)
        key = None
        if key_length >= 0:
            key = bytes(buf[pos : pos + key_length])
            pos += key_length
        value_length, pos = read_varint(buf, pos)
        value = None
        if value_length >= 0:
            value = bytes(buf[pos : pos + value_length])
            pos += value_length
        header_count, pos = read_varint(buf, pos)
        if header_count < 0 or header_count > record_end - pos:
            raise ValueError("bad header count")
        headers: list[tuple[str, bytes | None]] = []
        for _ in range(header_count):
            name_length, pos = read_varint(buf, pos)
            if name_length < 0:
                raise ValueError("null header key")
            name = str(bytes(buf[pos : pos + name_length]), "utf-8")
            pos += name_length
            header_value_length, pos = read_varint(buf, pos)
            header_value = None
            if header_value_length >= 0:
                header_value = bytes(buf[pos : pos + header_value_length])
                pos += header_value_length
            headers.append((name, header_value))
        if pos != record_end:
            raise ValueError("record length does not match its fields")
        out.append((offset_delta, timestamp_delta, key, value, headers))
    return out
