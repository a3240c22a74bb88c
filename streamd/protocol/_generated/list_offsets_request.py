# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ListOffsetsRequest (request, api key 2): versions 1-11, flexible 6+."""

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
    "ListOffsetsRequest",
    "ListOffsetsTopic",
    "ListOffsetsPartition",
    "read",
    "write",
]

MIN_VERSION = 1
MAX_VERSION = 11
FLEXIBLE_MIN = 6  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>iq')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>ib')
_S1u = _S1.unpack_from
_S1p = _S1.pack
_S2 = struct.Struct('>iiq')
_S2u = _S2.unpack_from
_S2p = _S2.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class ListOffsetsRequest:
    """ListOffsetsRequest, all versions (1-11; flexible 6+)."""

    #: versions 0+. The broker ID of the requester, or -1 if this request is being made by a normal
    #: consumer.
    replica_id: int = 0
    #: versions 2+. This setting controls the visibility of transactional records. Using READ_UNCOMMITTED
    #: (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-
    #: transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED
    #: returns all data from offsets smaller than the current LSO (last stable offset), and enables the
    #: inclusion of the list of aborted transactions in the result, which allows consumers to discard
    #: ABORTED transactional records.
    isolation_level: int = 0
    #: versions 0+. Each topic in the request.
    topics: list[ListOffsetsTopic] = field(default_factory=list)
    #: versions 10+. The timeout to await a response in milliseconds for requests that require reading from
    #: remote storage for topics enabled with tiered storage.
    timeout_ms: int = 0
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        replica_id: int = 0,
        isolation_level: int = 0,
        topics: list[ListOffsetsTopic] = FACTORY,
        timeout_ms: int = 0,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.replica_id = replica_id
        self.isolation_level = isolation_level
        self.topics = [] if topics is FACTORY else topics
        self.timeout_ms = timeout_ms
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(replica_id={self.replica_id!r}, '
                f'isolation_level={self.isolation_level!r}, topics={self.topics!r}, '
                f'timeout_ms={self.timeout_ms!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.replica_id, self.isolation_level, self.topics, self.timeout_ms, self.unknown_tags,
            ) == (
                other.replica_id, other.isolation_level, other.topics, other.timeout_ms, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class ListOffsetsTopic:
    """ListOffsetsTopic (ListOffsetsRequest)."""

    #: versions 0+. The topic name.
    name: str = ''
    #: versions 0+. Each partition in the request.
    partitions: list[ListOffsetsPartition] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        partitions: list[ListOffsetsPartition] = FACTORY,
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
class ListOffsetsPartition:
    """ListOffsetsPartition (ListOffsetsRequest)."""

    #: versions 0+. The partition index.
    partition_index: int = 0
    #: versions 4+. The current leader epoch.
    current_leader_epoch: int = -1
    #: versions 0+. The current timestamp.
    timestamp: int = 0
    #: versions 0. The maximum number of offsets to report.
    max_num_offsets: int = 1
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        partition_index: int = 0,
        current_leader_epoch: int = -1,
        timestamp: int = 0,
        max_num_offsets: int = 1,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.partition_index = partition_index
        self.current_leader_epoch = current_leader_epoch
        self.timestamp = timestamp
        self.max_num_offsets = max_num_offsets
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(partition_index={self.partition_index!r}, '
                f'current_leader_epoch={self.current_leader_epoch!r}, timestamp={self.timestamp!r}, '
                f'max_num_offsets={self.max_num_offsets!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.partition_index, self.current_leader_epoch, self.timestamp, self.max_num_offsets,
                self.unknown_tags,
            ) == (
                other.partition_index, other.current_leader_epoch, other.timestamp, other.max_num_offsets,
                other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_replica_id,) = _I32u(data, pos)
    pos += 4
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Topics is null')
    elif c0 > blen - pos:
        raise DecodeError('Topics count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Name is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Name runs past the end of the buffer')
                v1_name = data[pos:e1].decode()
                pos = e1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('Partitions is null')
            elif c1 > blen - pos:
                raise DecodeError('Partitions count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_partition_index, v2_timestamp = _S0u(data, pos)
                    pos += 12
                    a1.append(ListOffsetsPartition(v2_partition_index, -1, v2_timestamp))
                v1_partitions = a1
            a0.append(ListOffsetsTopic(v1_name, v1_partitions))
        v0_topics = a0
    return ListOffsetsRequest(v0_replica_id, 0, v0_topics), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.replica_id)
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S0p(o2.partition_index, o2.timestamp)
    return out


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_replica_id, v0_isolation_level = _S1u(data, pos)
    pos += 5
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Topics is null')
    elif c0 > blen - pos:
        raise DecodeError('Topics count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Name is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Name runs past the end of the buffer')
                v1_name = data[pos:e1].decode()
                pos = e1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('Partitions is null')
            elif c1 > blen - pos:
                raise DecodeError('Partitions count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_partition_index, v2_timestamp = _S0u(data, pos)
                    pos += 12
                    a1.append(ListOffsetsPartition(v2_partition_index, -1, v2_timestamp))
                v1_partitions = a1
            a0.append(ListOffsetsTopic(v1_name, v1_partitions))
        v0_topics = a0
    return ListOffsetsRequest(v0_replica_id, v0_isolation_level, v0_topics), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S1p(o0.replica_id, o0.isolation_level)
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S0p(o2.partition_index, o2.timestamp)
    return out


def _read_v4(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_replica_id, v0_isolation_level = _S1u(data, pos)
    pos += 5
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Topics is null')
    elif c0 > blen - pos:
        raise DecodeError('Topics count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Name is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Name runs past the end of the buffer')
                v1_name = data[pos:e1].decode()
                pos = e1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('Partitions is null')
            elif c1 > blen - pos:
                raise DecodeError('Partitions count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_partition_index, v2_current_leader_epoch, v2_timestamp = _S2u(data, pos)
                    pos += 16
                    a1.append(ListOffsetsPartition(
                        v2_partition_index, v2_current_leader_epoch, v2_timestamp
                    ))
                v1_partitions = a1
            a0.append(ListOffsetsTopic(v1_name, v1_partitions))
        v0_topics = a0
    return ListOffsetsRequest(v0_replica_id, v0_isolation_level, v0_topics), pos


def _write_v4(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S1p(o0.replica_id, o0.isolation_level)
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S2p(o2.partition_index, o2.current_leader_epoch, o2.timestamp)
    return out


def _read_v6(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_replica_id, v0_isolation_level = _S1u(data, pos)
    pos += 5
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Topics is null')
    elif c0 > blen - pos:
        raise DecodeError('Topics count exceeds the remaining bytes')
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
                raise DecodeError('Name is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Name runs past the end of the buffer')
                v1_name = data[pos:e1].decode()
                pos = e1
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('Partitions is null')
            elif c1 > blen - pos:
                raise DecodeError('Partitions count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_partition_index, v2_current_leader_epoch, v2_timestamp = _S2u(data, pos)
                    pos += 16
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(ListOffsetsPartition(
                        v2_partition_index, v2_current_leader_epoch, v2_timestamp, 1, u2
                    ))
                v1_partitions = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(ListOffsetsTopic(v1_name, v1_partitions, u1))
        v0_topics = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ListOffsetsRequest(v0_replica_id, v0_isolation_level, v0_topics, 0, u0), pos


def _write_v6(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S1p(o0.replica_id, o0.isolation_level)
    a0 = o0.topics
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        a1 = o1.partitions
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            out += _S2p(o2.partition_index, o2.current_leader_epoch, o2.timestamp)
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


def _read_v10(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_replica_id, v0_isolation_level = _S1u(data, pos)
    pos += 5
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Topics is null')
    elif c0 > blen - pos:
        raise DecodeError('Topics count exceeds the remaining bytes')
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
                raise DecodeError('Name is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Name runs past the end of the buffer')
                v1_name = data[pos:e1].decode()
                pos = e1
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('Partitions is null')
            elif c1 > blen - pos:
                raise DecodeError('Partitions count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_partition_index, v2_current_leader_epoch, v2_timestamp = _S2u(data, pos)
                    pos += 16
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(ListOffsetsPartition(
                        v2_partition_index, v2_current_leader_epoch, v2_timestamp, 1, u2
                    ))
                v1_partitions = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(ListOffsetsTopic(v1_name, v1_partitions, u1))
        v0_topics = a0
    (v0_timeout_ms,) = _I32u(data, pos)
    pos += 4
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ListOffsetsRequest(v0_replica_id, v0_isolation_level, v0_topics, v0_timeout_ms, u0), pos


def _write_v10(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S1p(o0.replica_id, o0.isolation_level)
    a0 = o0.topics
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        a1 = o1.partitions
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            out += _S2p(o2.partition_index, o2.current_leader_epoch, o2.timestamp)
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    out += _I32p(o0.timeout_ms)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    1: _read_v1,
    2: _read_v2,
    3: _read_v2,
    4: _read_v4,
    5: _read_v4,
    6: _read_v6,
    7: _read_v6,
    8: _read_v6,
    9: _read_v6,
    10: _read_v10,
    11: _read_v10,
}
_WRITERS = {
    1: _write_v1,
    2: _write_v2,
    3: _write_v2,
    4: _write_v4,
    5: _write_v4,
    6: _write_v6,
    7: _write_v6,
    8: _write_v6,
    9: _write_v6,
    10: _write_v10,
    11: _write_v10,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[ListOffsetsRequest, int]:
    """Decode one ListOffsetsRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 1-11, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'ListOffsetsRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'ListOffsetsRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'ListOffsetsRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: ListOffsetsRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'ListOffsetsRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode ListOffsetsRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
