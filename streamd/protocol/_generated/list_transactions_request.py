# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ListTransactionsRequest (request, api key 66): versions 0-2, flexible 0+."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any

from streamd.protocol.primitives import (
    INT64_ARRAYS as _INT64_ARRAYS,
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
    "ListTransactionsRequest",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 0  # 1000 when no version is flexible

_S0 = struct.Struct('>q')
_S0u = _S0.unpack_from
_S0p = _S0.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class ListTransactionsRequest:
    """ListTransactionsRequest, all versions (0-2; flexible 0+)."""

    #: versions 0+. The transaction states to filter by: if empty, all transactions are returned; if non-
    #: empty, then only transactions matching one of the filtered states will be returned.
    state_filters: list[str] = field(default_factory=list)
    #: versions 0+. The producerIds to filter by: if empty, all transactions will be returned; if non-
    #: empty, only transactions which match one of the filtered producerIds will be returned.
    producer_id_filters: list[int] = field(default_factory=list)
    #: versions 1+. Duration (in millis) to filter by: if < 0, all transactions will be returned;
    #: otherwise, only transactions running longer than this duration will be returned.
    duration_filter: int = -1
    #: versions 2+; nullable 2+. The transactional ID regular expression pattern to filter by: if it is
    #: empty or null, all transactions are returned; Otherwise then only the transactions matching the
    #: given regular expression will be returned.
    transactional_id_pattern: str | None = None
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        state_filters: list[str] = FACTORY,
        producer_id_filters: list[int] = FACTORY,
        duration_filter: int = -1,
        transactional_id_pattern: str | None = None,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.state_filters = [] if state_filters is FACTORY else state_filters
        self.producer_id_filters = [] if producer_id_filters is FACTORY else producer_id_filters
        self.duration_filter = duration_filter
        self.transactional_id_pattern = transactional_id_pattern
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(state_filters={self.state_filters!r}, '
                f'producer_id_filters={self.producer_id_filters!r}, '
                f'duration_filter={self.duration_filter!r}, '
                f'transactional_id_pattern={self.transactional_id_pattern!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.state_filters, self.producer_id_filters, self.duration_filter,
                self.transactional_id_pattern, self.unknown_tags,
            ) == (
                other.state_filters, other.producer_id_filters, other.duration_filter,
                other.transactional_id_pattern, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('StateFilters is null')
    elif c0 > blen - pos:
        raise DecodeError('StateFilters count exceeds the remaining bytes')
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
                raise DecodeError('StateFilters is null')
            else:
                e0 = pos + n0
                if e0 > blen:
                    raise DecodeError('StateFilters runs past the end of the buffer')
                x0 = data[pos:e0].decode()
                pos = e0
            a0.append(x0)
        v0_state_filters = a0
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('ProducerIdFilters is null')
    elif c0 > blen - pos:
        raise DecodeError('ProducerIdFilters count exceeds the remaining bytes')
    else:
        v0_producer_id_filters = [*_INT64_ARRAYS[c0].unpack_from(data, pos)]
        pos += 8 * c0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ListTransactionsRequest(v0_state_filters, v0_producer_id_filters, -1, None, u0), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.state_filters
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
    a0 = o0.producer_id_filters
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += _INT64_ARRAYS[len(a0)].pack(*a0)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('StateFilters is null')
    elif c0 > blen - pos:
        raise DecodeError('StateFilters count exceeds the remaining bytes')
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
                raise DecodeError('StateFilters is null')
            else:
                e0 = pos + n0
                if e0 > blen:
                    raise DecodeError('StateFilters runs past the end of the buffer')
                x0 = data[pos:e0].decode()
                pos = e0
            a0.append(x0)
        v0_state_filters = a0
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('ProducerIdFilters is null')
    elif c0 > blen - pos:
        raise DecodeError('ProducerIdFilters count exceeds the remaining bytes')
    else:
        v0_producer_id_filters = [*_INT64_ARRAYS[c0].unpack_from(data, pos)]
        pos += 8 * c0
    (v0_duration_filter,) = _S0u(data, pos)
    pos += 8
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ListTransactionsRequest(
        v0_state_filters, v0_producer_id_filters, v0_duration_filter, None, u0
    ), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.state_filters
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
    a0 = o0.producer_id_filters
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += _INT64_ARRAYS[len(a0)].pack(*a0)
    out += _S0p(o0.duration_filter)
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
        raise DecodeError('StateFilters is null')
    elif c0 > blen - pos:
        raise DecodeError('StateFilters count exceeds the remaining bytes')
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
                raise DecodeError('StateFilters is null')
            else:
                e0 = pos + n0
                if e0 > blen:
                    raise DecodeError('StateFilters runs past the end of the buffer')
                x0 = data[pos:e0].decode()
                pos = e0
            a0.append(x0)
        v0_state_filters = a0
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('ProducerIdFilters is null')
    elif c0 > blen - pos:
        raise DecodeError('ProducerIdFilters count exceeds the remaining bytes')
    else:
        v0_producer_id_filters = [*_INT64_ARRAYS[c0].unpack_from(data, pos)]
        pos += 8 * c0
    (v0_duration_filter,) = _S0u(data, pos)
    pos += 8
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_transactional_id_pattern = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('TransactionalIdPattern runs past the end of the buffer')
        v0_transactional_id_pattern = data[pos:e0].decode()
        pos = e0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ListTransactionsRequest(
        v0_state_filters, v0_producer_id_filters, v0_duration_filter, v0_transactional_id_pattern, u0
    ), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.state_filters
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
    a0 = o0.producer_id_filters
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += _INT64_ARRAYS[len(a0)].pack(*a0)
    out += _S0p(o0.duration_filter)
    s0 = o0.transactional_id_pattern
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


def read(buf: memoryview, pos: int, version: int) -> tuple[ListTransactionsRequest, int]:
    """Decode one ListTransactionsRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-2, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'ListTransactionsRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'ListTransactionsRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'ListTransactionsRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: ListTransactionsRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'ListTransactionsRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode ListTransactionsRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
