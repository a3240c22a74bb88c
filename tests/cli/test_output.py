from __future__ import annotations

import json
import uuid

import pytest

from streamd.cli._output import FormatError, RecordFormatter, format_table, kafka_uuid, record_as_json
from streamd.client.types import ConsumedRecord


def record(**changes: object) -> ConsumedRecord:
    values: dict[str, object] = {
        "topic": "orders",
        "partition": 2,
        "offset": 41,
        "timestamp_ms": 1_700_000_000_123,
        "key": b"k1",
        "value": b"hello",
        "headers": (("trace", b"abc"), ("empty", None)),
    }
    values.update(changes)
    return ConsumedRecord(**values)  # type: ignore[arg-type]


def test_every_directive() -> None:
    formatter = RecordFormatter("%t|%p|%o|%k|%v|%h|%T|%K|%S|%%\\n")
    assert formatter.render(record()) == b"orders|2|41|k1|hello|trace=abc,empty=|1700000000123|2|5|%\n"


def test_null_key_and_value() -> None:
    formatter = RecordFormatter("[%k][%v] %K %S")
    assert formatter.render(record(key=None, value=None)) == b"[][] -1 -1"


def test_escapes_and_binary_values() -> None:
    formatter = RecordFormatter("%v\\t\\0\\\\")
    assert formatter.render(record(value=b"\xff\x00")) == b"\xff\x00\t\x00\\"


def test_unknown_directive() -> None:
    with pytest.raises(FormatError, match="%x"):
        RecordFormatter("%x")


def test_json_utf8_and_binary() -> None:
    document = json.loads(record_as_json(record(value=b"\xff\xfe", key=None)))
    assert document["key"] is None
    assert document["value"] == "//4="
    assert document["value_encoding"] == "base64"
    assert document["headers"] == [{"key": "trace", "value": "abc"}, {"key": "empty", "value": None}]
    assert document["offset"] == 41 and document["partition"] == 2 and document["topic"] == "orders"
    assert document["timestamp_type"] == "CreateTime"


def test_table_alignment() -> None:
    table = format_table(("A", "LONGER"), [(1, "x"), ("wide cell", "")])
    assert table.splitlines() == ["A          LONGER", "1          x", "wide cell"]


def test_kafka_uuid_form() -> None:
    assert kafka_uuid(uuid.UUID(int=0)) == "AAAAAAAAAAAAAAAAAAAAAA"
    assert len(kafka_uuid(uuid.uuid4())) == 22
