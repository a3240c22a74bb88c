"""Kafka's configuration definitions, as data: names, types, defaults, validators, synonyms.

Topic configs follow Kafka 4.x (TopicConfig and LogConfig); each names the broker config that
supplies its default (``retention.ms`` ← ``log.retention.ms``). Broker configs cover what
streamd honours and what tools commonly read. DescribeConfigs renders every one of them with a
source (ConfigSource, DescribeConfigsResponse.json) as Kafka does.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from streamd.config import BrokerConfig

__all__ = [
    "BROKER_CONFIGS",
    "TOPIC_CONFIGS",
    "ConfigDef",
    "ConfigEntry",
    "ConfigError",
    "ConfigSource",
    "ConfigSynonym",
    "ConfigType",
    "describe_broker_config",
    "describe_topic_config",
    "format_value",
    "parse_value",
    "validate_topic_configs",
]

LONG_MAX = 2**63 - 1
INT_MAX = 2**31 - 1


class ConfigType(enum.IntEnum):
    UNKNOWN = 0
    BOOLEAN = 1
    STRING = 2
    INT = 3
    SHORT = 4
    LONG = 5
    DOUBLE = 6
    LIST = 7
    CLASS = 8
    PASSWORD = 9


class ConfigSource(enum.IntEnum):
    """Wire ids of DescribeConfigsResponse ConfigSource (DescribeConfigsResponse.java); they
    differ from the order of the Admin client's ConfigEntry.ConfigSource enum."""

    UNKNOWN = 0
    DYNAMIC_TOPIC_CONFIG = 1
    DYNAMIC_BROKER_CONFIG = 2
    DYNAMIC_DEFAULT_BROKER_CONFIG = 3
    STATIC_BROKER_CONFIG = 4
    DEFAULT_CONFIG = 5
    DYNAMIC_BROKER_LOGGER_CONFIG = 6
    CLIENT_METRICS_CONFIG = 7
    GROUP_CONFIG = 8


class ConfigError(ValueError):
    def __init__(self, name: str, message: str) -> None:
        super().__init__(message)
        self.name = name


Validator = Callable[[str, Any], None]


def at_least(minimum: float) -> Validator:
    def check(name: str, value: Any) -> None:
        if value < minimum:
            raise ConfigError(name, f"Invalid value {value} for configuration {name}: Value must be at least {minimum}")

    return check


def between(low: float, high: float) -> Validator:
    def check(name: str, value: Any) -> None:
        if not low <= value <= high:
            raise ConfigError(name, f"Invalid value {value} for configuration {name}: Value must be between "
                                    f"{low} and {high}")

    return check


def one_of(*choices: str) -> Validator:
    def check(name: str, value: Any) -> None:
        items = value if isinstance(value, list) else [value]
        for item in items:
            if item not in choices:
                raise ConfigError(name, f"Invalid value {item} for configuration {name}: String must be one of: "
                                        f"{', '.join(choices)}")

    return check


@dataclass(frozen=True)
class ConfigDef:
    name: str
    type: ConfigType
    default: Any
    doc: str
    validator: Validator | None = None
    sensitive: bool = False
    broker_synonym: str | None = None
    dynamic: bool = False
    nullable: bool = False


@dataclass(frozen=True)
class ConfigSynonym:
    name: str
    value: str | None
    source: ConfigSource


@dataclass(frozen=True)
class ConfigEntry:
    name: str
    value: str | None
    source: ConfigSource
    read_only: bool
    sensitive: bool
    type: ConfigType
    doc: str
    synonyms: list[ConfigSynonym] = field(default_factory=list)


def _topic(name: str, type_: ConfigType, default: Any, doc: str, synonym: str | None,
           validator: Validator | None = None) -> ConfigDef:
    return ConfigDef(name, type_, default, doc, validator, broker_synonym=synonym)


_CODECS = ("uncompressed", "zstd", "lz4", "snappy", "gzip", "producer")
_T = ConfigType

