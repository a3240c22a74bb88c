# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ListTransactionsResponse (response, api key 66), versions 0-2."""

from __future__ import annotations

import struct
import uuid
from dataclasses import dataclass, field
from typing import Any

from streamd.protocol.primitives import (
    I8,
    I16,
    I32,
    ZERO_UUID,
    DecodeError,
    UnsupportedVersionError,
    check_count,
    check_length,
    read_uvarint,
    skip_tags,
    write_uvarint,
)

__all__ = ['ListTransactionsResponse', 'TransactionState', "read", "write"]

_S0 = struct.Struct('>ih')
_S1 = struct.Struct('>q')

@dataclass(slots=True)
class TransactionState:
    transactional_id: str = ''
    producer_id: int = 0
    transaction_state: str = ''
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class ListTransactionsResponse:
    throttle_time_ms: int = 0
    error_code: int = 0
    unknown_state_filters: list[str] = field(default_factory=list)
    transaction_states: list[TransactionState] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_ListTransactionsResponse_v0(buf: memoryview, pos: int) -> tuple[ListTransactionsResponse, int]:
    v_throttle_time_ms, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field UnknownStateFilters was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_unknown_state_filters = []
        for _ in range(n):
            n = buf[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(buf, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field UnknownStateFilters was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_unknown_state_filters.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TransactionStates was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_transaction_states = []
        for _ in range(n):
            item, pos = _read_TransactionState_v0(buf, pos)
            v_transaction_states.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListTransactionsResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, unknown_state_filters=v_unknown_state_filters, transaction_states=v_transaction_states, unknown_tags=unknown), pos


def _write_ListTransactionsResponse_v0(o: ListTransactionsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms, o.error_code)
    items = o.unknown_state_filters
    if items is None:
        raise ValueError('non-nullable field UnknownStateFilters is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field UnknownStateFilters is None')
            else:
                raw = v.encode('utf-8')
                n = len(raw) + 1
                out.append(n) if n < 0x80 else write_uvarint(out, n)
                out += raw
    items = o.transaction_states
    if items is None:
        raise ValueError('non-nullable field TransactionStates is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TransactionState_v0(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TransactionState_v0(buf: memoryview, pos: int) -> tuple[TransactionState, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TransactionalId was null')
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_producer_id, = _S1.unpack_from(buf, pos)
    pos += 8
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TransactionState was null')
    else:
        end = check_length(buf, pos, n)
        v_transaction_state = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TransactionState(transactional_id=v_transactional_id, producer_id=v_producer_id, transaction_state=v_transaction_state, unknown_tags=unknown), pos


def _write_TransactionState_v0(o: TransactionState, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        raise ValueError('non-nullable field TransactionalId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.producer_id)
    v = o.transaction_state
    if v is None:
        raise ValueError('non-nullable field TransactionState is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListTransactionsResponse_v1(buf: memoryview, pos: int) -> tuple[ListTransactionsResponse, int]:
    v_throttle_time_ms, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field UnknownStateFilters was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_unknown_state_filters = []
        for _ in range(n):
            n = buf[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(buf, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field UnknownStateFilters was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_unknown_state_filters.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TransactionStates was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_transaction_states = []
        for _ in range(n):
            item, pos = _read_TransactionState_v1(buf, pos)
            v_transaction_states.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListTransactionsResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, unknown_state_filters=v_unknown_state_filters, transaction_states=v_transaction_states, unknown_tags=unknown), pos


def _write_ListTransactionsResponse_v1(o: ListTransactionsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms, o.error_code)
    items = o.unknown_state_filters
    if items is None:
        raise ValueError('non-nullable field UnknownStateFilters is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field UnknownStateFilters is None')
            else:
                raw = v.encode('utf-8')
                n = len(raw) + 1
                out.append(n) if n < 0x80 else write_uvarint(out, n)
                out += raw
    items = o.transaction_states
    if items is None:
        raise ValueError('non-nullable field TransactionStates is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TransactionState_v1(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TransactionState_v1(buf: memoryview, pos: int) -> tuple[TransactionState, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TransactionalId was null')
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_producer_id, = _S1.unpack_from(buf, pos)
    pos += 8
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TransactionState was null')
    else:
        end = check_length(buf, pos, n)
        v_transaction_state = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TransactionState(transactional_id=v_transactional_id, producer_id=v_producer_id, transaction_state=v_transaction_state, unknown_tags=unknown), pos


def _write_TransactionState_v1(o: TransactionState, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        raise ValueError('non-nullable field TransactionalId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.producer_id)
    v = o.transaction_state
    if v is None:
        raise ValueError('non-nullable field TransactionState is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListTransactionsResponse_v2(buf: memoryview, pos: int) -> tuple[ListTransactionsResponse, int]:
    v_throttle_time_ms, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field UnknownStateFilters was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_unknown_state_filters = []
        for _ in range(n):
            n = buf[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(buf, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field UnknownStateFilters was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_unknown_state_filters.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TransactionStates was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_transaction_states = []
        for _ in range(n):
            item, pos = _read_TransactionState_v2(buf, pos)
            v_transaction_states.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListTransactionsResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, unknown_state_filters=v_unknown_state_filters, transaction_states=v_transaction_states, unknown_tags=unknown), pos


def _write_ListTransactionsResponse_v2(o: ListTransactionsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms, o.error_code)
    items = o.unknown_state_filters
    if items is None:
        raise ValueError('non-nullable field UnknownStateFilters is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field UnknownStateFilters is None')
            else:
                raw = v.encode('utf-8')
                n = len(raw) + 1
                out.append(n) if n < 0x80 else write_uvarint(out, n)
                out += raw
    items = o.transaction_states
    if items is None:
        raise ValueError('non-nullable field TransactionStates is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TransactionState_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TransactionState_v2(buf: memoryview, pos: int) -> tuple[TransactionState, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TransactionalId was null')
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_producer_id, = _S1.unpack_from(buf, pos)
    pos += 8
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TransactionState was null')
    else:
        end = check_length(buf, pos, n)
        v_transaction_state = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TransactionState(transactional_id=v_transactional_id, producer_id=v_producer_id, transaction_state=v_transaction_state, unknown_tags=unknown), pos


def _write_TransactionState_v2(o: TransactionState, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        raise ValueError('non-nullable field TransactionalId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.producer_id)
    v = o.transaction_state
    if v is None:
        raise ValueError('non-nullable field TransactionState is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_ListTransactionsResponse_v0, 1: _read_ListTransactionsResponse_v1, 2: _read_ListTransactionsResponse_v2}
_WRITERS = {0: _write_ListTransactionsResponse_v0, 1: _write_ListTransactionsResponse_v1, 2: _write_ListTransactionsResponse_v2}
MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 0


def read(buf: memoryview, pos: int, version: int) -> tuple[ListTransactionsResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('ListTransactionsResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode ListTransactionsResponse v%d: %s' % (version, exc)) from None


def write(obj: ListTransactionsResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('ListTransactionsResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
