# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""AlterUserScramCredentialsRequest (request, api key 51), versions 0-0."""

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

__all__ = ['AlterUserScramCredentialsRequest', 'ScramCredentialDeletion', 'ScramCredentialUpsertion', "read", "write"]

_S0 = struct.Struct('>b')
_S1 = struct.Struct('>bi')

@dataclass(slots=True)
class ScramCredentialDeletion:
    name: str = ''
    mechanism: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class ScramCredentialUpsertion:
    name: str = ''
    mechanism: int = 0
    iterations: int = 0
    salt: bytes = b''
    salted_password: bytes = b''
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class AlterUserScramCredentialsRequest:
    deletions: list[ScramCredentialDeletion] = field(default_factory=list)
    upsertions: list[ScramCredentialUpsertion] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_AlterUserScramCredentialsRequest_v0(buf: memoryview, pos: int) -> tuple[AlterUserScramCredentialsRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Deletions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_deletions = []
        for _ in range(n):
            item, pos = _read_ScramCredentialDeletion_v0(buf, pos)
            v_deletions.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Upsertions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_upsertions = []
        for _ in range(n):
            item, pos = _read_ScramCredentialUpsertion_v0(buf, pos)
            v_upsertions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AlterUserScramCredentialsRequest(deletions=v_deletions, upsertions=v_upsertions, unknown_tags=unknown), pos


def _write_AlterUserScramCredentialsRequest_v0(o: AlterUserScramCredentialsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.deletions
    if items is None:
        raise ValueError('non-nullable field Deletions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ScramCredentialDeletion_v0(item, out, chunks)
    items = o.upsertions
    if items is None:
        raise ValueError('non-nullable field Upsertions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ScramCredentialUpsertion_v0(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ScramCredentialDeletion_v0(buf: memoryview, pos: int) -> tuple[ScramCredentialDeletion, int]:
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
    v_mechanism, = _S0.unpack_from(buf, pos)
    pos += 1
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ScramCredentialDeletion(name=v_name, mechanism=v_mechanism, unknown_tags=unknown), pos


def _write_ScramCredentialDeletion_v0(o: ScramCredentialDeletion, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.mechanism)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ScramCredentialUpsertion_v0(buf: memoryview, pos: int) -> tuple[ScramCredentialUpsertion, int]:
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
    v_mechanism, v_iterations = _S1.unpack_from(buf, pos)
    pos += 5
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Salt was null')
    else:
        end = check_length(buf, pos, n)
        v_salt = bytes(buf[pos:end])
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field SaltedPassword was null')
    else:
        end = check_length(buf, pos, n)
        v_salted_password = bytes(buf[pos:end])
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ScramCredentialUpsertion(name=v_name, mechanism=v_mechanism, iterations=v_iterations, salt=v_salt, salted_password=v_salted_password, unknown_tags=unknown), pos


def _write_ScramCredentialUpsertion_v0(o: ScramCredentialUpsertion, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.mechanism, o.iterations)
    v = o.salt
    if v is None:
        raise ValueError('non-nullable field Salt is None')
    else:
        raw = v
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.salted_password
    if v is None:
        raise ValueError('non-nullable field SaltedPassword is None')
    else:
        raw = v
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


_READERS = {0: _read_AlterUserScramCredentialsRequest_v0}
_WRITERS = {0: _write_AlterUserScramCredentialsRequest_v0}
MIN_VERSION = 0
MAX_VERSION = 0
FLEXIBLE_MIN = 0


def read(buf: memoryview, pos: int, version: int) -> tuple[AlterUserScramCredentialsRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('AlterUserScramCredentialsRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode AlterUserScramCredentialsRequest v%d: %s' % (version, exc)) from None


def write(obj: AlterUserScramCredentialsRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('AlterUserScramCredentialsRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