TOPIC_CONFIGS: dict[str, ConfigDef] = {d.name: d for d in [
    _topic("cleanup.policy", _T.LIST, ["delete"], "Retention policy of old segments: delete, compact, or both.",
           "log.cleanup.policy", one_of("compact", "delete")),
    _topic("compression.gzip.level", _T.INT, -1, "Compression level for gzip.", "compression.gzip.level",
           between(-1, 9)),
    _topic("compression.lz4.level", _T.INT, 9, "Compression level for lz4.", "compression.lz4.level", between(1, 17)),
    _topic("compression.type", _T.STRING, "producer", "Final compression of the topic's data; 'producer' keeps "
           "what the producer sent.", "compression.type", one_of(*_CODECS)),
    _topic("compression.zstd.level", _T.INT, 3, "Compression level for zstd.", "compression.zstd.level",
           between(-131072, 22)),
    _topic("delete.retention.ms", _T.LONG, 86_400_000, "How long tombstones stay on compacted topics.",
           "log.cleaner.delete.retention.ms", at_least(0)),
    _topic("file.delete.delay.ms", _T.LONG, 60_000, "Delay before a deleted segment file is removed.",
           "log.segment.delete.delay.ms", at_least(0)),
    _topic("flush.messages", _T.LONG, LONG_MAX, "Force an fsync after this many messages.",
           "log.flush.interval.messages", at_least(1)),
    _topic("flush.ms", _T.LONG, LONG_MAX, "Force an fsync after this much time.", "log.flush.interval.ms",
           at_least(0)),
    _topic("follower.replication.throttled.replicas", _T.LIST, [], "Replicas throttled on the follower side.",
           None),
    _topic("index.interval.bytes", _T.INT, 4096, "Bytes of log between offset index entries.",
           "log.index.interval.bytes", at_least(0)),
    _topic("leader.replication.throttled.replicas", _T.LIST, [], "Replicas throttled on the leader side.", None),
    _topic("local.retention.bytes", _T.LONG, -2, "Local retention size with tiered storage (-2: retention.bytes).",
           "log.local.retention.bytes", at_least(-2)),
    _topic("local.retention.ms", _T.LONG, -2, "Local retention time with tiered storage (-2: retention.ms).",
           "log.local.retention.ms", at_least(-2)),
    _topic("max.compaction.lag.ms", _T.LONG, LONG_MAX, "Longest a message stays uncompacted.",
           "log.cleaner.max.compaction.lag.ms", at_least(1)),
    _topic("max.message.bytes", _T.INT, 1_048_588, "Largest record batch size allowed.", "message.max.bytes",
           at_least(0)),
    _topic("message.timestamp.after.max.ms", _T.LONG, 3_600_000, "How far ahead of the broker's clock a "
           "CreateTime timestamp may be.", "log.message.timestamp.after.max.ms", at_least(0)),
    _topic("message.timestamp.before.max.ms", _T.LONG, LONG_MAX, "How far behind the broker's clock a "
           "CreateTime timestamp may be.", "log.message.timestamp.before.max.ms", at_least(0)),
    _topic("message.timestamp.type", _T.STRING, "CreateTime", "CreateTime or LogAppendTime.",
           "log.message.timestamp.type", one_of("CreateTime", "LogAppendTime")),
    _topic("min.cleanable.dirty.ratio", _T.DOUBLE, 0.5, "Dirty ratio that makes a log eligible for cleaning.",
           "log.cleaner.min.cleanable.ratio", between(0, 1)),
    _topic("min.compaction.lag.ms", _T.LONG, 0, "Shortest time a message stays uncompacted.",
           "log.cleaner.min.compaction.lag.ms", at_least(0)),
    _topic("min.insync.replicas", _T.INT, 1, "Replicas that must acknowledge an acks=all write.",
           "min.insync.replicas", at_least(1)),
    _topic("preallocate", _T.BOOLEAN, False, "Preallocate segment files.", "log.preallocate"),
    _topic("remote.log.copy.disable", _T.BOOLEAN, False, "Stop copying to tiered storage.", None),
    _topic("remote.log.delete.on.disable", _T.BOOLEAN, False, "Delete tiered data when tiering is turned off.",
           None),
    _topic("remote.storage.enable", _T.BOOLEAN, False, "Tiered storage for this topic.", None),
    _topic("retention.bytes", _T.LONG, -1, "Largest partition size before old segments go (-1: no limit).",
           "log.retention.bytes"),
    _topic("retention.ms", _T.LONG, 604_800_000, "How long data is kept (-1: forever).", "log.retention.ms",
           at_least(-1)),
    _topic("segment.bytes", _T.INT, 1_073_741_824, "Segment file size.", "log.segment.bytes", at_least(1024 * 1024)),
    _topic("segment.index.bytes", _T.INT, 10_485_760, "Offset index size per segment.", "log.index.size.max.bytes",
           at_least(4)),
    _topic("segment.jitter.ms", _T.LONG, 0, "Random jitter subtracted from segment.ms.", "log.roll.jitter.ms",
           at_least(0)),
    _topic("segment.ms", _T.LONG, 604_800_000, "Time after which a segment rolls.", "log.roll.ms", at_least(1)),
    _topic("unclean.leader.election.enable", _T.BOOLEAN, False, "Allow out-of-sync replicas to lead.",
           "unclean.leader.election.enable"),
]}


