# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ConsumerGroupDescribeResponse (response, api key 69): versions 0-1, flexible 0+."""

from __future__ import annotations

import struct
import uuid
from dataclasses import dataclass, field
from typing import Any

from streamd.protocol.primitives import (
    INT32_ARRAYS as _INT32_ARRAYS,
    FACTORY,
    UUIDS,
    ZERO_UUID,
    DecodeError,
    EncodeError,
    UnsupportedVersionError,
    as_bytes,
    read_unknown_tags,
    read_uuid,
    read_uvarint,
    write_tags,
    write_uvarint,
)

__all__ = [
    "ConsumerGroupDescribeResponse",
    "DescribedGroup",
    "Assignment",
    "Member",
    "TopicPartitions",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 1
FLEXIBLE_MIN = 0  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>ii')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>b')
_S1u = _S1.unpack_from
_S1p = _S1.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class ConsumerGroupDescribeResponse:
    """ConsumerGroupDescribeResponse, all versions (0-1; flexible 0+)."""

    #: versions 0+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 0+. Each described group.
    groups: list[DescribedGroup] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        groups: list[DescribedGroup] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.groups = [] if groups is FACTORY else groups
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'groups={self.groups!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.groups, self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.groups, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribedGroup:
    """DescribedGroup (ConsumerGroupDescribeResponse)."""

    #: versions 0+. The describe error, or 0 if there was no error.
    error_code: int = 0
    #: versions 0+; nullable 0+. The top-level error message, or null if there was no error.
    error_message: str | None = None
    #: versions 0+. The group ID string.
    group_id: str = ''
    #: versions 0+. The group state string, or the empty string.
    group_state: str = ''
    #: versions 0+. The group epoch.
    group_epoch: int = 0
    #: versions 0+. The assignment epoch.
    assignment_epoch: int = 0
    #: versions 0+. The selected assignor.
    assignor_name: str = ''
    #: versions 0+. The members.
    members: list[Member] = field(default_factory=list)
    #: versions 0+. 32-bit bitfield to represent authorized operations for this group.
    authorized_operations: int = -2147483648
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        error_code: int = 0,
        error_message: str | None = None,
        group_id: str = '',
        group_state: str = '',
        group_epoch: int = 0,
        assignment_epoch: int = 0,
        assignor_name: str = '',
        members: list[Member] = FACTORY,
        authorized_operations: int = -2147483648,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.error_code = error_code
        self.error_message = error_message
        self.group_id = group_id
        self.group_state = group_state
        self.group_epoch = group_epoch
        self.assignment_epoch = assignment_epoch
        self.assignor_name = assignor_name
        self.members = [] if members is FACTORY else members
        self.authorized_operations = authorized_operations
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(error_code={self.error_code!r}, '
                f'error_message={self.error_message!r}, group_id={self.group_id!r}, '
                f'group_state={self.group_state!r}, group_epoch={self.group_epoch!r}, '
                f'assignment_epoch={self.assignment_epoch!r}, assignor_name={self.assignor_name!r}, '
                f'members={self.members!r}, authorized_operations={self.authorized_operations!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.error_code, self.error_message, self.group_id, self.group_state, self.group_epoch,
                self.assignment_epoch, self.assignor_name, self.members, self.authorized_operations,
                self.unknown_tags,
            ) == (
                other.error_code, other.error_message, other.group_id, other.group_state, other.group_epoch,
                other.assignment_epoch, other.assignor_name, other.members, other.authorized_operations,
                other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class Assignment:
    """Assignment (ConsumerGroupDescribeResponse)."""

    #: versions 0+. The assigned topic-partitions to the member.
    topic_partitions: list[TopicPartitions] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        topic_partitions: list[TopicPartitions] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.topic_partitions = [] if topic_partitions is FACTORY else topic_partitions
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(topic_partitions={self.topic_partitions!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.topic_partitions, self.unknown_tags,
            ) == (
                other.topic_partitions, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class Member:
    """Member (ConsumerGroupDescribeResponse)."""

    #: versions 0+. The member ID.
    member_id: str = ''
    #: versions 0+; nullable 0+. The member instance ID.
    instance_id: str | None = None
    #: versions 0+; nullable 0+. The member rack ID.
    rack_id: str | None = None
    #: versions 0+. The current member epoch.
    member_epoch: int = 0
    #: versions 0+. The client ID.
    client_id: str = ''
    #: versions 0+. The client host.
    client_host: str = ''
    #: versions 0+. The subscribed topic names.
    subscribed_topic_names: list[str] = field(default_factory=list)
    #: versions 0+; nullable 0+. the subscribed topic regex otherwise or null of not provided.
    subscribed_topic_regex: str | None = None
    #: versions 0+. The current assignment.
    assignment: Assignment = field(default_factory=Assignment)
    #: versions 0+. The target assignment.
    target_assignment: Assignment = field(default_factory=Assignment)
    #: versions 1+. -1 for unknown. 0 for classic member. +1 for consumer member.
    member_type: int = -1
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        member_id: str = '',
        instance_id: str | None = None,
        rack_id: str | None = None,
        member_epoch: int = 0,
        client_id: str = '',
        client_host: str = '',
        subscribed_topic_names: list[str] = FACTORY,
        subscribed_topic_regex: str | None = None,
        assignment: Assignment = FACTORY,
        target_assignment: Assignment = FACTORY,
        member_type: int = -1,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.member_id = member_id
        self.instance_id = instance_id
        self.rack_id = rack_id
        self.member_epoch = member_epoch
        self.client_id = client_id
        self.client_host = client_host
        self.subscribed_topic_names = [] if subscribed_topic_names is FACTORY else subscribed_topic_names
        self.subscribed_topic_regex = subscribed_topic_regex
        self.assignment = Assignment() if assignment is FACTORY else assignment
        self.target_assignment = Assignment() if target_assignment is FACTORY else target_assignment
        self.member_type = member_type
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(member_id={self.member_id!r}, '
                f'instance_id={self.instance_id!r}, rack_id={self.rack_id!r}, '
                f'member_epoch={self.member_epoch!r}, client_id={self.client_id!r}, '
                f'client_host={self.client_host!r}, '
                f'subscribed_topic_names={self.subscribed_topic_names!r}, '
                f'subscribed_topic_regex={self.subscribed_topic_regex!r}, '
                f'assignment={self.assignment!r}, target_assignment={self.target_assignment!r}, '
                f'member_type={self.member_type!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.member_id, self.instance_id, self.rack_id, self.member_epoch, self.client_id,
                self.client_host, self.subscribed_topic_names, self.subscribed_topic_regex, self.assignment,
                self.target_assignment, self.member_type, self.unknown_tags,
            ) == (
                other.member_id, other.instance_id, other.rack_id, other.member_epoch, other.client_id,
                other.client_host, other.subscribed_topic_names, other.subscribed_topic_regex,
                other.assignment, other.target_assignment, other.member_type, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class TopicPartitions:
    """TopicPartitions (ConsumerGroupDescribeResponse)."""

    #: versions 0+. The topic ID.
    topic_id: uuid.UUID = ZERO_UUID
    #: versions 0+. The topic name.
    topic_name: str = ''
    #: versions 0+. The partitions.
    partitions: list[int] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        topic_id: uuid.UUID = ZERO_UUID,
        topic_name: str = '',
        partitions: list[int] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.topic_id = topic_id
        self.topic_name = topic_name
        self.partitions = [] if partitions is FACTORY else partitions
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(topic_id={self.topic_id!r}, '
                f'topic_name={self.topic_name!r}, partitions={self.partitions!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.topic_id, self.topic_name, self.partitions, self.unknown_tags,
            ) == (
                other.topic_id, other.topic_name, other.partitions, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Groups is null')
    elif c0 > blen - pos:
        raise DecodeError('Groups count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_error_message = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ErrorMessage runs past the end of the buffer')
                v1_error_message = data[pos:e1].decode()
                pos = e1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('GroupId is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupId runs past the end of the buffer')
                v1_group_id = data[pos:e1].decode()
                pos = e1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('GroupState is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupState runs past the end of the buffer')
                v1_group_state = data[pos:e1].decode()
                pos = e1
            v1_group_epoch, v1_assignment_epoch = _S0u(data, pos)
            pos += 8
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('AssignorName is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('AssignorName runs past the end of the buffer')
                v1_assignor_name = data[pos:e1].decode()
                pos = e1
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('Members is null')
            elif c1 > blen - pos:
                raise DecodeError('Members count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('MemberId is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('MemberId runs past the end of the buffer')
                        v2_member_id = data[pos:e2].decode()
                        pos = e2
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_instance_id = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('InstanceId runs past the end of the buffer')
                        v2_instance_id = data[pos:e2].decode()
                        pos = e2
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_rack_id = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('RackId runs past the end of the buffer')
                        v2_rack_id = data[pos:e2].decode()
                        pos = e2
                    (v2_member_epoch,) = _I32u(data, pos)
                    pos += 4
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('ClientId is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ClientId runs past the end of the buffer')
                        v2_client_id = data[pos:e2].decode()
                        pos = e2
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('ClientHost is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ClientHost runs past the end of the buffer')
                        v2_client_host = data[pos:e2].decode()
                        pos = e2
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('SubscribedTopicNames is null')
                    elif c2 > blen - pos:
                        raise DecodeError('SubscribedTopicNames count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            n2 = data[pos]
                            if n2 < 128:
                                pos += 1
                            else:
                                n2, pos = read_uvarint(data, pos)
                            n2 -= 1
                            if n2 < 0:
                                raise DecodeError('SubscribedTopicNames is null')
                            else:
                                e2 = pos + n2
                                if e2 > blen:
                                    raise DecodeError('SubscribedTopicNames runs past the end of the buffer')
                                x2 = data[pos:e2].decode()
                                pos = e2
                            a2.append(x2)
                        v2_subscribed_topic_names = a2
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_subscribed_topic_regex = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('SubscribedTopicRegex runs past the end of the buffer')
                        v2_subscribed_topic_regex = data[pos:e2].decode()
                        pos = e2
                    c3 = data[pos]
                    if c3 < 128:
                        pos += 1
                    else:
                        c3, pos = read_uvarint(data, pos)
                    c3 -= 1
                    if c3 < 0:
                        raise DecodeError('TopicPartitions is null')
                    elif c3 > blen - pos:
                        raise DecodeError('TopicPartitions count exceeds the remaining bytes')
                    else:
                        a3 = []
                        for _ in range(c3):
                            r4 = data[pos:pos + 16]
                            v4_topic_id = UUIDS.get(r4) or read_uuid(r4)
                            pos += 16
                            n4 = data[pos]
                            if n4 < 128:
                                pos += 1
                            else:
                                n4, pos = read_uvarint(data, pos)
                            n4 -= 1
                            if n4 < 0:
                                raise DecodeError('TopicName is null')
                            else:
                                e4 = pos + n4
                                if e4 > blen:
                                    raise DecodeError('TopicName runs past the end of the buffer')
                                v4_topic_name = data[pos:e4].decode()
                                pos = e4
                            c4 = data[pos]
                            if c4 < 128:
                                pos += 1
                            else:
                                c4, pos = read_uvarint(data, pos)
                            c4 -= 1
                            if c4 < 0:
                                raise DecodeError('Partitions is null')
                            elif c4 > blen - pos:
                                raise DecodeError('Partitions count exceeds the remaining bytes')
                            else:
                                v4_partitions = [*_INT32_ARRAYS[c4].unpack_from(data, pos)]
                                pos += 4 * c4
                            if data[pos]:
                                u4, pos = read_unknown_tags(data, pos)
                            else:
                                u4 = None
                                pos += 1
                            a3.append(TopicPartitions(v4_topic_id, v4_topic_name, v4_partitions, u4))
                        v3_topic_partitions = a3
                    if data[pos]:
                        u3, pos = read_unknown_tags(data, pos)
                    else:
                        u3 = None
                        pos += 1
                    v2_assignment = Assignment(v3_topic_partitions, u3)
                    c3 = data[pos]
                    if c3 < 128:
                        pos += 1
                    else:
                        c3, pos = read_uvarint(data, pos)
                    c3 -= 1
                    if c3 < 0:
                        raise DecodeError('TopicPartitions is null')
                    elif c3 > blen - pos:
                        raise DecodeError('TopicPartitions count exceeds the remaining bytes')
                    else:
                        a3 = []
                        for _ in range(c3):
                            r4 = data[pos:pos + 16]
                            v4_topic_id = UUIDS.get(r4) or read_uuid(r4)
                            pos += 16
                            n4 = data[pos]
                            if n4 < 128:
                                pos += 1
                            else:
                                n4, pos = read_uvarint(data, pos)
                            n4 -= 1
                            if n4 < 0:
                                raise DecodeError('TopicName is null')
                            else:
                                e4 = pos + n4
                                if e4 > blen:
                                    raise DecodeError('TopicName runs past the end of the buffer')
                                v4_topic_name = data[pos:e4].decode()
                                pos = e4
                            c4 = data[pos]
                            if c4 < 128:
                                pos += 1
                            else:
                                c4, pos = read_uvarint(data, pos)
                            c4 -= 1
                            if c4 < 0:
                                raise DecodeError('Partitions is null')
                            elif c4 > blen - pos:
                                raise DecodeError('Partitions count exceeds the remaining bytes')
                            else:
                                v4_partitions = [*_INT32_ARRAYS[c4].unpack_from(data, pos)]
                                pos += 4 * c4
                            if data[pos]:
                                u4, pos = read_unknown_tags(data, pos)
                            else:
                                u4 = None
                                pos += 1
                            a3.append(TopicPartitions(v4_topic_id, v4_topic_name, v4_partitions, u4))
                        v3_topic_partitions = a3
                    if data[pos]:
                        u3, pos = read_unknown_tags(data, pos)
                    else:
                        u3 = None
                        pos += 1
                    v2_target_assignment = Assignment(v3_topic_partitions, u3)
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(Member(
                        v2_member_id, v2_instance_id, v2_rack_id, v2_member_epoch, v2_client_id,
                        v2_client_host, v2_subscribed_topic_names, v2_subscribed_topic_regex, v2_assignment,
                        v2_target_assignment, -1, u2
                    ))
                v1_members = a1
            (v1_authorized_operations,) = _I32u(data, pos)
            pos += 4
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(DescribedGroup(
                v1_error_code, v1_error_message, v1_group_id, v1_group_state, v1_group_epoch,
                v1_assignment_epoch, v1_assignor_name, v1_members, v1_authorized_operations, u1
            ))
        v0_groups = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ConsumerGroupDescribeResponse(v0_throttle_time_ms, v0_groups, u0), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.groups
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.error_message
        if s1 is None:
            out += b'\x00'
        else:
            r1 = s1.encode()
            n1 = len(r1) + 1
            if n1 < 128:
                out.append(n1)
            else:
                write_uvarint(out, n1)
            out += r1
        s1 = o1.group_id
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        s1 = o1.group_state
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _S0p(o1.group_epoch, o1.assignment_epoch)
        s1 = o1.assignor_name
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        a1 = o1.members
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            s2 = o2.member_id
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            s2 = o2.instance_id
            if s2 is None:
                out += b'\x00'
            else:
                r2 = s2.encode()
                n2 = len(r2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                out += r2
            s2 = o2.rack_id
            if s2 is None:
                out += b'\x00'
            else:
                r2 = s2.encode()
                n2 = len(r2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                out += r2
            out += _I32p(o2.member_epoch)
            s2 = o2.client_id
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            s2 = o2.client_host
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            a2 = o2.subscribed_topic_names
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            for x2 in a2:
                s2 = x2
                r2 = s2.encode()
                n2 = len(r2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                out += r2
            s2 = o2.subscribed_topic_regex
            if s2 is None:
                out += b'\x00'
            else:
                r2 = s2.encode()
                n2 = len(r2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                out += r2
            o3 = o2.assignment
            a3 = o3.topic_partitions
            n3 = len(a3) + 1
            if n3 < 128:
                out.append(n3)
            else:
                write_uvarint(out, n3)
            for o4 in a3:
                out += o4.topic_id.bytes
                s4 = o4.topic_name
                r4 = s4.encode()
                n4 = len(r4) + 1
                if n4 < 128:
                    out.append(n4)
                else:
                    write_uvarint(out, n4)
                out += r4
                a4 = o4.partitions
                n4 = len(a4) + 1
                if n4 < 128:
                    out.append(n4)
                else:
                    write_uvarint(out, n4)
                out += _INT32_ARRAYS[len(a4)].pack(*a4)
                if o4.unknown_tags:
                    write_tags(out, [], o4.unknown_tags)
                else:
                    out.append(0)
            if o3.unknown_tags:
                write_tags(out, [], o3.unknown_tags)
            else:
                out.append(0)
            o3 = o2.target_assignment
            a3 = o3.topic_partitions
            n3 = len(a3) + 1
            if n3 < 128:
                out.append(n3)
            else:
                write_uvarint(out, n3)
            for o4 in a3:
                out += o4.topic_id.bytes
                s4 = o4.topic_name
                r4 = s4.encode()
                n4 = len(r4) + 1
                if n4 < 128:
                    out.append(n4)
                else:
                    write_uvarint(out, n4)
                out += r4
                a4 = o4.partitions
                n4 = len(a4) + 1
                if n4 < 128:
                    out.append(n4)
                else:
                    write_uvarint(out, n4)
                out += _INT32_ARRAYS[len(a4)].pack(*a4)
                if o4.unknown_tags:
                    write_tags(out, [], o4.unknown_tags)
                else:
                    out.append(0)
            if o3.unknown_tags:
                write_tags(out, [], o3.unknown_tags)
            else:
                out.append(0)
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        out += _I32p(o1.authorized_operations)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Groups is null')
    elif c0 > blen - pos:
        raise DecodeError('Groups count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_error_message = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ErrorMessage runs past the end of the buffer')
                v1_error_message = data[pos:e1].decode()
                pos = e1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('GroupId is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupId runs past the end of the buffer')
                v1_group_id = data[pos:e1].decode()
                pos = e1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('GroupState is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupState runs past the end of the buffer')
                v1_group_state = data[pos:e1].decode()
                pos = e1
            v1_group_epoch, v1_assignment_epoch = _S0u(data, pos)
            pos += 8
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('AssignorName is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('AssignorName runs past the end of the buffer')
                v1_assignor_name = data[pos:e1].decode()
                pos = e1
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('Members is null')
            elif c1 > blen - pos:
                raise DecodeError('Members count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('MemberId is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('MemberId runs past the end of the buffer')
                        v2_member_id = data[pos:e2].decode()
                        pos = e2
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_instance_id = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('InstanceId runs past the end of the buffer')
                        v2_instance_id = data[pos:e2].decode()
                        pos = e2
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_rack_id = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('RackId runs past the end of the buffer')
                        v2_rack_id = data[pos:e2].decode()
                        pos = e2
                    (v2_member_epoch,) = _I32u(data, pos)
                    pos += 4
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('ClientId is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ClientId runs past the end of the buffer')
                        v2_client_id = data[pos:e2].decode()
                        pos = e2
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('ClientHost is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ClientHost runs past the end of the buffer')
                        v2_client_host = data[pos:e2].decode()
                        pos = e2
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('SubscribedTopicNames is null')
                    elif c2 > blen - pos:
                        raise DecodeError('SubscribedTopicNames count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            n2 = data[pos]
                            if n2 < 128:
                                pos += 1
                            else:
                                n2, pos = read_uvarint(data, pos)
                            n2 -= 1
                            if n2 < 0:
                                raise DecodeError('SubscribedTopicNames is null')
                            else:
                                e2 = pos + n2
                                if e2 > blen:
                                    raise DecodeError('SubscribedTopicNames runs past the end of the buffer')
                                x2 = data[pos:e2].decode()
                                pos = e2
                            a2.append(x2)
                        v2_subscribed_topic_names = a2
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_subscribed_topic_regex = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('SubscribedTopicRegex runs past the end of the buffer')
                        v2_subscribed_topic_regex = data[pos:e2].decode()
                        pos = e2
                    c3 = data[pos]
                    if c3 < 128:
                        pos += 1
                    else:
                        c3, pos = read_uvarint(data, pos)
                    c3 -= 1
                    if c3 < 0:
                        raise DecodeError('TopicPartitions is null')
                    elif c3 > blen - pos:
                        raise DecodeError('TopicPartitions count exceeds the remaining bytes')
                    else:
                        a3 = []
                        for _ in range(c3):
                            r4 = data[pos:pos + 16]
                            v4_topic_id = UUIDS.get(r4) or read_uuid(r4)
                            pos += 16
                            n4 = data[pos]
                            if n4 < 128:
                                pos += 1
                            else:
                                n4, pos = read_uvarint(data, pos)
                            n4 -= 1
                            if n4 < 0:
                                raise DecodeError('TopicName is null')
                            else:
                                e4 = pos + n4
                                if e4 > blen:
                                    raise DecodeError('TopicName runs past the end of the buffer')
                                v4_topic_name = data[pos:e4].decode()
                                pos = e4
                            c4 = data[pos]
                            if c4 < 128:
                                pos += 1
                            else:
                                c4, pos = read_uvarint(data, pos)
                            c4 -= 1
                            if c4 < 0:
                                raise DecodeError('Partitions is null')
                            elif c4 > blen - pos:
                                raise DecodeError('Partitions count exceeds the remaining bytes')
                            else:
                                v4_partitions = [*_INT32_ARRAYS[c4].unpack_from(data, pos)]
                                pos += 4 * c4
                            if data[pos]:
                                u4, pos = read_unknown_tags(data, pos)
                            else:
                                u4 = None
                                pos += 1
                            a3.append(TopicPartitions(v4_topic_id, v4_topic_name, v4_partitions, u4))
                        v3_topic_partitions = a3
                    if data[pos]:
                        u3, pos = read_unknown_tags(data, pos)
                    else:
                        u3 = None
                        pos += 1
                    v2_assignment = Assignment(v3_topic_partitions, u3)
                    c3 = data[pos]
                    if c3 < 128:
                        pos += 1
                    else:
                        c3, pos = read_uvarint(data, pos)
                    c3 -= 1
                    if c3 < 0:
                        raise DecodeError('TopicPartitions is null')
                    elif c3 > blen - pos:
                        raise DecodeError('TopicPartitions count exceeds the remaining bytes')
                    else:
                        a3 = []
                        for _ in range(c3):
                            r4 = data[pos:pos + 16]
                            v4_topic_id = UUIDS.get(r4) or read_uuid(r4)
                            pos += 16
                            n4 = data[pos]
                            if n4 < 128:
                                pos += 1
                            else:
                                n4, pos = read_uvarint(data, pos)
                            n4 -= 1
                            if n4 < 0:
                                raise DecodeError('TopicName is null')
                            else:
                                e4 = pos + n4
                                if e4 > blen:
                                    raise DecodeError('TopicName runs past the end of the buffer')
                                v4_topic_name = data[pos:e4].decode()
                                pos = e4
                            c4 = data[pos]
                            if c4 < 128:
                                pos += 1
                            else:
                                c4, pos = read_uvarint(data, pos)
                            c4 -= 1
                            if c4 < 0:
                                raise DecodeError('Partitions is null')
                            elif c4 > blen - pos:
                                raise DecodeError('Partitions count exceeds the remaining bytes')
                            else:
                                v4_partitions = [*_INT32_ARRAYS[c4].unpack_from(data, pos)]
                                pos += 4 * c4
                            if data[pos]:
                                u4, pos = read_unknown_tags(data, pos)
                            else:
                                u4 = None
                                pos += 1
                            a3.append(TopicPartitions(v4_topic_id, v4_topic_name, v4_partitions, u4))
                        v3_topic_partitions = a3
                    if data[pos]:
                        u3, pos = read_unknown_tags(data, pos)
                    else:
                        u3 = None
                        pos += 1
                    v2_target_assignment = Assignment(v3_topic_partitions, u3)
                    (v2_member_type,) = _S1u(data, pos)
                    pos += 1
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(Member(
                        v2_member_id, v2_instance_id, v2_rack_id, v2_member_epoch, v2_client_id,
                        v2_client_host, v2_subscribed_topic_names, v2_subscribed_topic_regex, v2_assignment,
                        v2_target_assignment, v2_member_type, u2
                    ))
                v1_members = a1
            (v1_authorized_operations,) = _I32u(data, pos)
            pos += 4
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(DescribedGroup(
                v1_error_code, v1_error_message, v1_group_id, v1_group_state, v1_group_epoch,
                v1_assignment_epoch, v1_assignor_name, v1_members, v1_authorized_operations, u1
            ))
        v0_groups = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ConsumerGroupDescribeResponse(v0_throttle_time_ms, v0_groups, u0), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.groups
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.error_message
        if s1 is None:
            out += b'\x00'
        else:
            r1 = s1.encode()
            n1 = len(r1) + 1
            if n1 < 128:
                out.append(n1)
            else:
                write_uvarint(out, n1)
            out += r1
        s1 = o1.group_id
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        s1 = o1.group_state
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _S0p(o1.group_epoch, o1.assignment_epoch)
        s1 = o1.assignor_name
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        a1 = o1.members
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            s2 = o2.member_id
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            s2 = o2.instance_id
            if s2 is None:
                out += b'\x00'
            else:
                r2 = s2.encode()
                n2 = len(r2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                out += r2
            s2 = o2.rack_id
            if s2 is None:
                out += b'\x00'
            else:
                r2 = s2.encode()
                n2 = len(r2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                out += r2
            out += _I32p(o2.member_epoch)
            s2 = o2.client_id
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            s2 = o2.client_host
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            a2 = o2.subscribed_topic_names
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            for x2 in a2:
                s2 = x2
                r2 = s2.encode()
                n2 = len(r2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                out += r2
            s2 = o2.subscribed_topic_regex
            if s2 is None:
                out += b'\x00'
            else:
                r2 = s2.encode()
                n2 = len(r2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                out += r2
            o3 = o2.assignment
            a3 = o3.topic_partitions
            n3 = len(a3) + 1
            if n3 < 128:
                out.append(n3)
            else:
                write_uvarint(out, n3)
            for o4 in a3:
                out += o4.topic_id.bytes
                s4 = o4.topic_name
                r4 = s4.encode()
                n4 = len(r4) + 1
                if n4 < 128:
                    out.append(n4)
                else:
                    write_uvarint(out, n4)
                out += r4
                a4 = o4.partitions
                n4 = len(a4) + 1
                if n4 < 128:
                    out.append(n4)
                else:
                    write_uvarint(out, n4)
                out += _INT32_ARRAYS[len(a4)].pack(*a4)
                if o4.unknown_tags:
                    write_tags(out, [], o4.unknown_tags)
                else:
                    out.append(0)
            if o3.unknown_tags:
                write_tags(out, [], o3.unknown_tags)
            else:
                out.append(0)
            o3 = o2.target_assignment
            a3 = o3.topic_partitions
            n3 = len(a3) + 1
            if n3 < 128:
                out.append(n3)
            else:
                write_uvarint(out, n3)
            for o4 in a3:
                out += o4.topic_id.bytes
                s4 = o4.topic_name
                r4 = s4.encode()
                n4 = len(r4) + 1
                if n4 < 128:
                    out.append(n4)
                else:
                    write_uvarint(out, n4)
                out += r4
                a4 = o4.partitions
                n4 = len(a4) + 1
                if n4 < 128:
                    out.append(n4)
                else:
                    write_uvarint(out, n4)
                out += _INT32_ARRAYS[len(a4)].pack(*a4)
                if o4.unknown_tags:
                    write_tags(out, [], o4.unknown_tags)
                else:
                    out.append(0)
            if o3.unknown_tags:
                write_tags(out, [], o3.unknown_tags)
            else:
                out.append(0)
            out += _S1p(o2.member_type)
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        out += _I32p(o1.authorized_operations)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    0: _read_v0,
    1: _read_v1,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v1,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[ConsumerGroupDescribeResponse, int]:
    """Decode one ConsumerGroupDescribeResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-1, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'ConsumerGroupDescribeResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'ConsumerGroupDescribeResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'ConsumerGroupDescribeResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: ConsumerGroupDescribeResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'ConsumerGroupDescribeResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode ConsumerGroupDescribeResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
