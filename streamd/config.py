"""Broker configuration: streamd's own settings plus Kafka-named broker configs.

Sources, lowest precedence first (flags win):

1. a TOML file: Kafka names at the top level (``"num.partitions" = 4``; a bare dotted key
   such as ``log.retention.ms = 1000`` means the same), streamd's own settings in a
   ``[streamd]`` table (``listen``, ``advertised``, ``data_dir``, ``storage``, ``log_level``,
   ``node_id``);
2. environment variables: ``STREAMD_LISTEN``, ``STREAMD_ADVERTISED``, ``STREAMD_DATA_DIR``,
   ``STREAMD_STORAGE``, ``STREAMD_LOG_LEVEL``, ``STREAMD_NODE_ID``, and any Kafka name as
   ``STREAMD_KAFKA_`` + the name upper-cased with dots as underscores
   (``STREAMD_KAFKA_NUM_PARTITIONS=4`` sets ``num.partitions``); other ``STREAMD_*``
   variables are not configuration and are ignored;
3. flags: the same own names, and Kafka names (``serve --set NAME=VALUE``).

Within one source streamd's own settings apply first, then Kafka names. Some Kafka names are
another spelling of an own setting: ``listeners`` (one ``PLAINTEXT://HOST:PORT``) is
``listen``, ``advertised.listeners`` is ``advertised``, ``log.dirs`` (one directory) is
``data_dir``, ``node.id`` and ``broker.id`` are ``node_id``.

At runtime AlterConfigs and IncrementalAlterConfigs on the BROKER resource set dynamic values
above all of these, per broker (resource name = node id: DYNAMIC_BROKER_CONFIG) or cluster-wide
(empty name: DYNAMIC_DEFAULT_BROKER_CONFIG), for the configs Kafka lets change at runtime.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from streamd.cluster.config_defs import (
    BROKER_CONFIGS,
    DEFAULT_DATA_DIR,
    DEFAULT_LISTEN_HOST,
    DEFAULT_LISTEN_PORT,
    DEFAULT_NODE_ID,
    ConfigDef,
    ConfigError,
    ConfigSource,
    parse_value,
)

__all__ = ["LOG_LEVELS", "BrokerConfig", "ConfigError", "load_config", "parse_address"]

LOG_LEVELS = ("debug", "info", "warning", "error", "critical")
OWN_SETTINGS = ("listen", "advertised", "data_dir", "storage", "log_level", "node_id")
_ENV_OWN = {f"STREAMD_{name.upper()}": name for name in OWN_SETTINGS}
_ENV_KAFKA_PREFIX = "STREAMD_KAFKA_"
# Kafka names whose value is one of streamd's own settings (read from the fields, not ``kafka``).
_MIRRORED = ("listeners", "advertised.listeners", "log.dirs", "node.id", "broker.id")
_MS_PER_MINUTE = 60_000
_MS_PER_HOUR = 3_600_000


def parse_address(text: str, setting: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[v6]:PORT`` too) as (host, port)."""
    host, sep, port = text.strip().rpartition(":")
    if not sep or not host:
        raise ConfigError(setting, f"{setting} must be HOST:PORT, got {text!r}")
    try:
        number = int(port)
    except ValueError:
        raise ConfigError(setting, f"{setting} has a non-numeric port: {text!r}") from None
    if not 0 <= number <= 65535:
        raise ConfigError(setting, f"{setting} port out of range: {text!r}")
    return host.strip("[]"), number


def _listener_url(host: str, port: int) -> str:
    return f"PLAINTEXT://{f'[{host}]' if ':' in host else host}:{port}"


def _parse_listener(name: str, value: Any) -> tuple[str, int]:
    """One ``PLAINTEXT://HOST:PORT`` listener (an empty host binds every interface)."""
    listeners = parse_value(BROKER_CONFIGS[name], value)
    if not listeners or len(listeners) != 1 or not str(listeners[0]).upper().startswith("PLAINTEXT://"):
        raise ConfigError(name, f"{name}: streamd serves one PLAINTEXT://HOST:PORT listener, got {value!r}")
    address = str(listeners[0])[len("PLAINTEXT://"):]
    host, port = parse_address(address if not address.startswith(":") else "0.0.0.0" + address, name)
    return host, port