def _broker(name: str, type_: ConfigType, default: Any, doc: str, validator: Validator | None = None,
            dynamic: bool = False, nullable: bool = False) -> ConfigDef:
    return ConfigDef(name, type_, default, doc, validator, dynamic=dynamic, nullable=nullable)


BROKER_CONFIGS: dict[str, ConfigDef] = {d.name: d for d in [
    _broker("advertised.listeners", _T.STRING, None, "Listeners published to clients.", nullable=True),
    _broker("auto.create.topics.enable", _T.BOOLEAN, True, "Create topics on first use."),
    _broker("broker.id", _T.INT, -1, "This broker's id (node.id in KRaft)."),
    _broker("compression.gzip.level", _T.INT, -1, "Default gzip level.", between(-1, 9), dynamic=True),
    _broker("compression.lz4.level", _T.INT, 9, "Default lz4 level.", between(1, 17), dynamic=True),
    _broker("compression.type", _T.STRING, "producer", "Default topic compression.", one_of(*_CODECS), dynamic=True),
    _broker("compression.zstd.level", _T.INT, 3, "Default zstd level.", between(-131072, 22), dynamic=True),
    _broker("connections.max.idle.ms", _T.LONG, 600_000, "Idle connections are closed after this."),
    _broker("default.replication.factor", _T.INT, 1, "Replication factor of auto-created topics."),
    _broker("delete.topic.enable", _T.BOOLEAN, True, "Allow topic deletion."),
    _broker("group.initial.rebalance.delay.ms", _T.INT, 3000, "Delay before a new group's first rebalance."),
    _broker("group.max.session.timeout.ms", _T.INT, 1_800_000, "Longest consumer session timeout."),
    _broker("group.max.size", _T.INT, INT_MAX, "Most members in a consumer group.", at_least(1)),
    _broker("group.min.session.timeout.ms", _T.INT, 6000, "Shortest consumer session timeout."),
    _broker("listeners", _T.STRING, "PLAINTEXT://127.0.0.1:9092", "Addresses the broker listens on."),
    _broker("log.cleaner.backoff.ms", _T.LONG, 15_000, "Pause between compaction passes.", at_least(0),
            dynamic=True),
    _broker("log.cleaner.enable", _T.BOOLEAN, True, "Run the log cleaner for compacted topics."),
    _broker("log.cleaner.delete.retention.ms", _T.LONG, 86_400_000, "Default delete.retention.ms.", at_least(0),
            dynamic=True),
    _broker("log.cleaner.max.compaction.lag.ms", _T.LONG, LONG_MAX, "Default max.compaction.lag.ms.", at_least(1),
            dynamic=True),
    _broker("log.cleaner.min.cleanable.ratio", _T.DOUBLE, 0.5, "Default min.cleanable.dirty.ratio.",
            between(0, 1), dynamic=True),
    _broker("log.cleaner.min.compaction.lag.ms", _T.LONG, 0, "Default min.compaction.lag.ms.", at_least(0),
            dynamic=True),
    _broker("log.cleanup.policy", _T.LIST, ["delete"], "Default cleanup.policy.", one_of("compact", "delete"),
            dynamic=True),
    _broker("log.dirs", _T.STRING, None, "Data directories.", nullable=True),
    _broker("log.flush.interval.messages", _T.LONG, LONG_MAX, "Default flush.messages.", at_least(1), dynamic=True),
    _broker("log.flush.interval.ms", _T.LONG, None, "Default flush.ms (null: log.flush.scheduler.interval.ms).",
            dynamic=True, nullable=True),
    _broker("log.flush.scheduler.interval.ms", _T.LONG, LONG_MAX, "How often the flusher checks logs."),
    _broker("log.index.interval.bytes", _T.INT, 4096, "Default index.interval.bytes.", at_least(0), dynamic=True),
    _broker("log.index.size.max.bytes", _T.INT, 10_485_760, "Default segment.index.bytes.", at_least(4),
            dynamic=True),
    _broker("log.local.retention.bytes", _T.LONG, -2, "Default local.retention.bytes.", dynamic=True),
    _broker("log.local.retention.ms", _T.LONG, -2, "Default local.retention.ms.", dynamic=True),
    _broker("log.message.timestamp.after.max.ms", _T.LONG, 3_600_000, "Default message.timestamp.after.max.ms.",
            at_least(0), dynamic=True),
    _broker("log.message.timestamp.before.max.ms", _T.LONG, LONG_MAX, "Default message.timestamp.before.max.ms.",
            at_least(0), dynamic=True),
    _broker("log.message.timestamp.type", _T.STRING, "CreateTime", "Default message.timestamp.type.",
            one_of("CreateTime", "LogAppendTime"), dynamic=True),
    _broker("log.preallocate", _T.BOOLEAN, False, "Default preallocate.", dynamic=True),
    _broker("log.retention.bytes", _T.LONG, -1, "Default retention.bytes.", dynamic=True),
    _broker("log.retention.hours", _T.INT, 168, "Default retention in hours (lowest precedence)."),
    _broker("log.retention.minutes", _T.INT, None, "Default retention in minutes.", nullable=True),
    _broker("log.retention.ms", _T.LONG, None, "Default retention.ms (wins over minutes and hours).",
            at_least(-1), dynamic=True, nullable=True),
    _broker("log.retention.check.interval.ms", _T.LONG, 300_000, "How often retention is applied.", at_least(1)),
    _broker("log.roll.hours", _T.INT, 168, "Default segment roll time in hours.", at_least(1)),
    _broker("log.roll.jitter.ms", _T.LONG, None, "Default segment.jitter.ms.", dynamic=True, nullable=True),
    _broker("log.roll.ms", _T.LONG, None, "Default segment.ms (wins over log.roll.hours).", dynamic=True,
            nullable=True),
    _broker("log.segment.bytes", _T.INT, 1_073_741_824, "Default segment.bytes.", at_least(14), dynamic=True),
    _broker("log.segment.delete.delay.ms", _T.LONG, 60_000, "Default file.delete.delay.ms.", at_least(0),
            dynamic=True),
    _broker("max.connections", _T.INT, INT_MAX, "Most connections the broker accepts.", at_least(0), dynamic=True),
    _broker("max.connections.per.ip", _T.INT, INT_MAX, "Most connections from one address.", at_least(0),
            dynamic=True),
    _broker("message.max.bytes", _T.INT, 1_048_588, "Default max.message.bytes.", at_least(0), dynamic=True),
    _broker("min.insync.replicas", _T.INT, 1, "Default min.insync.replicas.", at_least(1), dynamic=True),
    _broker("node.id", _T.INT, 1, "This node's id."),
    _broker("num.partitions", _T.INT, 1, "Partitions of auto-created topics.", at_least(1), dynamic=True),
    _broker("offsets.retention.minutes", _T.INT, 10080, "How long committed offsets of empty groups stay.",
            at_least(1)),
    _broker("offsets.topic.num.partitions", _T.INT, 50, "Partitions of __consumer_offsets.", at_least(1)),
    _broker("offsets.topic.replication.factor", _T.SHORT, 3, "Replication factor of __consumer_offsets.",
            at_least(1)),
    _broker("producer.id.expiration.ms", _T.INT, 86_400_000, "Idle producer ids expire after this.", at_least(1),
            dynamic=True),
    _broker("queued.max.requests", _T.INT, 500, "Requests queued per connection before reading pauses.",
            at_least(1)),
    _broker("socket.request.max.bytes", _T.INT, 104_857_600, "Largest request frame accepted.", at_least(1)),
    _broker("transaction.max.timeout.ms", _T.INT, 900_000, "Longest transaction timeout a producer may ask for.",
            at_least(1)),
    _broker("transaction.state.log.min.isr", _T.INT, 2, "min.insync.replicas of __transaction_state.",
            at_least(1)),
    _broker("transaction.state.log.num.partitions", _T.INT, 50, "Partitions of __transaction_state.",
            at_least(1)),
    _broker("transaction.state.log.replication.factor", _T.SHORT, 3, "Replication factor of __transaction_state.",
            at_least(1)),
    _broker("transactional.id.expiration.ms", _T.INT, 604_800_000, "Idle transactional ids expire after this.",
            at_least(1), dynamic=True),
    _broker("unclean.leader.election.enable", _T.BOOLEAN, False, "Default unclean.leader.election.enable.",
            dynamic=True),
]}


