# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ApiVersionsResponse (response, api key 18), versions 0-4."""

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

__all__ = ['ApiVersion', 'ApiVersionsResponse', 'FinalizedFeatureKey', 'SupportedFeatureKey', "read", "write"]

_S0 = struct.Struct('>h')
_S1 = struct.Struct('>hhh')
_S2 = struct.Struct('>i')
_S3 = struct.Struct('>q')
_S4 = struct.Struct('>?')
_S5 = struct.Struct('>hh')

@dataclass(slots=True)
class ApiVersion:
    api_key: int = 0
    min_version: int = 0
    max_version: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class SupportedFeatureKey:
    name: str = ''
    min_version: int = 0
    max_version: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class FinalizedFeatureKey:
    name: str = ''
    max_version_level: int = 0
    min_version_level: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class ApiVersionsResponse:
    error_code: int = 0
    api_keys: list[ApiVersion] = field(default_factory=list)
    throttle_time_ms: int = 0
    supported_features: list[SupportedFeatureKey] = field(default_factory=list)
    finalized_features_epoch: int = -1
    finalized_features: list[FinalizedFeatureKey] = field(default_factory=list)
    zk_migration_ready: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _read_ApiVersionsResponse_v0(buf: memoryview, pos: int) -> tuple[ApiVersionsResponse, int]:
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ApiKeys was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_api_keys = []
        for _ in range(n):
            item, pos = _read_ApiVersion_v0(buf, pos)
            v_api_keys.append(item)
    unknown = None
    return ApiVersionsResponse(error_code=v_error_code, api_keys=v_api_keys, unknown_tags=unknown), pos


