"""ApiVersions negotiation: per API, the highest version both sides speak.

The client speaks every stable version of the generated codec; the broker lists its ranges in
its ApiVersions response. An API with no common version is simply absent from the table and
using it raises ``UnsupportedByBroker``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from streamd.client.errors import UnsupportedByBroker
from streamd.protocol._generated import APIS, ApiKey

__all__ = ["ApiVersionTable", "VersionRange", "client_version_ranges", "negotiate"]


@dataclass(frozen=True, slots=True)
class VersionRange:
    min_version: int
    max_version: int


def client_version_ranges() -> dict[int, VersionRange]:
    """The versions this client can encode: every stable version of every generated API."""
    return {int(key): VersionRange(spec.min_version, spec.stable_max_version) for key, spec in APIS.items()}


def negotiate(broker: Mapping[int, VersionRange], client: Mapping[int, VersionRange]) -> dict[int, int]:
    chosen: dict[int, int] = {}
    for api_key, ours in client.items():
        theirs = broker.get(api_key)
        if theirs is None:
            continue
        highest = min(ours.max_version, theirs.max_version)
        if highest >= max(ours.min_version, theirs.min_version):
            chosen[api_key] = highest
    return chosen


def api_name(api_key: int) -> str:
    try:
        return ApiKey(api_key).name
    except ValueError:
        return f"API {api_key}"


class ApiVersionTable:
    """The negotiated version of each API for one broker connection."""

    def __init__(self, chosen: Mapping[int, int], address: str) -> None:
        self._chosen = dict(chosen)
        self._address = address

    @classmethod
    def from_broker_ranges(cls, entries: Iterable[tuple[int, int, int]], address: str) -> ApiVersionTable:
        broker = {key: VersionRange(low, high) for key, low, high in entries}
        return cls(negotiate(broker, client_version_ranges()), address)

    def version_for(self, api_key: int) -> int:
        try:
            return self._chosen[api_key]
        except KeyError:
            raise UnsupportedByBroker(api_name(api_key), self._address) from None

    def supports(self, api_key: int) -> bool:
        return api_key in self._chosen

    def as_dict(self) -> dict[int, int]:
        return dict(self._chosen)