@dataclass
class BrokerConfig:
    """streamd's settings, and Kafka-named broker configs with their source.

    ``kafka`` holds the Kafka-named configs set statically (file, environment or flags), typed;
    a name absent from it has Kafka's default (DEFAULT_CONFIG). The Kafka names that mirror
    an own setting (listeners, log.dirs, node.id...) are recorded there when set, but their
    value is always read from the fields. Dynamic values set at runtime are kept apart
    (``set_dynamic``) and win over static ones.
    """

    listen_host: str = DEFAULT_LISTEN_HOST
    listen_port: int = DEFAULT_LISTEN_PORT
    advertised_host: str | None = None
    advertised_port: int | None = None
    data_dir: str = DEFAULT_DATA_DIR
    storage_url: str | None = None  # None: the embedded default, chosen by the CLI
    log_level: str = "info"
    node_id: int = DEFAULT_NODE_ID  # Kafka's node.id / broker.id; Metadata reports it
    kafka: dict[str, Any] = field(default_factory=dict)
    _dynamic: dict[str, Any] = field(default_factory=dict, repr=False)
    _dynamic_default: dict[str, Any] = field(default_factory=dict, repr=False)

    # -- reading -------------------------------------------------------------------------
    def layers(self, name: str) -> list[tuple[ConfigSource, Any]]:
        """Every value configured for ``name``, most specific first, ending with the default
        unless it is null (the layers Kafka's DescribeConfigs lists as synonyms)."""
        definition = _definition(name)
        found: list[tuple[ConfigSource, Any]] = []
        if name in self._dynamic:
            found.append((ConfigSource.DYNAMIC_BROKER_CONFIG, self._dynamic[name]))
        if name in self._dynamic_default:
            found.append((ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG, self._dynamic_default[name]))
        if name in self.kafka:
            static = self._mirrored(name) if name in _MIRRORED else self.kafka[name]
            found.append((ConfigSource.STATIC_BROKER_CONFIG, static))
        if definition.default is not None:
            found.append((ConfigSource.DEFAULT_CONFIG, definition.default))
        return found

    def source(self, name: str) -> ConfigSource:
        """Where the value of ``name`` comes from."""
        layers = self.layers(name)
        return layers[0][0] if layers else ConfigSource.DEFAULT_CONFIG

    def raw(self, name: str) -> Any:
        """The value as configured, without Kafka's derived defaults (an unset
        log.retention.ms is None, as Kafka's DescribeConfigs shows it)."""
        if name in _MIRRORED:
            return self._mirrored(name)
        layers = self.layers(name)
        return layers[0][1] if layers else None

    def get(self, name: str) -> Any:
        """The effective typed value of a Kafka-named broker config, with Kafka's derived
        defaults (KafkaConfig): log.retention.ms from .minutes or .hours (negative: -1),
        log.roll.ms and log.roll.jitter.ms from their hours, log.flush.interval.ms from
        log.flush.scheduler.interval.ms."""
        value = self.raw(name)
        if name == "log.retention.ms":
            if value is None:
                minutes = self.raw("log.retention.minutes")
                value = minutes * _MS_PER_MINUTE if minutes is not None else (
                    self.raw("log.retention.hours") * _MS_PER_HOUR)
            return -1 if value < 0 else value
        if value is None:
            if name == "log.roll.ms":
                return self.raw("log.roll.hours") * _MS_PER_HOUR
            if name == "log.roll.jitter.ms":
                return self.raw("log.roll.jitter.hours") * _MS_PER_HOUR
            if name == "log.flush.interval.ms":
                return self.raw("log.flush.scheduler.interval.ms")
        return value

    def _mirrored(self, name: str) -> Any:
        if name in ("node.id", "broker.id"):
            return self.node_id
        if name == "listeners":
            return [_listener_url(self.listen_host, self.listen_port)]
        if name == "advertised.listeners":
            if self.advertised_host is None:
                return None
            return [_listener_url(self.advertised_host, self.advertised_port or self.listen_port)]
        return [self.data_dir]  # log.dirs

    # -- dynamic configs -----------------------------------------------------------------
    def set_dynamic(self, name: str, value: Any, *, default: bool = False) -> None:
        """Set a broker config at runtime: for this broker, or cluster-wide with ``default``.
        ConfigError (Kafka's message) for an unknown name, a config Kafka does not let change
        at runtime (kind "read_only") or an invalid value; nothing changes then."""
        definition = _definition(name)
        if not definition.dynamic:
            raise ConfigError(name, f"Cannot update these configs dynamically: Set({name})", "read_only")
        typed = parse_value(definition, value)
        target = self._dynamic_default if default else self._dynamic
        previous = target.get(name, _MISSING)
        target[name] = typed
        try:
            self.check()
        except ConfigError:
            if previous is _MISSING:
                del target[name]
            else:
                target[name] = previous
            raise

    def clear_dynamic(self, name: str, *, default: bool = False) -> None:
        """Remove a dynamic value (IncrementalAlterConfigs DELETE); no error if none is set."""
        (self._dynamic_default if default else self._dynamic).pop(name, None)

    def dynamic_configs(self, *, default: bool = False) -> dict[str, Any]:
        """The dynamic values set for this broker, or cluster-wide with ``default``."""
        return dict(self._dynamic_default if default else self._dynamic)

    # -- checks --------------------------------------------------------------------------
    def check(self) -> None:
        """Kafka's checks across configs (KafkaConfig.validateValues) and streamd's own."""
        if self.get("log.roll.ms") < 1:
            raise ConfigError("log.roll.ms", "log.roll.ms must be greater than or equal to 1")
        if self.get("log.roll.jitter.ms") < 0:
            raise ConfigError("log.roll.jitter.ms", "log.roll.jitter.ms must be greater than or equal to 0")
        retention = self.get("log.retention.ms")
        if retention != -1 and retention < 1:
            raise ConfigError("log.retention.ms",
                              "log.retention.ms must be unlimited (-1) or, greater than or equal to 1")
        if self.advertised_host in ("0.0.0.0", "::"):
            raise ConfigError("advertised.listeners", "advertised.listeners cannot use the nonroutable "
                                                      f"meta-address {self.advertised_host}. Use a routable "
                                                      "IP address.")