def parse_value(definition: ConfigDef, text: Any) -> Any:
    """A config value from its Kafka string (or an already-typed value), validated."""
    name = definition.name
    if text is None:
        if definition.nullable:
            return None
        raise ConfigError(name, f"Invalid value null for configuration {name}")
    kind = definition.type
    try:
        if kind == ConfigType.BOOLEAN:
            if isinstance(text, bool):
                value: Any = text
            elif str(text).strip().lower() in ("true", "false"):
                value = str(text).strip().lower() == "true"
            else:
                raise ValueError("Expected value to be either true or false")
        elif kind in (ConfigType.INT, ConfigType.SHORT, ConfigType.LONG):
            if isinstance(text, bool):
                raise ValueError("Not a number of type " + kind.name)
            value = int(str(text).strip())
            limit = {ConfigType.INT: 2**31, ConfigType.SHORT: 2**15, ConfigType.LONG: 2**63}[kind]
            if not -limit <= value < limit:
                raise ValueError("Not a number of type " + kind.name)
        elif kind == ConfigType.DOUBLE:
            value = float(str(text).strip())
        elif kind == ConfigType.LIST:
            value = list(text) if isinstance(text, list) else [i.strip() for i in str(text).split(",") if i.strip()]
        else:
            value = str(text).strip()
    except ValueError as exc:
        detail = str(exc) if "Expected" in str(exc) or "Not a number" in str(exc) else f"Not a number of type {kind.name}"
        raise ConfigError(name, f"Invalid value {text} for configuration {name}: {detail}") from None
    if definition.validator is not None:
        definition.validator(name, value)
    return value


