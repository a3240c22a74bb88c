"""Request header parsing (v1/v2) and response header encoding (v0/v1)."""

from __future__ import annotations

import struct

import pytest

from streamd.protocol.headers import HeaderError, parse_request_prefix, response_header, skip_header_tags


def test_v1_header_with_client_id() -> None:
    frame = struct.pack(">hhih", 3, 12, 77, 6) + b"client" + b"BODY"
    header = parse_request_prefix(frame)
    assert (header.api_key, header.api_version, header.correlation_id, header.client_id) == (3, 12, 77, "client")
    assert frame[header.body_offset :] == b"BODY"


def test_null_client_id() -> None:
    header = parse_request_prefix(struct.pack(">hhih", 18, 0, 1, -1))
    assert header.client_id is None


def test_v2_header_skips_unknown_tags() -> None:
    # one tagged field: tag 5, size 3, then the body
    frame = struct.pack(">hhih", 18, 3, 9, 1) + b"c" + bytes([1, 5, 3]) + b"xyz" + b"BODY"
    header = parse_request_prefix(frame)
    assert frame[skip_header_tags(frame, header.body_offset) :] == b"BODY"


@pytest.mark.parametrize(
    "frame",
    [
        b"\x00\x03",
        struct.pack(">hhih", 3, 1, 1, 50) + b"short",
        struct.pack(">hhih", 3, 1, 1, -2),
    ],
)
def test_malformed_headers_raise(frame: bytes) -> None:
    with pytest.raises(HeaderError):
        parse_request_prefix(frame)


def test_truncated_tag_section_raises() -> None:
    frame = struct.pack(">hhih", 18, 3, 9, -1) + bytes([2, 1, 9])
    header = parse_request_prefix(frame)
    with pytest.raises(HeaderError):
        skip_header_tags(frame, header.body_offset)


def test_response_headers() -> None:
    assert response_header(5, False) == b"\x00\x00\x00\x05"
    assert response_header(5, True) == b"\x00\x00\x00\x05\x00"
