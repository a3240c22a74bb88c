"""One asyncio Protocol per client connection.

Theory of operation
-------------------
``data_received`` feeds the sans-I/O FrameDecoder and queues complete frames. A single worker
coroutine per connection takes frames in arrival order, dispatches each one and writes its
response before taking the next, so responses always leave in request order even when clients
pipeline (Kafka likewise handles one request per connection at a time: its SocketServer mutes
a channel until the response to its current request is sent). A Produce with acks=0 has no
response and simply lets the next one through.

Flow control (as in uvicorn's FlowControl): reading pauses while ``queued.max.requests``
frames wait, and the worker stops writing while the transport's buffer is above its high-water
mark (``pause_writing``) until it drains (``resume_writing``).

Malformed input follows Kafka: a bad frame size, an unparsable header, an unknown API key or an
unsupported version (other than ApiVersions, which answers UNSUPPORTED_VERSION, KIP-511), or a
body that does not decode, closes this connection with a log line; other connections carry on.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated import api_versions_response as avr
from streamd.protocol.buffers import FileRegion, flatten
from streamd.protocol.framing import FrameDecoder, FrameError
from streamd.protocol.headers import HeaderError, parse_request_prefix, response_header, skip_header_tags
from streamd.server.gather_write import claim, send_region, write_chunks

if TYPE_CHECKING:
    from streamd.server.listener import KafkaServer

__all__ = ["CLOSE_CONNECTION", "KafkaConnection", "RequestContext"]

log = logging.getLogger("streamd.server")

_SIZE = struct.Struct(">i")


class _CloseConnection:
    """Returned by a handler to close the connection instead of answering (Kafka does this
    after a failed acks=0 produce so that the client refreshes its metadata)."""

    def __repr__(self) -> str:
        return "CLOSE_CONNECTION"


CLOSE_CONNECTION = _CloseConnection()


@dataclass(slots=True)
class RequestContext:
    api_key: int
    api_version: int
    correlation_id: int
    client_id: str | None
    peer: str
    broker: Any


class _ProtocolViolation(Exception):
    pass


class KafkaConnection(asyncio.Protocol):
    def __init__(self, server: KafkaServer) -> None:
        self._server = server
        self._decoder = FrameDecoder(server.limits.max_request_bytes)
        self._queue: collections.deque[bytes] = collections.deque()
        self._transport: asyncio.Transport | None = None
        self._socket_fd = -1  # for writev when the transport is plain TCP (gather_write)
        self._peer = "?"
        self._worker: asyncio.Task[None] | None = None
        self._can_write = asyncio.Event()
        self._can_write.set()
        self._reading_paused = False
        self._closed = False

    # -- asyncio.Protocol ----------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports have the Transport methods but do not subclass asyncio.Transport.
        self._transport = cast("asyncio.Transport", transport)
        peer = transport.get_extra_info("peername")
        self._peer = f"{peer[0]}:{peer[1]}" if isinstance(peer, tuple) else str(peer)
        if not self._server.accept(self):
            log.warning("connection from %s refused: max.connections reached", self._peer)
            self._transport.abort()
            self._closed = True
            return
        # After accept, which sets the buffer limits that other transports (TLS) go by.
        self._socket_fd = claim(self._transport)

    def connection_lost(self, exc: Exception | None) -> None:
        self._closed = True
        self._queue.clear()
        self._can_write.set()
        self._server.forget(self)
        if self._worker is not None and not self._worker.done():
            self._worker.cancel()

    def data_received(self, data: bytes) -> None:
        if self._closed:
            return
        try:
            frames = self._decoder.feed(data)
        except FrameError as exc:
            log.warning("closing connection from %s: %s", self._peer, exc)
            self.close()
            return
        if not frames:
            return
        self._queue.extend(frames)
        if len(self._queue) >= self._server.limits.queued_max_requests and not self._reading_paused:
            assert self._transport is not None
            self._transport.pause_reading()
            self._reading_paused = True
        if self._worker is None or self._worker.done():
            self._worker = asyncio.get_running_loop().create_task(self._work())

    def pause_writing(self) -> None:
        self._can_write.clear()

    def resume_writing(self) -> None:
        self._can_write.set()

    # -- the worker ----------------------------------------------------------------------
    def close(self) -> None:
        self._closed = True
        self._queue.clear()
        if self._transport is not None:
            self._transport.close()

    async def _work(self) -> None:
        queue = self._queue
        while queue and not self._closed:
            frame = queue.popleft()
            if self._reading_paused and len(queue) < self._server.limits.queued_max_requests // 2:
                assert self._transport is not None
                self._transport.resume_reading()
                self._reading_paused = False
            try:
                response = await self._handle(frame)
            except _ProtocolViolation as exc:
                log.warning("closing connection from %s: %s", self._peer, exc)
                self.close()
                return
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("closing connection from %s: handler failed", self._peer)
                self.close()
                return
            if response is None or self._closed:
                continue
            if isinstance(response, _CloseConnection):
                self.close()
                return
            if not self._can_write.is_set():
                await self._can_write.wait()
                if self._closed:
                    return
            await self._write_response(response)

    async def _write_response(self, chunks: list[Any]) -> None:
        """Write a response in order: runs of byte chunks with write_chunks (writev), each file
        region with send_region (sendfile(2) on plain sockets, pread elsewhere)."""
        transport = self._transport
        assert transport is not None
        fd, can_write = self._socket_fd, self._can_write
        pending: list[Any] = []
        try:
            for chunk in chunks:
                if not isinstance(chunk, FileRegion):
                    pending.append(chunk)
                    continue
                if pending:
                    await write_chunks(transport, fd, pending, can_write)
                    pending = []
                await send_region(transport, fd, chunk, can_write)
            if pending:
                await write_chunks(transport, fd, pending, can_write)
        except (ConnectionError, OSError) as exc:
            log.info("connection from %s lost while sending: %s", self._peer, exc)
            self.close()
        finally:
            for chunk in chunks:
                if isinstance(chunk, FileRegion):
                    chunk.close()

    async def _handle(self, frame: bytes) -> list[Any] | _CloseConnection | None:
        try:
            header = parse_request_prefix(frame)
        except HeaderError as exc:
            raise _ProtocolViolation(f"malformed request header: {exc}") from None
        server = self._server
        api = server.registry.get(header.api_key)
        if api is None:
            raise _ProtocolViolation(f"unknown api key {header.api_key}")
        version = header.api_version
        if not api.accepts(version):
            if header.api_key == ApiKey.API_VERSIONS:
                return self._unsupported_api_versions(header.correlation_id)
            raise _ProtocolViolation(
                f"unsupported version {version} of {ApiKey(header.api_key).name} "
                f"(supported {api.min_version}-{api.max_version})"
            )
        body_offset = header.body_offset
        try:
            if version >= api.request_flexible_min:
                body_offset = skip_header_tags(frame, body_offset)
            request, _ = api.read_request(memoryview(frame), body_offset, version)
        except ValueError as exc:  # DecodeError, HeaderError
            raise _ProtocolViolation(
                f"cannot decode {ApiKey(header.api_key).name} v{version}: {exc}"
            ) from None
        context = RequestContext(
            header.api_key, version, header.correlation_id, header.client_id, self._peer, server.broker
        )
        result = api.handler(context, request)
        if api.is_async:
            result = await result
        if result is None or result is CLOSE_CONNECTION:
            return result
        body = api.write_response(result, version)
        flexible = version >= api.response_flexible_min and header.api_key != ApiKey.API_VERSIONS
        return _frame(response_header(header.correlation_id, flexible), body)

    def _unsupported_api_versions(self, correlation_id: int) -> list[Any]:
        """KIP-511: answer a too-new ApiVersions with UNSUPPORTED_VERSION in a v0 body that
        lists our ApiVersions range, so the client retries with a version we support
        (Kafka's ApiVersionsRequest.getErrorResponse)."""
        api = self._server.registry.get(ApiKey.API_VERSIONS)
        assert api is not None
        response = avr.ApiVersionsResponse(
            error_code=ErrorCode.UNSUPPORTED_VERSION,
            api_keys=[avr.ApiVersion(api_key=ApiKey.API_VERSIONS, min_version=api.min_version,
                                     max_version=api.max_version)],
        )
        return _frame(response_header(correlation_id, False), avr.write(response, 0))


def _frame(header: bytes, body: list[Any]) -> list[Any]:
    size = len(header)
    for chunk in body:
        size += len(chunk)
    return [_SIZE.pack(size) + header, *flatten(body)]
