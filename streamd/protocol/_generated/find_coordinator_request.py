# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""FindCoordinatorRequest (request, api key 10): versions 0-6, flexible 3+."""

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
    "FindCoordinatorRequest",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 6
FLEXIBLE_MIN = 3  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_S0 = struct.Struct('>b')
_S0u = _S0.unpack_from
_S0p = _S0.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class FindCoordinatorRequest:
    """FindCoordinatorRequest, all versions (0-6; flexible 3+)."""

    #: versions 0-3. The coordinator key.
    key: str = ''
    #: versions 1+. The coordinator key type. (group, transaction, share).
    key_type: int = 0
    #: versions 4+. The coordinator keys.
    coordinator_keys: list[str] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        key: str = '',
        key_type: int = 0,
        coordinator_keys: list[str] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.key = key
        self.key_type = key_type
        self.coordinator_keys = [] if coordinator_keys is FACTORY else coordinator_keys
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(key={self.key!r}, key_type={self.key_type!r}, '
                f'coordinator_keys={self.coordinator_keys!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.key, self.key_type, self.coordinator_keys, self.unknown_tags,
            ) == (
                other.key, other.key_type, other.coordinator_keys, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('Key is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('Key runs past the end of the buffer')
        v0_key = data[pos:e0].decode()
        pos = e0
    return FindCoordinatorRequest(v0_key), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.key
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    return out


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('Key is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('Key runs past the end of the buffer')
        v0_key = data[pos:e0].decode()
        pos = e0
    (v0_key_type,) = _S0u(data, pos)
    pos += 1
    return FindCoordinatorRequest(v0_key, v0_key_type), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.key
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    out += _S0p(o0.key_type)
    return out


def _read_v3(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('Key is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('Key runs past the end of the buffer')
        v0_key = data[pos:e0].decode()
        pos = e0
    (v0_key_type,) = _S0u(data, pos)
    pos += 1
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return FindCoordinatorRequest(v0_key, v0_key_type, [], u0), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.key
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    out += _S0p(o0.key_type)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v4(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_key_type,) = _S0u(data, pos)
    pos += 1
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('CoordinatorKeys is null')
    elif c0 > blen - pos:
        raise DecodeError('CoordinatorKeys count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            n0 = data[pos]
            if n0 < 128:
                pos += 1
            else:
                n0, pos = read_uvarint(data, pos)
            n0 -= 1
            if n0 < 0:
                raise DecodeError('CoordinatorKeys is null')
            else:
                e0 = pos + n0
                if e0 > blen:
                    raise DecodeError('CoordinatorKeys runs past the end of the buffer')
                x0 = data[pos:e0].decode()
                pos = e0
            a0.append(x0)
        v0_coordinator_keys = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return FindCoordinatorRequest('', v0_key_type, v0_coordinator_keys, u0), pos


def _write_v4(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.key_type)
    a0 = o0.coordinator_keys
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for x0 in a0:
        s0 = x0
        r0 = s0.encode()
        n0 = len(r0) + 1
        if n0 < 128:
            out.append(n0)
        else:
            write_uvarint(out, n0)
        out += r0
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    0: _read_v0,
    1: _read_v1,
    2: _read_v1,
    3: _read_v3,
    4: _read_v4,
    5: _read_v4,
    6: _read_v4,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v1,
    2: _write_v1,
    3: _write_v3,
    4: _write_v4,
    5: _write_v4,
    6: _write_v4,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[FindCoordinatorRequest, int]:
    """Decode one FindCoordinatorRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-6, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'FindCoordinatorRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'FindCoordinatorRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'FindCoordinatorRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: FindCoordinatorRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'FindCoordinatorRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode FindCoordinatorRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
