# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""SaslHandshakeResponse (response, api key 17), versions 0-1."""

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

__all__ = ['SaslHandshakeResponse', "read", "write"]

_S0 = struct.Struct('>h')

@dataclass(slots=True)
class SaslHandshakeResponse:
    error_code: int = 0
    mechanisms: list[str] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_SaslHandshakeResponse_v0(buf: memoryview, pos: int) -> tuple[SaslHandshakeResponse, int]:
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Mechanisms was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_mechanisms = []
        for _ in range(n):
            (n,) = I16.unpack_from(buf, pos)
            pos += 2
            if n < 0:
                raise DecodeError('non-nullable field Mechanisms was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_mechanisms.append(item)
    unknown = None
    return SaslHandshakeResponse(error_code=v_error_code, mechanisms=v_mechanisms, unknown_tags=unknown), pos


def _write_SaslHandshakeResponse_v0(o: SaslHandshakeResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code)
    items = o.mechanisms
    if items is None:
        raise ValueError('non-nullable field Mechanisms is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field Mechanisms is None')
            else:
                raw = v.encode('utf-8')
                out += I16.pack(len(raw))
                out += raw


def _read_SaslHandshakeResponse_v1(buf: memoryview, pos: int) -> tuple[SaslHandshakeResponse, int]:
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Mechanisms was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_mechanisms = []
        for _ in range(n):
            (n,) = I16.unpack_from(buf, pos)
            pos += 2
            if n < 0:
                raise DecodeError('non-nullable field Mechanisms was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_mechanisms.append(item)
    unknown = None
    return SaslHandshakeResponse(error_code=v_error_code, mechanisms=v_mechanisms, unknown_tags=unknown), pos


def _write_SaslHandshakeResponse_v1(o: SaslHandshakeResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code)
    items = o.mechanisms
    if items is None:
        raise ValueError('non-nullable field Mechanisms is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field Mechanisms is None')
            else:
                raw = v.encode('utf-8')
                out += I16.pack(len(raw))
                out += raw


_READERS = {0: _read_SaslHandshakeResponse_v0, 1: _read_SaslHandshakeResponse_v1}
_WRITERS = {0: _write_SaslHandshakeResponse_v0, 1: _write_SaslHandshakeResponse_v1}
MIN_VERSION = 0
MAX_VERSION = 1
FLEXIBLE_MIN = 1000


def read(buf: memoryview, pos: int, version: int) -> tuple[SaslHandshakeResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('SaslHandshakeResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode SaslHandshakeResponse v%d: %s' % (version, exc)) from None


def write(obj: SaslHandshakeResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('SaslHandshakeResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
