"""Record batch v2 headers: parse, validate on the produce path, patch in place.

Header layout (DefaultRecordBatch.java), 61 bytes:

    0  baseOffset int64          broker overwrites (outside the CRC)
    8  batchLength int32         = total size - 12
    12 partitionLeaderEpoch      broker overwrites (outside the CRC)
    16 magic int8                must be 2 (Kafka 4.0 dropped v0/v1, KIP-724)
    17 crc uint32                CRC-32C over bytes 21..end
    21 attributes int16          bits 0-2 codec, 3 timestamp type, 4 transactional, 5 control
    23 lastOffsetDelta int32
    27 baseTimestamp int64, 35 maxTimestamp int64
    43 producerId int64, 51 producerEpoch int16, 53 baseSequence int32
    57 recordsCount int32

The produce path validates from the header alone (one unpack, one CRC32C): no per-record work
unless a topic asks for it (LogValidator.java, ProduceRequest.validateRecords).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass

from streamd._accel import crc32c, parse_header_fields
from streamd.records.compression import Compression
from streamd.records.errors import (
    CORRUPT_MESSAGE,
    INVALID_RECORD,
    MESSAGE_TOO_LARGE,
    UNSUPPORTED_COMPRESSION_TYPE,
    UNSUPPORTED_FOR_MESSAGE_FORMAT,
    RecordError,
)

__all__ = [
    "ATTR_CONTROL",
    "ATTR_LOG_APPEND_TIME",
    "ATTR_TRANSACTIONAL",
    "BATCH_HEADER_SIZE",
    "BatchHeader",
    "Compression",
    "RecordError",
    "iter_batches",
    "parse_header",
    "set_log_append_time",
    "stored_pieces",
    "validate_produce_records",
    "verify_crc",
]

BATCH_HEADER_SIZE = 61
LOG_OVERHEAD = 12  # baseOffset + batchLength
CRC_START = 21
ATTR_COMPRESSION_MASK = 0x07
ATTR_LOG_APPEND_TIME = 0x08
ATTR_TRANSACTIONAL = 0x10
ATTR_CONTROL = 0x20
_INT32_MAX = 2**31 - 1
_ZSTD_MIN_PRODUCE_VERSION = 7

_I64 = struct.Struct(">q")
_I32 = struct.Struct(">i")
_U32 = struct.Struct(">I")
_I16 = struct.Struct(">h")
_STORED_HEAD = struct.Struct(">qii")  # baseOffset, batchLength, partitionLeaderEpoch


@dataclass(slots=True)
class BatchHeader:
    base_offset: int
    batch_length: int
    partition_leader_epoch: int
    magic: int
    crc: int
    attributes: int
    last_offset_delta: int
    base_timestamp: int
    max_timestamp: int
    producer_id: int
    producer_epoch: int
    base_sequence: int
    records_count: int

    @property
    def compression(self) -> int:
        return self.attributes & ATTR_COMPRESSION_MASK

    @property
    def timestamp_type(self) -> int:
        return 1 if self.attributes & ATTR_LOG_APPEND_TIME else 0

    @property
    def is_transactional(self) -> bool:
        return bool(self.attributes & ATTR_TRANSACTIONAL)

    @property
    def is_control(self) -> bool:
        return bool(self.attributes & ATTR_CONTROL)

    @property
    def total_size(self) -> int:
        return self.batch_length + LOG_OVERHEAD

    @property
    def last_offset(self) -> int:
        return self.base_offset + self.last_offset_delta

    @property
    def last_sequence(self) -> int:
        """The sequence of the batch's last record; sequences wrap from INT32_MAX to 0."""
        if self.base_sequence < 0:
            return -1
        last = self.base_sequence + self.last_offset_delta
        return last - _INT32_MAX - 1 if last > _INT32_MAX else last


def parse_header(buf: bytes | bytearray | memoryview, pos: int = 0) -> BatchHeader:
    try:
        return BatchHeader(*parse_header_fields(buf, pos))
    except (ValueError, struct.error) as exc:
        raise RecordError(CORRUPT_MESSAGE, f"truncated record batch header: {exc}") from None


def verify_crc(buf: bytes | bytearray | memoryview, pos: int = 0) -> bool:
    header = parse_header(buf, pos)
    end = pos + header.total_size
    if end > len(buf) or header.total_size < BATCH_HEADER_SIZE:
        return False
    return crc32c(memoryview(buf)[pos + CRC_START : end]) == header.crc


