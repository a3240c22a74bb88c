"""Broker configuration: streamd's own settings plus Kafka-named broker configs.

Sources, lowest precedence first: a TOML file (Kafka names at the top level, streamd's own
settings in a ``[streamd]`` table), ``STREAMD_*`` environment variables, then flags. Kafka
names in the environment take the ``STREAMD_KAFKA_`` prefix with dots written as underscores
(``STREAMD_KAFKA_NUM_PARTITIONS=4``). Dynamic overrides (AlterConfigs on the broker resource)
sit above all of them, as in Kafka.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from streamd.cluster.config_defs import BROKER_CONFIGS, ConfigError, ConfigSource, parse_value

__all__ = ["BrokerConfig", "ConfigError", "load_config", "parse_address"]

_OWN = ("listen", "advertised", "data_dir", "storage", "log_level", "node_id")
_ENV_OWN = {f"STREAMD_{name.upper()}": name for name in _OWN}
_ENV_KAFKA_PREFIX = "STREAMD_KAFKA_"


def parse_address(text: str, setting: str) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    if not sep or not host:
        raise ConfigError(setting, f"{setting} must be HOST:PORT, got {text!r}")
    try:
        number = int(port)
    except ValueError:
        raise ConfigError(setting, f"{setting} has a non-numeric port: {text!r}") from None
    if not 0 <= number <= 65535:
        raise ConfigError(setting, f"{setting} port out of range: {text!r}")
    return host.strip("[]"), number


@dataclass
class BrokerConfig:
    listen_host: str = "127.0.0.1"
    listen_port: int = 9092
    advertised_host: str | None = None
    advertised_port: int | None = None
    data_dir: str = "./streamd-data"
    storage_url: str | None = None  # None: the embedded default
    log_level: str = "info"
    node_id: int = 1
    static: dict[str, Any] = field(default_factory=dict)
    _dynamic: dict[str, Any] = field(default_factory=dict)
    _dynamic_default: dict[str, Any] = field(default_factory=dict)

    def _lookup(self, name: str) -> tuple[Any, ConfigSource]:
        if name in self._dynamic:
            return self._dynamic[name], ConfigSource.DYNAMIC_BROKER_CONFIG
        if name in self._dynamic_default:
            return self._dynamic_default[name], ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG
        if name in self.static:
            return self.static[name], ConfigSource.STATIC_BROKER_CONFIG
        return BROKER_CONFIGS[name].default, ConfigSource.DEFAULT_CONFIG

    def source(self, name: str) -> ConfigSource:
        return self._lookup(name)[1]

    def get(self, name: str) -> Any:
        """The effective typed value, with Kafka's derived defaults (log.retention.ms from
        .minutes or .hours, log.roll.ms from log.roll.hours, node.id and broker.id)."""
        if name in ("node.id", "broker.id"):
            return self.node_id
        value, source = self._lookup(name)
        if value is None and source == ConfigSource.DEFAULT_CONFIG:
            if name == "log.retention.ms":
                minutes = self.get("log.retention.minutes")
                return minutes * 60_000 if minutes is not None else self.get("log.retention.hours") * 3_600_000
            if name == "log.roll.ms":
                return self.get("log.roll.hours") * 3_600_000
            if name == "log.roll.jitter.ms":
                return 0
            if name == "log.flush.interval.ms":
                return self.get("log.flush.scheduler.interval.ms")
            if name == "listeners":
                return f"PLAINTEXT://{self.listen_host}:{self.listen_port}"
            if name == "log.dirs":
                return self.data_dir
        return value

    def set_dynamic(self, name: str, value: Any, *, default: bool = False) -> None:
        typed = parse_value(BROKER_CONFIGS[name], value)
        (self._dynamic_default if default else self._dynamic)[name] = typed

    def clear_dynamic(self, name: str, *, default: bool = False) -> None:
        (self._dynamic_default if default else self._dynamic).pop(name, None)


def _apply(config: BrokerConfig, name: str, value: Any) -> None:
    if name == "listen":
        config.listen_host, config.listen_port = parse_address(str(value), "listen")
    elif name == "advertised":
        config.advertised_host, config.advertised_port = parse_address(str(value), "advertised")
    elif name == "data_dir":
        config.data_dir = str(value)
    elif name == "storage":
        config.storage_url = str(value)
    elif name == "log_level":
        config.log_level = str(value).lower()
    elif name in ("node_id", "node.id", "broker.id"):
        config.node_id = int(value)
    else:
        definition = BROKER_CONFIGS.get(name)
        if definition is None:
            raise ConfigError(name, f"unknown broker config {name!r}")
        config.static[name] = parse_value(definition, value)


def load_config(config_file: Path | None, env: Mapping[str, str], overrides: Mapping[str, Any]) -> BrokerConfig:
    """Build the configuration: file, then environment, then flags (flags win)."""
    config = BrokerConfig()
    if config_file is not None:
        try:
            document = tomllib.loads(Path(config_file).read_text())
        except FileNotFoundError:
            raise ConfigError("config", f"config file not found: {config_file}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError("config", f"{config_file}: {exc}") from None
        own = document.pop("streamd", {})
        if not isinstance(own, dict):
            raise ConfigError("streamd", "[streamd] must be a table")
        for name, value in own.items():
            if name not in _OWN:
                raise ConfigError(name, f"unknown [streamd] setting {name!r}")
            _apply(config, name, value)
        for name, value in document.items():
            _apply(config, name, value)
    for key, value in sorted(env.items()):
        if key in _ENV_OWN:
            _apply(config, _ENV_OWN[key], value)
        elif key.startswith(_ENV_KAFKA_PREFIX):
            _apply(config, key[len(_ENV_KAFKA_PREFIX):].lower().replace("_", "."), value)
    for name, value in overrides.items():
        _apply(config, name, value)
    return config
