# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""RequestHeader (header): versions 1-2, flexible 2+."""

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
    write_tags,
)

__all__ = [
    "RequestHeader",
    "read",
    "write",
]

MIN_VERSION = 1
MAX_VERSION = 2
FLEXIBLE_MIN = 2  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_S0 = struct.Struct('>hhi')
_S0u = _S0.unpack_from
_S0p = _S0.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class RequestHeader:
    """RequestHeader, all versions (1-2; flexible 2+)."""

    #: versions 0+. The API key of this request.
    request_api_key: int = 0
    #: versions 0+. The API version of this request.
    request_api_version: int = 0
    #: versions 0+. The correlation ID of this request.
    correlation_id: int = 0
    #: versions 1+; nullable 1+. The client ID string.
    client_id: str | None = ''
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        request_api_key: int = 0,
        request_api_version: int = 0,
        correlation_id: int = 0,
        client_id: str | None = '',
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.request_api_key = request_api_key
        self.request_api_version = request_api_version
        self.correlation_id = correlation_id
        self.client_id = client_id
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(request_api_key={self.request_api_key!r}, '
                f'request_api_version={self.request_api_version!r}, '
                f'correlation_id={self.correlation_id!r}, client_id={self.client_id!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.request_api_key, self.request_api_version, self.correlation_id, self.client_id,
                self.unknown_tags,
            ) == (
                other.request_api_key, other.request_api_version, other.correlation_id, other.client_id,
                other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_request_api_key, v0_request_api_version, v0_correlation_id = _S0u(data, pos)
    pos += 8
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        v0_client_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ClientId runs past the end of the buffer')
        v0_client_id = data[pos:e0].decode()
        pos = e0
    return RequestHeader(v0_request_api_key, v0_request_api_version, v0_correlation_id, v0_client_id), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.request_api_key, o0.request_api_version, o0.correlation_id)
    s0 = o0.client_id
    if s0 is None:
        out += b'\xff\xff'
    else:
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    return out


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_request_api_key, v0_request_api_version, v0_correlation_id = _S0u(data, pos)
    pos += 8
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        v0_client_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ClientId runs past the end of the buffer')
        v0_client_id = data[pos:e0].decode()
        pos = e0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return RequestHeader(
        v0_request_api_key, v0_request_api_version, v0_correlation_id, v0_client_id, u0
    ), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.request_api_key, o0.request_api_version, o0.correlation_id)
    s0 = o0.client_id
    if s0 is None:
        out += b'\xff\xff'
    else:
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
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


def read(buf: memoryview, pos: int, version: int) -> tuple[RequestHeader, int]:
    """Decode one RequestHeader of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 1-2, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'RequestHeader has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'RequestHeader v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'RequestHeader v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: RequestHeader, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'RequestHeader has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode RequestHeader v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
