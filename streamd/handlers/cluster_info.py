"""DescribeCluster (key 60, v0-2), FindCoordinator (key 10, v0-6), InitProducerId (key 22, v0-5).

DescribeCluster: v1 adds the endpoint type (1 brokers, 2 controllers; a broker asked for
controllers answers UNSUPPORTED_ENDPOINT_TYPE, KIP-919); v2 adds fenced brokers.

FindCoordinator: a single node coordinates every group and transactional id. v4 batches keys
(KIP-699). It is advertised now because librdkafka enables LZ4 only when FindCoordinator is
(rdkafka_feature.c); the group and transaction APIs themselves come with their issues.

InitProducerId without a transactional id hands out a fresh producer id with epoch 0, whatever
producer id and epoch a v3+ request carries (Kafka's TransactionCoordinator does the same for
idempotent producers). With a transactional id the transaction coordinator answers: a new id
gets epoch 0, a known one a bumped epoch that fences its older incarnations.
"""

from __future__ import annotations

from streamd.coordinator.internal_topic import OFFSETS_TOPIC, TRANSACTION_TOPIC
from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated.describe_cluster_request import DescribeClusterRequest
from streamd.protocol._generated.describe_cluster_response import (
    DescribeClusterBroker,
    DescribeClusterResponse,
)
from streamd.protocol._generated.find_coordinator_request import FindCoordinatorRequest
from streamd.protocol._generated.find_coordinator_response import Coordinator, FindCoordinatorResponse
from streamd.protocol._generated.init_producer_id_request import InitProducerIdRequest
from streamd.protocol._generated.init_producer_id_response import InitProducerIdResponse
from streamd.server.connection import RequestContext
from streamd.server.registry import HandlerRegistry

_NO_OPERATIONS = -(2**31)
_BROKERS_ENDPOINT = 1
_GROUP_KEY = 0
_TRANSACTION_KEY = 1


def handle_describe_cluster(context: RequestContext, request: DescribeClusterRequest) -> DescribeClusterResponse:
    broker = context.broker
    node = broker.node
    if context.api_version >= 1 and request.endpoint_type != _BROKERS_ENDPOINT:
        return DescribeClusterResponse(
            error_code=ErrorCode.UNSUPPORTED_ENDPOINT_TYPE,
            error_message="The target broker only supports the broker endpoint type.",
            endpoint_type=request.endpoint_type,
            cluster_id=broker.cluster_id,
        )
    return DescribeClusterResponse(
        throttle_time_ms=0,
        error_code=ErrorCode.NONE,
        endpoint_type=_BROKERS_ENDPOINT,
        cluster_id=broker.cluster_id,
        controller_id=node.node_id,
        brokers=[DescribeClusterBroker(broker_id=node.node_id, host=node.host, port=node.port, rack=node.rack)],
        cluster_authorized_operations=_NO_OPERATIONS,
    )


def handle_find_coordinator(context: RequestContext, request: FindCoordinatorRequest) -> FindCoordinatorResponse:
    node = context.broker.node
    if request.key_type not in (_GROUP_KEY, _TRANSACTION_KEY):
        error = ErrorCode.INVALID_REQUEST
        message: str | None = f"Invalid coordinator key type {request.key_type}"
    else:
        error, message = ErrorCode.NONE, None
        # As Kafka does, looking a coordinator up creates its topic (__consumer_offsets or
        # __transaction_state), so that it can be seen in Metadata from then on.
        context.broker.ensure_coordinator_topic(OFFSETS_TOPIC if request.key_type == _GROUP_KEY else TRANSACTION_TOPIC)
    if context.api_version >= 4:
        return FindCoordinatorResponse(
            throttle_time_ms=0,
            coordinators=[
                Coordinator(
                    key=key,
                    node_id=node.node_id if not error else -1,
                    host=node.host if not error else "",
                    port=node.port if not error else -1,
                    error_code=error,
                    error_message=message,
                )
                for key in request.coordinator_keys
            ],
        )
    return FindCoordinatorResponse(
        throttle_time_ms=0,
        error_code=error,
        error_message=message,
        node_id=node.node_id if not error else -1,
        host=node.host if not error else "",
        port=node.port if not error else -1,
    )


async def handle_init_producer_id(context: RequestContext, request: InitProducerIdRequest) -> InitProducerIdResponse:
    if request.transactional_id:
        version = context.api_version
        result = await context.broker.transactions.init_producer_id(
            request.transactional_id,
            request.transaction_timeout_ms,
            request.producer_id if version >= 3 else -1,
            request.producer_epoch if version >= 3 else -1,
            version,
        )
        return InitProducerIdResponse(
            throttle_time_ms=0, error_code=result.error_code, producer_id=result.producer_id,
            producer_epoch=result.producer_epoch,
        )
    producer_id = context.broker.topics.allocate_producer_id()
    return InitProducerIdResponse(
        throttle_time_ms=0, error_code=ErrorCode.NONE, producer_id=producer_id, producer_epoch=0
    )


def register(registry: HandlerRegistry) -> None:
    registry.register(ApiKey.DESCRIBE_CLUSTER, handle_describe_cluster, min_version=0, max_version=2)
    registry.register(ApiKey.FIND_COORDINATOR, handle_find_coordinator, min_version=0, max_version=6)
    registry.register(ApiKey.INIT_PRODUCER_ID, handle_init_producer_id, min_version=0, max_version=5)
