"""gather_write sends a response's chunks with writev, in order, without joining or buffering them.

A slow reader makes the socket fill up many times over; the transport's own buffer must then
hold no more than the small notify piece (with writelines it held the whole unsent response).
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from streamd.protocol.buffers import FileRegion
from streamd.server import gather_write
from streamd.server.gather_write import NOTIFY_BYTES, claim, send_region, write_chunks


class _Recorder(asyncio.Protocol):
    """A protocol with the connection's pause/resume flag; records the peak buffered bytes."""

    def __init__(self) -> None:
        self.can_write = asyncio.Event()
        self.can_write.set()
        self.transport: asyncio.WriteTransport | None = None
        self.peak_buffered = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.WriteTransport)
        self.transport = transport

    def pause_writing(self) -> None:
        assert self.transport is not None
        self.peak_buffered = max(self.peak_buffered, self.transport.get_write_buffer_size())
        self.can_write.clear()

    def resume_writing(self) -> None:
        self.can_write.set()

    def connection_lost(self, exc: Exception | None) -> None:
        self.can_write.set()


async def _pair() -> tuple[_Recorder, socket.socket]:
    loop = asyncio.get_running_loop()
    listener = socket.create_server(("127.0.0.1", 0))
    reader = socket.create_connection(listener.getsockname())
    accepted, _ = listener.accept()
    listener.close()
    accepted.setblocking(False)
    reader.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
    reader.settimeout(20)  # a short response fails the test instead of hanging it
    _, protocol = await loop.connect_accepted_socket(_Recorder, accepted)
    return protocol, reader


async def _drain(reader: socket.socket, total: int) -> bytes:
    """Read ``total`` bytes slowly, in a thread, so that the sender's socket fills often."""

    def read() -> bytes:
        got = bytearray()
        while len(got) < total:
            block = reader.recv(32 * 1024)
            if not block:
                break
            got += block
        return bytes(got)

    return await asyncio.get_running_loop().run_in_executor(None, read)


@dataclass
class Pair:
    protocol: _Recorder
    transport: asyncio.WriteTransport
    reader: socket.socket


@pytest.fixture
async def pair() -> AsyncIterator[Pair]:
    protocol, reader = await _pair()
    assert protocol.transport is not None
    yield Pair(protocol, protocol.transport, reader)
    protocol.transport.close()
    reader.close()


def _chunks(count: int, size: int, seed: int) -> list[Any]:
    # bytes, bytearray and memoryview chunks, as handlers produce them
    kinds = (bytes, bytearray, memoryview)
    return [kinds[i % 3](bytes([(seed + i) % 251]) * (size + i)) for i in range(count)]


async def test_a_large_response_arrives_whole_and_in_order_without_a_big_buffer(pair: Pair) -> None:
    protocol, transport, reader = pair.protocol, pair.transport, pair.reader
    fd = claim(transport)
    assert fd >= 0
    first, second = _chunks(400, 20_000, 1), [b""] + _chunks(3, 1 << 20, 7)
    expected = b"".join(bytes(c) for c in first + second)
    reading = asyncio.ensure_future(_drain(reader, len(expected)))
    await write_chunks(transport, fd, first, protocol.can_write)
    await write_chunks(transport, fd, second, protocol.can_write)
    assert await reading == expected
    assert 0 < protocol.peak_buffered <= NOTIFY_BYTES


async def test_without_a_socket_every_chunk_goes_through_the_transport(pair: Pair) -> None:
    protocol, transport, reader = pair.protocol, pair.transport, pair.reader
    chunks = _chunks(50, 10_000, 3)
    expected = b"".join(bytes(c) for c in chunks)
    reading = asyncio.ensure_future(_drain(reader, len(expected)))
    await write_chunks(transport, -1, chunks, protocol.can_write)
    assert await reading == expected


async def test_a_reset_peer_ends_the_write_without_an_error(pair: Pair) -> None:
    protocol, transport, reader = pair.protocol, pair.transport, pair.reader
    fd = claim(transport)
    reader.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    reader.close()  # RST: the next writes fail with ECONNRESET or EPIPE
    await asyncio.sleep(0.05)
    await asyncio.wait_for(write_chunks(transport, fd, _chunks(20, 1 << 20, 5), protocol.can_write), 5)
    await asyncio.sleep(0)
    assert transport.is_closing()


def test_claim_leaves_tls_transports_alone() -> None:
    class Tls:
        def get_extra_info(self, name: str) -> object:
            return object() if name == "sslcontext" else None

    assert claim(Tls()) == -1  # type: ignore[arg-type]


def test_send_now_cuts_a_partly_sent_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gather_write.os, "writev", lambda fd, group: 5)
    views = [memoryview(b"abc"), memoryview(b"defgh"), memoryview(b"ij")]
    assert gather_write._send_now(0, views, 0) == 1
    assert bytes(views[1]) == b"fgh"
    monkeypatch.setattr(gather_write.os, "writev", lambda fd, group: (_ for _ in ()).throw(BlockingIOError()))
    assert gather_write._send_now(0, views, 1) == 1


@pytest.mark.parametrize("raw", [True, False], ids=["sendfile", "pread"])
async def test_file_regions_arrive_in_order_between_chunks(pair: Pair, tmp_path: Path, raw: bool) -> None:
    protocol, transport, reader = pair.protocol, pair.transport, pair.reader
    fd = claim(transport) if raw else -1
    content = bytes(range(256)) * 40_000  # 10 MB
    path = tmp_path / "segment.log"
    path.write_bytes(content)
    with open(path, "rb") as source:
        regions = [FileRegion(source.fileno(), 100, 4_000_000), FileRegion(source.fileno(), 5_000_000, 5_000_000)]
    expected = b"head" + content[100:4_000_100] + b"middle" + content[5_000_000:10_000_000]
    reading = asyncio.ensure_future(_drain(reader, len(expected)))
    await write_chunks(transport, fd, [b"head"], protocol.can_write)
    await send_region(transport, fd, regions[0], protocol.can_write)
    await write_chunks(transport, fd, [b"middle"], protocol.can_write)
    await send_region(transport, fd, regions[1], protocol.can_write)
    assert await reading == expected
    if raw:
        assert protocol.peak_buffered <= NOTIFY_BYTES
    for region in regions:
        region.close()


async def test_a_region_past_the_end_of_its_file_is_an_error(pair: Pair, tmp_path: Path) -> None:
    protocol, transport = pair.protocol, pair.transport
    path = tmp_path / "short.log"
    path.write_bytes(b"x" * 1000)
    with open(path, "rb") as source:
        region = FileRegion(source.fileno(), 0, 5000)
    with pytest.raises(ConnectionError):
        await send_region(transport, claim(transport), region, protocol.can_write)
    region.close()
