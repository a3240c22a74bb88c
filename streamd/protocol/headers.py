"""Request and response headers (RequestHeader.json, ResponseHeader.json).

Request header v1: api_key int16, api_version int16, correlation_id int32, client_id.
Request header v2: v1 followed by a tagged-field section; used when the request version is
flexible. ``client_id`` is always a classic nullable string (int16 length), even in v2, so that
any broker can read the header of any ApiVersions request (the field's flexibleVersions is
"none" in RequestHeader.json).

Response header v0 is the correlation id alone; v1 adds a tagged-field section and is used for
flexible responses, except that ApiVersions always answers with v0 (KIP-511).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from streamd.protocol.primitives import DecodeError, read_unknown_tags

__all__ = ["HeaderError", "RequestHeader", "parse_request_prefix", "response_header", "skip_header_tags"]

_PREFIX = struct.Struct(">hhih")
_CORRELATION = struct.Struct(">i")


class HeaderError(ValueError):
    """The request header is malformed; Kafka closes such connections."""


@dataclass(frozen=True, slots=True)
class RequestHeader:
    api_key: int
    api_version: int
    correlation_id: int
    client_id: str | None
    body_offset: int  # where the header ends; set by skip_header_tags for flexible headers


def parse_request_prefix(frame: bytes | memoryview) -> RequestHeader:
    """Parse the v1 part of the header (common to v1 and v2).

    ``body_offset`` points just past ``client_id``; for a flexible request call
    ``skip_header_tags`` to step over the header's tagged fields.
    """
    if len(frame) < _PREFIX.size:
        raise HeaderError(f"request header needs {_PREFIX.size} bytes, got {len(frame)}")
    api_key, api_version, correlation_id, client_id_len = _PREFIX.unpack_from(frame, 0)
    pos = _PREFIX.size
    client_id: str | None
    if client_id_len < 0:
        if client_id_len != -1:
            raise HeaderError(f"invalid client_id length {client_id_len}")
        client_id = None
    else:
        end = pos + client_id_len
        if end > len(frame):
            raise HeaderError("client_id runs past the end of the frame")
        try:
            client_id = bytes(frame[pos:end]).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise HeaderError("client_id is not valid UTF-8") from exc
        pos = end
    return RequestHeader(api_key, api_version, correlation_id, client_id, pos)


def skip_header_tags(frame: bytes | memoryview, pos: int) -> int:
    """Step over the tagged fields of a v2 request header; return the body offset.

    RequestHeader.json defines no tagged fields, so every tag is unknown and skipped.
    """
    try:
        _unknown, pos = read_unknown_tags(frame, pos)
    except (DecodeError, IndexError) as exc:
        raise HeaderError(f"malformed tagged fields in request header: {exc or 'truncated'}") from None
    return pos


_EMPTY_TAGS = b"\x00"


def response_header(correlation_id: int, flexible: bool) -> bytes:
    """Response header v1 (flexible) or v0. Callers pass flexible=False for ApiVersions."""
    if flexible:
        return _CORRELATION.pack(correlation_id) + _EMPTY_TAGS
    return _CORRELATION.pack(correlation_id)
