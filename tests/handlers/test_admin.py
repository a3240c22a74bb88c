"""Topic administration, metadata, offsets and cluster APIs with Kafka's error codes."""

from __future__ import annotations

import uuid

import pytest

from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated import create_partitions_request as cpr
from streamd.protocol._generated import create_topics_request as ctr
from streamd.protocol._generated import delete_records_request as drr
from streamd.protocol._generated import delete_topics_request as dtr
from streamd.protocol._generated import describe_cluster_request as dcr
from streamd.protocol._generated import find_coordinator_request as fcr
from streamd.protocol._generated import init_producer_id_request as ipr
from streamd.protocol._generated import metadata_request as mr
from streamd.protocol._generated.api_versions_request import ApiVersionsRequest
from streamd.records.builder import Record, build_batch
from streamd.server.app import RunningBroker
from tests.handlers.helpers import create_topic, list_offset, produce
from tests.wire import WireClient


@pytest.fixture
async def client(running_broker: RunningBroker) -> WireClient:
    client = await WireClient.connect(running_broker.host, running_broker.port)
    yield client  # type: ignore[misc]
    await client.close()


async def test_api_versions_lists_exactly_the_registered_apis(client: WireClient) -> None:
    response = await client.call(ApiKey.API_VERSIONS, 3, ApiVersionsRequest(
        client_software_name="streamd-tests", client_software_version="0.1"))
    advertised = {k.api_key: (k.min_version, k.max_version) for k in response.api_keys}
    assert advertised[ApiKey.PRODUCE] == (0, 12)  # v12: transaction protocol v2 (KIP-890); 13 not yet
    assert advertised[ApiKey.FETCH] == (4, 12)
    assert advertised[ApiKey.METADATA] == (0, 13)
    assert advertised[ApiKey.API_VERSIONS] == (0, 4)
    assert advertised[ApiKey.INIT_PRODUCER_ID] == (0, 5)
    assert advertised[ApiKey.JOIN_GROUP] == (0, 9)
    assert advertised[ApiKey.OFFSET_COMMIT] == (2, 9)
    assert advertised[ApiKey.OFFSET_FETCH] == (1, 9)
    assert advertised[ApiKey.END_TXN] == (0, 5)  # v5: transaction protocol v2 (KIP-890)
    assert advertised[ApiKey.TXN_OFFSET_COMMIT] == (0, 5)
    assert advertised[ApiKey.ADD_PARTITIONS_TO_TXN] == (0, 5)  # v4+ batch and verify (KIP-890 part 1)
    assert advertised[ApiKey.CONSUMER_GROUP_HEARTBEAT] == (0, 1)
    # Transaction protocol v2 is finalized, as on a new Kafka 4.x cluster; a v3 answer leaves out
    # supported features whose minimum is 0, as Kafka's does.
    assert [(f.name, f.min_version_level, f.max_version_level) for f in response.finalized_features] == \
        [("transaction.version", 2, 2)]
    assert response.finalized_features_epoch >= 0
    assert response.supported_features == []
    v4 = await client.call(ApiKey.API_VERSIONS, 4, ApiVersionsRequest(
        client_software_name="streamd-tests", client_software_version="0.1"))
    assert [(f.name, f.min_version, f.max_version) for f in v4.supported_features] == [("transaction.version", 0, 2)]
    # Not implemented yet, so not advertised.
    for absent in (ApiKey.WRITE_TXN_MARKERS, ApiKey.SASL_HANDSHAKE, ApiKey.CREATE_ACLS):
        assert absent not in advertised


async def test_create_topic_and_metadata(client: WireClient) -> None:
    result = await create_topic(client, "orders", partitions=3)
    assert result.error_code == 0 and result.num_partitions == 3 and result.replication_factor == 1
    assert result.topic_id != uuid.UUID(int=0)
    assert result.configs and any(c.name == "retention.ms" for c in result.configs)
    response = await client.call(ApiKey.METADATA, 12, mr.MetadataRequest(
        topics=[mr.MetadataRequestTopic(name="orders")], allow_auto_topic_creation=False))
    topic = response.topics[0]
    assert topic.error_code == 0 and topic.topic_id == result.topic_id
    assert [p.partition_index for p in topic.partitions] == [0, 1, 2]
    assert response.cluster_id and response.controller_id == response.brokers[0].node_id


