"""The dispatch registry: one handler per API key, registered with its version range.

The registry is the single source of the ApiVersions response: an API is advertised exactly
when a handler is registered for it, at exactly the versions registered (franz-go kfake's
``regKey``). Registering a key twice is a programming error and raises.

``advertised_min`` lets an API list versions below the ones it accepts: Kafka 4.x lists
Produce v0-2 in ApiVersions only because old librdkafka refuses brokers that do not
(KAFKA-18659, the comment in ProduceRequest.json), and closes connections that use them.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from streamd.protocol._generated import APIS, ApiKey, MessageSpec

__all__ = ["Handler", "HandlerRegistry", "RegisteredApi"]

Handler = Callable[[Any, Any], Any | Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class RegisteredApi:
    api_key: ApiKey
    min_version: int
    max_version: int
    advertised_min: int
    handler: Handler
    is_async: bool
    request: MessageSpec  # its generated module is imported on the first request
    response: MessageSpec
    request_flexible_min: int
    response_flexible_min: int

    def accepts(self, version: int) -> bool:
        return self.min_version <= version <= self.max_version

    def read_request(self, data: memoryview, pos: int, version: int) -> tuple[Any, int]:
        return self.request.read(data, pos, version)

    def write_response(self, body: Any, version: int) -> list[Any]:
        return self.response.write(body, version)


class HandlerRegistry:
    def __init__(self) -> None:
        self._apis: dict[int, RegisteredApi] = {}

    def register(
        self,
        api_key: ApiKey,
        handler: Handler,
        *,
        min_version: int,
        max_version: int,
        advertised_min: int | None = None,
    ) -> None:
        if api_key in self._apis:
            raise ValueError(f"{api_key.name} is registered twice")
        spec = APIS[api_key]
        if min_version < spec.min_version or max_version > spec.stable_max_version:
            raise ValueError(
                f"{api_key.name} {min_version}-{max_version} outside the schema's stable range "
                f"{spec.min_version}-{spec.stable_max_version}"
            )
        self._apis[api_key] = RegisteredApi(
            api_key=api_key,
            min_version=min_version,
            max_version=max_version,
            advertised_min=min_version if advertised_min is None else advertised_min,
            handler=handler,
            is_async=inspect.iscoroutinefunction(handler),
            request=spec.request,
            response=spec.response,
            request_flexible_min=spec.request.flexible_min,
            response_flexible_min=spec.response.flexible_min,
        )

    def get(self, api_key: int) -> RegisteredApi | None:
        return self._apis.get(api_key)

    def advertised(self) -> list[tuple[int, int, int]]:
        """(api_key, min_version, max_version) for the ApiVersions response, by key."""
        return sorted((key, api.advertised_min, api.max_version) for key, api in self._apis.items())

    def __contains__(self, api_key: int) -> bool:
        return api_key in self._apis
