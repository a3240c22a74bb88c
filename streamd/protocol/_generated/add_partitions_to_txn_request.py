# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""AddPartitionsToTxnRequest (request, api key 24), versions 0-5."""

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

__all__ = ['AddPartitionsToTxnRequest', 'AddPartitionsToTxnTopic', 'AddPartitionsToTxnTransaction', "read", "write"]

_S0 = struct.Struct('>qh')
_S1 = struct.Struct('>qh?')

@dataclass(slots=True)
class AddPartitionsToTxnTopic:
    name: str = ''
    partitions: list[int] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class AddPartitionsToTxnTransaction:
    transactional_id: str = ''
    producer_id: int = 0
    producer_epoch: int = 0
    verify_only: bool = False
    topics: list[AddPartitionsToTxnTopic] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class AddPartitionsToTxnRequest:
    transactions: list[AddPartitionsToTxnTransaction] = field(default_factory=list)
    v3_and_below_transactional_id: str = ''
    v3_and_below_producer_id: int = 0
    v3_and_below_producer_epoch: int = 0
    v3_and_below_topics: list[AddPartitionsToTxnTopic] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_AddPartitionsToTxnRequest_v0(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field V3AndBelowTransactionalId was null')
    else:
        end = check_length(buf, pos, n)
        v_v3_and_below_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_v3_and_below_producer_id, v_v3_and_below_producer_epoch = _S0.unpack_from(buf, pos)
    pos += 10
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field V3AndBelowTopics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_v3_and_below_topics = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnTopic_v0(buf, pos)
            v_v3_and_below_topics.append(item)
    unknown = None
    return AddPartitionsToTxnRequest(v3_and_below_transactional_id=v_v3_and_below_transactional_id, v3_and_below_producer_id=v_v3_and_below_producer_id, v3_and_below_producer_epoch=v_v3_and_below_producer_epoch, v3_and_below_topics=v_v3_and_below_topics, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnRequest_v0(o: AddPartitionsToTxnRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.v3_and_below_transactional_id
    if v is None:
        raise ValueError('non-nullable field V3AndBelowTransactionalId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.v3_and_below_producer_id, o.v3_and_below_producer_epoch)
    items = o.v3_and_below_topics
    if items is None:
        raise ValueError('non-nullable field V3AndBelowTopics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AddPartitionsToTxnTopic_v0(item, out, chunks)


def _read_AddPartitionsToTxnTopic_v0(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return AddPartitionsToTxnTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnTopic_v0(o: AddPartitionsToTxnTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_AddPartitionsToTxnRequest_v1(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field V3AndBelowTransactionalId was null')
    else:
        end = check_length(buf, pos, n)
        v_v3_and_below_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_v3_and_below_producer_id, v_v3_and_below_producer_epoch = _S0.unpack_from(buf, pos)
    pos += 10
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field V3AndBelowTopics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_v3_and_below_topics = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnTopic_v1(buf, pos)
            v_v3_and_below_topics.append(item)
    unknown = None
    return AddPartitionsToTxnRequest(v3_and_below_transactional_id=v_v3_and_below_transactional_id, v3_and_below_producer_id=v_v3_and_below_producer_id, v3_and_below_producer_epoch=v_v3_and_below_producer_epoch, v3_and_below_topics=v_v3_and_below_topics, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnRequest_v1(o: AddPartitionsToTxnRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.v3_and_below_transactional_id
    if v is None:
        raise ValueError('non-nullable field V3AndBelowTransactionalId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.v3_and_below_producer_id, o.v3_and_below_producer_epoch)
    items = o.v3_and_below_topics
    if items is None:
        raise ValueError('non-nullable field V3AndBelowTopics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AddPartitionsToTxnTopic_v1(item, out, chunks)


def _read_AddPartitionsToTxnTopic_v1(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return AddPartitionsToTxnTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnTopic_v1(o: AddPartitionsToTxnTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_AddPartitionsToTxnRequest_v2(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field V3AndBelowTransactionalId was null')
    else:
        end = check_length(buf, pos, n)
        v_v3_and_below_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_v3_and_below_producer_id, v_v3_and_below_producer_epoch = _S0.unpack_from(buf, pos)
    pos += 10
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field V3AndBelowTopics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_v3_and_below_topics = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnTopic_v2(buf, pos)
            v_v3_and_below_topics.append(item)
    unknown = None
    return AddPartitionsToTxnRequest(v3_and_below_transactional_id=v_v3_and_below_transactional_id, v3_and_below_producer_id=v_v3_and_below_producer_id, v3_and_below_producer_epoch=v_v3_and_below_producer_epoch, v3_and_below_topics=v_v3_and_below_topics, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnRequest_v2(o: AddPartitionsToTxnRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.v3_and_below_transactional_id
    if v is None:
        raise ValueError('non-nullable field V3AndBelowTransactionalId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.v3_and_below_producer_id, o.v3_and_below_producer_epoch)
    items = o.v3_and_below_topics
    if items is None:
        raise ValueError('non-nullable field V3AndBelowTopics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AddPartitionsToTxnTopic_v2(item, out, chunks)


def _read_AddPartitionsToTxnTopic_v2(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return AddPartitionsToTxnTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnTopic_v2(o: AddPartitionsToTxnTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_AddPartitionsToTxnRequest_v3(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field V3AndBelowTransactionalId was null')
    else:
        end = check_length(buf, pos, n)
        v_v3_and_below_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_v3_and_below_producer_id, v_v3_and_below_producer_epoch = _S0.unpack_from(buf, pos)
    pos += 10
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field V3AndBelowTopics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_v3_and_below_topics = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnTopic_v3(buf, pos)
            v_v3_and_below_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddPartitionsToTxnRequest(v3_and_below_transactional_id=v_v3_and_below_transactional_id, v3_and_below_producer_id=v_v3_and_below_producer_id, v3_and_below_producer_epoch=v_v3_and_below_producer_epoch, v3_and_below_topics=v_v3_and_below_topics, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnRequest_v3(o: AddPartitionsToTxnRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.v3_and_below_transactional_id
    if v is None:
        raise ValueError('non-nullable field V3AndBelowTransactionalId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.v3_and_below_producer_id, o.v3_and_below_producer_epoch)
    items = o.v3_and_below_topics
    if items is None:
        raise ValueError('non-nullable field V3AndBelowTopics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AddPartitionsToTxnTopic_v3(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AddPartitionsToTxnTopic_v3(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnTopic, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddPartitionsToTxnTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnTopic_v3(o: AddPartitionsToTxnTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += struct.pack('>%di' % len(items), *items)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AddPartitionsToTxnRequest_v4(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Transactions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_transactions = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnTransaction_v4(buf, pos)
            v_transactions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddPartitionsToTxnRequest(transactions=v_transactions, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnRequest_v4(o: AddPartitionsToTxnRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.transactions
    if items is None:
        raise ValueError('non-nullable field Transactions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AddPartitionsToTxnTransaction_v4(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AddPartitionsToTxnTransaction_v4(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnTransaction, int]:
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
    v_producer_id, v_producer_epoch, v_verify_only = _S1.unpack_from(buf, pos)
    pos += 11
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnTopic_v4(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddPartitionsToTxnTransaction(transactional_id=v_transactional_id, producer_id=v_producer_id, producer_epoch=v_producer_epoch, verify_only=v_verify_only, topics=v_topics, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnTransaction_v4(o: AddPartitionsToTxnTransaction, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        raise ValueError('non-nullable field TransactionalId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.producer_id, o.producer_epoch, o.verify_only)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AddPartitionsToTxnTopic_v4(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AddPartitionsToTxnTopic_v4(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnTopic, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddPartitionsToTxnTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnTopic_v4(o: AddPartitionsToTxnTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += struct.pack('>%di' % len(items), *items)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AddPartitionsToTxnRequest_v5(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Transactions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_transactions = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnTransaction_v5(buf, pos)
            v_transactions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddPartitionsToTxnRequest(transactions=v_transactions, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnRequest_v5(o: AddPartitionsToTxnRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.transactions
    if items is None:
        raise ValueError('non-nullable field Transactions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AddPartitionsToTxnTransaction_v5(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AddPartitionsToTxnTransaction_v5(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnTransaction, int]:
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
    v_producer_id, v_producer_epoch, v_verify_only = _S1.unpack_from(buf, pos)
    pos += 11
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnTopic_v5(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddPartitionsToTxnTransaction(transactional_id=v_transactional_id, producer_id=v_producer_id, producer_epoch=v_producer_epoch, verify_only=v_verify_only, topics=v_topics, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnTransaction_v5(o: AddPartitionsToTxnTransaction, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        raise ValueError('non-nullable field TransactionalId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.producer_id, o.producer_epoch, o.verify_only)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AddPartitionsToTxnTopic_v5(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AddPartitionsToTxnTopic_v5(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnTopic, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddPartitionsToTxnTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnTopic_v5(o: AddPartitionsToTxnTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += struct.pack('>%di' % len(items), *items)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_AddPartitionsToTxnRequest_v0, 1: _read_AddPartitionsToTxnRequest_v1, 2: _read_AddPartitionsToTxnRequest_v2, 3: _read_AddPartitionsToTxnRequest_v3, 4: _read_AddPartitionsToTxnRequest_v4, 5: _read_AddPartitionsToTxnRequest_v5}
_WRITERS = {0: _write_AddPartitionsToTxnRequest_v0, 1: _write_AddPartitionsToTxnRequest_v1, 2: _write_AddPartitionsToTxnRequest_v2, 3: _write_AddPartitionsToTxnRequest_v3, 4: _write_AddPartitionsToTxnRequest_v4, 5: _write_AddPartitionsToTxnRequest_v5}
MIN_VERSION = 0
MAX_VERSION = 5
FLEXIBLE_MIN = 3


def read(buf: memoryview, pos: int, version: int) -> tuple[AddPartitionsToTxnRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('AddPartitionsToTxnRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode AddPartitionsToTxnRequest v%d: %s' % (version, exc)) from None


def write(obj: AddPartitionsToTxnRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('AddPartitionsToTxnRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
