# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeClusterRequest (request, api key 60), versions 0-2."""

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

__all__ = ['DescribeClusterRequest', "read", "write"]

_S0 = struct.Struct('>?')
_S1 = struct.Struct('>?b')
_S2 = struct.Struct('>?b?')

@dataclass(slots=True)
class DescribeClusterRequest:
    include_cluster_authorized_operations: bool = False
    endpoint_type: int = 1
    include_fenced_brokers: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _read_DescribeClusterRequest_v0(buf: memoryview, pos: int) -> tuple[DescribeClusterRequest, int]:
    v_include_cluster_authorized_operations, = _S0.unpack_from(buf, pos)
    pos += 1
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeClusterRequest(include_cluster_authorized_operations=v_include_cluster_authorized_operations, unknown_tags=unknown), pos


def _write_DescribeClusterRequest_v0(o: DescribeClusterRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.include_cluster_authorized_operations)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeClusterRequest_v1(buf: memoryview, pos: int) -> tuple[DescribeClusterRequest, int]:
    v_include_cluster_authorized_operations, v_endpoint_type = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeClusterRequest(include_cluster_authorized_operations=v_include_cluster_authorized_operations, endpoint_type=v_endpoint_type, unknown_tags=unknown), pos


def _write_DescribeClusterRequest_v1(o: DescribeClusterRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.include_cluster_authorized_operations, o.endpoint_type)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeClusterRequest_v2(buf: memoryview, pos: int) -> tuple[DescribeClusterRequest, int]:
    v_include_cluster_authorized_operations, v_endpoint_type, v_include_fenced_brokers = _S2.unpack_from(buf, pos)
    pos += 3
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeClusterRequest(include_cluster_authorized_operations=v_include_cluster_authorized_operations, endpoint_type=v_endpoint_type, include_fenced_brokers=v_include_fenced_brokers, unknown_tags=unknown), pos


def _write_DescribeClusterRequest_v2(o: DescribeClusterRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.include_cluster_authorized_operations, o.endpoint_type, o.include_fenced_brokers)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_DescribeClusterRequest_v0, 1: _read_DescribeClusterRequest_v1, 2: _read_DescribeClusterRequest_v2}
_WRITERS = {0: _write_DescribeClusterRequest_v0, 1: _write_DescribeClusterRequest_v1, 2: _write_DescribeClusterRequest_v2}
MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 0


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeClusterRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('DescribeClusterRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode DescribeClusterRequest v%d: %s' % (version, exc)) from None


def write(obj: DescribeClusterRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('DescribeClusterRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
