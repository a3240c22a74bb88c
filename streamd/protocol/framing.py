"""Size-prefixed framing, sans-I/O.

Every Kafka request and response is ``int32 size`` followed by ``size`` bytes (big-endian).
``FrameDecoder.feed`` takes whatever bytes the socket delivered and returns the complete frames;
it rejects a negative size or one above ``socket.request.max.bytes`` as soon as the 4-byte
prefix arrives, before any memory is set aside for the body (a TLS ClientHello sent to a
plaintext port reads as a size of about 369 MB and takes this path).

Each frame is copied once, into the ``bytes`` handed out. A frame that arrives in several
reads (a 1 MB produce comes in 64-256 KiB pieces) is kept as zero-copy views of those reads
until its last piece arrives and is then joined; growing one buffer and slicing the frame out
of it copied every byte three times, onto fresh pages each time.
"""

from __future__ import annotations

import struct

__all__ = ["FrameDecoder", "FrameError", "frame_prefix"]

_SIZE = struct.Struct(">i")
_UNKNOWN = -1  # the frame's size prefix has not fully arrived

Buffer = bytes | bytearray | memoryview


class FrameError(Exception):
    """The peer sent a frame size we refuse; the connection must be closed."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"frame size {size} outside 0..{limit} (socket.request.max.bytes)")
        self.size = size
        self.limit = limit


def frame_prefix(size: int) -> bytes:
    return _SIZE.pack(size)


def _keep(data: Buffer, start: int) -> Buffer:
    """``data[start:]`` for later: a view when the buffer cannot change under us, else a copy."""
    if isinstance(data, bytes) or (isinstance(data, memoryview) and data.readonly):
        return memoryview(data)[start:]
    return bytes(memoryview(data)[start:])  # one copy (slicing a bytearray would make two)


class FrameDecoder:
    """Splits received bytes into frames; holds the pieces of at most one incomplete frame."""

    __slots__ = ("_frame_size", "_max_frame_size", "_pieces", "_pieces_bytes")

    def __init__(self, max_frame_size: int) -> None:
        self._max_frame_size = max_frame_size
        self._pieces: list[Buffer] = []  # the incomplete frame: its body, or a partial prefix
        self._pieces_bytes = 0
        self._frame_size = _UNKNOWN

    @property
    def buffered(self) -> int:
        """Bytes received that belong to no complete frame yet."""
        if self._frame_size == _UNKNOWN:
            return self._pieces_bytes
        return self._pieces_bytes + _SIZE.size

    def feed(self, data: Buffer) -> list[bytes]:
        """Add received bytes; return every frame now complete, in order.

        Raises FrameError for a size prefix outside ``0..max_frame_size``.
        """
        frames: list[bytes] = []
        if self._pieces:
            rest = self._continue(data, frames)
            if rest is None:
                return frames
            data = rest
        consumed = self._split(data, frames)
        if consumed < len(data):
            self._hold(data, consumed)
        return frames

    def _continue(self, data: Buffer, frames: list[bytes]) -> Buffer | None:
        """Add ``data`` to the incomplete frame; return what follows it, or None if it is
        still incomplete."""
        if self._frame_size == _UNKNOWN:
            # Fewer than 4 bytes are held (a read ended inside a size prefix, which is rare):
            # start again from them and the new bytes together.
            joined = b"".join([*self._pieces, data])
            self._reset()
            return joined
        missing = self._frame_size - self._pieces_bytes
        if len(data) < missing:
            self._pieces.append(_keep(data, 0))
            self._pieces_bytes += len(data)
            return None
        view = memoryview(data)
        self._pieces.append(view[:missing])
        frames.append(b"".join(self._pieces))
        self._reset()
        return view[missing:]

    def _hold(self, data: Buffer, start: int) -> None:
        """Keep ``data[start:]``, the beginning of a frame that _split could not complete."""
        tail = _keep(data, start)
        if len(tail) >= _SIZE.size:  # _split has checked this prefix against the limit
            (self._frame_size,) = _SIZE.unpack_from(tail)
            tail = tail[_SIZE.size :]
        self._pieces = [tail]
        self._pieces_bytes = len(tail)

    def _reset(self) -> None:
        self._pieces = []
        self._pieces_bytes = 0
        self._frame_size = _UNKNOWN

    def _split(self, data: Buffer, frames: list[bytes]) -> int:
        """Append the complete frames at the start of ``data``; return the bytes they used."""
        view = memoryview(data)
        pos = 0
        end = len(view)
        unpack = _SIZE.unpack_from
        limit = self._max_frame_size
        while end - pos >= 4:
            (size,) = unpack(view, pos)
            if size < 0 or size > limit:
                raise FrameError(size, limit)
            if end - pos - 4 < size:
                break
            frames.append(bytes(view[pos + 4 : pos + 4 + size]))
            pos += 4 + size
        return pos
