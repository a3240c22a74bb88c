"""Every client request at every version it may negotiate, through the generated codec.

A loopback connection encodes each request, decodes it back as a broker would, and answers
with a canned response that itself goes through the codec, so both directions are exercised
without a broker.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, cast

import pytest

from streamd.client import admin, fetching
from streamd.client.connection import BrokerConnection
from streamd.client.errors import KafkaError
from streamd.client.metadata import fetch_metadata
from streamd.client.types import ConfigSource, PartitionInfo, TopicInfo
from streamd.client.versions import ApiVersionTable
from streamd.protocol._generated import APIS, ApiKey
from streamd.protocol.buffers import flatten

Responder = Callable[[int, Any], Any]
TOPIC_ID = uuid.UUID("12345678-1234-5678-1234-567812345678")
TOPIC = TopicInfo(
    "orders", TOPIC_ID, False, (PartitionInfo(0, 1, (1,), (1,)), PartitionInfo(1, 1, (1,), (1,)))
)


def _round_trip(message: Any, spec: Any, version: int) -> Any:
    raw = b"".join(bytes(chunk) for chunk in flatten(spec.write(message, version)))
    decoded, end = spec.read(memoryview(raw), 0, version)
    assert end == len(raw)
    return decoded


class LoopbackConnection:
    address = "loopback:9092"
    request_timeout = 5.0

    def __init__(self, api_key: int, version: int, respond: Responder) -> None:
        self.versions = ApiVersionTable({api_key: version}, self.address)
        self.respond = respond
        self.sent: list[Any] = []

    async def request(self, api_key: int, request: Any, *, timeout: float | None = None) -> Any:
        return await self.request_at(api_key, self.versions.version_for(api_key), request)

    async def request_at(
        self, api_key: int, version: int, request: Any, *, timeout: float | None = None
    ) -> Any:
        spec = APIS[ApiKey(api_key)]
        received = _round_trip(request, spec.request, version)
        self.sent.append(received)
        return _round_trip(self.respond(version, received), spec.response, version)


def loopback(api_key: int, version: int, respond: Responder) -> BrokerConnection:
    return cast(BrokerConnection, LoopbackConnection(api_key, version, respond))


def versions_of(api_key: ApiKey) -> list[int]:
    spec = APIS[api_key]
    return list(range(spec.min_version, spec.stable_max_version + 1))


@pytest.mark.parametrize("version", versions_of(ApiKey.METADATA))
async def test_metadata(version: int) -> None:
    from streamd.protocol._generated import metadata_response as mr

    def respond(version: int, request: Any) -> Any:
        if version == 0:
            assert request.topics == []
        else:
            assert request.topics is None
        return mr.MetadataResponse(
            brokers=[mr.MetadataResponseBroker(node_id=1, host="h", port=9092)],
            cluster_id="c1",
            controller_id=1,
            topics=[
                mr.MetadataResponseTopic(
                    name="orders",
                    topic_id=TOPIC_ID,
                    partitions=[
                        mr.MetadataResponsePartition(
                            partition_index=i, leader_id=1, replica_nodes=[1], isr_nodes=[1]
                        )
                        for i in (1, 0)
                    ],
                )
            ],
        )

    metadata = await fetch_metadata(loopback(ApiKey.METADATA, version, respond), None)
    info = metadata.topics["orders"]
    assert [p.index for p in info.partitions] == [0, 1]
    assert metadata.brokers[1].address == "h:9092"
    if version >= 10:
        assert info.topic_id == TOPIC_ID


@pytest.mark.parametrize("version", versions_of(ApiKey.CREATE_TOPICS))
async def test_create_topic(version: int) -> None:
    from streamd.protocol._generated import create_topics_response as ctr

    def respond(version: int, request: Any) -> Any:
        topic = request.topics[0]
        assert topic.name == "orders"
        assert {c.name: c.value for c in topic.configs} == {"retention.ms": "1000"}
        if version < 4:
            assert (topic.num_partitions, topic.replication_factor) == (1, 1)
        else:
            assert (topic.num_partitions, topic.replication_factor) == (-1, -1)
        return ctr.CreateTopicsResponse(
            topics=[
                ctr.CreatableTopicResult(
                    name="orders", topic_id=TOPIC_ID, num_partitions=3, replication_factor=1
                )
            ]
        )

    connection = loopback(ApiKey.CREATE_TOPICS, version, respond)
    created = await admin.create_topic(connection, "orders", configs={"retention.ms": "1000"})
    assert created.name == "orders"
    if version >= 5:
        assert created.num_partitions == 3


@pytest.mark.parametrize("version", versions_of(ApiKey.CREATE_TOPICS))
async def test_create_topic_error(version: int) -> None:
    from streamd.protocol._generated import create_topics_response as ctr

    def respond(version: int, request: Any) -> Any:
        return ctr.CreateTopicsResponse(
            topics=[
                ctr.CreatableTopicResult(
                    name="orders", error_code=36, error_message="Topic 'orders' already exists."
                )
            ]
        )

    with pytest.raises(KafkaError) as caught:
        await admin.create_topic(loopback(ApiKey.CREATE_TOPICS, version, respond), "orders")
    assert str(caught.value) == "topic 'orders' already exists (TOPIC_ALREADY_EXISTS)"


@pytest.mark.parametrize("version", versions_of(ApiKey.DELETE_TOPICS))
async def test_delete_topic(version: int) -> None:
    from streamd.protocol._generated import delete_topics_response as dtr

    def respond(version: int, request: Any) -> Any:
        names = [t.name for t in request.topics] if version >= 6 else request.topic_names
        assert names == ["orders"]
        return dtr.DeleteTopicsResponse(responses=[dtr.DeletableTopicResult(name="orders", error_code=3)])

    with pytest.raises(KafkaError, match="does not exist"):
        await admin.delete_topic(loopback(ApiKey.DELETE_TOPICS, version, respond), "orders")


@pytest.mark.parametrize("version", versions_of(ApiKey.DESCRIBE_CONFIGS))
async def test_describe_configs(version: int) -> None:
    from streamd.protocol._generated import describe_configs_response as dcr

    def respond(version: int, request: Any) -> Any:
        assert request.resources[0].resource_type == admin.TOPIC_RESOURCE
        return dcr.DescribeConfigsResponse(
            results=[
                dcr.DescribeConfigsResult(
                    resource_type=2,
                    resource_name="orders",
                    configs=[
                        dcr.DescribeConfigsResourceResult(name="retention.ms", value="1000", config_source=1),
                        dcr.DescribeConfigsResourceResult(
                            name="cleanup.policy", value="delete", config_source=5
                        ),
                    ],
                )
            ]
        )

    entries = await admin.describe_topic_configs(
        loopback(ApiKey.DESCRIBE_CONFIGS, version, respond), "orders"
    )
    assert [(e.name, e.source, e.is_default) for e in entries] == [
        ("cleanup.policy", ConfigSource.DEFAULT_CONFIG, True),
        ("retention.ms", ConfigSource.DYNAMIC_TOPIC_CONFIG, False),
    ]


@pytest.mark.parametrize("version", versions_of(ApiKey.INCREMENTAL_ALTER_CONFIGS))
async def test_alter_configs(version: int) -> None:
    from streamd.protocol._generated import incremental_alter_configs_response as iacr

    def respond(version: int, request: Any) -> Any:
        operations = [(c.name, c.config_operation, c.value) for c in request.resources[0].configs]
        assert operations == [("retention.ms", 0, "5"), ("cleanup.policy", 1, None)]
        return iacr.IncrementalAlterConfigsResponse(
            responses=[iacr.AlterConfigsResourceResponse(resource_type=2, resource_name="orders")]
        )

    connection = loopback(ApiKey.INCREMENTAL_ALTER_CONFIGS, version, respond)
    await admin.alter_topic_configs(
        connection,
        "orders",
        set_values={"retention.ms": "5"},
        delete_keys=["cleanup.policy"],
    )


@pytest.mark.parametrize("version", versions_of(ApiKey.LIST_OFFSETS))
async def test_list_offsets(version: int) -> None:
    from streamd.protocol._generated import list_offsets_response as lor

    def respond(version: int, request: Any) -> Any:
        asked = {p.partition_index: p.timestamp for p in request.topics[0].partitions}
        assert asked == {0: fetching.EARLIEST, 1: fetching.EARLIEST}
        return lor.ListOffsetsResponse(
            topics=[
                lor.ListOffsetsTopicResponse(
                    name="orders",
                    partitions=[
                        lor.ListOffsetsPartitionResponse(partition_index=p, offset=10 + p) for p in (0, 1)
                    ],
                )
            ]
        )

    connection = loopback(ApiKey.LIST_OFFSETS, version, respond)
    offsets = await fetching.list_offsets(connection, TOPIC, {0: fetching.EARLIEST, 1: fetching.EARLIEST})
    assert offsets == {0: 10, 1: 11}


@pytest.mark.parametrize("version", versions_of(ApiKey.FETCH))
async def test_fetch_request_without_records(version: int) -> None:
    from streamd.protocol._generated import fetch_response as fr

    def respond(version: int, request: Any) -> Any:
        topic = request.topics[0]
        if version >= 13:
            assert topic.topic_id == TOPIC_ID
        else:
            assert topic.topic == "orders"
        assert [(p.partition, p.fetch_offset) for p in topic.partitions] == [(0, 5), (1, 7)]
        return fr.FetchResponse(
            responses=[
                fr.FetchableTopicResponse(
                    topic="orders",
                    topic_id=TOPIC_ID,
                    partitions=[
                        fr.PartitionData(partition_index=p, high_watermark=9, records=None) for p in (0, 1)
                    ],
                )
            ]
        )

    connection = loopback(ApiKey.FETCH, version, respond)
    results = await fetching.fetch_partitions(connection, TOPIC, {0: 5, 1: 7})
    assert sorted(results) == [0, 1]
    assert all(r.high_watermark == 9 and r.records == [] for r in results.values())
