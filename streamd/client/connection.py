"""One TCP connection to one broker: framing, correlation ids, version negotiation.

Requests may be pipelined: each gets a correlation id and a future; a single reader task hands
every response frame to the future waiting for its correlation id. Decoding happens in the
caller's task, so a malformed response fails only the request it answers.
"""

from __future__ import annotations

import asyncio
import contextlib
import struct
from typing import Any

from streamd import __version__
from streamd.client.address import format_address
from streamd.client.errors import (
    BrokerUnreachable,
    ConnectionLost,
    KafkaError,
    ProtocolViolation,
    RequestTimedOut,
)
from streamd.client.versions import ApiVersionTable, api_name, client_version_ranges
from streamd.client.wire import (
    encode_request_header,
    is_flexible,
    read_correlation_id,
    response_body_offset,
)
from streamd.protocol._generated import APIS, ApiKey, ErrorCode
from streamd.protocol._generated.api_versions_request import ApiVersionsRequest
from streamd.protocol.buffers import flatten

__all__ = ["DEFAULT_CLIENT_ID", "BrokerConnection"]

DEFAULT_CLIENT_ID = "streamd-cli"
CLIENT_SOFTWARE_NAME = "streamd-client"
MAX_RESPONSE_BYTES = 512 * 1024 * 1024
DEFAULT_REQUEST_TIMEOUT = 30.0

_SIZE = struct.Struct(">i")
_ERROR_CODE = struct.Struct(">h")


def _encode(
    api_key: int, version: int, correlation_id: int, client_id: str | None, request: Any
) -> list[Any]:
    spec = APIS[ApiKey(api_key)]
    header = encode_request_header(
        api_key, version, correlation_id, client_id, flexible=is_flexible(spec.request.flexible_min, version)
    )
    body = list(flatten(spec.request.write(request, version)))
    size = len(header) + sum(memoryview(chunk).nbytes for chunk in body)
    return [_SIZE.pack(size), header, *body]


def _decode(api_key: int, version: int, frame: bytes) -> Any:
    spec = APIS[ApiKey(api_key)]
    flexible = api_key != ApiKey.API_VERSIONS and is_flexible(spec.response.flexible_min, version)
    view = memoryview(frame)
    pos = response_body_offset(view, flexible=flexible)
    try:
        response, _end = spec.response.read(view, pos, version)
    except Exception as exc:  # the generated reader raises struct/index/unicode errors on bad bytes
        raise ProtocolViolation(f"cannot decode {api_name(api_key)} v{version} response: {exc}") from exc
    return response