@pytest.mark.parametrize(
    ("name", "partitions", "rf", "error"),
    [
        ("dup-rf", 1, 3, ErrorCode.INVALID_REPLICATION_FACTOR),
        ("zero-rf", 1, 0, ErrorCode.INVALID_REPLICATION_FACTOR),
        ("zero-parts", 0, 1, ErrorCode.INVALID_PARTITIONS),
        ("neg-parts", -2, 1, ErrorCode.INVALID_PARTITIONS),
        ("bad/name", 1, 1, ErrorCode.INVALID_TOPIC_EXCEPTION),
        (".", 1, 1, ErrorCode.INVALID_TOPIC_EXCEPTION),
        ("a" * 250, 1, 1, ErrorCode.INVALID_TOPIC_EXCEPTION),
    ],
)
async def test_create_topic_errors(client: WireClient, name: str, partitions: int, rf: int, error: int) -> None:
    response = await client.call(ApiKey.CREATE_TOPICS, 7, ctr.CreateTopicsRequest(
        topics=[ctr.CreatableTopic(name=name, num_partitions=partitions, replication_factor=rf)], timeout_ms=1000))
    assert response.topics[0].error_code == error
    assert response.topics[0].error_message


async def test_create_existing_topic_and_config_errors(client: WireClient) -> None:
    await create_topic(client, "t")
    assert (await create_topic(client, "t")).error_code == ErrorCode.TOPIC_ALREADY_EXISTS
    assert (await create_topic(client, "u", configs={"foo.bar": "1"})).error_code == ErrorCode.INVALID_CONFIG
    assert (await create_topic(client, "u", configs={"cleanup.policy": "bogus"})).error_code == ErrorCode.INVALID_CONFIG
    assert (await create_topic(client, "u", configs={"retention.ms": "abc"})).error_code == ErrorCode.INVALID_CONFIG


async def test_validate_only_creates_nothing(client: WireClient) -> None:
    response = await client.call(ApiKey.CREATE_TOPICS, 7, ctr.CreateTopicsRequest(
        topics=[ctr.CreatableTopic(name="dry", num_partitions=2, replication_factor=1)], validate_only=True))
    assert response.topics[0].error_code == 0 and response.topics[0].num_partitions == 2
    metadata = await client.call(ApiKey.METADATA, 12, mr.MetadataRequest(
        topics=[mr.MetadataRequestTopic(name="dry")], allow_auto_topic_creation=False))
    assert metadata.topics[0].error_code == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION


async def test_default_partitions_with_minus_one(client: WireClient) -> None:
    response = await client.call(ApiKey.CREATE_TOPICS, 7, ctr.CreateTopicsRequest(
        topics=[ctr.CreatableTopic(name="d", num_partitions=-1, replication_factor=-1)]))
    assert response.topics[0].error_code == 0 and response.topics[0].num_partitions == 1


async def test_metadata_auto_create_honours_the_request_flag(client: WireClient) -> None:
    off = await client.call(ApiKey.METADATA, 12, mr.MetadataRequest(
        topics=[mr.MetadataRequestTopic(name="auto")], allow_auto_topic_creation=False))
    assert off.topics[0].error_code == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
    on = await client.call(ApiKey.METADATA, 12, mr.MetadataRequest(
        topics=[mr.MetadataRequestTopic(name="auto")], allow_auto_topic_creation=True))
    assert on.topics[0].error_code == 0 and len(on.topics[0].partitions) == 1
    bad = await client.call(ApiKey.METADATA, 12, mr.MetadataRequest(
        topics=[mr.MetadataRequestTopic(name="bad name")], allow_auto_topic_creation=True))
    assert bad.topics[0].error_code == ErrorCode.INVALID_TOPIC_EXCEPTION


@pytest.mark.parametrize(("name", "partitions_config"), [
    ("__consumer_offsets", "offsets.topic.num.partitions"),
    ("__transaction_state", "transaction.state.log.num.partitions"),
])
async def test_metadata_auto_creates_internal_topics_as_their_coordinators_do(
    running_broker: RunningBroker, client: WireClient, name: str, partitions_config: str
) -> None:
    # Kafka's AutoTopicCreationManager: an internal topic asked for by name is created internal
    # and compacted with its coordinator's partition count, never as an ordinary topic (whose
    # retention would delete committed offsets).
    response = await client.call(ApiKey.METADATA, 12, mr.MetadataRequest(
        topics=[mr.MetadataRequestTopic(name=name)], allow_auto_topic_creation=True))
    topic = response.topics[0]
    expected = int(running_broker.broker.configs.broker_value(partitions_config))
    assert (topic.error_code, topic.is_internal, len(topic.partitions)) == (0, True, expected)
    created = running_broker.broker.topics.get(name)
    assert created is not None
    assert running_broker.broker.configs.log_settings(created).compacted


