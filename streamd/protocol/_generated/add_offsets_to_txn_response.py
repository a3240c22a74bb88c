# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""AddOffsetsToTxnResponse (response, api key 25), versions 0-4."""

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

__all__ = ['AddOffsetsToTxnResponse', "read", "write"]

_S0 = struct.Struct('>ih')

@dataclass(slots=True)
class AddOffsetsToTxnResponse:
    throttle_time_ms: int = 0
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _read_AddOffsetsToTxnResponse_v0(buf: memoryview, pos: int) -> tuple[AddOffsetsToTxnResponse, int]:
    v_throttle_time_ms, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return AddOffsetsToTxnResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, unknown_tags=unknown), pos


def _write_AddOffsetsToTxnResponse_v0(o: AddOffsetsToTxnResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms, o.error_code)


def _read_AddOffsetsToTxnResponse_v1(buf: memoryview, pos: int) -> tuple[AddOffsetsToTxnResponse, int]:
    v_throttle_time_ms, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return AddOffsetsToTxnResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, unknown_tags=unknown), pos


def _write_AddOffsetsToTxnResponse_v1(o: AddOffsetsToTxnResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms, o.error_code)


def _read_AddOffsetsToTxnResponse_v2(buf: memoryview, pos: int) -> tuple[AddOffsetsToTxnResponse, int]:
    v_throttle_time_ms, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return AddOffsetsToTxnResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, unknown_tags=unknown), pos


def _write_AddOffsetsToTxnResponse_v2(o: AddOffsetsToTxnResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms, o.error_code)


def _read_AddOffsetsToTxnResponse_v3(buf: memoryview, pos: int) -> tuple[AddOffsetsToTxnResponse, int]:
    v_throttle_time_ms, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddOffsetsToTxnResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, unknown_tags=unknown), pos


def _write_AddOffsetsToTxnResponse_v3(o: AddOffsetsToTxnResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms, o.error_code)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AddOffsetsToTxnResponse_v4(buf: memoryview, pos: int) -> tuple[AddOffsetsToTxnResponse, int]:
    v_throttle_time_ms, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddOffsetsToTxnResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, unknown_tags=unknown), pos


def _write_AddOffsetsToTxnResponse_v4(o: AddOffsetsToTxnResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms, o.error_code)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_AddOffsetsToTxnResponse_v0, 1: _read_AddOffsetsToTxnResponse_v1, 2: _read_AddOffsetsToTxnResponse_v2, 3: _read_AddOffsetsToTxnResponse_v3, 4: _read_AddOffsetsToTxnResponse_v4}
_WRITERS = {0: _write_AddOffsetsToTxnResponse_v0, 1: _write_AddOffsetsToTxnResponse_v1, 2: _write_AddOffsetsToTxnResponse_v2, 3: _write_AddOffsetsToTxnResponse_v3, 4: _write_AddOffsetsToTxnResponse_v4}
MIN_VERSION = 0
MAX_VERSION = 4
FLEXIBLE_MIN = 3


def read(buf: memoryview, pos: int, version: int) -> tuple[AddOffsetsToTxnResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('AddOffsetsToTxnResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode AddOffsetsToTxnResponse v%d: %s' % (version, exc)) from None


def write(obj: AddOffsetsToTxnResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('AddOffsetsToTxnResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
