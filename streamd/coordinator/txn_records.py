"""Records of the ``__transaction_state`` topic, in Kafka's layout (sans-I/O).

``TransactionLogKey`` version 0 is the transactional id. ``TransactionLogValue`` holds the
producer id and epoch, the timeout, the state (TransactionState ids: Empty 0, Ongoing 1,
PrepareCommit 2, PrepareAbort 3, CompleteCommit 4, CompleteAbort 5, Dead 6,
PrepareEpochFence 7), the partitions of the transaction and two timestamps. Version 1 is
flexible (KIP-482: compact strings and arrays, tagged fields) and adds, as tagged fields,
what transaction protocol v2 (KIP-890) needs: PreviousProducerId (tag 0), NextProducerId
(tag 1), ClientTransactionVersion (tag 2) and NextProducerEpoch (tag 3). A transaction of
protocol v1 is written as version 0, exactly as before; one of protocol v2 as version 1, as
Kafka 4.x writes it. A null value is a tombstone (an expired transactional id).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from streamd.coordinator.group_records import GroupRecordError, RecordReader, write_string
from streamd.protocol.primitives import write_tags, write_uvarint

__all__ = ["TxnLogValue", "decode_txn_key", "decode_txn_value", "encode_txn_value", "txn_key"]

_I16 = struct.Struct(">h")
_I64 = struct.Struct(">q")
_HEAD = struct.Struct(">hqhib")  # version, producer id, epoch, timeout, state
_TAIL = struct.Struct(">qq")  # last update, start
_TAG_PREVIOUS_PRODUCER_ID, _TAG_NEXT_PRODUCER_ID, _TAG_CLIENT_VERSION, _TAG_NEXT_EPOCH = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class TxnLogValue:
    producer_id: int
    producer_epoch: int
    timeout_ms: int
    state: int
    partitions: list[tuple[str, int]]
    last_update_ms: int
    start_ms: int
    # Transaction protocol v2 (KIP-890): all at their defaults for a protocol-v1 transaction.
    previous_producer_id: int = -1
    next_producer_id: int = -1
    client_version: int = 0
    next_producer_epoch: int = -1


def txn_key(transactional_id: str) -> bytes:
    out = bytearray(_I16.pack(0))
    write_string(out, transactional_id)
    return bytes(out)


def _by_topic(partitions: list[tuple[str, int]]) -> list[tuple[str, list[int]]]:
    grouped: dict[str, list[int]] = {}
    for topic, partition in partitions:
        grouped.setdefault(topic, []).append(partition)
    return [(topic, sorted(ids)) for topic, ids in sorted(grouped.items())]


def encode_txn_value(value: TxnLogValue) -> bytes:
    flexible = (value.previous_producer_id, value.next_producer_id, value.client_version,
                value.next_producer_epoch) != (-1, -1, 0, -1)
    out = bytearray(_HEAD.pack(1 if flexible else 0, value.producer_id, value.producer_epoch, value.timeout_ms,
                               value.state))
    topics = _by_topic(value.partitions)
    if not flexible:
        out += struct.pack(">i", len(topics))
        for topic, partitions in topics:
            write_string(out, topic)
            out += struct.pack(f">i{len(partitions)}i", len(partitions), *partitions)
        out += _TAIL.pack(value.last_update_ms, value.start_ms)
        return bytes(out)
    write_uvarint(out, len(topics) + 1)
    for topic, partitions in topics:
        encoded = topic.encode("utf-8")
        write_uvarint(out, len(encoded) + 1)
        out += encoded
        write_uvarint(out, len(partitions) + 1)
        out += struct.pack(f">{len(partitions)}i", *partitions)
        out.append(0)  # the PartitionsSchema struct's empty tag section
    out += _TAIL.pack(value.last_update_ms, value.start_ms)
    tags: list[tuple[int, bytes]] = []
    if value.previous_producer_id != -1:
        tags.append((_TAG_PREVIOUS_PRODUCER_ID, _I64.pack(value.previous_producer_id)))
    if value.next_producer_id != -1:
        tags.append((_TAG_NEXT_PRODUCER_ID, _I64.pack(value.next_producer_id)))
    if value.client_version != 0:
        tags.append((_TAG_CLIENT_VERSION, _I16.pack(value.client_version)))
    if value.next_producer_epoch != -1:
        tags.append((_TAG_NEXT_EPOCH, _I16.pack(value.next_producer_epoch)))
    write_tags(out, tags, None)
    return bytes(out)


def decode_txn_key(key: bytes) -> str:
    reader = RecordReader(key)
    if reader.int16() != 0:
        raise GroupRecordError("unknown transaction log key version")
    return reader.required_string()


def decode_txn_value(value: bytes) -> TxnLogValue:
    reader = RecordReader(value)
    version = reader.int16()
    if version not in (0, 1):
        raise GroupRecordError(f"unknown transaction log value version {version}")
    producer_id = reader.int64()
    epoch = reader.int16()
    timeout = reader.int32()
    state = reader.int8()
    partitions: list[tuple[str, int]] = []
    if version == 0:
        for _ in range(max(reader.int32(), 0)):
            topic = reader.required_string()
            partitions.extend((topic, reader.int32()) for _ in range(reader.int32()))
        return TxnLogValue(producer_id, epoch, timeout, state, partitions, reader.int64(), reader.int64())
    for _ in range(max(reader.uvarint() - 1, 0)):  # 0 is a null array
        topic = reader.compact_string()
        partitions.extend((topic, reader.int32()) for _ in range(max(reader.uvarint() - 1, 0)))
        reader.tags()
    last_update, start = reader.int64(), reader.int64()
    tags = reader.tags()

    def tagged(tag: int, unpacker: struct.Struct, default: int) -> int:
        raw = tags.get(tag)
        if raw is None:
            return default
        if len(raw) != unpacker.size:
            raise GroupRecordError(f"transaction log value tag {tag} has {len(raw)} bytes")
        return int(unpacker.unpack(raw)[0])

    return TxnLogValue(
        producer_id, epoch, timeout, state, partitions, last_update, start,
        previous_producer_id=tagged(_TAG_PREVIOUS_PRODUCER_ID, _I64, -1),
        next_producer_id=tagged(_TAG_NEXT_PRODUCER_ID, _I64, -1),
        client_version=tagged(_TAG_CLIENT_VERSION, _I16, 0),
        next_producer_epoch=tagged(_TAG_NEXT_EPOCH, _I16, -1),
    )
