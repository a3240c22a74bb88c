"""Reading stdin lines without blocking the event loop.

A daemon thread reads whatever the binary stream has (``read1``: at most one system call) and
hands the complete lines to an asyncio queue, many at a time; ``None`` marks the end of input.
A line-at-a-time source such as ``tail -f`` is produced as it arrives, a file or a pipe full of
data goes through in large chunks.
"""

from __future__ import annotations

import asyncio
import threading
from typing import BinaryIO

__all__ = ["LineReader"]

_CHUNK = 256 * 1024
_QUEUE_LIMIT = 64


class LineReader:
    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._loop = asyncio.get_running_loop()
        self._queue: asyncio.Queue[list[bytes] | None] = asyncio.Queue(_QUEUE_LIMIT)
        self._thread = threading.Thread(target=self._read, name="streamd-stdin", daemon=True)
        self._thread.start()

    def _hand_over(self, item: list[bytes] | None) -> None:
        asyncio.run_coroutine_threadsafe(self._queue.put(item), self._loop).result()

    def _read(self) -> None:
        read = getattr(self._stream, "read1", self._stream.read)
        partial = b""
        try:
            while chunk := read(_CHUNK):
                lines = (partial + chunk).split(b"\n")
                partial = lines.pop()
                if lines:
                    self._hand_over(lines)
            if partial:
                self._hand_over([partial])
        except (OSError, ValueError, RuntimeError):  # stream closed, or the loop is gone
            pass
        finally:
            try:
                asyncio.run_coroutine_threadsafe(self._queue.put(None), self._loop)
            except RuntimeError:
                pass

    async def next_lines(self, timeout: float | None = None) -> list[bytes] | None:
        """The next complete lines, without their newlines; None at the end of input.

        Raises TimeoutError when nothing arrives within ``timeout`` seconds.
        """
        if timeout is None:
            return await self._queue.get()
        return await asyncio.wait_for(self._queue.get(), timeout)
