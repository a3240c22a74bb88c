# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeLogDirsResponse (response, api key 35): versions 1-5, flexible 2+."""

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
    "DescribeLogDirsResponse",
    "DescribeLogDirsResult",
    "DescribeLogDirsTopic",
    "DescribeLogDirsPartition",
    "read",
    "write",
]

MIN_VERSION = 1
MAX_VERSION = 5
FLEXIBLE_MIN = 2  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>iqq?')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>ih')
_S1u = _S1.unpack_from
_S1p = _S1.pack
_S2 = struct.Struct('>qq')
_S2u = _S2.unpack_from
_S2p = _S2.pack
_S3 = struct.Struct('>qq?')
_S3u = _S3.unpack_from
_S3p = _S3.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeLogDirsResponse:
    """DescribeLogDirsResponse, all versions (1-5; flexible 2+)."""

    #: versions 0+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 3+. The error code, or 0 if there was no error.
    error_code: int = 0
    #: versions 0+. The log directories.
    results: list[DescribeLogDirsResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        error_code: int = 0,
        results: list[DescribeLogDirsResult] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.error_code = error_code
        self.results = [] if results is FACTORY else results
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'error_code={self.error_code!r}, results={self.results!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.error_code, self.results, self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.error_code, other.results, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeLogDirsResult:
    """DescribeLogDirsResult (DescribeLogDirsResponse)."""

    #: versions 0+. The error code, or 0 if there was no error.
    error_code: int = 0
    #: versions 0+. The absolute log directory path.
    log_dir: str = ''
    #: versions 0+. The topics.
    topics: list[DescribeLogDirsTopic] = field(default_factory=list)
    #: versions 4+. The total size in bytes of the volume the log directory is in. This value does not
    #: include the size of data stored in remote storage.
    total_bytes: int = -1
    #: versions 4+. The usable size in bytes of the volume the log directory is in. This value does not
    #: include the size of data stored in remote storage.
    usable_bytes: int = -1
    #: versions 5+. True if this log directory is cordoned.
    is_cordoned: bool = False
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        error_code: int = 0,
        log_dir: str = '',
        topics: list[DescribeLogDirsTopic] = FACTORY,
        total_bytes: int = -1,
        usable_bytes: int = -1,
        is_cordoned: bool = False,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.error_code = error_code
        self.log_dir = log_dir
        self.topics = [] if topics is FACTORY else topics
        self.total_bytes = total_bytes
        self.usable_bytes = usable_bytes
        self.is_cordoned = is_cordoned
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(error_code={self.error_code!r}, '
                f'log_dir={self.log_dir!r}, topics={self.topics!r}, total_bytes={self.total_bytes!r}, '
                f'usable_bytes={self.usable_bytes!r}, is_cordoned={self.is_cordoned!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.error_code, self.log_dir, self.topics, self.total_bytes, self.usable_bytes,
                self.is_cordoned, self.unknown_tags,
            ) == (
                other.error_code, other.log_dir, other.topics, other.total_bytes, other.usable_bytes,
                other.is_cordoned, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeLogDirsTopic:
    """DescribeLogDirsTopic (DescribeLogDirsResponse)."""

    #: versions 0+. The topic name.
    name: str = ''
    #: versions 0+. The partitions.
    partitions: list[DescribeLogDirsPartition] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        partitions: list[DescribeLogDirsPartition] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.partitions = [] if partitions is FACTORY else partitions
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, partitions={self.partitions!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.partitions, self.unknown_tags,
            ) == (
                other.name, other.partitions, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeLogDirsPartition:
    """DescribeLogDirsPartition (DescribeLogDirsResponse)."""

    #: versions 0+. The partition index.
    partition_index: int = 0
    #: versions 0+. The size of the log segments in this partition in bytes.
    partition_size: int = 0
    #: versions 0+. The lag of the log's LEO w.r.t. partition's HW (if it is the current log for the
    #: partition) or current replica's LEO (if it is the future log for the partition).
    offset_lag: int = 0
    #: versions 0+. True if this log is created by AlterReplicaLogDirsRequest and will replace the current
    #: log of the replica in the future.
    is_future_key: bool = False
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        partition_index: int = 0,
        partition_size: int = 0,
        offset_lag: int = 0,
        is_future_key: bool = False,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.partition_index = partition_index
        self.partition_size = partition_size
        self.offset_lag = offset_lag
        self.is_future_key = is_future_key
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(partition_index={self.partition_index!r}, '
                f'partition_size={self.partition_size!r}, offset_lag={self.offset_lag!r}, '
                f'is_future_key={self.is_future_key!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.partition_index, self.partition_size, self.offset_lag, self.is_future_key,
                self.unknown_tags,
            ) == (
                other.partition_index, other.partition_size, other.offset_lag, other.is_future_key,
                other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Results is null')
    elif c0 > blen - pos:
        raise DecodeError('Results count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('LogDir is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('LogDir runs past the end of the buffer')
                v1_log_dir = data[pos:e1].decode()
                pos = e1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('Topics is null')
            elif c1 > blen - pos:
                raise DecodeError('Topics count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        raise DecodeError('Name is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Name runs past the end of the buffer')
                        v2_name = data[pos:e2].decode()
                        pos = e2
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('Partitions is null')
                    elif c2 > blen - pos:
                        raise DecodeError('Partitions count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            v3_partition_index, v3_partition_size, v3_offset_lag, v3_is_future_key = _S0u(
                                data, pos
                            )
                            pos += 21
                            a2.append(DescribeLogDirsPartition(
                                v3_partition_index, v3_partition_size, v3_offset_lag, v3_is_future_key
                            ))
                        v2_partitions = a2
                    a1.append(DescribeLogDirsTopic(v2_name, v2_partitions))
                v1_topics = a1
            a0.append(DescribeLogDirsResult(v1_error_code, v1_log_dir, v1_topics))
        v0_results = a0
    return DescribeLogDirsResponse(v0_throttle_time_ms, 0, v0_results), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.results
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.log_dir
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.topics
        out += _I32p(len(a1))
        for o2 in a1:
            s2 = o2.name
            r2 = s2.encode()
            out += _I16p(len(r2))
            out += r2
            a2 = o2.partitions
            out += _I32p(len(a2))
            for o3 in a2:
                out += _S0p(o3.partition_index, o3.partition_size, o3.offset_lag, o3.is_future_key)
    return out


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Results is null')
    elif c0 > blen - pos:
        raise DecodeError('Results count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('LogDir is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('LogDir runs past the end of the buffer')
                v1_log_dir = data[pos:e1].decode()
                pos = e1
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('Topics is null')
            elif c1 > blen - pos:
                raise DecodeError('Topics count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('Name is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Name runs past the end of the buffer')
                        v2_name = data[pos:e2].decode()
                        pos = e2
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('Partitions is null')
                    elif c2 > blen - pos:
                        raise DecodeError('Partitions count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            v3_partition_index, v3_partition_size, v3_offset_lag, v3_is_future_key = _S0u(
                                data, pos
                            )
                            pos += 21
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(DescribeLogDirsPartition(
                                v3_partition_index, v3_partition_size, v3_offset_lag, v3_is_future_key, u3
                            ))
                        v2_partitions = a2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(DescribeLogDirsTopic(v2_name, v2_partitions, u2))
                v1_topics = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(DescribeLogDirsResult(v1_error_code, v1_log_dir, v1_topics, -1, -1, False, u1))
        v0_results = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeLogDirsResponse(v0_throttle_time_ms, 0, v0_results, u0), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.results
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.log_dir
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        a1 = o1.topics
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            s2 = o2.name
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            a2 = o2.partitions
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            for o3 in a2:
                out += _S0p(o3.partition_index, o3.partition_size, o3.offset_lag, o3.is_future_key)
                if o3.unknown_tags:
                    write_tags(out, [], o3.unknown_tags)
                else:
                    out.append(0)
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


def _read_v3(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code = _S1u(data, pos)
    pos += 6
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Results is null')
    elif c0 > blen - pos:
        raise DecodeError('Results count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('LogDir is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('LogDir runs past the end of the buffer')
                v1_log_dir = data[pos:e1].decode()
                pos = e1
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('Topics is null')
            elif c1 > blen - pos:
                raise DecodeError('Topics count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('Name is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Name runs past the end of the buffer')
                        v2_name = data[pos:e2].decode()
                        pos = e2
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('Partitions is null')
                    elif c2 > blen - pos:
                        raise DecodeError('Partitions count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            v3_partition_index, v3_partition_size, v3_offset_lag, v3_is_future_key = _S0u(
                                data, pos
                            )
                            pos += 21
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(DescribeLogDirsPartition(
                                v3_partition_index, v3_partition_size, v3_offset_lag, v3_is_future_key, u3
                            ))
                        v2_partitions = a2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(DescribeLogDirsTopic(v2_name, v2_partitions, u2))
                v1_topics = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(DescribeLogDirsResult(v1_error_code, v1_log_dir, v1_topics, -1, -1, False, u1))
        v0_results = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeLogDirsResponse(v0_throttle_time_ms, v0_error_code, v0_results, u0), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S1p(o0.throttle_time_ms, o0.error_code)
    a0 = o0.results
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.log_dir
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        a1 = o1.topics
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            s2 = o2.name
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            a2 = o2.partitions
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            for o3 in a2:
                out += _S0p(o3.partition_index, o3.partition_size, o3.offset_lag, o3.is_future_key)
                if o3.unknown_tags:
                    write_tags(out, [], o3.unknown_tags)
                else:
                    out.append(0)
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


def _read_v4(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code = _S1u(data, pos)
    pos += 6
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Results is null')
    elif c0 > blen - pos:
        raise DecodeError('Results count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('LogDir is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('LogDir runs past the end of the buffer')
                v1_log_dir = data[pos:e1].decode()
                pos = e1
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('Topics is null')
            elif c1 > blen - pos:
                raise DecodeError('Topics count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('Name is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Name runs past the end of the buffer')
                        v2_name = data[pos:e2].decode()
                        pos = e2
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('Partitions is null')
                    elif c2 > blen - pos:
                        raise DecodeError('Partitions count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            v3_partition_index, v3_partition_size, v3_offset_lag, v3_is_future_key = _S0u(
                                data, pos
                            )
                            pos += 21
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(DescribeLogDirsPartition(
                                v3_partition_index, v3_partition_size, v3_offset_lag, v3_is_future_key, u3
                            ))
                        v2_partitions = a2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(DescribeLogDirsTopic(v2_name, v2_partitions, u2))
                v1_topics = a1
            v1_total_bytes, v1_usable_bytes = _S2u(data, pos)
            pos += 16
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(DescribeLogDirsResult(
                v1_error_code, v1_log_dir, v1_topics, v1_total_bytes, v1_usable_bytes, False, u1
            ))
        v0_results = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeLogDirsResponse(v0_throttle_time_ms, v0_error_code, v0_results, u0), pos


def _write_v4(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S1p(o0.throttle_time_ms, o0.error_code)
    a0 = o0.results
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.log_dir
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        a1 = o1.topics
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            s2 = o2.name
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            a2 = o2.partitions
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            for o3 in a2:
                out += _S0p(o3.partition_index, o3.partition_size, o3.offset_lag, o3.is_future_key)
                if o3.unknown_tags:
                    write_tags(out, [], o3.unknown_tags)
                else:
                    out.append(0)
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        out += _S2p(o1.total_bytes, o1.usable_bytes)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v5(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code = _S1u(data, pos)
    pos += 6
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Results is null')
    elif c0 > blen - pos:
        raise DecodeError('Results count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('LogDir is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('LogDir runs past the end of the buffer')
                v1_log_dir = data[pos:e1].decode()
                pos = e1
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('Topics is null')
            elif c1 > blen - pos:
                raise DecodeError('Topics count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('Name is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Name runs past the end of the buffer')
                        v2_name = data[pos:e2].decode()
                        pos = e2
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('Partitions is null')
                    elif c2 > blen - pos:
                        raise DecodeError('Partitions count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            v3_partition_index, v3_partition_size, v3_offset_lag, v3_is_future_key = _S0u(
                                data, pos
                            )
                            pos += 21
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(DescribeLogDirsPartition(
                                v3_partition_index, v3_partition_size, v3_offset_lag, v3_is_future_key, u3
                            ))
                        v2_partitions = a2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(DescribeLogDirsTopic(v2_name, v2_partitions, u2))
                v1_topics = a1
            v1_total_bytes, v1_usable_bytes, v1_is_cordoned = _S3u(data, pos)
            pos += 17
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(DescribeLogDirsResult(
                v1_error_code, v1_log_dir, v1_topics, v1_total_bytes, v1_usable_bytes, v1_is_cordoned, u1
            ))
        v0_results = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeLogDirsResponse(v0_throttle_time_ms, v0_error_code, v0_results, u0), pos


def _write_v5(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S1p(o0.throttle_time_ms, o0.error_code)
    a0 = o0.results
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.log_dir
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        a1 = o1.topics
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            s2 = o2.name
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            a2 = o2.partitions
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            for o3 in a2:
                out += _S0p(o3.partition_index, o3.partition_size, o3.offset_lag, o3.is_future_key)
                if o3.unknown_tags:
                    write_tags(out, [], o3.unknown_tags)
                else:
                    out.append(0)
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        out += _S3p(o1.total_bytes, o1.usable_bytes, o1.is_cordoned)
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
    1: _read_v1,
    2: _read_v2,
    3: _read_v3,
    4: _read_v4,
    5: _read_v5,
}
_WRITERS = {
    1: _write_v1,
    2: _write_v2,
    3: _write_v3,
    4: _write_v4,
    5: _write_v5,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeLogDirsResponse, int]:
    """Decode one DescribeLogDirsResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 1-5, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'DescribeLogDirsResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'DescribeLogDirsResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'DescribeLogDirsResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: DescribeLogDirsResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'DescribeLogDirsResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode DescribeLogDirsResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
