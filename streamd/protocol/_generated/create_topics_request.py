# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""CreateTopicsRequest (request, api key 19), versions 2-7."""

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

__all__ = ['CreatableReplicaAssignment', 'CreatableTopic', 'CreatableTopicConfig', 'CreateTopicsRequest', "read", "write"]

_S0 = struct.Struct('>i?')
_S1 = struct.Struct('>ih')
_S2 = struct.Struct('>i')

@dataclass(slots=True)
class CreatableReplicaAssignment:
    partition_index: int = 0
    broker_ids: list[int] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class CreatableTopicConfig:
    name: str = ''
    value: str | None = ''
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class CreatableTopic:
    name: str = ''
    num_partitions: int = 0
    replication_factor: int = 0
    assignments: list[CreatableReplicaAssignment] = field(default_factory=list)
    configs: list[CreatableTopicConfig] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class CreateTopicsRequest:
    topics: list[CreatableTopic] = field(default_factory=list)
    timeout_ms: int = 60000
    validate_only: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _read_CreateTopicsRequest_v2(buf: memoryview, pos: int) -> tuple[CreateTopicsRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_CreatableTopic_v2(buf, pos)
            v_topics.append(item)
    v_timeout_ms, v_validate_only = _S0.unpack_from(buf, pos)
    pos += 5
    unknown = None
    return CreateTopicsRequest(topics=v_topics, timeout_ms=v_timeout_ms, validate_only=v_validate_only, unknown_tags=unknown), pos


def _write_CreateTopicsRequest_v2(o: CreateTopicsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_CreatableTopic_v2(item, out, chunks)
    out += _S0.pack(o.timeout_ms, o.validate_only)


def _read_CreatableTopic_v2(buf: memoryview, pos: int) -> tuple[CreatableTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_num_partitions, v_replication_factor = _S1.unpack_from(buf, pos)
    pos += 6
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Assignments was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_assignments = []
        for _ in range(n):
            item, pos = _read_CreatableReplicaAssignment_v2(buf, pos)
            v_assignments.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Configs was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_configs = []
        for _ in range(n):
            item, pos = _read_CreatableTopicConfig_v2(buf, pos)
            v_configs.append(item)
    unknown = None
    return CreatableTopic(name=v_name, num_partitions=v_num_partitions, replication_factor=v_replication_factor, assignments=v_assignments, configs=v_configs, unknown_tags=unknown), pos


def _write_CreatableTopic_v2(o: CreatableTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.num_partitions, o.replication_factor)
    items = o.assignments
    if items is None:
        raise ValueError('non-nullable field Assignments is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_CreatableReplicaAssignment_v2(item, out, chunks)
    items = o.configs
    if items is None:
        raise ValueError('non-nullable field Configs is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_CreatableTopicConfig_v2(item, out, chunks)


def _read_CreatableReplicaAssignment_v2(buf: memoryview, pos: int) -> tuple[CreatableReplicaAssignment, int]:
    v_partition_index, = _S2.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field BrokerIds was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_broker_ids = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return CreatableReplicaAssignment(partition_index=v_partition_index, broker_ids=v_broker_ids, unknown_tags=unknown), pos


def _write_CreatableReplicaAssignment_v2(o: CreatableReplicaAssignment, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index)
    items = o.broker_ids
    if items is None:
        raise ValueError('non-nullable field BrokerIds is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_CreatableTopicConfig_v2(buf: memoryview, pos: int) -> tuple[CreatableTopicConfig, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_value = None
    else:
        end = check_length(buf, pos, n)
        v_value = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return CreatableTopicConfig(name=v_name, value=v_value, unknown_tags=unknown), pos


def _write_CreatableTopicConfig_v2(o: CreatableTopicConfig, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.value
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_CreateTopicsRequest_v3(buf: memoryview, pos: int) -> tuple[CreateTopicsRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_CreatableTopic_v3(buf, pos)
            v_topics.append(item)
    v_timeout_ms, v_validate_only = _S0.unpack_from(buf, pos)
    pos += 5
    unknown = None
    return CreateTopicsRequest(topics=v_topics, timeout_ms=v_timeout_ms, validate_only=v_validate_only, unknown_tags=unknown), pos


def _write_CreateTopicsRequest_v3(o: CreateTopicsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_CreatableTopic_v3(item, out, chunks)
    out += _S0.pack(o.timeout_ms, o.validate_only)


def _read_CreatableTopic_v3(buf: memoryview, pos: int) -> tuple[CreatableTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_num_partitions, v_replication_factor = _S1.unpack_from(buf, pos)
    pos += 6
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Assignments was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_assignments = []
        for _ in range(n):
            item, pos = _read_CreatableReplicaAssignment_v3(buf, pos)
            v_assignments.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Configs was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_configs = []
        for _ in range(n):
            item, pos = _read_CreatableTopicConfig_v3(buf, pos)
            v_configs.append(item)
    unknown = None
    return CreatableTopic(name=v_name, num_partitions=v_num_partitions, replication_factor=v_replication_factor, assignments=v_assignments, configs=v_configs, unknown_tags=unknown), pos


def _write_CreatableTopic_v3(o: CreatableTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.num_partitions, o.replication_factor)
    items = o.assignments
    if items is None:
        raise ValueError('non-nullable field Assignments is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_CreatableReplicaAssignment_v3(item, out, chunks)
    items = o.configs
    if items is None:
        raise ValueError('non-nullable field Configs is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_CreatableTopicConfig_v3(item, out, chunks)


def _read_CreatableReplicaAssignment_v3(buf: memoryview, pos: int) -> tuple[CreatableReplicaAssignment, int]:
    v_partition_index, = _S2.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field BrokerIds was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_broker_ids = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return CreatableReplicaAssignment(partition_index=v_partition_index, broker_ids=v_broker_ids, unknown_tags=unknown), pos


def _write_CreatableReplicaAssignment_v3(o: CreatableReplicaAssignment, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index)
    items = o.broker_ids
    if items is None:
        raise ValueError('non-nullable field BrokerIds is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_CreatableTopicConfig_v3(buf: memoryview, pos: int) -> tuple[CreatableTopicConfig, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_value = None
    else:
        end = check_length(buf, pos, n)
        v_value = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return CreatableTopicConfig(name=v_name, value=v_value, unknown_tags=unknown), pos


def _write_CreatableTopicConfig_v3(o: CreatableTopicConfig, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.value
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_CreateTopicsRequest_v4(buf: memoryview, pos: int) -> tuple[CreateTopicsRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_CreatableTopic_v4(buf, pos)
            v_topics.append(item)
    v_timeout_ms, v_validate_only = _S0.unpack_from(buf, pos)
    pos += 5
    unknown = None
    return CreateTopicsRequest(topics=v_topics, timeout_ms=v_timeout_ms, validate_only=v_validate_only, unknown_tags=unknown), pos


def _write_CreateTopicsRequest_v4(o: CreateTopicsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_CreatableTopic_v4(item, out, chunks)
    out += _S0.pack(o.timeout_ms, o.validate_only)


def _read_CreatableTopic_v4(buf: memoryview, pos: int) -> tuple[CreatableTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_num_partitions, v_replication_factor = _S1.unpack_from(buf, pos)
    pos += 6
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Assignments was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_assignments = []
        for _ in range(n):
            item, pos = _read_CreatableReplicaAssignment_v4(buf, pos)
            v_assignments.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Configs was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_configs = []
        for _ in range(n):
            item, pos = _read_CreatableTopicConfig_v4(buf, pos)
            v_configs.append(item)
    unknown = None
    return CreatableTopic(name=v_name, num_partitions=v_num_partitions, replication_factor=v_replication_factor, assignments=v_assignments, configs=v_configs, unknown_tags=unknown), pos


def _write_CreatableTopic_v4(o: CreatableTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.num_partitions, o.replication_factor)
    items = o.assignments
    if items is None:
        raise ValueError('non-nullable field Assignments is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_CreatableReplicaAssignment_v4(item, out, chunks)
    items = o.configs
    if items is None:
        raise ValueError('non-nullable field Configs is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_CreatableTopicConfig_v4(item, out, chunks)


def _read_CreatableReplicaAssignment_v4(buf: memoryview, pos: int) -> tuple[CreatableReplicaAssignment, int]:
    v_partition_index, = _S2.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field BrokerIds was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_broker_ids = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return CreatableReplicaAssignment(partition_index=v_partition_index, broker_ids=v_broker_ids, unknown_tags=unknown), pos


def _write_CreatableReplicaAssignment_v4(o: CreatableReplicaAssignment, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index)
    items = o.broker_ids
    if items is None:
        raise ValueError('non-nullable field BrokerIds is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_CreatableTopicConfig_v4(buf: memoryview, pos: int) -> tuple[CreatableTopicConfig, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_value = None
    else:
        end = check_length(buf, pos, n)
        v_value = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return CreatableTopicConfig(name=v_name, value=v_value, unknown_tags=unknown), pos


def _write_CreatableTopicConfig_v4(o: CreatableTopicConfig, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.value
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_CreateTopicsRequest_v5(buf: memoryview, pos: int) -> tuple[CreateTopicsRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_CreatableTopic_v5(buf, pos)
            v_topics.append(item)
    v_timeout_ms, v_validate_only = _S0.unpack_from(buf, pos)
    pos += 5
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreateTopicsRequest(topics=v_topics, timeout_ms=v_timeout_ms, validate_only=v_validate_only, unknown_tags=unknown), pos


def _write_CreateTopicsRequest_v5(o: CreateTopicsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_CreatableTopic_v5(item, out, chunks)
    out += _S0.pack(o.timeout_ms, o.validate_only)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_CreatableTopic_v5(buf: memoryview, pos: int) -> tuple[CreatableTopic, int]:
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
    v_num_partitions, v_replication_factor = _S1.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Assignments was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_assignments = []
        for _ in range(n):
            item, pos = _read_CreatableReplicaAssignment_v5(buf, pos)
            v_assignments.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Configs was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_configs = []
        for _ in range(n):
            item, pos = _read_CreatableTopicConfig_v5(buf, pos)
            v_configs.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreatableTopic(name=v_name, num_partitions=v_num_partitions, replication_factor=v_replication_factor, assignments=v_assignments, configs=v_configs, unknown_tags=unknown), pos


def _write_CreatableTopic_v5(o: CreatableTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.num_partitions, o.replication_factor)
    items = o.assignments
    if items is None:
        raise ValueError('non-nullable field Assignments is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_CreatableReplicaAssignment_v5(item, out, chunks)
    items = o.configs
    if items is None:
        raise ValueError('non-nullable field Configs is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_CreatableTopicConfig_v5(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_CreatableReplicaAssignment_v5(buf: memoryview, pos: int) -> tuple[CreatableReplicaAssignment, int]:
    v_partition_index, = _S2.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field BrokerIds was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_broker_ids = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreatableReplicaAssignment(partition_index=v_partition_index, broker_ids=v_broker_ids, unknown_tags=unknown), pos


def _write_CreatableReplicaAssignment_v5(o: CreatableReplicaAssignment, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index)
    items = o.broker_ids
    if items is None:
        raise ValueError('non-nullable field BrokerIds is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += struct.pack('>%di' % len(items), *items)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_CreatableTopicConfig_v5(buf: memoryview, pos: int) -> tuple[CreatableTopicConfig, int]:
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
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_value = None
    else:
        end = check_length(buf, pos, n)
        v_value = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreatableTopicConfig(name=v_name, value=v_value, unknown_tags=unknown), pos


def _write_CreatableTopicConfig_v5(o: CreatableTopicConfig, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.value
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


def _read_CreateTopicsRequest_v6(buf: memoryview, pos: int) -> tuple[CreateTopicsRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_CreatableTopic_v6(buf, pos)
            v_topics.append(item)
    v_timeout_ms, v_validate_only = _S0.unpack_from(buf, pos)
    pos += 5
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreateTopicsRequest(topics=v_topics, timeout_ms=v_timeout_ms, validate_only=v_validate_only, unknown_tags=unknown), pos


def _write_CreateTopicsRequest_v6(o: CreateTopicsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_CreatableTopic_v6(item, out, chunks)
    out += _S0.pack(o.timeout_ms, o.validate_only)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_CreatableTopic_v6(buf: memoryview, pos: int) -> tuple[CreatableTopic, int]:
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
    v_num_partitions, v_replication_factor = _S1.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Assignments was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_assignments = []
        for _ in range(n):
            item, pos = _read_CreatableReplicaAssignment_v6(buf, pos)
            v_assignments.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Configs was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_configs = []
        for _ in range(n):
            item, pos = _read_CreatableTopicConfig_v6(buf, pos)
            v_configs.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreatableTopic(name=v_name, num_partitions=v_num_partitions, replication_factor=v_replication_factor, assignments=v_assignments, configs=v_configs, unknown_tags=unknown), pos


def _write_CreatableTopic_v6(o: CreatableTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.num_partitions, o.replication_factor)
    items = o.assignments
    if items is None:
        raise ValueError('non-nullable field Assignments is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_CreatableReplicaAssignment_v6(item, out, chunks)
    items = o.configs
    if items is None:
        raise ValueError('non-nullable field Configs is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_CreatableTopicConfig_v6(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_CreatableReplicaAssignment_v6(buf: memoryview, pos: int) -> tuple[CreatableReplicaAssignment, int]:
    v_partition_index, = _S2.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field BrokerIds was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_broker_ids = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreatableReplicaAssignment(partition_index=v_partition_index, broker_ids=v_broker_ids, unknown_tags=unknown), pos


def _write_CreatableReplicaAssignment_v6(o: CreatableReplicaAssignment, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index)
    items = o.broker_ids
    if items is None:
        raise ValueError('non-nullable field BrokerIds is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += struct.pack('>%di' % len(items), *items)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_CreatableTopicConfig_v6(buf: memoryview, pos: int) -> tuple[CreatableTopicConfig, int]:
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
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_value = None
    else:
        end = check_length(buf, pos, n)
        v_value = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreatableTopicConfig(name=v_name, value=v_value, unknown_tags=unknown), pos


def _write_CreatableTopicConfig_v6(o: CreatableTopicConfig, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.value
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


def _read_CreateTopicsRequest_v7(buf: memoryview, pos: int) -> tuple[CreateTopicsRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_CreatableTopic_v7(buf, pos)
            v_topics.append(item)
    v_timeout_ms, v_validate_only = _S0.unpack_from(buf, pos)
    pos += 5
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreateTopicsRequest(topics=v_topics, timeout_ms=v_timeout_ms, validate_only=v_validate_only, unknown_tags=unknown), pos


def _write_CreateTopicsRequest_v7(o: CreateTopicsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_CreatableTopic_v7(item, out, chunks)
    out += _S0.pack(o.timeout_ms, o.validate_only)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_CreatableTopic_v7(buf: memoryview, pos: int) -> tuple[CreatableTopic, int]:
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
    v_num_partitions, v_replication_factor = _S1.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Assignments was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_assignments = []
        for _ in range(n):
            item, pos = _read_CreatableReplicaAssignment_v7(buf, pos)
            v_assignments.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Configs was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_configs = []
        for _ in range(n):
            item, pos = _read_CreatableTopicConfig_v7(buf, pos)
            v_configs.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreatableTopic(name=v_name, num_partitions=v_num_partitions, replication_factor=v_replication_factor, assignments=v_assignments, configs=v_configs, unknown_tags=unknown), pos


def _write_CreatableTopic_v7(o: CreatableTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.num_partitions, o.replication_factor)
    items = o.assignments
    if items is None:
        raise ValueError('non-nullable field Assignments is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_CreatableReplicaAssignment_v7(item, out, chunks)
    items = o.configs
    if items is None:
        raise ValueError('non-nullable field Configs is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_CreatableTopicConfig_v7(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_CreatableReplicaAssignment_v7(buf: memoryview, pos: int) -> tuple[CreatableReplicaAssignment, int]:
    v_partition_index, = _S2.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field BrokerIds was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_broker_ids = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreatableReplicaAssignment(partition_index=v_partition_index, broker_ids=v_broker_ids, unknown_tags=unknown), pos


def _write_CreatableReplicaAssignment_v7(o: CreatableReplicaAssignment, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index)
    items = o.broker_ids
    if items is None:
        raise ValueError('non-nullable field BrokerIds is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += struct.pack('>%di' % len(items), *items)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_CreatableTopicConfig_v7(buf: memoryview, pos: int) -> tuple[CreatableTopicConfig, int]:
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
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_value = None
    else:
        end = check_length(buf, pos, n)
        v_value = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreatableTopicConfig(name=v_name, value=v_value, unknown_tags=unknown), pos


def _write_CreatableTopicConfig_v7(o: CreatableTopicConfig, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.value
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


_READERS = {2: _read_CreateTopicsRequest_v2, 3: _read_CreateTopicsRequest_v3, 4: _read_CreateTopicsRequest_v4, 5: _read_CreateTopicsRequest_v5, 6: _read_CreateTopicsRequest_v6, 7: _read_CreateTopicsRequest_v7}
_WRITERS = {2: _write_CreateTopicsRequest_v2, 3: _write_CreateTopicsRequest_v3, 4: _write_CreateTopicsRequest_v4, 5: _write_CreateTopicsRequest_v5, 6: _write_CreateTopicsRequest_v6, 7: _write_CreateTopicsRequest_v7}
MIN_VERSION = 2
MAX_VERSION = 7
FLEXIBLE_MIN = 5


def read(buf: memoryview, pos: int, version: int) -> tuple[CreateTopicsRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('CreateTopicsRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode CreateTopicsRequest v%d: %s' % (version, exc)) from None


def write(obj: CreateTopicsRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('CreateTopicsRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
