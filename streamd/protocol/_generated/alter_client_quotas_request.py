# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""AlterClientQuotasRequest (request, api key 49), versions 0-1."""

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

__all__ = ['AlterClientQuotasRequest', 'EntityData', 'EntryData', 'OpData', "read", "write"]

_S0 = struct.Struct('>?')
_S1 = struct.Struct('>d?')

@dataclass(slots=True)
class EntityData:
    entity_type: str = ''
    entity_name: str | None = ''
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class OpData:
    key: str = ''
    value: float = 0.0
    remove: bool = False
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class EntryData:
    entity: list[EntityData] = field(default_factory=list)
    ops: list[OpData] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class AlterClientQuotasRequest:
    entries: list[EntryData] = field(default_factory=list)
    validate_only: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _read_AlterClientQuotasRequest_v0(buf: memoryview, pos: int) -> tuple[AlterClientQuotasRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Entries was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_entries = []
        for _ in range(n):
            item, pos = _read_EntryData_v0(buf, pos)
            v_entries.append(item)
    v_validate_only, = _S0.unpack_from(buf, pos)
    pos += 1
    unknown = None
    return AlterClientQuotasRequest(entries=v_entries, validate_only=v_validate_only, unknown_tags=unknown), pos


def _write_AlterClientQuotasRequest_v0(o: AlterClientQuotasRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.entries
    if items is None:
        raise ValueError('non-nullable field Entries is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_EntryData_v0(item, out, chunks)
    out += _S0.pack(o.validate_only)


def _read_EntryData_v0(buf: memoryview, pos: int) -> tuple[EntryData, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Entity was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_entity = []
        for _ in range(n):
            item, pos = _read_EntityData_v0(buf, pos)
            v_entity.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Ops was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_ops = []
        for _ in range(n):
            item, pos = _read_OpData_v0(buf, pos)
            v_ops.append(item)
    unknown = None
    return EntryData(entity=v_entity, ops=v_ops, unknown_tags=unknown), pos


def _write_EntryData_v0(o: EntryData, out: bytearray, chunks: list[Any]) -> None:
    items = o.entity
    if items is None:
        raise ValueError('non-nullable field Entity is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_EntityData_v0(item, out, chunks)
    items = o.ops
    if items is None:
        raise ValueError('non-nullable field Ops is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OpData_v0(item, out, chunks)


def _read_EntityData_v0(buf: memoryview, pos: int) -> tuple[EntityData, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field EntityType was null')
    else:
        end = check_length(buf, pos, n)
        v_entity_type = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_entity_name = None
    else:
        end = check_length(buf, pos, n)
        v_entity_name = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return EntityData(entity_type=v_entity_type, entity_name=v_entity_name, unknown_tags=unknown), pos


def _write_EntityData_v0(o: EntityData, out: bytearray, chunks: list[Any]) -> None:
    v = o.entity_type
    if v is None:
        raise ValueError('non-nullable field EntityType is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.entity_name
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_OpData_v0(buf: memoryview, pos: int) -> tuple[OpData, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Key was null')
    else:
        end = check_length(buf, pos, n)
        v_key = str(buf[pos:end], 'utf-8')
        pos = end
    v_value, v_remove = _S1.unpack_from(buf, pos)
    pos += 9
    unknown = None
    return OpData(key=v_key, value=v_value, remove=v_remove, unknown_tags=unknown), pos


def _write_OpData_v0(o: OpData, out: bytearray, chunks: list[Any]) -> None:
    v = o.key
    if v is None:
        raise ValueError('non-nullable field Key is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.value, o.remove)


def _read_AlterClientQuotasRequest_v1(buf: memoryview, pos: int) -> tuple[AlterClientQuotasRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Entries was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_entries = []
        for _ in range(n):
            item, pos = _read_EntryData_v1(buf, pos)
            v_entries.append(item)
    v_validate_only, = _S0.unpack_from(buf, pos)
    pos += 1
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AlterClientQuotasRequest(entries=v_entries, validate_only=v_validate_only, unknown_tags=unknown), pos


def _write_AlterClientQuotasRequest_v1(o: AlterClientQuotasRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.entries
    if items is None:
        raise ValueError('non-nullable field Entries is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_EntryData_v1(item, out, chunks)
    out += _S0.pack(o.validate_only)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_EntryData_v1(buf: memoryview, pos: int) -> tuple[EntryData, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Entity was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_entity = []
        for _ in range(n):
            item, pos = _read_EntityData_v1(buf, pos)
            v_entity.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Ops was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_ops = []
        for _ in range(n):
            item, pos = _read_OpData_v1(buf, pos)
            v_ops.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return EntryData(entity=v_entity, ops=v_ops, unknown_tags=unknown), pos


def _write_EntryData_v1(o: EntryData, out: bytearray, chunks: list[Any]) -> None:
    items = o.entity
    if items is None:
        raise ValueError('non-nullable field Entity is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_EntityData_v1(item, out, chunks)
    items = o.ops
    if items is None:
        raise ValueError('non-nullable field Ops is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OpData_v1(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_EntityData_v1(buf: memoryview, pos: int) -> tuple[EntityData, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field EntityType was null')
    else:
        end = check_length(buf, pos, n)
        v_entity_type = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_entity_name = None
    else:
        end = check_length(buf, pos, n)
        v_entity_name = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return EntityData(entity_type=v_entity_type, entity_name=v_entity_name, unknown_tags=unknown), pos


def _write_EntityData_v1(o: EntityData, out: bytearray, chunks: list[Any]) -> None:
    v = o.entity_type
    if v is None:
        raise ValueError('non-nullable field EntityType is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.entity_name
    if v is None:
        out.append(0)
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


def _read_OpData_v1(buf: memoryview, pos: int) -> tuple[OpData, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Key was null')
    else:
        end = check_length(buf, pos, n)
        v_key = str(buf[pos:end], 'utf-8')
        pos = end
    v_value, v_remove = _S1.unpack_from(buf, pos)
    pos += 9
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OpData(key=v_key, value=v_value, remove=v_remove, unknown_tags=unknown), pos


def _write_OpData_v1(o: OpData, out: bytearray, chunks: list[Any]) -> None:
    v = o.key
    if v is None:
        raise ValueError('non-nullable field Key is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.value, o.remove)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_AlterClientQuotasRequest_v0, 1: _read_AlterClientQuotasRequest_v1}
_WRITERS = {0: _write_AlterClientQuotasRequest_v0, 1: _write_AlterClientQuotasRequest_v1}
MIN_VERSION = 0
MAX_VERSION = 1
FLEXIBLE_MIN = 1


def read(buf: memoryview, pos: int, version: int) -> tuple[AlterClientQuotasRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('AlterClientQuotasRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode AlterClientQuotasRequest v%d: %s' % (version, exc)) from None


def write(obj: AlterClientQuotasRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('AlterClientQuotasRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
