"""Malformed input gets what Kafka gives, and other connections carry on.

Kafka closes a connection whose frame size is out of bounds, whose header cannot be parsed,
whose API key is unknown or whose version is unsupported (except ApiVersions, answered
UNSUPPORTED_VERSION with a v0 body per KIP-511), and whose body does not decode.
"""

from __future__ import annotations

import asyncio
import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated.api_versions_request import ApiVersionsRequest
from streamd.protocol._generated.metadata_request import MetadataRequest
from streamd.server.app import RunningBroker
from tests.wire import WireClient, decode_response


async def connect(running: RunningBroker) -> WireClient:
    return await WireClient.connect(running.host, running.port)


async def assert_still_serving(running: RunningBroker) -> None:
    client = await connect(running)
    try:
        response = await client.call(ApiKey.METADATA, 12, MetadataRequest(topics=None))
        assert response.error_code == ErrorCode.NONE or response.brokers
        assert response.brokers[0].port == running.port
    finally:
        await client.close()


async def send_raw(client: WireClient, data: bytes) -> None:
    client.writer.write(data)
    await client.writer.drain()


@pytest.mark.broker_config(**{"socket.request.max.bytes": 1000})
async def test_frame_over_socket_request_max_bytes_closes_the_connection(
    running_broker: RunningBroker, caplog: pytest.LogCaptureFixture
) -> None:
    bystander = await connect(running_broker)
    client = await connect(running_broker)
    await send_raw(client, struct.pack(">i", 1001))
    assert await client.closed_by_peer()
    assert "socket.request.max.bytes" in caplog.text
    # The bystander connection is unaffected.
    response = await bystander.call(ApiKey.API_VERSIONS, 3, ApiVersionsRequest(
        client_software_name="t", client_software_version="1"))
    assert response.error_code == ErrorCode.NONE
    await bystander.close()


async def test_default_limit_rejects_100_mib_plus_one_without_allocating(running_broker: RunningBroker) -> None:
    client = await connect(running_broker)
    await send_raw(client, struct.pack(">i", 104_857_601) + b"x" * 100)
    assert await client.closed_by_peer()
    await assert_still_serving(running_broker)


async def test_tls_hello_on_plaintext_port_closes(running_broker: RunningBroker) -> None:
    client = await connect(running_broker)
    await send_raw(client, bytes.fromhex("160301020001000001fc0303") + b"\x00" * 64)
    assert await client.closed_by_peer()
    await assert_still_serving(running_broker)


async def test_unknown_api_key_closes(running_broker: RunningBroker) -> None:
    client = await connect(running_broker)
    payload = struct.pack(">hhih", 999, 0, 1, -1)
    await send_raw(client, struct.pack(">i", len(payload)) + payload)
    assert await client.closed_by_peer()
    await assert_still_serving(running_broker)


async def test_unsupported_version_of_a_known_api_closes(running_broker: RunningBroker) -> None:
    client = await connect(running_broker)
    payload = struct.pack(">hhih", ApiKey.METADATA, 99, 1, -1)
    await send_raw(client, struct.pack(">i", len(payload)) + payload)
    assert await client.closed_by_peer()


async def test_listed_but_removed_produce_v2_closes(running_broker: RunningBroker) -> None:
    client = await connect(running_broker)
    payload = struct.pack(">hhih", ApiKey.PRODUCE, 2, 1, -1) + b"\x00" * 10
    await send_raw(client, struct.pack(">i", len(payload)) + payload)
    assert await client.closed_by_peer()


async def test_too_new_api_versions_gets_unsupported_version_with_v0_body(running_broker: RunningBroker) -> None:
    client = await connect(running_broker)
    payload = struct.pack(">hhih", ApiKey.API_VERSIONS, 77, 5, -1) + b"\x00whatever"
    await send_raw(client, struct.pack(">i", len(payload)) + payload)
    correlation_id, response = decode_response(ApiKey.API_VERSIONS, 0, await client.read_frame())
    assert correlation_id == 5
    assert response.error_code == ErrorCode.UNSUPPORTED_VERSION
    assert [(k.api_key, k.min_version, k.max_version) for k in response.api_keys] == [(18, 0, 4)]
    # The connection stays open: the client retries with a supported version.
    response = await client.call(ApiKey.API_VERSIONS, 0, ApiVersionsRequest())
    assert response.error_code == ErrorCode.NONE
    await client.close()


async def test_truncated_body_closes(running_broker: RunningBroker) -> None:
    client = await connect(running_broker)
    # Metadata v1: topics array claims 5 entries, none follow.
    payload = struct.pack(">hhih", ApiKey.METADATA, 1, 1, -1) + struct.pack(">i", 5)
    await send_raw(client, struct.pack(">i", len(payload)) + payload)
    assert await client.closed_by_peer()
    await assert_still_serving(running_broker)


async def test_garbage_bytes_close_the_connection(running_broker: RunningBroker) -> None:
    client = await connect(running_broker)
    await send_raw(client, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    assert await client.closed_by_peer()
    await assert_still_serving(running_broker)


async def test_truncated_frame_then_disconnect_leaves_the_server_healthy(running_broker: RunningBroker) -> None:
    client = await connect(running_broker)
    await send_raw(client, struct.pack(">i", 500) + b"\x00\x03")
    await client.close()
    await assert_still_serving(running_broker)


async def test_invalid_client_software_name_is_invalid_request(running_broker: RunningBroker) -> None:
    client = await connect(running_broker)
    response = await client.call(ApiKey.API_VERSIONS, 3, ApiVersionsRequest(
        client_software_name="bad name!", client_software_version="1.0"))
    assert response.error_code == ErrorCode.INVALID_REQUEST
    await client.close()


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    api_key=st.sampled_from([int(k) for k in ApiKey] + [-1, 1000]),
    version=st.integers(-1, 20),
    body=st.binary(max_size=200),
)
def test_fuzzed_requests_never_bring_the_server_down(
    running_broker_sync: tuple[RunningBroker, asyncio.AbstractEventLoop], api_key: int, version: int, body: bytes
) -> None:
    running, loop = running_broker_sync

    async def one() -> None:
        client = await connect(running)
        payload = struct.pack(">hhih", api_key, version, 7, -1) + body
        await send_raw(client, struct.pack(">i", len(payload)) + payload)
        try:
            await asyncio.wait_for(client.reader.read(65536), 0.5)
        except (TimeoutError, ConnectionError):
            pass
        await client.close()
        await assert_still_serving(running)

    loop.run_until_complete(one())
