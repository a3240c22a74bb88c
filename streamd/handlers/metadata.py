"""Metadata (key 3), v0-13.

Versions: v1 makes a null topic list mean "all topics" (an empty list means none; in v0 an
empty list meant all); v4 adds allow_auto_topic_creation; v8-10 carry cluster authorized
operations; v10 adds topic ids (a topic may be requested by id with a null name); v13 adds a
top-level error code.

A requested topic that does not exist is created when both the request allows it and the broker
has auto.create.topics.enable, with num.partitions partitions (Kafka's AutoTopicCreationManager).
Kafka creates it asynchronously and answers LEADER_NOT_AVAILABLE once; streamd creates it
synchronously and answers with the new topic, which every client accepts.
"""

from __future__ import annotations

import uuid

from streamd.cluster.topics import Topic, TopicError, validate_topic_name
from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated.metadata_request import MetadataRequest
from streamd.protocol._generated.metadata_response import (
    MetadataResponse,
    MetadataResponseBroker,
    MetadataResponsePartition,
    MetadataResponseTopic,
)
from streamd.server.connection import RequestContext
from streamd.server.registry import HandlerRegistry

_NO_OPERATIONS = -(2**31)
_ZERO_UUID = uuid.UUID(int=0)


def _describe(topic: Topic, node_id: int) -> MetadataResponseTopic:
    return MetadataResponseTopic(
        error_code=ErrorCode.NONE,
        name=topic.name,
        topic_id=topic.topic_id,
        is_internal=topic.is_internal,
        partitions=[
            MetadataResponsePartition(
                error_code=ErrorCode.NONE,
                partition_index=index,
                leader_id=node_id,
                leader_epoch=0,
                replica_nodes=[node_id],
                isr_nodes=[node_id],
                offline_replicas=[],
            )
            for index in range(topic.num_partitions)
        ],
        topic_authorized_operations=_NO_OPERATIONS,
    )


def _missing(name: str | None, topic_id: uuid.UUID, error: ErrorCode) -> MetadataResponseTopic:
    return MetadataResponseTopic(error_code=error, name=name, topic_id=topic_id, partitions=[])


def handle_metadata(context: RequestContext, request: MetadataRequest) -> MetadataResponse:
    broker = context.broker
    node = broker.node
    node_id = node.node_id
    version = context.api_version
    topics: list[MetadataResponseTopic] = []
    if request.topics is None or (version == 0 and not request.topics):
        topics = [_describe(topic, node_id) for topic in broker.topics.all()]
    else:
        auto_create = (request.allow_auto_topic_creation or version < 4) and broker.configs.broker_value(
            "auto.create.topics.enable"
        )
        for wanted in request.topics:
            if wanted.name is None:
                found = broker.topics.get_by_id(wanted.topic_id)
                if found is None:
                    topics.append(_missing(None, wanted.topic_id, ErrorCode.UNKNOWN_TOPIC_ID))
                else:
                    topics.append(_describe(found, node_id))
                continue
            name = wanted.name
            found = broker.topics.get(name)
            if found is not None:
                topics.append(_describe(found, node_id))
                continue
            try:
                validate_topic_name(name)
            except TopicError:
                topics.append(_missing(name, _ZERO_UUID, ErrorCode.INVALID_TOPIC_EXCEPTION))
                continue
            if not auto_create:
                topics.append(_missing(name, _ZERO_UUID, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION))
                continue
            try:
                created = broker.auto_create_topic(name)
            except TopicError as exc:
                topics.append(_missing(name, _ZERO_UUID, exc.error_code))
                continue
            topics.append(_describe(created, node_id))
    return MetadataResponse(
        throttle_time_ms=0,
        brokers=[MetadataResponseBroker(node_id=node_id, host=node.host, port=node.port, rack=node.rack)],
        cluster_id=broker.cluster_id,
        controller_id=node_id,
        topics=topics,
        cluster_authorized_operations=_NO_OPERATIONS,
        error_code=ErrorCode.NONE,
    )


def register(registry: HandlerRegistry) -> None:
    registry.register(ApiKey.METADATA, handle_metadata, min_version=0, max_version=13)
