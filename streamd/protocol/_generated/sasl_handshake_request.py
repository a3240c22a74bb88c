# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""SaslHandshakeRequest (request, api key 17), versions 0-1."""

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

__all__ = ['SaslHandshakeRequest', "read", "write"]


@dataclass(slots=True)
class SaslHandshakeRequest:
    mechanism: str = ''
    unknown_tags: dict[int, bytes] | None = None


def _read_SaslHandshakeRequest_v0(buf: memoryview, pos: int) -> tuple[SaslHandshakeRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Mechanism was null')
    else:
        end = check_length(buf, pos, n)
        v_mechanism = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return SaslHandshakeRequest(mechanism=v_mechanism, unknown_tags=unknown), pos


def _write_SaslHandshakeRequest_v0(o: SaslHandshakeRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.mechanism
    if v is None:
        raise ValueError('non-nullable field Mechanism is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_SaslHandshakeRequest_v1(buf: memoryview, pos: int) -> tuple[SaslHandshakeRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Mechanism was null')
    else:
        end = check_length(buf, pos, n)
        v_mechanism = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return SaslHandshakeRequest(mechanism=v_mechanism, unknown_tags=unknown), pos


def _write_SaslHandshakeRequest_v1(o: SaslHandshakeRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.mechanism
    if v is None:
        raise ValueError('non-nullable field Mechanism is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


_READERS = {0: _read_SaslHandshakeRequest_v0, 1: _read_SaslHandshakeRequest_v1}
_WRITERS = {0: _write_SaslHandshakeRequest_v0, 1: _write_SaslHandshakeRequest_v1}
MIN_VERSION = 0
MAX_VERSION = 1
FLEXIBLE_MIN = 1000


def read(buf: memoryview, pos: int, version: int) -> tuple[SaslHandshakeRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('SaslHandshakeRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode SaslHandshakeRequest v%d: %s' % (version, exc)) from None


def write(obj: SaslHandshakeRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('SaslHandshakeRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
