"""Record batch v2: validation error codes, builder/reader round trips, codec interop with
aiokafka's batch builder and reader (an independent implementation), and the pure and native
implementations agreeing."""

from __future__ import annotations

import struct

import pytest
from aiokafka.record.default_records import DefaultRecordBatch, DefaultRecordBatchBuilder
from hypothesis import given, settings
from hypothesis import strategies as st

from streamd._accel import NATIVE, implementations
from streamd.records.batch import (
    ATTR_CONTROL,
    Compression,
    RecordError,
    iter_batches,
    parse_header,
    set_log_append_time,
    validate_produce_records,
    verify_crc,
)
from streamd.records.builder import Record, build_batch, build_control_batch
from streamd.records.compression import XERIAL_HEADER, compress, decompress
from streamd.records.errors import (
    CORRUPT_MESSAGE,
    INVALID_RECORD,
    MESSAGE_TOO_LARGE,
    UNSUPPORTED_COMPRESSION_TYPE,
    UNSUPPORTED_FOR_MESSAGE_FORMAT,
)
from streamd.records.reader import iter_records, read_records

CODECS = list(Compression)


def sample(count: int = 5) -> list[Record]:
    return [Record(key=None if i == 2 else b"k%d" % i, value=None if i == 3 else b"v" * i,
                   headers=[("h", b"x"), ("n", None)] if i % 2 else [], timestamp=1_000 + 10 * i, offset=i)
            for i in range(count)]


def validate(batch: bytes, api_version: int = 9, limit: int = 1 << 20) -> object:
    return validate_produce_records(memoryview(batch), api_version=api_version, max_message_bytes=limit)


@pytest.mark.parametrize("codec", CODECS)
def test_build_then_read_every_codec(codec: Compression) -> None:
    batch = build_batch(sample(), compression=codec)
    header = validate(batch)
    assert header.records_count == 5 and header.compression == codec  # type: ignore[attr-defined]
    got = read_records(batch)
    assert [(r.key, r.value, r.headers, r.timestamp, r.offset) for r in got] == [
        (r.key, r.value, r.headers, r.timestamp, r.offset) for r in sample()]


@pytest.mark.parametrize("codec", CODECS)
def test_aiokafka_reads_our_batches(codec: Compression) -> None:
    batch = DefaultRecordBatch(bytearray(build_batch(sample(), compression=codec)))
    assert batch.validate_crc()
    got = [(r.offset, r.timestamp, r.key, r.value, list(r.headers)) for r in batch]
    assert got == [(r.offset, r.timestamp, r.key, r.value, r.headers) for r in sample()]


@pytest.mark.parametrize("codec", CODECS)
def test_we_read_aiokafka_batches(codec: Compression) -> None:
    builder = DefaultRecordBatchBuilder(magic=2, compression_type=int(codec), is_transactional=False,
                                        producer_id=9, producer_epoch=1, base_sequence=40, batch_size=1 << 20)
    for r in sample():
        builder.append(r.offset, timestamp=r.timestamp, key=r.key, value=r.value, headers=r.headers)
    batch = bytes(builder.build())
    header = validate(batch)
    assert (header.producer_id, header.producer_epoch, header.base_sequence) == (9, 1, 40)  # type: ignore[attr-defined]
    assert header.last_sequence == 44  # type: ignore[attr-defined]
    got = read_records(batch)
    assert [(r.key, r.value, r.headers, r.timestamp) for r in got] == [
        (r.key, r.value, r.headers, r.timestamp) for r in sample()]


def test_snappy_reads_bare_raw_and_writes_xerial() -> None:
    import cramjam

    data = b"abc" * 50_000
    framed = compress(Compression.SNAPPY, data)
    assert framed.startswith(XERIAL_HEADER)
    assert decompress(Compression.SNAPPY, framed) == data
    assert decompress(Compression.SNAPPY, bytes(cramjam.snappy.compress_raw(data))) == data


def test_lz4_frames_use_independent_blocks() -> None:
    frame = compress(Compression.LZ4, b"x" * 100_000)
    assert frame[:4] == b"\x04\x22\x4d\x18"
    assert frame[4] & 0x20, "block independence flag (KIP-57) must be set"


def test_decompression_is_bounded() -> None:
    bomb = compress(Compression.GZIP, b"\x00" * (2 << 20))
    with pytest.raises(RecordError) as info:
        decompress(Compression.GZIP, bomb, max_output=1 << 20)
    assert info.value.error_code == CORRUPT_MESSAGE


def corrupt(batch: bytes, position: int, value: bytes) -> bytes:
    return batch[:position] + value + batch[position + len(value):]


