"""Records of the ``__transaction_state`` topic, in Kafka's layout (sans-I/O).

``TransactionLogKey`` version 0 is the transactional id; ``TransactionLogValue`` version 0
holds the producer id and epoch, the timeout, the state (TransactionState ids: Empty 0,
Ongoing 1, PrepareCommit 2, PrepareAbort 3, CompleteCommit 4, CompleteAbort 5, Dead 6,
PrepareEpochFence 7), the partitions of the transaction and two timestamps. A null value is a
tombstone (an expired transactional id).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from streamd.coordinator.group_records import GroupRecordError, RecordReader, write_string

__all__ = ["TxnLogValue", "decode_txn_key", "decode_txn_value", "encode_txn_value", "txn_key"]

_I16 = struct.Struct(">h")
_HEAD = struct.Struct(">hqhib")  # version, producer id, epoch, timeout, state
_TAIL = struct.Struct(">qq")  # last update, start


@dataclass(frozen=True, slots=True)
class TxnLogValue:
    producer_id: int
    producer_epoch: int
    timeout_ms: int
    state: int
    partitions: list[tuple[str, int]]
    last_update_ms: int
    start_ms: int


def txn_key(transactional_id: str) -> bytes:
    out = bytearray(_I16.pack(0))
    write_string(out, transactional_id)
    return bytes(out)


def encode_txn_value(value: TxnLogValue) -> bytes:
    out = bytearray(_HEAD.pack(0, value.producer_id, value.producer_epoch, value.timeout_ms, value.state))
    by_topic: dict[str, list[int]] = {}
    for topic, partition in value.partitions:
        by_topic.setdefault(topic, []).append(partition)
    out += struct.pack(">i", len(by_topic))
    for topic, partitions in sorted(by_topic.items()):
        write_string(out, topic)
        out += struct.pack(f">i{len(partitions)}i", len(partitions), *sorted(partitions))
    out += _TAIL.pack(value.last_update_ms, value.start_ms)
    return bytes(out)


def decode_txn_key(key: bytes) -> str:
    reader = RecordReader(key)
    if reader.int16() != 0:
        raise GroupRecordError("unknown transaction log key version")
    return reader.requiredwrite_string()


def decode_txn_value(value: bytes) -> TxnLogValue:
    reader = RecordReader(value)
    if reader.int16() != 0:
        raise GroupRecordError("unknown transaction log value version")
    producer_id = reader.int64()
    epoch = reader.int16()
    timeout = reader.int32()
    state = reader.int8()
    partitions: list[tuple[str, int]] = []
    for _ in range(max(reader.int32(), 0)):
        topic = reader.requiredwrite_string()
        partitions.extend((topic, reader.int32()) for _ in range(reader.int32()))
    return TxnLogValue(producer_id, epoch, timeout, state, partitions, reader.int64(), reader.int64())
