# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ListTransactionsResponse (response, api key 66): versions 0-2, flexible 0+."""

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
    "ListTransactionsResponse",
    "TransactionState",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 0  # 1000 when no version is flexible

_S0 = struct.Struct('>ih')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>q')
_S1u = _S1.unpack_from
_S1p = _S1.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class ListTransactionsResponse:
    """ListTransactionsResponse, all versions (0-2; flexible 0+)."""

    #: versions 0+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 0+. The error code, or 0 if there was no error.
    error_code: int = 0
    #: versions 0+. Set of state filters provided in the request which were unknown to the transaction
    #: coordinator.
    unknown_state_filters: list[str] = field(default_factory=list)
    #: versions 0+. The current state of the transaction for the transactional id.
    transaction_states: list[TransactionState] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        error_code: int = 0,
        unknown_state_filters: list[str] = FACTORY,
        transaction_states: list[TransactionState] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.error_code = error_code
        self.unknown_state_filters = [] if unknown_state_filters is FACTORY else unknown_state_filters
        self.transaction_states = [] if transaction_states is FACTORY else transaction_states
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'error_code={self.error_code!r}, '
                f'unknown_state_filters={self.unknown_state_filters!r}, '
                f'transaction_states={self.transaction_states!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.error_code, self.unknown_state_filters, self.transaction_states,
                self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.error_code, other.unknown_state_filters,
                other.transaction_states, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class TransactionState:
    """TransactionState (ListTransactionsResponse)."""

    #: versions 0+. The transactional id.
    transactional_id: str = ''
    #: versions 0+. The producer id.
    producer_id: int = 0
    #: versions 0+. The current transaction state of the producer.
    transaction_state: str = ''
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        transactional_id: str = '',
        producer_id: int = 0,
        transaction_state: str = '',
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.transactional_id = transactional_id
        self.producer_id = producer_id
        self.transaction_state = transaction_state
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(transactional_id={self.transactional_id!r}, '
                f'producer_id={self.producer_id!r}, transaction_state={self.transaction_state!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.transactional_id, self.producer_id, self.transaction_state, self.unknown_tags,
            ) == (
                other.transactional_id, other.producer_id, other.transaction_state, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
        raise DecodeError('UnknownStateFilters is null')
    elif c0 > blen - pos:
        raise DecodeError('UnknownStateFilters count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            n0 = data[pos]
            if n0 < 128:
                pos += 1
            else:
                n0, pos = read_uvarint(data, pos)
            n0 -= 1
            if n0 < 0:
                raise DecodeError('UnknownStateFilters is null')
            else:
                e0 = pos + n0
                if e0 > blen:
                    raise DecodeError('UnknownStateFilters runs past the end of the buffer')
                x0 = data[pos:e0].decode()
                pos = e0
            a0.append(x0)
        v0_unknown_state_filters = a0
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
            (v1_producer_id,) = _S1u(data, pos)
            pos += 8
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
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(TransactionState(v1_transactional_id, v1_producer_id, v1_transaction_state, u1))
        v0_transaction_states = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ListTransactionsResponse(
        v0_throttle_time_ms, v0_error_code, v0_unknown_state_filters, v0_transaction_states, u0
    ), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.throttle_time_ms, o0.error_code)
    a0 = o0.unknown_state_filters
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for x0 in a0:
        s0 = x0
        r0 = s0.encode()
        n0 = len(r0) + 1
        if n0 < 128:
            out.append(n0)
        else:
            write_uvarint(out, n0)
        out += r0
    a0 = o0.transaction_states
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
        out += _S1p(o1.producer_id)
        s1 = o1.transaction_state
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
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    0: _read_v0,
    1: _read_v0,
    2: _read_v0,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v0,
    2: _write_v0,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[ListTransactionsResponse, int]:
    """Decode one ListTransactionsResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-2, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'ListTransactionsResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'ListTransactionsResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'ListTransactionsResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: ListTransactionsResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'ListTransactionsResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode ListTransactionsResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
