# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DeleteTopicsResponse (response, api key 20), versions 1-6."""

from __future__ import annotations

import struct
import uuid
from dataclasses import dataclass, field
from typing import Any

from streamd.protocol.primitives import (
    I8,
    I16,
    I32,
    ZERO_UUID,
    DecodeError,
    UnsupportedVersionError,
    check_count,
    check_length,
    read_uvarint,
    skip_tags,
    write_uvarint,
)

__all__ = ['DeletableTopicResult', 'DeleteTopicsResponse', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>h')

@dataclass(slots=True)
class DeletableTopicResult:
    name: str | None = ''
    topic_id: uuid.UUID = ZERO_UUID
    error_code: int = 0
    error_message: str | None = None
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DeleteTopicsResponse:
    throttle_time_ms: int = 0
    responses: list[DeletableTopicResult] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_DeleteTopicsResponse_v1(buf: memoryview, pos: int) -> tuple[DeleteTopicsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_DeletableTopicResult_v1(buf, pos)
            v_responses.append(item)
    unknown = None
    return DeleteTopicsResponse(throttle_time_ms=v_throttle_time_ms, responses=v_responses, unknown_tags=unknown), pos


def _write_DeleteTopicsResponse_v1(o: DeleteTopicsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DeletableTopicResult_v1(item, out, chunks)


def _read_DeletableTopicResult_v1(buf: memoryview, pos: int) -> tuple[DeletableTopicResult, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    return DeletableTopicResult(name=v_name, error_code=v_error_code, unknown_tags=unknown), pos


def _write_DeletableTopicResult_v1(o: DeletableTopicResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.error_code)


def _read_DeleteTopicsResponse_v2(buf: memoryview, pos: int) -> tuple[DeleteTopicsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_DeletableTopicResult_v2(buf, pos)
            v_responses.append(item)
    unknown = None
    return DeleteTopicsResponse(throttle_time_ms=v_throttle_time_ms, responses=v_responses, unknown_tags=unknown), pos


def _write_DeleteTopicsResponse_v2(o: DeleteTopicsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DeletableTopicResult_v2(item, out, chunks)


def _read_DeletableTopicResult_v2(buf: memoryview, pos: int) -> tuple[DeletableTopicResult, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    return DeletableTopicResult(name=v_name, error_code=v_error_code, unknown_tags=unknown), pos


def _write_DeletableTopicResult_v2(o: DeletableTopicResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.error_code)


def _read_DeleteTopicsResponse_v3(buf: memoryview, pos: int) -> tuple[DeleteTopicsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_DeletableTopicResult_v3(buf, pos)
            v_responses.append(item)
    unknown = None
    return DeleteTopicsResponse(throttle_time_ms=v_throttle_time_ms, responses=v_responses, unknown_tags=unknown), pos


def _write_DeleteTopicsResponse_v3(o: DeleteTopicsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DeletableTopicResult_v3(item, out, chunks)


def _read_DeletableTopicResult_v3(buf: memoryview, pos: int) -> tuple[DeletableTopicResult, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    return DeletableTopicResult(name=v_name, error_code=v_error_code, unknown_tags=unknown), pos


def _write_DeletableTopicResult_v3(o: DeletableTopicResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.error_code)


def _read_DeleteTopicsResponse_v4(buf: memoryview, pos: int) -> tuple[DeleteTopicsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_DeletableTopicResult_v4(buf, pos)
            v_responses.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DeleteTopicsResponse(throttle_time_ms=v_throttle_time_ms, responses=v_responses, unknown_tags=unknown), pos


def _write_DeleteTopicsResponse_v4(o: DeleteTopicsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DeletableTopicResult_v4(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DeletableTopicResult_v4(buf: memoryview, pos: int) -> tuple[DeletableTopicResult, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DeletableTopicResult(name=v_name, error_code=v_error_code, unknown_tags=unknown), pos


def _write_DeletableTopicResult_v4(o: DeletableTopicResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.error_code)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DeleteTopicsResponse_v5(buf: memoryview, pos: int) -> tuple[DeleteTopicsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_DeletableTopicResult_v5(buf, pos)
            v_responses.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DeleteTopicsResponse(throttle_time_ms=v_throttle_time_ms, responses=v_responses, unknown_tags=unknown), pos


def _write_DeleteTopicsResponse_v5(o: DeleteTopicsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DeletableTopicResult_v5(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DeletableTopicResult_v5(buf: memoryview, pos: int) -> tuple[DeletableTopicResult, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DeletableTopicResult(name=v_name, error_code=v_error_code, error_message=v_error_message, unknown_tags=unknown), pos


def _write_DeletableTopicResult_v5(o: DeletableTopicResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DeleteTopicsResponse_v6(buf: memoryview, pos: int) -> tuple[DeleteTopicsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_DeletableTopicResult_v6(buf, pos)
            v_responses.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DeleteTopicsResponse(throttle_time_ms=v_throttle_time_ms, responses=v_responses, unknown_tags=unknown), pos


def _write_DeleteTopicsResponse_v6(o: DeleteTopicsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DeletableTopicResult_v6(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DeletableTopicResult_v6(buf: memoryview, pos: int) -> tuple[DeletableTopicResult, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_name = None
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
    pos = end
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DeletableTopicResult(name=v_name, topic_id=v_topic_id, error_code=v_error_code, error_message=v_error_message, unknown_tags=unknown), pos


def _write_DeletableTopicResult_v6(o: DeletableTopicResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += o.topic_id.bytes
    out += _S1.pack(o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {1: _read_DeleteTopicsResponse_v1, 2: _read_DeleteTopicsResponse_v2, 3: _read_DeleteTopicsResponse_v3, 4: _read_DeleteTopicsResponse_v4, 5: _read_DeleteTopicsResponse_v5, 6: _read_DeleteTopicsResponse_v6}
_WRITERS = {1: _write_DeleteTopicsResponse_v1, 2: _write_DeleteTopicsResponse_v2, 3: _write_DeleteTopicsResponse_v3, 4: _write_DeleteTopicsResponse_v4, 5: _write_DeleteTopicsResponse_v5, 6: _write_DeleteTopicsResponse_v6}
MIN_VERSION = 1
MAX_VERSION = 6
FLEXIBLE_MIN = 4


def read(buf: memoryview, pos: int, version: int) -> tuple[DeleteTopicsResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('DeleteTopicsResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode DeleteTopicsResponse v%d: %s' % (version, exc)) from None


def write(obj: DeleteTopicsResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('DeleteTopicsResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
