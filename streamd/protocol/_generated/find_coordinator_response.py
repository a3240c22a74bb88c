# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""FindCoordinatorResponse (response, api key 10), versions 0-6."""

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

__all__ = ['Coordinator', 'FindCoordinatorResponse', "read", "write"]

_S0 = struct.Struct('>hi')
_S1 = struct.Struct('>i')
_S2 = struct.Struct('>ih')

@dataclass(slots=True)
class Coordinator:
    key: str = ''
    node_id: int = 0
    host: str = ''
    port: int = 0
    error_code: int = 0
    error_message: str | None = ''
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class FindCoordinatorResponse:
    throttle_time_ms: int = 0
    error_code: int = 0
    error_message: str | None = ''
    node_id: int = 0
    host: str = ''
    port: int = 0
    coordinators: list[Coordinator] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_FindCoordinatorResponse_v0(buf: memoryview, pos: int) -> tuple[FindCoordinatorResponse, int]:
    v_error_code, v_node_id = _S0.unpack_from(buf, pos)
    pos += 6
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, = _S1.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return FindCoordinatorResponse(error_code=v_error_code, node_id=v_node_id, host=v_host, port=v_port, unknown_tags=unknown), pos


def _write_FindCoordinatorResponse_v0(o: FindCoordinatorResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code, o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.port)


def _read_FindCoordinatorResponse_v1(buf: memoryview, pos: int) -> tuple[FindCoordinatorResponse, int]:
    v_throttle_time_ms, v_error_code = _S2.unpack_from(buf, pos)
    pos += 6
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    v_node_id, = _S1.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, = _S1.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return FindCoordinatorResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, error_message=v_error_message, node_id=v_node_id, host=v_host, port=v_port, unknown_tags=unknown), pos


def _write_FindCoordinatorResponse_v1(o: FindCoordinatorResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.throttle_time_ms, o.error_code)
    v = o.error_message
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.port)


def _read_FindCoordinatorResponse_v2(buf: memoryview, pos: int) -> tuple[FindCoordinatorResponse, int]:
    v_throttle_time_ms, v_error_code = _S2.unpack_from(buf, pos)
    pos += 6
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    v_node_id, = _S1.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, = _S1.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return FindCoordinatorResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, error_message=v_error_message, node_id=v_node_id, host=v_host, port=v_port, unknown_tags=unknown), pos


def _write_FindCoordinatorResponse_v2(o: FindCoordinatorResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.throttle_time_ms, o.error_code)
    v = o.error_message
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.port)


def _read_FindCoordinatorResponse_v3(buf: memoryview, pos: int) -> tuple[FindCoordinatorResponse, int]:
    v_throttle_time_ms, v_error_code = _S2.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    v_node_id, = _S1.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, = _S1.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FindCoordinatorResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, error_message=v_error_message, node_id=v_node_id, host=v_host, port=v_port, unknown_tags=unknown), pos


def _write_FindCoordinatorResponse_v3(o: FindCoordinatorResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.throttle_time_ms, o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.port)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FindCoordinatorResponse_v4(buf: memoryview, pos: int) -> tuple[FindCoordinatorResponse, int]:
    v_throttle_time_ms, = _S1.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Coordinators was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_coordinators = []
        for _ in range(n):
            item, pos = _read_Coordinator_v4(buf, pos)
            v_coordinators.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FindCoordinatorResponse(throttle_time_ms=v_throttle_time_ms, coordinators=v_coordinators, unknown_tags=unknown), pos


