"""The client's building blocks that need no broker."""

from __future__ import annotations

import struct

import pytest

from streamd.client.address import AddressError, format_address, parse_address, parse_address_list
from streamd.client.partitioner import KeyPartitioner, murmur2
from streamd.client.versions import VersionRange, negotiate
from streamd.client.wire import encode_request_header, is_flexible, response_body_offset


def test_murmur2_matches_java() -> None:
    # Values from Kafka's UtilsTest.testMurmur2 and the Java client's partitioner.
    assert murmur2(b"21") == -973932308
    assert murmur2(b"foobar") == -790332482
    assert murmur2(b"a-little-bit-long-string") == -985981536
    assert murmur2(b"a-little-bit-longer-string") == -1486304829
    assert murmur2(b"lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8") == -58897971
    assert murmur2(b"") == 275646681


def test_key_partitioner() -> None:
    partitioner = KeyPartitioner(4)
    assert partitioner.partition_for(b"21") == (-973932308 & 0x7FFFFFFF) % 4
    sticky = partitioner.partition_for(None)
    assert all(partitioner.partition_for(None) == sticky for _ in range(10))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("localhost:9092", ("localhost", 9092)),
        ("10.0.0.1:0", ("10.0.0.1", 0)),
        ("[::1]:9093", ("::1", 9093)),
        (":9092", ("0.0.0.0", 9092)),
    ],
)
def test_parse_address(text: str, expected: tuple[str, int]) -> None:
    assert parse_address(text) == expected


@pytest.mark.parametrize("text", ["", "host", "host:x", "host:70000", "::1:9092", "[::1"])
def test_bad_addresses(text: str) -> None:
    with pytest.raises(AddressError):
        parse_address(text)


def test_address_list_default_port() -> None:
    assert parse_address_list("a, b:1") == [("a", 9092), ("b", 1)]
    assert format_address("::1", 5) == "[::1]:5"


def test_negotiate_picks_highest_common_version() -> None:
    client = {0: VersionRange(3, 13), 1: VersionRange(4, 18), 3: VersionRange(0, 13), 60: VersionRange(0, 2)}
    broker = {0: VersionRange(0, 11), 1: VersionRange(4, 12), 3: VersionRange(0, 13), 99: VersionRange(0, 1)}
    assert negotiate(broker, client) == {0: 11, 1: 12, 3: 13}
    assert negotiate({0: VersionRange(0, 2)}, {0: VersionRange(3, 13)}) == {}


def test_request_header_v1_and_v2() -> None:
    v1 = encode_request_header(3, 12, 7, "cli", flexible=False)
    assert v1 == struct.pack(">hhih", 3, 12, 7, 3) + b"cli"
    assert encode_request_header(3, 12, 7, "cli", flexible=True) == v1 + b"\x00"
    assert encode_request_header(18, 0, 1, None, flexible=False) == struct.pack(">hhih", 18, 0, 1, -1)


def test_response_header_offsets() -> None:
    assert response_body_offset(b"\x00\x00\x00\x01rest", flexible=False) == 4
    assert response_body_offset(b"\x00\x00\x00\x01\x00rest", flexible=True) == 5
    # one unknown tag (tag 3, two bytes)
    assert response_body_offset(b"\x00\x00\x00\x01\x01\x03\x02abrest", flexible=True) == 9


def test_is_flexible() -> None:
    assert is_flexible(9, 9) and not is_flexible(9, 8)
    assert not is_flexible(None, 5)
