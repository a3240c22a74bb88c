# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""EndTxnResponse (response, api key 26), versions 0-5."""

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

__all__ = ['EndTxnResponse', "read", "write"]

_S0 = struct.Struct('>ih')
_S1 = struct.Struct('>ihqh')

@dataclass(slots=True)
class EndTxnResponse:
    throttle_time_ms: int = 0
    error_code: int = 0
    producer_id: int = -1
    producer_epoch: int = -1
    unknown_tags: dict[int, bytes] | None = None


def _read_EndTxnResponse_v0(buf: memoryview, pos: int) -> tuple[EndTxnResponse, int]:
    v_throttle_time_ms, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return EndTxnResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, unknown_tags=unknown), pos


def _write_EndTxnResponse_v0(o: EndTxnResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms, o.error_code)


def _read_EndTxnResponse_v1(buf: memoryview, pos: int) -> tuple[EndTxnResponse, int]:
    v_throttle_time_ms, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return EndTxnResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, unknown_tags=unknown), pos


def _write_EndTxnResponse_v1(o: EndTxnResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms, o.error_code)


def _read_EndTxnResponse_v2(buf: memoryview, pos: int) -> tuple[EndTxnResponse, int]:
    v_throttle_time_ms, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return EndTxnResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, unknown_tags=unknown), pos


def _write_EndTxnResponse_v2(o: EndTxnResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms, o.error_code)


def _read_EndTxnResponse_v3(buf: memoryview, pos: int) -> tuple[EndTxnResponse, int]:
    v_throttle_time_ms, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return EndTxnResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, unknown_tags=unknown), pos


def _write_EndTxnResponse_v3(o: EndTxnResponse, out: bytearray, chunks: list[Any]) -> None:
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


def _read_EndTxnResponse_v4(buf: memoryview, pos: int) -> tuple[EndTxnResponse, int]:
    v_throttle_time_ms, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return EndTxnResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, unknown_tags=unknown), pos


def _write_EndTxnResponse_v4(o: EndTxnResponse, out: bytearray, chunks: list[Any]) -> None:
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


def _read_EndTxnResponse_v5(buf: memoryview, pos: int) -> tuple[EndTxnResponse, int]:
    v_throttle_time_ms, v_error_code, v_producer_id, v_producer_epoch = _S1.unpack_from(buf, pos)
    pos += 16
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return EndTxnResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, producer_id=v_producer_id, producer_epoch=v_producer_epoch, unknown_tags=unknown), pos


def _write_EndTxnResponse_v5(o: EndTxnResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code, o.producer_id, o.producer_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_EndTxnResponse_v0, 1: _read_EndTxnResponse_v1, 2: _read_EndTxnResponse_v2, 3: _read_EndTxnResponse_v3, 4: _read_EndTxnResponse_v4, 5: _read_EndTxnResponse_v5}
_WRITERS = {0: _write_EndTxnResponse_v0, 1: _write_EndTxnResponse_v1, 2: _write_EndTxnResponse_v2, 3: _write_EndTxnResponse_v3, 4: _write_EndTxnResponse_v4, 5: _write_EndTxnResponse_v5}
MIN_VERSION = 0
MAX_VERSION = 5
FLEXIBLE_MIN = 3


def read(buf: memoryview, pos: int, version: int) -> tuple[EndTxnResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('EndTxnResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode EndTxnResponse v%d: %s' % (version, exc)) from None


def write(obj: EndTxnResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('EndTxnResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
