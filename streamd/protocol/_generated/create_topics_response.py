# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""CreateTopicsResponse (response, api key 19): versions 2-7, flexible 5+."""

from __future__ import annotations

import struct
import uuid
from dataclasses import dataclass, field
from typing import Any

from streamd.protocol.primitives import (
    FACTORY,
    UUIDS,
    ZERO_UUID,
    DecodeError,
    EncodeError,
    UnsupportedVersionError,
    as_bytes,
    read_unknown_tags,
    read_uuid,
    read_uvarint,
    write_tags,
    write_uvarint,
)

__all__ = [
    "CreateTopicsResponse",
    "CreatableTopicResult",
    "CreatableTopicConfigs",
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
_S1 = struct.Struct('>?b?')
_S1u = _S1.unpack_from
_S1p = _S1.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class CreateTopicsResponse:
    """CreateTopicsResponse, all versions (2-7; flexible 5+)."""

    #: versions 2+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 0+. Results for each topic we tried to create.
    topics: list[CreatableTopicResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        topics: list[CreatableTopicResult] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.topics = [] if topics is FACTORY else topics
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'topics={self.topics!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.topics, self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.topics, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class CreatableTopicResult:
    """CreatableTopicResult (CreateTopicsResponse)."""

    #: versions 0+. The topic name.
    name: str = ''
    #: versions 7+. The unique topic ID.
    topic_id: uuid.UUID = ZERO_UUID
    #: versions 0+. The error code, or 0 if there was no error.
    error_code: int = 0
    #: versions 1+; nullable 0+. The error message, or null if there was no error.
    error_message: str | None = ''
    #: versions 5+; tag 0 in 5+. Optional topic config error returned if configs are not returned in the
    #: response.
    topic_config_error_code: int = 0
    #: versions 5+. Number of partitions of the topic.
    num_partitions: int = -1
    #: versions 5+. Replication factor of the topic.
    replication_factor: int = -1
    #: versions 5+; nullable 5+. Configuration of the topic.
    configs: list[CreatableTopicConfigs] | None = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        topic_id: uuid.UUID = ZERO_UUID,
        error_code: int = 0,
        error_message: str | None = '',
        topic_config_error_code: int = 0,
        num_partitions: int = -1,
        replication_factor: int = -1,
        configs: list[CreatableTopicConfigs] | None = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.topic_id = topic_id
        self.error_code = error_code
        self.error_message = error_message
        self.topic_config_error_code = topic_config_error_code
        self.num_partitions = num_partitions
        self.replication_factor = replication_factor
        self.configs = [] if configs is FACTORY else configs
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, topic_id={self.topic_id!r}, '
                f'error_code={self.error_code!r}, error_message={self.error_message!r}, '
                f'topic_config_error_code={self.topic_config_error_code!r}, '
                f'num_partitions={self.num_partitions!r}, '
                f'replication_factor={self.replication_factor!r}, configs={self.configs!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.topic_id, self.error_code, self.error_message, self.topic_config_error_code,
                self.num_partitions, self.replication_factor, self.configs, self.unknown_tags,
            ) == (
                other.name, other.topic_id, other.error_code, other.error_message,
                other.topic_config_error_code, other.num_partitions, other.replication_factor,
                other.configs, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class CreatableTopicConfigs:
    """CreatableTopicConfigs (CreateTopicsResponse)."""

    #: versions 5+. The configuration name.
    name: str = ''
    #: versions 5+; nullable 5+. The configuration value.
    value: str | None = ''
    #: versions 5+. True if the configuration is read-only.
    read_only: bool = False
    #: versions 5+. The configuration source.
    config_source: int = -1
    #: versions 5+. True if this configuration is sensitive.
    is_sensitive: bool = False
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        value: str | None = '',
        read_only: bool = False,
        config_source: int = -1,
        is_sensitive: bool = False,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.value = value
        self.read_only = read_only
        self.config_source = config_source
        self.is_sensitive = is_sensitive
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, value={self.value!r}, '
                f'read_only={self.read_only!r}, config_source={self.config_source!r}, '
                f'is_sensitive={self.is_sensitive!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.value, self.read_only, self.config_source, self.is_sensitive,
                self.unknown_tags,
            ) == (
                other.name, other.value, other.read_only, other.config_source, other.is_sensitive,
                other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
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
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                v1_error_message = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ErrorMessage runs past the end of the buffer')
                v1_error_message = data[pos:e1].decode()
                pos = e1
            a0.append(CreatableTopicResult(v1_name, ZERO_UUID, v1_error_code, v1_error_message))
        v0_topics = a0
    return CreateTopicsResponse(v0_throttle_time_ms, v0_topics), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        out += _I16p(o1.error_code)
        s1 = o1.error_message
        if s1 is None:
            out += b'\xff\xff'
        else:
            r1 = s1.encode()
            out += _I16p(len(r1))
            out += r1
    return out


def _read_v5(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
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
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_error_message = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ErrorMessage runs past the end of the buffer')
                v1_error_message = data[pos:e1].decode()
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
                v1_configs = None
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
                    v2_read_only, v2_config_source, v2_is_sensitive = _S1u(data, pos)
                    pos += 3
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(CreatableTopicConfigs(
                        v2_name, v2_value, v2_read_only, v2_config_source, v2_is_sensitive, u2
                    ))
                v1_configs = a1
            v1_topic_config_error_code = 0
            u1 = None
            if data[pos]:
                tn1, pos = read_uvarint(data, pos)
                for _ in range(tn1):
                    tg1, pos = read_uvarint(data, pos)
                    tz1, pos = read_uvarint(data, pos)
                    te1 = pos + tz1
                    if te1 > blen:
                        raise DecodeError('tagged field runs past the end of the buffer')
                    if tg1 == 0:
                        (v1_topic_config_error_code,) = _I16u(data, pos)
                        pos += 2
                        if pos != te1:
                            raise DecodeError('tagged field TopicConfigErrorCode has the wrong size')
                    else:
                        if u1 is None:
                            u1 = {}
                        u1[tg1] = data[pos:te1]
                        pos = te1
            else:
                pos += 1
            a0.append(CreatableTopicResult(
                v1_name, ZERO_UUID, v1_error_code, v1_error_message, v1_topic_config_error_code,
                v1_num_partitions, v1_replication_factor, v1_configs, u1
            ))
        v0_topics = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return CreateTopicsResponse(v0_throttle_time_ms, v0_topics, u0), pos


def _write_v5(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
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
        out += _I16p(o1.error_code)
        s1 = o1.error_message
        if s1 is None:
            out += b'\x00'
        else:
            r1 = s1.encode()
            n1 = len(r1) + 1
            if n1 < 128:
                out.append(n1)
            else:
                write_uvarint(out, n1)
            out += r1
        out += _S0p(o1.num_partitions, o1.replication_factor)
        a1 = o1.configs
        if a1 is None:
            out += b'\x00'
        else:
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
                out += _S1p(o2.read_only, o2.config_source, o2.is_sensitive)
                if o2.unknown_tags:
                    write_tags(out, [], o2.unknown_tags)
                else:
                    out.append(0)
        tl1 = []
        if o1.topic_config_error_code != 0:
            tb1 = bytearray()
            tb1 += _I16p(o1.topic_config_error_code)
            tl1.append((0, tb1))
        if tl1 or o1.unknown_tags:
            write_tags(out, tl1, o1.unknown_tags, (0,))
        else:
            out.append(0)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v7(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
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
            r1 = data[pos:pos + 16]
            v1_topic_id = UUIDS.get(r1) or read_uuid(r1)
            pos += 16
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_error_message = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ErrorMessage runs past the end of the buffer')
                v1_error_message = data[pos:e1].decode()
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
                v1_configs = None
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
                    v2_read_only, v2_config_source, v2_is_sensitive = _S1u(data, pos)
                    pos += 3
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(CreatableTopicConfigs(
                        v2_name, v2_value, v2_read_only, v2_config_source, v2_is_sensitive, u2
                    ))
                v1_configs = a1
            v1_topic_config_error_code = 0
            u1 = None
            if data[pos]:
                tn1, pos = read_uvarint(data, pos)
                for _ in range(tn1):
                    tg1, pos = read_uvarint(data, pos)
                    tz1, pos = read_uvarint(data, pos)
                    te1 = pos + tz1
                    if te1 > blen:
                        raise DecodeError('tagged field runs past the end of the buffer')
                    if tg1 == 0:
                        (v1_topic_config_error_code,) = _I16u(data, pos)
                        pos += 2
                        if pos != te1:
                            raise DecodeError('tagged field TopicConfigErrorCode has the wrong size')
                    else:
                        if u1 is None:
                            u1 = {}
                        u1[tg1] = data[pos:te1]
                        pos = te1
            else:
                pos += 1
            a0.append(CreatableTopicResult(
                v1_name, v1_topic_id, v1_error_code, v1_error_message, v1_topic_config_error_code,
                v1_num_partitions, v1_replication_factor, v1_configs, u1
            ))
        v0_topics = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return CreateTopicsResponse(v0_throttle_time_ms, v0_topics, u0), pos


def _write_v7(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
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
        out += o1.topic_id.bytes
        out += _I16p(o1.error_code)
        s1 = o1.error_message
        if s1 is None:
            out += b'\x00'
        else:
            r1 = s1.encode()
            n1 = len(r1) + 1
            if n1 < 128:
                out.append(n1)
            else:
                write_uvarint(out, n1)
            out += r1
        out += _S0p(o1.num_partitions, o1.replication_factor)
        a1 = o1.configs
        if a1 is None:
            out += b'\x00'
        else:
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
                out += _S1p(o2.read_only, o2.config_source, o2.is_sensitive)
                if o2.unknown_tags:
                    write_tags(out, [], o2.unknown_tags)
                else:
                    out.append(0)
        tl1 = []
        if o1.topic_config_error_code != 0:
            tb1 = bytearray()
            tb1 += _I16p(o1.topic_config_error_code)
            tl1.append((0, tb1))
        if tl1 or o1.unknown_tags:
            write_tags(out, tl1, o1.unknown_tags, (0,))
        else:
            out.append(0)
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
    7: _read_v7,
}
_WRITERS = {
    2: _write_v2,
    3: _write_v2,
    4: _write_v2,
    5: _write_v5,
    6: _write_v5,
    7: _write_v7,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[CreateTopicsResponse, int]:
    """Decode one CreateTopicsResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 2-7, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'CreateTopicsResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'CreateTopicsResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'CreateTopicsResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: CreateTopicsResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'CreateTopicsResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode CreateTopicsResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
