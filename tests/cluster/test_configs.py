"""Config definitions, effective values and precedence (file < environment < flags)."""

from __future__ import annotations

from pathlib import Path

import pytest

from streamd.cluster.config_defs import (
    TOPIC_CONFIGS,
    ConfigError,
    ConfigSource,
    describe_broker_config,
    describe_topic_config,
    validate_topic_configs,
)
from streamd.config import load_config


def test_every_topic_config_is_described_with_its_default() -> None:
    entries = describe_topic_config("t", {}, load_config(None, {}, {}))
    assert [e.name for e in entries] == sorted(TOPIC_CONFIGS)
    assert all(e.source == ConfigSource.DEFAULT_CONFIG for e in entries)
    by_name = {e.name: e for e in entries}
    assert by_name["retention.ms"].value == "604800000"
    assert by_name["cleanup.policy"].value == "delete"
    assert by_name["max.message.bytes"].value == "1048588"


def test_topic_override_and_broker_synonym_sources() -> None:
    broker = load_config(None, {}, {"log.retention.ms": "1000", "message.max.bytes": 2000})
    entries = {e.name: e for e in describe_topic_config("t", {"segment.ms": "60000"}, broker)}
    assert (entries["segment.ms"].value, entries["segment.ms"].source) == ("60000", ConfigSource.DYNAMIC_TOPIC_CONFIG)
    assert (entries["retention.ms"].value, entries["retention.ms"].source) == (
        "1000", ConfigSource.STATIC_BROKER_CONFIG)
    assert [s.source for s in entries["retention.ms"].synonyms] == [
        ConfigSource.STATIC_BROKER_CONFIG, ConfigSource.DEFAULT_CONFIG]
    assert entries["max.message.bytes"].value == "2000"


def test_retention_hours_and_minutes_derive_log_retention_ms() -> None:
    assert load_config(None, {}, {}).get("log.retention.ms") == 168 * 3_600_000
    assert load_config(None, {}, {"log.retention.hours": 2}).get("log.retention.ms") == 7_200_000
    assert load_config(None, {}, {"log.retention.minutes": 3, "log.retention.hours": 2}).get(
        "log.retention.ms") == 180_000


@pytest.mark.parametrize(
    "configs",
    [{"foo.bar": "1"}, {"retention.ms": "abc"}, {"retention.ms": "-5"}, {"cleanup.policy": "bogus"},
     {"min.cleanable.dirty.ratio": "2"}, {"preallocate": "maybe"}, {"message.timestamp.type": "Now"}],
)
def test_invalid_topic_configs(configs: dict[str, str]) -> None:
    with pytest.raises(ConfigError):
        validate_topic_configs(configs)


def test_valid_topic_configs_are_typed() -> None:
    typed = validate_topic_configs({"cleanup.policy": "compact,delete", "retention.ms": "-1", "preallocate": "true"})
    assert typed == {"cleanup.policy": ["compact", "delete"], "retention.ms": -1, "preallocate": True}


def test_precedence_file_then_env_then_flags(tmp_path: Path) -> None:
    config_file = tmp_path / "streamd.toml"
    config_file.write_text('"num.partitions" = 2\n"message.max.bytes" = 5000\n[streamd]\nlisten = "0.0.0.0:1000"\n')
    env = {"STREAMD_KAFKA_NUM_PARTITIONS": "3", "STREAMD_LISTEN": "127.0.0.1:2000"}
    config = load_config(config_file, env, {"num.partitions": "4"})
    assert config.get("num.partitions") == 4
    assert config.get("message.max.bytes") == 5000
    assert (config.listen_host, config.listen_port) == ("127.0.0.1", 2000)
    assert config.source("num.partitions") == ConfigSource.STATIC_BROKER_CONFIG
    assert config.source("delete.topic.enable") == ConfigSource.DEFAULT_CONFIG


@pytest.mark.parametrize(
    "overrides", [{"listen": "nohost"}, {"listen": "h:99999"}, {"num.partitions": "x"}, {"no.such.config": 1}]
)
def test_bad_settings_raise_one_clear_error(overrides: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        load_config(None, {}, overrides)


def test_dynamic_broker_config_wins_and_is_reported() -> None:
    config = load_config(None, {}, {"num.partitions": 2})
    config.set_dynamic("num.partitions", "6")
    assert config.get("num.partitions") == 6
    entries = {e.name: e for e in describe_broker_config(config)}
    assert entries["num.partitions"].source == ConfigSource.DYNAMIC_BROKER_CONFIG
    assert entries["socket.request.max.bytes"].read_only
    config.clear_dynamic("num.partitions")
    assert config.get("num.partitions") == 2
