"""Fetch (key 1), v4-12.

Versions: v4 adds isolation level, the last stable offset and aborted transactions (a
read_committed fetch reads only below the last stable offset and lists the aborted
transactions in the range, for the client to drop their records); v5 the log
start offset; v7 fetch sessions (KIP-227); v9 the current leader epoch; v11 the rack id and
preferred read replica; v12 is flexible. v13+ name topics by id and are not advertised yet
(Java clients drop to v12 when any partition lacks a topic id, FetchSessionHandler).

Fetch sessions are optional for a broker: answering session id 0 keeps every request a full
fetch. A request for a session id we never issued gets FETCH_SESSION_ID_NOT_FOUND.

Each partition returns whole batches, starting with the one that contains the fetch offset;
the client skips records before its position. The first batch of the first partition with
data goes out whatever its size (KIP-74), then ``partition_max_bytes`` and ``max_bytes`` cap
the rest. With fewer than ``min_bytes`` available the request parks until an append to one of
its partitions, or ``max_wait_ms``, whichever comes first; it never polls.
"""

from __future__ import annotations

import time

from streamd.cluster.logs import LogManager
from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated.fetch_request import FetchRequest
from streamd.protocol._generated.fetch_response import (
    AbortedTransaction,
    FetchableTopicResponse,
    FetchResponse,
    PartitionData,
)
from streamd.protocol.buffers import BufferList
from streamd.server.connection import RequestContext
from streamd.server.registry import HandlerRegistry
from streamd.storage import PartitionKey, StorageError

_READ_COMMITTED = 1
_LEADER_EPOCH = 0


def _error(partition: int, error: int, high_watermark: int = -1, log_start: int = -1) -> PartitionData:
    return PartitionData(
        partition_index=partition,
        error_code=error,
        high_watermark=high_watermark,
        last_stable_offset=high_watermark,
        log_start_offset=log_start,
        aborted_transactions=None,
        # Empty, never null: librdkafka fails to parse a null record set ("invalid
        # MessageSetSize -1") and Kafka always sends an empty one with an error.
        records=b"",
    )


def _read_all(context: RequestContext, request: FetchRequest) -> tuple[list[FetchableTopicResponse], int, bool,
                                                                          list[PartitionKey]]:
    """One pass over the requested partitions: (responses, bytes, any error, partition keys)."""
    broker = context.broker
    topics_out: list[FetchableTopicResponse] = []
    remaining = request.max_bytes if context.api_version >= 3 else 0x7FFFFFFF
    total = 0
    any_error = False
    keys: list[PartitionKey] = []
    read_committed = request.isolation_level == _READ_COMMITTED
    for fetch_topic in request.topics:
        topic = broker.topics.get(fetch_topic.topic)
        partitions_out: list[PartitionData] = []
        for wanted in fetch_topic.partitions:
            index = wanted.partition
            if topic is None or not 0 <= index < topic.num_partitions:
                partitions_out.append(_error(index, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION))
                any_error = True
                continue
            if wanted.current_leader_epoch > _LEADER_EPOCH:
                partitions_out.append(_error(index, ErrorCode.UNKNOWN_LEADER_EPOCH))
                any_error = True
                continue
            if 0 <= wanted.current_leader_epoch < _LEADER_EPOCH:
                partitions_out.append(_error(index, ErrorCode.FENCED_LEADER_EPOCH))
                any_error = True
                continue
            key = PartitionKey(topic.topic_id, index)
            keys.append(key)
            log_start, log_end = broker.logs.log_range(key)
            # Single node: the high watermark is the log end; the last stable offset is the first
            # offset of the oldest open transaction, and read_committed reads only below it.
            high_watermark = log_end
            stable = broker.logs.last_stable_offset(key)
            offset = wanted.fetch_offset
            if offset < log_start or offset > log_end:
                # Kafka answers -1 for the watermarks and log start here (checked on 4.1 and 4.2).
                partitions_out.append(_error(index, ErrorCode.OFFSET_OUT_OF_RANGE))
                any_error = True
                continue
            limit = min(wanted.partition_max_bytes, remaining)
            readable_end = stable if read_committed else high_watermark
            chunks: list[object] = []
            size = 0
            if offset < readable_end and (limit > 0 or total == 0):
                try:
                    result = broker.logs.read(
                        key, offset, limit, min_one=total == 0, max_offset=stable if read_committed else None
                    )
                except StorageError:
                    partitions_out.append(_error(index, ErrorCode.KAFKA_STORAGE_ERROR, high_watermark, log_start))
                    any_error = True
                    continue
                chunks = result.chunks
                size = result.size
            total += size
            remaining = max(remaining - size, 0)
            partitions_out.append(
                PartitionData(
                    partition_index=index,
                    error_code=ErrorCode.NONE,
                    high_watermark=high_watermark,
                    last_stable_offset=stable,
                    log_start_offset=log_start,
                    aborted_transactions=_aborted(broker.logs, key, offset, stable) if read_committed else None,
                    preferred_read_replica=-1,
                    records=_join(chunks, size),
                )
            )
        topics_out.append(FetchableTopicResponse(topic=fetch_topic.topic, partitions=partitions_out))
    return topics_out, total, any_error, keys


def _aborted(logs: LogManager, key: PartitionKey, start: int, end: int) -> list[AbortedTransaction]:
    """The aborted transactions a read_committed client needs to drop records in [start, end)."""
    return [
        AbortedTransaction(producer_id=txn.producer_id, first_offset=txn.first_offset)
        for txn in logs.aborted_transactions(key, start, end)
    ]


def _join(chunks: list[object], size: int) -> object:
    if not chunks:
        return b""
    if len(chunks) == 1:
        return chunks[0]
    return BufferList(chunks, size)


async def handle_fetch(context: RequestContext, request: FetchRequest) -> FetchResponse:
    broker = context.broker
    if context.api_version >= 7 and request.session_id != 0:
        return FetchResponse(throttle_time_ms=0, error_code=ErrorCode.FETCH_SESSION_ID_NOT_FOUND,
                             session_id=0, responses=[])
    if context.api_version >= 7 and request.session_epoch not in (0, -1):
        return FetchResponse(throttle_time_ms=0, error_code=ErrorCode.INVALID_FETCH_SESSION_EPOCH,
                             session_id=0, responses=[])
    deadline = time.monotonic() + max(request.max_wait_ms, 0) / 1000.0
    while True:
        responses, total, any_error, keys = _read_all(context, request)
        remaining_s = deadline - time.monotonic()
        if total >= request.min_bytes or any_error or remaining_s <= 0 or not keys:
            return FetchResponse(throttle_time_ms=0, error_code=ErrorCode.NONE, session_id=0, responses=responses)
        if not await broker.logs.wait_for_append(keys, remaining_s):
            responses, _, _, _ = _read_all(context, request)
            return FetchResponse(throttle_time_ms=0, error_code=ErrorCode.NONE, session_id=0, responses=responses)


def register(registry: HandlerRegistry) -> None:
    registry.register(ApiKey.FETCH, handle_fetch, min_version=4, max_version=12)
