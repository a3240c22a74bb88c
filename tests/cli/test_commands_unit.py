"""Pieces of the commands that need no broker."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from streamd.cli.consume import StartOffset, parse_start_offset
from streamd.cli.produce import LineParser, ProduceTally
from streamd.cli.serve import build_overrides
from streamd.client.types import ProducedBatch


def test_line_parser_keys_headers_and_null_marker() -> None:
    parser = LineParser(key_separator=b":", null_value_marker=b"NULL", headers=(("h", b"1"),))
    keyed = parser.record(b"user1:a:b")
    assert (keyed.key, keyed.value, keyed.headers) == (b"user1", b"a:b", (("h", b"1"),))
    unkeyed = parser.record(b"plain")
    assert (unkeyed.key, unkeyed.value) == (None, b"plain")
    tombstone = parser.record(b"user2:NULL")
    assert (tombstone.key, tombstone.value) == (b"user2", None)


def test_line_parser_without_separator_keeps_the_line() -> None:
    parser = LineParser(key_separator=None, null_value_marker=None, headers=())
    assert parser.record(b"a:b").value == b"a:b"


def test_tally_summary() -> None:
    tally = ProduceTally()
    tally.add([ProducedBatch("t", 0, 10, 3), ProducedBatch("t", 1, 0, 1)])
    tally.add([ProducedBatch("t", 0, 13, 2)])
    assert (
        tally.summary("t", -1)
        == "produced 6 records to topic 't' (partition 0: offsets 10-14; partition 1: offset 0)"
    )
    assert tally.summary("t", 0).startswith("sent 6 records")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("earliest", StartOffset("earliest")),
        ("beginning", StartOffset("earliest")),
        ("LATEST", StartOffset("latest")),
        ("end", StartOffset("latest")),
        ("42", StartOffset("absolute", 42)),
        ("0", StartOffset("absolute", 0)),
        ("-5", StartOffset("from_end", 5)),
    ],
)
def test_start_offsets(text: str, expected: StartOffset) -> None:
    assert parse_start_offset(text) == expected


def test_bad_start_offset() -> None:
    with pytest.raises(click.BadParameter):
        parse_start_offset("tomorrow")


def test_serve_overrides_only_carry_given_flags() -> None:
    assert build_overrides(None, None, None, None, None, ()) == {}
    overrides = build_overrides(
        "0.0.0.0:0", "broker:9092", Path("/data"), "memory://", "debug", ("num.partitions=4", "x.y=a=b")
    )
    assert overrides == {
        "listen": "0.0.0.0:0",
        "advertised": "broker:9092",
        "data_dir": "/data",
        "storage": "memory://",
        "log_level": "debug",
        "num.partitions": "4",
        "x.y": "a=b",
    }
