# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""AddOffsetsToTxnRequest (request, api key 25), versions 0-4."""

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

__all__ = ['AddOffsetsToTxnRequest', "read", "write"]

_S0 = struct.Struct('>qh')

@dataclass(slots=True)
class AddOffsetsToTxnRequest:
    transactional_id: str = ''
    producer_id: int = 0
    producer_epoch: int = 0
    group_id: str = ''
    unknown_tags: dict[int, bytes] | None = None


def _read_AddOffsetsToTxnRequest_v0(buf: memoryview, pos: int) -> tuple[AddOffsetsToTxnRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field TransactionalId was null')
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_producer_id, v_producer_epoch = _S0.unpack_from(buf, pos)
    pos += 10
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return AddOffsetsToTxnRequest(transactional_id=v_transactional_id, producer_id=v_producer_id, producer_epoch=v_producer_epoch, group_id=v_group_id, unknown_tags=unknown), pos


def _write_AddOffsetsToTxnRequest_v0(o: AddOffsetsToTxnRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        raise ValueError('non-nullable field TransactionalId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.producer_id, o.producer_epoch)
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_AddOffsetsToTxnRequest_v1(buf: memoryview, pos: int) -> tuple[AddOffsetsToTxnRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field TransactionalId was null')
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_producer_id, v_producer_epoch = _S0.unpack_from(buf, pos)
    pos += 10
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return AddOffsetsToTxnRequest(transactional_id=v_transactional_id, producer_id=v_producer_id, producer_epoch=v_producer_epoch, group_id=v_group_id, unknown_tags=unknown), pos


def _write_AddOffsetsToTxnRequest_v1(o: AddOffsetsToTxnRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        raise ValueError('non-nullable field TransactionalId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.producer_id, o.producer_epoch)
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_AddOffsetsToTxnRequest_v2(buf: memoryview, pos: int) -> tuple[AddOffsetsToTxnRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field TransactionalId was null')
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_producer_id, v_producer_epoch = _S0.unpack_from(buf, pos)
    pos += 10
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return AddOffsetsToTxnRequest(transactional_id=v_transactional_id, producer_id=v_producer_id, producer_epoch=v_producer_epoch, group_id=v_group_id, unknown_tags=unknown), pos


def _write_AddOffsetsToTxnRequest_v2(o: AddOffsetsToTxnRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        raise ValueError('non-nullable field TransactionalId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.producer_id, o.producer_epoch)
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_AddOffsetsToTxnRequest_v3(buf: memoryview, pos: int) -> tuple[AddOffsetsToTxnRequest, int]:
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
    v_producer_id, v_producer_epoch = _S0.unpack_from(buf, pos)
    pos += 10
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddOffsetsToTxnRequest(transactional_id=v_transactional_id, producer_id=v_producer_id, producer_epoch=v_producer_epoch, group_id=v_group_id, unknown_tags=unknown), pos


def _write_AddOffsetsToTxnRequest_v3(o: AddOffsetsToTxnRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        raise ValueError('non-nullable field TransactionalId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.producer_id, o.producer_epoch)
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
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


def _read_AddOffsetsToTxnRequest_v4(buf: memoryview, pos: int) -> tuple[AddOffsetsToTxnRequest, int]:
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
    v_producer_id, v_producer_epoch = _S0.unpack_from(buf, pos)
    pos += 10
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddOffsetsToTxnRequest(transactional_id=v_transactional_id, producer_id=v_producer_id, producer_epoch=v_producer_epoch, group_id=v_group_id, unknown_tags=unknown), pos


def _write_AddOffsetsToTxnRequest_v4(o: AddOffsetsToTxnRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        raise ValueError('non-nullable field TransactionalId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.producer_id, o.producer_epoch)
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
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


_READERS = {0: _read_AddOffsetsToTxnRequest_v0, 1: _read_AddOffsetsToTxnRequest_v1, 2: _read_AddOffsetsToTxnRequest_v2, 3: _read_AddOffsetsToTxnRequest_v3, 4: _read_AddOffsetsToTxnRequest_v4}
_WRITERS = {0: _write_AddOffsetsToTxnRequest_v0, 1: _write_AddOffsetsToTxnRequest_v1, 2: _write_AddOffsetsToTxnRequest_v2, 3: _write_AddOffsetsToTxnRequest_v3, 4: _write_AddOffsetsToTxnRequest_v4}
MIN_VERSION = 0
MAX_VERSION = 4
FLEXIBLE_MIN = 3


def read(buf: memoryview, pos: int, version: int) -> tuple[AddOffsetsToTxnRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('AddOffsetsToTxnRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode AddOffsetsToTxnRequest v%d: %s' % (version, exc)) from None


def write(obj: AddOffsetsToTxnRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('AddOffsetsToTxnRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
