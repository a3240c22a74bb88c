# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""AddPartitionsToTxnResponse (response, api key 24): versions 0-5, flexible 3+."""

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
    "AddPartitionsToTxnResponse",
    "AddPartitionsToTxnResult",
    "AddPartitionsToTxnTopicResult",
    "AddPartitionsToTxnPartitionResult",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 5
FLEXIBLE_MIN = 3  # 1000 when no version is flexible

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
class AddPartitionsToTxnResponse:
    """AddPartitionsToTxnResponse, all versions (0-5; flexible 3+)."""

    #: versions 0+. Duration in milliseconds for which the request was throttled due to a quota violation,
    #: or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 4+. The response top level error code.
    error_code: int = 0
    #: versions 4+. Results categorized by transactional ID.
    results_by_transaction: list[AddPartitionsToTxnResult] = field(default_factory=list)
    #: versions 0-3. The results for each topic.
    results_by_topic_v3_and_below: list[AddPartitionsToTxnTopicResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        error_code: int = 0,
        results_by_transaction: list[AddPartitionsToTxnResult] = FACTORY,
        results_by_topic_v3_and_below: list[AddPartitionsToTxnTopicResult] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.error_code = error_code
        self.results_by_transaction = [] if results_by_transaction is FACTORY else results_by_transaction
        self.results_by_topic_v3_and_below = [] if results_by_topic_v3_and_below is FACTORY else results_by_topic_v3_and_below
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'error_code={self.error_code!r}, '
                f'results_by_transaction={self.results_by_transaction!r}, '
                f'results_by_topic_v3_and_below={self.results_by_topic_v3_and_below!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.error_code, self.results_by_transaction,
                self.results_by_topic_v3_and_below, self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.error_code, other.results_by_transaction,
                other.results_by_topic_v3_and_below, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class AddPartitionsToTxnResult:
    """AddPartitionsToTxnResult (AddPartitionsToTxnResponse)."""

    #: versions 4+. The transactional id corresponding to the transaction.
    transactional_id: str = ''
    #: versions 4+. The results for each topic.
    topic_results: list[AddPartitionsToTxnTopicResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        transactional_id: str = '',
        topic_results: list[AddPartitionsToTxnTopicResult] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.transactional_id = transactional_id
        self.topic_results = [] if topic_results is FACTORY else topic_results
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(transactional_id={self.transactional_id!r}, '
                f'topic_results={self.topic_results!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.transactional_id, self.topic_results, self.unknown_tags,
            ) == (
                other.transactional_id, other.topic_results, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class AddPartitionsToTxnTopicResult:
    """AddPartitionsToTxnTopicResult (AddPartitionsToTxnResponse)."""

    #: versions 0+. The topic name.
    name: str = ''
    #: versions 0+. The results for each partition.
    results_by_partition: list[AddPartitionsToTxnPartitionResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        results_by_partition: list[AddPartitionsToTxnPartitionResult] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.results_by_partition = [] if results_by_partition is FACTORY else results_by_partition
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, '
                f'results_by_partition={self.results_by_partition!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.results_by_partition, self.unknown_tags,
            ) == (
                other.name, other.results_by_partition, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class AddPartitionsToTxnPartitionResult:
    """AddPartitionsToTxnPartitionResult (AddPartitionsToTxnResponse)."""

    #: versions 0+. The partition indexes.
    partition_index: int = 0
    #: versions 0+. The response error code.
    partition_error_code: int = 0
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        partition_index: int = 0,
        partition_error_code: int = 0,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.partition_index = partition_index
        self.partition_error_code = partition_error_code
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(partition_index={self.partition_index!r}, '
                f'partition_error_code={self.partition_error_code!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.partition_index, self.partition_error_code, self.unknown_tags,
            ) == (
                other.partition_index, other.partition_error_code, other.unknown_tags,
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
        raise DecodeError('ResultsByTopicV3AndBelow is null')
    elif c0 > blen - pos:
        raise DecodeError('ResultsByTopicV3AndBelow count exceeds the remaining bytes')
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
                raise DecodeError('ResultsByPartition is null')
            elif c1 > blen - pos:
                raise DecodeError('ResultsByPartition count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_partition_index, v2_partition_error_code = _S0u(data, pos)
                    pos += 6
                    a1.append(AddPartitionsToTxnPartitionResult(
                        v2_partition_index, v2_partition_error_code
                    ))
                v1_results_by_partition = a1
            a0.append(AddPartitionsToTxnTopicResult(v1_name, v1_results_by_partition))
        v0_results_by_topic_v3_and_below = a0
    return AddPartitionsToTxnResponse(v0_throttle_time_ms, 0, [], v0_results_by_topic_v3_and_below), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.results_by_topic_v3_and_below
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.results_by_partition
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S0p(o2.partition_index, o2.partition_error_code)
    return out


def _read_v3(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
        raise DecodeError('ResultsByTopicV3AndBelow is null')
    elif c0 > blen - pos:
        raise DecodeError('ResultsByTopicV3AndBelow count exceeds the remaining bytes')
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
                raise DecodeError('ResultsByPartition is null')
            elif c1 > blen - pos:
                raise DecodeError('ResultsByPartition count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_partition_index, v2_partition_error_code = _S0u(data, pos)
                    pos += 6
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(AddPartitionsToTxnPartitionResult(
                        v2_partition_index, v2_partition_error_code, u2
                    ))
                v1_results_by_partition = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(AddPartitionsToTxnTopicResult(v1_name, v1_results_by_partition, u1))
        v0_results_by_topic_v3_and_below = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return AddPartitionsToTxnResponse(v0_throttle_time_ms, 0, [], v0_results_by_topic_v3_and_below, u0), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.results_by_topic_v3_and_below
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
        a1 = o1.results_by_partition
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            out += _S0p(o2.partition_index, o2.partition_error_code)
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
    v0_throttle_time_ms, v0_error_code = _S0u(data, pos)
    pos += 6
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('ResultsByTransaction is null')
    elif c0 > blen - pos:
        raise DecodeError('ResultsByTransaction count exceeds the remaining bytes')
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
                raise DecodeError('TransactionalId is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('TransactionalId runs past the end of the buffer')
                v1_transactional_id = data[pos:e1].decode()
                pos = e1
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('TopicResults is null')
            elif c1 > blen - pos:
                raise DecodeError('TopicResults count exceeds the remaining bytes')
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
                        raise DecodeError('ResultsByPartition is null')
                    elif c2 > blen - pos:
                        raise DecodeError('ResultsByPartition count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            v3_partition_index, v3_partition_error_code = _S0u(data, pos)
                            pos += 6
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(AddPartitionsToTxnPartitionResult(
                                v3_partition_index, v3_partition_error_code, u3
                            ))
                        v2_results_by_partition = a2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(AddPartitionsToTxnTopicResult(v2_name, v2_results_by_partition, u2))
                v1_topic_results = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(AddPartitionsToTxnResult(v1_transactional_id, v1_topic_results, u1))
        v0_results_by_transaction = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return AddPartitionsToTxnResponse(
        v0_throttle_time_ms, v0_error_code, v0_results_by_transaction, [], u0
    ), pos


def _write_v4(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.throttle_time_ms, o0.error_code)
    a0 = o0.results_by_transaction
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.transactional_id
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        a1 = o1.topic_results
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
            a2 = o2.results_by_partition
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            for o3 in a2:
                out += _S0p(o3.partition_index, o3.partition_error_code)
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
    1: _read_v0,
    2: _read_v0,
    3: _read_v3,
    4: _read_v4,
    5: _read_v4,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v0,
    2: _write_v0,
    3: _write_v3,
    4: _write_v4,
    5: _write_v4,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[AddPartitionsToTxnResponse, int]:
    """Decode one AddPartitionsToTxnResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-5, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'AddPartitionsToTxnResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'AddPartitionsToTxnResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'AddPartitionsToTxnResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: AddPartitionsToTxnResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'AddPartitionsToTxnResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode AddPartitionsToTxnResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
