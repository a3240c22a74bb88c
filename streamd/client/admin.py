"""Topic administration: CreateTopics, DeleteTopics, DescribeConfigs, IncrementalAlterConfigs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from streamd.client.connection import BrokerConnection
from streamd.client.errors import KafkaError
from streamd.client.types import ZERO_UUID, ConfigEntry, ConfigSource, CreatedTopic, config_source
from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated.create_topics_request import (
    CreatableTopic,
    CreatableTopicConfig,
    CreateTopicsRequest,
)
from streamd.protocol._generated.delete_topics_request import DeleteTopicsRequest, DeleteTopicState
from streamd.protocol._generated.describe_configs_request import (
    DescribeConfigsRequest,
    DescribeConfigsResource,
)
from streamd.protocol._generated.incremental_alter_configs_request import (
    AlterableConfig,
    AlterConfigsResource,
    IncrementalAlterConfigsRequest,
)

__all__ = [
    "TOPIC_RESOURCE",
    "alter_topic_configs",
    "create_topic",
    "delete_topic",
    "describe_topic_configs",
]

TOPIC_RESOURCE = 2  # ConfigResource.Type.TOPIC
_OP_SET = 0
_OP_DELETE = 1
_ADMIN_TIMEOUT_MS = 30_000


def _topic(name: str) -> str:
    return f"topic '{name}'"


async def create_topic(
    connection: BrokerConnection,
    name: str,
    *,
    num_partitions: int = -1,
    replication_factor: int = -1,
    configs: Mapping[str, str] | None = None,
    validate_only: bool = False,
) -> CreatedTopic:
    """Create one topic; -1 partitions or replication factor means the broker's default."""
    version = connection.versions.version_for(ApiKey.CREATE_TOPICS)
    if version < 4:  # broker defaults (-1) arrived in v4 (KIP-464)
        num_partitions = 1 if num_partitions < 0 else num_partitions
        replication_factor = 1 if replication_factor < 0 else replication_factor
    request = CreateTopicsRequest(
        topics=[
            CreatableTopic(
                name=name,
                num_partitions=num_partitions,
                replication_factor=replication_factor,
                assignments=[],
                configs=[
                    CreatableTopicConfig(name=key, value=value) for key, value in (configs or {}).items()
                ],
            )
        ],
        timeout_ms=_ADMIN_TIMEOUT_MS,
        validate_only=validate_only,
    )
    response = await connection.request_at(ApiKey.CREATE_TOPICS, version, request)
    for result in response.topics:
        if result.name == name:
            if result.error_code:
                raise KafkaError(result.error_code, _topic(name), result.error_message)
            return CreatedTopic(
                name=name,
                topic_id=result.topic_id or ZERO_UUID,
                num_partitions=result.num_partitions if result.num_partitions >= 0 else num_partitions,
                replication_factor=(
                    result.replication_factor if result.replication_factor >= 0 else replication_factor
                ),
            )
    raise KafkaError(
        ErrorCode.UNKNOWN_SERVER_ERROR, _topic(name), "the broker's answer does not mention the topic"
    )


async def delete_topic(connection: BrokerConnection, name: str) -> None:
    version = connection.versions.version_for(ApiKey.DELETE_TOPICS)
    if version >= 6:
        request = DeleteTopicsRequest(
            topics=[DeleteTopicState(name=name, topic_id=ZERO_UUID)], timeout_ms=_ADMIN_TIMEOUT_MS
        )
    else:
        request = DeleteTopicsRequest(topic_names=[name], timeout_ms=_ADMIN_TIMEOUT_MS)
    response = await connection.request_at(ApiKey.DELETE_TOPICS, version, request)
    for result in response.responses:
        if result.name == name or (result.name is None and len(response.responses) == 1):
            if result.error_code:
                raise KafkaError(result.error_code, _topic(name), result.error_message)
            return
    raise KafkaError(
        ErrorCode.UNKNOWN_SERVER_ERROR, _topic(name), "the broker's answer does not mention the topic"
    )


async def describe_topic_configs(
    connection: BrokerConnection, name: str, keys: Sequence[str] | None = None
) -> list[ConfigEntry]:
    """Every config of the topic (or only ``keys``), each with its source."""
    version = connection.versions.version_for(ApiKey.DESCRIBE_CONFIGS)
    request = DescribeConfigsRequest(
        resources=[
            DescribeConfigsResource(
                resource_type=TOPIC_RESOURCE,
                resource_name=name,
                configuration_keys=list(keys) if keys is not None else None,
            )
        ],
        include_synonyms=False,
        include_documentation=False,
    )
    response = await connection.request_at(ApiKey.DESCRIBE_CONFIGS, version, request)
    entries: list[ConfigEntry] = []
    for result in response.results:
        if result.error_code:
            raise KafkaError(result.error_code, _topic(name), result.error_message)
        for config in result.configs:
            source = config_source(config.config_source)  # v1+ (the schema's floor)
            entries.append(
                ConfigEntry(
                    name=config.name,
                    value=config.value,
                    source=source,
                    is_default=source == ConfigSource.DEFAULT_CONFIG,
                    read_only=bool(config.read_only),
                    is_sensitive=bool(config.is_sensitive),
                )
            )
    return sorted(entries, key=lambda entry: entry.name)


async def alter_topic_configs(
    connection: BrokerConnection,
    name: str,
    *,
    set_values: Mapping[str, str] | None = None,
    delete_keys: Sequence[str] = (),
    validate_only: bool = False,
) -> None:
    """Set and/or delete topic-level overrides (deleting reverts to the broker's value)."""
    operations = [
        AlterableConfig(name=key, config_operation=_OP_SET, value=value)
        for key, value in (set_values or {}).items()
    ]
    operations += [AlterableConfig(name=key, config_operation=_OP_DELETE, value=None) for key in delete_keys]
    request = IncrementalAlterConfigsRequest(
        resources=[
            AlterConfigsResource(resource_type=TOPIC_RESOURCE, resource_name=name, configs=operations)
        ],
        validate_only=validate_only,
    )
    response = await connection.request(ApiKey.INCREMENTAL_ALTER_CONFIGS, request)
    for result in response.responses:
        if result.error_code:
            raise KafkaError(result.error_code, _topic(name), result.error_message)
