# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ConsumerProtocolAssignment (data): versions 0-3, flexible none."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any

from streamd.protocol.primitives import (
    INT32_ARRAYS as _INT32_ARRAYS,
    FACTORY,
    DecodeError,
    EncodeError,
    UnsupportedVersionError,
    as_bytes,
)

__all__ = [
    "ConsumerProtocolAssignment",
    "TopicPartition",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 3
FLEXIBLE_MIN = 1000  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class ConsumerProtocolAssignment:
    """ConsumerProtocolAssignment, all versions (0-3; flexible none)."""

    #: versions 0+. The list of topics and partitions assigned to this consumer.
    assigned_partitions: list[TopicPartition] = field(default_factory=list)
    #: versions 0+; nullable 0+. User data.
    user_data: bytes | None = None
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        assigned_partitions: list[TopicPartition] = FACTORY,
        user_data: bytes | None = None,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.assigned_partitions = [] if assigned_partitions is FACTORY else assigned_partitions
        self.user_data = user_data
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(assigned_partitions={self.assigned_partitions!r}, '
                f'user_data={self.user_data!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.assigned_partitions, self.user_data, self.unknown_tags,
            ) == (
                other.assigned_partitions, other.user_data, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class TopicPartition:
    """TopicPartition (ConsumerProtocolAssignment)."""

    #: versions 0+. The topic name.
    topic: str = ''
    #: versions 0+. The list of partitions assigned to this consumer.
    partitions: list[int] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        topic: str = '',
        partitions: list[int] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.topic = topic
        self.partitions = [] if partitions is FACTORY else partitions
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(topic={self.topic!r}, partitions={self.partitions!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.topic, self.partitions, self.unknown_tags,
            ) == (
                other.topic, other.partitions, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('AssignedPartitions is null')
    elif c0 > blen - pos:
        raise DecodeError('AssignedPartitions count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Topic is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Topic runs past the end of the buffer')
                v1_topic = data[pos:e1].decode()
                pos = e1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('Partitions is null')
            elif c1 > blen - pos:
                raise DecodeError('Partitions count exceeds the remaining bytes')
            else:
                v1_partitions = [*_INT32_ARRAYS[c1].unpack_from(data, pos)]
                pos += 4 * c1
            a0.append(TopicPartition(v1_topic, v1_partitions))
        v0_assigned_partitions = a0
    (n0,) = _I32u(data, pos)
    pos += 4
    if n0 < 0:
        v0_user_data = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('UserData runs past the end of the buffer')
        v0_user_data = data[pos:e0]
        pos = e0
    return ConsumerProtocolAssignment(v0_assigned_partitions, v0_user_data), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.assigned_partitions
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.topic
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partitions
        out += _I32p(len(a1))
        out += _INT32_ARRAYS[len(a1)].pack(*a1)
    s0 = o0.user_data
    if s0 is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += _I32p(len(s0))
        out += s0
    return out


_READERS = {
    0: _read_v0,
    1: _read_v0,
    2: _read_v0,
    3: _read_v0,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v0,
    2: _write_v0,
    3: _write_v0,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[ConsumerProtocolAssignment, int]:
    """Decode one ConsumerProtocolAssignment of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-3, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'ConsumerProtocolAssignment has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'ConsumerProtocolAssignment v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'ConsumerProtocolAssignment v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: ConsumerProtocolAssignment, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'ConsumerProtocolAssignment has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode ConsumerProtocolAssignment v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
