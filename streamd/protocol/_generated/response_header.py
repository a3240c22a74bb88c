# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ResponseHeader (header), versions 0-1."""

from __future__ import annotations

import struct
import uuid
from dataclasses import dataclass, field
from typing import Any

from streamd.protocol.primitives import (
    I8,
    I16,
    I32,
    ZERO_UUID,
    DecodeError,
    UnsupportedVersionError,
    check_count,
    check_length,
    read_uvarint,
    skip_tags,
    write_uvarint,
)

__all__ = ['ResponseHeader', "read", "write"]

_S0 = struct.Struct('>i')

@dataclass(slots=True)
class ResponseHeader:
    correlation_id: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _read_ResponseHeader_v0(buf: memoryview, pos: int) -> tuple[ResponseHeader, int]:
    v_correlation_id, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return ResponseHeader(correlation_id=v_correlation_id, unknown_tags=unknown), pos


def _write_ResponseHeader_v0(o: ResponseHeader, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.correlation_id)


def _read_ResponseHeader_v1(buf: memoryview, pos: int) -> tuple[ResponseHeader, int]:
    v_correlation_id, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ResponseHeader(correlation_id=v_correlation_id, unknown_tags=unknown), pos


def _write_ResponseHeader_v1(o: ResponseHeader, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.correlation_id)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_ResponseHeader_v0, 1: _read_ResponseHeader_v1}
_WRITERS = {0: _write_ResponseHeader_v0, 1: _write_ResponseHeader_v1}
MIN_VERSION = 0
MAX_VERSION = 1
FLEXIBLE_MIN = 1


def read(buf: memoryview, pos: int, version: int) -> tuple[ResponseHeader, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('ResponseHeader has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode ResponseHeader v%d: %s' % (version, exc)) from None


def write(obj: ResponseHeader, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('ResponseHeader has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
