"""Produce and Fetch against an in-process broker over a real socket."""

from __future__ import annotations

import asyncio
import struct

import pytest

from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.records.builder import build_batch
from streamd.records.reader import iter_records
from streamd.server.app import RunningBroker
from tests.handlers.helpers import (
    create_topic,
    fetch,
    fetch_request,
    produce,
    produce_records,
    produce_request,
    records,
)
from tests.wire import WireClient, decode_response


@pytest.fixture
async def client(running_broker: RunningBroker) -> WireClient:
    client = await WireClient.connect(running_broker.host, running_broker.port)
    yield client  # type: ignore[misc]
    await client.close()


async def test_produce_then_fetch_returns_the_records(client: WireClient) -> None:
    await create_topic(client, "t")
    first = await produce_records(client, "t", 3)
    second = await produce_records(client, "t", 2)
    assert (first.error_code, first.base_offset) == (0, 0)
    assert (second.error_code, second.base_offset) == (0, 3)
    data = await fetch(client, "t", 0)
    assert data.error_code == 0 and data.high_watermark == 5 and data.last_stable_offset == 5
    got = list(iter_records(bytes(data.records)))
    assert [r.offset for r in got] == [0, 1, 2, 3, 4]
    assert [r.value for r in got] == [b"v0", b"v1", b"v2", b"v0", b"v1"]
    assert got[0].headers == [("h", b"x")]


async def test_fetch_mid_batch_offset_returns_the_whole_containing_batch(client: WireClient) -> None:
    await create_topic(client, "t")
    await produce_records(client, "t", 5)
    await produce_records(client, "t", 5)
    data = await fetch(client, "t", 7)
    offsets = [r.offset for r in iter_records(bytes(data.records))]
    assert offsets == [5, 6, 7, 8, 9]


async def test_fetch_out_of_range(client: WireClient) -> None:
    await create_topic(client, "t")
    await produce_records(client, "t", 2)
    data = await fetch(client, "t", 3)
    assert data.error_code == ErrorCode.OFFSET_OUT_OF_RANGE
    assert (data.high_watermark, data.log_start_offset) == (-1, -1)  # as Kafka 4.1/4.2 answer
    at_end = await fetch(client, "t", 2)
    assert at_end.error_code == 0 and len(at_end.records) == 0


async def test_long_poll_is_woken_by_an_append(running_broker: RunningBroker, client: WireClient) -> None:
    await create_topic(client, "t")
    loop = asyncio.get_running_loop()
    started = loop.time()
    waiting = asyncio.ensure_future(fetch(client, "t", 0, max_wait_ms=20_000, min_bytes=1))
    await asyncio.sleep(0.2)
    assert not waiting.done()
    producer = await WireClient.connect(running_broker.host, running_broker.port)
    await produce_records(producer, "t", 1)
    data = await asyncio.wait_for(waiting, 5)
    assert loop.time() - started < 5
    assert [r.offset for r in iter_records(bytes(data.records))] == [0]
    await producer.close()


async def test_long_poll_times_out_after_max_wait(client: WireClient) -> None:
    await create_topic(client, "t")
    loop = asyncio.get_running_loop()
    started = loop.time()
    data = await fetch(client, "t", 0, max_wait_ms=300, min_bytes=1)
    elapsed = loop.time() - started
    assert 0.25 <= elapsed < 3
    assert data.error_code == 0 and len(data.records) == 0


async def test_min_bytes_waits_for_enough_data(running_broker: RunningBroker, client: WireClient) -> None:
    await create_topic(client, "t")
    one_batch = len(build_batch(records(1)))
    waiting = asyncio.ensure_future(fetch(client, "t", 0, max_wait_ms=20_000, min_bytes=one_batch * 2 + 1))
    producer = await WireClient.connect(running_broker.host, running_broker.port)
    await produce_records(producer, "t", 1)
    await asyncio.sleep(0.2)
    assert not waiting.done()
    await produce_records(producer, "t", 1)
    await produce_records(producer, "t", 1)
    data = await asyncio.wait_for(waiting, 5)
    assert len(list(iter_records(bytes(data.records)))) == 3
    await producer.close()


async def test_max_bytes_limits_but_first_batch_always_returned(client: WireClient) -> None:
    await create_topic(client, "t")
    for _ in range(3):
        await produce_records(client, "t", 10)
    data = await fetch(client, "t", 0, max_bytes=10, partition_max_bytes=10)
    assert [r.offset for r in iter_records(bytes(data.records))] == list(range(10))


async def test_crc_mismatch_is_corrupt_message(client: WireClient) -> None:
    await create_topic(client, "t")
    batch = bytearray(build_batch(records(2)))
    batch[-1] ^= 0xFF
    result = await produce(client, "t", bytes(batch))
    assert result.error_code == ErrorCode.CORRUPT_MESSAGE


