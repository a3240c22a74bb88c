# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""HeartbeatRequest (request, api key 12): versions 0-4, flexible 4+."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Any

from streamd.protocol.primitives import (
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
    "HeartbeatRequest",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 4
FLEXIBLE_MIN = 4  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class HeartbeatRequest:
    """HeartbeatRequest, all versions (0-4; flexible 4+)."""

    #: versions 0+. The group id.
    group_id: str = ''
    #: versions 0+. The generation of the group.
    generation_id: int = 0
    #: versions 0+. The member ID.
    member_id: str = ''
    #: versions 3+; nullable 3+. The unique identifier of the consumer instance provided by end user.
    group_instance_id: str | None = None
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        group_id: str = '',
        generation_id: int = 0,
        member_id: str = '',
        group_instance_id: str | None = None,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.group_id = group_id
        self.generation_id = generation_id
        self.member_id = member_id
        self.group_instance_id = group_instance_id
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(group_id={self.group_id!r}, '
                f'generation_id={self.generation_id!r}, member_id={self.member_id!r}, '
                f'group_instance_id={self.group_instance_id!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.group_id, self.generation_id, self.member_id, self.group_instance_id,
                self.unknown_tags,
            ) == (
                other.group_id, other.generation_id, other.member_id, other.group_instance_id,
                other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('GroupId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('GroupId runs past the end of the buffer')
        v0_group_id = data[pos:e0].decode()
        pos = e0
    (v0_generation_id,) = _I32u(data, pos)
    pos += 4
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('MemberId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('MemberId runs past the end of the buffer')
        v0_member_id = data[pos:e0].decode()
        pos = e0
    return HeartbeatRequest(v0_group_id, v0_generation_id, v0_member_id), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    out += _I32p(o0.generation_id)
    s0 = o0.member_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    return out


def _read_v3(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('GroupId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('GroupId runs past the end of the buffer')
        v0_group_id = data[pos:e0].decode()
        pos = e0
    (v0_generation_id,) = _I32u(data, pos)
    pos += 4
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('MemberId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('MemberId runs past the end of the buffer')
        v0_member_id = data[pos:e0].decode()
        pos = e0
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        v0_group_instance_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('GroupInstanceId runs past the end of the buffer')
        v0_group_instance_id = data[pos:e0].decode()
        pos = e0
    return HeartbeatRequest(v0_group_id, v0_generation_id, v0_member_id, v0_group_instance_id), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    out += _I32p(o0.generation_id)
    s0 = o0.member_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    s0 = o0.group_instance_id
    if s0 is None:
        out += b'\xff\xff'
    else:
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    return out


def _read_v4(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('GroupId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('GroupId runs past the end of the buffer')
        v0_group_id = data[pos:e0].decode()
        pos = e0
    (v0_generation_id,) = _I32u(data, pos)
    pos += 4
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('MemberId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('MemberId runs past the end of the buffer')
        v0_member_id = data[pos:e0].decode()
        pos = e0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_group_instance_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('GroupInstanceId runs past the end of the buffer')
        v0_group_instance_id = data[pos:e0].decode()
        pos = e0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return HeartbeatRequest(v0_group_id, v0_generation_id, v0_member_id, v0_group_instance_id, u0), pos


def _write_v4(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    out += _I32p(o0.generation_id)
    s0 = o0.member_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    s0 = o0.group_instance_id
    if s0 is None:
        out += b'\x00'
    else:
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
    1: _read_v0,
    2: _read_v0,
    3: _read_v3,
    4: _read_v4,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v0,
    2: _write_v0,
    3: _write_v3,
    4: _write_v4,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[HeartbeatRequest, int]:
    """Decode one HeartbeatRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-4, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'HeartbeatRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'HeartbeatRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'HeartbeatRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: HeartbeatRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'HeartbeatRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode HeartbeatRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
