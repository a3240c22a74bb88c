# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ElectLeadersResponse (response, api key 43): versions 0-2, flexible 2+."""

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
    "ElectLeadersResponse",
    "ReplicaElectionResult",
    "PartitionResult",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 2  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>ih')
_S0u = _S0.unpack_from
_S0p = _S0.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class ElectLeadersResponse:
    """ElectLeadersResponse, all versions (0-2; flexible 2+)."""

    #: versions 0+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 1+. The top level response error code.
    error_code: int = 0
    #: versions 0+. The election results, or an empty array if the requester did not have permission and
    #: the request asks for all partitions.
    replica_election_results: list[ReplicaElectionResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        error_code: int = 0,
        replica_election_results: list[ReplicaElectionResult] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.error_code = error_code
        self.replica_election_results = [] if replica_election_results is FACTORY else replica_election_results
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'error_code={self.error_code!r}, '
                f'replica_election_results={self.replica_election_results!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.error_code, self.replica_election_results, self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.error_code, other.replica_election_results,
                other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class ReplicaElectionResult:
    """ReplicaElectionResult (ElectLeadersResponse)."""

    #: versions 0+. The topic name.
    topic: str = ''
    #: versions 0+. The results for each partition.
    partition_result: list[PartitionResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        topic: str = '',
        partition_result: list[PartitionResult] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.topic = topic
        self.partition_result = [] if partition_result is FACTORY else partition_result
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(topic={self.topic!r}, '
                f'partition_result={self.partition_result!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.topic, self.partition_result, self.unknown_tags,
            ) == (
                other.topic, other.partition_result, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class PartitionResult:
    """PartitionResult (ElectLeadersResponse)."""

    #: versions 0+. The partition id.
    partition_id: int = 0
    #: versions 0+. The result error, or zero if there was no error.
    error_code: int = 0
    #: versions 0+; nullable 0+. The result message, or null if there was no error.
    error_message: str | None = ''
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        partition_id: int = 0,
        error_code: int = 0,
        error_message: str | None = '',
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.partition_id = partition_id
        self.error_code = error_code
        self.error_message = error_message
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(partition_id={self.partition_id!r}, '
                f'error_code={self.error_code!r}, error_message={self.error_message!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.partition_id, self.error_code, self.error_message, self.unknown_tags,
            ) == (
                other.partition_id, other.error_code, other.error_message, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('ReplicaElectionResults is null')
    elif c0 > blen - pos:
        raise DecodeError('ReplicaElectionResults count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Topic is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Topic runs past the end of the buffer')
                v1_topic = data[pos:e1].decode()
                pos = e1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('PartitionResult is null')
            elif c1 > blen - pos:
                raise DecodeError('PartitionResult count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_partition_id, v2_error_code = _S0u(data, pos)
                    pos += 6
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        v2_error_message = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ErrorMessage runs past the end of the buffer')
                        v2_error_message = data[pos:e2].decode()
                        pos = e2
                    a1.append(PartitionResult(v2_partition_id, v2_error_code, v2_error_message))
                v1_partition_result = a1
            a0.append(ReplicaElectionResult(v1_topic, v1_partition_result))
        v0_replica_election_results = a0
    return ElectLeadersResponse(v0_throttle_time_ms, 0, v0_replica_election_results), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.replica_election_results
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.topic
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partition_result
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S0p(o2.partition_id, o2.error_code)
            s2 = o2.error_message
            if s2 is None:
                out += b'\xff\xff'
            else:
                r2 = s2.encode()
                out += _I16p(len(r2))
                out += r2
    return out


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code = _S0u(data, pos)
    pos += 6
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('ReplicaElectionResults is null')
    elif c0 > blen - pos:
        raise DecodeError('ReplicaElectionResults count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Topic is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Topic runs past the end of the buffer')
                v1_topic = data[pos:e1].decode()
                pos = e1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('PartitionResult is null')
            elif c1 > blen - pos:
                raise DecodeError('PartitionResult count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_partition_id, v2_error_code = _S0u(data, pos)
                    pos += 6
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        v2_error_message = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ErrorMessage runs past the end of the buffer')
                        v2_error_message = data[pos:e2].decode()
                        pos = e2
                    a1.append(PartitionResult(v2_partition_id, v2_error_code, v2_error_message))
                v1_partition_result = a1
            a0.append(ReplicaElectionResult(v1_topic, v1_partition_result))
        v0_replica_election_results = a0
    return ElectLeadersResponse(v0_throttle_time_ms, v0_error_code, v0_replica_election_results), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.throttle_time_ms, o0.error_code)
    a0 = o0.replica_election_results
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.topic
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partition_result
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S0p(o2.partition_id, o2.error_code)
            s2 = o2.error_message
            if s2 is None:
                out += b'\xff\xff'
            else:
                r2 = s2.encode()
                out += _I16p(len(r2))
                out += r2
    return out


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code = _S0u(data, pos)
    pos += 6
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('ReplicaElectionResults is null')
    elif c0 > blen - pos:
        raise DecodeError('ReplicaElectionResults count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('Topic is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Topic runs past the end of the buffer')
                v1_topic = data[pos:e1].decode()
                pos = e1
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('PartitionResult is null')
            elif c1 > blen - pos:
                raise DecodeError('PartitionResult count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_partition_id, v2_error_code = _S0u(data, pos)
                    pos += 6
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_error_message = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ErrorMessage runs past the end of the buffer')
                        v2_error_message = data[pos:e2].decode()
                        pos = e2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(PartitionResult(v2_partition_id, v2_error_code, v2_error_message, u2))
                v1_partition_result = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(ReplicaElectionResult(v1_topic, v1_partition_result, u1))
        v0_replica_election_results = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ElectLeadersResponse(v0_throttle_time_ms, v0_error_code, v0_replica_election_results, u0), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.throttle_time_ms, o0.error_code)
    a0 = o0.replica_election_results
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.topic
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        a1 = o1.partition_result
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            out += _S0p(o2.partition_id, o2.error_code)
            s2 = o2.error_message
            if s2 is None:
                out += b'\x00'
            else:
                r2 = s2.encode()
                n2 = len(r2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                out += r2
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
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


def read(buf: memoryview, pos: int, version: int) -> tuple[ElectLeadersResponse, int]:
    """Decode one ElectLeadersResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-2, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'ElectLeadersResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'ElectLeadersResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'ElectLeadersResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: ElectLeadersResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'ElectLeadersResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode ElectLeadersResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
