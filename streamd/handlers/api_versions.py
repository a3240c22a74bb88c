"""ApiVersions (key 18), v0-4.

The list is built from the dispatch registry, so an API is advertised exactly when a handler is
registered. v3+ requests carry the client software name and version, which Kafka validates
against a pattern and answers INVALID_REQUEST when they do not match (ApiVersionsRequest
.isValid). The response header is always v0 (KIP-511); the connection takes care of that and
of too-new request versions.
"""

from __future__ import annotations

import re

from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated.api_versions_request import ApiVersionsRequest
from streamd.protocol._generated.api_versions_response import ApiVersion, ApiVersionsResponse
from streamd.server.connection import RequestContext
from streamd.server.registry import HandlerRegistry

_SOFTWARE_PATTERN = re.compile(r"[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?")


def register(registry: HandlerRegistry) -> None:
    cached: list[ApiVersion] = []

    def handle_api_versions(context: RequestContext, request: ApiVersionsRequest) -> ApiVersionsResponse:
        if context.api_version >= 3 and not (
            _SOFTWARE_PATTERN.fullmatch(request.client_software_name)
            and _SOFTWARE_PATTERN.fullmatch(request.client_software_version)
        ):
            return ApiVersionsResponse(error_code=ErrorCode.INVALID_REQUEST)
        if not cached:
            cached.extend(
                ApiVersion(api_key=key, min_version=low, max_version=high)
                for key, low, high in registry.advertised()
            )
        return ApiVersionsResponse(error_code=ErrorCode.NONE, api_keys=cached, throttle_time_ms=0)

    registry.register(ApiKey.API_VERSIONS, handle_api_versions, min_version=0, max_version=4)
