"""``streamd serve``: run a broker in the foreground.

Flags win over ``STREAMD_*`` environment variables, which win over the ``--config`` TOML
file; ``streamd.config.load_config`` applies that order. A flag left out is not passed on at
all, so it never hides a value from the environment or the file.
"""

from __future__ import annotations

import os
from pathlib import Path

import click

from streamd.cli._errors import CliError
from streamd.cli._options import parse_assignments, validate_address

__all__ = ["serve"]

LOG_LEVELS = ("debug", "info", "warning", "error", "critical")


def build_overrides(
    listen: str | None,
    advertised: str | None,
    data_dir: Path | None,
    storage: str | None,
    log_level: str | None,
    settings: tuple[str, ...],
) -> dict[str, object]:
    """The flags given, under the names ``load_config`` expects; ``--set`` adds Kafka names."""
    overrides: dict[str, object] = dict(parse_assignments(settings, "--set"))
    flags = {
        "listen": listen,
        "advertised": advertised,
        "data_dir": str(data_dir) if data_dir is not None else None,
        "storage": storage,
        "log_level": log_level,
    }
    overrides.update({name: value for name, value in flags.items() if value is not None})
    return overrides


@click.command()
@click.option(
    "--listen",
    metavar="HOST:PORT",
    callback=validate_address,
    help="Address to listen on; port 0 picks a free port. [default: 127.0.0.1:9092]",
)
@click.option(
    "--advertised",
    metavar="HOST:PORT",
    callback=validate_address,
    help="Address clients are told to connect to. [default: the listen address]",
)
@click.option(
    "--data-dir", type=click.Path(file_okay=False, path_type=Path), help="Directory for the data files."
)
@click.option(
    "--storage", metavar="URL", help="Storage engine URL: memory://, file:///path. [default: embedded]"
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="TOML configuration file.",
)
@click.option(
    "--log-level", type=click.Choice(LOG_LEVELS, case_sensitive=False), help="Logging level. [default: info]"
)
@click.option(
    "--set",
    "settings",
    multiple=True,
    metavar="NAME=VALUE",
    help="Any broker config by its Kafka name (num.partitions=4), repeatable.",
)
def serve(
    listen: str | None,
    advertised: str | None,
    data_dir: Path | None,
    storage: str | None,
    config_file: Path | None,
    log_level: str | None,
    settings: tuple[str, ...],
) -> int:
    """Run a streamd broker until SIGTERM or Ctrl-C.

    It prints 'streamd ready on HOST:PORT' once it accepts connections.
    """
    from streamd.config import ConfigError, load_config

    overrides = build_overrides(listen, advertised, data_dir, storage, log_level, settings)
    try:
        config = load_config(config_file, dict(os.environ), overrides)
    except ConfigError as exc:
        raise CliError(f"configuration: {exc}") from None
    except OSError as exc:
        raise CliError(f"cannot read {config_file}: {exc.strerror or exc}") from None

    from streamd.server.app import run_broker

    return run_broker(config)
