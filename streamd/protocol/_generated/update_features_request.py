# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""UpdateFeaturesRequest (request, api key 57): versions 0-2, flexible 0+."""

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
    "UpdateFeaturesRequest",
    "FeatureUpdateKey",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 0  # 1000 when no version is flexible

_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>h?')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>hb')
_S1u = _S1.unpack_from
_S1p = _S1.pack
_S2 = struct.Struct('>?')
_S2u = _S2.unpack_from
_S2p = _S2.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class UpdateFeaturesRequest:
    """UpdateFeaturesRequest, all versions (0-2; flexible 0+)."""

    #: versions 0+. How long to wait in milliseconds before timing out the request.
    timeout_ms: int = 60000
    #: versions 0+. The list of updates to finalized features.
    feature_updates: list[FeatureUpdateKey] = field(default_factory=list)
    #: versions 1+. True if we should validate the request, but not perform the upgrade or downgrade.
    validate_only: bool = False
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        timeout_ms: int = 60000,
        feature_updates: list[FeatureUpdateKey] = FACTORY,
        validate_only: bool = False,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.timeout_ms = timeout_ms
        self.feature_updates = [] if feature_updates is FACTORY else feature_updates
        self.validate_only = validate_only
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(timeout_ms={self.timeout_ms!r}, '
                f'feature_updates={self.feature_updates!r}, validate_only={self.validate_only!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.timeout_ms, self.feature_updates, self.validate_only, self.unknown_tags,
            ) == (
                other.timeout_ms, other.feature_updates, other.validate_only, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class FeatureUpdateKey:
    """FeatureUpdateKey (UpdateFeaturesRequest)."""

    #: versions 0+. The name of the finalized feature to be updated.
    feature: str = ''
    #: versions 0+. The new maximum version level for the finalized feature. A value >= 1 is valid. A value
    #: < 1, is special, and can be used to request the deletion of the finalized feature.
    max_version_level: int = 0
    #: versions 0. DEPRECATED in version 1 (see DowngradeType). When set to true, the finalized feature
    #: version level is allowed to be downgraded/deleted. The downgrade request will fail if the new
    #: maximum version level is a value that's not lower than the existing maximum finalized version level.
    allow_downgrade: bool = False
    #: versions 1+. Determine which type of upgrade will be performed: 1 will perform an upgrade only
    #: (default), 2 is safe downgrades only (lossless), 3 is unsafe downgrades (lossy).
    upgrade_type: int = 1
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        feature: str = '',
        max_version_level: int = 0,
        allow_downgrade: bool = False,
        upgrade_type: int = 1,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.feature = feature
        self.max_version_level = max_version_level
        self.allow_downgrade = allow_downgrade
        self.upgrade_type = upgrade_type
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(feature={self.feature!r}, '
                f'max_version_level={self.max_version_level!r}, '
                f'allow_downgrade={self.allow_downgrade!r}, upgrade_type={self.upgrade_type!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.feature, self.max_version_level, self.allow_downgrade, self.upgrade_type,
                self.unknown_tags,
            ) == (
                other.feature, other.max_version_level, other.allow_downgrade, other.upgrade_type,
                other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_timeout_ms,) = _I32u(data, pos)
    pos += 4
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('FeatureUpdates is null')
    elif c0 > blen - pos:
        raise DecodeError('FeatureUpdates count exceeds the remaining bytes')
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
                raise DecodeError('Feature is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Feature runs past the end of the buffer')
                v1_feature = data[pos:e1].decode()
                pos = e1
            v1_max_version_level, v1_allow_downgrade = _S0u(data, pos)
            pos += 3
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(FeatureUpdateKey(v1_feature, v1_max_version_level, v1_allow_downgrade, 1, u1))
        v0_feature_updates = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return UpdateFeaturesRequest(v0_timeout_ms, v0_feature_updates, False, u0), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.timeout_ms)
    a0 = o0.feature_updates
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.feature
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _S0p(o1.max_version_level, o1.allow_downgrade)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_timeout_ms,) = _I32u(data, pos)
    pos += 4
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('FeatureUpdates is null')
    elif c0 > blen - pos:
        raise DecodeError('FeatureUpdates count exceeds the remaining bytes')
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
                raise DecodeError('Feature is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Feature runs past the end of the buffer')
                v1_feature = data[pos:e1].decode()
                pos = e1
            v1_max_version_level, v1_upgrade_type = _S1u(data, pos)
            pos += 3
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(FeatureUpdateKey(v1_feature, v1_max_version_level, False, v1_upgrade_type, u1))
        v0_feature_updates = a0
    (v0_validate_only,) = _S2u(data, pos)
    pos += 1
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return UpdateFeaturesRequest(v0_timeout_ms, v0_feature_updates, v0_validate_only, u0), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.timeout_ms)
    a0 = o0.feature_updates
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.feature
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _S1p(o1.max_version_level, o1.upgrade_type)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    out += _S2p(o0.validate_only)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    0: _read_v0,
    1: _read_v1,
    2: _read_v1,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v1,
    2: _write_v1,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[UpdateFeaturesRequest, int]:
    """Decode one UpdateFeaturesRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-2, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'UpdateFeaturesRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'UpdateFeaturesRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'UpdateFeaturesRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: UpdateFeaturesRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'UpdateFeaturesRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode UpdateFeaturesRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
