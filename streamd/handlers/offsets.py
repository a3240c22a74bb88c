"""ListOffsets (key 2, v1-9), DeleteRecords (key 21, v0-2), OffsetForLeaderEpoch (key 23, v2-4).

ListOffsets special timestamps (ListOffsetsRequest.java): -1 latest (the high watermark, or
the last stable offset under read_committed, v2+), -2 earliest, -3 the record with the largest
timestamp (v7, KIP-734), -4 earliest local (answered from v9 on, as Kafka 4.x does: the log
start here, there being no tiered storage), -5 (v9+: no tiered storage, so none). A
timestamp >= 0 finds the first record whose timestamp is at least it; none gives -1/-1.

DeleteRecords moves the log start offset; -1 means the high watermark; an offset above the
high watermark is OFFSET_OUT_OF_RANGE (Kafka's UnifiedLog.deleteOldSegments/maybeIncrementLogStartOffset).

OffsetForLeaderEpoch: a single node has had one leader epoch (0) for every partition, so the
end offset of epoch 0 is the log end; a later epoch is unknown.
"""

from __future__ import annotations

from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated.delete_records_request import DeleteRecordsRequest
from streamd.protocol._generated.delete_records_response import (
    DeleteRecordsPartitionResult,
    DeleteRecordsResponse,
    DeleteRecordsTopicResult,
)
from streamd.protocol._generated.list_offsets_request import ListOffsetsRequest
from streamd.protocol._generated.list_offsets_response import (
    ListOffsetsPartitionResponse,
    ListOffsetsResponse,
    ListOffsetsTopicResponse,
)
from streamd.protocol._generated.offset_for_leader_epoch_request import OffsetForLeaderEpochRequest
from streamd.protocol._generated.offset_for_leader_epoch_response import (
    EpochEndOffset,
    OffsetForLeaderEpochResponse,
    OffsetForLeaderTopicResult,
)
from streamd.server.connection import RequestContext
from streamd.server.registry import HandlerRegistry
from streamd.storage import PartitionKey

LATEST = -1
EARLIEST = -2
MAX_TIMESTAMP = -3
EARLIEST_LOCAL = -4
EARLIEST_PENDING_UPLOAD = -5
_LEADER_EPOCH = 0
_READ_COMMITTED = 1


def _leader_epoch_error(current_leader_epoch: int) -> int:
    if current_leader_epoch > _LEADER_EPOCH:
        return ErrorCode.UNKNOWN_LEADER_EPOCH
    if 0 <= current_leader_epoch < _LEADER_EPOCH:
        return ErrorCode.FENCED_LEADER_EPOCH
    return ErrorCode.NONE


def handle_list_offsets(context: RequestContext, request: ListOffsetsRequest) -> ListOffsetsResponse:
    broker = context.broker
    version = context.api_version
    read_committed = request.isolation_level == _READ_COMMITTED
    topics_out: list[ListOffsetsTopicResponse] = []
    for wanted_topic in request.topics:
        topic = broker.topics.get(wanted_topic.name)
        partitions_out: list[ListOffsetsPartitionResponse] = []
        for wanted in wanted_topic.partitions:
            index = wanted.partition_index
            answer = ListOffsetsPartitionResponse(partition_index=index, timestamp=-1, offset=-1, leader_epoch=-1)
            partitions_out.append(answer)
            if topic is None or not 0 <= index < topic.num_partitions:
                answer.error_code = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
                continue
            epoch_error = _leader_epoch_error(wanted.current_leader_epoch)
            if epoch_error:
                answer.error_code = epoch_error
                continue
            key = PartitionKey(topic.topic_id, index)
            log_start, log_end = broker.logs.log_range(key)
            timestamp = wanted.timestamp
            answer.error_code = ErrorCode.NONE
            if timestamp == LATEST:
                # read_committed asks for the last stable offset, which equals the high
                # watermark until transactions exist; the flag is carried for that issue.
                answer.offset = broker.logs.last_stable_offset(key) if read_committed else log_end
            elif timestamp == EARLIEST or (timestamp == EARLIEST_LOCAL and version >= 9):
                answer.offset = log_start
            elif timestamp == MAX_TIMESTAMP and version >= 7:
                found = broker.logs.max_timestamp(key)
                answer.offset, answer.timestamp = found.offset, found.timestamp
            elif timestamp == EARLIEST_PENDING_UPLOAD and version >= 9:
                pass  # no tiered storage: nothing pending upload
            elif timestamp >= 0:
                found = broker.logs.offset_for_timestamp(key, timestamp)
                answer.offset, answer.timestamp = found.offset, found.timestamp
            else:
                # A special timestamp the request version does not know: Kafka answers 35
                # (-3 below v7, -4 and -5 below v9, -6 and -7 through v10).
                answer.error_code = ErrorCode.UNSUPPORTED_VERSION
                continue
            if answer.offset >= 0:
                answer.leader_epoch = _LEADER_EPOCH
        topics_out.append(ListOffsetsTopicResponse(name=wanted_topic.name, partitions=partitions_out))
    return ListOffsetsResponse(throttle_time_ms=0, topics=topics_out)


