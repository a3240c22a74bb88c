# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""EndTxnResponse (response, api key 26): versions 0-5, flexible 3+."""

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
    "EndTxnResponse",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 5
FLEXIBLE_MIN = 3  # 1000 when no version is flexible

_S0 = struct.Struct('>ih')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>ihqh')
_S1u = _S1.unpack_from
_S1p = _S1.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class EndTxnResponse:
    """EndTxnResponse, all versions (0-5; flexible 3+)."""

    #: versions 0+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 0+. The error code, or 0 if there was no error.
    error_code: int = 0
    #: versions 5+. The producer ID.
    producer_id: int = -1
    #: versions 5+. The current epoch associated with the producer.
    producer_epoch: int = -1
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        error_code: int = 0,
        producer_id: int = -1,
        producer_epoch: int = -1,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.error_code = error_code
        self.producer_id = producer_id
        self.producer_epoch = producer_epoch
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'error_code={self.error_code!r}, producer_id={self.producer_id!r}, '
                f'producer_epoch={self.producer_epoch!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.error_code, self.producer_id, self.producer_epoch,
                self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.error_code, other.producer_id, other.producer_epoch,
                other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code = _S0u(data, pos)
    pos += 6
    return EndTxnResponse(v0_throttle_time_ms, v0_error_code), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.throttle_time_ms, o0.error_code)
    return out


def _read_v3(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code = _S0u(data, pos)
    pos += 6
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return EndTxnResponse(v0_throttle_time_ms, v0_error_code, -1, -1, u0), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.throttle_time_ms, o0.error_code)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v5(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code, v0_producer_id, v0_producer_epoch = _S1u(data, pos)
    pos += 16
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return EndTxnResponse(v0_throttle_time_ms, v0_error_code, v0_producer_id, v0_producer_epoch, u0), pos


def _write_v5(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S1p(o0.throttle_time_ms, o0.error_code, o0.producer_id, o0.producer_epoch)
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
    5: _read_v5,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v0,
    2: _write_v0,
    3: _write_v3,
    4: _write_v3,
    5: _write_v5,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[EndTxnResponse, int]:
    """Decode one EndTxnResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-5, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'EndTxnResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'EndTxnResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'EndTxnResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: EndTxnResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'EndTxnResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode EndTxnResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
