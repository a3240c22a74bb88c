"""CreateTopics (key 19, v2-7), DeleteTopics (key 20, v1-6), CreatePartitions (key 37, v0-3).

CreateTopics: v1 adds validate_only; v4 lets -1 ask for the broker's default partitions and
replication factor (KIP-464); v5 is flexible and returns the new topic's partition count,
replication factor and configs; v7 returns the topic id. Duplicate names in one request are
INVALID_REQUEST for each copy (Kafka's ControllerApis). Replication factor 1 is the only one a
single node can satisfy; more is INVALID_REPLICATION_FACTOR with Kafka's message.

DeleteTopics: v6 names topics by name or id (KIP-516). delete.topic.enable=false answers
TOPIC_DELETION_DISABLED.

CreatePartitions returns one result per requested topic, errors included (a Tansu finding).
"""

from __future__ import annotations

import uuid
from collections import Counter

from streamd.cluster.config_defs import ConfigError
from streamd.cluster.topics import TopicError
from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated.create_partitions_request import CreatePartitionsRequest
from streamd.protocol._generated.create_partitions_response import (
    CreatePartitionsResponse,
    CreatePartitionsTopicResult,
)
from streamd.protocol._generated.create_topics_request import CreateTopicsRequest
from streamd.protocol._generated.create_topics_response import (
    CreatableTopicConfigs,
    CreatableTopicResult,
    CreateTopicsResponse,
)
from streamd.protocol._generated.delete_topics_request import DeleteTopicsRequest
from streamd.protocol._generated.delete_topics_response import DeletableTopicResult, DeleteTopicsResponse
from streamd.server.connection import RequestContext
from streamd.server.registry import HandlerRegistry

_ZERO_UUID = uuid.UUID(int=0)


def handle_create_topics(context: RequestContext, request: CreateTopicsRequest) -> CreateTopicsResponse:
    broker = context.broker
    version = context.api_version
    counts = Counter(topic.name for topic in request.topics)
    results: list[CreatableTopicResult] = []
    for wanted in request.topics:
        result = CreatableTopicResult(name=wanted.name, topic_id=_ZERO_UUID, num_partitions=-1,
                                      replication_factor=-1, configs=None)
        results.append(result)
        if counts[wanted.name] > 1:
            result.error_code = ErrorCode.INVALID_REQUEST
            result.error_message = "Duplicate topic name."
            continue
        try:
            plan = broker.plan_topic(
                wanted.name,
                num_partitions=wanted.num_partitions,
                replication_factor=wanted.replication_factor,
                assignments=[(a.partition_index, list(a.broker_ids)) for a in wanted.assignments],
                configs={c.name: c.value for c in wanted.configs},
            )
            # A dry run gets a fresh random id, as from Kafka; a storage failure while creating
            # is a TopicError too (KAFKA_STORAGE_ERROR, nothing created).
            topic_id = uuid.uuid4() if request.validate_only else broker.topics.create_topic(plan).topic_id
        except TopicError as exc:
            result.error_code = exc.error_code
            result.error_message = exc.message
            continue
        except ConfigError as exc:
            result.error_code = ErrorCode.INVALID_CONFIG
            result.error_message = str(exc)
            continue
        result.topic_id = topic_id
        result.error_code = ErrorCode.NONE
        result.error_message = None
        result.num_partitions = plan.num_partitions
        result.replication_factor = plan.replication_factor
        if version >= 5:
            result.configs = [
                CreatableTopicConfigs(
                    name=entry.name,
                    value=entry.value,
                    read_only=entry.read_only,
                    config_source=entry.source,
                    is_sensitive=entry.sensitive,
                )
                for entry in broker.configs.describe_topic(plan.configs)
            ]
    return CreateTopicsResponse(throttle_time_ms=0, topics=results)


def handle_delete_topics(context: RequestContext, request: DeleteTopicsRequest) -> DeleteTopicsResponse:
    broker = context.broker
    version = context.api_version
    wanted: list[tuple[str | None, uuid.UUID]]
    if version >= 6:
        wanted = [(t.name, t.topic_id) for t in request.topics]
    else:
        wanted = [(name, _ZERO_UUID) for name in request.topic_names]
    deletion_enabled = broker.configs.broker_value("delete.topic.enable")
    results: list[DeletableTopicResult] = []
    for name, topic_id in wanted:
        result = DeletableTopicResult(name=name, topic_id=topic_id)
        results.append(result)
        if name is not None and topic_id != _ZERO_UUID:
            result.error_code = ErrorCode.INVALID_REQUEST
            result.error_message = "You may not specify both topic name and topic id."
            continue
        topic = broker.topics.get(name) if name is not None else broker.topics.get_by_id(topic_id)
        if topic is None:
            result.error_code = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION if name is not None else ErrorCode.UNKNOWN_TOPIC_ID
            result.error_message = (
                "This server does not host this topic-partition." if name is not None
                else "This server does not host this topic ID."
            )
            continue
        if not deletion_enabled:
            result.error_code = ErrorCode.TOPIC_DELETION_DISABLED
            result.error_message = "Topic deletion is disabled."
            continue
        result.name = topic.name
        result.topic_id = topic.topic_id
        broker.delete_topic(topic)
        result.error_code = ErrorCode.NONE
    return DeleteTopicsResponse(throttle_time_ms=0, responses=results)


def handle_create_partitions(
    context: RequestContext, request: CreatePartitionsRequest
) -> CreatePartitionsResponse:
    broker = context.broker
    counts = Counter(topic.name for topic in request.topics)
    results: list[CreatePartitionsTopicResult] = []
    for wanted in request.topics:
        result = CreatePartitionsTopicResult(name=wanted.name, error_code=ErrorCode.NONE, error_message=None)
        results.append(result)
        if counts[wanted.name] > 1:
            result.error_code = ErrorCode.INVALID_REQUEST
            result.error_message = "Duplicate topic name."
            continue
        topic = broker.topics.get(wanted.name)
        if topic is None:
            result.error_code = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION  # Kafka sends no message here
            continue
        assignments = None if wanted.assignments is None else [list(a.broker_ids) for a in wanted.assignments]
        try:
            broker.topics.plan_partitions(topic, wanted.count, assignments)
            if not request.validate_only:  # a storage failure: KAFKA_STORAGE_ERROR, none added
                broker.topics.add_partitions(topic, wanted.count)
        except TopicError as exc:
            result.error_code = exc.error_code
            result.error_message = exc.message
    return CreatePartitionsResponse(throttle_time_ms=0, results=results)


def register(registry: HandlerRegistry) -> None:
    registry.register(ApiKey.CREATE_TOPICS, handle_create_topics, min_version=2, max_version=7)
    registry.register(ApiKey.DELETE_TOPICS, handle_delete_topics, min_version=1, max_version=6)
    registry.register(ApiKey.CREATE_PARTITIONS, handle_create_partitions, min_version=0, max_version=3)
