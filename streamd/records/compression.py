"""Record batch compression codecs (attributes bits 0-2), with cramjam.

* gzip and zstd: standard framing.
* snappy: Java producers write xerial framing (a 16-byte header ``0x82 SNAPPY 0x00``,
  int32 version 1, int32 compat 1, then int32-length-prefixed raw snappy blocks of 32 KiB of
  input); readers must also accept bare raw snappy (librdkafka writes it). cramjam's
  ``snappy.compress`` writes the framed ``sNaPpY`` stream format, which Kafka cannot read, so
  the raw codec is framed here.
* lz4: standard LZ4 frames with independent blocks; Kafka's Java reader refuses block-linked
  frames (KIP-57).

Decompression is bounded by ``max_output`` so a small batch cannot expand without limit.
"""

from __future__ import annotations

import struct

import cramjam

from streamd.records.errors import CORRUPT_MESSAGE, RecordError

__all__ = ["Compression", "compress", "decompress"]

import enum


class Compression(enum.IntEnum):
    NONE = 0
    GZIP = 1
    SNAPPY = 2
    LZ4 = 3
    ZSTD = 4


XERIAL_HEADER = b"\x82SNAPPY\x00" + struct.pack(">ii", 1, 1)
_XERIAL_BLOCK = 32 * 1024
_LENGTH = struct.Struct(">i")
DEFAULT_MAX_OUTPUT = 64 * 1024 * 1024


def compress(codec: int, data: bytes | bytearray | memoryview) -> bytes:
    if codec == Compression.NONE:
        return bytes(data)
    if codec == Compression.GZIP:
        return bytes(cramjam.gzip.compress(data))
    if codec == Compression.SNAPPY:
        out = bytearray(XERIAL_HEADER)
        view = memoryview(data)
        for start in range(0, len(view), _XERIAL_BLOCK):
            block = bytes(cramjam.snappy.compress_raw(view[start : start + _XERIAL_BLOCK]))
            out += _LENGTH.pack(len(block))
            out += block
        return bytes(out)
    if codec == Compression.LZ4:
        compressor = cramjam.lz4.Compressor(content_checksum=False, block_linked=False)
        compressor.compress(bytes(data))
        return bytes(compressor.finish())
    if codec == Compression.ZSTD:
        return bytes(cramjam.zstd.compress(data))
    raise ValueError(f"unknown compression codec {codec}")


def decompress(codec: int, data: bytes | bytearray | memoryview, max_output: int = DEFAULT_MAX_OUTPUT) -> bytes:
    try:
        if codec == Compression.GZIP:
            out = bytes(cramjam.gzip.decompress(data))
        elif codec == Compression.SNAPPY:
            out = _snappy_decompress(memoryview(data), max_output)
        elif codec == Compression.LZ4:
            out = bytes(cramjam.lz4.decompress(data))
        elif codec == Compression.ZSTD:
            out = bytes(cramjam.zstd.decompress(data))
        elif codec == Compression.NONE:
            out = bytes(data)
        else:
            raise RecordError(CORRUPT_MESSAGE, f"unknown compression codec {codec}")
    except RecordError:
        raise
    except Exception as exc:  # noqa: BLE001 - every codec library error means a corrupt batch
        raise RecordError(CORRUPT_MESSAGE, f"cannot decompress {Compression(codec).name} data: {exc}") from None
    if len(out) > max_output:
        raise RecordError(CORRUPT_MESSAGE, f"decompressed batch exceeds {max_output} bytes")
    return out


def _snappy_decompress(view: memoryview, max_output: int) -> bytes:
    if bytes(view[:8]) != XERIAL_HEADER[:8]:
        return bytes(cramjam.snappy.decompress_raw(view))
    out = bytearray()
    pos = 16
    while pos < len(view):
        (length,) = _LENGTH.unpack_from(view, pos)
        pos += 4
        if length < 0 or pos + length > len(view):
            raise RecordError(CORRUPT_MESSAGE, "truncated xerial snappy block")
        out += cramjam.snappy.decompress_raw(view[pos : pos + length])
        pos += length
        if len(out) > max_output:
            raise RecordError(CORRUPT_MESSAGE, f"decompressed batch exceeds {max_output} bytes")
    return bytes(out)
