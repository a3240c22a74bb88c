"""DescribeConfigs (key 32, v1-4), AlterConfigs (key 33, v0-2), IncrementalAlterConfigs (key 44, v0-1).

DescribeConfigs answers every config with its value, source and (v1+, when asked) synonyms,
(v3+) type and documentation, as Kafka does; an empty answer breaks tools (a Tansu finding).
Resource types (ConfigResource.Type): 2 topic, 4 broker, 8 broker logger.

AlterConfigs replaces a resource's whole set of overrides; IncrementalAlterConfigs applies
SET (0), DELETE (1), APPEND (2) and SUBTRACT (3), the last two on list configs only (KIP-339).
The semantics live in cluster.configs; these handlers only map resources and errors.
"""

from __future__ import annotations

from streamd.cluster.config_defs import ConfigError
from streamd.cluster.configs import AlterOperation, ResourceError
from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated.alter_configs_request import AlterConfigsRequest
from streamd.protocol._generated.alter_configs_response import (
    AlterConfigsResourceResponse,
    AlterConfigsResponse,
)
from streamd.protocol._generated.describe_configs_request import DescribeConfigsRequest
from streamd.protocol._generated.describe_configs_response import (
    DescribeConfigsResourceResult,
    DescribeConfigsResponse,
    DescribeConfigsResult,
    DescribeConfigsSynonym,
)
from streamd.protocol._generated.incremental_alter_configs_request import IncrementalAlterConfigsRequest
from streamd.protocol._generated.incremental_alter_configs_response import (
    AlterConfigsResourceResponse as IncrementalResourceResponse,
)
from streamd.protocol._generated.incremental_alter_configs_response import (
    IncrementalAlterConfigsResponse,
)
from streamd.server.connection import RequestContext
from streamd.server.registry import HandlerRegistry


def handle_describe_configs(context: RequestContext, request: DescribeConfigsRequest) -> DescribeConfigsResponse:
    configs = context.broker.configs
    version = context.api_version
    results: list[DescribeConfigsResult] = []
    for resource in request.resources:
        result = DescribeConfigsResult(
            error_code=ErrorCode.NONE, error_message=None,
            resource_type=resource.resource_type, resource_name=resource.resource_name, configs=[],
        )
        results.append(result)
        try:
            entries = configs.describe(resource.resource_type, resource.resource_name, resource.configuration_keys)
        except ResourceError as exc:
            result.error_code = exc.error_code
            result.error_message = exc.message
            continue
        for entry in entries:
            result.configs.append(
                DescribeConfigsResourceResult(
                    name=entry.name,
                    value=None if entry.sensitive else entry.value,
                    read_only=entry.read_only,
                    config_source=int(entry.source),
                    is_sensitive=entry.sensitive,
                    synonyms=[
                        DescribeConfigsSynonym(name=s.name, value=s.value, source=int(s.source))
                        for s in entry.synonyms
                    ] if request.include_synonyms else [],
                    config_type=int(entry.type) if version >= 3 else 0,
                    documentation=entry.doc if request.include_documentation else None,
                )
            )
    return DescribeConfigsResponse(throttle_time_ms=0, results=results)


def _apply(context: RequestContext, resource_type: int, resource_name: str,
           operations: list[AlterOperation], *, incremental: bool, validate_only: bool) -> tuple[int, str | None]:
    try:
        context.broker.configs.alter(resource_type, resource_name, operations, incremental=incremental,
                                     validate_only=validate_only)
    except ResourceError as exc:
        return exc.error_code, exc.message
    except ConfigError as exc:
        return ErrorCode.INVALID_CONFIG, str(exc)
    return ErrorCode.NONE, None


def handle_alter_configs(context: RequestContext, request: AlterConfigsRequest) -> AlterConfigsResponse:
    responses: list[AlterConfigsResourceResponse] = []
    for resource in request.resources:
        operations = [AlterOperation(c.name, AlterOperation.SET, c.value) for c in resource.configs]
        error, message = _apply(context, resource.resource_type, resource.resource_name, operations,
                                incremental=False, validate_only=request.validate_only)
        responses.append(AlterConfigsResourceResponse(
            error_code=error, error_message=message,
            resource_type=resource.resource_type, resource_name=resource.resource_name))
    return AlterConfigsResponse(throttle_time_ms=0, responses=responses)


def handle_incremental_alter_configs(
    context: RequestContext, request: IncrementalAlterConfigsRequest
) -> IncrementalAlterConfigsResponse:
    responses: list[IncrementalResourceResponse] = []
    for resource in request.resources:
        operations = [AlterOperation(c.name, c.config_operation, c.value) for c in resource.configs]
        error, message = _apply(context, resource.resource_type, resource.resource_name, operations,
                                incremental=True, validate_only=request.validate_only)
        responses.append(IncrementalResourceResponse(
            error_code=error, error_message=message,
            resource_type=resource.resource_type, resource_name=resource.resource_name))
    return IncrementalAlterConfigsResponse(throttle_time_ms=0, responses=responses)


def register(registry: HandlerRegistry) -> None:
    registry.register(ApiKey.DESCRIBE_CONFIGS, handle_describe_configs, min_version=1, max_version=4)
    registry.register(ApiKey.ALTER_CONFIGS, handle_alter_configs, min_version=0, max_version=2)
    registry.register(ApiKey.INCREMENTAL_ALTER_CONFIGS, handle_incremental_alter_configs, min_version=0, max_version=1)
