"""Reading stdin lines without blocking the event loop.

A daemon thread reads the binary stream line by line and hands each line to an asyncio queue;
``None`` marks the end of input. A line-at-a-time source such as ``tail -f`` is therefore
produced as it arrives, not when the input ends.
"""

from __future__ import annotations

import asyncio
import threading
from typing import BinaryIO

__all__ = ["LineReader"]

_QUEUE_LIMIT = 10_000


class LineReader:
    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._loop = asyncio.get_running_loop()
        self._queue: asyncio.Queue[bytes | None] = asyncio.Queue(_QUEUE_LIMIT)
        self._thread = threading.Thread(target=self._read, name="streamd-stdin", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        try:
            for line in self._stream:
                asyncio.run_coroutine_threadsafe(self._queue.put(line), self._loop).result()
        except (OSError, ValueError, RuntimeError):  # stream closed, or the loop is gone
            pass
        finally:
            try:
                asyncio.run_coroutine_threadsafe(self._queue.put(None), self._loop)
            except RuntimeError:
                pass

    async def next_line(self, timeout: float | None = None) -> bytes | None:
        """The next line with its newline; None at the end of input.

        Raises TimeoutError when no line arrives within ``timeout`` seconds.
        """
        if timeout is None:
            return await self._queue.get()
        return await asyncio.wait_for(self._queue.get(), timeout)
