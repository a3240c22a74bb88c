# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""WriteTxnMarkersRequest (request, api key 27): versions 1-2, flexible 1+."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any

from streamd.protocol.primitives import (
    INT32_ARRAYS as _INT32_ARRAYS,
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
    "WriteTxnMarkersRequest",
    "WritableTxnMarker",
    "WritableTxnMarkerTopic",
    "read",
    "write",
]

MIN_VERSION = 1
MAX_VERSION = 2
FLEXIBLE_MIN = 1  # 1000 when no version is flexible

_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>qh?')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>ib')
_S1u = _S1.unpack_from
_S1p = _S1.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class WriteTxnMarkersRequest:
    """WriteTxnMarkersRequest, all versions (1-2; flexible 1+)."""

    #: versions 0+. The transaction markers to be written.
    markers: list[WritableTxnMarker] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        markers: list[WritableTxnMarker] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.markers = [] if markers is FACTORY else markers
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(markers={self.markers!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.markers, self.unknown_tags,
            ) == (
                other.markers, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class WritableTxnMarker:
    """WritableTxnMarker (WriteTxnMarkersRequest)."""

    #: versions 0+. The current producer ID.
    producer_id: int = 0
    #: versions 0+. The current epoch associated with the producer ID.
    producer_epoch: int = 0
    #: versions 0+. The result of the transaction to write to the partitions (false = ABORT, true =
    #: COMMIT).
    transaction_result: bool = False
    #: versions 0+. Each topic that we want to write transaction marker(s) for.
    topics: list[WritableTxnMarkerTopic] = field(default_factory=list)
    #: versions 0+. Epoch associated with the transaction state partition hosted by this transaction
    #: coordinator.
    coordinator_epoch: int = 0
    #: versions 2+. Transaction version of the marker. Ex: 0/1 = legacy (TV0/TV1), 2 = TV2 etc.
    transaction_version: int = 0
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        producer_id: int = 0,
        producer_epoch: int = 0,
        transaction_result: bool = False,
        topics: list[WritableTxnMarkerTopic] = FACTORY,
        coordinator_epoch: int = 0,
        transaction_version: int = 0,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.producer_id = producer_id
        self.producer_epoch = producer_epoch
        self.transaction_result = transaction_result
        self.topics = [] if topics is FACTORY else topics
        self.coordinator_epoch = coordinator_epoch
        self.transaction_version = transaction_version
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(producer_id={self.producer_id!r}, '
                f'producer_epoch={self.producer_epoch!r}, '
                f'transaction_result={self.transaction_result!r}, topics={self.topics!r}, '
                f'coordinator_epoch={self.coordinator_epoch!r}, '
                f'transaction_version={self.transaction_version!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.producer_id, self.producer_epoch, self.transaction_result, self.topics,
                self.coordinator_epoch, self.transaction_version, self.unknown_tags,
            ) == (
                other.producer_id, other.producer_epoch, other.transaction_result, other.topics,
                other.coordinator_epoch, other.transaction_version, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class WritableTxnMarkerTopic:
    """WritableTxnMarkerTopic (WriteTxnMarkersRequest)."""

    #: versions 0+. The topic name.
    name: str = ''
    #: versions 0+. The indexes of the partitions to write transaction markers for.
    partition_indexes: list[int] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        partition_indexes: list[int] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.partition_indexes = [] if partition_indexes is FACTORY else partition_indexes
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, '
                f'partition_indexes={self.partition_indexes!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.partition_indexes, self.unknown_tags,
            ) == (
                other.name, other.partition_indexes, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Markers is null')
    elif c0 > blen - pos:
        raise DecodeError('Markers count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            v1_producer_id, v1_producer_epoch, v1_transaction_result = _S0u(data, pos)
            pos += 11
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
                        raise DecodeError('PartitionIndexes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('PartitionIndexes count exceeds the remaining bytes')
                    else:
                        v2_partition_indexes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(WritableTxnMarkerTopic(v2_name, v2_partition_indexes, u2))
                v1_topics = a1
            (v1_coordinator_epoch,) = _I32u(data, pos)
            pos += 4
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(WritableTxnMarker(
                v1_producer_id, v1_producer_epoch, v1_transaction_result, v1_topics, v1_coordinator_epoch,
                0, u1
            ))
        v0_markers = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return WriteTxnMarkersRequest(v0_markers, u0), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.markers
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _S0p(o1.producer_id, o1.producer_epoch, o1.transaction_result)
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
            a2 = o2.partition_indexes
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        out += _I32p(o1.coordinator_epoch)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Markers is null')
    elif c0 > blen - pos:
        raise DecodeError('Markers count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            v1_producer_id, v1_producer_epoch, v1_transaction_result = _S0u(data, pos)
            pos += 11
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
                        raise DecodeError('PartitionIndexes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('PartitionIndexes count exceeds the remaining bytes')
                    else:
                        v2_partition_indexes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(WritableTxnMarkerTopic(v2_name, v2_partition_indexes, u2))
                v1_topics = a1
            v1_coordinator_epoch, v1_transaction_version = _S1u(data, pos)
            pos += 5
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(WritableTxnMarker(
                v1_producer_id, v1_producer_epoch, v1_transaction_result, v1_topics, v1_coordinator_epoch,
                v1_transaction_version, u1
            ))
        v0_markers = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return WriteTxnMarkersRequest(v0_markers, u0), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.markers
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _S0p(o1.producer_id, o1.producer_epoch, o1.transaction_result)
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
            a2 = o2.partition_indexes
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        out += _S1p(o1.coordinator_epoch, o1.transaction_version)
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
}
_WRITERS = {
    1: _write_v1,
    2: _write_v2,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[WriteTxnMarkersRequest, int]:
    """Decode one WriteTxnMarkersRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 1-2, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'WriteTxnMarkersRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'WriteTxnMarkersRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'WriteTxnMarkersRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: WriteTxnMarkersRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'WriteTxnMarkersRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode WriteTxnMarkersRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
