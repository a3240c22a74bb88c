"""Kafka's configuration definitions, as data: names, types, defaults, validators, synonyms.

Topic configs are exactly the public ones of Kafka 4.1 (``LogConfig.nonInternalConfigNames``);
each names the broker config that supplies its default (``retention.ms`` ← ``log.retention.ms``,
``ServerTopicConfigSynonyms.TOPIC_CONFIG_SYNONYMS``). Broker configs cover what streamd honours
and what tools commonly read, with Kafka's types, defaults and validators (``KafkaConfig``,
``ServerLogConfigs``, ``ServerConfigs``) and whether Kafka lets them change at runtime
(``DynamicBrokerConfig.AllDynamicConfigs``).

DescribeConfigs answers follow Kafka's ``ConfigHelper``: a topic config's synonyms are its
topic override, then every configured value of its broker synonym's family (the ms / minutes /
hours variants) from the most to the least specific layer (dynamic per-broker, dynamic
cluster-wide, static, default); the entry's source is that of the first synonym, else
DEFAULT_CONFIG. Error messages are Kafka's (``ConfigException``: "Invalid value V for
configuration N: ..."), checked against a Kafka 4.1.1 broker.
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal, NamedTuple, Protocol

__all__ = [
    "BROKER_CONFIGS",
    "BROKER_SYNONYM_FAMILIES",
    "DEFAULT_DATA_DIR",
    "DEFAULT_LISTEN_HOST",
    "DEFAULT_LISTEN_PORT",
    "DEFAULT_NODE_ID",
    "TOPIC_CONFIGS",
    "BrokerSettings",
    "ConfigDef",
    "ConfigEntry",
    "ConfigError",
    "ConfigErrorKind",
    "ConfigSource",
    "ConfigSynonym",
    "ConfigType",
    "ListOf",
    "OneOf",
    "Range",
    "RangeOrValue",
    "ThrottledReplicas",
    "Validator",
    "describe_broker_config",
    "describe_topic_config",
    "format_value",
    "java_double",
    "parse_value",
    "topic_config_value",
    "validate_topic_configs",
]

INT_MAX = 2**31 - 1
# streamd's own defaults for the settings that Kafka names listeners, log.dirs and node.id.
DEFAULT_LISTEN_HOST = "127.0.0.1"
DEFAULT_LISTEN_PORT = 9092
DEFAULT_DATA_DIR = "./streamd-data"
DEFAULT_NODE_ID = 1
LONG_MAX = 2**63 - 1
_INTEGER_BOUNDS = {"INT": 2**31, "SHORT": 2**15, "LONG": 2**63}


class ConfigType(enum.IntEnum):
    """DescribeConfigs v3+ ``ConfigType`` (``DescribeConfigsResponse.ConfigType``)."""

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
    """Wire ids of DescribeConfigs ``ConfigSource`` (``DescribeConfigsResponse.ConfigSource``).

    The ids are not the declaration order of the Admin client's ``ConfigEntry.ConfigSource``
    (which lists the logger source second); a Kafka 4.1.1 broker answers with these. The names
    are the Admin client's; the wire enum's own names are kept as aliases.
    """

    UNKNOWN = 0
    DYNAMIC_TOPIC_CONFIG = 1
    DYNAMIC_BROKER_CONFIG = 2
    DYNAMIC_DEFAULT_BROKER_CONFIG = 3
    STATIC_BROKER_CONFIG = 4
    DEFAULT_CONFIG = 5
    DYNAMIC_BROKER_LOGGER_CONFIG = 6
    DYNAMIC_CLIENT_METRICS_CONFIG = 7
    DYNAMIC_GROUP_CONFIG = 8
    # Aliases: the names of the wire enum.
    TOPIC_CONFIG = 1
    CLIENT_METRICS_CONFIG = 7
    GROUP_CONFIG = 8


ConfigErrorKind = Literal["unknown", "invalid", "read_only"]


class ConfigError(ValueError):
    """A config name or value Kafka would reject; ``str(error)`` is Kafka's message.

    ``kind`` tells handlers how to answer: on a TOPIC resource Kafka answers every kind with
    INVALID_CONFIG (40), e.g. "Unknown topic config name: foo" for CreateTopics,
    AlterConfigs and IncrementalAlterConfigs alike; on a BROKER resource it answers
    INVALID_REQUEST (42), including invalid values ("read_only" is "Cannot update these configs
    dynamically: Set(num.partitions)"). Kafka 4.1.1 accepts unknown names on a broker resource;
    streamd rejects them.
    """

    def __init__(self, name: str, message: str, kind: ConfigErrorKind = "invalid") -> None:
        super().__init__(message)
        self.name = name
        self.message = message
        self.kind: ConfigErrorKind = kind


# -- value rendering ------------------------------------------------------------------------

def java_double(value: float) -> str:
    """``Double.toString``: plain notation in [1e-3, 1e7), else ``d.dddE±n``; NaN, Infinity."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "-0.0" if math.copysign(1.0, value) < 0 else "0.0"
    sign = "-" if value < 0 else ""
    shortest = Decimal(repr(abs(value)))  # the shortest digits that round-trip, as Java prints
    exponent = shortest.adjusted()  # decimal exponent of the first significant digit
    digits = "".join(str(d) for d in shortest.as_tuple().digits).strip("0") or "0"
    if -3 <= exponent < 7:
        if exponent < 0:
            return f"{sign}0.{'0' * (-exponent - 1)}{digits}"
        whole = digits[: exponent + 1].ljust(exponent + 1, "0")
        return f"{sign}{whole}.{digits[exponent + 1:] or '0'}"
    return f"{sign}{digits[0]}.{digits[1:] or '0'}E{exponent}"


def _java_text(value: Any) -> str:
    """How Java's ``String.valueOf`` shows a parsed value in an error message."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return java_double(value)
    if isinstance(value, list):
        return "[" + ", ".join(str(item) for item in value) + "]"
    return str(value)


def _invalid(name: str, value: Any, reason: str | None = None) -> ConfigError:
    """``ConfigException(name, value, message)``."""
    suffix = f": {reason}" if reason else ""
    return ConfigError(name, f"Invalid value {_java_text(value)} for configuration {name}{suffix}")


# -- validators -----------------------------------------------------------------------------

class Validator:
    """Checks a parsed value (``ConfigDef.Validator``); ``str()`` gives Kafka's summary."""

    def check(self, name: str, value: Any) -> None:
        raise NotImplementedError


@dataclass(frozen=True)
class Range(Validator):
    """``ConfigDef.Range``: inclusive bounds, either may be open."""

    min: int | float | None = None
    max: int | float | None = None

    @classmethod
    def at_least(cls, minimum: int | float) -> Range:
        return cls(minimum, None)

    @classmethod
    def between(cls, minimum: int | float, maximum: int | float) -> Range:
        return cls(minimum, maximum)

    def check(self, name: str, value: Any) -> None:
        if self.min is not None and value < self.min:
            raise _invalid(name, value, f"Value must be at least {self.min}")
        if self.max is not None and value > self.max:
            raise _invalid(name, value, f"Value must be no more than {self.max}")

    def __str__(self) -> str:
        low = "" if self.min is None else f"{self.min},"
        high = "" if self.max is None else f",{self.max}"
        return f"[{low}...{high}]"


@dataclass(frozen=True)
class RangeOrValue(Validator):
    """A range plus one special value, as Kafka's gzip level check (1..9 or -1)."""

    min: int
    max: int
    special: int

    def check(self, name: str, value: Any) -> None:
        if value != self.special and not self.min <= value <= self.max:
            reason = f"Value must be between {self.min} and {self.max} or equal to {self.special}"
            raise _invalid(name, value, reason)

    def __str__(self) -> str:
        return f"[{self.min},...,{self.max}] or {self.special}"


@dataclass(frozen=True)
class OneOf(Validator):
    """``ConfigDef.ValidString``: case-sensitive choice."""

    choices: tuple[str, ...]

    def check(self, name: str, value: Any) -> None:
        if value not in self.choices:
            raise _invalid(name, value, f"String must be one of: {', '.join(self.choices)}")

    def __str__(self) -> str:
        return "[" + ", ".join(self.choices) + "]"


@dataclass(frozen=True)
class ListOf(Validator):
    """``ConfigDef.ValidList``: every item one of the choices, no empty items (an empty list is fine)."""

    choices: tuple[str, ...]

    def check(self, name: str, value: Any) -> None:
        for item in value:
            if item == "":
                raise ConfigError(name, f"Configuration '{name}' values must not be empty.")
            OneOf(self.choices).check(name, item)

    def __str__(self) -> str:
        return "[" + ", ".join(self.choices) + "]"


_REPLICA = re.compile(r"([0-9]+:[0-9]+)?")


@dataclass(frozen=True)
class ThrottledReplicas(Validator):
    """``ThrottledReplicaListValidator``: ``*`` or ``partition:broker`` pairs."""

    def check(self, name: str, value: Any) -> None:
        items = [str(item).strip() for item in value]
        if not (all(_REPLICA.fullmatch(item) for item in items) or "".join(items) == "*"):
            reason = (f"{name} must be the literal '*' or a list of replicas in the following format: "
                      "[partitionId]:[brokerId],[partitionId]:[brokerId],...")
            raise _invalid(name, value, reason)

    def __str__(self) -> str:
        return "[partitionId]:[brokerId],[partitionId]:[brokerId],..."


# -- definitions ----------------------------------------------------------------------------

@dataclass(frozen=True)
class ConfigDef:
    """One config. ``default`` is the typed value (None: null). ``broker_synonym`` (topic
    configs) names the broker config that supplies the default; ``dynamic`` (broker configs)
    says whether AlterConfigs may change it at runtime; read-only otherwise."""

    name: str
    type: ConfigType
    default: Any
    doc: str
    validator: Validator | None = None
    sensitive: bool = False
    broker_synonym: str | None = None
    dynamic: bool = False


class ConfigSynonym(NamedTuple):
    """(name, value, source) of one DescribeConfigs synonym."""

    name: str
    value: str | None
    source: ConfigSource


@dataclass(frozen=True)
class ConfigEntry:
    """One DescribeConfigs result entry."""

    name: str
    value: str | None
    source: ConfigSource
    read_only: bool
    sensitive: bool
    type: ConfigType
    doc: str
    synonyms: list[ConfigSynonym] = field(default_factory=list)


_T = ConfigType
_CODECS = ("uncompressed", "zstd", "lz4", "snappy", "gzip", "producer")
_POLICIES = ("compact", "delete")
_TIMESTAMP_TYPES = ("CreateTime", "LogAppendTime")
_GZIP_LEVEL = RangeOrValue(1, 9, -1)  # CompressionType GZIP level range, -1 = codec default
_LZ4_LEVEL = Range.between(1, 17)
_ZSTD_LEVEL = Range.between(-131072, 22)
_AT_LEAST_0 = Range.at_least(0)
_AT_LEAST_1 = Range.at_least(1)


def _topic(name: str, type_: ConfigType, default: Any, synonym: str | None, validator: Validator | None,
           doc: str) -> ConfigDef:
    return ConfigDef(name, type_, default, doc, validator, broker_synonym=synonym)


# Kafka 4.1.1's public topic configs, all 33 (message.format.version and
# message.downconversion.enable went with KIP-724 in 4.0; internal.segment.bytes is internal).
TOPIC_CONFIGS: dict[str, ConfigDef] = {d.name: d for d in [
    _topic("cleanup.policy", _T.LIST, ["delete"], "log.cleanup.policy", ListOf(_POLICIES),
           "What happens to old segments: 'delete' drops them by time or size, 'compact' keeps the latest "
           "record per key; both may be given."),
    _topic("compression.gzip.level", _T.INT, -1, "compression.gzip.level", _GZIP_LEVEL,
           "Level used when the topic recompresses with gzip; -1 is the codec's own default."),
    _topic("compression.lz4.level", _T.INT, 9, "compression.lz4.level", _LZ4_LEVEL,
           "Level used when the topic recompresses with lz4."),
    _topic("compression.type", _T.STRING, "producer", "compression.type", OneOf(_CODECS),
           "Codec of the stored batches; 'producer' keeps whatever the producer used, 'uncompressed' "
           "stores them plain."),
    _topic("compression.zstd.level", _T.INT, 3, "compression.zstd.level", _ZSTD_LEVEL,
           "Level used when the topic recompresses with zstd."),
    _topic("delete.retention.ms", _T.LONG, 86_400_000, "log.cleaner.delete.retention.ms", _AT_LEAST_0,
           "How long tombstones survive compaction, so that slow consumers still see deletions."),
    _topic("file.delete.delay.ms", _T.LONG, 60_000, "log.segment.delete.delay.ms", _AT_LEAST_0,
           "Grace period between dropping a segment from the log and deleting its files."),
    _topic("flush.messages", _T.LONG, LONG_MAX, "log.flush.interval.messages", _AT_LEAST_1,
           "Force an fsync after this many records; by default the OS decides."),
    _topic("flush.ms", _T.LONG, LONG_MAX, "log.flush.interval.ms", _AT_LEAST_0,
           "Force an fsync when data has been unflushed this long; by default the OS decides."),
    _topic("follower.replication.throttled.replicas", _T.LIST, [], None, ThrottledReplicas(),
           "Replicas ('partition:broker' pairs, or '*') whose follower side is throttled."),
    _topic("index.interval.bytes", _T.INT, 4096, "log.index.interval.bytes", _AT_LEAST_0,
           "Bytes of log between two entries of the sparse offset index."),
    _topic("leader.replication.throttled.replicas", _T.LIST, [], None, ThrottledReplicas(),
           "Replicas ('partition:broker' pairs, or '*') whose leader side is throttled."),
    _topic("local.retention.bytes", _T.LONG, -2, "log.local.retention.bytes", Range.at_least(-2),
           "With tiered storage, bytes kept locally per partition; -2 means retention.bytes."),
    _topic("local.retention.ms", _T.LONG, -2, "log.local.retention.ms", Range.at_least(-2),
           "With tiered storage, time data stays local; -2 means retention.ms."),
    _topic("max.compaction.lag.ms", _T.LONG, LONG_MAX, "log.cleaner.max.compaction.lag.ms", _AT_LEAST_1,
           "Longest a record may wait before its segment becomes eligible for compaction."),
    _topic("max.message.bytes", _T.INT, 1_048_588, "message.max.bytes", _AT_LEAST_0,
           "Largest record batch (after compression) the topic accepts."),
    _topic("message.timestamp.after.max.ms", _T.LONG, 3_600_000, "log.message.timestamp.after.max.ms",
           _AT_LEAST_0, "How far ahead of the broker's clock a CreateTime timestamp may be."),
    _topic("message.timestamp.before.max.ms", _T.LONG, LONG_MAX, "log.message.timestamp.before.max.ms",
           _AT_LEAST_0, "How far behind the broker's clock a CreateTime timestamp may be."),
    _topic("message.timestamp.type", _T.STRING, "CreateTime", "log.message.timestamp.type",
           OneOf(_TIMESTAMP_TYPES),
           "Whether records keep the producer's timestamp (CreateTime) or get the broker's (LogAppendTime)."),
    _topic("min.cleanable.dirty.ratio", _T.DOUBLE, 0.5, "log.cleaner.min.cleanable.ratio",
           Range.between(0, 1), "Share of uncompacted log that makes a partition worth compacting."),
    _topic("min.compaction.lag.ms", _T.LONG, 0, "log.cleaner.min.compaction.lag.ms", _AT_LEAST_0,
           "Shortest time a record stays uncompacted."),
    _topic("min.insync.replicas", _T.INT, 1, "min.insync.replicas", _AT_LEAST_1,
           "Replicas that must have a write before an acks=all produce succeeds."),
    _topic("preallocate", _T.BOOLEAN, False, "log.preallocate", None,
           "Reserve the full segment size on disk when a segment is created."),
    _topic("remote.log.copy.disable", _T.BOOLEAN, False, None, None,
           "With tiered storage, stop copying new segments to remote storage."),
    _topic("remote.log.delete.on.disable", _T.BOOLEAN, False, None, None,
           "With tiered storage, delete the remote data when tiering is turned off."),
    _topic("remote.storage.enable", _T.BOOLEAN, False, None, None,
           "Move old segments to remote (tiered) storage."),
    _topic("retention.bytes", _T.LONG, -1, "log.retention.bytes", None,
           "Largest size a partition may grow to before old segments go, with the delete policy; "
           "-1: no limit."),
    _topic("retention.ms", _T.LONG, 604_800_000, "log.retention.ms", Range.at_least(-1),
           "How long records are kept, with the delete policy; -1: forever."),
    _topic("segment.bytes", _T.INT, 1_073_741_824, "log.segment.bytes", Range.at_least(1_048_576),
           "Size at which a new segment file is started."),
    _topic("segment.index.bytes", _T.INT, 10_485_760, "log.index.size.max.bytes", Range.at_least(4),
           "Size of the offset index file of each segment."),
    _topic("segment.jitter.ms", _T.LONG, 0, "log.roll.jitter.ms", _AT_LEAST_0,
           "Random amount taken off segment.ms so that segments do not all roll at once."),
    _topic("segment.ms", _T.LONG, 604_800_000, "log.roll.ms", _AT_LEAST_1,
           "Age at which a segment is rolled even if not full, so that retention can act on it."),
    _topic("unclean.leader.election.enable", _T.BOOLEAN, False, "unclean.leader.election.enable", None,
           "Let an out-of-sync replica become leader as a last resort, at the cost of losing data."),
]}


def _broker(name: str, type_: ConfigType, default: Any, validator: Validator | None, doc: str,
            dynamic: bool = False) -> ConfigDef:
    return ConfigDef(name, type_, default, doc, validator, dynamic=dynamic)


# Broker configs: Kafka 4.1.1's type, default and validator for each; dynamic=True for the
# names in DynamicBrokerConfig.AllDynamicConfigs. listeners, advertised.listeners, log.dirs,
# node.id and broker.id mirror streamd's own settings (streamd.config), with streamd's defaults
# where Kafka has none or another one.
BROKER_CONFIGS: dict[str, ConfigDef] = {d.name: d for d in [
    _broker("advertised.listeners", _T.LIST, None, None,
            "Addresses given to clients in Metadata; by default the listeners."),
    _broker("auto.create.topics.enable", _T.BOOLEAN, True, None,
            "Create a topic when Metadata names an unknown one and the client allows it."),
    _broker("broker.id", _T.INT, -1, None, "This broker's id; follows node.id."),
    _broker("broker.rack", _T.STRING, None, None, "Rack of this broker, reported in Metadata."),
    _broker("compression.gzip.level", _T.INT, -1, _GZIP_LEVEL, "Default compression.gzip.level of topics.",
            dynamic=True),
    _broker("compression.lz4.level", _T.INT, 9, _LZ4_LEVEL, "Default compression.lz4.level of topics.",
            dynamic=True),
    _broker("compression.type", _T.STRING, "producer", OneOf(_CODECS), "Default compression.type of topics.",
            dynamic=True),
    _broker("compression.zstd.level", _T.INT, 3, _ZSTD_LEVEL, "Default compression.zstd.level of topics.",
            dynamic=True),
    _broker("connections.max.idle.ms", _T.LONG, 600_000, None, "Close connections idle for this long."),
    _broker("default.replication.factor", _T.INT, 1, None,
            "Replication factor of topics created without one."),
    _broker("delete.topic.enable", _T.BOOLEAN, True, None, "Whether DeleteTopics may delete topics."),
    _broker("fetch.max.bytes", _T.INT, 57_671_680, Range.at_least(1024),
            "Most bytes one Fetch response may carry."),
    _broker("group.consumer.assignors", _T.LIST, ["uniform", "range"], ListOf(("uniform", "range")),
            "Server-side assignors of consumer groups (KIP-848); the first is the default."),
    _broker("group.consumer.heartbeat.interval.ms", _T.INT, 5000, _AT_LEAST_1,
            "Heartbeat interval given to consumer group members (KIP-848)."),
    _broker("group.consumer.max.size", _T.INT, INT_MAX, _AT_LEAST_1, "Most members in one consumer group."),
    _broker("group.consumer.session.timeout.ms", _T.INT, 45_000, _AT_LEAST_1,
            "Session timeout of consumer group members (KIP-848)."),
    _broker("group.initial.rebalance.delay.ms", _T.INT, 3000, None,
            "How long a new classic group waits for more members before its first rebalance."),
    _broker("group.max.session.timeout.ms", _T.INT, 1_800_000, None,
            "Longest session timeout a classic group member may ask for."),
    _broker("group.max.size", _T.INT, INT_MAX, _AT_LEAST_1, "Most members in one classic group."),
    _broker("group.min.session.timeout.ms", _T.INT, 6000, None,
            "Shortest session timeout a classic group member may ask for."),
    # Per-broker dynamic in Kafka (DynamicListenerConfig); streamd cannot rebind a running
    # listener, so it is read-only here. Kafka's default is PLAINTEXT://:9092.
    _broker("listeners", _T.LIST, [f"PLAINTEXT://{DEFAULT_LISTEN_HOST}:{DEFAULT_LISTEN_PORT}"], None,
            "Addresses the broker listens on (streamd: the 'listen' setting)."),
    _broker("log.cleaner.backoff.ms", _T.LONG, 15_000, _AT_LEAST_0,
            "Pause of the log cleaner when there is nothing to compact.", dynamic=True),
    _broker("log.cleaner.delete.retention.ms", _T.LONG, 86_400_000, _AT_LEAST_0,
            "Default delete.retention.ms of topics.", dynamic=True),
    _broker("log.cleaner.enable", _T.BOOLEAN, True, None, "Run the log cleaner for compacted topics."),
    _broker("log.cleaner.max.compaction.lag.ms", _T.LONG, LONG_MAX, _AT_LEAST_1,
            "Default max.compaction.lag.ms of topics.", dynamic=True),
    _broker("log.cleaner.min.cleanable.ratio", _T.DOUBLE, 0.5, Range.between(0, 1),
            "Default min.cleanable.dirty.ratio of topics.", dynamic=True),
    _broker("log.cleaner.min.compaction.lag.ms", _T.LONG, 0, _AT_LEAST_0,
            "Default min.compaction.lag.ms of topics.", dynamic=True),
    _broker("log.cleanup.policy", _T.LIST, ["delete"], ListOf(_POLICIES), "Default cleanup.policy of topics.",
            dynamic=True),
    # Kafka: null, falling back to log.dir (/tmp/kafka-logs).
    _broker("log.dirs", _T.LIST, [DEFAULT_DATA_DIR], None,
            "Where partition data lives (streamd: the 'data_dir' setting)."),
    _broker("log.flush.interval.messages", _T.LONG, LONG_MAX, _AT_LEAST_1,
            "Default flush.messages of topics.", dynamic=True),
    _broker("log.flush.interval.ms", _T.LONG, None, None,
            "Default flush.ms of topics; unset means log.flush.scheduler.interval.ms.", dynamic=True),
    _broker("log.flush.scheduler.interval.ms", _T.LONG, LONG_MAX, None,
            "How often logs are checked for a time-based flush."),
    _broker("log.index.interval.bytes", _T.INT, 4096, _AT_LEAST_0, "Default index.interval.bytes of topics.",
            dynamic=True),
    _broker("log.index.size.max.bytes", _T.INT, 10_485_760, Range.at_least(4),
            "Default segment.index.bytes of topics.", dynamic=True),
    _broker("log.local.retention.bytes", _T.LONG, -2, Range.at_least(-2),
            "Default local.retention.bytes of topics.", dynamic=True),
    _broker("log.local.retention.ms", _T.LONG, -2, Range.at_least(-2),
            "Default local.retention.ms of topics.", dynamic=True),
    _broker("log.message.timestamp.after.max.ms", _T.LONG, 3_600_000, _AT_LEAST_0,
            "Default message.timestamp.after.max.ms of topics.", dynamic=True),
    _broker("log.message.timestamp.before.max.ms", _T.LONG, LONG_MAX, _AT_LEAST_0,
            "Default message.timestamp.before.max.ms of topics.", dynamic=True),
    _broker("log.message.timestamp.type", _T.STRING, "CreateTime", OneOf(_TIMESTAMP_TYPES),
            "Default message.timestamp.type of topics.", dynamic=True),
    _broker("log.preallocate", _T.BOOLEAN, False, None, "Default preallocate of topics.", dynamic=True),
    _broker("log.retention.bytes", _T.LONG, -1, None, "Default retention.bytes of topics.", dynamic=True),
    _broker("log.retention.check.interval.ms", _T.LONG, 300_000, _AT_LEAST_1,
            "How often retention looks for segments to delete."),
    _broker("log.retention.hours", _T.INT, 168, None,
            "Default retention of topics in hours, used when neither .ms nor .minutes is set."),
    _broker("log.retention.minutes", _T.INT, None, None,
            "Default retention of topics in minutes, used when log.retention.ms is not set."),
    _broker("log.retention.ms", _T.LONG, None, None,
            "Default retention.ms of topics; wins over .minutes and .hours.", dynamic=True),
    _broker("log.roll.hours", _T.INT, 168, _AT_LEAST_1, "Default segment.ms of topics in hours."),
    _broker("log.roll.jitter.hours", _T.INT, 0, _AT_LEAST_0, "Default segment.jitter.ms of topics in hours."),
    _broker("log.roll.jitter.ms", _T.LONG, None, None,
            "Default segment.jitter.ms of topics; wins over log.roll.jitter.hours.", dynamic=True),
    _broker("log.roll.ms", _T.LONG, None, None, "Default segment.ms of topics; wins over log.roll.hours.",
            dynamic=True),
    _broker("log.segment.bytes", _T.INT, 1_073_741_824, Range.at_least(1_048_576),
            "Default segment.bytes of topics.", dynamic=True),
    _broker("log.segment.delete.delay.ms", _T.LONG, 60_000, _AT_LEAST_0,
            "Default file.delete.delay.ms of topics.", dynamic=True),
    _broker("max.connections", _T.INT, INT_MAX, _AT_LEAST_0, "Most client connections the broker keeps open.",
            dynamic=True),
    _broker("max.connections.per.ip", _T.INT, INT_MAX, _AT_LEAST_0, "Most connections from one address.",
            dynamic=True),
    _broker("message.max.bytes", _T.INT, 1_048_588, _AT_LEAST_0,
            "Largest record batch the broker accepts; default max.message.bytes of topics.", dynamic=True),
    _broker("min.insync.replicas", _T.INT, 1, _AT_LEAST_1, "Default min.insync.replicas of topics.",
            dynamic=True),
    _broker("node.id", _T.INT, DEFAULT_NODE_ID, _AT_LEAST_0,
            "This node's id, reported in Metadata (Kafka has no default; streamd uses 1)."),
    _broker("num.partitions", _T.INT, 1, _AT_LEAST_1, "Partitions of topics created without a count."),
    _broker("offset.metadata.max.bytes", _T.INT, 4096, None,
            "Longest metadata string of a committed offset."),
    _broker("offsets.retention.check.interval.ms", _T.LONG, 600_000, _AT_LEAST_1,
            "How often expired committed offsets are looked for."),
    _broker("offsets.retention.minutes", _T.INT, 10_080, _AT_LEAST_1,
            "How long the committed offsets of an empty group are kept."),
    _broker("offsets.topic.num.partitions", _T.INT, 50, _AT_LEAST_1, "Partitions of __consumer_offsets."),
    _broker("offsets.topic.replication.factor", _T.SHORT, 3, _AT_LEAST_1,
            "Replication factor of __consumer_offsets."),
    _broker("offsets.topic.segment.bytes", _T.INT, 104_857_600, _AT_LEAST_1,
            "Segment size of __consumer_offsets."),
    _broker("producer.id.expiration.check.interval.ms", _T.INT, 600_000, _AT_LEAST_1,
            "How often idle producer ids are looked for."),
    _broker("producer.id.expiration.ms", _T.INT, 86_400_000, _AT_LEAST_1,
            "How long the state of an idle producer id is kept.", dynamic=True),
    _broker("queued.max.requests", _T.INT, 500, _AT_LEAST_1,
            "Requests queued before the broker stops reading from connections."),
    _broker("socket.request.max.bytes", _T.INT, 104_857_600, _AT_LEAST_1,
            "Largest request the broker reads."),
    _broker("transaction.abort.timed.out.transaction.cleanup.interval.ms", _T.INT, 10_000, _AT_LEAST_1,
            "How often transactions past their timeout are aborted."),
    _broker("transaction.max.timeout.ms", _T.INT, 900_000, _AT_LEAST_1,
            "Longest transaction.timeout.ms a producer may ask for."),
    _broker("transaction.partition.verification.enable", _T.BOOLEAN, True, None,
            "Check that a transactional write's partition was added to the transaction.", dynamic=True),
    _broker("transaction.remove.expired.transaction.cleanup.interval.ms", _T.INT, 3_600_000, _AT_LEAST_1,
            "How often expired transactional ids are removed."),
    _broker("transaction.state.log.min.isr", _T.INT, 2, _AT_LEAST_1,
            "min.insync.replicas of __transaction_state."),
    _broker("transaction.state.log.num.partitions", _T.INT, 50, _AT_LEAST_1,
            "Partitions of __transaction_state."),
    _broker("transaction.state.log.replication.factor", _T.SHORT, 3, _AT_LEAST_1,
            "Replication factor of __transaction_state."),
    _broker("transaction.state.log.segment.bytes", _T.INT, 104_857_600, _AT_LEAST_1,
            "Segment size of __transaction_state."),
    _broker("transactional.id.expiration.ms", _T.INT, 604_800_000, _AT_LEAST_1,
            "How long a transactional id without transactions is remembered."),
    _broker("unclean.leader.election.enable", _T.BOOLEAN, False, None,
            "Default unclean.leader.election.enable of topics.", dynamic=True),
]}

# DynamicBrokerConfig.brokerConfigSynonyms: names whose values stand in for each other, most
# specific first (log.retention.ms over .minutes over .hours).
_FAMILIES = (
    ("log.retention.ms", "log.retention.minutes", "log.retention.hours"),
    ("log.roll.ms", "log.roll.hours"),
    ("log.roll.jitter.ms", "log.roll.jitter.hours"),
)
BROKER_SYNONYM_FAMILIES: dict[str, tuple[str, ...]] = {
    name: family for family in _FAMILIES for name in family
}
# log.flush.scheduler.interval.ms stands in for log.flush.interval.ms but has no synonyms itself.
BROKER_SYNONYM_FAMILIES["log.flush.interval.ms"] = (
    "log.flush.interval.ms", "log.flush.scheduler.interval.ms")


# -- parsing --------------------------------------------------------------------------------

_INTEGER = re.compile(r"[+-]?[0-9]+")
_DOUBLE = re.compile(r"[+-]?(NaN|Infinity|([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?[fFdD]?)")
_COMMA = re.compile(r"\s*,\s*")


def _parse_type(name: str, kind: ConfigType, value: Any) -> Any:
    """``ConfigDef.parseType``: a Kafka string (or an already typed value) to a Python value."""
    if kind == ConfigType.BOOLEAN:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"
        raise _invalid(name, value, "Expected value to be either true or false")
    if kind in (ConfigType.INT, ConfigType.SHORT, ConfigType.LONG):
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
            number = int(value.strip())
        else:
            raise _invalid(name, value, f"Not a number of type {kind.name}")
        bound = _INTEGER_BOUNDS[kind.name]
        if not -bound <= number < bound:
            raise _invalid(name, value, f"Not a number of type {kind.name}")
        return number
    if kind == ConfigType.DOUBLE:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        if isinstance(value, str) and _DOUBLE.fullmatch(value.strip()):
            text = value.strip().rstrip("fFdD").replace("Infinity", "inf")
            return float(text)
        raise _invalid(name, value, f"Not a number of type {kind.name}")
    if kind == ConfigType.LIST:
        if isinstance(value, (list, tuple)):
            items = [str(item).strip() for item in value]
        elif isinstance(value, str):
            items = _COMMA.split(value.strip()) if value.strip() else []
        else:
            raise _invalid(name, value, "Expected a comma separated list.")
        return items
    if isinstance(value, str):
        return value.strip()
    raise _invalid(name, value, f"Expected value to be a string, but it was a {type(value).__name__}")


def parse_value(definition: ConfigDef, text: Any) -> Any:
    """The typed value of ``text`` (a Kafka string, or an already typed value from TOML),
    validated; ConfigError with Kafka's message otherwise. None stands for null, accepted
    only by configs whose default is null."""
    name = definition.name
    if text is None:
        if definition.default is None:
            return None
        raise ConfigError(name, f"Invalid value null for configuration {name}: Value must be non-null")
    value = _parse_type(name, definition.type, text)
    if isinstance(definition.validator, ListOf):
        value = list(dict.fromkeys(value))  # ConfigDef.parseValue drops repeats from ValidList lists
    if definition.validator is not None:
        definition.validator.check(name, value)
    return value


def format_value(definition: ConfigDef, value: Any) -> str | None:
    """How Kafka writes a typed value in DescribeConfigs (``ConfigDef.convertToString``)."""
    if value is None:
        return None
    if definition.type == ConfigType.BOOLEAN:
        return "true" if value else "false"
    if definition.type == ConfigType.LIST:
        return ",".join(str(item) for item in value)
    if definition.type == ConfigType.DOUBLE:
        return java_double(float(value))
    return str(value)


# -- the synonym chain ----------------------------------------------------------------------

class BrokerSettings(Protocol):
    """What describe and validation need from a broker's configuration (streamd.config.BrokerConfig)."""

    def get(self, name: str) -> Any:
        """The effective typed value of a broker config, with Kafka's derived defaults."""
        ...

    def raw(self, name: str) -> Any:
        """The value as configured (None when unset and without default), as Kafka reports it."""
        ...

    def layers(self, name: str) -> list[tuple[ConfigSource, Any]]:
        """Every value configured for ``name``, most specific first: DYNAMIC_BROKER_CONFIG,
        DYNAMIC_DEFAULT_BROKER_CONFIG, STATIC_BROKER_CONFIG, then DEFAULT_CONFIG unless null."""
        ...


_LAYER_ORDER = (
    ConfigSource.DYNAMIC_BROKER_CONFIG,
    ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG,
    ConfigSource.STATIC_BROKER_CONFIG,
    ConfigSource.DEFAULT_CONFIG,
)


def _broker_synonyms(broker: BrokerSettings, name: str) -> list[ConfigSynonym]:
    """``ConfigHelper.configSynonyms``: the configured values of the family of ``name``, layer by
    layer; leading entries of other family members are dropped, so a retention set only in
    hours gives log.retention.ms no synonyms (as Kafka 4.1.1 answers)."""
    family = BROKER_SYNONYM_FAMILIES.get(name, (name,))
    layered = {member: broker.layers(member) for member in family}
    synonyms = [
        ConfigSynonym(member, format_value(BROKER_CONFIGS[member], value), source)
        for wanted in _LAYER_ORDER
        for member in family
        for source, value in layered[member]
        if source == wanted
    ]
    while synonyms and synonyms[0].name != name:
        synonyms.pop(0)
    return synonyms


def topic_config_value(name: str, overrides: Mapping[str, Any], broker: BrokerSettings | None) -> Any:
    """Effective typed value of a topic config: the topic's override, else the broker's value of
    its synonym (static or dynamic, with derived defaults), else Kafka's default."""
    definition = TOPIC_CONFIGS[name]
    if name in overrides:
        return parse_value(definition, overrides[name])
    if definition.broker_synonym is not None and broker is not None:
        return broker.get(definition.broker_synonym)
    return definition.default


def _hide(entry_synonyms: Iterable[ConfigSynonym]) -> list[ConfigSynonym]:
    return [synonym._replace(value=None) for synonym in entry_synonyms]


def describe_topic_config(topic: str | None, overrides: Mapping[str, str], broker: BrokerSettings | None
                          ) -> list[ConfigEntry]:
    """Every topic config of ``topic`` (its overrides given as Kafka strings) with its effective
    value, source and synonyms, sorted by name (Kafka's order is a hash map's). Overrides that
    are not topic configs are left out."""
    entries = []
    for name in sorted(TOPIC_CONFIGS):
        definition = TOPIC_CONFIGS[name]
        try:
            text = format_value(definition, topic_config_value(name, overrides, broker))
        except ConfigError:  # a stored override that no longer parses: show it as stored
            text = str(overrides[name])
        synonyms: list[ConfigSynonym] = []
        if name in overrides:
            synonyms.append(ConfigSynonym(name, text, ConfigSource.DYNAMIC_TOPIC_CONFIG))
        if definition.broker_synonym is not None and broker is not None:
            synonyms.extend(_broker_synonyms(broker, definition.broker_synonym))
        source = synonyms[0].source if synonyms else ConfigSource.DEFAULT_CONFIG
        if definition.sensitive:
            text, synonyms = None, _hide(synonyms)
        entries.append(ConfigEntry(name, text, source, False, definition.sensitive, definition.type,
                                   definition.doc, synonyms))
    return entries


def describe_broker_config(broker: BrokerSettings, *, cluster_default: bool = False) -> list[ConfigEntry]:
    """Broker configs as DescribeConfigs reports them, sorted by name.

    For a broker's own resource (name = its id) every config, valued as configured (Kafka shows
    an unset log.retention.ms as null) with the synonyms of its family; with
    ``cluster_default`` (the empty resource name) only the configs set cluster-wide at runtime,
    each with that value and DYNAMIC_DEFAULT_BROKER_CONFIG source, as Kafka's ConfigHelper does.
    """
    entries = []
    for name in sorted(BROKER_CONFIGS):
        definition = BROKER_CONFIGS[name]
        synonyms = _broker_synonyms(broker, name)
        if cluster_default:
            synonyms = [s for s in synonyms if s.source == ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG]
            if not synonyms or synonyms[0].name != name:
                continue
            text = synonyms[0].value
        else:
            text = format_value(definition, broker.raw(name))
        source = synonyms[0].source if synonyms else ConfigSource.DEFAULT_CONFIG
        if definition.sensitive:
            text, synonyms = None, _hide(synonyms)
        entries.append(ConfigEntry(name, text, source, not definition.dynamic, definition.sensitive,
                                   definition.type, definition.doc, synonyms))
    return entries


# -- validation of topic overrides ----------------------------------------------------------

def validate_topic_configs(
    configs: Mapping[str, Any], broker: BrokerSettings | None = None
) -> dict[str, Any]:
    """Typed values of a topic's overrides for CreateTopics and (Incremental)AlterConfigs.

    Raises ConfigError with Kafka's message: kind "invalid" for a null value ("Null value not
    supported for topic configs: retention.ms"), kind "unknown" for a name that is no topic
    config ("Unknown topic config name: foo"), kind "invalid" for a bad value, for
    min.compaction.lag.ms above max.compaction.lag.ms (the overrides combined with the broker's
    values) and for remote.storage.enable=true, since streamd has no tiered storage
    (LogConfig.validate, validateRemoteStorageOnlyIfSystemEnabled).
    """
    nulls = [name for name, value in configs.items() if value is None]
    if nulls:
        raise ConfigError(nulls[0], f"Null value not supported for topic configs: {','.join(nulls)}")
    for name in configs:
        if name not in TOPIC_CONFIGS:
            raise ConfigError(name, f"Unknown topic config name: {name}", "unknown")
    typed = {name: parse_value(TOPIC_CONFIGS[name], value) for name, value in configs.items()}

    def effective(name: str) -> Any:
        return typed[name] if name in typed else topic_config_value(name, {}, broker)

    min_lag, max_lag = effective("min.compaction.lag.ms"), effective("max.compaction.lag.ms")
    if min_lag > max_lag:
        raise ConfigError("min.compaction.lag.ms", "conflict topic config setting min.compaction.lag.ms "
                                                   f"({min_lag}) > max.compaction.lag.ms ({max_lag})")
    if effective("remote.storage.enable"):
        raise ConfigError("remote.storage.enable", "Tiered Storage functionality is disabled in the broker. "
                                                   "Topic cannot be configured with remote log storage.")
    return typed