@pytest.mark.parametrize(
    ("mutate", "code"),
    [
        (lambda b: b[:-1] + bytes([b[-1] ^ 1]), CORRUPT_MESSAGE),  # CRC mismatch
        (lambda b: corrupt(b, 16, b"\x01"), UNSUPPORTED_FOR_MESSAGE_FORMAT),  # magic 1
        (lambda b: corrupt(b, 16, b"\x07"), CORRUPT_MESSAGE),  # nonsense magic
        (lambda b: b[:40], CORRUPT_MESSAGE),  # shorter than a header
        (lambda b: b + b"\x00" * 3, INVALID_RECORD),  # trailing bytes: not exactly one batch
        (lambda b: b + b, INVALID_RECORD),  # two batches
        (lambda b: b"", INVALID_RECORD),  # no batch at all
        (lambda b: corrupt(b, 8, struct.pack(">i", len(b))), CORRUPT_MESSAGE),  # length too long
    ],
)
def test_validation_error_codes(mutate: object, code: int) -> None:
    with pytest.raises(RecordError) as info:
        validate(mutate(build_batch(sample())))  # type: ignore[operator]
    assert info.value.error_code == code


def test_too_large_and_zstd_version_gate_and_control_batches() -> None:
    batch = build_batch(sample())
    with pytest.raises(RecordError) as info:
        validate(batch, limit=len(batch) - 1)
    assert info.value.error_code == MESSAGE_TOO_LARGE
    zstd = build_batch(sample(), compression=Compression.ZSTD)
    validate(zstd, api_version=7)
    with pytest.raises(RecordError) as info:
        validate(zstd, api_version=6)
    assert info.value.error_code == UNSUPPORTED_COMPRESSION_TYPE
    control = build_control_batch(commit=True, producer_id=1, producer_epoch=0, timestamp_ms=5)
    assert parse_header(control).attributes & ATTR_CONTROL
    with pytest.raises(RecordError) as info:
        validate(control)
    assert info.value.error_code == INVALID_RECORD
    with pytest.raises(RecordError) as info:  # idempotent batch without a sequence
        validate(build_batch(sample(), producer_id=5, producer_epoch=0, base_sequence=-1))
    assert info.value.error_code == INVALID_RECORD


def test_log_append_time_rewrites_max_timestamp_and_crc() -> None:
    batch = bytearray(build_batch(sample()))
    set_log_append_time(batch, 0, 99_999)
    assert verify_crc(batch)
    assert all(r.timestamp == 99_999 for r in read_records(batch))


def test_iter_records_skips_control_batches_and_stops_at_a_partial_tail() -> None:
    data = build_batch(sample(2)) + build_control_batch(commit=False, producer_id=1, producer_epoch=0,
                                                         timestamp_ms=1) + build_batch(sample(1))[:30]
    assert len(list(iter_batches(data))) == 2
    assert len(list(iter_records(data))) == 2


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.none() | st.binary(max_size=40), st.none() | st.binary(max_size=200),
                          st.lists(st.tuples(st.text(max_size=5), st.none() | st.binary(max_size=5)), max_size=3),
                          st.integers(-(2**40), 2**40)), min_size=1, max_size=20),
       st.sampled_from(CODECS))
def test_any_records_round_trip(raw: list[tuple], codec: Compression) -> None:  # type: ignore[type-arg]
    records = [Record(key=k, value=v, headers=h, timestamp=t, offset=i) for i, (k, v, h, t) in enumerate(raw)]
    got = read_records(build_batch(records, compression=codec))
    assert [(r.key, r.value, r.headers, r.timestamp) for r in got] == [
        (r.key, r.value, r.headers, r.timestamp) for r in records]


def test_both_implementations_parse_headers_alike(impl: object) -> None:
    batch = build_batch(sample(), producer_id=123456789012, producer_epoch=7, base_sequence=2**31 - 3)
    fields = impl.parse_header_fields(batch, 0)  # type: ignore[attr-defined]
    assert fields == implementations()["pure"].parse_header_fields(batch, 0)
    assert fields[9:12] == (123456789012, 7, 2**31 - 3)
    with pytest.raises(ValueError):
        impl.parse_header_fields(batch[:60], 0)  # type: ignore[attr-defined]


@settings(max_examples=100, deadline=None)
@given(value=st.integers(-(2**63), 2**63 - 1))
def test_both_implementations_read_varints_alike(value: int) -> None:
    from streamd.records._pure import write_varint

    out = bytearray()
    write_varint(out, value)
    for module in implementations().values():
        assert module.read_varint(bytes(out), 0) == (value, len(out))


@settings(max_examples=60, deadline=None)
@given(payload=st.binary(max_size=80), count=st.integers(0, 4))
def test_both_implementations_reject_garbage_alike(payload: bytes, count: int) -> None:
    outcomes = []
    for module in implementations().values():
        try:
            outcomes.append(("ok", module.decode_records(payload, count)))
        except (ValueError, IndexError, UnicodeDecodeError):
            outcomes.append(("error", None))
    assert all(o == outcomes[0] for o in outcomes), outcomes


def test_native_is_active_unless_disabled() -> None:
    import os

    if os.environ.get("STREAMD_NO_NATIVE"):
        assert not NATIVE
    elif "native" in implementations():
        assert NATIVE
