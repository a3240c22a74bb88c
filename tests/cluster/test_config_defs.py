"""Config definitions, parsing and DescribeConfigs entries, checked against Kafka 4.1.1.

The expected messages, sources and synonym lists below were observed from a Kafka 4.1.1 broker
(Admin describeConfigs with synonyms, createTopics, incrementalAlterConfigs).
"""

from __future__ import annotations

from typing import Any

import pytest

from streamd.cluster.config_defs import (
    BROKER_CONFIGS,
    TOPIC_CONFIGS,
    ConfigEntry,
    ConfigError,
    ConfigSource,
    ConfigType,
    Range,
    describe_broker_config,
    describe_topic_config,
    format_value,
    java_double,
    parse_value,
    topic_config_value,
    validate_topic_configs,
)
from streamd.config import BrokerConfig, load_config

S = ConfigSource

KAFKA_41_TOPIC_CONFIGS = {
    "cleanup.policy", "compression.gzip.level", "compression.lz4.level", "compression.type",
    "compression.zstd.level", "delete.retention.ms", "file.delete.delay.ms", "flush.messages", "flush.ms",
    "follower.replication.throttled.replicas", "index.interval.bytes",
    "leader.replication.throttled.replicas",
    "local.retention.bytes", "local.retention.ms", "max.compaction.lag.ms", "max.message.bytes",
    "message.timestamp.after.max.ms", "message.timestamp.before.max.ms", "message.timestamp.type",
    "min.cleanable.dirty.ratio", "min.compaction.lag.ms", "min.insync.replicas", "preallocate",
    "remote.log.copy.disable", "remote.log.delete.on.disable", "remote.storage.enable", "retention.bytes",
    "retention.ms", "segment.bytes", "segment.index.bytes", "segment.jitter.ms", "segment.ms",
    "unclean.leader.election.enable",
}

# DynamicBrokerConfig.AllDynamicConfigs of Kafka 4.1.1, restricted to the names streamd defines
# (listeners is dynamic in Kafka, read-only in streamd).
KAFKA_41_DYNAMIC = {
    "compression.gzip.level", "compression.lz4.level", "compression.type", "compression.zstd.level",
    "log.cleaner.backoff.ms", "log.cleaner.delete.retention.ms", "log.cleaner.max.compaction.lag.ms",
    "log.cleaner.min.cleanable.ratio", "log.cleaner.min.compaction.lag.ms", "log.cleanup.policy",
    "log.flush.interval.messages", "log.flush.interval.ms", "log.index.interval.bytes",
    "log.index.size.max.bytes",
    "log.local.retention.bytes", "log.local.retention.ms", "log.message.timestamp.after.max.ms",
    "log.message.timestamp.before.max.ms", "log.message.timestamp.type", "log.preallocate",
    "log.retention.bytes", "log.retention.ms", "log.roll.jitter.ms", "log.roll.ms", "log.segment.bytes",
    "log.segment.delete.delay.ms",
    "max.connections", "max.connections.per.ip", "message.max.bytes", "min.insync.replicas",
    "producer.id.expiration.ms", "transaction.partition.verification.enable",
    "unclean.leader.election.enable",
}


def by_name(entries: list[ConfigEntry]) -> dict[str, ConfigEntry]:
    return {entry.name: entry for entry in entries}


def synonyms(entry: ConfigEntry) -> list[tuple[str, str | None, ConfigSource]]:
    return [tuple(s) for s in entry.synonyms]  # type: ignore[misc]


# -- definitions ----------------------------------------------------------------------------

def test_topic_configs_are_kafka_41s_public_set() -> None:
    assert set(TOPIC_CONFIGS) == KAFKA_41_TOPIC_CONFIGS
    assert "message.downconversion.enable" not in TOPIC_CONFIGS  # removed in 4.0 (KIP-724)
    for definition in TOPIC_CONFIGS.values():
        assert definition.doc and not definition.dynamic
        if definition.broker_synonym is not None:
            assert definition.broker_synonym in BROKER_CONFIGS
            assert BROKER_CONFIGS[definition.broker_synonym].type == definition.type