def validate_produce_records(records: memoryview, *, api_version: int, max_message_bytes: int) -> BatchHeader:
    """Check one partition's records from a Produce request; return the batch header.

    Raises RecordError with Kafka's error code: INVALID_RECORD unless there is exactly one
    batch (Produce v3+), CORRUPT_MESSAGE for bad lengths or CRC, UNSUPPORTED_FOR_MESSAGE_FORMAT
    for magic other than 2, MESSAGE_TOO_LARGE over max.message.bytes, INVALID_RECORD for
    control batches and inconsistent producer fields, UNSUPPORTED_COMPRESSION_TYPE for ZSTD
    before Produce v7 or an unknown codec.
    """
    size = len(records)
    if size < LOG_OVERHEAD:
        raise RecordError(INVALID_RECORD, "Produce requests with version 3+ must have exactly one record batch")
    if size < BATCH_HEADER_SIZE:
        raise RecordError(CORRUPT_MESSAGE, f"record batch of {size} bytes is shorter than its header")
    header = parse_header(records, 0)
    if header.magic != 2:
        raise RecordError(
            UNSUPPORTED_FOR_MESSAGE_FORMAT if header.magic in (0, 1) else CORRUPT_MESSAGE,
            f"Produce requests with version 3+ must use record batch magic 2, got {header.magic}",
        )
    total = header.total_size
    if total < BATCH_HEADER_SIZE or total > size:
        raise RecordError(CORRUPT_MESSAGE, f"batch length {header.batch_length} does not match {size} bytes")
    if total < size:
        raise RecordError(INVALID_RECORD, "Produce requests with version 3+ must have exactly one record batch")
    if total > max_message_bytes:
        raise RecordError(
            MESSAGE_TOO_LARGE,
            f"The record batch size {total} is larger than the maximum allowed ({max_message_bytes})",
        )
    if crc32c(records[CRC_START:]) != header.crc:
        raise RecordError(CORRUPT_MESSAGE, "Record batch is corrupt (CRC32C mismatch)")
    codec = header.compression
    if codec > Compression.ZSTD:
        raise RecordError(UNSUPPORTED_COMPRESSION_TYPE, f"unknown compression codec {codec}")
    if codec == Compression.ZSTD and api_version < _ZSTD_MIN_PRODUCE_VERSION:
        raise RecordError(UNSUPPORTED_COMPRESSION_TYPE, "ZSTD compression needs Produce v7 or later")
    if header.is_control:
        raise RecordError(INVALID_RECORD, "Clients are not allowed to write control records")
    if header.records_count <= 0 or header.last_offset_delta != header.records_count - 1:
        raise RecordError(
            INVALID_RECORD,
            f"lastOffsetDelta {header.last_offset_delta} does not match the record count {header.records_count}",
        )
    if header.is_transactional and header.producer_id < 0:
        raise RecordError(INVALID_RECORD, "transactional batch without a producer id")
    if header.producer_id >= 0 and header.base_sequence < 0:
        raise RecordError(INVALID_RECORD, "idempotent batch without a base sequence")
    return header


def stored_pieces(batch: bytes | bytearray | memoryview, base_offset: int,
                  partition_leader_epoch: int) -> tuple[bytes, memoryview]:
    """``batch`` as a log stores it, in two pieces: a new 16-byte head with the broker's
    baseOffset and partitionLeaderEpoch (its batchLength kept), then a view of the rest. All
    three fields lie before the CRC'd part, so the batch itself is never copied to patch it."""
    (batch_length,) = _I32.unpack_from(batch, 8)
    head = _STORED_HEAD.pack(base_offset, batch_length, partition_leader_epoch)
    return head, memoryview(batch)[_STORED_HEAD.size :]


def set_log_append_time(buf: bytearray | memoryview, pos: int, now_ms: int) -> None:
    """LogAppendTime: set attribute bit 3 and maxTimestamp, then recompute the CRC. Consumers
    use maxTimestamp for every record of such a batch, so the records stay untouched."""
    header = parse_header(buf, pos)
    _I16.pack_into(buf, pos + 21, header.attributes | ATTR_LOG_APPEND_TIME)
    _I64.pack_into(buf, pos + 35, now_ms)
    end = pos + header.total_size
    _U32.pack_into(buf, pos + 17, crc32c(memoryview(buf)[pos + CRC_START : end]))


def iter_batches(buf: bytes | bytearray | memoryview) -> Iterator[tuple[int, BatchHeader]]:
    """(position, header) of each whole batch, stopping at a partial trailing batch."""
    pos = 0
    size = len(buf)
    while size - pos >= BATCH_HEADER_SIZE:
        header = parse_header(buf, pos)
        if header.total_size < BATCH_HEADER_SIZE or pos + header.total_size > size:
            return
        yield pos, header
        pos += header.total_size