@pytest.mark.broker_config(**{"auto.create.topics.enable": False})
@pytest.mark.parametrize(("key_type", "name"), [(0, "__consumer_offsets"), (1, "__transaction_state")])
async def test_find_coordinator_creates_the_coordinator_topic(client: WireClient, key_type: int, name: str) -> None:
    # Kafka creates a coordinator's topic when the coordinator is first looked up, whatever
    # auto.create.topics.enable says; clients then see it, internal, in Metadata.
    async def described() -> tuple[int, bool]:
        response = await client.call(ApiKey.METADATA, 12, mr.MetadataRequest(
            topics=[mr.MetadataRequestTopic(name=name)], allow_auto_topic_creation=False))
        return response.topics[0].error_code, response.topics[0].is_internal

    assert (await described())[0] == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
    found = await client.call(ApiKey.FIND_COORDINATOR, 4, fcr.FindCoordinatorRequest(
        key_type=key_type, coordinator_keys=["some-key"]))
    assert found.coordinators[0].error_code == 0
    assert await described() == (0, True)


@pytest.mark.broker_config(**{"auto.create.topics.enable": False})
async def test_metadata_auto_create_honours_the_broker_config(client: WireClient) -> None:
    response = await client.call(ApiKey.METADATA, 12, mr.MetadataRequest(
        topics=[mr.MetadataRequestTopic(name="auto")], allow_auto_topic_creation=True))
    assert response.topics[0].error_code == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION


@pytest.mark.broker_config(**{"num.partitions": 4})
async def test_auto_create_uses_num_partitions(client: WireClient) -> None:
    response = await client.call(ApiKey.METADATA, 4, mr.MetadataRequest(
        topics=[mr.MetadataRequestTopic(name="auto4")], allow_auto_topic_creation=True))
    assert len(response.topics[0].partitions) == 4


async def test_metadata_by_topic_id(client: WireClient) -> None:
    created = await create_topic(client, "byid")
    response = await client.call(ApiKey.METADATA, 12, mr.MetadataRequest(
        topics=[mr.MetadataRequestTopic(name=None, topic_id=created.topic_id)]))
    assert response.topics[0].name == "byid"
    missing = await client.call(ApiKey.METADATA, 12, mr.MetadataRequest(
        topics=[mr.MetadataRequestTopic(name=None, topic_id=uuid.uuid4())]))
    assert missing.topics[0].error_code == ErrorCode.UNKNOWN_TOPIC_ID


async def test_delete_topics_by_name_and_id(client: WireClient) -> None:
    await create_topic(client, "a")
    b = await create_topic(client, "b")
    by_name = await client.call(ApiKey.DELETE_TOPICS, 5, dtr.DeleteTopicsRequest(topic_names=["a", "zz"]))
    assert [(r.name, r.error_code) for r in by_name.responses] == [
        ("a", 0), ("zz", ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)]
    by_id = await client.call(ApiKey.DELETE_TOPICS, 6, dtr.DeleteTopicsRequest(
        topics=[dtr.DeleteTopicState(name=None, topic_id=b.topic_id)]))
    assert by_id.responses[0].error_code == 0 and by_id.responses[0].name == "b"
    # A topic re-created under the same name starts empty.
    await create_topic(client, "a")
    assert (await list_offset(client, "a", -1)).offset == 0


async def test_create_partitions(client: WireClient) -> None:
    await create_topic(client, "p", partitions=2)

    async def grow(count: int, name: str = "p") -> object:
        response = await client.call(ApiKey.CREATE_PARTITIONS, 3, cpr.CreatePartitionsRequest(
            topics=[cpr.CreatePartitionsTopic(name=name, count=count, assignments=None)], timeout_ms=1000))
        assert len(response.results) == 1
        return response.results[0]

    assert (await grow(1)).error_code == ErrorCode.INVALID_PARTITIONS
    assert (await grow(2)).error_code == ErrorCode.INVALID_PARTITIONS
    assert (await grow(5)).error_code == 0
    assert (await grow(6, "missing")).error_code == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
    metadata = await client.call(ApiKey.METADATA, 12, mr.MetadataRequest(topics=[mr.MetadataRequestTopic(name="p")]))
    assert len(metadata.topics[0].partitions) == 5


