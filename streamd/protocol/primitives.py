"""Runtime helpers for the generated codec (streamd/protocol/_generated/).

The generated readers and writers are straight-line per (message, version) and do the common
cases inline: fixed-width runs through precompiled ``struct.Struct`` objects and one-byte
unsigned varints. What is here would only bloat them: errors, multi-byte varints, tagged-field
sections holding unknown tags, UUID construction and the per-count array ``Struct`` caches.

Unsigned varints (protocol lengths, counts and tags; PROTOCOL.md §3) are kept apart from the
zigzag-signed varints of record fields, which live in ``streamd.records``.
"""

from __future__ import annotations

import struct
import uuid
from typing import Any

__all__ = [
    "BOOL_ARRAYS",
    "FACTORY",
    "FLOAT64_ARRAYS",
    "INT8_ARRAYS",
    "INT16_ARRAYS",
    "INT32_ARRAYS",
    "INT64_ARRAYS",
    "UINT16_ARRAYS",
    "UINT32_ARRAYS",
    "UUIDS",
    "ZERO_UUID",
    "DecodeError",
    "EncodeError",
    "UnsupportedVersionError",
    "as_bytes",
    "as_views",
    "read_unknown_tags",
    "read_uuid",
    "read_uvarint",
    "uvarint_bytes",
    "write_tags",
    "write_uvarint",
]

ZERO_UUID = uuid.UUID(int=0)

FACTORY: Any = type("FACTORY", (), {"__repr__": lambda self: "<default factory>"})()
"""Default of generated ``__init__`` parameters whose field has a ``default_factory``."""


class DecodeError(ValueError):
    """The bytes do not decode as the message and version asked for (malformed or truncated)."""


class EncodeError(ValueError):
    """A message holds a value its schema cannot encode (wrong type, out of range, None)."""


class UnsupportedVersionError(ValueError):
    """The message has no such version."""


# -- unsigned varints ---------------------------------------------------------------------------
def read_uvarint(data: Any, pos: int) -> tuple[int, int]:
    """Read an unsigned varint of at most 5 bytes (32 bits, as Kafka's readUnsignedVarint)."""
    value = 0
    shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, pos
        shift += 7
        if shift > 28:
            raise DecodeError("unsigned varint longer than 5 bytes")


def write_uvarint(out: bytearray, value: int) -> None:
    if value < 0:
        raise EncodeError(f"unsigned varint of negative value {value}")
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)


def uvarint_bytes(value: int) -> bytes:
    out = bytearray()
    write_uvarint(out, value)
    return bytes(out)


# -- tagged fields ------------------------------------------------------------------------------
def read_unknown_tags(data: Any, pos: int) -> tuple[dict[int, bytes] | None, int]:
    """Read a tagged-field section whose tags the reader does not know: keep their bytes."""
    count, pos = read_uvarint(data, pos)
    unknown: dict[int, bytes] = {}
    limit = len(data)
    for _ in range(count):
        tag, pos = read_uvarint(data, pos)
        size, pos = read_uvarint(data, pos)
        end = pos + size
        if end > limit:
            raise DecodeError("tagged field runs past the end of the buffer")
        unknown[tag] = bytes(data[pos:end])
        pos = end
    return unknown or None, pos


def write_tags(out: bytearray, known: list[tuple[int, Any]], unknown: dict[int, bytes] | None,
               known_tags: tuple[int, ...] = ()) -> None:
    """Write a tagged-field section: the known fields' (tag, encoded value) pairs, built in tag
    order, merged with ``unknown`` in ascending tag order. Unknown entries numbered like a tag
    the schema knows (``known_tags``) are dropped: the field itself decides what is written."""
    if unknown:
        merged = {tag: data for tag, data in unknown.items() if tag not in known_tags}
        merged.update(known)
        items: list[tuple[int, Any]] = sorted(merged.items())
    else:
        items = known
    write_uvarint(out, len(items))
    for tag, data in items:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


# -- buffers ------------------------------------------------------------------------------------
def as_bytes(buf: Any) -> bytes:
    """The input as ``bytes`` with the same positions: the object behind a memoryview that spans
    it whole (the server's frames), else a copy. Used for messages without ``records`` fields;
    slicing and decoding ``bytes`` is about twice as fast as doing it on a memoryview."""
    if type(buf) is bytes:
        return buf
    if type(buf) is memoryview:
        obj = buf.obj
        if type(obj) is bytes and buf.c_contiguous and buf.nbytes == len(obj):
            return obj
    return bytes(buf)


def as_views(buf: Any) -> tuple[Any, memoryview]:
    """For messages with ``records`` fields: (data to read scalars from, memoryview to slice
    records from). Never copies: when the memoryview is not a whole ``bytes`` object, scalars are
    read from the memoryview itself."""
    if type(buf) is memoryview:
        obj = buf.obj
        if type(obj) is bytes and buf.c_contiguous and buf.nbytes == len(obj):
            return obj, buf
        if buf.format != "B" or buf.ndim != 1:
            buf = buf.cast("B")
        return buf, buf
    view = memoryview(buf)
    if view.format != "B" or view.ndim != 1:
        view = view.cast("B")
    return (buf if type(buf) is bytes else view), view


# -- UUIDs --------------------------------------------------------------------------------------
_UUID_CACHE_SIZE = 4096
UUIDS: dict[bytes, uuid.UUID] = {bytes(16): ZERO_UUID}
"""Recently decoded UUIDs by their 16 bytes: topic ids repeat in every request that names them."""

_new = object.__new__
_set = object.__setattr__
_UNKNOWN = uuid.SafeUUID.unknown


def read_uuid(raw: bytes) -> uuid.UUID:
    """The UUID of 16 bytes (the generated code looks in UUIDS first)."""
    if len(raw) != 16:
        raise DecodeError("uuid runs past the end of the buffer")
    # uuid.UUID(bytes=...) validates its arguments at length; this is what it ends up doing.
    value = _new(uuid.UUID)
    _set(value, "int", int.from_bytes(raw, "big"))
    _set(value, "is_safe", _UNKNOWN)
    if len(UUIDS) >= _UUID_CACHE_SIZE:
        UUIDS.clear()
        UUIDS[bytes(16)] = ZERO_UUID
    UUIDS[raw] = value
    return value


# -- arrays of fixed-width values ---------------------------------------------------------------
class _ArrayStructs(dict[int, struct.Struct]):
    """``table[n]`` is ``struct.Struct(">{n}{code}")``; small counts are cached."""

    __slots__ = ("code",)

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code

    def __missing__(self, count: int) -> struct.Struct:
        made = struct.Struct(f">{count}{self.code}")
        if count < 256:
            self[count] = made
        return made


BOOL_ARRAYS = _ArrayStructs("?")
INT8_ARRAYS = _ArrayStructs("b")
INT16_ARRAYS = _ArrayStructs("h")
INT32_ARRAYS = _ArrayStructs("i")
INT64_ARRAYS = _ArrayStructs("q")
UINT16_ARRAYS = _ArrayStructs("H")
UINT32_ARRAYS = _ArrayStructs("I")
FLOAT64_ARRAYS = _ArrayStructs("d")
