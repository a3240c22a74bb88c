"""``host:port`` strings, as given to ``--bootstrap`` and ``--listen``."""

from __future__ import annotations

__all__ = ["AddressError", "format_address", "parse_address", "parse_address_list"]


class AddressError(ValueError):
    pass


def parse_address(text: str, default_port: int | None = None) -> tuple[str, int]:
    """``host:port``, ``[v6addr]:port``, or ``host`` alone when a default port is given."""
    text = text.strip()
    if not text:
        raise AddressError("empty address")
    if text.startswith("["):
        host, bracket, rest = text[1:].partition("]")
        if not bracket or not host:
            raise AddressError(f"invalid address {text!r}: unclosed '['")
        if rest and not rest.startswith(":"):
            raise AddressError(f"invalid address {text!r}")
        port_text = rest[1:] if rest else ""
    elif text.count(":") == 1:
        host, _, port_text = text.partition(":")
    elif ":" in text:
        raise AddressError(f"invalid address {text!r}: write IPv6 addresses as [addr]:port")
    else:
        host, port_text = text, ""
    if not port_text:
        if default_port is None:
            raise AddressError(f"invalid address {text!r}: expected HOST:PORT")
        return host or "0.0.0.0", default_port
    try:
        port = int(port_text)
    except ValueError:
        raise AddressError(f"invalid address {text!r}: port {port_text!r} is not a number") from None
    if not 0 <= port <= 65535:
        raise AddressError(f"invalid address {text!r}: port {port} outside 0..65535")
    return host or "0.0.0.0", port


def parse_address_list(text: str, default_port: int = 9092) -> list[tuple[str, int]]:
    """A comma-separated bootstrap list."""
    addresses = [parse_address(part, default_port) for part in text.split(",") if part.strip()]
    if not addresses:
        raise AddressError("no broker address given")
    return addresses


def format_address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
