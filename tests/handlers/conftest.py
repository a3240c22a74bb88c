from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from streamd.config import load_config
from streamd.server.app import RunningBroker, start_broker


@pytest.fixture
async def running_broker(request: pytest.FixtureRequest) -> AsyncIterator[RunningBroker]:
    overrides: dict[str, object] = {"listen": "127.0.0.1:0", "storage": "memory://"}
    marker = request.node.get_closest_marker("broker_config")
    if marker is not None:
        overrides.update(marker.kwargs)
    config = load_config(None, {}, overrides)
    running = await start_broker(config)
    try:
        yield running
    finally:
        await running.close()


@pytest.fixture(scope="module")
def running_broker_sync() -> object:
    """A broker on its own event loop, for hypothesis tests that cannot be coroutines."""
    import asyncio

    loop = asyncio.new_event_loop()
    config = load_config(None, {}, {"listen": "127.0.0.1:0", "storage": "memory://"})
    running = loop.run_until_complete(start_broker(config))
    yield running, loop
    loop.run_until_complete(running.close())
    loop.close()
