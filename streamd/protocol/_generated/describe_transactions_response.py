# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeTransactionsResponse (response, api key 65): versions 0, flexible 0+."""

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
    "DescribeTransactionsResponse",
    "TransactionState",
    "TopicData",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 0
FLEXIBLE_MIN = 0  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>iqqh')
_S0u = _S0.unpack_from
_S0p = _S0.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeTransactionsResponse:
    """DescribeTransactionsResponse, all versions (0; flexible 0+)."""

    #: versions 0+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 0+. The current state of the transaction.
    transaction_states: list[TransactionState] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        transaction_states: list[TransactionState] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.transaction_states = [] if transaction_states is FACTORY else transaction_states
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'transaction_states={self.transaction_states!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.transaction_states, self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.transaction_states, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class TransactionState:
    """TransactionState (DescribeTransactionsResponse)."""

    #: versions 0+. The error code.
    error_code: int = 0
    #: versions 0+. The transactional id.
    transactional_id: str = ''
    #: versions 0+. The current transaction state of the producer.
    transaction_state: str = ''
    #: versions 0+. The timeout in milliseconds for the transaction.
    transaction_timeout_ms: int = 0
    #: versions 0+. The start time of the transaction in milliseconds.
    transaction_start_time_ms: int = 0
    #: versions 0+. The current producer id associated with the transaction.
    producer_id: int = 0
    #: versions 0+. The current epoch associated with the producer id.
    producer_epoch: int = 0
    #: versions 0+. The set of partitions included in the current transaction (if active). When a
    #: transaction is preparing to commit or abort, this will include only partitions which do not have
    #: markers.
    topics: list[TopicData] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        error_code: int = 0,
        transactional_id: str = '',
        transaction_state: str = '',
        transaction_timeout_ms: int = 0,
        transaction_start_time_ms: int = 0,
        producer_id: int = 0,
        producer_epoch: int = 0,
        topics: list[TopicData] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.error_code = error_code
        self.transactional_id = transactional_id
        self.transaction_state = transaction_state
        self.transaction_timeout_ms = transaction_timeout_ms
        self.transaction_start_time_ms = transaction_start_time_ms
        self.producer_id = producer_id
        self.producer_epoch = producer_epoch
        self.topics = [] if topics is FACTORY else topics
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(error_code={self.error_code!r}, '
                f'transactional_id={self.transactional_id!r}, '
                f'transaction_state={self.transaction_state!r}, '
                f'transaction_timeout_ms={self.transaction_timeout_ms!r}, '
                f'transaction_start_time_ms={self.transaction_start_time_ms!r}, '
                f'producer_id={self.producer_id!r}, producer_epoch={self.producer_epoch!r}, '
                f'topics={self.topics!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.error_code, self.transactional_id, self.transaction_state, self.transaction_timeout_ms,
                self.transaction_start_time_ms, self.producer_id, self.producer_epoch, self.topics,
                self.unknown_tags,
            ) == (
                other.error_code, other.transactional_id, other.transaction_state,
                other.transaction_timeout_ms, other.transaction_start_time_ms, other.producer_id,
                other.producer_epoch, other.topics, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class TopicData:
    """TopicData (DescribeTransactionsResponse)."""

    #: versions 0+. The topic name.
    topic: str = ''
    #: versions 0+. The partition ids included in the current transaction.
    partitions: list[int] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        topic: str = '',
        partitions: list[int] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.topic = topic
        self.partitions = [] if partitions is FACTORY else partitions
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(topic={self.topic!r}, partitions={self.partitions!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.topic, self.partitions, self.unknown_tags,
            ) == (
                other.topic, other.partitions, other.unknown_tags,
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
        raise DecodeError('TransactionStates is null')
    elif c0 > blen - pos:
        raise DecodeError('TransactionStates count exceeds the remaining bytes')
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
                raise DecodeError('TransactionalId is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('TransactionalId runs past the end of the buffer')
                v1_transactional_id = data[pos:e1].decode()
                pos = e1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('TransactionState is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('TransactionState runs past the end of the buffer')
                v1_transaction_state = data[pos:e1].decode()
                pos = e1
            v1_transaction_timeout_ms, v1_transaction_start_time_ms, v1_producer_id, v1_producer_epoch = _S0u(
                data, pos
            )
            pos += 22
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
                        raise DecodeError('Topic is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Topic runs past the end of the buffer')
                        v2_topic = data[pos:e2].decode()
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
                    a1.append(TopicData(v2_topic, v2_partitions, u2))
                v1_topics = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(TransactionState(
                v1_error_code, v1_transactional_id, v1_transaction_state, v1_transaction_timeout_ms,
                v1_transaction_start_time_ms, v1_producer_id, v1_producer_epoch, v1_topics, u1
            ))
        v0_transaction_states = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeTransactionsResponse(v0_throttle_time_ms, v0_transaction_states, u0), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.transaction_states
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.transactional_id
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        s1 = o1.transaction_state
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _S0p(
            o1.transaction_timeout_ms, o1.transaction_start_time_ms, o1.producer_id, o1.producer_epoch
        )
        a1 = o1.topics
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            s2 = o2.topic
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
}
_WRITERS = {
    0: _write_v0,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeTransactionsResponse, int]:
    """Decode one DescribeTransactionsResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'DescribeTransactionsResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'DescribeTransactionsResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'DescribeTransactionsResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: DescribeTransactionsResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'DescribeTransactionsResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode DescribeTransactionsResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
