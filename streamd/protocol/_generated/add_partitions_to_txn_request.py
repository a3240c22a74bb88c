# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""AddPartitionsToTxnRequest (request, api key 24): versions 0-5, flexible 3+."""

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
    "AddPartitionsToTxnRequest",
    "AddPartitionsToTxnTransaction",
    "AddPartitionsToTxnTopic",
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
_S0 = struct.Struct('>qh')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>qh?')
_S1u = _S1.unpack_from
_S1p = _S1.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class AddPartitionsToTxnRequest:
    """AddPartitionsToTxnRequest, all versions (0-5; flexible 3+)."""

    #: versions 4+. List of transactions to add partitions to.
    transactions: list[AddPartitionsToTxnTransaction] = field(default_factory=list)
    #: versions 0-3. The transactional id corresponding to the transaction.
    v3_and_below_transactional_id: str = ''
    #: versions 0-3. Current producer id in use by the transactional id.
    v3_and_below_producer_id: int = 0
    #: versions 0-3. Current epoch associated with the producer id.
    v3_and_below_producer_epoch: int = 0
    #: versions 0-3. The partitions to add to the transaction.
    v3_and_below_topics: list[AddPartitionsToTxnTopic] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        transactions: list[AddPartitionsToTxnTransaction] = FACTORY,
        v3_and_below_transactional_id: str = '',
        v3_and_below_producer_id: int = 0,
        v3_and_below_producer_epoch: int = 0,
        v3_and_below_topics: list[AddPartitionsToTxnTopic] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.transactions = [] if transactions is FACTORY else transactions
        self.v3_and_below_transactional_id = v3_and_below_transactional_id
        self.v3_and_below_producer_id = v3_and_below_producer_id
        self.v3_and_below_producer_epoch = v3_and_below_producer_epoch
        self.v3_and_below_topics = [] if v3_and_below_topics is FACTORY else v3_and_below_topics
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(transactions={self.transactions!r}, '
                f'v3_and_below_transactional_id={self.v3_and_below_transactional_id!r}, '
                f'v3_and_below_producer_id={self.v3_and_below_producer_id!r}, '
                f'v3_and_below_producer_epoch={self.v3_and_below_producer_epoch!r}, '
                f'v3_and_below_topics={self.v3_and_below_topics!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.transactions, self.v3_and_below_transactional_id, self.v3_and_below_producer_id,
                self.v3_and_below_producer_epoch, self.v3_and_below_topics, self.unknown_tags,
            ) == (
                other.transactions, other.v3_and_below_transactional_id, other.v3_and_below_producer_id,
                other.v3_and_below_producer_epoch, other.v3_and_below_topics, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class AddPartitionsToTxnTransaction:
    """AddPartitionsToTxnTransaction (AddPartitionsToTxnRequest)."""

    #: versions 4+. The transactional id corresponding to the transaction.
    transactional_id: str = ''
    #: versions 4+. Current producer id in use by the transactional id.
    producer_id: int = 0
    #: versions 4+. Current epoch associated with the producer id.
    producer_epoch: int = 0
    #: versions 4+. Boolean to signify if we want to check if the partition is in the transaction rather
    #: than add it.
    verify_only: bool = False
    #: versions 4+. The partitions to add to the transaction.
    topics: list[AddPartitionsToTxnTopic] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        transactional_id: str = '',
        producer_id: int = 0,
        producer_epoch: int = 0,
        verify_only: bool = False,
        topics: list[AddPartitionsToTxnTopic] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.transactional_id = transactional_id
        self.producer_id = producer_id
        self.producer_epoch = producer_epoch
        self.verify_only = verify_only
        self.topics = [] if topics is FACTORY else topics
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(transactional_id={self.transactional_id!r}, '
                f'producer_id={self.producer_id!r}, producer_epoch={self.producer_epoch!r}, '
                f'verify_only={self.verify_only!r}, topics={self.topics!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.transactional_id, self.producer_id, self.producer_epoch, self.verify_only, self.topics,
                self.unknown_tags,
            ) == (
                other.transactional_id, other.producer_id, other.producer_epoch, other.verify_only,
                other.topics, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class AddPartitionsToTxnTopic:
    """AddPartitionsToTxnTopic (AddPartitionsToTxnRequest)."""

    #: versions 0+. The name of the topic.
    name: str = ''
    #: versions 0+. The partition indexes to add to the transaction.
    partitions: list[int] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        partitions: list[int] = FACTORY,
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


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('V3AndBelowTransactionalId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('V3AndBelowTransactionalId runs past the end of the buffer')
        v0_v3_and_below_transactional_id = data[pos:e0].decode()
        pos = e0
    v0_v3_and_below_producer_id, v0_v3_and_below_producer_epoch = _S0u(data, pos)
    pos += 10
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('V3AndBelowTopics is null')
    elif c0 > blen - pos:
        raise DecodeError('V3AndBelowTopics count exceeds the remaining bytes')
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
                v1_partitions = [*_INT32_ARRAYS[c1].unpack_from(data, pos)]
                pos += 4 * c1
            a0.append(AddPartitionsToTxnTopic(v1_name, v1_partitions))
        v0_v3_and_below_topics = a0
    return AddPartitionsToTxnRequest(
        [], v0_v3_and_below_transactional_id, v0_v3_and_below_producer_id, v0_v3_and_below_producer_epoch,
        v0_v3_and_below_topics
    ), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.v3_and_below_transactional_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    out += _S0p(o0.v3_and_below_producer_id, o0.v3_and_below_producer_epoch)
    a0 = o0.v3_and_below_topics
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partitions
        out += _I32p(len(a1))
        out += _INT32_ARRAYS[len(a1)].pack(*a1)
    return out


def _read_v3(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('V3AndBelowTransactionalId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('V3AndBelowTransactionalId runs past the end of the buffer')
        v0_v3_and_below_transactional_id = data[pos:e0].decode()
        pos = e0
    v0_v3_and_below_producer_id, v0_v3_and_below_producer_epoch = _S0u(data, pos)
    pos += 10
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('V3AndBelowTopics is null')
    elif c0 > blen - pos:
        raise DecodeError('V3AndBelowTopics count exceeds the remaining bytes')
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
                v1_partitions = [*_INT32_ARRAYS[c1].unpack_from(data, pos)]
                pos += 4 * c1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(AddPartitionsToTxnTopic(v1_name, v1_partitions, u1))
        v0_v3_and_below_topics = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return AddPartitionsToTxnRequest(
        [], v0_v3_and_below_transactional_id, v0_v3_and_below_producer_id, v0_v3_and_below_producer_epoch,
        v0_v3_and_below_topics, u0
    ), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.v3_and_below_transactional_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    out += _S0p(o0.v3_and_below_producer_id, o0.v3_and_below_producer_epoch)
    a0 = o0.v3_and_below_topics
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
        out += _INT32_ARRAYS[len(a1)].pack(*a1)
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
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Transactions is null')
    elif c0 > blen - pos:
        raise DecodeError('Transactions count exceeds the remaining bytes')
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
            v1_producer_id, v1_producer_epoch, v1_verify_only = _S1u(data, pos)
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
                        raise DecodeError('Partitions is null')
                    elif c2 > blen - pos:
                        raise DecodeError('Partitions count exceeds the remaining bytes')
                    else:
                        v2_partitions = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(AddPartitionsToTxnTopic(v2_name, v2_partitions, u2))
                v1_topics = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(AddPartitionsToTxnTransaction(
                v1_transactional_id, v1_producer_id, v1_producer_epoch, v1_verify_only, v1_topics, u1
            ))
        v0_transactions = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return AddPartitionsToTxnRequest(v0_transactions, '', 0, 0, [], u0), pos


def _write_v4(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.transactions
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
        out += _S1p(o1.producer_id, o1.producer_epoch, o1.verify_only)
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
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
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


def read(buf: memoryview, pos: int, version: int) -> tuple[AddPartitionsToTxnRequest, int]:
    """Decode one AddPartitionsToTxnRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-5, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'AddPartitionsToTxnRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'AddPartitionsToTxnRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'AddPartitionsToTxnRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: AddPartitionsToTxnRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'AddPartitionsToTxnRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode AddPartitionsToTxnRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
