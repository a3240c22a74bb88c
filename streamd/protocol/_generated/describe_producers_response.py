# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeProducersResponse (response, api key 61): versions 0, flexible 0+."""

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
    "DescribeProducersResponse",
    "TopicResponse",
    "PartitionResponse",
    "ProducerState",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 0
FLEXIBLE_MIN = 0  # 1000 when no version is flexible

_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>ih')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>qiiqiq')
_S1u = _S1.unpack_from
_S1p = _S1.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeProducersResponse:
    """DescribeProducersResponse, all versions (0; flexible 0+)."""

    #: versions 0+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 0+. Each topic in the response.
    topics: list[TopicResponse] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        topics: list[TopicResponse] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.topics = [] if topics is FACTORY else topics
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'topics={self.topics!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.topics, self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.topics, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class TopicResponse:
    """TopicResponse (DescribeProducersResponse)."""

    #: versions 0+. The topic name.
    name: str = ''
    #: versions 0+. Each partition in the response.
    partitions: list[PartitionResponse] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        partitions: list[PartitionResponse] = FACTORY,
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
class PartitionResponse:
    """PartitionResponse (DescribeProducersResponse)."""

    #: versions 0+. The partition index.
    partition_index: int = 0
    #: versions 0+. The partition error code, or 0 if there was no error.
    error_code: int = 0
    #: versions 0+; nullable 0+. The partition error message, which may be null if no additional details
    #: are available.
    error_message: str | None = None
    #: versions 0+. The active producers for the partition.
    active_producers: list[ProducerState] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        partition_index: int = 0,
        error_code: int = 0,
        error_message: str | None = None,
        active_producers: list[ProducerState] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.partition_index = partition_index
        self.error_code = error_code
        self.error_message = error_message
        self.active_producers = [] if active_producers is FACTORY else active_producers
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(partition_index={self.partition_index!r}, '
                f'error_code={self.error_code!r}, error_message={self.error_message!r}, '
                f'active_producers={self.active_producers!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.partition_index, self.error_code, self.error_message, self.active_producers,
                self.unknown_tags,
            ) == (
                other.partition_index, other.error_code, other.error_message, other.active_producers,
                other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class ProducerState:
    """ProducerState (DescribeProducersResponse)."""

    #: versions 0+. The producer id.
    producer_id: int = 0
    #: versions 0+. The producer epoch.
    producer_epoch: int = 0
    #: versions 0+. The last sequence number sent by the producer.
    last_sequence: int = -1
    #: versions 0+. The last timestamp sent by the producer.
    last_timestamp: int = -1
    #: versions 0+. The current epoch of the producer group.
    coordinator_epoch: int = 0
    #: versions 0+. The current transaction start offset of the producer.
    current_txn_start_offset: int = -1
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        producer_id: int = 0,
        producer_epoch: int = 0,
        last_sequence: int = -1,
        last_timestamp: int = -1,
        coordinator_epoch: int = 0,
        current_txn_start_offset: int = -1,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.producer_id = producer_id
        self.producer_epoch = producer_epoch
        self.last_sequence = last_sequence
        self.last_timestamp = last_timestamp
        self.coordinator_epoch = coordinator_epoch
        self.current_txn_start_offset = current_txn_start_offset
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(producer_id={self.producer_id!r}, '
                f'producer_epoch={self.producer_epoch!r}, last_sequence={self.last_sequence!r}, '
                f'last_timestamp={self.last_timestamp!r}, '
                f'coordinator_epoch={self.coordinator_epoch!r}, '
                f'current_txn_start_offset={self.current_txn_start_offset!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.producer_id, self.producer_epoch, self.last_sequence, self.last_timestamp,
                self.coordinator_epoch, self.current_txn_start_offset, self.unknown_tags,
            ) == (
                other.producer_id, other.producer_epoch, other.last_sequence, other.last_timestamp,
                other.coordinator_epoch, other.current_txn_start_offset, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
                    v2_partition_index, v2_error_code = _S0u(data, pos)
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
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('ActiveProducers is null')
                    elif c2 > blen - pos:
                        raise DecodeError('ActiveProducers count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            v3_producer_id, v3_producer_epoch, v3_last_sequence, v3_last_timestamp, v3_coordinator_epoch, v3_current_txn_start_offset = _S1u(
                                data, pos
                            )
                            pos += 36
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(ProducerState(
                                v3_producer_id, v3_producer_epoch, v3_last_sequence, v3_last_timestamp,
                                v3_coordinator_epoch, v3_current_txn_start_offset, u3
                            ))
                        v2_active_producers = a2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(PartitionResponse(
                        v2_partition_index, v2_error_code, v2_error_message, v2_active_producers, u2
                    ))
                v1_partitions = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(TopicResponse(v1_name, v1_partitions, u1))
        v0_topics = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeProducersResponse(v0_throttle_time_ms, v0_topics, u0), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
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
            out += _S0p(o2.partition_index, o2.error_code)
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
            a2 = o2.active_producers
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            for o3 in a2:
                out += _S1p(
                    o3.producer_id, o3.producer_epoch, o3.last_sequence, o3.last_timestamp,
                    o3.coordinator_epoch, o3.current_txn_start_offset
                )
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


_READERS = {
    0: _read_v0,
}
_WRITERS = {
    0: _write_v0,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeProducersResponse, int]:
    """Decode one DescribeProducersResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'DescribeProducersResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'DescribeProducersResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'DescribeProducersResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: DescribeProducersResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'DescribeProducersResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode DescribeProducersResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
