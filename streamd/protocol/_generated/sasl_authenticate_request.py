# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""SaslAuthenticateRequest (request, api key 36), versions 0-2."""

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

__all__ = ['SaslAuthenticateRequest', "read", "write"]


@dataclass(slots=True)
class SaslAuthenticateRequest:
    auth_bytes: bytes = b''
    unknown_tags: dict[int, bytes] | None = None


def _read_SaslAuthenticateRequest_v0(buf: memoryview, pos: int) -> tuple[SaslAuthenticateRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field AuthBytes was null')
    else:
        end = check_length(buf, pos, n)
        v_auth_bytes = bytes(buf[pos:end])
        pos = end
    unknown = None
    return SaslAuthenticateRequest(auth_bytes=v_auth_bytes, unknown_tags=unknown), pos


def _write_SaslAuthenticateRequest_v0(o: SaslAuthenticateRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.auth_bytes
    if v is None:
        raise ValueError('non-nullable field AuthBytes is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw


def _read_SaslAuthenticateRequest_v1(buf: memoryview, pos: int) -> tuple[SaslAuthenticateRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field AuthBytes was null')
    else:
        end = check_length(buf, pos, n)
        v_auth_bytes = bytes(buf[pos:end])
        pos = end
    unknown = None
    return SaslAuthenticateRequest(auth_bytes=v_auth_bytes, unknown_tags=unknown), pos


def _write_SaslAuthenticateRequest_v1(o: SaslAuthenticateRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.auth_bytes
    if v is None:
        raise ValueError('non-nullable field AuthBytes is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw


def _read_SaslAuthenticateRequest_v2(buf: memoryview, pos: int) -> tuple[SaslAuthenticateRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field AuthBytes was null')
    else:
        end = check_length(buf, pos, n)
        v_auth_bytes = bytes(buf[pos:end])
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return SaslAuthenticateRequest(auth_bytes=v_auth_bytes, unknown_tags=unknown), pos


def _write_SaslAuthenticateRequest_v2(o: SaslAuthenticateRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.auth_bytes
    if v is None:
        raise ValueError('non-nullable field AuthBytes is None')
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


_READERS = {0: _read_SaslAuthenticateRequest_v0, 1: _read_SaslAuthenticateRequest_v1, 2: _read_SaslAuthenticateRequest_v2}
_WRITERS = {0: _write_SaslAuthenticateRequest_v0, 1: _write_SaslAuthenticateRequest_v1, 2: _write_SaslAuthenticateRequest_v2}
MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 2


def read(buf: memoryview, pos: int, version: int) -> tuple[SaslAuthenticateRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('SaslAuthenticateRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode SaslAuthenticateRequest v%d: %s' % (version, exc)) from None


def write(obj: SaslAuthenticateRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('SaslAuthenticateRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
