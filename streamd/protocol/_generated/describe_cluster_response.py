# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeClusterResponse (response, api key 60), versions 0-2."""

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

__all__ = ['DescribeClusterBroker', 'DescribeClusterResponse', "read", "write"]

_S0 = struct.Struct('>ih')
_S1 = struct.Struct('>i')
_S2 = struct.Struct('>b')
_S3 = struct.Struct('>?')

@dataclass(slots=True)
class DescribeClusterBroker:
    broker_id: int = 0
    host: str = ''
    port: int = 0
    rack: str | None = None
    is_fenced: bool = False
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DescribeClusterResponse:
    throttle_time_ms: int = 0
    error_code: int = 0
    error_message: str | None = None
    endpoint_type: int = 1
    cluster_id: str = ''
    controller_id: int = -1
    brokers: list[DescribeClusterBroker] = field(default_factory=list)
    cluster_authorized_operations: int = -2147483648
    unknown_tags: dict[int, bytes] | None = None


def _read_DescribeClusterResponse_v0(buf: memoryview, pos: int) -> tuple[DescribeClusterResponse, int]:
    v_throttle_time_ms, v_error_code = _S0.unpack_from(buf, pos)
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
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ClusterId was null')
    else:
        end = check_length(buf, pos, n)
        v_cluster_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_controller_id, = _S1.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Brokers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_brokers = []
        for _ in range(n):
            item, pos = _read_DescribeClusterBroker_v0(buf, pos)
            v_brokers.append(item)
    v_cluster_authorized_operations, = _S1.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeClusterResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, error_message=v_error_message, cluster_id=v_cluster_id, controller_id=v_controller_id, brokers=v_brokers, cluster_authorized_operations=v_cluster_authorized_operations, unknown_tags=unknown), pos


def _write_DescribeClusterResponse_v0(o: DescribeClusterResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms, o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.cluster_id
    if v is None:
        raise ValueError('non-nullable field ClusterId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.controller_id)
    items = o.brokers
    if items is None:
        raise ValueError('non-nullable field Brokers is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DescribeClusterBroker_v0(item, out, chunks)
    out += _S1.pack(o.cluster_authorized_operations)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeClusterBroker_v0(buf: memoryview, pos: int) -> tuple[DescribeClusterBroker, int]:
    v_broker_id, = _S1.unpack_from(buf, pos)
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
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_rack = None
    else:
        end = check_length(buf, pos, n)
        v_rack = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeClusterBroker(broker_id=v_broker_id, host=v_host, port=v_port, rack=v_rack, unknown_tags=unknown), pos


def _write_DescribeClusterBroker_v0(o: DescribeClusterBroker, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.broker_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.port)
    v = o.rack
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


def _read_DescribeClusterResponse_v1(buf: memoryview, pos: int) -> tuple[DescribeClusterResponse, int]:
    v_throttle_time_ms, v_error_code = _S0.unpack_from(buf, pos)
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
    v_endpoint_type, = _S2.unpack_from(buf, pos)
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ClusterId was null')
    else:
        end = check_length(buf, pos, n)
        v_cluster_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_controller_id, = _S1.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Brokers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_brokers = []
        for _ in range(n):
            item, pos = _read_DescribeClusterBroker_v1(buf, pos)
            v_brokers.append(item)
    v_cluster_authorized_operations, = _S1.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeClusterResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, error_message=v_error_message, endpoint_type=v_endpoint_type, cluster_id=v_cluster_id, controller_id=v_controller_id, brokers=v_brokers, cluster_authorized_operations=v_cluster_authorized_operations, unknown_tags=unknown), pos


def _write_DescribeClusterResponse_v1(o: DescribeClusterResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms, o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S2.pack(o.endpoint_type)
    v = o.cluster_id
    if v is None:
        raise ValueError('non-nullable field ClusterId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.controller_id)
    items = o.brokers
    if items is None:
        raise ValueError('non-nullable field Brokers is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DescribeClusterBroker_v1(item, out, chunks)
    out += _S1.pack(o.cluster_authorized_operations)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeClusterBroker_v1(buf: memoryview, pos: int) -> tuple[DescribeClusterBroker, int]:
    v_broker_id, = _S1.unpack_from(buf, pos)
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
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_rack = None
    else:
        end = check_length(buf, pos, n)
        v_rack = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeClusterBroker(broker_id=v_broker_id, host=v_host, port=v_port, rack=v_rack, unknown_tags=unknown), pos


def _write_DescribeClusterBroker_v1(o: DescribeClusterBroker, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.broker_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.port)
    v = o.rack
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


def _read_DescribeClusterResponse_v2(buf: memoryview, pos: int) -> tuple[DescribeClusterResponse, int]:
    v_throttle_time_ms, v_error_code = _S0.unpack_from(buf, pos)
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
    v_endpoint_type, = _S2.unpack_from(buf, pos)
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ClusterId was null')
    else:
        end = check_length(buf, pos, n)
        v_cluster_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_controller_id, = _S1.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Brokers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_brokers = []
        for _ in range(n):
            item, pos = _read_DescribeClusterBroker_v2(buf, pos)
            v_brokers.append(item)
    v_cluster_authorized_operations, = _S1.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeClusterResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, error_message=v_error_message, endpoint_type=v_endpoint_type, cluster_id=v_cluster_id, controller_id=v_controller_id, brokers=v_brokers, cluster_authorized_operations=v_cluster_authorized_operations, unknown_tags=unknown), pos


def _write_DescribeClusterResponse_v2(o: DescribeClusterResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms, o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S2.pack(o.endpoint_type)
    v = o.cluster_id
    if v is None:
        raise ValueError('non-nullable field ClusterId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.controller_id)
    items = o.brokers
    if items is None:
        raise ValueError('non-nullable field Brokers is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DescribeClusterBroker_v2(item, out, chunks)
    out += _S1.pack(o.cluster_authorized_operations)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeClusterBroker_v2(buf: memoryview, pos: int) -> tuple[DescribeClusterBroker, int]:
    v_broker_id, = _S1.unpack_from(buf, pos)
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
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_rack = None
    else:
        end = check_length(buf, pos, n)
        v_rack = str(buf[pos:end], 'utf-8')
        pos = end
    v_is_fenced, = _S3.unpack_from(buf, pos)
    pos += 1
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeClusterBroker(broker_id=v_broker_id, host=v_host, port=v_port, rack=v_rack, is_fenced=v_is_fenced, unknown_tags=unknown), pos


def _write_DescribeClusterBroker_v2(o: DescribeClusterBroker, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.broker_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.port)
    v = o.rack
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S3.pack(o.is_fenced)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_DescribeClusterResponse_v0, 1: _read_DescribeClusterResponse_v1, 2: _read_DescribeClusterResponse_v2}
_WRITERS = {0: _write_DescribeClusterResponse_v0, 1: _write_DescribeClusterResponse_v1, 2: _write_DescribeClusterResponse_v2}
MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 0


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeClusterResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('DescribeClusterResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode DescribeClusterResponse v%d: %s' % (version, exc)) from None


def write(obj: DescribeClusterResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('DescribeClusterResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
