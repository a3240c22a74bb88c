# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""InitProducerIdResponse (response, api key 22): versions 0-6, flexible 2+."""

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
    "InitProducerIdResponse",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 6
FLEXIBLE_MIN = 2  # 1000 when no version is flexible

_S0 = struct.Struct('>ihqh')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>ihqhqh')
_S1u = _S1.unpack_from
_S1p = _S1.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class InitProducerIdResponse:
    """InitProducerIdResponse, all versions (0-6; flexible 2+)."""

    #: versions 0+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 0+. The error code, or 0 if there was no error.
    error_code: int = 0
    #: versions 0+. The current producer id.
    producer_id: int = -1
    #: versions 0+. The current epoch associated with the producer id.
    producer_epoch: int = 0
    #: versions 6+. The producer id for ongoing transaction when KeepPreparedTxn is used, -1 if there is no
    #: transaction ongoing.
    ongoing_txn_producer_id: int = -1
    #: versions 6+. The epoch associated with the producer id for ongoing transaction when KeepPreparedTxn
    #: is used, -1 if there is no transaction ongoing.
    ongoing_txn_producer_epoch: int = -1
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        error_code: int = 0,
        producer_id: int = -1,
        producer_epoch: int = 0,
        ongoing_txn_producer_id: int = -1,
        ongoing_txn_producer_epoch: int = -1,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.error_code = error_code
        self.producer_id = producer_id
        self.producer_epoch = producer_epoch
        self.ongoing_txn_producer_id = ongoing_txn_producer_id
        self.ongoing_txn_producer_epoch = ongoing_txn_producer_epoch
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'error_code={self.error_code!r}, producer_id={self.producer_id!r}, '
                f'producer_epoch={self.producer_epoch!r}, '
                f'ongoing_txn_producer_id={self.ongoing_txn_producer_id!r}, '
                f'ongoing_txn_producer_epoch={self.ongoing_txn_producer_epoch!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.error_code, self.producer_id, self.producer_epoch,
                self.ongoing_txn_producer_id, self.ongoing_txn_producer_epoch, self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.error_code, other.producer_id, other.producer_epoch,
                other.ongoing_txn_producer_id, other.ongoing_txn_producer_epoch, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code, v0_producer_id, v0_producer_epoch = _S0u(data, pos)
    pos += 16
    return InitProducerIdResponse(
        v0_throttle_time_ms, v0_error_code, v0_producer_id, v0_producer_epoch
    ), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.throttle_time_ms, o0.error_code, o0.producer_id, o0.producer_epoch)
    return out


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code, v0_producer_id, v0_producer_epoch = _S0u(data, pos)
    pos += 16
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return InitProducerIdResponse(
        v0_throttle_time_ms, v0_error_code, v0_producer_id, v0_producer_epoch, -1, -1, u0
    ), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.throttle_time_ms, o0.error_code, o0.producer_id, o0.producer_epoch)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v6(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code, v0_producer_id, v0_producer_epoch, v0_ongoing_txn_producer_id, v0_ongoing_txn_producer_epoch = _S1u(
        data, pos
    )
    pos += 26
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return InitProducerIdResponse(
        v0_throttle_time_ms, v0_error_code, v0_producer_id, v0_producer_epoch, v0_ongoing_txn_producer_id,
        v0_ongoing_txn_producer_epoch, u0
    ), pos


def _write_v6(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S1p(
        o0.throttle_time_ms, o0.error_code, o0.producer_id, o0.producer_epoch, o0.ongoing_txn_producer_id,
        o0.ongoing_txn_producer_epoch
    )
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    0: _read_v0,
    1: _read_v0,
    2: _read_v2,
    3: _read_v2,
    4: _read_v2,
    5: _read_v2,
    6: _read_v6,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v0,
    2: _write_v2,
    3: _write_v2,
    4: _write_v2,
    5: _write_v2,
    6: _write_v6,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[InitProducerIdResponse, int]:
    """Decode one InitProducerIdResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-6, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'InitProducerIdResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'InitProducerIdResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'InitProducerIdResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: InitProducerIdResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'InitProducerIdResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode InitProducerIdResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
