"""``__transaction_state`` values in Kafka's layout: version 0 for protocol-v1 transactions,
version 1 (flexible, tagged fields) for protocol v2 (KIP-890)."""

from __future__ import annotations

import pytest

from streamd.coordinator.group_records import GroupRecordError
from streamd.coordinator.txn_records import TxnLogValue, decode_txn_value, encode_txn_value

# Written by Kafka 4.2.0's generated TransactionLogValue (kafka-transaction-coordinator jar) at
# version 1 for the value below, and read back by it: the bytes streamd must write.
KAFKA_V1 = bytes.fromhex(
    "0001000000000000000500030000ea6002030261030000000000000002000262020000000100000000000000000a00"
    "0000000000000903000800000000000000040108000000000000004d02020002"
)
V2_VALUE = TxnLogValue(5, 3, 60_000, 2, [("b", 1), ("a", 0), ("a", 2)], 10, 9, previous_producer_id=4,
                       next_producer_id=77, client_version=2)


def test_protocol_v2_values_are_kafkas_version_1_bytes() -> None:
    assert encode_txn_value(V2_VALUE) == KAFKA_V1
    decoded = decode_txn_value(KAFKA_V1)
    assert decoded.partitions == [("a", 0), ("a", 2), ("b", 1)]
    assert (decoded.previous_producer_id, decoded.next_producer_id, decoded.client_version,
            decoded.next_producer_epoch) == (4, 77, 2, -1)


def test_protocol_v1_values_stay_version_0() -> None:
    value = TxnLogValue(7, 0, 1000, 1, [("t", 3)], 5, 4)
    encoded = encode_txn_value(value)
    assert encoded[:2] == b"\x00\x00"
    assert decode_txn_value(encoded) == value


@pytest.mark.parametrize("bad", [KAFKA_V1[:-3], b"\x00\x02" + KAFKA_V1[2:]])
def test_damaged_values_are_refused(bad: bytes) -> None:
    with pytest.raises(GroupRecordError):
        decode_txn_value(bad)
