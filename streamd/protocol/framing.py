"""Size-prefixed framing, sans-I/O.

Every Kafka request and response is ``int32 size`` followed by ``size`` bytes (big-endian).
``FrameDecoder.feed`` takes whatever bytes the socket delivered and returns the complete frames;
it rejects a negative size or one above ``socket.request.max.bytes`` as soon as the 4-byte
prefix arrives, before any memory is set aside for the body (a TLS ClientHello sent to a
plaintext port reads as a size of about 369 MB and takes this path).
"""

from __future__ import annotations

import struct

__all__ = ["FrameDecoder", "FrameError", "frame_prefix"]

_SIZE = struct.Struct(">i")


class FrameError(Exception):
    """The peer sent a frame size we refuse; the connection must be closed."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"frame size {size} outside 0..{limit} (socket.request.max.bytes)")
        self.size = size
        self.limit = limit


def frame_prefix(size: int) -> bytes:
    return _SIZE.pack(size)


class FrameDecoder:
    """Accumulates received bytes and splits them into frames."""

    __slots__ = ("_buffer", "_max_frame_size")

    def __init__(self, max_frame_size: int) -> None:
        self._buffer = bytearray()
        self._max_frame_size = max_frame_size

    @property
    def buffered(self) -> int:
        return len(self._buffer)

    def feed(self, data: bytes | bytearray | memoryview) -> list[bytes]:
        """Add received bytes; return every frame now complete, in order.

        Raises FrameError for a size prefix outside ``0..max_frame_size``.
        """
        buffer = self._buffer
        if not buffer:
            frames, consumed = self._split(data)
            if consumed < len(data):
                buffer += data[consumed:]
            return frames
        buffer += data
        frames, consumed = self._split(buffer)
        if consumed:
            del buffer[:consumed]
        return frames

    def _split(self, data: bytes | bytearray | memoryview) -> tuple[list[bytes], int]:
        frames: list[bytes] = []
        pos = 0
        end = len(data)
        unpack = _SIZE.unpack_from
        limit = self._max_frame_size
        while end - pos >= 4:
            (size,) = unpack(data, pos)
            if size < 0 or size > limit:
                raise FrameError(size, limit)
            if end - pos - 4 < size:
                break
            frames.append(bytes(data[pos + 4 : pos + 4 + size]))
            pos += 4 + size
        return frames, pos