def handle_delete_records(context: RequestContext, request: DeleteRecordsRequest) -> DeleteRecordsResponse:
    broker = context.broker
    topics_out: list[DeleteRecordsTopicResult] = []
    for wanted_topic in request.topics:
        topic = broker.topics.get(wanted_topic.name)
        partitions_out: list[DeleteRecordsPartitionResult] = []
        for wanted in wanted_topic.partitions:
            index = wanted.partition_index
            if topic is None or not 0 <= index < topic.num_partitions:
                partitions_out.append(
                    DeleteRecordsPartitionResult(
                        partition_index=index, low_watermark=-1, error_code=ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
                    )
                )
                continue
            key = PartitionKey(topic.topic_id, index)
            log_start, log_end = broker.logs.log_range(key)
            target = log_end if wanted.offset == -1 else wanted.offset
            if target < 0 or target > log_end:
                partitions_out.append(
                    DeleteRecordsPartitionResult(
                        partition_index=index, low_watermark=-1, error_code=ErrorCode.OFFSET_OUT_OF_RANGE
                    )
                )
                continue
            low_watermark = broker.logs.delete_records(key, target)
            partitions_out.append(
                DeleteRecordsPartitionResult(partition_index=index, low_watermark=low_watermark, error_code=ErrorCode.NONE)
            )
        topics_out.append(DeleteRecordsTopicResult(name=wanted_topic.name, partitions=partitions_out))
    return DeleteRecordsResponse(throttle_time_ms=0, topics=topics_out)


def handle_offset_for_leader_epoch(
    context: RequestContext, request: OffsetForLeaderEpochRequest
) -> OffsetForLeaderEpochResponse:
    broker = context.broker
    topics_out: list[OffsetForLeaderTopicResult] = []
    for wanted_topic in request.topics:
        topic = broker.topics.get(wanted_topic.topic)
        partitions_out: list[EpochEndOffset] = []
        for wanted in wanted_topic.partitions:
            index = wanted.partition
            answer = EpochEndOffset(partition=index, leader_epoch=-1, end_offset=-1)
            partitions_out.append(answer)
            if topic is None or not 0 <= index < topic.num_partitions:
                answer.error_code = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
                continue
            epoch_error = _leader_epoch_error(wanted.current_leader_epoch)
            if epoch_error:
                answer.error_code = epoch_error
                continue
            answer.error_code = ErrorCode.NONE
            if wanted.leader_epoch <= _LEADER_EPOCH:
                # Epochs below the first one map to the start of epoch 0, Kafka's
                # LeaderEpochFileCache.endOffsetFor answers (epoch 0, log end) for them too.
                answer.leader_epoch = _LEADER_EPOCH
                answer.end_offset = broker.logs.log_range(PartitionKey(topic.topic_id, index))[1]
        topics_out.append(OffsetForLeaderTopicResult(topic=wanted_topic.topic, partitions=partitions_out))
    return OffsetForLeaderEpochResponse(throttle_time_ms=0, topics=topics_out)


def register(registry: HandlerRegistry) -> None:
    registry.register(ApiKey.LIST_OFFSETS, handle_list_offsets, min_version=1, max_version=9)
    registry.register(ApiKey.DELETE_RECORDS, handle_delete_records, min_version=0, max_version=2)
    registry.register(ApiKey.OFFSET_FOR_LEADER_EPOCH, handle_offset_for_leader_epoch, min_version=2, max_version=4)
