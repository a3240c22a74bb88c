"""FrameDecoder: size-prefixed framing and the socket.request.max.bytes limit."""

from __future__ import annotations

import struct
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streamd.protocol.framing import FrameDecoder, FrameError


def framed(*payloads: bytes) -> bytes:
    return b"".join(struct.pack(">i", len(p)) + p for p in payloads)


def test_frames_split_across_arbitrary_chunks() -> None:
    payloads = [b"a", b"", b"xyz" * 1000, b"last"]
    data = framed(*payloads)
    decoder = FrameDecoder(1 << 20)
    out: list[bytes] = []
    for i in range(0, len(data), 7):
        out += decoder.feed(data[i : i + 7])
    assert out == payloads
    assert decoder.buffered == 0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.binary(max_size=300), max_size=8), st.lists(st.integers(1, 64), min_size=1, max_size=20))
def test_any_chunking_yields_the_same_frames(payloads: list[bytes], cuts: list[int]) -> None:
    data = framed(*payloads)
    decoder = FrameDecoder(1 << 20)
    out: list[bytes] = []
    pos = 0
    i = 0
    while pos < len(data):
        step = cuts[i % len(cuts)]
        out += decoder.feed(data[pos : pos + step])
        pos += step
        i += 1
    assert out == payloads


def test_oversized_frame_is_rejected_from_its_prefix_alone() -> None:
    decoder = FrameDecoder(1000)
    with pytest.raises(FrameError) as info:
        decoder.feed(struct.pack(">i", 1001))
    assert info.value.size == 1001


def test_negative_size_is_rejected() -> None:
    with pytest.raises(FrameError):
        FrameDecoder(1000).feed(struct.pack(">i", -5) + b"xxxx")


def test_tls_client_hello_reads_as_a_huge_frame() -> None:
    # A TLS ClientHello starts 0x16 0x03 0x01 ...: as a size that is about 369 MB.
    with pytest.raises(FrameError):
        FrameDecoder(104_857_600).feed(bytes([0x16, 0x03, 0x01, 0x02, 0x00, 0x01]))


def test_partial_frame_is_buffered_not_returned() -> None:
    decoder = FrameDecoder(100)
    assert decoder.feed(struct.pack(">i", 10) + b"12345") == []
    assert decoder.feed(b"67890") == [b"1234567890"]


def test_a_frame_in_many_reads_is_copied_once() -> None:
    # A large produce arrives in socket-sized reads; assembling it should cost one frame's
    # worth of memory (the frame itself), not a growing buffer plus slices of it.
    frame_bytes = 8 << 20
    data = framed(bytes(range(256)) * (frame_bytes // 256))
    reads = [data[i : i + (256 << 10)] for i in range(0, len(data), 256 << 10)]
    decoder = FrameDecoder(16 << 20)
    tracemalloc.start()
    try:
        out: list[bytes] = []
        for read in reads:
            out += decoder.feed(read)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert out == [data[4:]]
    assert peak < frame_bytes * 1.1


def test_reads_into_a_reused_buffer_are_copied_before_it_changes() -> None:
    # A caller may feed a bytearray (or a writable view) and then reuse it for the next read.
    data = framed(b"abcdefgh")
    buffer = bytearray(data[:6])
    decoder = FrameDecoder(100)
    assert decoder.feed(buffer) == []
    buffer[:] = b"zzzzzz"
    writable = bytearray(data[6:])
    frames = decoder.feed(memoryview(writable))
    writable[:] = b"z" * len(writable)
    assert frames == [b"abcdefgh"]
    assert decoder.buffered == 0


def test_a_size_prefix_split_across_reads() -> None:
    data = framed(b"first", b"second")
    decoder = FrameDecoder(100)
    assert decoder.feed(data[:2]) == []
    assert decoder.buffered == 2
    assert decoder.feed(data[2:11]) == [b"first"]
    assert decoder.buffered == 2
    assert decoder.feed(data[11:]) == [b"second"]
