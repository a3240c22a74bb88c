# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""InitProducerIdRequest (request, api key 22): versions 0-6, flexible 2+.

The latest version (6) is unstable: never advertise it.
"""

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
    "InitProducerIdRequest",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 6
FLEXIBLE_MIN = 2  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>iqh')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>iqh??')
_S1u = _S1.unpack_from
_S1p = _S1.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class InitProducerIdRequest:
    """InitProducerIdRequest, all versions (0-6; flexible 2+)."""

    #: versions 0+; nullable 0+. The transactional id, or null if the producer is not transactional.
    transactional_id: str | None = ''
    #: versions 0+. The time in ms to wait before aborting idle transactions sent by this producer. This is
    #: only relevant if a TransactionalId has been defined.
    transaction_timeout_ms: int = 0
    #: versions 3+. The producer id. This is used to disambiguate requests if a transactional id is reused
    #: following its expiration.
    producer_id: int = -1
    #: versions 3+. The producer's current epoch. This will be checked against the producer epoch on the
    #: broker, and the request will return an error if they do not match.
    producer_epoch: int = -1
    #: versions 6+. True if the client wants to enable two-phase commit (2PC) protocol for transactions.
    enable2_pc: bool = False
    #: versions 6+. True if the client wants to keep the currently ongoing transaction instead of aborting
    #: it.
    keep_prepared_txn: bool = False
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        transactional_id: str | None = '',
        transaction_timeout_ms: int = 0,
        producer_id: int = -1,
        producer_epoch: int = -1,
        enable2_pc: bool = False,
        keep_prepared_txn: bool = False,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.transactional_id = transactional_id
        self.transaction_timeout_ms = transaction_timeout_ms
        self.producer_id = producer_id
        self.producer_epoch = producer_epoch
        self.enable2_pc = enable2_pc
        self.keep_prepared_txn = keep_prepared_txn
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(transactional_id={self.transactional_id!r}, '
                f'transaction_timeout_ms={self.transaction_timeout_ms!r}, '
                f'producer_id={self.producer_id!r}, producer_epoch={self.producer_epoch!r}, '
                f'enable2_pc={self.enable2_pc!r}, keep_prepared_txn={self.keep_prepared_txn!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.transactional_id, self.transaction_timeout_ms, self.producer_id, self.producer_epoch,
                self.enable2_pc, self.keep_prepared_txn, self.unknown_tags,
            ) == (
                other.transactional_id, other.transaction_timeout_ms, other.producer_id,
                other.producer_epoch, other.enable2_pc, other.keep_prepared_txn, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        v0_transactional_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('TransactionalId runs past the end of the buffer')
        v0_transactional_id = data[pos:e0].decode()
        pos = e0
    (v0_transaction_timeout_ms,) = _I32u(data, pos)
    pos += 4
    return InitProducerIdRequest(v0_transactional_id, v0_transaction_timeout_ms), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.transactional_id
    if s0 is None:
        out += b'\xff\xff'
    else:
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    out += _I32p(o0.transaction_timeout_ms)
    return out


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_transactional_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('TransactionalId runs past the end of the buffer')
        v0_transactional_id = data[pos:e0].decode()
        pos = e0
    (v0_transaction_timeout_ms,) = _I32u(data, pos)
    pos += 4
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return InitProducerIdRequest(
        v0_transactional_id, v0_transaction_timeout_ms, -1, -1, False, False, u0
    ), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.transactional_id
    if s0 is None:
        out += b'\x00'
    else:
        r0 = s0.encode()
        n0 = len(r0) + 1
        if n0 < 128:
            out.append(n0)
        else:
            write_uvarint(out, n0)
        out += r0
    out += _I32p(o0.transaction_timeout_ms)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
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
        v0_transactional_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('TransactionalId runs past the end of the buffer')
        v0_transactional_id = data[pos:e0].decode()
        pos = e0
    v0_transaction_timeout_ms, v0_producer_id, v0_producer_epoch = _S0u(data, pos)
    pos += 14
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return InitProducerIdRequest(
        v0_transactional_id, v0_transaction_timeout_ms, v0_producer_id, v0_producer_epoch, False, False, u0
    ), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.transactional_id
    if s0 is None:
        out += b'\x00'
    else:
        r0 = s0.encode()
        n0 = len(r0) + 1
        if n0 < 128:
            out.append(n0)
        else:
            write_uvarint(out, n0)
        out += r0
    out += _S0p(o0.transaction_timeout_ms, o0.producer_id, o0.producer_epoch)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v6(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_transactional_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('TransactionalId runs past the end of the buffer')
        v0_transactional_id = data[pos:e0].decode()
        pos = e0
    v0_transaction_timeout_ms, v0_producer_id, v0_producer_epoch, v0_enable2_pc, v0_keep_prepared_txn = _S1u(
        data, pos
    )
    pos += 16
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return InitProducerIdRequest(
        v0_transactional_id, v0_transaction_timeout_ms, v0_producer_id, v0_producer_epoch, v0_enable2_pc,
        v0_keep_prepared_txn, u0
    ), pos


def _write_v6(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.transactional_id
    if s0 is None:
        out += b'\x00'
    else:
        r0 = s0.encode()
        n0 = len(r0) + 1
        if n0 < 128:
            out.append(n0)
        else:
            write_uvarint(out, n0)
        out += r0
    out += _S1p(
        o0.transaction_timeout_ms, o0.producer_id, o0.producer_epoch, o0.enable2_pc, o0.keep_prepared_txn
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
    3: _read_v3,
    4: _read_v3,
    5: _read_v3,
    6: _read_v6,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v0,
    2: _write_v2,
    3: _write_v3,
    4: _write_v3,
    5: _write_v3,
    6: _write_v6,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[InitProducerIdRequest, int]:
    """Decode one InitProducerIdRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-6, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'InitProducerIdRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'InitProducerIdRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'InitProducerIdRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: InitProducerIdRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'InitProducerIdRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode InitProducerIdRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
