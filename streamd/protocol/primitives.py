"""Runtime helpers for the generated codec: errors, unsigned varints, shared structs.

The generated modules are straight-line per (message, version); only what would bloat them is
here. Unsigned varints (protocol lengths and tags, PROTOCOL.md §3) are kept apart from the
zigzag varints of record fields, which live in streamd.records.
"""

from __future__ import annotations

import struct
import uuid

__all__ = [
    "DecodeError",
    "UnsupportedVersionError",
    "ZERO_UUID",
    "read_uvarint",
    "skip_tags",
    "write_uvarint",
]

ZERO_UUID = uuid.UUID(int=0)
I8 = struct.Struct(">b")
I16 = struct.Struct(">h")
I32 = struct.Struct(">i")
I64 = struct.Struct(">q")


class DecodeError(ValueError):
    """The bytes do not decode as the message and version asked for."""


class UnsupportedVersionError(ValueError):
    """The message has no such version."""


def read_uvarint(buf: memoryview | bytes, pos: int) -> tuple[int, int]:
    value = 0
    shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, pos
        shift += 7
        if shift > 35:
            raise DecodeError("unsigned varint longer than 5 bytes")


def write_uvarint(out: bytearray, value: int) -> None:
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)


def uvarint_bytes(value: int) -> bytes:
    out = bytearray()
    write_uvarint(out, value)
    return bytes(out)


def skip_tags(buf: memoryview, pos: int, unknown: dict[int, bytes] | None) -> tuple[dict[int, bytes] | None, int]:
    """Read a tagged-field section made only of tags the reader does not know."""
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = pos + size
        if end > len(buf):
            raise DecodeError("tagged field runs past the end of the buffer")
        if unknown is None:
            unknown = {}
        unknown[tag] = bytes(buf[pos:end])
        pos = end
    return unknown, pos


def check_length(buf: memoryview, pos: int, length: int) -> int:
    end = pos + length
    if length < 0 or end > len(buf):
        raise DecodeError(f"length {length} at {pos} runs past the end of the buffer ({len(buf)})")
    return end


def check_count(buf: memoryview, pos: int, count: int) -> None:
    # Every array element takes at least one byte except empty structs; Kafka's generated code
    # applies the same bound ("Tried to allocate a collection of size N, but there are only M
    # bytes remaining") so a bogus count cannot allocate a huge list.
    if count < 0 or count > len(buf) - pos:
        raise DecodeError(f"array of {count} elements at {pos} exceeds the remaining {len(buf) - pos} bytes")
