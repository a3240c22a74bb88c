# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ProduceRequest (request, api key 0): versions 3-13, flexible 9+.

``records`` values decode as zero-copy memoryview slices of the input; on write each
is appended to the chunk list as it is (bytes, memoryview or any object with __len__).
"""

from __future__ import annotations

import struct
import uuid
from dataclasses import dataclass, field
from typing import Any

from streamd.protocol.primitives import (
    FACTORY,
    UUIDS,
    ZERO_UUID,
    DecodeError,
    EncodeError,
    UnsupportedVersionError,
    as_views,
    read_unknown_tags,
    read_uuid,
    read_uvarint,
    write_tags,
    write_uvarint,
)

__all__ = [
    "ProduceRequest",
    "TopicProduceData",
    "PartitionProduceData",
    "read",
    "write",
]

MIN_VERSION = 3
MAX_VERSION = 13
FLEXIBLE_MIN = 9  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>hi')
_S0u = _S0.unpack_from
_S0p = _S0.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class ProduceRequest:
    """ProduceRequest, all versions (3-13; flexible 9+)."""

    #: versions 3+; nullable 3+. The transactional ID, or null if the producer is not transactional.
    transactional_id: str | None = None
    #: versions 0+. The number of acknowledgments the producer requires the leader to have received before
    #: considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and
    #: -1 for the full ISR.
    acks: int = 0
    #: versions 0+. The timeout to await a response in milliseconds.
    timeout_ms: int = 0
    #: versions 0+. Each topic to produce to.
    topic_data: list[TopicProduceData] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        transactional_id: str | None = None,
        acks: int = 0,
        timeout_ms: int = 0,
        topic_data: list[TopicProduceData] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.transactional_id = transactional_id
        self.acks = acks
        self.timeout_ms = timeout_ms
        self.topic_data = [] if topic_data is FACTORY else topic_data
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(transactional_id={self.transactional_id!r}, '
                f'acks={self.acks!r}, timeout_ms={self.timeout_ms!r}, topic_data={self.topic_data!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.transactional_id, self.acks, self.timeout_ms, self.topic_data, self.unknown_tags,
            ) == (
                other.transactional_id, other.acks, other.timeout_ms, other.topic_data, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class TopicProduceData:
    """TopicProduceData (ProduceRequest)."""

    #: versions 0-12. The topic name.
    name: str = ''
    #: versions 13+. The unique topic ID
    topic_id: uuid.UUID = ZERO_UUID
    #: versions 0+. Each partition to produce to.
    partition_data: list[PartitionProduceData] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        topic_id: uuid.UUID = ZERO_UUID,
        partition_data: list[PartitionProduceData] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.topic_id = topic_id
        self.partition_data = [] if partition_data is FACTORY else partition_data
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, topic_id={self.topic_id!r}, '
                f'partition_data={self.partition_data!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.topic_id, self.partition_data, self.unknown_tags,
            ) == (
                other.name, other.topic_id, other.partition_data, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class PartitionProduceData:
    """PartitionProduceData (ProduceRequest)."""

    #: versions 0+. The partition index.
    index: int = 0
    #: versions 0+; nullable 0+. The record data to be produced.
    records: Any = None
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        index: int = 0,
        records: Any = None,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.index = index
        self.records = records
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(index={self.index!r}, records={self.records!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.index, self.records, self.unknown_tags,
            ) == (
                other.index, other.records, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v3(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        v0_transactional_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('TransactionalId runs past the end of the buffer')
        v0_transactional_id = str(data[pos:e0], 'utf-8')
        pos = e0
    v0_acks, v0_timeout_ms = _S0u(data, pos)
    pos += 6
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('TopicData is null')
    elif c0 > blen - pos:
        raise DecodeError('TopicData count exceeds the remaining bytes')
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
                v1_name = str(data[pos:e1], 'utf-8')
                pos = e1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('PartitionData is null')
            elif c1 > blen - pos:
                raise DecodeError('PartitionData count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    (v2_index,) = _I32u(data, pos)
                    pos += 4
                    (n2,) = _I32u(data, pos)
                    pos += 4
                    if n2 < 0:
                        v2_records = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Records runs past the end of the buffer')
                        v2_records = buf[pos:e2]
                        pos = e2
                    a1.append(PartitionProduceData(v2_index, v2_records))
                v1_partition_data = a1
            a0.append(TopicProduceData(v1_name, ZERO_UUID, v1_partition_data))
        v0_topic_data = a0
    return ProduceRequest(v0_transactional_id, v0_acks, v0_timeout_ms, v0_topic_data), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.transactional_id
    if s0 is None:
        out += b'\xff\xff'
    else:
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    out += _S0p(o0.acks, o0.timeout_ms)
    a0 = o0.topic_data
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partition_data
        out += _I32p(len(a1))
        for o2 in a1:
            out += _I32p(o2.index)
            s2 = o2.records
            if s2 is None:
                out += b'\xff\xff\xff\xff'
            else:
                r2 = len(s2)
                out += _I32p(r2)
                if r2:
                    chunks.append(out)
                    chunks.append(s2)
                    out = bytearray()
    return out


def _read_v9(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_transactional_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('TransactionalId runs past the end of the buffer')
        v0_transactional_id = str(data[pos:e0], 'utf-8')
        pos = e0
    v0_acks, v0_timeout_ms = _S0u(data, pos)
    pos += 6
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('TopicData is null')
    elif c0 > blen - pos:
        raise DecodeError('TopicData count exceeds the remaining bytes')
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
                v1_name = str(data[pos:e1], 'utf-8')
                pos = e1
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('PartitionData is null')
            elif c1 > blen - pos:
                raise DecodeError('PartitionData count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    (v2_index,) = _I32u(data, pos)
                    pos += 4
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_records = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Records runs past the end of the buffer')
                        v2_records = buf[pos:e2]
                        pos = e2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(PartitionProduceData(v2_index, v2_records, u2))
                v1_partition_data = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(TopicProduceData(v1_name, ZERO_UUID, v1_partition_data, u1))
        v0_topic_data = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ProduceRequest(v0_transactional_id, v0_acks, v0_timeout_ms, v0_topic_data, u0), pos


def _write_v9(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.transactional_id
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
    out += _S0p(o0.acks, o0.timeout_ms)
    a0 = o0.topic_data
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
        a1 = o1.partition_data
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            out += _I32p(o2.index)
            s2 = o2.records
            if s2 is None:
                out += b'\x00'
            else:
                r2 = len(s2)
                n2 = r2 + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                if r2:
                    chunks.append(out)
                    chunks.append(s2)
                    out = bytearray()
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


def _read_v13(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_transactional_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('TransactionalId runs past the end of the buffer')
        v0_transactional_id = str(data[pos:e0], 'utf-8')
        pos = e0
    v0_acks, v0_timeout_ms = _S0u(data, pos)
    pos += 6
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('TopicData is null')
    elif c0 > blen - pos:
        raise DecodeError('TopicData count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            r1 = bytes(data[pos:pos + 16])
            v1_topic_id = UUIDS.get(r1) or read_uuid(r1)
            pos += 16
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('PartitionData is null')
            elif c1 > blen - pos:
                raise DecodeError('PartitionData count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    (v2_index,) = _I32u(data, pos)
                    pos += 4
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_records = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Records runs past the end of the buffer')
                        v2_records = buf[pos:e2]
                        pos = e2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(PartitionProduceData(v2_index, v2_records, u2))
                v1_partition_data = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(TopicProduceData('', v1_topic_id, v1_partition_data, u1))
        v0_topic_data = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ProduceRequest(v0_transactional_id, v0_acks, v0_timeout_ms, v0_topic_data, u0), pos


def _write_v13(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.transactional_id
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
    out += _S0p(o0.acks, o0.timeout_ms)
    a0 = o0.topic_data
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += o1.topic_id.bytes
        a1 = o1.partition_data
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            out += _I32p(o2.index)
            s2 = o2.records
            if s2 is None:
                out += b'\x00'
            else:
                r2 = len(s2)
                n2 = r2 + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                if r2:
                    chunks.append(out)
                    chunks.append(s2)
                    out = bytearray()
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
    3: _read_v3,
    4: _read_v3,
    5: _read_v3,
    6: _read_v3,
    7: _read_v3,
    8: _read_v3,
    9: _read_v9,
    10: _read_v9,
    11: _read_v9,
    12: _read_v9,
    13: _read_v13,
}
_WRITERS = {
    3: _write_v3,
    4: _write_v3,
    5: _write_v3,
    6: _write_v3,
    7: _write_v3,
    8: _write_v3,
    9: _write_v9,
    10: _write_v9,
    11: _write_v9,
    12: _write_v9,
    13: _write_v13,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[ProduceRequest, int]:
    """Decode one ProduceRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 3-13, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'ProduceRequest has no version {version!r}')
    data, view = as_views(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'ProduceRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'ProduceRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: ProduceRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'ProduceRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode ProduceRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