def test_broker_defaults_and_dynamic_flags_are_kafkas() -> None:
    defaults = {name: d.default for name, d in BROKER_CONFIGS.items()}
    assert defaults["message.max.bytes"] == 1_048_588
    assert defaults["socket.request.max.bytes"] == 104_857_600
    assert defaults["num.partitions"] == 1
    assert defaults["log.retention.hours"] == 168 and defaults["log.retention.ms"] is None
    assert defaults["log.segment.bytes"] == 1_073_741_824
    assert defaults["transaction.max.timeout.ms"] == 900_000
    assert defaults["group.initial.rebalance.delay.ms"] == 3000
    assert defaults["offsets.topic.replication.factor"] == 3
    assert BROKER_CONFIGS["offsets.topic.replication.factor"].type == ConfigType.SHORT
    assert {name for name, d in BROKER_CONFIGS.items() if d.dynamic} == KAFKA_41_DYNAMIC
    assert all(d.doc for d in BROKER_CONFIGS.values())


def test_wire_ids() -> None:
    assert [S.DYNAMIC_TOPIC_CONFIG, S.DYNAMIC_BROKER_CONFIG, S.DYNAMIC_DEFAULT_BROKER_CONFIG,
            S.STATIC_BROKER_CONFIG, S.DEFAULT_CONFIG, S.DYNAMIC_BROKER_LOGGER_CONFIG] == [1, 2, 3, 4, 5, 6]
    assert S.TOPIC_CONFIG is S.DYNAMIC_TOPIC_CONFIG and S.GROUP_CONFIG == 8
    assert (ConfigType.BOOLEAN, ConfigType.LONG, ConfigType.LIST, ConfigType.PASSWORD) == (1, 5, 7, 9)


def test_validator_summaries() -> None:
    assert str(Range.at_least(0)) == "[0,...]"
    assert str(TOPIC_CONFIGS["min.cleanable.dirty.ratio"].validator) == "[0,...,1]"
    assert str(TOPIC_CONFIGS["compression.gzip.level"].validator) == "[1,...,9] or -1"
    assert str(TOPIC_CONFIGS["cleanup.policy"].validator) == "[compact, delete]"


# -- parsing and formatting -----------------------------------------------------------------

