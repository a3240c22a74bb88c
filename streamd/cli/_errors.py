"""Turning any failure into one line on stderr and an exit code (never a traceback).

Set ``STREAMD_DEBUG=1`` to see the traceback of an unexpected error.
"""

from __future__ import annotations

import os

import click

from streamd.client.errors import ClientError

__all__ = ["CliError", "EXIT_INTERRUPTED", "EXIT_USAGE", "describe_failure"]

EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class CliError(click.ClickException):
    """A user-facing failure with a ready-made one-line message."""

    exit_code = EXIT_FAILURE


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _one_line(text: str) -> str:
    return " ".join(text.split())


def describe_failure(exc: BaseException) -> tuple[str | None, int]:
    """The line to print (None: print nothing) and the exit code for an exception.

    Re-raises unexpected exceptions when ``STREAMD_DEBUG`` is set.
    """
    if isinstance(exc, click.UsageError):
        message = _lower_first(_one_line(exc.format_message()))
        if exc.ctx is not None:
            message += f" (see '{exc.ctx.command_path} --help')"
        return message, EXIT_USAGE
    if isinstance(exc, click.ClickException):
        return _one_line(exc.format_message()), exc.exit_code
    if isinstance(exc, click.Abort | KeyboardInterrupt):
        return None, EXIT_INTERRUPTED
    if isinstance(exc, ClientError):
        return _one_line(str(exc)), EXIT_FAILURE
    if os.environ.get("STREAMD_DEBUG"):
        raise exc
    detail = _one_line(str(exc)) or "no details"
    return f"unexpected {type(exc).__name__}: {detail} (set STREAMD_DEBUG=1 for the traceback)", EXIT_FAILURE
