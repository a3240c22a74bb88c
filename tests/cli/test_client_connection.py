"""BrokerConnection against a scripted fake broker: ApiVersions fallback, pipelining, closes."""

from __future__ import annotations

import asyncio
import struct
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from streamd.client.connection import BrokerConnection
from streamd.client.errors import ConnectionLost, RequestTimedOut
from streamd.protocol._generated import APIS, ApiKey
from streamd.protocol._generated import api_versions_response as avr
from streamd.protocol._generated.api_versions_request import ApiVersionsRequest
from streamd.protocol.buffers import flatten
from streamd.protocol.headers import parse_request_prefix, skip_header_tags

Script = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def read_request(reader: asyncio.StreamReader) -> tuple[int, int, int, bytes]:
    (size,) = struct.unpack(">i", await reader.readexactly(4))
    frame = await reader.readexactly(size)
    header = parse_request_prefix(frame)
    spec = APIS[ApiKey(header.api_key)]
    body_at = header.body_offset
    if header.api_version >= spec.request.flexible_min:
        body_at = skip_header_tags(frame, body_at)
    return header.api_key, header.api_version, header.correlation_id, frame[body_at:]


def api_versions_frame(correlation_id: int, version: int, response: avr.ApiVersionsResponse) -> bytes:
    body = b"".join(bytes(c) for c in flatten(avr.write(response, version)))
    payload = struct.pack(">i", correlation_id) + body  # ApiVersions: response header v0, always
    return struct.pack(">i", len(payload)) + payload


def ranges(*entries: tuple[ApiKey, int, int]) -> list[avr.ApiVersion]:
    return [avr.ApiVersion(api_key=key, min_version=low, max_version=high) for key, low, high in entries]


@pytest.fixture
async def fake_broker() -> AsyncIterator[Callable[[Script], Awaitable[int]]]:
    servers: list[asyncio.Server] = []

    async def start(script: Script) -> int:
        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            try:
                await script(reader, writer)
            finally:
                writer.close()

        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        servers.append(server)
        return int(server.sockets[0].getsockname()[1])

    yield start
    for server in servers:
        server.close()
        await server.wait_closed()


async def test_api_versions_falls_back_to_the_brokers_version(fake_broker) -> None:  # type: ignore[no-untyped-def]
    seen: list[int] = []

    async def script(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        api_key, version, correlation_id, _body = await read_request(reader)
        seen.append(version)
        # An old broker: error 35 with a v0 body listing its ApiVersions range.
        writer.write(
            api_versions_frame(
                correlation_id,
                0,
                avr.ApiVersionsResponse(error_code=35, api_keys=ranges((ApiKey.API_VERSIONS, 0, 2))),
            )
        )
        api_key, version, correlation_id, _body = await read_request(reader)
        seen.append(version)
        writer.write(
            api_versions_frame(
                correlation_id,
                version,
                avr.ApiVersionsResponse(
                    api_keys=ranges(
                        (ApiKey.API_VERSIONS, 0, 2), (ApiKey.METADATA, 0, 5), (ApiKey.PRODUCE, 0, 2)
                    )
                ),
            )
        )
        await reader.read()

    port = await fake_broker(script)
    connection = await BrokerConnection.open("127.0.0.1", port)
    try:
        assert seen == [4, 2]
        assert connection.versions.as_dict() == {ApiKey.API_VERSIONS: 2, ApiKey.METADATA: 5}
        assert not connection.versions.supports(ApiKey.PRODUCE)  # the broker only has 0-2, we need 3+
    finally:
        await connection.close()


async def test_pipelined_responses_out_of_order_and_timeouts(fake_broker) -> None:  # type: ignore[no-untyped-def]
    async def script(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        _key, version, correlation_id, _ = await read_request(reader)
        writer.write(
            api_versions_frame(
                correlation_id, version, avr.ApiVersionsResponse(api_keys=ranges((ApiKey.API_VERSIONS, 0, 4)))
            )
        )
        first = await read_request(reader)
        second = await read_request(reader)
        for _key, version, correlation_id, _ in (second, first):
            writer.write(
                api_versions_frame(
                    correlation_id,
                    version,
                    avr.ApiVersionsResponse(api_keys=ranges((ApiKey.API_VERSIONS, 0, correlation_id))),
                )
            )
        await read_request(reader)  # never answered
        await reader.read()

    port = await fake_broker(script)
    connection = await BrokerConnection.open("127.0.0.1", port)
    try:
        one, two = await asyncio.gather(
            connection.request(ApiKey.API_VERSIONS, ApiVersionsRequest()),
            connection.request(ApiKey.API_VERSIONS, ApiVersionsRequest()),
        )
        assert (one.api_keys[0].max_version, two.api_keys[0].max_version) == (2, 3)
        with pytest.raises(RequestTimedOut):
            await connection.request(ApiKey.API_VERSIONS, ApiVersionsRequest(), timeout=0.2)
    finally:
        await connection.close()


async def test_broker_closing_fails_pending_requests(fake_broker) -> None:  # type: ignore[no-untyped-def]
    async def script(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        _key, version, correlation_id, _ = await read_request(reader)
        writer.write(
            api_versions_frame(
                correlation_id, version, avr.ApiVersionsResponse(api_keys=ranges((ApiKey.API_VERSIONS, 0, 4)))
            )
        )
        await read_request(reader)  # then hang up without answering

    port = await fake_broker(script)
    connection = await BrokerConnection.open("127.0.0.1", port)
    try:
        with pytest.raises(ConnectionLost):
            await connection.request(ApiKey.API_VERSIONS, ApiVersionsRequest())
        with pytest.raises(ConnectionLost):
            await connection.request(ApiKey.API_VERSIONS, ApiVersionsRequest())
    finally:
        await connection.close()
