"""Start and stop a broker process: storage, domain, handlers, listener.

``start_broker`` is the in-process entry point (tests, embedding); ``run_broker`` is what
``streamd serve`` calls: it runs the event loop, prints ``streamd ready on HOST:PORT`` once the
listener accepts connections, and shuts down cleanly on SIGTERM or SIGINT.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from streamd.broker import Broker
from streamd.config import BrokerConfig
from streamd.handlers import build_registry
from streamd.server.allocator import keep_freed_memory
from streamd.server.listener import ConnectionLimits, KafkaServer
from streamd.storage import open_storage

__all__ = ["RunningBroker", "run_broker", "start_broker"]

log = logging.getLogger("streamd")

DEFAULT_STORAGE_URL = "file://"  # the embedded default: the file engine in --data-dir


@dataclass
class RunningBroker:
    broker: Broker
    server: KafkaServer
    host: str
    port: int

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    async def close(self) -> None:
        await self.server.close()
        await self.broker.close()

    async def wait_closed(self) -> None:
        await self.close()


def _limits(broker: Broker) -> ConnectionLimits:
    value = broker.configs.broker_value
    return ConnectionLimits(
        max_request_bytes=int(value("socket.request.max.bytes")),
        queued_max_requests=int(value("queued.max.requests")),
        max_connections=int(value("max.connections")),
    )


async def start_broker(config: BrokerConfig) -> RunningBroker:
    storage_url = config.storage_url or DEFAULT_STORAGE_URL
    storage = open_storage(
        storage_url,
        data_dir=Path(config.data_dir),
        segment_bytes=int(config.get("log.segment.bytes")),
        segment_ms=int(config.get("log.roll.ms")),
        index_interval_bytes=int(config.get("log.index.interval.bytes")),
    )
    broker = Broker(config, storage)
    await broker.open()
    server = KafkaServer(broker, build_registry(), config.listen_host, config.listen_port, _limits(broker))
    await server.start()
    host, port = server.bound_address
    advertised_host = config.advertised_host or host
    advertised_port = config.advertised_port or port
    broker.set_advertised(advertised_host, advertised_port)
    return RunningBroker(broker, server, host, port)


async def _serve(config: BrokerConfig) -> None:
    running = await start_broker(config)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    print(f"streamd ready on {running.host}:{running.port}", flush=True)
    log.info("streamd ready on %s:%s (storage %s)", running.host, running.port, running.broker.storage.url)
    try:
        await stop.wait()
    finally:
        log.info("shutting down")
        await running.close()


def raise_open_file_limit() -> int:
    """Lift this process's soft RLIMIT_NOFILE to its hard limit and return the new soft limit.

    Every connection and every partition's active log segment holds a descriptor, and distros
    often set a soft limit of 1024. Kafka gets the same lift from the JVM (HotSpot's MaxFDLimit,
    on by default), so an operator who raised the hard limit for Kafka gets it for streamd too.
    """
    try:
        import resource
    except ImportError:  # not on this platform
        return -1
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft >= hard:
        return soft
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
        return hard
    return soft


def event_loop_runner() -> Callable[[Coroutine[Any, Any, None]], None]:
    """uvloop's run when uvloop is installed (the ``fast`` extra), else asyncio's;
    ``STREAMD_LOOP=asyncio`` forces the standard loop (benchmarks compare the two)."""
    if os.environ.get("STREAMD_LOOP", "") != "asyncio":
        try:
            import uvloop
        except ImportError:
            pass
        else:
            return cast("Callable[[Coroutine[Any, Any, None]], None]", uvloop.run)
    return asyncio.run


def run_broker(config: BrokerConfig) -> int:
    logging.basicConfig(
        level=getattr(logging, str(config.log_level).upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    log.debug("open file limit %d", raise_open_file_limit())
    # The process is ours (not an embedding application's), so its allocator is too.
    log.debug("malloc keeps freed memory: %s", keep_freed_memory())
    event_loop_runner()(_serve(config))
    return 0
