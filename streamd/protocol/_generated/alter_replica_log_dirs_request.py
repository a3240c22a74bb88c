# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""AlterReplicaLogDirsRequest (request, api key 34), versions 1-2."""

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

__all__ = ['AlterReplicaLogDir', 'AlterReplicaLogDirTopic', 'AlterReplicaLogDirsRequest', "read", "write"]


@dataclass(slots=True)
class AlterReplicaLogDirTopic:
    name: str = ''
    partitions: list[int] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class AlterReplicaLogDir:
    path: str = ''
    topics: list[AlterReplicaLogDirTopic] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class AlterReplicaLogDirsRequest:
    dirs: list[AlterReplicaLogDir] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_AlterReplicaLogDirsRequest_v1(buf: memoryview, pos: int) -> tuple[AlterReplicaLogDirsRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Dirs was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_dirs = []
        for _ in range(n):
            item, pos = _read_AlterReplicaLogDir_v1(buf, pos)
            v_dirs.append(item)
    unknown = None
    return AlterReplicaLogDirsRequest(dirs=v_dirs, unknown_tags=unknown), pos


def _write_AlterReplicaLogDirsRequest_v1(o: AlterReplicaLogDirsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.dirs
    if items is None:
        raise ValueError('non-nullable field Dirs is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AlterReplicaLogDir_v1(item, out, chunks)


def _read_AlterReplicaLogDir_v1(buf: memoryview, pos: int) -> tuple[AlterReplicaLogDir, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Path was null')
    else:
        end = check_length(buf, pos, n)
        v_path = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_AlterReplicaLogDirTopic_v1(buf, pos)
            v_topics.append(item)
    unknown = None
    return AlterReplicaLogDir(path=v_path, topics=v_topics, unknown_tags=unknown), pos


def _write_AlterReplicaLogDir_v1(o: AlterReplicaLogDir, out: bytearray, chunks: list[Any]) -> None:
    v = o.path
    if v is None:
        raise ValueError('non-nullable field Path is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AlterReplicaLogDirTopic_v1(item, out, chunks)


def _read_AlterReplicaLogDirTopic_v1(buf: memoryview, pos: int) -> tuple[AlterReplicaLogDirTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return AlterReplicaLogDirTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_AlterReplicaLogDirTopic_v1(o: AlterReplicaLogDirTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_AlterReplicaLogDirsRequest_v2(buf: memoryview, pos: int) -> tuple[AlterReplicaLogDirsRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Dirs was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_dirs = []
        for _ in range(n):
            item, pos = _read_AlterReplicaLogDir_v2(buf, pos)
            v_dirs.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AlterReplicaLogDirsRequest(dirs=v_dirs, unknown_tags=unknown), pos


def _write_AlterReplicaLogDirsRequest_v2(o: AlterReplicaLogDirsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.dirs
    if items is None:
        raise ValueError('non-nullable field Dirs is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AlterReplicaLogDir_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AlterReplicaLogDir_v2(buf: memoryview, pos: int) -> tuple[AlterReplicaLogDir, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Path was null')
    else:
        end = check_length(buf, pos, n)
        v_path = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_AlterReplicaLogDirTopic_v2(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AlterReplicaLogDir(path=v_path, topics=v_topics, unknown_tags=unknown), pos


def _write_AlterReplicaLogDir_v2(o: AlterReplicaLogDir, out: bytearray, chunks: list[Any]) -> None:
    v = o.path
    if v is None:
        raise ValueError('non-nullable field Path is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AlterReplicaLogDirTopic_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AlterReplicaLogDirTopic_v2(buf: memoryview, pos: int) -> tuple[AlterReplicaLogDirTopic, int]:
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
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AlterReplicaLogDirTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_AlterReplicaLogDirTopic_v2(o: AlterReplicaLogDirTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += struct.pack('>%di' % len(items), *items)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {1: _read_AlterReplicaLogDirsRequest_v1, 2: _read_AlterReplicaLogDirsRequest_v2}
_WRITERS = {1: _write_AlterReplicaLogDirsRequest_v1, 2: _write_AlterReplicaLogDirsRequest_v2}
MIN_VERSION = 1
MAX_VERSION = 2
FLEXIBLE_MIN = 2


def read(buf: memoryview, pos: int, version: int) -> tuple[AlterReplicaLogDirsRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('AlterReplicaLogDirsRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode AlterReplicaLogDirsRequest v%d: %s' % (version, exc)) from None


def write(obj: AlterReplicaLogDirsRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('AlterReplicaLogDirsRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
