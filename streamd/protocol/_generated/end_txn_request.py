# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""EndTxnRequest (request, api key 26): versions 0-5, flexible 3+."""

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
    "EndTxnRequest",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 5
FLEXIBLE_MIN = 3  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_S0 = struct.Struct('>qh?')
_S0u = _S0.unpack_from
_S0p = _S0.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class EndTxnRequest:
    """EndTxnRequest, all versions (0-5; flexible 3+)."""

    #: versions 0+. The ID of the transaction to end.
    transactional_id: str = ''
    #: versions 0+. The producer ID.
    producer_id: int = 0
    #: versions 0+. The current epoch associated with the producer.
    producer_epoch: int = 0
    #: versions 0+. True if the transaction was committed, false if it was aborted.
    committed: bool = False
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        transactional_id: str = '',
        producer_id: int = 0,
        producer_epoch: int = 0,
        committed: bool = False,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.transactional_id = transactional_id
        self.producer_id = producer_id
        self.producer_epoch = producer_epoch
        self.committed = committed
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(transactional_id={self.transactional_id!r}, '
                f'producer_id={self.producer_id!r}, producer_epoch={self.producer_epoch!r}, '
                f'committed={self.committed!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.transactional_id, self.producer_id, self.producer_epoch, self.committed,
                self.unknown_tags,
            ) == (
                other.transactional_id, other.producer_id, other.producer_epoch, other.committed,
                other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('TransactionalId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('TransactionalId runs past the end of the buffer')
        v0_transactional_id = data[pos:e0].decode()
        pos = e0
    v0_producer_id, v0_producer_epoch, v0_committed = _S0u(data, pos)
    pos += 11
    return EndTxnRequest(v0_transactional_id, v0_producer_id, v0_producer_epoch, v0_committed), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.transactional_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    out += _S0p(o0.producer_id, o0.producer_epoch, o0.committed)
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
        raise DecodeError('TransactionalId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('TransactionalId runs past the end of the buffer')
        v0_transactional_id = data[pos:e0].decode()
        pos = e0
    v0_producer_id, v0_producer_epoch, v0_committed = _S0u(data, pos)
    pos += 11
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return EndTxnRequest(v0_transactional_id, v0_producer_id, v0_producer_epoch, v0_committed, u0), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.transactional_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    out += _S0p(o0.producer_id, o0.producer_epoch, o0.committed)
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
    5: _read_v3,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v0,
    2: _write_v0,
    3: _write_v3,
    4: _write_v3,
    5: _write_v3,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[EndTxnRequest, int]:
    """Decode one EndTxnRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-5, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'EndTxnRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'EndTxnRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'EndTxnRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: EndTxnRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'EndTxnRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode EndTxnRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
