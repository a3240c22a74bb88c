# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ApiVersionsRequest (request, api key 18): versions 0-4, flexible 3+."""

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
    "ApiVersionsRequest",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 4
FLEXIBLE_MIN = 3  # 1000 when no version is flexible



@dataclass(slots=True, init=False, repr=False, eq=False)
class ApiVersionsRequest:
    """ApiVersionsRequest, all versions (0-4; flexible 3+)."""

    #: versions 3+. The name of the client.
    client_software_name: str = ''
    #: versions 3+. The version of the client.
    client_software_version: str = ''
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        client_software_name: str = '',
        client_software_version: str = '',
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.client_software_name = client_software_name
        self.client_software_version = client_software_version
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(client_software_name={self.client_software_name!r}, '
                f'client_software_version={self.client_software_version!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.client_software_name, self.client_software_version, self.unknown_tags,
            ) == (
                other.client_software_name, other.client_software_version, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    return ApiVersionsRequest(), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
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
        raise DecodeError('ClientSoftwareName is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ClientSoftwareName runs past the end of the buffer')
        v0_client_software_name = data[pos:e0].decode()
        pos = e0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('ClientSoftwareVersion is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ClientSoftwareVersion runs past the end of the buffer')
        v0_client_software_version = data[pos:e0].decode()
        pos = e0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ApiVersionsRequest(v0_client_software_name, v0_client_software_version, u0), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.client_software_name
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    s0 = o0.client_software_version
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
    4: _read_v3,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v0,
    2: _write_v0,
    3: _write_v3,
    4: _write_v3,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[ApiVersionsRequest, int]:
    """Decode one ApiVersionsRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-4, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'ApiVersionsRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'ApiVersionsRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'ApiVersionsRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: ApiVersionsRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'ApiVersionsRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode ApiVersionsRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
