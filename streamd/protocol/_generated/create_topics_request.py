# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""CreateTopicsRequest (request, api key 19): versions 2-7, flexible 5+."""

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
    "CreateTopicsRequest",
    "CreatableTopic",
    "CreatableReplicaAssignment",
    "CreatableTopicConfig",
    "read",
    "write",
]

MIN_VERSION = 2
MAX_VERSION = 7
FLEXIBLE_MIN = 5  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>ih')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>i?')
_S1u = _S1.unpack_from
_S1p = _S1.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class CreateTopicsRequest:
    """CreateTopicsRequest, all versions (2-7; flexible 5+)."""

    #: versions 0+. The topics to create.
    topics: list[CreatableTopic] = field(default_factory=list)
    #: versions 0+. How long to wait in milliseconds before timing out the request.
    timeout_ms: int = 60000
    #: versions 1+. If true, check that the topics can be created as specified, but don't create anything.
    validate_only: bool = False
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        topics: list[CreatableTopic] = FACTORY,
        timeout_ms: int = 60000,
        validate_only: bool = False,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.topics = [] if topics is FACTORY else topics
        self.timeout_ms = timeout_ms
        self.validate_only = validate_only
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(topics={self.topics!r}, '
                f'timeout_ms={self.timeout_ms!r}, validate_only={self.validate_only!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.topics, self.timeout_ms, self.validate_only, self.unknown_tags,
            ) == (
                other.topics, other.timeout_ms, other.validate_only, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class CreatableTopic:
    """CreatableTopic (CreateTopicsRequest)."""

    #: versions 0+. The topic name.
    name: str = ''
    #: versions 0+. The number of partitions to create in the topic, or -1 if we are either specifying a
    #: manual partition assignment or using the default partitions.
    num_partitions: int = 0
    #: versions 0+. The number of replicas to create for each partition in the topic, or -1 if we are
    #: either specifying a manual partition assignment or using the default replication factor.
    replication_factor: int = 0
    #: versions 0+. The manual partition assignment, or the empty array if we are using automatic
    #: assignment.
    assignments: list[CreatableReplicaAssignment] = field(default_factory=list)
    #: versions 0+. The custom topic configurations to set.
    configs: list[CreatableTopicConfig] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        num_partitions: int = 0,
        replication_factor: int = 0,
        assignments: list[CreatableReplicaAssignment] = FACTORY,
        configs: list[CreatableTopicConfig] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.num_partitions = num_partitions
        self.replication_factor = replication_factor
        self.assignments = [] if assignments is FACTORY else assignments
        self.configs = [] if configs is FACTORY else configs
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, '
                f'num_partitions={self.num_partitions!r}, '
                f'replication_factor={self.replication_factor!r}, assignments={self.assignments!r}, '
                f'configs={self.configs!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.num_partitions, self.replication_factor, self.assignments, self.configs,
                self.unknown_tags,
            ) == (
                other.name, other.num_partitions, other.replication_factor, other.assignments,
                other.configs, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class CreatableReplicaAssignment:
    """CreatableReplicaAssignment (CreateTopicsRequest)."""

    #: versions 0+. The partition index.
    partition_index: int = 0
    #: versions 0+. The brokers to place the partition on.
    broker_ids: list[int] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        partition_index: int = 0,
        broker_ids: list[int] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.partition_index = partition_index
        self.broker_ids = [] if broker_ids is FACTORY else broker_ids
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(partition_index={self.partition_index!r}, '
                f'broker_ids={self.broker_ids!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.partition_index, self.broker_ids, self.unknown_tags,
            ) == (
                other.partition_index, other.broker_ids, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class CreatableTopicConfig:
    """CreatableTopicConfig (CreateTopicsRequest)."""

    #: versions 0+. The configuration name.
    name: str = ''
    #: versions 0+; nullable 0+. The configuration value.
    value: str | None = ''
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        value: str | None = '',
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.value = value
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, value={self.value!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.value, self.unknown_tags,
            ) == (
                other.name, other.value, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Topics is null')
    elif c0 > blen - pos:
        raise DecodeError('Topics count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Name is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Name runs past the end of the buffer')
                v1_name = data[pos:e1].decode()
                pos = e1
            v1_num_partitions, v1_replication_factor = _S0u(data, pos)
            pos += 6
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('Assignments is null')
            elif c1 > blen - pos:
                raise DecodeError('Assignments count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    (v2_partition_index,) = _I32u(data, pos)
                    pos += 4
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('BrokerIds is null')
                    elif c2 > blen - pos:
                        raise DecodeError('BrokerIds count exceeds the remaining bytes')
                    else:
                        v2_broker_ids = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    a1.append(CreatableReplicaAssignment(v2_partition_index, v2_broker_ids))
                v1_assignments = a1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('Configs is null')
            elif c1 > blen - pos:
                raise DecodeError('Configs count exceeds the remaining bytes')
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
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        v2_value = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Value runs past the end of the buffer')
                        v2_value = data[pos:e2].decode()
                        pos = e2
                    a1.append(CreatableTopicConfig(v2_name, v2_value))
                v1_configs = a1
            a0.append(CreatableTopic(
                v1_name, v1_num_partitions, v1_replication_factor, v1_assignments, v1_configs
            ))
        v0_topics = a0
    v0_timeout_ms, v0_validate_only = _S1u(data, pos)
    pos += 5
    return CreateTopicsRequest(v0_topics, v0_timeout_ms, v0_validate_only), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        out += _S0p(o1.num_partitions, o1.replication_factor)
        a1 = o1.assignments
        out += _I32p(len(a1))
        for o2 in a1:
            out += _I32p(o2.partition_index)
            a2 = o2.broker_ids
            out += _I32p(len(a2))
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
        a1 = o1.configs
        out += _I32p(len(a1))
        for o2 in a1:
            s2 = o2.name
            r2 = s2.encode()
            out += _I16p(len(r2))
            out += r2
            s2 = o2.value
            if s2 is None:
                out += b'\xff\xff'
            else:
                r2 = s2.encode()
                out += _I16p(len(r2))
                out += r2
    out += _S1p(o0.timeout_ms, o0.validate_only)
    return out


def _read_v5(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Topics is null')
    elif c0 > blen - pos:
        raise DecodeError('Topics count exceeds the remaining bytes')
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
            v1_num_partitions, v1_replication_factor = _S0u(data, pos)
            pos += 6
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('Assignments is null')
            elif c1 > blen - pos:
                raise DecodeError('Assignments count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    (v2_partition_index,) = _I32u(data, pos)
                    pos += 4
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('BrokerIds is null')
                    elif c2 > blen - pos:
                        raise DecodeError('BrokerIds count exceeds the remaining bytes')
                    else:
                        v2_broker_ids = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(CreatableReplicaAssignment(v2_partition_index, v2_broker_ids, u2))
                v1_assignments = a1
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('Configs is null')
            elif c1 > blen - pos:
                raise DecodeError('Configs count exceeds the remaining bytes')
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
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_value = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Value runs past the end of the buffer')
                        v2_value = data[pos:e2].decode()
                        pos = e2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(CreatableTopicConfig(v2_name, v2_value, u2))
                v1_configs = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(CreatableTopic(
                v1_name, v1_num_partitions, v1_replication_factor, v1_assignments, v1_configs, u1
            ))
        v0_topics = a0
    v0_timeout_ms, v0_validate_only = _S1u(data, pos)
    pos += 5
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return CreateTopicsRequest(v0_topics, v0_timeout_ms, v0_validate_only, u0), pos


def _write_v5(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.topics
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _S0p(o1.num_partitions, o1.replication_factor)
        a1 = o1.assignments
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            out += _I32p(o2.partition_index)
            a2 = o2.broker_ids
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
        a1 = o1.configs
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
            s2 = o2.value
            if s2 is None:
                out += b'\x00'
            else:
                r2 = s2.encode()
                n2 = len(r2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                out += r2
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    out += _S1p(o0.timeout_ms, o0.validate_only)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    2: _read_v2,
    3: _read_v2,
    4: _read_v2,
    5: _read_v5,
    6: _read_v5,
    7: _read_v5,
}
_WRITERS = {
    2: _write_v2,
    3: _write_v2,
    4: _write_v2,
    5: _write_v5,
    6: _write_v5,
    7: _write_v5,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[CreateTopicsRequest, int]:
    """Decode one CreateTopicsRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 2-7, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'CreateTopicsRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'CreateTopicsRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'CreateTopicsRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: CreateTopicsRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'CreateTopicsRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode CreateTopicsRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
