# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""UpdateFeaturesRequest (request, api key 57), versions 0-2."""

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

__all__ = ['FeatureUpdateKey', 'UpdateFeaturesRequest', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>h?')
_S2 = struct.Struct('>?')
_S3 = struct.Struct('>hb')

@dataclass(slots=True)
class FeatureUpdateKey:
    feature: str = ''
    max_version_level: int = 0
    allow_downgrade: bool = False
    upgrade_type: int = 1
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class UpdateFeaturesRequest:
    timeout_ms: int = 60000
    feature_updates: list[FeatureUpdateKey] = field(default_factory=list)
    validate_only: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _read_UpdateFeaturesRequest_v0(buf: memoryview, pos: int) -> tuple[UpdateFeaturesRequest, int]:
    v_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field FeatureUpdates was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_feature_updates = []
        for _ in range(n):
            item, pos = _read_FeatureUpdateKey_v0(buf, pos)
            v_feature_updates.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return UpdateFeaturesRequest(timeout_ms=v_timeout_ms, feature_updates=v_feature_updates, unknown_tags=unknown), pos


def _write_UpdateFeaturesRequest_v0(o: UpdateFeaturesRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.timeout_ms)
    items = o.feature_updates
    if items is None:
        raise ValueError('non-nullable field FeatureUpdates is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FeatureUpdateKey_v0(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FeatureUpdateKey_v0(buf: memoryview, pos: int) -> tuple[FeatureUpdateKey, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Feature was null')
    else:
        end = check_length(buf, pos, n)
        v_feature = str(buf[pos:end], 'utf-8')
        pos = end
    v_max_version_level, v_allow_downgrade = _S1.unpack_from(buf, pos)
    pos += 3
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FeatureUpdateKey(feature=v_feature, max_version_level=v_max_version_level, allow_downgrade=v_allow_downgrade, unknown_tags=unknown), pos


def _write_FeatureUpdateKey_v0(o: FeatureUpdateKey, out: bytearray, chunks: list[Any]) -> None:
    v = o.feature
    if v is None:
        raise ValueError('non-nullable field Feature is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.max_version_level, o.allow_downgrade)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_UpdateFeaturesRequest_v1(buf: memoryview, pos: int) -> tuple[UpdateFeaturesRequest, int]:
    v_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field FeatureUpdates was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_feature_updates = []
        for _ in range(n):
            item, pos = _read_FeatureUpdateKey_v1(buf, pos)
            v_feature_updates.append(item)
    v_validate_only, = _S2.unpack_from(buf, pos)
    pos += 1
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return UpdateFeaturesRequest(timeout_ms=v_timeout_ms, feature_updates=v_feature_updates, validate_only=v_validate_only, unknown_tags=unknown), pos


def _write_UpdateFeaturesRequest_v1(o: UpdateFeaturesRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.timeout_ms)
    items = o.feature_updates
    if items is None:
        raise ValueError('non-nullable field FeatureUpdates is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FeatureUpdateKey_v1(item, out, chunks)
    out += _S2.pack(o.validate_only)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FeatureUpdateKey_v1(buf: memoryview, pos: int) -> tuple[FeatureUpdateKey, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Feature was null')
    else:
        end = check_length(buf, pos, n)
        v_feature = str(buf[pos:end], 'utf-8')
        pos = end
    v_max_version_level, v_upgrade_type = _S3.unpack_from(buf, pos)
    pos += 3
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FeatureUpdateKey(feature=v_feature, max_version_level=v_max_version_level, upgrade_type=v_upgrade_type, unknown_tags=unknown), pos


def _write_FeatureUpdateKey_v1(o: FeatureUpdateKey, out: bytearray, chunks: list[Any]) -> None:
    v = o.feature
    if v is None:
        raise ValueError('non-nullable field Feature is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S3.pack(o.max_version_level, o.upgrade_type)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_UpdateFeaturesRequest_v2(buf: memoryview, pos: int) -> tuple[UpdateFeaturesRequest, int]:
    v_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field FeatureUpdates was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_feature_updates = []
        for _ in range(n):
            item, pos = _read_FeatureUpdateKey_v2(buf, pos)
            v_feature_updates.append(item)
    v_validate_only, = _S2.unpack_from(buf, pos)
    pos += 1
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return UpdateFeaturesRequest(timeout_ms=v_timeout_ms, feature_updates=v_feature_updates, validate_only=v_validate_only, unknown_tags=unknown), pos


def _write_UpdateFeaturesRequest_v2(o: UpdateFeaturesRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.timeout_ms)
    items = o.feature_updates
    if items is None:
        raise ValueError('non-nullable field FeatureUpdates is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FeatureUpdateKey_v2(item, out, chunks)
    out += _S2.pack(o.validate_only)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FeatureUpdateKey_v2(buf: memoryview, pos: int) -> tuple[FeatureUpdateKey, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Feature was null')
    else:
        end = check_length(buf, pos, n)
        v_feature = str(buf[pos:end], 'utf-8')
        pos = end
    v_max_version_level, v_upgrade_type = _S3.unpack_from(buf, pos)
    pos += 3
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FeatureUpdateKey(feature=v_feature, max_version_level=v_max_version_level, upgrade_type=v_upgrade_type, unknown_tags=unknown), pos


def _write_FeatureUpdateKey_v2(o: FeatureUpdateKey, out: bytearray, chunks: list[Any]) -> None:
    v = o.feature
    if v is None:
        raise ValueError('non-nullable field Feature is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S3.pack(o.max_version_level, o.upgrade_type)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_UpdateFeaturesRequest_v0, 1: _read_UpdateFeaturesRequest_v1, 2: _read_UpdateFeaturesRequest_v2}
_WRITERS = {0: _write_UpdateFeaturesRequest_v0, 1: _write_UpdateFeaturesRequest_v1, 2: _write_UpdateFeaturesRequest_v2}
MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 0


def read(buf: memoryview, pos: int, version: int) -> tuple[UpdateFeaturesRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('UpdateFeaturesRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode UpdateFeaturesRequest v%d: %s' % (version, exc)) from None


def write(obj: UpdateFeaturesRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('UpdateFeaturesRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