def _write_FindCoordinatorResponse_v4(o: FindCoordinatorResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.coordinators
    if items is None:
        raise ValueError('non-nullable field Coordinators is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_Coordinator_v4(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_Coordinator_v4(buf: memoryview, pos: int) -> tuple[Coordinator, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Key was null')
    else:
        end = check_length(buf, pos, n)
        v_key = str(buf[pos:end], 'utf-8')
        pos = end
    v_node_id, = _S1.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, v_error_code = _S2.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return Coordinator(key=v_key, node_id=v_node_id, host=v_host, port=v_port, error_code=v_error_code, error_message=v_error_message, unknown_tags=unknown), pos


def _write_Coordinator_v4(o: Coordinator, out: bytearray, chunks: list[Any]) -> None:
    v = o.key
    if v is None:
        raise ValueError('non-nullable field Key is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S2.pack(o.port, o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
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


def _read_FindCoordinatorResponse_v5(buf: memoryview, pos: int) -> tuple[FindCoordinatorResponse, int]:
    v_throttle_time_ms, = _S1.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Coordinators was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_coordinators = []
        for _ in range(n):
            item, pos = _read_Coordinator_v5(buf, pos)
            v_coordinators.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FindCoordinatorResponse(throttle_time_ms=v_throttle_time_ms, coordinators=v_coordinators, unknown_tags=unknown), pos


def _write_FindCoordinatorResponse_v5(o: FindCoordinatorResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.coordinators
    if items is None:
        raise ValueError('non-nullable field Coordinators is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_Coordinator_v5(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_Coordinator_v5(buf: memoryview, pos: int) -> tuple[Coordinator, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Key was null')
    else:
        end = check_length(buf, pos, n)
        v_key = str(buf[pos:end], 'utf-8')
        pos = end
    v_node_id, = _S1.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, v_error_code = _S2.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return Coordinator(key=v_key, node_id=v_node_id, host=v_host, port=v_port, error_code=v_error_code, error_message=v_error_message, unknown_tags=unknown), pos


def _write_Coordinator_v5(o: Coordinator, out: bytearray, chunks: list[Any]) -> None:
    v = o.key
    if v is None:
        raise ValueError('non-nullable field Key is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S2.pack(o.port, o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
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


def _read_FindCoordinatorResponse_v6(buf: memoryview, pos: int) -> tuple[FindCoordinatorResponse, int]:
    v_throttle_time_ms, = _S1.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Coordinators was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_coordinators = []
        for _ in range(n):
            item, pos = _read_Coordinator_v6(buf, pos)
            v_coordinators.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FindCoordinatorResponse(throttle_time_ms=v_throttle_time_ms, coordinators=v_coordinators, unknown_tags=unknown), pos


def _write_FindCoordinatorResponse_v6(o: FindCoordinatorResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.coordinators
    if items is None:
        raise ValueError('non-nullable field Coordinators is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_Coordinator_v6(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_Coordinator_v6(buf: memoryview, pos: int) -> tuple[Coordinator, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Key was null')
    else:
        end = check_length(buf, pos, n)
        v_key = str(buf[pos:end], 'utf-8')
        pos = end
    v_node_id, = _S1.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, v_error_code = _S2.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return Coordinator(key=v_key, node_id=v_node_id, host=v_host, port=v_port, error_code=v_error_code, error_message=v_error_message, unknown_tags=unknown), pos


def _write_Coordinator_v6(o: Coordinator, out: bytearray, chunks: list[Any]) -> None:
    v = o.key
    if v is None:
        raise ValueError('non-nullable field Key is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S2.pack(o.port, o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
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


_READERS = {0: _read_FindCoordinatorResponse_v0, 1: _read_FindCoordinatorResponse_v1, 2: _read_FindCoordinatorResponse_v2, 3: _read_FindCoordinatorResponse_v3, 4: _read_FindCoordinatorResponse_v4, 5: _read_FindCoordinatorResponse_v5, 6: _read_FindCoordinatorResponse_v6}
_WRITERS = {0: _write_FindCoordinatorResponse_v0, 1: _write_FindCoordinatorResponse_v1, 2: _write_FindCoordinatorResponse_v2, 3: _write_FindCoordinatorResponse_v3, 4: _write_FindCoordinatorResponse_v4, 5: _write_FindCoordinatorResponse_v5, 6: _write_FindCoordinatorResponse_v6}
MIN_VERSION = 0
MAX_VERSION = 6
FLEXIBLE_MIN = 3


def read(buf: memoryview, pos: int, version: int) -> tuple[FindCoordinatorResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('FindCoordinatorResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode FindCoordinatorResponse v%d: %s' % (version, exc)) from None


def write(obj: FindCoordinatorResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('FindCoordinatorResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
