# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeClusterResponse (response, api key 60): versions 0-2, flexible 0+."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any

from streamd.protocol.primitives import (
    FACTORY,
    DecodeError,
    EncodeError,
    UnsupportedVersionError,
    as_bytes,
    read_unknown_tags,
    read_uvarint,
    write_tags,
    write_uvarint,
)

__all__ = [
    "DescribeClusterResponse",
    "DescribeClusterBroker",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 0  # 1000 when no version is flexible

_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>ih')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>b')
_S1u = _S1.unpack_from
_S1p = _S1.pack
_S2 = struct.Struct('>?')
_S2u = _S2.unpack_from
_S2p = _S2.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeClusterResponse:
    """DescribeClusterResponse, all versions (0-2; flexible 0+)."""

    #: versions 0+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 0+. The top-level error code, or 0 if there was no error.
    error_code: int = 0
    #: versions 0+; nullable 0+. The top-level error message, or null if there was no error.
    error_message: str | None = None
    #: versions 1+. The endpoint type that was described. 1=brokers, 2=controllers.
    endpoint_type: int = 1
    #: versions 0+. The cluster ID that responding broker belongs to.
    cluster_id: str = ''
    #: versions 0+. The ID of the controller. When handled by a controller, returns the current voter
    #: leader ID. When handled by a broker, returns a random alive broker ID as a fallback.
    controller_id: int = -1
    #: versions 0+. Each broker in the response.
    brokers: list[DescribeClusterBroker] = field(default_factory=list)
    #: versions 0+. 32-bit bitfield to represent authorized operations for this cluster.
    cluster_authorized_operations: int = -2147483648
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        error_code: int = 0,
        error_message: str | None = None,
        endpoint_type: int = 1,
        cluster_id: str = '',
        controller_id: int = -1,
        brokers: list[DescribeClusterBroker] = FACTORY,
        cluster_authorized_operations: int = -2147483648,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.error_code = error_code
        self.error_message = error_message
        self.endpoint_type = endpoint_type
        self.cluster_id = cluster_id
        self.controller_id = controller_id
        self.brokers = [] if brokers is FACTORY else brokers
        self.cluster_authorized_operations = cluster_authorized_operations
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'error_code={self.error_code!r}, error_message={self.error_message!r}, '
                f'endpoint_type={self.endpoint_type!r}, cluster_id={self.cluster_id!r}, '
                f'controller_id={self.controller_id!r}, brokers={self.brokers!r}, '
                f'cluster_authorized_operations={self.cluster_authorized_operations!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.error_code, self.error_message, self.endpoint_type,
                self.cluster_id, self.controller_id, self.brokers, self.cluster_authorized_operations,
                self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.error_code, other.error_message, other.endpoint_type,
                other.cluster_id, other.controller_id, other.brokers, other.cluster_authorized_operations,
                other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeClusterBroker:
    """DescribeClusterBroker (DescribeClusterResponse)."""

    #: versions 0+. The broker ID.
    broker_id: int = 0
    #: versions 0+. The broker hostname.
    host: str = ''
    #: versions 0+. The broker port.
    port: int = 0
    #: versions 0+; nullable 0+. The rack of the broker, or null if it has not been assigned to a rack.
    rack: str | None = None
    #: versions 2+. Whether the broker is fenced
    is_fenced: bool = False
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        broker_id: int = 0,
        host: str = '',
        port: int = 0,
        rack: str | None = None,
        is_fenced: bool = False,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.broker_id = broker_id
        self.host = host
        self.port = port
        self.rack = rack
        self.is_fenced = is_fenced
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(broker_id={self.broker_id!r}, host={self.host!r}, '
                f'port={self.port!r}, rack={self.rack!r}, is_fenced={self.is_fenced!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.broker_id, self.host, self.port, self.rack, self.is_fenced, self.unknown_tags,
            ) == (
                other.broker_id, other.host, other.port, other.rack, other.is_fenced, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code = _S0u(data, pos)
    pos += 6
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_error_message = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ErrorMessage runs past the end of the buffer')
        v0_error_message = data[pos:e0].decode()
        pos = e0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('ClusterId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ClusterId runs past the end of the buffer')
        v0_cluster_id = data[pos:e0].decode()
        pos = e0
    (v0_controller_id,) = _I32u(data, pos)
    pos += 4
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Brokers is null')
    elif c0 > blen - pos:
        raise DecodeError('Brokers count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_broker_id,) = _I32u(data, pos)
            pos += 4
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('Host is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Host runs past the end of the buffer')
                v1_host = data[pos:e1].decode()
                pos = e1
            (v1_port,) = _I32u(data, pos)
            pos += 4
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_rack = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Rack runs past the end of the buffer')
                v1_rack = data[pos:e1].decode()
                pos = e1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(DescribeClusterBroker(v1_broker_id, v1_host, v1_port, v1_rack, False, u1))
        v0_brokers = a0
    (v0_cluster_authorized_operations,) = _I32u(data, pos)
    pos += 4
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeClusterResponse(
        v0_throttle_time_ms, v0_error_code, v0_error_message, 1, v0_cluster_id, v0_controller_id,
        v0_brokers, v0_cluster_authorized_operations, u0
    ), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.throttle_time_ms, o0.error_code)
    s0 = o0.error_message
    if s0 is None:
        out += b'\x00'
    else:
        r0 = s0.encode()
        n0 = len(r0) + 1
        if n0 < 128:
            out.append(n0)
        else:
            write_uvarint(out, n0)
        out += r0
    s0 = o0.cluster_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    out += _I32p(o0.controller_id)
    a0 = o0.brokers
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I32p(o1.broker_id)
        s1 = o1.host
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _I32p(o1.port)
        s1 = o1.rack
        if s1 is None:
            out += b'\x00'
        else:
            r1 = s1.encode()
            n1 = len(r1) + 1
            if n1 < 128:
                out.append(n1)
            else:
                write_uvarint(out, n1)
            out += r1
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    out += _I32p(o0.cluster_authorized_operations)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code = _S0u(data, pos)
    pos += 6
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_error_message = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ErrorMessage runs past the end of the buffer')
        v0_error_message = data[pos:e0].decode()
        pos = e0
    (v0_endpoint_type,) = _S1u(data, pos)
    pos += 1
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('ClusterId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ClusterId runs past the end of the buffer')
        v0_cluster_id = data[pos:e0].decode()
        pos = e0
    (v0_controller_id,) = _I32u(data, pos)
    pos += 4
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Brokers is null')
    elif c0 > blen - pos:
        raise DecodeError('Brokers count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_broker_id,) = _I32u(data, pos)
            pos += 4
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('Host is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Host runs past the end of the buffer')
                v1_host = data[pos:e1].decode()
                pos = e1
            (v1_port,) = _I32u(data, pos)
            pos += 4
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_rack = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Rack runs past the end of the buffer')
                v1_rack = data[pos:e1].decode()
                pos = e1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(DescribeClusterBroker(v1_broker_id, v1_host, v1_port, v1_rack, False, u1))
        v0_brokers = a0
    (v0_cluster_authorized_operations,) = _I32u(data, pos)
    pos += 4
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeClusterResponse(
        v0_throttle_time_ms, v0_error_code, v0_error_message, v0_endpoint_type, v0_cluster_id,
        v0_controller_id, v0_brokers, v0_cluster_authorized_operations, u0
    ), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.throttle_time_ms, o0.error_code)
    s0 = o0.error_message
    if s0 is None:
        out += b'\x00'
    else:
        r0 = s0.encode()
        n0 = len(r0) + 1
        if n0 < 128:
            out.append(n0)
        else:
            write_uvarint(out, n0)
        out += r0
    out += _S1p(o0.endpoint_type)
    s0 = o0.cluster_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    out += _I32p(o0.controller_id)
    a0 = o0.brokers
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I32p(o1.broker_id)
        s1 = o1.host
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _I32p(o1.port)
        s1 = o1.rack
        if s1 is None:
            out += b'\x00'
        else:
            r1 = s1.encode()
            n1 = len(r1) + 1
            if n1 < 128:
                out.append(n1)
            else:
                write_uvarint(out, n1)
            out += r1
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    out += _I32p(o0.cluster_authorized_operations)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code = _S0u(data, pos)
    pos += 6
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_error_message = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ErrorMessage runs past the end of the buffer')
        v0_error_message = data[pos:e0].decode()
        pos = e0
    (v0_endpoint_type,) = _S1u(data, pos)
    pos += 1
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('ClusterId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ClusterId runs past the end of the buffer')
        v0_cluster_id = data[pos:e0].decode()
        pos = e0
    (v0_controller_id,) = _I32u(data, pos)
    pos += 4
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Brokers is null')
    elif c0 > blen - pos:
        raise DecodeError('Brokers count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_broker_id,) = _I32u(data, pos)
            pos += 4
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('Host is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Host runs past the end of the buffer')
                v1_host = data[pos:e1].decode()
                pos = e1
            (v1_port,) = _I32u(data, pos)
            pos += 4
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_rack = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Rack runs past the end of the buffer')
                v1_rack = data[pos:e1].decode()
                pos = e1
            (v1_is_fenced,) = _S2u(data, pos)
            pos += 1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(DescribeClusterBroker(v1_broker_id, v1_host, v1_port, v1_rack, v1_is_fenced, u1))
        v0_brokers = a0
    (v0_cluster_authorized_operations,) = _I32u(data, pos)
    pos += 4
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeClusterResponse(
        v0_throttle_time_ms, v0_error_code, v0_error_message, v0_endpoint_type, v0_cluster_id,
        v0_controller_id, v0_brokers, v0_cluster_authorized_operations, u0
    ), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.throttle_time_ms, o0.error_code)
    s0 = o0.error_message
    if s0 is None:
        out += b'\x00'
    else:
        r0 = s0.encode()
        n0 = len(r0) + 1
        if n0 < 128:
            out.append(n0)
        else:
            write_uvarint(out, n0)
        out += r0
    out += _S1p(o0.endpoint_type)
    s0 = o0.cluster_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    out += _I32p(o0.controller_id)
    a0 = o0.brokers
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I32p(o1.broker_id)
        s1 = o1.host
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _I32p(o1.port)
        s1 = o1.rack
        if s1 is None:
            out += b'\x00'
        else:
            r1 = s1.encode()
            n1 = len(r1) + 1
            if n1 < 128:
                out.append(n1)
            else:
                write_uvarint(out, n1)
            out += r1
        out += _S2p(o1.is_fenced)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    out += _I32p(o0.cluster_authorized_operations)
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


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeClusterResponse, int]:
    """Decode one DescribeClusterResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-2, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'DescribeClusterResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'DescribeClusterResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'DescribeClusterResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: DescribeClusterResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'DescribeClusterResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode DescribeClusterResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
