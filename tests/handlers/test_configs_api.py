"""DescribeConfigs, AlterConfigs and IncrementalAlterConfigs over the wire."""

from __future__ import annotations

import pytest

from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated import alter_configs_request as acr
from streamd.protocol._generated import describe_configs_request as dcr
from streamd.protocol._generated import incremental_alter_configs_request as iacr
from streamd.server.app import RunningBroker
from tests.handlers.helpers import create_topic
from tests.wire import WireClient

TOPIC, BROKER = 2, 4
SET, DELETE, APPEND, SUBTRACT = 0, 1, 2, 3


@pytest.fixture
async def client(running_broker: RunningBroker) -> WireClient:
    client = await WireClient.connect(running_broker.host, running_broker.port)
    yield client  # type: ignore[misc]
    await client.close()


async def describe(client: WireClient, resource_type: int, name: str, keys: list[str] | None = None,
                   version: int = 4) -> object:
    response = await client.call(ApiKey.DESCRIBE_CONFIGS, version, dcr.DescribeConfigsRequest(
        resources=[dcr.DescribeConfigsResource(resource_type=resource_type, resource_name=name,
                                               configuration_keys=keys)],
        include_synonyms=True, include_documentation=True))
    return response.results[0]


async def incremental(client: WireClient, resource_type: int, name: str,
                      ops: list[tuple[str, int, str | None]], validate_only: bool = False) -> object:
    response = await client.call(ApiKey.INCREMENTAL_ALTER_CONFIGS, 1, iacr.IncrementalAlterConfigsRequest(
        resources=[iacr.AlterConfigsResource(resource_type=resource_type, resource_name=name, configs=[
            iacr.AlterableConfig(name=n, config_operation=op, value=v) for n, op, v in ops])],
        validate_only=validate_only))
    return response.responses[0]


async def test_describe_topic_returns_every_config_with_source_and_docs(client: WireClient) -> None:
    await create_topic(client, "t", configs={"retention.ms": "5000"})
    result = await describe(client, TOPIC, "t")
    assert result.error_code == 0
    entries = {c.name: c for c in result.configs}
    assert len(entries) >= 30
    assert (entries["retention.ms"].value, entries["retention.ms"].config_source) == ("5000", 1)
    assert entries["cleanup.policy"].config_source == 5 and entries["cleanup.policy"].documentation
    assert entries["retention.ms"].config_type == 5  # LONG
    only = await describe(client, TOPIC, "t", keys=["segment.bytes"])
    assert [c.name for c in only.configs] == ["segment.bytes"]
    missing = await describe(client, TOPIC, "nope")
    assert missing.error_code == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION


async def test_describe_broker(running_broker: RunningBroker, client: WireClient) -> None:
    result = await describe(client, BROKER, "1")
    names = {c.name: c for c in result.configs}
    assert names["socket.request.max.bytes"].value == "104857600" and names["socket.request.max.bytes"].read_only
    assert (await describe(client, BROKER, "7")).error_code == ErrorCode.INVALID_REQUEST


async def test_incremental_alter_set_delete_append_subtract(client: WireClient) -> None:
    await create_topic(client, "t")
    assert (await incremental(client, TOPIC, "t", [("retention.ms", SET, "42")])).error_code == 0
    assert (await incremental(client, TOPIC, "t", [("cleanup.policy", APPEND, "compact")])).error_code == 0
    entries = {c.name: c.value for c in (await describe(client, TOPIC, "t")).configs}
    assert entries["retention.ms"] == "42" and entries["cleanup.policy"] == "delete,compact"
    assert (await incremental(client, TOPIC, "t", [("cleanup.policy", SUBTRACT, "delete"),
                                                   ("retention.ms", DELETE, None)])).error_code == 0
    entries = {c.name: c.value for c in (await describe(client, TOPIC, "t")).configs}
    assert entries["cleanup.policy"] == "compact" and entries["retention.ms"] == "604800000"
    bad = await incremental(client, TOPIC, "t", [("retention.ms", APPEND, "1")])
    assert bad.error_code == ErrorCode.INVALID_CONFIG
    unknown = await incremental(client, TOPIC, "t", [("foo", SET, "1")])
    assert unknown.error_code == ErrorCode.INVALID_CONFIG
    dup = await incremental(client, TOPIC, "t", [("retention.ms", SET, "1"), ("retention.ms", SET, "2")])
    assert dup.error_code == ErrorCode.INVALID_REQUEST
    dry = await incremental(client, TOPIC, "t", [("retention.ms", SET, "7")], validate_only=True)
    assert dry.error_code == 0
    assert {c.name: c.value for c in (await describe(client, TOPIC, "t")).configs}["retention.ms"] == "604800000"


async def test_legacy_alter_configs_replaces_all_overrides(client: WireClient) -> None:
    await create_topic(client, "t", configs={"retention.ms": "5000", "segment.ms": "60000"})
    response = await client.call(ApiKey.ALTER_CONFIGS, 2, acr.AlterConfigsRequest(resources=[
        acr.AlterConfigsResource(resource_type=TOPIC, resource_name="t", configs=[
            acr.AlterableConfig(name="retention.ms", value="9")])]))
    assert response.responses[0].error_code == 0
    entries = {c.name: c for c in (await describe(client, TOPIC, "t")).configs}
    assert entries["retention.ms"].value == "9" and entries["segment.ms"].config_source == 5


async def test_dynamic_broker_config_changes_behaviour(client: WireClient) -> None:
    from streamd.records.builder import Record, build_batch
    from tests.handlers.helpers import produce

    await create_topic(client, "t")
    big = build_batch([Record(key=b"k", value=b"x" * 3000, headers=[], timestamp=1, offset=0)])
    assert (await produce(client, "t", big)).error_code == 0
    result = await incremental(client, BROKER, "", [("message.max.bytes", SET, "1000")])
    assert result.error_code == 0
    assert (await produce(client, "t", big)).error_code == ErrorCode.MESSAGE_TOO_LARGE
    entries = {c.name: c for c in (await describe(client, BROKER, "1")).configs}
    assert entries["message.max.bytes"].config_source == 3  # DYNAMIC_DEFAULT_BROKER_CONFIG
    # Kafka refuses runtime changes of static configs: INVALID_REQUEST (42).
    static_only = await incremental(client, BROKER, "1", [("num.partitions", SET, "3")])
    assert static_only.error_code == ErrorCode.INVALID_REQUEST


async def test_topic_config_change_takes_effect_on_produce(client: WireClient) -> None:
    from streamd.records.builder import Record, build_batch
    from tests.handlers.helpers import produce

    await create_topic(client, "t")
    big = build_batch([Record(key=b"k", value=b"x" * 3000, headers=[], timestamp=1, offset=0)])
    assert (await produce(client, "t", big)).error_code == 0
    await incremental(client, TOPIC, "t", [("max.message.bytes", SET, "1000")])
    assert (await produce(client, "t", big)).error_code == ErrorCode.MESSAGE_TOO_LARGE
