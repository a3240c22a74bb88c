"""Records of the ``__consumer_offsets`` topic, in Kafka's own layout (sans-I/O).

Keys and values follow the group coordinator's schemas in Kafka
(``group-coordinator/src/main/resources/common/message``), so a tool that knows Kafka's
layout can read streamd's topic:

* ``OffsetCommitKey`` (key version 1): group, topic, partition;
  ``OffsetCommitValue`` version 3: offset, leader epoch, metadata, commit timestamp.
* ``GroupMetadataKey`` (key version 2): group;
  ``GroupMetadataValue`` version 3: protocol type, generation, protocol, leader,
  current-state timestamp and the members (id, instance id, client id and host, timeouts,
  subscription and assignment).

A null value is a tombstone: the offset or the group is gone, and compaction drops it later.
Every integer is big-endian; strings are int16-length-prefixed UTF-8 (-1 for null) and byte
arrays int32-length-prefixed, as in the classic (non-flexible) Kafka encoding.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from streamd.protocol.primitives import DecodeError, read_uvarint

__all__ = [
    "GroupMetadataValue",
    "GroupRecordError",
    "RecordReader",
    "MemberMetadata",
    "OffsetValue",
    "decode_key",
    "decode_group_value",
    "decode_offset_value",
    "group_key",
    "encode_group_value",
    "encode_offset_value",
    "offset_key",
    "write_string",
]

_I16 = struct.Struct(">h")
_I32 = struct.Struct(">i")
_I64 = struct.Struct(">q")
_OFFSET_VALUE = struct.Struct(">hqi")  # version, offset, leader epoch

OFFSET_KEY_VERSION = 1
GROUP_KEY_VERSION = 2
OFFSET_VALUE_VERSION = 3
GROUP_VALUE_VERSION = 3


class GroupRecordError(ValueError):
    """A record of the offsets topic that this layout cannot read."""


@dataclass(frozen=True, slots=True)
class OffsetValue:
    offset: int
    leader_epoch: int
    metadata: str
    commit_timestamp: int


@dataclass(frozen=True, slots=True)
class MemberMetadata:
    member_id: str
    group_instance_id: str | None
    client_id: str
    client_host: str
    rebalance_timeout_ms: int
    session_timeout_ms: int
    subscription: bytes
    assignment: bytes


@dataclass(frozen=True, slots=True)
class GroupMetadataValue:
    protocol_type: str
    generation: int
    protocol: str | None
    leader: str | None
    current_state_timestamp: int
    members: list[MemberMetadata] = field(default_factory=list)


# -- writing ------------------------------------------------------------------------------------
def write_string(out: bytearray, value: str | None) -> None:
    if value is None:
        out += _I16.pack(-1)
        return
    raw = value.encode("utf-8")
    out += _I16.pack(len(raw))
    out += raw


def _bytes(out: bytearray, value: bytes) -> None:
    out += _I32.pack(len(value))
    out += value


def offset_key(group_id: str, topic: str, partition: int) -> bytes:
    out = bytearray(_I16.pack(OFFSET_KEY_VERSION))
    write_string(out, group_id)
    write_string(out, topic)
    out += _I32.pack(partition)
    return bytes(out)


def group_key(group_id: str) -> bytes:
    out = bytearray(_I16.pack(GROUP_KEY_VERSION))
    write_string(out, group_id)
    return bytes(out)


def encode_offset_value(value: OffsetValue) -> bytes:
    out = bytearray(_OFFSET_VALUE.pack(OFFSET_VALUE_VERSION, value.offset, value.leader_epoch))
    write_string(out, value.metadata)
    out += _I64.pack(value.commit_timestamp)
    return bytes(out)


def encode_group_value(value: GroupMetadataValue) -> bytes:
    out = bytearray(_I16.pack(GROUP_VALUE_VERSION))
    write_string(out, value.protocol_type)
    out += _I32.pack(value.generation)
    write_string(out, value.protocol)
    write_string(out, value.leader)
    out += _I64.pack(value.current_state_timestamp)
    out += _I32.pack(len(value.members))
    for member in value.members:
        write_string(out, member.member_id)
        write_string(out, member.group_instance_id)
        write_string(out, member.client_id)
        write_string(out, member.client_host)
        out += _I32.pack(member.rebalance_timeout_ms)
        out += _I32.pack(member.session_timeout_ms)
        _bytes(out, member.subscription)
        _bytes(out, member.assignment)
    return bytes(out)


# -- reading ------------------------------------------------------------------------------------
class RecordReader:
    __slots__ = ("data", "pos")

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def _take(self, size: int) -> bytes:
        end = self.pos + size
        if size < 0 or end > len(self.data):
            raise GroupRecordError("truncated offsets-topic record")
        chunk = self.data[self.pos : end]
        self.pos = end
        return chunk

    def int8(self) -> int:
        return int.from_bytes(self._take(1), "big", signed=True)

    def int16(self) -> int:
        return int(_I16.unpack(self._take(2))[0])

    def int32(self) -> int:
        return int(_I32.unpack(self._take(4))[0])

    def int64(self) -> int:
        return int(_I64.unpack(self._take(8))[0])

    def string(self) -> str | None:
        size = self.int16()
        if size == -1:
            return None
        try:
            return self._take(size).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise GroupRecordError(f"bad string in offsets-topic record: {exc}") from None

    def required_string(self) -> str:
        value = self.string()
        if value is None:
            raise GroupRecordError("null where the schema requires a string")
        return value

    def bytes_(self) -> bytes:
        return self._take(self.int32())

    # Flexible (KIP-482) record versions: unsigned-varint lengths and tagged-field sections.
    def uvarint(self) -> int:
        try:
            value, self.pos = read_uvarint(self.data, self.pos)
        except (IndexError, DecodeError) as exc:
            raise GroupRecordError(f"bad varint in internal-topic record: {exc}") from None
        return value

    def compact_string(self) -> str:
        size = self.uvarint() - 1
        if size < 0:
            raise GroupRecordError("null where the schema requires a string")
        try:
            return self._take(size).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise GroupRecordError(f"bad string in internal-topic record: {exc}") from None

    def tags(self) -> dict[int, bytes]:
        """A tagged-field section: tag -> raw bytes."""
        found: dict[int, bytes] = {}
        for _ in range(self.uvarint()):
            tag = self.uvarint()
            found[tag] = self._take(self.uvarint())
        return found


def decode_key(key: bytes) -> tuple[str, str | None, int]:
    """``(group, topic, partition)`` for an offset key, ``(group, None, -1)`` for a group key."""
    reader = RecordReader(key)
    version = reader.int16()
    group = reader.required_string()
    if version in (0, 1):
        return group, reader.required_string(), reader.int32()
    if version == GROUP_KEY_VERSION:
        return group, None, -1
    raise GroupRecordError(f"unknown offsets-topic key version {version}")


def decode_offset_value(value: bytes) -> OffsetValue:
    reader = RecordReader(value)
    version = reader.int16()
    if version not in (1, 3):
        raise GroupRecordError(f"unknown offset value version {version}")
    offset = reader.int64()
    leader_epoch = reader.int32() if version >= 3 else -1
    metadata = reader.string() or ""
    commit_timestamp = reader.int64()
    return OffsetValue(offset, leader_epoch, metadata, commit_timestamp)


def decode_group_value(value: bytes) -> GroupMetadataValue:
    reader = RecordReader(value)
    version = reader.int16()
    if version != GROUP_VALUE_VERSION:
        raise GroupRecordError(f"unknown group metadata value version {version}")
    protocol_type = reader.required_string()
    generation = reader.int32()
    protocol = reader.string()
    leader = reader.string()
    timestamp = reader.int64()
    count = reader.int32()
    if count < 0:
        raise GroupRecordError("negative member count")
    members = [
        MemberMetadata(
            member_id=reader.required_string(),
            group_instance_id=reader.string(),
            client_id=reader.required_string(),
            client_host=reader.required_string(),
            rebalance_timeout_ms=reader.int32(),
            session_timeout_ms=reader.int32(),
            subscription=reader.bytes_(),
            assignment=reader.bytes_(),
        )
        for _ in range(count)
    ]
    return GroupMetadataValue(protocol_type, generation, protocol, leader, timestamp, members)
