"""ApiVersions (key 18), v0-4.

The list is built from the dispatch registry, so an API is advertised exactly when a handler is
registered. v3+ requests carry the client software name and version, which Kafka validates
against a pattern and answers INVALID_REQUEST when they do not match (ApiVersionsRequest
.isValid). The response header is always v0 (KIP-511); the connection takes care of that and
of too-new request versions.

v3+ also carry the feature flags (KIP-584, ``cluster.features``). As Kafka 4.x does, a v3
answer leaves out the supported features whose minimum is 0, which older clients could not
parse (v4 lists them all); the finalized ones are in both.
"""

from __future__ import annotations

import re

from streamd.cluster.features import FEATURES, FINALIZED_FEATURES_EPOCH
from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated.api_versions_request import ApiVersionsRequest
from streamd.protocol._generated.api_versions_response import (
    ApiVersion,
    ApiVersionsResponse,
    FinalizedFeatureKey,
    SupportedFeatureKey,
)
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
        version = context.api_version
        return ApiVersionsResponse(
            error_code=ErrorCode.NONE, api_keys=cached, throttle_time_ms=0,
            supported_features=[
                SupportedFeatureKey(name=f.name, min_version=f.min_supported, max_version=f.max_supported)
                for f in FEATURES if version >= 4 or f.min_supported > 0
            ],
            finalized_features_epoch=FINALIZED_FEATURES_EPOCH,
            finalized_features=[
                FinalizedFeatureKey(name=f.name, min_version_level=f.finalized, max_version_level=f.finalized)
                for f in FEATURES
            ],
        )

    registry.register(ApiKey.API_VERSIONS, handle_api_versions, min_version=0, max_version=4)
