"""A streamd broker on its own thread and event loop, for CliRunner end-to-end tests.

CliRunner runs each command synchronously and the commands call ``asyncio.run``, so the broker
cannot share the test's event loop; it runs in a background thread instead.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import pytest


def _broker_modules() -> tuple[Any, Any]:
    try:
        from streamd.config import load_config
        from streamd.server.app import start_broker
    except ImportError as exc:
        pytest.skip(f"the in-process broker is not available yet: {exc}")
    return load_config, start_broker


class BrokerThread:
    def __init__(self) -> None:
        load_config, start_broker = _broker_modules()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="streamd-test-broker", daemon=True
        )
        self._thread.start()
        config = load_config(None, {}, {"listen": "127.0.0.1:0", "storage": "memory://"})
        self.running = self._call(start_broker(config))
        self.bootstrap = f"{self.running.host}:{self.running.port}"

    def _call(self, coroutine: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=30)

    def close(self) -> None:
        try:
            self._call(self.running.close())
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
            self._loop.close()


@pytest.fixture(scope="module")
def broker() -> Iterator[BrokerThread]:
    running = BrokerThread()
    try:
        yield running
    finally:
        running.close()
