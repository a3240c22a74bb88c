# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""AlterReplicaLogDirsRequest (request, api key 34): versions 1-2, flexible 2+."""

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
    read_unknown_tags,
    read_uvarint,
    write_tags,
    write_uvarint,
)

__all__ = [
    "AlterReplicaLogDirsRequest",
    "AlterReplicaLogDir",
    "AlterReplicaLogDirTopic",
    "read",
    "write",
]

MIN_VERSION = 1
MAX_VERSION = 2
FLEXIBLE_MIN = 2  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class AlterReplicaLogDirsRequest:
    """AlterReplicaLogDirsRequest, all versions (1-2; flexible 2+)."""

    #: versions 0+. The alterations to make for each directory.
    dirs: list[AlterReplicaLogDir] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        dirs: list[AlterReplicaLogDir] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.dirs = [] if dirs is FACTORY else dirs
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(dirs={self.dirs!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.dirs, self.unknown_tags,
            ) == (
                other.dirs, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class AlterReplicaLogDir:
    """AlterReplicaLogDir (AlterReplicaLogDirsRequest)."""

    #: versions 0+. The absolute directory path.
    path: str = ''
    #: versions 0+. The topics to add to the directory.
    topics: list[AlterReplicaLogDirTopic] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        path: str = '',
        topics: list[AlterReplicaLogDirTopic] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.path = path
        self.topics = [] if topics is FACTORY else topics
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(path={self.path!r}, topics={self.topics!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.path, self.topics, self.unknown_tags,
            ) == (
                other.path, other.topics, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class AlterReplicaLogDirTopic:
    """AlterReplicaLogDirTopic (AlterReplicaLogDirsRequest)."""

    #: versions 0+. The topic name.
    name: str = ''
    #: versions 0+. The partition indexes.
    partitions: list[int] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        partitions: list[int] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.partitions = [] if partitions is FACTORY else partitions
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, partitions={self.partitions!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.partitions, self.unknown_tags,
            ) == (
                other.name, other.partitions, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Dirs is null')
    elif c0 > blen - pos:
        raise DecodeError('Dirs count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Path is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Path runs past the end of the buffer')
                v1_path = data[pos:e1].decode()
                pos = e1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('Topics is null')
            elif c1 > blen - pos:
                raise DecodeError('Topics count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        raise DecodeError('Name is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Name runs past the end of the buffer')
                        v2_name = data[pos:e2].decode()
                        pos = e2
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('Partitions is null')
                    elif c2 > blen - pos:
                        raise DecodeError('Partitions count exceeds the remaining bytes')
                    else:
                        v2_partitions = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    a1.append(AlterReplicaLogDirTopic(v2_name, v2_partitions))
                v1_topics = a1
            a0.append(AlterReplicaLogDir(v1_path, v1_topics))
        v0_dirs = a0
    return AlterReplicaLogDirsRequest(v0_dirs), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.dirs
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.path
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.topics
        out += _I32p(len(a1))
        for o2 in a1:
            s2 = o2.name
            r2 = s2.encode()
            out += _I16p(len(r2))
            out += r2
            a2 = o2.partitions
            out += _I32p(len(a2))
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
    return out


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Dirs is null')
    elif c0 > blen - pos:
        raise DecodeError('Dirs count exceeds the remaining bytes')
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
                raise DecodeError('Path is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Path runs past the end of the buffer')
                v1_path = data[pos:e1].decode()
                pos = e1
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('Topics is null')
            elif c1 > blen - pos:
                raise DecodeError('Topics count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('Name is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Name runs past the end of the buffer')
                        v2_name = data[pos:e2].decode()
                        pos = e2
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('Partitions is null')
                    elif c2 > blen - pos:
                        raise DecodeError('Partitions count exceeds the remaining bytes')
                    else:
                        v2_partitions = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(AlterReplicaLogDirTopic(v2_name, v2_partitions, u2))
                v1_topics = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(AlterReplicaLogDir(v1_path, v1_topics, u1))
        v0_dirs = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return AlterReplicaLogDirsRequest(v0_dirs, u0), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.dirs
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.path
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        a1 = o1.topics
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            s2 = o2.name
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            a2 = o2.partitions
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    1: _read_v1,
    2: _read_v2,
}
_WRITERS = {
    1: _write_v1,
    2: _write_v2,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[AlterReplicaLogDirsRequest, int]:
    """Decode one AlterReplicaLogDirsRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 1-2, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'AlterReplicaLogDirsRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'AlterReplicaLogDirsRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'AlterReplicaLogDirsRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: AlterReplicaLogDirsRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'AlterReplicaLogDirsRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode AlterReplicaLogDirsRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
