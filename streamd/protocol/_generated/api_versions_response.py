# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ApiVersionsResponse (response, api key 18): versions 0-4, flexible 3+."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any

from streamd.protocol.primitives import (
    FACTORY,
    DecodeError,
    EncodeError,
    UnsupportedVersionError,
    as_bytes,
    read_unknown_tags,
    read_uvarint,
    write_tags,
    write_uvarint,
)

__all__ = [
    "ApiVersionsResponse",
    "ApiVersion",
    "SupportedFeatureKey",
    "FinalizedFeatureKey",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 4
FLEXIBLE_MIN = 3  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>hhh')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>hh')
_S1u = _S1.unpack_from
_S1p = _S1.pack
_S2 = struct.Struct('>q')
_S2u = _S2.unpack_from
_S2p = _S2.pack
_S3 = struct.Struct('>?')
_S3u = _S3.unpack_from
_S3p = _S3.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class ApiVersionsResponse:
    """ApiVersionsResponse, all versions (0-4; flexible 3+)."""

    #: versions 0+. The top-level error code.
    error_code: int = 0
    #: versions 0+. The APIs supported by the broker.
    api_keys: list[ApiVersion] = field(default_factory=list)
    #: versions 1+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 3+; tag 0 in 3+. Features supported by the broker. Note: in v0-v3, features with
    #: MinSupportedVersion = 0 are omitted.
    supported_features: list[SupportedFeatureKey] = field(default_factory=list)
    #: versions 3+; tag 1 in 3+. The monotonically increasing epoch for the finalized features information.
    #: Valid values are >= 0. A value of -1 is special and represents unknown epoch.
    finalized_features_epoch: int = -1
    #: versions 3+; tag 2 in 3+. List of cluster-wide finalized features. The information is valid only if
    #: FinalizedFeaturesEpoch >= 0.
    finalized_features: list[FinalizedFeatureKey] = field(default_factory=list)
    #: versions 3+; tag 3 in 3+. Set by a KRaft controller if the required configurations for ZK migration
    #: are present.
    zk_migration_ready: bool = False
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        error_code: int = 0,
        api_keys: list[ApiVersion] = FACTORY,
        throttle_time_ms: int = 0,
        supported_features: list[SupportedFeatureKey] = FACTORY,
        finalized_features_epoch: int = -1,
        finalized_features: list[FinalizedFeatureKey] = FACTORY,
        zk_migration_ready: bool = False,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.error_code = error_code
        self.api_keys = [] if api_keys is FACTORY else api_keys
        self.throttle_time_ms = throttle_time_ms
        self.supported_features = [] if supported_features is FACTORY else supported_features
        self.finalized_features_epoch = finalized_features_epoch
        self.finalized_features = [] if finalized_features is FACTORY else finalized_features
        self.zk_migration_ready = zk_migration_ready
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(error_code={self.error_code!r}, '
                f'api_keys={self.api_keys!r}, throttle_time_ms={self.throttle_time_ms!r}, '
                f'supported_features={self.supported_features!r}, '
                f'finalized_features_epoch={self.finalized_features_epoch!r}, '
                f'finalized_features={self.finalized_features!r}, '
                f'zk_migration_ready={self.zk_migration_ready!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.error_code, self.api_keys, self.throttle_time_ms, self.supported_features,
                self.finalized_features_epoch, self.finalized_features, self.zk_migration_ready,
                self.unknown_tags,
            ) == (
                other.error_code, other.api_keys, other.throttle_time_ms, other.supported_features,
                other.finalized_features_epoch, other.finalized_features, other.zk_migration_ready,
                other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class ApiVersion:
    """ApiVersion (ApiVersionsResponse)."""

    #: versions 0+. The API index.
    api_key: int = 0
    #: versions 0+. The minimum supported version, inclusive.
    min_version: int = 0
    #: versions 0+. The maximum supported version, inclusive.
    max_version: int = 0
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        api_key: int = 0,
        min_version: int = 0,
        max_version: int = 0,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.api_key = api_key
        self.min_version = min_version
        self.max_version = max_version
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(api_key={self.api_key!r}, '
                f'min_version={self.min_version!r}, max_version={self.max_version!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.api_key, self.min_version, self.max_version, self.unknown_tags,
            ) == (
                other.api_key, other.min_version, other.max_version, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class SupportedFeatureKey:
    """SupportedFeatureKey (ApiVersionsResponse)."""

    #: versions 3+. The name of the feature.
    name: str = ''
    #: versions 3+. The minimum supported version for the feature.
    min_version: int = 0
    #: versions 3+. The maximum supported version for the feature.
    max_version: int = 0
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        min_version: int = 0,
        max_version: int = 0,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.min_version = min_version
        self.max_version = max_version
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, min_version={self.min_version!r}, '
                f'max_version={self.max_version!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.min_version, self.max_version, self.unknown_tags,
            ) == (
                other.name, other.min_version, other.max_version, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class FinalizedFeatureKey:
    """FinalizedFeatureKey (ApiVersionsResponse)."""

    #: versions 3+. The name of the feature.
    name: str = ''
    #: versions 3+. The cluster-wide finalized max version level for the feature.
    max_version_level: int = 0
    #: versions 3+. The cluster-wide finalized min version level for the feature.
    min_version_level: int = 0
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        max_version_level: int = 0,
        min_version_level: int = 0,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.max_version_level = max_version_level
        self.min_version_level = min_version_level
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, '
                f'max_version_level={self.max_version_level!r}, '
                f'min_version_level={self.min_version_level!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.max_version_level, self.min_version_level, self.unknown_tags,
            ) == (
                other.name, other.max_version_level, other.min_version_level, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_error_code,) = _I16u(data, pos)
    pos += 2
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('ApiKeys is null')
    elif c0 > blen - pos:
        raise DecodeError('ApiKeys count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            v1_api_key, v1_min_version, v1_max_version = _S0u(data, pos)
            pos += 6
            a0.append(ApiVersion(v1_api_key, v1_min_version, v1_max_version))
        v0_api_keys = a0
    return ApiVersionsResponse(v0_error_code, v0_api_keys), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I16p(o0.error_code)
    a0 = o0.api_keys
    out += _I32p(len(a0))
    for o1 in a0:
        out += _S0p(o1.api_key, o1.min_version, o1.max_version)
    return out


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_error_code,) = _I16u(data, pos)
    pos += 2
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('ApiKeys is null')
    elif c0 > blen - pos:
        raise DecodeError('ApiKeys count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            v1_api_key, v1_min_version, v1_max_version = _S0u(data, pos)
            pos += 6
            a0.append(ApiVersion(v1_api_key, v1_min_version, v1_max_version))
        v0_api_keys = a0
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    return ApiVersionsResponse(v0_error_code, v0_api_keys, v0_throttle_time_ms), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I16p(o0.error_code)
    a0 = o0.api_keys
    out += _I32p(len(a0))
    for o1 in a0:
        out += _S0p(o1.api_key, o1.min_version, o1.max_version)
    out += _I32p(o0.throttle_time_ms)
    return out


def _read_v3(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_error_code,) = _I16u(data, pos)
    pos += 2
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('ApiKeys is null')
    elif c0 > blen - pos:
        raise DecodeError('ApiKeys count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            v1_api_key, v1_min_version, v1_max_version = _S0u(data, pos)
            pos += 6
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(ApiVersion(v1_api_key, v1_min_version, v1_max_version, u1))
        v0_api_keys = a0
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    v0_supported_features = []
    v0_finalized_features_epoch = -1
    v0_finalized_features = []
    v0_zk_migration_ready = False
    u0 = None
    if data[pos]:
        tn0, pos = read_uvarint(data, pos)
        for _ in range(tn0):
            tg0, pos = read_uvarint(data, pos)
            tz0, pos = read_uvarint(data, pos)
            te0 = pos + tz0
            if te0 > blen:
                raise DecodeError('tagged field runs past the end of the buffer')
            if tg0 == 0:
                c0 = data[pos]
                if c0 < 128:
                    pos += 1
                else:
                    c0, pos = read_uvarint(data, pos)
                c0 -= 1
                if c0 < 0:
                    raise DecodeError('SupportedFeatures is null')
                elif c0 > blen - pos:
                    raise DecodeError('SupportedFeatures count exceeds the remaining bytes')
                else:
                    a0 = []
                    for _ in range(c0):
                        n1 = data[pos]
                        if n1 < 128:
                            pos += 1
                        else:
                            n1, pos = read_uvarint(data, pos)
                        n1 -= 1
                        if n1 < 0:
                            raise DecodeError('Name is null')
                        else:
                            e1 = pos + n1
                            if e1 > blen:
                                raise DecodeError('Name runs past the end of the buffer')
                            v1_name = data[pos:e1].decode()
                            pos = e1
                        v1_min_version, v1_max_version = _S1u(data, pos)
                        pos += 4
                        if data[pos]:
                            u1, pos = read_unknown_tags(data, pos)
                        else:
                            u1 = None
                            pos += 1
                        a0.append(SupportedFeatureKey(v1_name, v1_min_version, v1_max_version, u1))
                    v0_supported_features = a0
                if pos != te0:
                    raise DecodeError('tagged field SupportedFeatures has the wrong size')
            elif tg0 == 1:
                (v0_finalized_features_epoch,) = _S2u(data, pos)
                pos += 8
                if pos != te0:
                    raise DecodeError('tagged field FinalizedFeaturesEpoch has the wrong size')
            elif tg0 == 2:
                c0 = data[pos]
                if c0 < 128:
                    pos += 1
                else:
                    c0, pos = read_uvarint(data, pos)
                c0 -= 1
                if c0 < 0:
                    raise DecodeError('FinalizedFeatures is null')
                elif c0 > blen - pos:
                    raise DecodeError('FinalizedFeatures count exceeds the remaining bytes')
                else:
                    a0 = []
                    for _ in range(c0):
                        n1 = data[pos]
                        if n1 < 128:
                            pos += 1
                        else:
                            n1, pos = read_uvarint(data, pos)
                        n1 -= 1
                        if n1 < 0:
                            raise DecodeError('Name is null')
                        else:
                            e1 = pos + n1
                            if e1 > blen:
                                raise DecodeError('Name runs past the end of the buffer')
                            v1_name = data[pos:e1].decode()
                            pos = e1
                        v1_max_version_level, v1_min_version_level = _S1u(data, pos)
                        pos += 4
                        if data[pos]:
                            u1, pos = read_unknown_tags(data, pos)
                        else:
                            u1 = None
                            pos += 1
                        a0.append(FinalizedFeatureKey(
                            v1_name, v1_max_version_level, v1_min_version_level, u1
                        ))
                    v0_finalized_features = a0
                if pos != te0:
                    raise DecodeError('tagged field FinalizedFeatures has the wrong size')
            elif tg0 == 3:
                (v0_zk_migration_ready,) = _S3u(data, pos)
                pos += 1
                if pos != te0:
                    raise DecodeError('tagged field ZkMigrationReady has the wrong size')
            else:
                if u0 is None:
                    u0 = {}
                u0[tg0] = data[pos:te0]
                pos = te0
    else:
        pos += 1
    return ApiVersionsResponse(
        v0_error_code, v0_api_keys, v0_throttle_time_ms, v0_supported_features, v0_finalized_features_epoch,
        v0_finalized_features, v0_zk_migration_ready, u0
    ), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I16p(o0.error_code)
    a0 = o0.api_keys
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _S0p(o1.api_key, o1.min_version, o1.max_version)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    out += _I32p(o0.throttle_time_ms)
    tl0 = []
    if o0.supported_features:
        tb0 = bytearray()
        a0 = o0.supported_features
        n0 = len(a0) + 1
        if n0 < 128:
            tb0.append(n0)
        else:
            write_uvarint(tb0, n0)
        for o1 in a0:
            s1 = o1.name
            r1 = s1.encode()
            n1 = len(r1) + 1
            if n1 < 128:
                tb0.append(n1)
            else:
                write_uvarint(tb0, n1)
            tb0 += r1
            tb0 += _S1p(o1.min_version, o1.max_version)
            if o1.unknown_tags:
                write_tags(tb0, [], o1.unknown_tags)
            else:
                tb0.append(0)
        tl0.append((0, tb0))
    if o0.finalized_features_epoch != -1:
        tb0 = bytearray()
        tb0 += _S2p(o0.finalized_features_epoch)
        tl0.append((1, tb0))
    if o0.finalized_features:
        tb0 = bytearray()
        a0 = o0.finalized_features
        n0 = len(a0) + 1
        if n0 < 128:
            tb0.append(n0)
        else:
            write_uvarint(tb0, n0)
        for o1 in a0:
            s1 = o1.name
            r1 = s1.encode()
            n1 = len(r1) + 1
            if n1 < 128:
                tb0.append(n1)
            else:
                write_uvarint(tb0, n1)
            tb0 += r1
            tb0 += _S1p(o1.max_version_level, o1.min_version_level)
            if o1.unknown_tags:
                write_tags(tb0, [], o1.unknown_tags)
            else:
                tb0.append(0)
        tl0.append((2, tb0))
    if o0.zk_migration_ready:
        tb0 = bytearray()
        tb0 += _S3p(o0.zk_migration_ready)
        tl0.append((3, tb0))
    if tl0 or o0.unknown_tags:
        write_tags(out, tl0, o0.unknown_tags, (0, 1, 2, 3,))
    else:
        out.append(0)
    return out


_READERS = {
    0: _read_v0,
    1: _read_v1,
    2: _read_v1,
    3: _read_v3,
    4: _read_v3,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v1,
    2: _write_v1,
    3: _write_v3,
    4: _write_v3,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[ApiVersionsResponse, int]:
    """Decode one ApiVersionsResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-4, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'ApiVersionsResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'ApiVersionsResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'ApiVersionsResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: ApiVersionsResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'ApiVersionsResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode ApiVersionsResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
