"""Client side of the request and response headers (RequestHeader.json, ResponseHeader.json).

Request header v1 is ``api_key int16, api_version int16, correlation_id int32, client_id``;
v2 (flexible request versions) appends an empty tagged-field section. ``client_id`` stays a
classic nullable string in both. Response header v0 is the correlation id; v1 (flexible
response versions) adds a tagged-field section, except for ApiVersions, always v0 (KIP-511).
"""

from __future__ import annotations

import struct

from streamd.client.errors import ProtocolViolation
from streamd.protocol.primitives import DecodeError, read_unknown_tags

__all__ = [
    "encode_request_header",
    "is_flexible",
    "read_correlation_id",
    "response_body_offset",
]

_HEADER_PREFIX = struct.Struct(">hhih")
_CORRELATION = struct.Struct(">i")
_NO_TAGS = b"\x00"


def is_flexible(flexible_min: int | None, version: int) -> bool:
    return flexible_min is not None and flexible_min >= 0 and version >= flexible_min


def encode_request_header(
    api_key: int, api_version: int, correlation_id: int, client_id: str | None, *, flexible: bool
) -> bytes:
    if client_id is None:
        header = _HEADER_PREFIX.pack(api_key, api_version, correlation_id, -1)
    else:
        encoded = client_id.encode("utf-8")
        header = _HEADER_PREFIX.pack(api_key, api_version, correlation_id, len(encoded)) + encoded
    return header + _NO_TAGS if flexible else header


def read_correlation_id(frame: bytes | memoryview) -> int:
    if len(frame) < _CORRELATION.size:
        raise ProtocolViolation(f"response of {len(frame)} bytes is too short for a header")
    (correlation_id,) = _CORRELATION.unpack_from(frame, 0)
    return int(correlation_id)


def response_body_offset(frame: bytes | memoryview, *, flexible: bool) -> int:
    """Where the body starts: after the correlation id and, for header v1, its tagged fields."""
    pos = _CORRELATION.size
    if not flexible:
        return pos
    try:
        _unknown, pos = read_unknown_tags(frame, pos)
    except (DecodeError, IndexError) as exc:
        raise ProtocolViolation(f"malformed tagged fields in response header: {exc or 'truncated'}") from None
    return pos
