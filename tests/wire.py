"""A minimal Kafka wire client for in-process tests: one request, one typed response.

It encodes requests and decodes responses with streamd's generated codec (the h2 idea of a
``FrameFactory``): tests speak the real protocol over a real socket to a real broker.
"""

from __future__ import annotations

import asyncio
import struct
from typing import Any

from streamd.protocol._generated import APIS, ApiKey

_HEADER = struct.Struct(">hhi")


def encode_request(api_key: ApiKey, version: int, correlation_id: int, request: Any,
                   client_id: str | None = "streamd-tests") -> bytes:
    spec = APIS[api_key]
    header = _HEADER.pack(api_key, version, correlation_id)
    if client_id is None:
        header += struct.pack(">h", -1)
    else:
        raw = client_id.encode()
        header += struct.pack(">h", len(raw)) + raw
    if version >= spec.request.flexible_min:
        header += b"\x00"
    body = b"".join(bytes(c) for c in spec.request.write(request, version))
    payload = header + body
    return struct.pack(">i", len(payload)) + payload


def decode_response(api_key: ApiKey, version: int, payload: bytes) -> tuple[int, Any]:
    spec = APIS[api_key]
    (correlation_id,) = struct.unpack_from(">i", payload, 0)
    pos = 4
    if version >= spec.response.flexible_min and api_key != ApiKey.API_VERSIONS:
        assert payload[pos] == 0, "no response header tags expected"
        pos += 1
    response, end = spec.response.read(memoryview(payload), pos, version)
    assert end == len(payload), f"{end} != {len(payload)}: trailing bytes in {api_key.name} v{version}"
    return correlation_id, response


class WireClient:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self._correlation = 0

    @classmethod
    async def connect(cls, host: str, port: int) -> WireClient:
        reader, writer = await asyncio.open_connection(host, port)
        return cls(reader, writer)

    async def read_frame(self, timeout: float = 10.0) -> bytes:
        size_bytes = await asyncio.wait_for(self.reader.readexactly(4), timeout)
        (size,) = struct.unpack(">i", size_bytes)
        return await asyncio.wait_for(self.reader.readexactly(size), timeout)

    async def send(self, api_key: ApiKey, version: int, request: Any) -> None:
        self._correlation += 1
        self.writer.write(encode_request(api_key, version, self._correlation, request))
        await self.writer.drain()

    async def call(self, api_key: ApiKey, version: int, request: Any, timeout: float = 10.0) -> Any:
        await self.send(api_key, version, request)
        expected = self._correlation
        correlation_id, response = decode_response(api_key, version, await self.read_frame(timeout))
        assert correlation_id == expected
        return response

    async def closed_by_peer(self, timeout: float = 5.0) -> bool:
        try:
            data = await asyncio.wait_for(self.reader.read(1), timeout)
        except (ConnectionResetError, BrokenPipeError):
            return True
        return data == b""

    async def close(self) -> None:
        self.writer.close()
        try:
            await self.writer.wait_closed()
        except (ConnectionResetError, BrokenPipeError):
            pass
