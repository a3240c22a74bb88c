# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeConfigsResponse (response, api key 32): versions 1-4, flexible 4+."""

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
    "DescribeConfigsResponse",
    "DescribeConfigsResult",
    "DescribeConfigsResourceResult",
    "DescribeConfigsSynonym",
    "read",
    "write",
]

MIN_VERSION = 1
MAX_VERSION = 4
FLEXIBLE_MIN = 4  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>b')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>?b?')
_S1u = _S1.unpack_from
_S1p = _S1.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeConfigsResponse:
    """DescribeConfigsResponse, all versions (1-4; flexible 4+)."""

    #: versions 0+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 0+. The results for each resource.
    results: list[DescribeConfigsResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        results: list[DescribeConfigsResult] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.results = [] if results is FACTORY else results
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'results={self.results!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.results, self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.results, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeConfigsResult:
    """DescribeConfigsResult (DescribeConfigsResponse)."""

    #: versions 0+. The error code, or 0 if we were able to successfully describe the configurations.
    error_code: int = 0
    #: versions 0+; nullable 0+. The error message, or null if we were able to successfully describe the
    #: configurations.
    error_message: str | None = ''
    #: versions 0+. The resource type.
    resource_type: int = 0
    #: versions 0+. The resource name.
    resource_name: str = ''
    #: versions 0+. Each listed configuration.
    configs: list[DescribeConfigsResourceResult] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        error_code: int = 0,
        error_message: str | None = '',
        resource_type: int = 0,
        resource_name: str = '',
        configs: list[DescribeConfigsResourceResult] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.error_code = error_code
        self.error_message = error_message
        self.resource_type = resource_type
        self.resource_name = resource_name
        self.configs = [] if configs is FACTORY else configs
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(error_code={self.error_code!r}, '
                f'error_message={self.error_message!r}, resource_type={self.resource_type!r}, '
                f'resource_name={self.resource_name!r}, configs={self.configs!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.error_code, self.error_message, self.resource_type, self.resource_name, self.configs,
                self.unknown_tags,
            ) == (
                other.error_code, other.error_message, other.resource_type, other.resource_name,
                other.configs, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeConfigsResourceResult:
    """DescribeConfigsResourceResult (DescribeConfigsResponse)."""

    #: versions 0+. The configuration name.
    name: str = ''
    #: versions 0+; nullable 0+. The configuration value.
    value: str | None = ''
    #: versions 0+. True if the configuration is read-only.
    read_only: bool = False
    #: versions 1+. The configuration source.
    config_source: int = -1
    #: versions 0. True if the configuration is not set.
    is_default: bool = False
    #: versions 0+. True if this configuration is sensitive.
    is_sensitive: bool = False
    #: versions 1+. The synonyms for this configuration key.
    synonyms: list[DescribeConfigsSynonym] = field(default_factory=list)
    #: versions 3+. The configuration data type. Type can be one of the following values - BOOLEAN, STRING,
    #: INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD.
    config_type: int = 0
    #: versions 3+; nullable 0+. The configuration documentation.
    documentation: str | None = ''
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        value: str | None = '',
        read_only: bool = False,
        config_source: int = -1,
        is_default: bool = False,
        is_sensitive: bool = False,
        synonyms: list[DescribeConfigsSynonym] = FACTORY,
        config_type: int = 0,
        documentation: str | None = '',
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.value = value
        self.read_only = read_only
        self.config_source = config_source
        self.is_default = is_default
        self.is_sensitive = is_sensitive
        self.synonyms = [] if synonyms is FACTORY else synonyms
        self.config_type = config_type
        self.documentation = documentation
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, value={self.value!r}, '
                f'read_only={self.read_only!r}, config_source={self.config_source!r}, '
                f'is_default={self.is_default!r}, is_sensitive={self.is_sensitive!r}, '
                f'synonyms={self.synonyms!r}, config_type={self.config_type!r}, '
                f'documentation={self.documentation!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.value, self.read_only, self.config_source, self.is_default,
                self.is_sensitive, self.synonyms, self.config_type, self.documentation, self.unknown_tags,
            ) == (
                other.name, other.value, other.read_only, other.config_source, other.is_default,
                other.is_sensitive, other.synonyms, other.config_type, other.documentation,
                other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeConfigsSynonym:
    """DescribeConfigsSynonym (DescribeConfigsResponse)."""

    #: versions 1+. The synonym name.
    name: str = ''
    #: versions 1+; nullable 0+. The synonym value.
    value: str | None = ''
    #: versions 1+. The synonym source.
    source: int = 0
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        value: str | None = '',
        source: int = 0,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.value = value
        self.source = source
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, value={self.value!r}, '
                f'source={self.source!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.value, self.source, self.unknown_tags,
            ) == (
                other.name, other.value, other.source, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Results is null')
    elif c0 > blen - pos:
        raise DecodeError('Results count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
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
            (v1_resource_type,) = _S0u(data, pos)
            pos += 1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('ResourceName is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ResourceName runs past the end of the buffer')
                v1_resource_name = data[pos:e1].decode()
                pos = e1
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
                    v2_read_only, v2_config_source, v2_is_sensitive = _S1u(data, pos)
                    pos += 3
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('Synonyms is null')
                    elif c2 > blen - pos:
                        raise DecodeError('Synonyms count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            (n3,) = _I16u(data, pos)
                            pos += 2
                            if n3 < 0:
                                raise DecodeError('Name is null')
                            else:
                                e3 = pos + n3
                                if e3 > blen:
                                    raise DecodeError('Name runs past the end of the buffer')
                                v3_name = data[pos:e3].decode()
                                pos = e3
                            (n3,) = _I16u(data, pos)
                            pos += 2
                            if n3 < 0:
                                v3_value = None
                            else:
                                e3 = pos + n3
                                if e3 > blen:
                                    raise DecodeError('Value runs past the end of the buffer')
                                v3_value = data[pos:e3].decode()
                                pos = e3
                            (v3_source,) = _S0u(data, pos)
                            pos += 1
                            a2.append(DescribeConfigsSynonym(v3_name, v3_value, v3_source))
                        v2_synonyms = a2
                    a1.append(DescribeConfigsResourceResult(
                        v2_name, v2_value, v2_read_only, v2_config_source, False, v2_is_sensitive,
                        v2_synonyms
                    ))
                v1_configs = a1
            a0.append(DescribeConfigsResult(
                v1_error_code, v1_error_message, v1_resource_type, v1_resource_name, v1_configs
            ))
        v0_results = a0
    return DescribeConfigsResponse(v0_throttle_time_ms, v0_results), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.results
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.error_message
        if s1 is None:
            out += b'\xff\xff'
        else:
            r1 = s1.encode()
            out += _I16p(len(r1))
            out += r1
        out += _S0p(o1.resource_type)
        s1 = o1.resource_name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
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
            out += _S1p(o2.read_only, o2.config_source, o2.is_sensitive)
            a2 = o2.synonyms
            out += _I32p(len(a2))
            for o3 in a2:
                s3 = o3.name
                r3 = s3.encode()
                out += _I16p(len(r3))
                out += r3
                s3 = o3.value
                if s3 is None:
                    out += b'\xff\xff'
                else:
                    r3 = s3.encode()
                    out += _I16p(len(r3))
                    out += r3
                out += _S0p(o3.source)
    return out


def _read_v3(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Results is null')
    elif c0 > blen - pos:
        raise DecodeError('Results count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
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
            (v1_resource_type,) = _S0u(data, pos)
            pos += 1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('ResourceName is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ResourceName runs past the end of the buffer')
                v1_resource_name = data[pos:e1].decode()
                pos = e1
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
                    v2_read_only, v2_config_source, v2_is_sensitive = _S1u(data, pos)
                    pos += 3
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('Synonyms is null')
                    elif c2 > blen - pos:
                        raise DecodeError('Synonyms count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            (n3,) = _I16u(data, pos)
                            pos += 2
                            if n3 < 0:
                                raise DecodeError('Name is null')
                            else:
                                e3 = pos + n3
                                if e3 > blen:
                                    raise DecodeError('Name runs past the end of the buffer')
                                v3_name = data[pos:e3].decode()
                                pos = e3
                            (n3,) = _I16u(data, pos)
                            pos += 2
                            if n3 < 0:
                                v3_value = None
                            else:
                                e3 = pos + n3
                                if e3 > blen:
                                    raise DecodeError('Value runs past the end of the buffer')
                                v3_value = data[pos:e3].decode()
                                pos = e3
                            (v3_source,) = _S0u(data, pos)
                            pos += 1
                            a2.append(DescribeConfigsSynonym(v3_name, v3_value, v3_source))
                        v2_synonyms = a2
                    (v2_config_type,) = _S0u(data, pos)
                    pos += 1
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        v2_documentation = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Documentation runs past the end of the buffer')
                        v2_documentation = data[pos:e2].decode()
                        pos = e2
                    a1.append(DescribeConfigsResourceResult(
                        v2_name, v2_value, v2_read_only, v2_config_source, False, v2_is_sensitive,
                        v2_synonyms, v2_config_type, v2_documentation
                    ))
                v1_configs = a1
            a0.append(DescribeConfigsResult(
                v1_error_code, v1_error_message, v1_resource_type, v1_resource_name, v1_configs
            ))
        v0_results = a0
    return DescribeConfigsResponse(v0_throttle_time_ms, v0_results), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.results
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.error_message
        if s1 is None:
            out += b'\xff\xff'
        else:
            r1 = s1.encode()
            out += _I16p(len(r1))
            out += r1
        out += _S0p(o1.resource_type)
        s1 = o1.resource_name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
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
            out += _S1p(o2.read_only, o2.config_source, o2.is_sensitive)
            a2 = o2.synonyms
            out += _I32p(len(a2))
            for o3 in a2:
                s3 = o3.name
                r3 = s3.encode()
                out += _I16p(len(r3))
                out += r3
                s3 = o3.value
                if s3 is None:
                    out += b'\xff\xff'
                else:
                    r3 = s3.encode()
                    out += _I16p(len(r3))
                    out += r3
                out += _S0p(o3.source)
            out += _S0p(o2.config_type)
            s2 = o2.documentation
            if s2 is None:
                out += b'\xff\xff'
            else:
                r2 = s2.encode()
                out += _I16p(len(r2))
                out += r2
    return out


def _read_v4(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
        raise DecodeError('Results is null')
    elif c0 > blen - pos:
        raise DecodeError('Results count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
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
            (v1_resource_type,) = _S0u(data, pos)
            pos += 1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('ResourceName is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ResourceName runs past the end of the buffer')
                v1_resource_name = data[pos:e1].decode()
                pos = e1
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
                    v2_read_only, v2_config_source, v2_is_sensitive = _S1u(data, pos)
                    pos += 3
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('Synonyms is null')
                    elif c2 > blen - pos:
                        raise DecodeError('Synonyms count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            n3 = data[pos]
                            if n3 < 128:
                                pos += 1
                            else:
                                n3, pos = read_uvarint(data, pos)
                            n3 -= 1
                            if n3 < 0:
                                raise DecodeError('Name is null')
                            else:
                                e3 = pos + n3
                                if e3 > blen:
                                    raise DecodeError('Name runs past the end of the buffer')
                                v3_name = data[pos:e3].decode()
                                pos = e3
                            n3 = data[pos]
                            if n3 < 128:
                                pos += 1
                            else:
                                n3, pos = read_uvarint(data, pos)
                            n3 -= 1
                            if n3 < 0:
                                v3_value = None
                            else:
                                e3 = pos + n3
                                if e3 > blen:
                                    raise DecodeError('Value runs past the end of the buffer')
                                v3_value = data[pos:e3].decode()
                                pos = e3
                            (v3_source,) = _S0u(data, pos)
                            pos += 1
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(DescribeConfigsSynonym(v3_name, v3_value, v3_source, u3))
                        v2_synonyms = a2
                    (v2_config_type,) = _S0u(data, pos)
                    pos += 1
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_documentation = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Documentation runs past the end of the buffer')
                        v2_documentation = data[pos:e2].decode()
                        pos = e2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(DescribeConfigsResourceResult(
                        v2_name, v2_value, v2_read_only, v2_config_source, False, v2_is_sensitive,
                        v2_synonyms, v2_config_type, v2_documentation, u2
                    ))
                v1_configs = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(DescribeConfigsResult(
                v1_error_code, v1_error_message, v1_resource_type, v1_resource_name, v1_configs, u1
            ))
        v0_results = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeConfigsResponse(v0_throttle_time_ms, v0_results, u0), pos


def _write_v4(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.results
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
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
        out += _S0p(o1.resource_type)
        s1 = o1.resource_name
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
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
            out += _S1p(o2.read_only, o2.config_source, o2.is_sensitive)
            a2 = o2.synonyms
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            for o3 in a2:
                s3 = o3.name
                r3 = s3.encode()
                n3 = len(r3) + 1
                if n3 < 128:
                    out.append(n3)
                else:
                    write_uvarint(out, n3)
                out += r3
                s3 = o3.value
                if s3 is None:
                    out += b'\x00'
                else:
                    r3 = s3.encode()
                    n3 = len(r3) + 1
                    if n3 < 128:
                        out.append(n3)
                    else:
                        write_uvarint(out, n3)
                    out += r3
                out += _S0p(o3.source)
                if o3.unknown_tags:
                    write_tags(out, [], o3.unknown_tags)
                else:
                    out.append(0)
            out += _S0p(o2.config_type)
            s2 = o2.documentation
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
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    1: _read_v1,
    2: _read_v1,
    3: _read_v3,
    4: _read_v4,
}
_WRITERS = {
    1: _write_v1,
    2: _write_v1,
    3: _write_v3,
    4: _write_v4,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeConfigsResponse, int]:
    """Decode one DescribeConfigsResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 1-4, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'DescribeConfigsResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'DescribeConfigsResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'DescribeConfigsResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: DescribeConfigsResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'DescribeConfigsResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode DescribeConfigsResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
