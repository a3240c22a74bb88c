"""The ``streamd`` command group and its top-level error handling.

Every failure ends as one ``error: ...`` line on stderr and a non-zero exit code: 2 for a
usage error, 1 for anything else, 130 for Ctrl-C. ``STREAMD_DEBUG=1`` shows the traceback of
an unexpected error.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from typing import Any

import click

from streamd import __version__
from streamd.cli._errors import describe_failure

__all__ = ["StreamdGroup", "main"]


# Subcommands are imported when used: ``streamd serve`` then never loads the client, which
# is most of the start-up time of a broker that should accept connections within 0.3 s.
_SUBCOMMANDS = {
    "serve": "streamd.cli.serve",
    "topics": "streamd.cli.topics",
    "produce": "streamd.cli.produce",
    "consume": "streamd.cli.consume",
    "groups": "streamd.cli.groups",
    "bench": "streamd.cli.bench",
}


class StreamdGroup(click.Group):
    """A click group whose ``main`` turns every exception into one line, and whose
    subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *_SUBCOMMANDS])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = _SUBCOMMANDS.get(cmd_name)
        if module is None:
            return super().get_command(ctx, cmd_name)
        command = getattr(importlib.import_module(module), cmd_name)
        assert isinstance(command, click.Command)
        return command

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except Exception as exc:  # click.Abort is an Exception too
            line, code = describe_failure(exc)
            if line is not None:
                click.echo(f"error: {line}", err=True)
        except KeyboardInterrupt as exc:
            _line, code = describe_failure(exc)
        else:
            code = result if isinstance(result, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


@click.group(cls=StreamdGroup, name="streamd", context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="streamd", message="%(prog)s %(version)s")
def main() -> None:
    """streamd: a Kafka-compatible event streaming broker.

    Client commands take --bootstrap HOST:PORT (or STREAMD_BOOTSTRAP).
    """


@main.command()
def version() -> None:
    """Print the streamd version."""
    click.echo(f"streamd {__version__}")