async def test_list_offsets_by_timestamp_earliest_latest_and_max(client: WireClient) -> None:
    await create_topic(client, "ts")
    stamps = [1000, 5000, 3000, 7000, 7000, 2000]
    for i, ts in enumerate(stamps):
        await produce(client, "ts", build_batch([Record(key=b"k", value=str(i).encode(), headers=[], timestamp=ts,
                                                        offset=0)]))
    assert (await list_offset(client, "ts", -2)).offset == 0
    assert (await list_offset(client, "ts", -1)).offset == 6
    by_ts = await list_offset(client, "ts", 2500)
    assert (by_ts.offset, by_ts.timestamp) == (1, 5000)
    exact = await list_offset(client, "ts", 3000)
    assert (exact.offset, exact.timestamp) == (1, 5000)
    after_all = await list_offset(client, "ts", 8000)
    assert (after_all.offset, after_all.timestamp) == (-1, -1)
    max_ts = await list_offset(client, "ts", -3)
    assert (max_ts.offset, max_ts.timestamp) == (3, 7000)


async def test_list_offsets_inside_a_multi_record_batch(client: WireClient) -> None:
    await create_topic(client, "mb")
    await produce(client, "mb", build_batch([
        Record(key=b"k", value=b"v", headers=[], timestamp=t, offset=i) for i, t in enumerate([10, 20, 30])]))
    assert (await list_offset(client, "mb", 15)).offset == 1
    assert (await list_offset(client, "mb", 30)).offset == 2


async def test_delete_records_moves_log_start(client: WireClient) -> None:
    await create_topic(client, "dr")
    for _ in range(5):
        await produce(client, "dr", build_batch([Record(key=b"k", value=b"v", headers=[], timestamp=1, offset=0)]))

    async def delete(offset: int) -> object:
        response = await client.call(ApiKey.DELETE_RECORDS, 2, drr.DeleteRecordsRequest(
            topics=[drr.DeleteRecordsTopic(name="dr", partitions=[
                drr.DeleteRecordsPartition(partition_index=0, offset=offset)])], timeout_ms=1000))
        return response.topics[0].partitions[0]

    result = await delete(3)
    assert (result.error_code, result.low_watermark) == (0, 3)
    assert (await list_offset(client, "dr", -2)).offset == 3
    assert (await delete(99)).error_code == ErrorCode.OFFSET_OUT_OF_RANGE
    everything = await delete(-1)
    assert (everything.error_code, everything.low_watermark) == (0, 5)


async def test_describe_cluster_and_find_coordinator(running_broker: RunningBroker, client: WireClient) -> None:
    cluster = await client.call(ApiKey.DESCRIBE_CLUSTER, 1, dcr.DescribeClusterRequest())
    assert cluster.error_code == 0 and cluster.brokers[0].port == running_broker.port
    controllers = await client.call(ApiKey.DESCRIBE_CLUSTER, 1, dcr.DescribeClusterRequest(endpoint_type=2))
    assert controllers.error_code == ErrorCode.UNSUPPORTED_ENDPOINT_TYPE
    old = await client.call(ApiKey.FIND_COORDINATOR, 2, fcr.FindCoordinatorRequest(key="g"))
    assert old.error_code == 0 and old.port == running_broker.port
    batched = await client.call(ApiKey.FIND_COORDINATOR, 4, fcr.FindCoordinatorRequest(coordinator_keys=["a", "b"]))
    assert [c.key for c in batched.coordinators] == ["a", "b"]


async def test_init_producer_id_hands_out_distinct_ids(client: WireClient) -> None:
    first = await client.call(ApiKey.INIT_PRODUCER_ID, 4, ipr.InitProducerIdRequest(
        transactional_id=None, transaction_timeout_ms=60000))
    second = await client.call(ApiKey.INIT_PRODUCER_ID, 4, ipr.InitProducerIdRequest(
        transactional_id=None, transaction_timeout_ms=60000))
    assert first.error_code == second.error_code == 0
    assert first.producer_id != second.producer_id and first.producer_epoch == 0
