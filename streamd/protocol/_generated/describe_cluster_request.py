# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeClusterRequest (request, api key 60): versions 0-2, flexible 0+."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Any

from streamd.protocol.primitives import (
    DecodeError,
    EncodeError,
    UnsupportedVersionError,
    as_bytes,
    read_unknown_tags,
    write_tags,
)

__all__ = [
    "DescribeClusterRequest",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 0  # 1000 when no version is flexible

_S0 = struct.Struct('>?')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>?b')
_S1u = _S1.unpack_from
_S1p = _S1.pack
_S2 = struct.Struct('>?b?')
_S2u = _S2.unpack_from
_S2p = _S2.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeClusterRequest:
    """DescribeClusterRequest, all versions (0-2; flexible 0+)."""

    #: versions 0+. Whether to include cluster authorized operations.
    include_cluster_authorized_operations: bool = False
    #: versions 1+. The endpoint type to describe. 1=brokers, 2=controllers.
    endpoint_type: int = 1
    #: versions 2+. Whether to include fenced brokers when listing brokers.
    include_fenced_brokers: bool = False
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        include_cluster_authorized_operations: bool = False,
        endpoint_type: int = 1,
        include_fenced_brokers: bool = False,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.include_cluster_authorized_operations = include_cluster_authorized_operations
        self.endpoint_type = endpoint_type
        self.include_fenced_brokers = include_fenced_brokers
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}('
                f'include_cluster_authorized_operations={self.include_cluster_authorized_operations!r}, '
                f'endpoint_type={self.endpoint_type!r}, '
                f'include_fenced_brokers={self.include_fenced_brokers!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.include_cluster_authorized_operations, self.endpoint_type, self.include_fenced_brokers,
                self.unknown_tags,
            ) == (
                other.include_cluster_authorized_operations, other.endpoint_type,
                other.include_fenced_brokers, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_include_cluster_authorized_operations,) = _S0u(data, pos)
    pos += 1
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeClusterRequest(v0_include_cluster_authorized_operations, 1, False, u0), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.include_cluster_authorized_operations)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_include_cluster_authorized_operations, v0_endpoint_type = _S1u(data, pos)
    pos += 2
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeClusterRequest(
        v0_include_cluster_authorized_operations, v0_endpoint_type, False, u0
    ), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S1p(o0.include_cluster_authorized_operations, o0.endpoint_type)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_include_cluster_authorized_operations, v0_endpoint_type, v0_include_fenced_brokers = _S2u(data, pos)
    pos += 3
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeClusterRequest(
        v0_include_cluster_authorized_operations, v0_endpoint_type, v0_include_fenced_brokers, u0
    ), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S2p(o0.include_cluster_authorized_operations, o0.endpoint_type, o0.include_fenced_brokers)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    0: _read_v0,
    1: _read_v1,
    2: _read_v2,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v1,
    2: _write_v2,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeClusterRequest, int]:
    """Decode one DescribeClusterRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-2, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'DescribeClusterRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'DescribeClusterRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'DescribeClusterRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: DescribeClusterRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'DescribeClusterRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode DescribeClusterRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
