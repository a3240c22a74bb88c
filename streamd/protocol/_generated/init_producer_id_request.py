# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""InitProducerIdRequest (request, api key 22), versions 0-6."""

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

__all__ = ['InitProducerIdRequest', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>iqh')
_S2 = struct.Struct('>iqh??')

@dataclass(slots=True)
class InitProducerIdRequest:
    transactional_id: str | None = ''
    transaction_timeout_ms: int = 0
    producer_id: int = -1
    producer_epoch: int = -1
    enable2_pc: bool = False
    keep_prepared_txn: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _read_InitProducerIdRequest_v0(buf: memoryview, pos: int) -> tuple[InitProducerIdRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_transactional_id = None
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_transaction_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return InitProducerIdRequest(transactional_id=v_transactional_id, transaction_timeout_ms=v_transaction_timeout_ms, unknown_tags=unknown), pos


def _write_InitProducerIdRequest_v0(o: InitProducerIdRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.transaction_timeout_ms)


def _read_InitProducerIdRequest_v1(buf: memoryview, pos: int) -> tuple[InitProducerIdRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_transactional_id = None
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_transaction_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return InitProducerIdRequest(transactional_id=v_transactional_id, transaction_timeout_ms=v_transaction_timeout_ms, unknown_tags=unknown), pos


def _write_InitProducerIdRequest_v1(o: InitProducerIdRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.transaction_timeout_ms)


def _read_InitProducerIdRequest_v2(buf: memoryview, pos: int) -> tuple[InitProducerIdRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_transactional_id = None
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_transaction_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return InitProducerIdRequest(transactional_id=v_transactional_id, transaction_timeout_ms=v_transaction_timeout_ms, unknown_tags=unknown), pos


def _write_InitProducerIdRequest_v2(o: InitProducerIdRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.transaction_timeout_ms)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_InitProducerIdRequest_v3(buf: memoryview, pos: int) -> tuple[InitProducerIdRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_transactional_id = None
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_transaction_timeout_ms, v_producer_id, v_producer_epoch = _S1.unpack_from(buf, pos)
    pos += 14
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return InitProducerIdRequest(transactional_id=v_transactional_id, transaction_timeout_ms=v_transaction_timeout_ms, producer_id=v_producer_id, producer_epoch=v_producer_epoch, unknown_tags=unknown), pos


def _write_InitProducerIdRequest_v3(o: InitProducerIdRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.transaction_timeout_ms, o.producer_id, o.producer_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_InitProducerIdRequest_v4(buf: memoryview, pos: int) -> tuple[InitProducerIdRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_transactional_id = None
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_transaction_timeout_ms, v_producer_id, v_producer_epoch = _S1.unpack_from(buf, pos)
    pos += 14
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return InitProducerIdRequest(transactional_id=v_transactional_id, transaction_timeout_ms=v_transaction_timeout_ms, producer_id=v_producer_id, producer_epoch=v_producer_epoch, unknown_tags=unknown), pos


def _write_InitProducerIdRequest_v4(o: InitProducerIdRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.transaction_timeout_ms, o.producer_id, o.producer_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_InitProducerIdRequest_v5(buf: memoryview, pos: int) -> tuple[InitProducerIdRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_transactional_id = None
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_transaction_timeout_ms, v_producer_id, v_producer_epoch = _S1.unpack_from(buf, pos)
    pos += 14
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return InitProducerIdRequest(transactional_id=v_transactional_id, transaction_timeout_ms=v_transaction_timeout_ms, producer_id=v_producer_id, producer_epoch=v_producer_epoch, unknown_tags=unknown), pos


def _write_InitProducerIdRequest_v5(o: InitProducerIdRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.transaction_timeout_ms, o.producer_id, o.producer_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_InitProducerIdRequest_v6(buf: memoryview, pos: int) -> tuple[InitProducerIdRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_transactional_id = None
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_transaction_timeout_ms, v_producer_id, v_producer_epoch, v_enable2_pc, v_keep_prepared_txn = _S2.unpack_from(buf, pos)
    pos += 16
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return InitProducerIdRequest(transactional_id=v_transactional_id, transaction_timeout_ms=v_transaction_timeout_ms, producer_id=v_producer_id, producer_epoch=v_producer_epoch, enable2_pc=v_enable2_pc, keep_prepared_txn=v_keep_prepared_txn, unknown_tags=unknown), pos


def _write_InitProducerIdRequest_v6(o: InitProducerIdRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S2.pack(o.transaction_timeout_ms, o.producer_id, o.producer_epoch, o.enable2_pc, o.keep_prepared_txn)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_InitProducerIdRequest_v0, 1: _read_InitProducerIdRequest_v1, 2: _read_InitProducerIdRequest_v2, 3: _read_InitProducerIdRequest_v3, 4: _read_InitProducerIdRequest_v4, 5: _read_InitProducerIdRequest_v5, 6: _read_InitProducerIdRequest_v6}
_WRITERS = {0: _write_InitProducerIdRequest_v0, 1: _write_InitProducerIdRequest_v1, 2: _write_InitProducerIdRequest_v2, 3: _write_InitProducerIdRequest_v3, 4: _write_InitProducerIdRequest_v4, 5: _write_InitProducerIdRequest_v5, 6: _write_InitProducerIdRequest_v6}
MIN_VERSION = 0
MAX_VERSION = 6
FLEXIBLE_MIN = 2


def read(buf: memoryview, pos: int, version: int) -> tuple[InitProducerIdRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('InitProducerIdRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode InitProducerIdRequest v%d: %s' % (version, exc)) from None


def write(obj: InitProducerIdRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('InitProducerIdRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