def format_value(definition: ConfigDef, value: Any) -> str | None:
    if value is None:
        return None
    if definition.type == ConfigType.BOOLEAN:
        return "true" if value else "false"
    if definition.type == ConfigType.LIST:
        return ",".join(str(v) for v in value)
    if definition.type == ConfigType.DOUBLE:
        return repr(float(value))
    return str(value)


def validate_topic_configs(configs: Mapping[str, Any]) -> dict[str, Any]:
    """Typed values of topic overrides; ConfigError for unknown names or invalid values."""
    typed: dict[str, Any] = {}
    for name, text in configs.items():
        definition = TOPIC_CONFIGS.get(name)
        if definition is None:
            raise ConfigError(name, f"Unknown topic config name: {name}")
        typed[name] = parse_value(definition, text)
    return typed


def describe_topic_config(topic: str | None, overrides: Mapping[str, str], broker: BrokerConfig) -> list[ConfigEntry]:
    """Every topic config with its effective value and source, sorted by name."""
    entries = []
    for name in sorted(TOPIC_CONFIGS):
        definition = TOPIC_CONFIGS[name]
        synonyms: list[ConfigSynonym] = []
        if name in overrides:
            synonyms.append(ConfigSynonym(name, overrides[name], ConfigSource.DYNAMIC_TOPIC_CONFIG))
        synonym = definition.broker_synonym
        if synonym is not None and synonym in BROKER_CONFIGS:
            source = broker.source(synonym)
            if source != ConfigSource.DEFAULT_CONFIG:
                synonyms.append(ConfigSynonym(synonym, format_value(BROKER_CONFIGS[synonym], broker.get(synonym)),
                                              source))
        default_text = format_value(definition, definition.default)
        synonyms.append(ConfigSynonym(synonym or name, default_text, ConfigSource.DEFAULT_CONFIG))
        value, source = synonyms[0].value, synonyms[0].source
        if source == ConfigSource.DEFAULT_CONFIG and synonym is not None and synonym in BROKER_CONFIGS:
            value = format_value(definition, broker.get(synonym))
        entries.append(ConfigEntry(name, value, source, False, definition.sensitive, definition.type,
                                   definition.doc, synonyms))
    return entries


def describe_broker_config(broker: BrokerConfig) -> list[ConfigEntry]:
    entries = []
    for name in sorted(BROKER_CONFIGS):
        definition = BROKER_CONFIGS[name]
        source = broker.source(name)
        value = format_value(definition, broker.get(name))
        synonyms = [ConfigSynonym(name, value, source)]
        entries.append(ConfigEntry(name, value, source, not definition.dynamic, definition.sensitive,
                                   definition.type, definition.doc, synonyms))
    return entries
