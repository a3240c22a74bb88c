"""The broker serves on asyncio's loop and on uvloop (used by ``streamd serve`` when installed).

Each test runs on both loops and both engines: many produced batches come back byte for byte
in fetches larger than a socket buffer, through writev (memory engine) and sendfile(2) (file
engine). uvloop's transports are not asyncio.Transport subclasses and its loop has no
``sendfile``; both once broke every connection.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvloop

from streamd.config import load_config
from streamd.protocol._generated import ErrorCode
from streamd.records.builder import Record, build_batch
from streamd.server.app import start_broker
from tests.handlers.helpers import create_topic, fetch, produce
from tests.wire import WireClient

# pytest-asyncio 1.x deprecates overriding event_loop_policy but still honours it.
pytestmark = pytest.mark.filterwarnings("ignore:Overriding the \"event_loop_policy\":pytest.PytestDeprecationWarning")


@pytest.fixture(params=["asyncio", "uvloop"])
def event_loop_policy(request: pytest.FixtureRequest) -> Iterator[asyncio.AbstractEventLoopPolicy]:
    yield uvloop.EventLoopPolicy() if request.param == "uvloop" else asyncio.DefaultEventLoopPolicy()


def _batch(index: int) -> bytes:
    value = bytes([index % 251]) * 1000
    return build_batch([Record(key=b"k%d" % i, value=value, headers=[], timestamp=1_700_000_000_000 + i,
                               offset=i) for i in range(100)])


@pytest.mark.parametrize("storage", ["memory://", "file"])
async def test_large_fetches_return_what_was_produced(tmp_path: Path, storage: str) -> None:
    url = f"file://{tmp_path}/data" if storage == "file" else storage
    running = await start_broker(load_config(None, {}, {"listen": "127.0.0.1:0", "storage": url}))
    client = await WireClient.connect(running.host, running.port)
    try:
        await create_topic(client, "big", partitions=1)
        sent = [_batch(i) for i in range(60)]  # about 6 MB
        for batch in sent:
            answer = await produce(client, "big", batch, acks=1)
            assert answer.error_code == ErrorCode.NONE  # type: ignore[attr-defined]
        got = b""
        while len(got) < sum(len(b) for b in sent):
            part = await fetch(client, "big", 100 * (len(got) // len(sent[0])), partition_max_bytes=8 << 20)
            assert part.error_code == ErrorCode.NONE  # type: ignore[attr-defined]
            records = bytes(part.records)  # type: ignore[attr-defined]
            assert records
            got += records
        expected = b"".join(sent)
        # The broker rewrites base offsets (bytes 0-8) and leader epochs; compare the rest.
        assert len(got) == len(expected)
        size = len(sent[0])
        for index in range(len(sent)):
            mine, theirs = got[index * size:(index + 1) * size], expected[index * size:(index + 1) * size]
            assert mine[8:12] == theirs[8:12] and mine[16:] == theirs[16:]
    finally:
        await client.close()
        await running.close()