class BrokerConnection:
    """An open, negotiated connection. Create it with ``await BrokerConnection.open(...)``."""

    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        address: str,
        client_id: str | None,
        request_timeout: float,
    ) -> None:
        self.address = address
        self.client_id = client_id
        self.request_timeout = request_timeout
        self.versions = ApiVersionTable({}, address)
        self._reader = reader
        self._writer = writer
        self._pending: dict[int, asyncio.Future[bytes]] = {}
        self._next_correlation_id = 1
        self._closed_reason: str | None = None
        self._reader_task = asyncio.create_task(self._read_responses(), name=f"streamd-client-read {address}")

    @classmethod
    async def open(
        cls,
        host: str,
        port: int,
        *,
        client_id: str | None = DEFAULT_CLIENT_ID,
        connect_timeout: float = 10.0,
        request_timeout: float = DEFAULT_REQUEST_TIMEOUT,
    ) -> BrokerConnection:
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), connect_timeout)
        except TimeoutError:
            raise BrokerUnreachable(host, port, f"no answer within {connect_timeout:g}s") from None
        except OSError as exc:
            raise BrokerUnreachable(host, port, exc.strerror or str(exc)) from None
        connection = cls(reader, writer, format_address(host, port), client_id, request_timeout)
        try:
            await connection._negotiate_versions()
        except BaseException:
            await connection.close()
            raise
        return connection

    @property
    def is_closed(self) -> bool:
        return self._closed_reason is not None

    async def request(self, api_key: int, request: Any, *, timeout: float | None = None) -> Any:
        """Send ``request`` at the negotiated version and return the decoded response."""
        version = self.versions.version_for(api_key)
        return await self.request_at(api_key, version, request, timeout=timeout)

    async def request_at(
        self, api_key: int, version: int, request: Any, *, timeout: float | None = None
    ) -> Any:
        frame = await self._exchange(api_key, version, request, timeout)
        return _decode(api_key, version, frame)

    async def send_only(self, api_key: int, request: Any) -> None:
        """Send a request the broker does not answer (Produce with acks=0)."""
        version = self.versions.version_for(api_key)
        self._ensure_open()
        self._writer.writelines(
            _encode(api_key, version, self._take_correlation_id(), self.client_id, request)
        )
        await self._drain()

    async def close(self) -> None:
        if self._closed_reason is None:
            self._closed_reason = "connection closed by the client"
        self._reader_task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self._reader_task
        self._fail_pending()
        self._writer.close()
        with contextlib.suppress(Exception):
            await self._writer.wait_closed()

    # -- internals -------------------------------------------------------------------------

    async def _negotiate_versions(self) -> None:
        request = ApiVersionsRequest(
            client_software_name=CLIENT_SOFTWARE_NAME, client_software_version=__version__
        )
        version = client_version_ranges()[ApiKey.API_VERSIONS].max_version
        frame = await self._exchange(ApiKey.API_VERSIONS, version, request, None)
        if self._error_code_of(frame) == ErrorCode.UNSUPPORTED_VERSION and version > 0:
            # The broker answers an ApiVersions version it does not know with a v0 body that
            # lists its own range; retry at the highest version it has.
            listed = _decode(ApiKey.API_VERSIONS, 0, frame)
            theirs = [entry.max_version for entry in listed.api_keys if entry.api_key == ApiKey.API_VERSIONS]
            version = min(version, theirs[0]) if theirs else 0
            frame = await self._exchange(ApiKey.API_VERSIONS, version, request, None)
        response = _decode(ApiKey.API_VERSIONS, version, frame)
        if response.error_code != 0:
            raise KafkaError(response.error_code, f"ApiVersions v{version} to {self.address}")
        self.versions = ApiVersionTable.from_broker_ranges(
            ((entry.api_key, entry.min_version, entry.max_version) for entry in response.api_keys),
            self.address,
        )

    @staticmethod
    def _error_code_of(frame: bytes) -> int:
        # ApiVersions responses of every version start with the int16 error code.
        if len(frame) < 6:
            raise ProtocolViolation("ApiVersions response too short")
        (code,) = _ERROR_CODE.unpack_from(frame, 4)
        return int(code)

    def _take_correlation_id(self) -> int:
        correlation_id = self._next_correlation_id
        self._next_correlation_id = correlation_id + 1 if correlation_id < 2**31 - 1 else 1
        return correlation_id

    def _ensure_open(self) -> None:
        if self._closed_reason is not None:
            raise ConnectionLost(self.address, self._closed_reason)

    async def _drain(self) -> None:
        try:
            await self._writer.drain()
        except OSError as exc:
            self._closed_reason = self._closed_reason or (exc.strerror or str(exc))
            raise ConnectionLost(self.address, self._closed_reason) from None

    async def _exchange(self, api_key: int, version: int, request: Any, timeout: float | None) -> bytes:
        self._ensure_open()
        correlation_id = self._take_correlation_id()
        waiter: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()
        self._pending[correlation_id] = waiter
        try:
            self._writer.writelines(_encode(api_key, version, correlation_id, self.client_id, request))
            await self._drain()
            limit = self.request_timeout if timeout is None else timeout
            try:
                return await asyncio.wait_for(waiter, limit)
            except TimeoutError:
                raise RequestTimedOut(self.address, api_name(api_key), limit) from None
        finally:
            self._pending.pop(correlation_id, None)

    async def _read_responses(self) -> None:
        reason = "connection closed by the broker"
        try:
            while True:
                prefix = await self._reader.readexactly(_SIZE.size)
                (size,) = _SIZE.unpack(prefix)
                if size < 4 or size > MAX_RESPONSE_BYTES:
                    reason = f"broker sent a response frame of {size} bytes"
                    break
                frame = await self._reader.readexactly(size)
                waiter = self._pending.get(read_correlation_id(frame))
                if waiter is not None and not waiter.done():
                    waiter.set_result(frame)
        except asyncio.IncompleteReadError:
            pass
        except OSError as exc:
            reason = exc.strerror or str(exc)
        finally:
            if self._closed_reason is None:
                self._closed_reason = reason
            self._fail_pending()

    def _fail_pending(self) -> None:
        reason = self._closed_reason or "connection closed"
        for waiter in self._pending.values():
            if not waiter.done():
                waiter.set_exception(ConnectionLost(self.address, reason))
        self._pending.clear()
