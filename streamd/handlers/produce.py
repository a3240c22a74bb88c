"""Produce (key 0): v3-12 accepted, v0-2 listed in ApiVersions but refused.

Kafka 4.x removed Produce v0-2 (KIP-896) yet still lists them because old librdkafka refuses
brokers that do not (KAFKA-18659); a request at those versions closes the connection, as any
unsupported version does. v3 brings message format v2 and the transactional id; v7 allows
ZSTD; v8 adds record errors and an error message; v9 is flexible; v10 adds the current-leader
and node-endpoint tags (only written when non-default); v11 adds TRANSACTION_ABORTABLE.
v12 (same bytes) is transaction protocol v2 (KIP-890 part 2): the partitions of its
transactional batches join the producer's transaction here, before the append, as Kafka's
partition leader adds them, since the client sends no AddPartitionsToTxn. v13 (topic ids) is
not advertised yet.

acks=0 gets no response at all; if any partition failed, the connection is closed instead so
the client refreshes its metadata (KafkaApis.handleProduceRequest does the same).
"""

from __future__ import annotations

from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated.produce_request import ProduceRequest
from streamd.protocol._generated.produce_response import (
    PartitionProduceResponse,
    ProduceResponse,
    TopicProduceResponse,
)
from streamd.records.batch import RecordError, parse_header
from streamd.server.connection import CLOSE_CONNECTION, RequestContext
from streamd.server.registry import HandlerRegistry
from streamd.storage import PartitionKey

_VALID_ACKS = (0, 1, -1)


def _failed(index: int, error: int, message: str | None = None) -> PartitionProduceResponse:
    return PartitionProduceResponse(
        index=index, error_code=error, base_offset=-1, log_append_time_ms=-1, log_start_offset=-1,
        error_message=message,
    )


async def _add_to_transaction(context: RequestContext, request: ProduceRequest) -> dict[tuple[str, int], int]:
    """Produce v12+: add the partitions of the request's transactional batches to the
    producer's transaction (transaction protocol v2); the partitions refused, with their error.
    Batches the log would refuse anyway (unknown partitions, bad headers) are left to it."""
    broker = context.broker
    wanted: list[tuple[str, int]] = []
    producer: tuple[int, int] | None = None
    for topic_data in request.topic_data:
        topic = broker.topics.get(topic_data.name)
        for data in topic_data.partition_data:
            if topic is None or not 0 <= data.index < topic.num_partitions or not data.records:
                continue
            try:
                header = parse_header(data.records)
            except RecordError:
                continue
            if header.is_transactional:
                wanted.append((topic_data.name, data.index))
                producer = (header.producer_id, header.producer_epoch)
    if producer is None or not request.transactional_id:
        return {}
    error = await broker.transactions.add_partitions_implicitly(request.transactional_id, *producer, wanted)
    return {} if error == ErrorCode.NONE else dict.fromkeys(wanted, error)


async def handle_produce(context: RequestContext, request: ProduceRequest) -> object:
    broker = context.broker
    acks = request.acks
    version = context.api_version
    refused = await _add_to_transaction(context, request) if version >= 12 and request.transactional_id else {}
    now_ms = broker.now_ms()
    any_error = False
    appended: list[PartitionKey] = []
    responses: list[TopicProduceResponse] = []
    for topic_data in request.topic_data:
        topic = broker.topics.get(topic_data.name)
        settings = broker.configs.log_settings(topic) if topic is not None else None
        partitions: list[PartitionProduceResponse] = []
        for data in topic_data.partition_data:
            index = data.index
            if acks not in _VALID_ACKS:
                partitions.append(_failed(index, ErrorCode.INVALID_REQUIRED_ACKS))
            elif topic is None or settings is None or not 0 <= index < topic.num_partitions:
                partitions.append(
                    _failed(index, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
                            "This server does not host this topic-partition.")
                )
            elif (topic_data.name, index) in refused:
                partitions.append(_failed(index, refused[(topic_data.name, index)],
                                          "The partition could not be added to the transaction."))
            else:
                key = PartitionKey(topic.topic_id, index)
                records = data.records if data.records is not None else memoryview(b"")
                outcome = broker.logs.append(
                    key, records, api_version=version, settings=settings, now_ms=now_ms,
                    transactional_id=request.transactional_id,
                )
                if outcome.error_code == ErrorCode.NONE:
                    appended.append(key)
                partitions.append(
                    PartitionProduceResponse(
                        index=index,
                        error_code=outcome.error_code,
                        base_offset=outcome.base_offset,
                        log_append_time_ms=outcome.log_append_time,
                        log_start_offset=outcome.log_start_offset,
                        error_message=outcome.error_message,
                    )
                )
            if partitions[-1].error_code != ErrorCode.NONE:
                any_error = True
        responses.append(TopicProduceResponse(name=topic_data.name, partition_responses=partitions))
    if appended and acks != 0:
        await broker.durability.after_append(appended, acks)
    if acks == 0:
        return CLOSE_CONNECTION if any_error else None
    return ProduceResponse(responses=responses, throttle_time_ms=0)


def register(registry: HandlerRegistry) -> None:
    registry.register(ApiKey.PRODUCE, handle_produce, min_version=3, max_version=12, advertised_min=0)
