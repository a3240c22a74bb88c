"""The TCP listener: owns the listening socket and the set of live connections."""

from __future__ import annotations

import asyncio
import logging
import socket
from dataclasses import dataclass
from typing import Any

from streamd.server.connection import KafkaConnection
from streamd.server.registry import HandlerRegistry

__all__ = ["ConnectionLimits", "KafkaServer"]

log = logging.getLogger("streamd.server")


@dataclass(frozen=True, slots=True)
class ConnectionLimits:
    """Kafka's names: socket.request.max.bytes, queued.max.requests, max.connections."""

    max_request_bytes: int = 104_857_600
    queued_max_requests: int = 500
    max_connections: int = 2_147_483_647
    write_buffer_high: int = 4 * 1024 * 1024


class KafkaServer:
    def __init__(
        self, broker: Any, registry: HandlerRegistry, host: str, port: int, limits: ConnectionLimits
    ) -> None:
        self.broker = broker
        self.registry = registry
        self.limits = limits
        self._host = host
        self._port = port
        self._server: asyncio.Server | None = None
        self._connections: set[KafkaConnection] = set()

    @property
    def bound_address(self) -> tuple[str, int]:
        assert self._server is not None
        sockname = self._server.sockets[0].getsockname()
        return sockname[0], sockname[1]

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(
            lambda: KafkaConnection(self), self._host, self._port, reuse_address=True, backlog=1024
        )
        for sock in self._server.sockets:
            if sock.family in (socket.AF_INET, socket.AF_INET6):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def accept(self, connection: KafkaConnection) -> bool:
        if len(self._connections) >= self.limits.max_connections:
            return False
        self._connections.add(connection)
        transport = connection._transport
        if transport is not None:
            transport.set_write_buffer_limits(high=self.limits.write_buffer_high)
            sock = transport.get_extra_info("socket")
            if sock is not None:
                try:
                    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                except OSError:
                    pass
        return True

    def forget(self, connection: KafkaConnection) -> None:
        self._connections.discard(connection)

    @property
    def connection_count(self) -> int:
        return len(self._connections)

    async def close(self) -> None:
        if self._server is None:
            return
        self._server.close()
        for connection in list(self._connections):
            connection.close()
        await self._server.wait_closed()
