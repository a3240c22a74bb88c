"""Metadata (key 3): the brokers, the topics and their partitions' leaders."""

from __future__ import annotations

from collections.abc import Sequence

from streamd.client.connection import BrokerConnection
from streamd.client.errors import KafkaError
from streamd.client.types import ZERO_UUID, BrokerInfo, ClusterMetadata, PartitionInfo, TopicInfo
from streamd.protocol._generated import ApiKey
from streamd.protocol._generated.metadata_request import MetadataRequest, MetadataRequestTopic

__all__ = ["fetch_metadata"]


async def fetch_metadata(
    connection: BrokerConnection, topics: Sequence[str] | None, *, allow_auto_create: bool = False
) -> ClusterMetadata:
    """Describe ``topics`` (None: every topic).

    With ``allow_auto_create`` a missing topic is created if the broker's
    ``auto.create.topics.enable`` allows it (as producers ask by default).

    Topics the broker reports with an error are kept, with their ``error_code``; callers decide
    whether a missing topic is an error.
    """
    version = connection.versions.version_for(ApiKey.METADATA)
    wanted: list[MetadataRequestTopic] | None
    if topics is None:
        wanted = [] if version == 0 else None  # v0: an empty list means every topic
    else:
        wanted = [MetadataRequestTopic(name=name, topic_id=ZERO_UUID) for name in topics]
    request = MetadataRequest(
        topics=wanted,
        allow_auto_topic_creation=allow_auto_create,
        include_cluster_authorized_operations=False,
        include_topic_authorized_operations=False,
    )
    response = await connection.request_at(ApiKey.METADATA, version, request)
    if getattr(response, "error_code", 0):
        raise KafkaError(response.error_code, f"metadata from {connection.address}")
    brokers = {
        broker.node_id: BrokerInfo(broker.node_id, broker.host, broker.port, broker.rack)
        for broker in response.brokers
    }
    described: dict[str, TopicInfo] = {}
    for topic in response.topics:
        if topic.name is None:
            continue
        partitions = tuple(
            sorted(
                (
                    PartitionInfo(
                        index=partition.partition_index,
                        leader_id=partition.leader_id,
                        replicas=tuple(partition.replica_nodes or ()),
                        isr=tuple(partition.isr_nodes or ()),
                        error_code=partition.error_code,
                    )
                    for partition in topic.partitions or ()
                ),
                key=lambda info: info.index,
            )
        )
        described[topic.name] = TopicInfo(
            name=topic.name,
            topic_id=topic.topic_id or ZERO_UUID,
            is_internal=bool(topic.is_internal),
            partitions=partitions,
            error_code=topic.error_code,
        )
    return ClusterMetadata(
        cluster_id=response.cluster_id,
        controller_id=response.controller_id,
        brokers=brokers,
        topics=described,
    )