_MISSING = object()


def _definition(name: str) -> ConfigDef:
    definition = BROKER_CONFIGS.get(name)
    if definition is None:
        raise ConfigError(name, f"unknown broker config {name!r}", "unknown")
    return definition


def _apply_own(config: BrokerConfig, name: str, value: Any) -> None:
    if name == "listen":
        config.listen_host, config.listen_port = parse_address(str(value), "listen")
        config.kafka["listeners"] = [_listener_url(config.listen_host, config.listen_port)]
    elif name == "advertised":
        config.advertised_host, config.advertised_port = parse_address(str(value), "advertised")
        config.kafka["advertised.listeners"] = [_listener_url(config.advertised_host, config.advertised_port)]
    elif name == "data_dir":
        if not str(value).strip():
            raise ConfigError("data_dir", "data_dir must not be empty")
        config.data_dir = str(value)
        config.kafka["log.dirs"] = [config.data_dir]
    elif name == "storage":
        config.storage_url = str(value).strip() or None
    elif name == "log_level":
        level = str(value).strip().lower()
        if level not in LOG_LEVELS:
            raise ConfigError("log_level", f"log_level must be one of {', '.join(LOG_LEVELS)}, got {value!r}")
        config.log_level = level
    elif name == "node_id":
        config.node_id = parse_value(BROKER_CONFIGS["node.id"], value)
        config.kafka["node.id"] = config.kafka["broker.id"] = config.node_id
    else:
        expected = ", ".join(OWN_SETTINGS)
        raise ConfigError(name, f"unknown streamd setting {name!r} (expected one of {expected})", "unknown")


def _apply_kafka(config: BrokerConfig, name: str, value: Any) -> None:
    if name in ("listeners", "advertised.listeners"):
        host, port = _parse_listener(name, value)
        _apply_own(config, "listen" if name == "listeners" else "advertised", f"[{host}]:{port}")
    elif name == "log.dirs":
        directories = parse_value(BROKER_CONFIGS[name], value)
        if len(directories) != 1:
            raise ConfigError(name, f"log.dirs: streamd keeps its data in one directory, got {value!r}")
        _apply_own(config, "data_dir", directories[0])
    elif name in ("node.id", "broker.id"):
        _apply_own(config, "node_id", value)
    else:
        config.kafka[name] = parse_value(_definition(name), value)


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """TOML tables to dotted names: ``log.retention.ms = 1`` parses as nested tables."""
    flat: dict[str, Any] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def _read_file(config_file: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(own settings, Kafka names) of a TOML file."""
    try:
        document = tomllib.loads(Path(config_file).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError("config", f"config file not found: {config_file}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("config", f"{config_file}: {exc}") from None
    own = document.pop("streamd", {})
    if not isinstance(own, dict):
        raise ConfigError("streamd", f"{config_file}: [streamd] must be a table")
    unknown = sorted(set(own) - set(OWN_SETTINGS))
    if unknown:
        raise ConfigError(unknown[0], f"{config_file}: unknown [streamd] setting {unknown[0]!r} "
                                      f"(expected one of {', '.join(OWN_SETTINGS)})", "unknown")
    return own, _flatten(document)


def _from_env(env: Mapping[str, str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(own settings, Kafka names) of the ``STREAMD_*`` environment."""
    own = {_ENV_OWN[key]: value for key, value in env.items() if key in _ENV_OWN}
    kafka = {key[len(_ENV_KAFKA_PREFIX):].lower().replace("_", "."): value
             for key, value in sorted(env.items()) if key.startswith(_ENV_KAFKA_PREFIX)}
    return own, kafka


def load_config(
    config_file: Path | None, env: Mapping[str, str], overrides: Mapping[str, Any]
) -> BrokerConfig:
    """The configuration from a TOML file, then ``STREAMD_*`` environment variables, then flags
    (``overrides``: own setting names or Kafka names; None values are flags not given).
    ConfigError, with a one-line message naming the setting, for anything wrong."""
    config = BrokerConfig()
    sources: list[tuple[dict[str, Any], dict[str, Any]]] = []
    if config_file is not None:
        sources.append(_read_file(config_file))
    sources.append(_from_env(env))
    flags = {name: value for name, value in overrides.items() if value is not None}
    sources.append(({k: v for k, v in flags.items() if k in OWN_SETTINGS},
                    {k: v for k, v in flags.items() if k not in OWN_SETTINGS}))
    for own, kafka in sources:
        for name, value in own.items():
            _apply_own(config, name, value)
        for name, value in kafka.items():
            _apply_kafka(config, name, value)
    config.check()
    return config
