# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""SyncGroupResponse (response, api key 14), versions 0-5."""

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

__all__ = ['SyncGroupResponse', "read", "write"]

_S0 = struct.Struct('>h')
_S1 = struct.Struct('>ih')

@dataclass(slots=True)
class SyncGroupResponse:
    throttle_time_ms: int = 0
    error_code: int = 0
    protocol_type: str | None = None
    protocol_name: str | None = None
    assignment: bytes = b''
    unknown_tags: dict[int, bytes] | None = None


def _read_SyncGroupResponse_v0(buf: memoryview, pos: int) -> tuple[SyncGroupResponse, int]:
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Assignment was null')
    else:
        end = check_length(buf, pos, n)
        v_assignment = bytes(buf[pos:end])
        pos = end
    unknown = None
    return SyncGroupResponse(error_code=v_error_code, assignment=v_assignment, unknown_tags=unknown), pos


def _write_SyncGroupResponse_v0(o: SyncGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code)
    v = o.assignment
    if v is None:
        raise ValueError('non-nullable field Assignment is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw


def _read_SyncGroupResponse_v1(buf: memoryview, pos: int) -> tuple[SyncGroupResponse, int]:
    v_throttle_time_ms, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Assignment was null')
    else:
        end = check_length(buf, pos, n)
        v_assignment = bytes(buf[pos:end])
        pos = end
    unknown = None
    return SyncGroupResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, assignment=v_assignment, unknown_tags=unknown), pos


def _write_SyncGroupResponse_v1(o: SyncGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code)
    v = o.assignment
    if v is None:
        raise ValueError('non-nullable field Assignment is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw


def _read_SyncGroupResponse_v2(buf: memoryview, pos: int) -> tuple[SyncGroupResponse, int]:
    v_throttle_time_ms, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Assignment was null')
    else:
        end = check_length(buf, pos, n)
        v_assignment = bytes(buf[pos:end])
        pos = end
    unknown = None
    return SyncGroupResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, assignment=v_assignment, unknown_tags=unknown), pos


def _write_SyncGroupResponse_v2(o: SyncGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code)
    v = o.assignment
    if v is None:
        raise ValueError('non-nullable field Assignment is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw


def _read_SyncGroupResponse_v3(buf: memoryview, pos: int) -> tuple[SyncGroupResponse, int]:
    v_throttle_time_ms, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Assignment was null')
    else:
        end = check_length(buf, pos, n)
        v_assignment = bytes(buf[pos:end])
        pos = end
    unknown = None
    return SyncGroupResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, assignment=v_assignment, unknown_tags=unknown), pos


def _write_SyncGroupResponse_v3(o: SyncGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code)
    v = o.assignment
    if v is None:
        raise ValueError('non-nullable field Assignment is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw


def _read_SyncGroupResponse_v4(buf: memoryview, pos: int) -> tuple[SyncGroupResponse, int]:
    v_throttle_time_ms, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Assignment was null')
    else:
        end = check_length(buf, pos, n)
        v_assignment = bytes(buf[pos:end])
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return SyncGroupResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, assignment=v_assignment, unknown_tags=unknown), pos


def _write_SyncGroupResponse_v4(o: SyncGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code)
    v = o.assignment
    if v is None:
        raise ValueError('non-nullable field Assignment is None')
    else:
        raw = v
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_SyncGroupResponse_v5(buf: memoryview, pos: int) -> tuple[SyncGroupResponse, int]:
    v_throttle_time_ms, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_protocol_type = None
    else:
        end = check_length(buf, pos, n)
        v_protocol_type = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_protocol_name = None
    else:
        end = check_length(buf, pos, n)
        v_protocol_name = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Assignment was null')
    else:
        end = check_length(buf, pos, n)
        v_assignment = bytes(buf[pos:end])
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return SyncGroupResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, protocol_type=v_protocol_type, protocol_name=v_protocol_name, assignment=v_assignment, unknown_tags=unknown), pos


def _write_SyncGroupResponse_v5(o: SyncGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code)
    v = o.protocol_type
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.protocol_name
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.assignment
    if v is None:
        raise ValueError('non-nullable field Assignment is None')
    else:
        raw = v
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_SyncGroupResponse_v0, 1: _read_SyncGroupResponse_v1, 2: _read_SyncGroupResponse_v2, 3: _read_SyncGroupResponse_v3, 4: _read_SyncGroupResponse_v4, 5: _read_SyncGroupResponse_v5}
_WRITERS = {0: _write_SyncGroupResponse_v0, 1: _write_SyncGroupResponse_v1, 2: _write_SyncGroupResponse_v2, 3: _write_SyncGroupResponse_v3, 4: _write_SyncGroupResponse_v4, 5: _write_SyncGroupResponse_v5}
MIN_VERSION = 0
MAX_VERSION = 5
FLEXIBLE_MIN = 4


def read(buf: memoryview, pos: int, version: int) -> tuple[SyncGroupResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('SyncGroupResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode SyncGroupResponse v%d: %s' % (version, exc)) from None


def write(obj: SyncGroupResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('SyncGroupResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