@pytest.mark.parametrize(("name", "text", "message"), [
    ("retention.ms", "abc", "Invalid value abc for configuration retention.ms: Not a number of type LONG"),
    ("retention.ms", "-5", "Invalid value -5 for configuration retention.ms: Value must be at least -1"),
    ("retention.ms", "1.5", "Invalid value 1.5 for configuration retention.ms: Not a number of type LONG"),
    ("retention.ms", "1_000",
     "Invalid value 1_000 for configuration retention.ms: Not a number of type LONG"),
    ("retention.ms", "9223372036854775808",
     "Invalid value 9223372036854775808 for configuration retention.ms: Not a number of type LONG"),
    ("segment.index.bytes", "99999999999",
     "Invalid value 99999999999 for configuration segment.index.bytes: Not a number of type INT"),
    ("cleanup.policy", "bogus",
     "Invalid value bogus for configuration cleanup.policy: String must be one of: compact, delete"),
    ("cleanup.policy", "compact,,delete", "Configuration 'cleanup.policy' values must not be empty."),
    ("min.cleanable.dirty.ratio", "2",
     "Invalid value 2.0 for configuration min.cleanable.dirty.ratio: Value must be no more than 1"),
    ("min.cleanable.dirty.ratio", "abc",
     "Invalid value abc for configuration min.cleanable.dirty.ratio: Not a number of type DOUBLE"),
    ("preallocate", "maybe",
     "Invalid value maybe for configuration preallocate: Expected value to be either true or false"),
    ("message.timestamp.type", "Now", "Invalid value Now for configuration message.timestamp.type: "
                                      "String must be one of: CreateTime, LogAppendTime"),
    ("compression.type", "ZSTD", "Invalid value ZSTD for configuration compression.type: "
                                 "String must be one of: uncompressed, zstd, lz4, snappy, gzip, producer"),
    ("compression.gzip.level", "0", "Invalid value 0 for configuration compression.gzip.level: "
                                    "Value must be between 1 and 9 or equal to -1"),
    ("compression.zstd.level", "23",
     "Invalid value 23 for configuration compression.zstd.level: Value must be no more than 22"),
    ("segment.bytes", "100",
     "Invalid value 100 for configuration segment.bytes: Value must be at least 1048576"),
    ("follower.replication.throttled.replicas", "*,*",
     "Invalid value [*, *] for configuration follower.replication.throttled.replicas: "
     "follower.replication.throttled.replicas must be the literal '*' or a list of replicas in the following "
     "format: [partitionId]:[brokerId],[partitionId]:[brokerId],..."),
])
def test_bad_values_get_kafkas_message(name: str, text: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_value(TOPIC_CONFIGS[name], text)
    assert str(caught.value) == message
    assert caught.value.name == name and caught.value.kind == "invalid"


@pytest.mark.parametrize(("name", "text", "value"), [
    ("retention.ms", " 5000 ", 5000),
    ("retention.ms", "+5", 5),
    ("retention.ms", 5000, 5000),  # already typed, as from TOML
    ("preallocate", "TRUE", True),
    ("preallocate", False, False),
    ("cleanup.policy", " compact , delete ", ["compact", "delete"]),
    ("cleanup.policy", "compact,compact", ["compact"]),
    ("cleanup.policy", "", []),
    ("cleanup.policy", ["delete", "compact"], ["delete", "compact"]),
    ("min.cleanable.dirty.ratio", "1e-1", 0.1),
    ("min.cleanable.dirty.ratio", "0.5d", 0.5),
    ("min.cleanable.dirty.ratio", 1, 1.0),
    ("compression.gzip.level", "-1", -1),
    ("compression.type", " zstd ", "zstd"),
    ("leader.replication.throttled.replicas", "*", ["*"]),
    ("follower.replication.throttled.replicas", "1:2, 3:4", ["1:2", "3:4"]),
])
def test_values_kafka_accepts(name: str, text: Any, value: Any) -> None:
    assert parse_value(TOPIC_CONFIGS[name], text) == value


def test_typed_values_of_the_wrong_kind_are_rejected() -> None:
    with pytest.raises(ConfigError):
        parse_value(TOPIC_CONFIGS["retention.ms"], True)
    with pytest.raises(ConfigError):
        parse_value(TOPIC_CONFIGS["compression.type"], 3)
    with pytest.raises(ConfigError, match="must be non-null"):
        parse_value(TOPIC_CONFIGS["retention.ms"], None)
    assert parse_value(BROKER_CONFIGS["log.retention.ms"], None) is None  # null default: null allowed


def test_format_value_as_kafka_writes_it() -> None:
    assert format_value(TOPIC_CONFIGS["preallocate"], True) == "true"
    assert format_value(TOPIC_CONFIGS["cleanup.policy"], ["compact", "delete"]) == "compact,delete"
    assert format_value(TOPIC_CONFIGS["leader.replication.throttled.replicas"], []) == ""
    assert format_value(TOPIC_CONFIGS["min.cleanable.dirty.ratio"], 0.25) == "0.25"
    assert format_value(TOPIC_CONFIGS["retention.ms"], 604_800_000) == "604800000"
    assert format_value(BROKER_CONFIGS["log.retention.ms"], None) is None


@pytest.mark.parametrize(("value", "text"), [
    (0.5, "0.5"), (1.0, "1.0"), (100.0, "100.0"), (9999999.0, "9999999.0"), (1e7, "1.0E7"),
    (12345678.0, "1.2345678E7"), (1e-3, "0.001"), (1e-4, "1.0E-4"), (2.5e-5, "2.5E-5"),
    (1.7976931348623157e308, "1.7976931348623157E308"), (-0.25, "-0.25"), (float("nan"), "NaN"),
])
def test_java_double(value: float, text: str) -> None:
    assert java_double(value) == text


# -- validation of topic overrides ----------------------------------------------------------

def test_validate_topic_configs_types_the_overrides() -> None:
    typed = validate_topic_configs(
        {"cleanup.policy": "compact,delete", "retention.ms": "-1", "preallocate": "true"})
    assert typed == {"cleanup.policy": ["compact", "delete"], "retention.ms": -1, "preallocate": True}


@pytest.mark.parametrize(("configs", "kind", "message"), [
    ({"foo.bar": "1"}, "unknown", "Unknown topic config name: foo.bar"),
    ({"message.downconversion.enable": "true"}, "unknown",
     "Unknown topic config name: message.downconversion.enable"),
    ({"retention.ms": None}, "invalid", "Null value not supported for topic configs: retention.ms"),
    ({"retention.ms": "abc"}, "invalid",
     "Invalid value abc for configuration retention.ms: Not a number of type LONG"),
    ({"min.compaction.lag.ms": "10", "max.compaction.lag.ms": "5"}, "invalid",
     "conflict topic config setting min.compaction.lag.ms (10) > max.compaction.lag.ms (5)"),
    ({"remote.storage.enable": "true"}, "invalid",
     "Tiered Storage functionality is disabled in the broker. "
     "Topic cannot be configured with remote log storage."),
])
def test_validate_topic_configs_errors(configs: dict[str, str | None], kind: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        validate_topic_configs(configs)
    assert (caught.value.kind, str(caught.value)) == (kind, message)


def test_compaction_lag_conflict_counts_the_broker_value() -> None:
    broker = load_config(None, {}, {"log.cleaner.max.compaction.lag.ms": "100"})
    with pytest.raises(ConfigError, match="conflict topic config setting"):
        validate_topic_configs({"min.compaction.lag.ms": "200"}, broker)
    validate_topic_configs({"min.compaction.lag.ms": "200"})  # Kafka's default maximum is Long.MAX_VALUE


# -- DescribeConfigs: topics ----------------------------------------------------------------

def test_every_topic_config_is_described_with_its_default() -> None:
    entries = describe_topic_config("t", {}, BrokerConfig())
    assert [e.name for e in entries] == sorted(KAFKA_41_TOPIC_CONFIGS)
    for entry in entries:
        definition = TOPIC_CONFIGS[entry.name]
        assert entry.value == format_value(definition, definition.default), entry.name
        assert entry.source == S.DEFAULT_CONFIG
        assert (entry.read_only, entry.sensitive, entry.type, entry.doc) == (
            False, False, definition.type, definition.doc)
    found = by_name(entries)
    assert (found["retention.ms"].value, found["cleanup.policy"].value) == ("604800000", "delete")
    assert found["max.message.bytes"].value == "1048588"
    assert found["min.cleanable.dirty.ratio"].value == "0.5"
    # Synonyms as Kafka lists them: the broker synonym's default, none when only another
    # member of its family (log.retention.hours, log.roll.jitter.hours...) has one.
    assert synonyms(found["max.message.bytes"]) == [("message.max.bytes", "1048588", S.DEFAULT_CONFIG)]
    assert synonyms(found["cleanup.policy"]) == [("log.cleanup.policy", "delete", S.DEFAULT_CONFIG)]
    assert synonyms(found["segment.ms"]) == []
    for name in ("retention.ms", "flush.ms", "segment.jitter.ms", "remote.storage.enable"):
        assert found[name].synonyms == [], name


def test_topic_override_is_a_dynamic_topic_config() -> None:
    overrides = {"cleanup.policy": "compact , delete", "retention.ms": "60000"}
    found = by_name(describe_topic_config("t", overrides, BrokerConfig()))
    policy = found["cleanup.policy"]
    assert (policy.value, policy.source) == ("compact,delete", S.DYNAMIC_TOPIC_CONFIG)
    assert synonyms(policy) == [("cleanup.policy", "compact,delete", S.DYNAMIC_TOPIC_CONFIG),
                                ("log.cleanup.policy", "delete", S.DEFAULT_CONFIG)]
    assert synonyms(found["retention.ms"]) == [("retention.ms", "60000", S.DYNAMIC_TOPIC_CONFIG)]


def test_static_broker_settings_flow_into_topic_configs() -> None:
    broker = load_config(None, {}, {"log.retention.ms": "1000", "message.max.bytes": 2_000_000,
                                    "log.roll.ms": "3600000", "log.cleaner.min.cleanable.ratio": "0.25"})
    found = by_name(describe_topic_config("t", {}, broker))
    retention = found["retention.ms"]
    assert (retention.value, retention.source) == ("1000", S.STATIC_BROKER_CONFIG)
    assert synonyms(retention) == [("log.retention.ms", "1000", S.STATIC_BROKER_CONFIG),
                                   ("log.retention.hours", "168", S.DEFAULT_CONFIG)]
    assert synonyms(found["max.message.bytes"]) == [("message.max.bytes", "2000000", S.STATIC_BROKER_CONFIG),
                                                    ("message.max.bytes", "1048588", S.DEFAULT_CONFIG)]
    assert synonyms(found["segment.ms"]) == [("log.roll.ms", "3600000", S.STATIC_BROKER_CONFIG),
                                             ("log.roll.hours", "168", S.DEFAULT_CONFIG)]
    assert (found["min.cleanable.dirty.ratio"].value, found["min.cleanable.dirty.ratio"].source) == (
        "0.25", S.STATIC_BROKER_CONFIG)


def test_retention_set_in_hours_only_keeps_the_default_source() -> None:
    # Kafka 4.1.1 drops synonyms that precede log.retention.ms itself (ConfigHelper.configSynonyms).
    found = by_name(describe_topic_config("t", {}, load_config(None, {}, {"log.retention.hours": 100})))
    assert (found["retention.ms"].value, found["retention.ms"].source) == ("360000000", S.DEFAULT_CONFIG)
    assert found["retention.ms"].synonyms == []


def test_dynamic_broker_values_are_layered_like_kafka() -> None:
    broker = load_config(None, {}, {"log.retention.hours": 100, "message.max.bytes": 2_000_000})
    broker.set_dynamic("log.retention.ms", "5000", default=True)
    broker.set_dynamic("message.max.bytes", "3000000")
    broker.set_dynamic("message.max.bytes", "2500000", default=True)
    found = by_name(describe_topic_config("t2", {}, broker))
    assert (found["retention.ms"].value, found["retention.ms"].source) == (
        "5000", S.DYNAMIC_DEFAULT_BROKER_CONFIG)
    assert synonyms(found["retention.ms"]) == [("log.retention.ms", "5000", S.DYNAMIC_DEFAULT_BROKER_CONFIG),
                                              ("log.retention.hours", "100", S.STATIC_BROKER_CONFIG),
                                              ("log.retention.hours", "168", S.DEFAULT_CONFIG)]
    assert synonyms(found["max.message.bytes"]) == [
        ("message.max.bytes", "3000000", S.DYNAMIC_BROKER_CONFIG),
        ("message.max.bytes", "2500000", S.DYNAMIC_DEFAULT_BROKER_CONFIG),
        ("message.max.bytes", "2000000", S.STATIC_BROKER_CONFIG),
        ("message.max.bytes", "1048588", S.DEFAULT_CONFIG),
    ]
    assert topic_config_value("max.message.bytes", {}, broker) == 3_000_000
    assert topic_config_value("max.message.bytes", {"max.message.bytes": "10"}, broker) == 10


def test_unknown_stored_overrides_are_left_out() -> None:
    entries = describe_topic_config("t", {"message.format.version": "3.0"}, BrokerConfig())
    assert "message.format.version" not in by_name(entries)


# -- DescribeConfigs: brokers ---------------------------------------------------------------

def test_describe_broker() -> None:
    broker = load_config(None, {}, {"num.partitions": 4, "log.retention.hours": 100,
                                    "log.roll.ms": "3600000"})
    found = by_name(describe_broker_config(broker))
    assert set(found) == set(BROKER_CONFIGS)
    partitions = found["num.partitions"]
    assert (partitions.value, partitions.source, partitions.read_only) == ("4", S.STATIC_BROKER_CONFIG, True)
    assert synonyms(partitions) == [("num.partitions", "4", S.STATIC_BROKER_CONFIG),
                                    ("num.partitions", "1", S.DEFAULT_CONFIG)]
    retention_ms = found["log.retention.ms"]  # unset: null, no synonyms, as Kafka answers
    assert (retention_ms.value, retention_ms.source, retention_ms.read_only, retention_ms.synonyms) == (
        None, S.DEFAULT_CONFIG, False, [])
    assert synonyms(found["log.retention.hours"]) == [("log.retention.hours", "100", S.STATIC_BROKER_CONFIG),
                                                      ("log.retention.hours", "168", S.DEFAULT_CONFIG)]
    assert synonyms(found["log.roll.ms"]) == [("log.roll.ms", "3600000", S.STATIC_BROKER_CONFIG),
                                              ("log.roll.hours", "168", S.DEFAULT_CONFIG)]
    assert found["log.flush.interval.ms"].synonyms == []
    assert found["message.max.bytes"].read_only is False
    assert found["socket.request.max.bytes"].value == "104857600"
    assert found["listeners"].value == "PLAINTEXT://127.0.0.1:9092"
    assert (found["node.id"].value, found["broker.id"].value) == ("1", "1")


def test_describe_cluster_default_lists_only_dynamic_defaults() -> None:
    broker = load_config(None, {}, {"message.max.bytes": 2_000_000})
    assert describe_broker_config(broker, cluster_default=True) == []
    broker.set_dynamic("message.max.bytes", "2500000", default=True)
    broker.set_dynamic("log.retention.ms", "5000")  # per-broker: not part of the cluster default
    entries = describe_broker_config(broker, cluster_default=True)
    assert [(e.name, e.value, e.source) for e in entries] == [
        ("message.max.bytes", "2500000", S.DYNAMIC_DEFAULT_BROKER_CONFIG)]
    assert synonyms(entries[0]) == [("message.max.bytes", "2500000", S.DYNAMIC_DEFAULT_BROKER_CONFIG)]


def test_streamd_settings_described_under_kafka_names() -> None:
    found = by_name(describe_broker_config(BrokerConfig()))
    assert (found["listeners"].source, synonyms(found["listeners"])) == (
        S.DEFAULT_CONFIG, [("listeners", "PLAINTEXT://127.0.0.1:9092", S.DEFAULT_CONFIG)])
    assert (found["log.dirs"].value, found["advertised.listeners"].value) == ("./streamd-data", None)
    configured = load_config(None, {}, {"listen": "0.0.0.0:9093", "data_dir": "/data"})
    found = by_name(describe_broker_config(configured))
    assert synonyms(found["listeners"]) == [("listeners", "PLAINTEXT://0.0.0.0:9093", S.STATIC_BROKER_CONFIG),
                                            ("listeners", "PLAINTEXT://127.0.0.1:9092", S.DEFAULT_CONFIG)]
    assert (found["log.dirs"].value, found["log.dirs"].source) == ("/data", S.STATIC_BROKER_CONFIG)