def _write_ApiVersionsResponse_v0(o: ApiVersionsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code)
    items = o.api_keys
    if items is None:
        raise ValueError('non-nullable field ApiKeys is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ApiVersion_v0(item, out, chunks)


def _read_ApiVersion_v0(buf: memoryview, pos: int) -> tuple[ApiVersion, int]:
    v_api_key, v_min_version, v_max_version = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return ApiVersion(api_key=v_api_key, min_version=v_min_version, max_version=v_max_version, unknown_tags=unknown), pos


def _write_ApiVersion_v0(o: ApiVersion, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.api_key, o.min_version, o.max_version)


def _read_ApiVersionsResponse_v1(buf: memoryview, pos: int) -> tuple[ApiVersionsResponse, int]:
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ApiKeys was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_api_keys = []
        for _ in range(n):
            item, pos = _read_ApiVersion_v1(buf, pos)
            v_api_keys.append(item)
    v_throttle_time_ms, = _S2.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return ApiVersionsResponse(error_code=v_error_code, api_keys=v_api_keys, throttle_time_ms=v_throttle_time_ms, unknown_tags=unknown), pos


def _write_ApiVersionsResponse_v1(o: ApiVersionsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code)
    items = o.api_keys
    if items is None:
        raise ValueError('non-nullable field ApiKeys is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ApiVersion_v1(item, out, chunks)
    out += _S2.pack(o.throttle_time_ms)


def _read_ApiVersion_v1(buf: memoryview, pos: int) -> tuple[ApiVersion, int]:
    v_api_key, v_min_version, v_max_version = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return ApiVersion(api_key=v_api_key, min_version=v_min_version, max_version=v_max_version, unknown_tags=unknown), pos


def _write_ApiVersion_v1(o: ApiVersion, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.api_key, o.min_version, o.max_version)


def _read_ApiVersionsResponse_v2(buf: memoryview, pos: int) -> tuple[ApiVersionsResponse, int]:
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ApiKeys was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_api_keys = []
        for _ in range(n):
            item, pos = _read_ApiVersion_v2(buf, pos)
            v_api_keys.append(item)
    v_throttle_time_ms, = _S2.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return ApiVersionsResponse(error_code=v_error_code, api_keys=v_api_keys, throttle_time_ms=v_throttle_time_ms, unknown_tags=unknown), pos


def _write_ApiVersionsResponse_v2(o: ApiVersionsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code)
    items = o.api_keys
    if items is None:
        raise ValueError('non-nullable field ApiKeys is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ApiVersion_v2(item, out, chunks)
    out += _S2.pack(o.throttle_time_ms)


def _read_ApiVersion_v2(buf: memoryview, pos: int) -> tuple[ApiVersion, int]:
    v_api_key, v_min_version, v_max_version = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return ApiVersion(api_key=v_api_key, min_version=v_min_version, max_version=v_max_version, unknown_tags=unknown), pos


def _write_ApiVersion_v2(o: ApiVersion, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.api_key, o.min_version, o.max_version)


def _read_ApiVersionsResponse_v3(buf: memoryview, pos: int) -> tuple[ApiVersionsResponse, int]:
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ApiKeys was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_api_keys = []
        for _ in range(n):
            item, pos = _read_ApiVersion_v3(buf, pos)
            v_api_keys.append(item)
    v_throttle_time_ms, = _S2.unpack_from(buf, pos)
    pos += 4
    unknown = None
    v_supported_features = []
    v_finalized_features_epoch = -1
    v_finalized_features = []
    v_zk_migration_ready = False
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            n = sub[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(sub, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field SupportedFeatures was null')
            else:
                if n > len(sub) - pos:
                    check_count(sub, pos, n)
                v_supported_features = []
                for _ in range(n):
                    item, pos = _read_SupportedFeatureKey_v3(sub, pos)
                    v_supported_features.append(item)
            if pos != end:
                raise DecodeError('tagged field SupportedFeatures has the wrong size')
        elif tag == 1:
            sub = buf[:end]
            (v_finalized_features_epoch,) = _S3.unpack_from(sub, pos)
            pos += 8
            if pos != end:
                raise DecodeError('tagged field FinalizedFeaturesEpoch has the wrong size')
        elif tag == 2:
            sub = buf[:end]
            n = sub[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(sub, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field FinalizedFeatures was null')
            else:
                if n > len(sub) - pos:
                    check_count(sub, pos, n)
                v_finalized_features = []
                for _ in range(n):
                    item, pos = _read_FinalizedFeatureKey_v3(sub, pos)
                    v_finalized_features.append(item)
            if pos != end:
                raise DecodeError('tagged field FinalizedFeatures has the wrong size')
        elif tag == 3:
            sub = buf[:end]
            (v_zk_migration_ready,) = _S4.unpack_from(sub, pos)
            pos += 1
            if pos != end:
                raise DecodeError('tagged field ZkMigrationReady has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return ApiVersionsResponse(error_code=v_error_code, api_keys=v_api_keys, throttle_time_ms=v_throttle_time_ms, supported_features=v_supported_features, finalized_features_epoch=v_finalized_features_epoch, finalized_features=v_finalized_features, zk_migration_ready=v_zk_migration_ready, unknown_tags=unknown), pos


def _write_ApiVersionsResponse_v3(o: ApiVersionsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code)
    items = o.api_keys
    if items is None:
        raise ValueError('non-nullable field ApiKeys is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ApiVersion_v3(item, out, chunks)
    out += _S2.pack(o.throttle_time_ms)
    tags: list[tuple[int, bytes]] = []
    if o.supported_features != []:
        tb = bytearray()
        items = o.supported_features
        if items is None:
            raise ValueError('non-nullable field SupportedFeatures is None')
        else:
            n = len(items) + 1
            tb.append(n) if n < 0x80 else write_uvarint(tb, n)
            for item in items:
                _write_SupportedFeatureKey_v3(item, tb, chunks)
        tags.append((0, bytes(tb)))
    if o.finalized_features_epoch != -1:
        tb = bytearray()
        tb += _S3.pack(o.finalized_features_epoch)
        tags.append((1, bytes(tb)))
    if o.finalized_features != []:
        tb = bytearray()
        items = o.finalized_features
        if items is None:
            raise ValueError('non-nullable field FinalizedFeatures is None')
        else:
            n = len(items) + 1
            tb.append(n) if n < 0x80 else write_uvarint(tb, n)
            for item in items:
                _write_FinalizedFeatureKey_v3(item, tb, chunks)
        tags.append((2, bytes(tb)))
    if o.zk_migration_ready != False:
        tb = bytearray()
        tb += _S4.pack(o.zk_migration_ready)
        tags.append((3, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_ApiVersion_v3(buf: memoryview, pos: int) -> tuple[ApiVersion, int]:
    v_api_key, v_min_version, v_max_version = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ApiVersion(api_key=v_api_key, min_version=v_min_version, max_version=v_max_version, unknown_tags=unknown), pos


def _write_ApiVersion_v3(o: ApiVersion, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.api_key, o.min_version, o.max_version)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_SupportedFeatureKey_v3(buf: memoryview, pos: int) -> tuple[SupportedFeatureKey, int]:
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
    v_min_version, v_max_version = _S5.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return SupportedFeatureKey(name=v_name, min_version=v_min_version, max_version=v_max_version, unknown_tags=unknown), pos


def _write_SupportedFeatureKey_v3(o: SupportedFeatureKey, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S5.pack(o.min_version, o.max_version)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FinalizedFeatureKey_v3(buf: memoryview, pos: int) -> tuple[FinalizedFeatureKey, int]:
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
    v_max_version_level, v_min_version_level = _S5.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FinalizedFeatureKey(name=v_name, max_version_level=v_max_version_level, min_version_level=v_min_version_level, unknown_tags=unknown), pos


def _write_FinalizedFeatureKey_v3(o: FinalizedFeatureKey, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S5.pack(o.max_version_level, o.min_version_level)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ApiVersionsResponse_v4(buf: memoryview, pos: int) -> tuple[ApiVersionsResponse, int]:
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ApiKeys was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_api_keys = []
        for _ in range(n):
            item, pos = _read_ApiVersion_v4(buf, pos)
            v_api_keys.append(item)
    v_throttle_time_ms, = _S2.unpack_from(buf, pos)
    pos += 4
    unknown = None
    v_supported_features = []
    v_finalized_features_epoch = -1
    v_finalized_features = []
    v_zk_migration_ready = False
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            n = sub[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(sub, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field SupportedFeatures was null')
            else:
                if n > len(sub) - pos:
                    check_count(sub, pos, n)
                v_supported_features = []
                for _ in range(n):
                    item, pos = _read_SupportedFeatureKey_v4(sub, pos)
                    v_supported_features.append(item)
            if pos != end:
                raise DecodeError('tagged field SupportedFeatures has the wrong size')
        elif tag == 1:
            sub = buf[:end]
            (v_finalized_features_epoch,) = _S3.unpack_from(sub, pos)
            pos += 8
            if pos != end:
                raise DecodeError('tagged field FinalizedFeaturesEpoch has the wrong size')
        elif tag == 2:
            sub = buf[:end]
            n = sub[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(sub, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field FinalizedFeatures was null')
            else:
                if n > len(sub) - pos:
                    check_count(sub, pos, n)
                v_finalized_features = []
                for _ in range(n):
                    item, pos = _read_FinalizedFeatureKey_v4(sub, pos)
                    v_finalized_features.append(item)
            if pos != end:
                raise DecodeError('tagged field FinalizedFeatures has the wrong size')
        elif tag == 3:
            sub = buf[:end]
            (v_zk_migration_ready,) = _S4.unpack_from(sub, pos)
            pos += 1
            if pos != end:
                raise DecodeError('tagged field ZkMigrationReady has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return ApiVersionsResponse(error_code=v_error_code, api_keys=v_api_keys, throttle_time_ms=v_throttle_time_ms, supported_features=v_supported_features, finalized_features_epoch=v_finalized_features_epoch, finalized_features=v_finalized_features, zk_migration_ready=v_zk_migration_ready, unknown_tags=unknown), pos


def _write_ApiVersionsResponse_v4(o: ApiVersionsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code)
    items = o.api_keys
    if items is None:
        raise ValueError('non-nullable field ApiKeys is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ApiVersion_v4(item, out, chunks)
    out += _S2.pack(o.throttle_time_ms)
    tags: list[tuple[int, bytes]] = []
    if o.supported_features != []:
        tb = bytearray()
        items = o.supported_features
        if items is None:
            raise ValueError('non-nullable field SupportedFeatures is None')
        else:
            n = len(items) + 1
            tb.append(n) if n < 0x80 else write_uvarint(tb, n)
            for item in items:
                _write_SupportedFeatureKey_v4(item, tb, chunks)
        tags.append((0, bytes(tb)))
    if o.finalized_features_epoch != -1:
        tb = bytearray()
        tb += _S3.pack(o.finalized_features_epoch)
        tags.append((1, bytes(tb)))
    if o.finalized_features != []:
        tb = bytearray()
        items = o.finalized_features
        if items is None:
            raise ValueError('non-nullable field FinalizedFeatures is None')
        else:
            n = len(items) + 1
            tb.append(n) if n < 0x80 else write_uvarint(tb, n)
            for item in items:
                _write_FinalizedFeatureKey_v4(item, tb, chunks)
        tags.append((2, bytes(tb)))
    if o.zk_migration_ready != False:
        tb = bytearray()
        tb += _S4.pack(o.zk_migration_ready)
        tags.append((3, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_ApiVersion_v4(buf: memoryview, pos: int) -> tuple[ApiVersion, int]:
    v_api_key, v_min_version, v_max_version = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ApiVersion(api_key=v_api_key, min_version=v_min_version, max_version=v_max_version, unknown_tags=unknown), pos


def _write_ApiVersion_v4(o: ApiVersion, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.api_key, o.min_version, o.max_version)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_SupportedFeatureKey_v4(buf: memoryview, pos: int) -> tuple[SupportedFeatureKey, int]:
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
    v_min_version, v_max_version = _S5.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return SupportedFeatureKey(name=v_name, min_version=v_min_version, max_version=v_max_version, unknown_tags=unknown), pos


def _write_SupportedFeatureKey_v4(o: SupportedFeatureKey, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S5.pack(o.min_version, o.max_version)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FinalizedFeatureKey_v4(buf: memoryview, pos: int) -> tuple[FinalizedFeatureKey, int]:
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
    v_max_version_level, v_min_version_level = _S5.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FinalizedFeatureKey(name=v_name, max_version_level=v_max_version_level, min_version_level=v_min_version_level, unknown_tags=unknown), pos


def _write_FinalizedFeatureKey_v4(o: FinalizedFeatureKey, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S5.pack(o.max_version_level, o.min_version_level)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_ApiVersionsResponse_v0, 1: _read_ApiVersionsResponse_v1, 2: _read_ApiVersionsResponse_v2, 3: _read_ApiVersionsResponse_v3, 4: _read_ApiVersionsResponse_v4}
_WRITERS = {0: _write_ApiVersionsResponse_v0, 1: _write_ApiVersionsResponse_v1, 2: _write_ApiVersionsResponse_v2, 3: _write_ApiVersionsResponse_v3, 4: _write_ApiVersionsResponse_v4}
MIN_VERSION = 0
MAX_VERSION = 4
FLEXIBLE_MIN = 3


def read(buf: memoryview, pos: int, version: int) -> tuple[ApiVersionsResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('ApiVersionsResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode ApiVersionsResponse v%d: %s' % (version, exc)) from None


def write(obj: ApiVersionsResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('ApiVersionsResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
