"""Options and helpers shared by the client commands."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Sequence
from typing import Any, TypeVar

import click

from streamd.client.address import AddressError, parse_address, parse_address_list

__all__ = [
    "ACKS",
    "DEFAULT_BOOTSTRAP",
    "bootstrap_option",
    "parse_assignments",
    "run",
    "validate_address",
]

DEFAULT_BOOTSTRAP = "127.0.0.1:9092"

#: ``--acks`` choices and the Produce ``acks`` each means (all = -1: the full ISR).
ACKS = {"0": 0, "1": 1, "-1": -1, "all": -1}

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coroutine)


def _validate_bootstrap(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    try:
        parse_address_list(value)
    except AddressError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


def validate_address(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """For ``--listen`` and ``--advertised``: HOST:PORT, checked, passed on as text."""
    if value is None:
        return None
    try:
        parse_address(value)
    except AddressError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


def bootstrap_option(function: F) -> F:
    return click.option(
        "--bootstrap",
        "-b",
        default=DEFAULT_BOOTSTRAP,
        show_default=True,
        envvar="STREAMD_BOOTSTRAP",
        show_envvar=True,
        callback=_validate_bootstrap,
        help="Broker address(es), HOST:PORT[,HOST:PORT...].",
    )(function)


def parse_assignments(values: Sequence[str], option: str) -> dict[str, str]:
    """``name=value`` pairs (the value may itself contain '='); later ones win."""
    parsed: dict[str, str] = {}
    for item in values:
        name, equals, value = item.partition("=")
        name = name.strip()
        if not equals or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint=f"'{option}'")
        parsed[name] = value
    return parsed
