"""Effective configuration: broker settings with dynamic overrides, and topic configs.

Kafka resolves a topic config as: the topic's override, else the broker's value of its synonym
(log.retention.ms for retention.ms), else the default. Broker configs come from the static
configuration (file, environment, flags) unless a dynamic override was set with AlterConfigs
or IncrementalAlterConfigs on the BROKER resource: for this node (resource name = node id,
DYNAMIC_BROKER_CONFIG) or cluster-wide (empty name, DYNAMIC_DEFAULT_BROKER_CONFIG). Dynamic
overrides and topic overrides persist in the metadata document through the topic registry.

This module applies changes; the definitions (names, types, defaults, validators, synonyms)
live in config_defs.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from streamd.cluster.config_defs import (
    BROKER_CONFIGS,
    LONG_MAX,
    TOPIC_CONFIGS,
    ConfigEntry,
    ConfigError,
    ConfigType,
    describe_broker_config,
    describe_topic_config,
    parse_value,
    validate_topic_configs,
)
from streamd.cluster.logs import TopicLogSettings
from streamd.protocol._generated import ErrorCode

if TYPE_CHECKING:
    from streamd.cluster.topics import Topic, TopicRegistry
    from streamd.config import BrokerConfig

log = logging.getLogger("streamd.configs")

__all__ = ["AlterOperation", "ClusterConfigs", "ResourceError", "RESOURCE_TOPIC", "RESOURCE_BROKER"]

RESOURCE_TOPIC = 2
RESOURCE_BROKER = 4
RESOURCE_BROKER_LOGGER = 8


class ResourceError(Exception):
    def __init__(self, error_code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.error_code = error_code
        self.message = message


@dataclass(frozen=True, slots=True)
class AlterOperation:
    SET: ClassVar[int] = 0
    DELETE: ClassVar[int] = 1
    APPEND: ClassVar[int] = 2
    SUBTRACT: ClassVar[int] = 3

    name: str
    operation: int
    value: str | None


def _split_list(value: str | None) -> list[str]:
    if not value:
        return []
    return [item.strip() for item in value.split(",") if item.strip()]


class ClusterConfigs:
    def __init__(self, config: BrokerConfig, topics: TopicRegistry) -> None:
        self._config = config
        self._topics = topics
        self._settings: dict[uuid.UUID, TopicLogSettings] = {}

    # -- broker --------------------------------------------------------------------------
    def reload_dynamic(self) -> None:
        """Apply the dynamic broker overrides persisted in the metadata document."""
        for resource_name in ("", str(self._config.node_id)):
            for name, value in self._topics.broker_overrides(resource_name).items():
                try:
                    self._config.set_dynamic(name, value, default=resource_name == "")
                except ConfigError as exc:  # saved by an older version that allowed it
                    log.warning("ignoring saved dynamic broker config %s=%s: %s", name, value, exc)
        self._settings.clear()

    def broker_value(self, name: str) -> Any:
        return self._config.get(name)

    # -- topics --------------------------------------------------------------------------
    def validate_topic_overrides(self, configs: Mapping[str, str | None]) -> dict[str, str]:
        """Check CreateTopics configs; return the overrides as Kafka strings."""
        for name, value in configs.items():
            if value is None:
                raise ConfigError(name, f"Null value not supported for topic configs: {name}")
        validate_topic_configs(configs, self._config)
        return {name: str(value) for name, value in configs.items()}

    def topic_value(self, topic: Topic, name: str) -> Any:
        definition = TOPIC_CONFIGS[name]
        if name in topic.configs:
            return parse_value(definition, topic.configs[name])
        if definition.broker_synonym is not None:
            return self._config.get(definition.broker_synonym)
        return definition.default

    def log_settings(self, topic: Topic) -> TopicLogSettings:
        settings = self._settings.get(topic.topic_id)
        if settings is None:
            policy = self.topic_value(topic, "cleanup.policy")
            policies = policy if isinstance(policy, list) else _split_list(str(policy))
            settings = TopicLogSettings(
                flush_messages=int(self.topic_value(topic, "flush.messages")),
                flush_ms=int(self.topic_value(topic, "flush.ms")),
                retention_ms=int(self.topic_value(topic, "retention.ms")),
                retention_bytes=int(self.topic_value(topic, "retention.bytes")),
                deletes="delete" in policies,
                delete_retention_ms=int(self.topic_value(topic, "delete.retention.ms")),
                min_compaction_lag_ms=int(self.topic_value(topic, "min.compaction.lag.ms")),
                segment_bytes=int(self.topic_value(topic, "segment.bytes")),
                segment_ms=int(self.topic_value(topic, "segment.ms")),
                max_message_bytes=int(self.topic_value(topic, "max.message.bytes")),
                log_append_time=str(self.topic_value(topic, "message.timestamp.type")) == "LogAppendTime",
                compacted="compact" in policies,
                timestamp_before_max_ms=int(self.topic_value(topic, "message.timestamp.before.max.ms")),
                timestamp_after_max_ms=int(self.topic_value(topic, "message.timestamp.after.max.ms")),
            )
            self._settings[topic.topic_id] = settings
        return settings

    def flush_messages(self, topic_id: uuid.UUID) -> int:
        topic = self._topics.get_by_id(topic_id)
        return LONG_MAX if topic is None else self.log_settings(topic).flush_messages

    def flush_ms(self, topic_id: uuid.UUID) -> int:
        topic = self._topics.get_by_id(topic_id)
        return LONG_MAX if topic is None else self.log_settings(topic).flush_ms

    def forget_topic(self, topic: Topic) -> None:
        self._settings.pop(topic.topic_id, None)

    # -- describe ------------------------------------------------------------------------
    def describe_topic(self, overrides: Mapping[str, str]) -> list[ConfigEntry]:
        return describe_topic_config(None, dict(overrides), self._config)

    def describe(self, resource_type: int, resource_name: str, keys: Sequence[str] | None) -> list[ConfigEntry]:
        if resource_type == RESOURCE_TOPIC:
            topic = self._topics.get(resource_name)
            if topic is None:
                raise ResourceError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
                                    f"Topic {resource_name} does not exist.")
            entries = describe_topic_config(resource_name, topic.configs, self._config)
        elif resource_type == RESOURCE_BROKER:
            self._check_broker_name(resource_name, allow_default=True)
            entries = describe_broker_config(self._config, cluster_default=resource_name == "")
        elif resource_type == RESOURCE_BROKER_LOGGER:
            raise ResourceError(ErrorCode.INVALID_REQUEST, "Broker logger configs are not supported by streamd.")
        else:
            raise ResourceError(ErrorCode.INVALID_REQUEST, f"Unsupported resource type {resource_type}.")
        if keys is not None:
            wanted = set(keys)
            entries = [entry for entry in entries if entry.name in wanted]
        return entries

    def _check_broker_name(self, resource_name: str, *, allow_default: bool) -> None:
        if resource_name == "" and allow_default:
            return
        if resource_name != str(self._config.node_id):
            raise ResourceError(
                ErrorCode.INVALID_REQUEST,
                f"Unexpected broker id, expected {self._config.node_id} or empty string, but received {resource_name}",
            )

    # -- alter ---------------------------------------------------------------------------
    def alter(self, resource_type: int, resource_name: str, operations: Sequence[AlterOperation], *,
              incremental: bool, validate_only: bool) -> None:
        names = [op.name for op in operations]
        if len(set(names)) != len(names):
            raise ResourceError(ErrorCode.INVALID_REQUEST, "Error due to duplicate config keys")
        if resource_type == RESOURCE_TOPIC:
            topic = self._topics.get(resource_name)
            if topic is None:
                raise ResourceError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
                                    f"Topic {resource_name} does not exist.")
            current = dict(topic.configs) if incremental else {}
            updated = self._apply(current, operations, TOPIC_CONFIGS)
            self.validate_topic_overrides(updated)
            if not validate_only:
                self._topics.set_topic_configs(topic, updated)
                self._settings.pop(topic.topic_id, None)
        elif resource_type == RESOURCE_BROKER:
            self._check_broker_name(resource_name, allow_default=True)
            current = self._topics.broker_overrides(resource_name) if incremental else {}
            updated = self._apply(current, operations, BROKER_CONFIGS)
            for name, value in updated.items():
                definition = BROKER_CONFIGS[name]
                if not definition.dynamic:
                    raise ResourceError(ErrorCode.INVALID_REQUEST,
                                        f"Cannot update these configs dynamically: Set({name})")
                try:
                    parse_value(definition, value)
                except ConfigError as exc:  # Kafka answers every broker-resource error with 42
                    raise ResourceError(ErrorCode.INVALID_REQUEST, str(exc)) from None
            if not validate_only:
                previous = self._topics.broker_overrides(resource_name)
                self._topics.set_broker_overrides(resource_name, updated)
                for name in previous:
                    if name not in updated:
                        self._config.clear_dynamic(name, default=resource_name == "")
                for name, value in updated.items():
                    self._config.set_dynamic(name, value, default=resource_name == "")
                self._settings.clear()
        else:
            raise ResourceError(ErrorCode.INVALID_REQUEST, f"Unsupported resource type {resource_type}.")

    @staticmethod
    def _apply(current: dict[str, str], operations: Sequence[AlterOperation],
               definitions: Mapping[str, Any]) -> dict[str, str]:
        updated = dict(current)
        for op in operations:
            definition = definitions.get(op.name)
            if definition is None:
                kind = "topic config" if definitions is TOPIC_CONFIGS else "broker config"
                raise ConfigError(op.name, f"Unknown {kind} name: {op.name}")
            if op.operation == AlterOperation.SET:
                if op.value is None:
                    raise ConfigError(op.name, f"Null value not supported for config: {op.name}")
                updated[op.name] = op.value
            elif op.operation == AlterOperation.DELETE:
                updated.pop(op.name, None)
            elif op.operation in (AlterOperation.APPEND, AlterOperation.SUBTRACT):
                if definition.type != ConfigType.LIST:
                    verb = "APPEND" if op.operation == AlterOperation.APPEND else "SUBTRACT"
                    raise ConfigError(op.name, f"Can't {verb} to key {op.name} because its type is not LIST.")
                base = _split_list(updated.get(op.name, _default_text(definition)))
                items = _split_list(op.value)
                if op.operation == AlterOperation.APPEND:
                    merged = base + [item for item in items if item not in base]
                else:
                    merged = [item for item in base if item not in items]
                updated[op.name] = ",".join(merged)
            else:
                raise ResourceError(ErrorCode.INVALID_REQUEST, f"Unknown config operation {op.operation}")
        return updated


def _default_text(definition: Any) -> str:
    default = definition.default
    if isinstance(default, list):
        return ",".join(str(item) for item in default)
    return "" if default is None else str(default)
