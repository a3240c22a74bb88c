"""load_config: sources and their precedence (file < environment < flags), effective values,
dynamic broker configs, and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from streamd.cluster.config_defs import ConfigError, ConfigSource, describe_broker_config
from streamd.config import BrokerConfig, load_config

S = ConfigSource


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "streamd.toml"
    path.write_text(text)
    return path


def test_defaults() -> None:
    config = load_config(None, {}, {})
    assert (config.listen_host, config.listen_port) == ("127.0.0.1", 9092)
    assert (config.advertised_host, config.advertised_port) == (None, None)
    assert (config.data_dir, config.storage_url, config.log_level, config.node_id) == (
        "./streamd-data", None, "info", 1)
    assert config.kafka == {}
    assert config.get("num.partitions") == 1 and config.source("num.partitions") == S.DEFAULT_CONFIG
    assert config.get("listeners") == ["PLAINTEXT://127.0.0.1:9092"]
    assert config.source("listeners") == S.DEFAULT_CONFIG
    assert config.get("advertised.listeners") is None


def test_precedence_file_then_env_then_flags(tmp_path: Path) -> None:
    config_file = write(tmp_path, '"num.partitions" = 2\n"message.max.bytes" = 5000\n"log.retention.ms" = 9\n'
                                  '[streamd]\nlisten = "0.0.0.0:1000"\ndata_dir = "/from/file"\n'
                                  'log_level = "debug"\n')
    env = {"STREAMD_KAFKA_NUM_PARTITIONS": "3", "STREAMD_KAFKA_LOG_RETENTION_MS": "8",
           "STREAMD_LISTEN": "127.0.0.1:2000", "STREAMD_LOG_LEVEL": "WARNING"}
    flags = {"num.partitions": "4", "listen": "127.0.0.2:3000", "data_dir": None}
    config = load_config(config_file, env, flags)
    assert config.get("num.partitions") == 4  # flag over env over file
    assert config.get("log.retention.ms") == 8  # env over file
    assert config.get("message.max.bytes") == 5000  # file only
    assert (config.listen_host, config.listen_port) == ("127.0.0.2", 3000)
    assert config.data_dir == "/from/file"  # a None flag is a flag not given
    assert config.log_level == "warning"
    assert config.kafka == {"num.partitions": 4, "message.max.bytes": 5000, "log.retention.ms": 8,
                            "listeners": ["PLAINTEXT://127.0.0.2:3000"], "log.dirs": ["/from/file"]}
    for name in ("num.partitions", "message.max.bytes", "listeners", "log.dirs"):
        assert config.source(name) == S.STATIC_BROKER_CONFIG, name
    assert config.source("delete.topic.enable") == S.DEFAULT_CONFIG


def test_toml_dotted_keys_and_typed_values(tmp_path: Path) -> None:
    config_file = write(tmp_path, 'log.retention.ms = 1000\nauto.create.topics.enable = false\n'
                                  '"log.cleanup.policy" = ["compact", "delete"]\n'
                                  '"log.cleaner.min.cleanable.ratio" = 0.25\n')
    config = load_config(config_file, {}, {})
    assert config.get("log.retention.ms") == 1000
    assert config.get("auto.create.topics.enable") is False
    assert config.get("log.cleanup.policy") == ["compact", "delete"]
    assert config.get("log.cleaner.min.cleanable.ratio") == 0.25


def test_environment_mapping() -> None:
    env = {"STREAMD_KAFKA_AUTO_CREATE_TOPICS_ENABLE": "false", "STREAMD_DATA_DIR": "/d",
           "STREAMD_NODE_ID": "7", "STREAMD_STORAGE": "memory://",
           "STREAMD_ADVERTISED": "broker.example:19092",
           "STREAMD_DEBUG": "1", "STREAMD_NO_NATIVE": "1", "PATH": "/bin"}  # not configuration: ignored
    config = load_config(None, env, {})
    assert config.get("auto.create.topics.enable") is False
    assert (config.data_dir, config.node_id, config.storage_url) == ("/d", 7, "memory://")
    assert (config.advertised_host, config.advertised_port) == ("broker.example", 19092)
    assert config.get("advertised.listeners") == ["PLAINTEXT://broker.example:19092"]
    assert (config.get("node.id"), config.get("broker.id")) == (7, 7)
    assert config.source("broker.id") == S.STATIC_BROKER_CONFIG


def test_kafka_names_for_streamds_own_settings() -> None:
    config = load_config(None, {}, {"listeners": "PLAINTEXT://:9093", "log.dirs": "/var/streamd",
                                    "advertised.listeners": "PLAINTEXT://[::1]:9094", "node.id": "3"})
    assert (config.listen_host, config.listen_port) == ("0.0.0.0", 9093)
    assert (config.advertised_host, config.advertised_port) == ("::1", 9094)
    assert config.get("advertised.listeners") == ["PLAINTEXT://[::1]:9094"]
    assert (config.data_dir, config.node_id) == ("/var/streamd", 3)


def test_derived_defaults() -> None:
    assert load_config(None, {}, {}).get("log.retention.ms") == 168 * 3_600_000
    assert load_config(None, {}, {"log.retention.hours": 2}).get("log.retention.ms") == 7_200_000
    assert load_config(None, {}, {"log.retention.minutes": 3, "log.retention.hours": 2}).get(
        "log.retention.ms") == 180_000
    both = load_config(None, {}, {"log.retention.ms": 5, "log.retention.minutes": 3})
    assert both.get("log.retention.ms") == 5
    assert load_config(None, {}, {"log.retention.ms": -7}).get("log.retention.ms") == -1
    config = load_config(None, {}, {"log.roll.hours": 2, "log.roll.jitter.hours": 1})
    assert (config.get("log.roll.ms"), config.get("log.roll.jitter.ms")) == (7_200_000, 3_600_000)
    assert config.raw("log.roll.ms") is None
    assert config.get("log.flush.interval.ms") == 2**63 - 1


@pytest.mark.parametrize(("overrides", "message"), [
    ({"listen": "nohost"}, "listen must be HOST:PORT, got 'nohost'"),
    ({"listen": "h:99999"}, "listen port out of range: 'h:99999'"),
    ({"num.partitions": "x"}, "Invalid value x for configuration num.partitions: Not a number of type INT"),
    ({"num.partitions": "0"}, "Invalid value 0 for configuration num.partitions: Value must be at least 1"),
    ({"no.such.config": 1}, "unknown broker config 'no.such.config'"),
    ({"log_level": "loud"}, "log_level must be one of debug, info, warning, error, critical, got 'loud'"),
    ({"log.retention.ms": "0"}, "log.retention.ms must be unlimited (-1) or, greater than or equal to 1"),
    ({"listeners": "PLAINTEXT://a:1,SSL://b:2"},
     "listeners: streamd serves one PLAINTEXT://HOST:PORT listener, got 'PLAINTEXT://a:1,SSL://b:2'"),
    ({"log.dirs": "/a,/b"}, "log.dirs: streamd keeps its data in one directory, got '/a,/b'"),
    ({"advertised": "0.0.0.0:9092"}, "advertised.listeners cannot use the nonroutable meta-address 0.0.0.0. "
                                     "Use a routable IP address."),
])
def test_bad_settings_raise_one_clear_line(overrides: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(None, {}, overrides)
    assert str(caught.value) == message and "\n" not in str(caught.value)


def test_file_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "missing.toml", {}, {})
    with pytest.raises(ConfigError, match="streamd.toml"):
        load_config(write(tmp_path, "num.partitions = = 3\n"), {}, {})
    with pytest.raises(ConfigError, match="unknown \\[streamd\\] setting 'port'") as caught:
        load_config(write(tmp_path, "[streamd]\nport = 1\n"), {}, {})
    assert caught.value.kind == "unknown"
    with pytest.raises(ConfigError, match="unknown broker config 'no.such'"):
        load_config(None, {"STREAMD_KAFKA_NO_SUCH": "1"}, {})


def test_dynamic_broker_config_wins_and_is_reported() -> None:
    config = load_config(None, {}, {"message.max.bytes": 2000})
    config.set_dynamic("message.max.bytes", "4000", default=True)
    assert (config.get("message.max.bytes"), config.source("message.max.bytes")) == (
        4000, S.DYNAMIC_DEFAULT_BROKER_CONFIG)
    config.set_dynamic("message.max.bytes", "6000")
    assert (config.get("message.max.bytes"), config.source("message.max.bytes")) == (
        6000, S.DYNAMIC_BROKER_CONFIG)
    entry = {e.name: e for e in describe_broker_config(config)}["message.max.bytes"]
    assert (entry.value, entry.source, entry.read_only) == ("6000", S.DYNAMIC_BROKER_CONFIG, False)
    assert config.dynamic_configs() == {"message.max.bytes": 6000}
    assert config.dynamic_configs(default=True) == {"message.max.bytes": 4000}
    config.clear_dynamic("message.max.bytes")
    assert config.get("message.max.bytes") == 4000
    config.clear_dynamic("message.max.bytes", default=True)
    config.clear_dynamic("message.max.bytes", default=True)  # nothing set: no error
    assert (config.get("message.max.bytes"), config.source("message.max.bytes")) == (
        2000, S.STATIC_BROKER_CONFIG)


def test_dynamic_changes_kafka_refuses() -> None:
    config = BrokerConfig()
    with pytest.raises(ConfigError) as caught:
        config.set_dynamic("num.partitions", "3", default=True)
    assert (caught.value.kind, str(caught.value)) == (
        "read_only", "Cannot update these configs dynamically: Set(num.partitions)")
    with pytest.raises(ConfigError) as caught:
        config.set_dynamic("log.segment.bytes", "100")
    assert str(caught.value) == (
        "Invalid value 100 for configuration log.segment.bytes: Value must be at least 1048576")
    with pytest.raises(ConfigError, match="unknown broker config"):
        config.set_dynamic("foo.bar", "1")
    config.set_dynamic("log.retention.ms", "5000")
    with pytest.raises(ConfigError, match="log.retention.ms must be unlimited"):
        config.set_dynamic("log.retention.ms", "0")
    assert config.get("log.retention.ms") == 5000  # a refused change leaves the previous value
    assert config.dynamic_configs() == {"log.retention.ms": 5000}