async def test_batch_over_max_message_bytes_is_message_too_large(client: WireClient) -> None:
    await create_topic(client, "t", configs={"max.message.bytes": "1000"})
    from streamd.records.builder import Record

    big = build_batch([Record(key=b"k", value=b"x" * 5000, headers=[], timestamp=1, offset=0)])
    result = await produce(client, "t", big)
    assert result.error_code == ErrorCode.MESSAGE_TOO_LARGE


async def test_unknown_topic_or_partition(client: WireClient) -> None:
    await create_topic(client, "t")
    assert (await produce_records(client, "nope", 1)).error_code == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
    assert (await produce_records(client, "t", 1, partition=3)).error_code == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
    assert (await fetch(client, "nope", 0)).error_code == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION


async def test_keyless_record_on_compacted_topic_is_invalid_record(client: WireClient) -> None:
    await create_topic(client, "c", configs={"cleanup.policy": "compact"})
    from streamd.records.builder import Record

    keyless = build_batch([Record(key=None, value=b"v", headers=[], timestamp=1, offset=0)])
    assert (await produce(client, "c", keyless)).error_code == ErrorCode.INVALID_RECORD
    assert (await produce_records(client, "c", 2)).error_code == ErrorCode.NONE


async def test_idempotent_replay_of_the_same_request_adds_no_duplicate(client: WireClient) -> None:
    await create_topic(client, "t")
    batch = build_batch(records(4), producer_id=7, producer_epoch=0, base_sequence=0)
    first = await produce(client, "t", batch)
    replay = await produce(client, "t", batch)
    assert first.error_code == replay.error_code == ErrorCode.NONE
    assert replay.base_offset == first.base_offset == 0
    nxt = await produce(client, "t", build_batch(records(1), producer_id=7, producer_epoch=0, base_sequence=4))
    assert nxt.base_offset == 4
    gap = await produce(client, "t", build_batch(records(1), producer_id=7, producer_epoch=0, base_sequence=9))
    assert gap.error_code == ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER
    data = await fetch(client, "t", 0)
    assert [r.offset for r in iter_records(bytes(data.records))] == [0, 1, 2, 3, 4]


async def test_two_batches_in_one_partition_is_invalid_record(client: WireClient) -> None:
    await create_topic(client, "t")
    two = build_batch(records(1)) + build_batch(records(1))
    assert (await produce(client, "t", two)).error_code == ErrorCode.INVALID_RECORD


async def test_invalid_required_acks(client: WireClient) -> None:
    await create_topic(client, "t")
    assert (await produce_records(client, "t", 1, acks=2)).error_code == ErrorCode.INVALID_REQUIRED_ACKS


async def test_pipelined_requests_are_answered_in_order_with_acks_zero_skipped(client: WireClient) -> None:
    await create_topic(client, "t")
    batch = build_batch(records(1))
    frames = []
    from tests.wire import encode_request

    # correlation ids 100..109; the odd ones are acks=0 and get no response at all
    for i in range(10):
        acks = 0 if i % 2 else 1
        frames.append(encode_request(ApiKey.PRODUCE, 9, 100 + i, produce_request("t", batch, acks=acks)))
    frames.append(encode_request(ApiKey.FETCH, 12, 200, fetch_request("t", 0)))
    client.writer.write(b"".join(frames))
    await client.writer.drain()
    seen = []
    for _ in range(5):
        correlation_id, _response = decode_response(ApiKey.PRODUCE, 9, await client.read_frame())
        seen.append(correlation_id)
    correlation_id, fetched = decode_response(ApiKey.FETCH, 12, await client.read_frame())
    assert seen == [100, 102, 104, 106, 108]
    assert correlation_id == 200
    assert fetched.responses[0].partitions[0].high_watermark == 10


async def test_failed_acks_zero_produce_closes_the_connection(client: WireClient) -> None:
    from tests.wire import encode_request

    batch = build_batch(records(1))
    client.writer.write(encode_request(ApiKey.PRODUCE, 9, 1, produce_request("missing", batch, acks=0)))
    await client.writer.drain()
    assert await client.closed_by_peer()


async def test_log_append_time_topic_stamps_the_batch(client: WireClient) -> None:
    await create_topic(client, "lat", configs={"message.timestamp.type": "LogAppendTime"})
    result = await produce_records(client, "lat", 2)
    assert result.error_code == 0 and result.log_append_time_ms > 1_700_000_000_000
    data = await fetch(client, "lat", 0)
    got = list(iter_records(bytes(data.records)))
    assert all(r.timestamp == result.log_append_time_ms for r in got)
    stored = bytes(data.records)
    (attributes,) = struct.unpack_from(">h", stored, 21)
    assert attributes & 0x08


async def test_fetch_errors_carry_an_empty_not_null_record_set(client: WireClient) -> None:
    # librdkafka cannot parse a null record set; Kafka sends an empty one with every error.
    await create_topic(client, "t")
    assert (await fetch(client, "t", 5)).records is not None
    assert (await fetch(client, "missing", 0)).records is not None
