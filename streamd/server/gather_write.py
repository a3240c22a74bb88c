"""Scatter-gather writes of a response's chunks straight to the socket.

A response is a list of byte chunks: the encoded fields and, for a Fetch, one chunk per record
batch (the memory engine) or per read. asyncio's ``WriteTransport.writelines`` on Python 3.11
joins them into one new bytes object, slices off what the socket took (another copy) and
appends the rest to the transport's buffer (a third): for an 8 MiB fetch, three copies into
freshly faulted pages, which was most of the broker's CPU when serving from memory.

Here the chunks go to ``writev(2)`` as they are, as much as the socket accepts without
blocking. When the socket is full, a small piece goes to the transport instead: the transport
then watches the socket, and because ``claim`` sets its buffer limits to (0, 0) it pauses the
protocol at once and resumes it only when that piece has left, that is when the socket can take
more. The remaining chunks are never copied. The transport keeps ownership of errors and
closing. Python 3.12's selector transport uses ``sendmsg`` alike.

Only plain TCP transports take this path: a TLS transport's socket carries ciphertext, so
there every chunk goes through ``transport.write`` (one copy each, still no join).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Sequence
from typing import Any

from streamd.protocol.buffers import FileRegion

__all__ = ["IOV_MAX", "claim", "send_region", "write_chunks"]

try:
    IOV_MAX = max(16, os.sysconf("SC_IOV_MAX"))
except (AttributeError, ValueError, OSError):  # pragma: no cover - platforms without sysconf
    IOV_MAX = 1024


NOTIFY_BYTES = 16 * 1024  # what goes to the transport when the socket is full


def claim(transport: asyncio.WriteTransport) -> int:
    """Prepare ``transport`` for ``write_chunks``; return its socket descriptor, or -1 when
    writes must go through the transport (TLS, pipes, transports without a socket)."""
    if not hasattr(os, "writev") or transport.get_extra_info("sslcontext") is not None:
        return -1
    sock = transport.get_extra_info("socket")
    if sock is None:
        return -1
    transport.set_write_buffer_limits(high=0, low=0)  # pause on any buffered byte, resume when empty
    return int(sock.fileno())


def _send_now(fd: int, views: list[memoryview], start: int) -> int:
    """writev ``views[start:]`` as far as the socket takes them now; return the index of the
    first view not wholly sent (``views[start]`` is cut to its unsent tail)."""
    while start < len(views):
        group = views[start : start + IOV_MAX]
        try:
            sent = os.writev(fd, group)
        except OSError:
            break  # full (EAGAIN), or reset: the transport buffers the rest or reports the error
        complete = sent == sum(len(view) for view in group)
        while sent:
            size = len(views[start])
            if sent < size:
                views[start] = views[start][sent:]
                break
            sent -= size
            start += 1
        if not complete:
            break  # the socket's send buffer is full
    return start


def _bytes_view(chunk: Any) -> memoryview:
    view = memoryview(chunk)
    return view if view.format == "B" and view.ndim == 1 else view.cast("B")


async def _socket_is_ours(transport: asyncio.WriteTransport, can_write: asyncio.Event) -> bool:
    """Wait until the protocol may write; then True when bytes may go straight to the socket:
    the transport is open and holds nothing queued (never so after a resume, with claim's
    limits), so nothing written directly can overtake it."""
    if not can_write.is_set():
        await can_write.wait()
    return not transport.is_closing() and not transport.get_write_buffer_size()


async def write_chunks(transport: asyncio.WriteTransport, fd: int, chunks: Sequence[Any],
                       can_write: asyncio.Event) -> None:
    """Write ``chunks`` in order. ``can_write`` is the protocol's flag, cleared by
    ``pause_writing`` and set by ``resume_writing`` and ``connection_lost``."""
    if fd < 0:
        # One write per chunk rather than writelines, which on 3.11 joins them all first.
        for chunk in chunks:
            transport.write(chunk)
        return
    views = [_bytes_view(chunk) for chunk in chunks if len(chunk)]
    start = 0
    while start < len(views):
        if not await _socket_is_ours(transport, can_write):
            if not transport.is_closing():  # bytes queued in the transport go first
                for view in views[start:]:
                    transport.write(view)
            return
        start = _send_now(fd, views, start)
        if start < len(views):
            head = views[start]
            transport.write(head[:NOTIFY_BYTES])  # pauses us until the socket drains it
            views[start] = head[NOTIFY_BYTES:]
            if not views[start]:
                start += 1


READ_BYTES = 1024 * 1024  # pread size when a region cannot go by sendfile(2) (TLS)


async def send_region(transport: asyncio.WriteTransport, fd: int, region: FileRegion,
                      can_write: asyncio.Event) -> None:
    """Write a file region in order: with ``sendfile(2)`` straight to ``fd`` while the socket
    takes it, else read with ``pread`` and written through the transport. Raises
    ConnectionError when the file ends before the region does (the response would be torn).

    This is asyncio's ``loop.sendfile`` without its dependence on the loop: uvloop has none (it
    raises NotImplementedError), and here the socket full case costs one small read, as in
    ``write_chunks``."""
    offset, remaining = region.offset, region.size
    while remaining:
        ours = await _socket_is_ours(transport, can_write)
        if transport.is_closing():
            return
        if fd >= 0 and ours:
            try:
                sent = os.sendfile(fd, region.fd, offset, remaining)
            except OSError:
                sent = 0  # full (EAGAIN), or reset: the transport's write below reports it
            offset += sent
            remaining -= sent
            if not remaining:
                return
        piece = os.pread(region.fd, min(remaining, NOTIFY_BYTES if fd >= 0 else READ_BYTES), offset)
        if not piece:
            raise ConnectionError(f"file region ended {remaining} bytes early")
        transport.write(piece)  # with fd >= 0 this pauses us until the socket drains it
        offset += len(piece)
        remaining -= len(piece)
