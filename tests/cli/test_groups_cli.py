"""``streamd groups`` against an in-process streamd broker, with real confluent-kafka consumers.

Each test makes its own topic and group: a consumer joins, commits known offsets, and the
commands are checked while it is a member (Stable) and after it leaves (Empty).
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result
from confluent_kafka import Consumer, TopicPartition

from streamd.cli.groups import (
    OffsetRow,
    assignment_text,
    offset_rows,
    parse_datetime_ms,
    parse_duration_ms,
    parse_states,
    parse_topic_scope,
)
from streamd.cli.main import main
from streamd.client.groups import (
    CommittedOffset,
    Coordinator,
    GroupDescription,
    GroupMember,
    decode_consumer_assignment,
)
from streamd.protocol._generated.consumer_protocol_assignment import (
    ConsumerProtocolAssignment,
)
from streamd.protocol._generated.consumer_protocol_assignment import (
    TopicPartition as AssignedTopic,
)
from streamd.protocol._generated.consumer_protocol_assignment import write as write_assignment
from tests.cli.conftest import BrokerThread

_JOIN_TIMEOUT = 30.0
_CLIENT_ID = "groups-cli-test"


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def run_cli(broker: BrokerThread, *args: str) -> Result:
    return CliRunner().invoke(main, [*args, "--bootstrap", broker.bootstrap])


def ok(result: Result) -> Result:
    assert result.exit_code == 0, f"exit {result.exit_code}: {result.output}"
    return result


def describe_json(broker: BrokerThread, group: str, *extra: str) -> dict[str, Any]:
    documents = json.loads(
        ok(run_cli(broker, "groups", "describe", group, "--output", "json", *extra)).stdout
    )
    assert [d["group"] for d in documents] == [group]
    return dict(documents[0])


def committed(broker: BrokerThread, group: str) -> dict[tuple[str, int], int | None]:
    return {
        (row["topic"], row["partition"]): row["current_offset"]
        for row in describe_json(broker, group)["offsets"]
    }


def make_topic(broker: BrokerThread, records_per_partition: list[int]) -> str:
    """A topic with len(records_per_partition) partitions holding that many records each."""
    topic = unique("groups")
    ok(run_cli(broker, "topics", "create", topic, "--partitions", str(len(records_per_partition))))
    for partition, count in enumerate(records_per_partition):
        values = [arg for i in range(count) for arg in ("--value", f"p{partition}-{i}")]
        ok(run_cli(broker, "produce", topic, "--partition", str(partition), *values))
    return topic


@contextmanager
def member(
    broker: BrokerThread, topic: str, group: str, commits: dict[int, int], protocol: str = "classic"
) -> Iterator[Consumer]:
    """A consumer of ``group`` on ``topic`` that has joined, got its partitions and committed
    ``commits`` (partition -> offset); it leaves the group on exit."""
    config: dict[str, Any] = {
        "bootstrap.servers": broker.bootstrap,
        "group.id": group,
        "client.id": _CLIENT_ID,
        "group.protocol": protocol,
        "enable.auto.commit": False,
        "auto.offset.reset": "earliest",
    }
    if protocol == "classic":
        config["session.timeout.ms"] = 10_000
    consumer = Consumer(config)
    try:
        consumer.subscribe([topic])
        deadline = time.monotonic() + _JOIN_TIMEOUT
        while not consumer.assignment():
            assert time.monotonic() < deadline, f"the consumer of group {group!r} never got partitions"
            consumer.poll(0.2)
        if commits:
            consumer.commit(
                offsets=[TopicPartition(topic, partition, offset) for partition, offset in commits.items()],
                asynchronous=False,
            )
        yield consumer
    finally:
        consumer.close()


# -- against the broker ----------------------------------------------------------------------------


def test_describe_shows_committed_offsets_lag_and_owner(broker: BrokerThread) -> None:
    topic = make_topic(broker, [5, 3])
    group = unique("describe")
    with member(broker, topic, group, {0: 2, 1: 3}):
        document = describe_json(broker, group)
        assert document["state"] == "Stable"
        assert document["type"] == "classic"
        assert document["protocol_type"] == "consumer"
        assert document["member_count"] == 1
        rows = {row["partition"]: row for row in document["offsets"]}
        assert sorted(rows) == [0, 1]
        assert (rows[0]["current_offset"], rows[0]["log_end_offset"], rows[0]["lag"]) == (2, 5, 3)
        assert (rows[1]["current_offset"], rows[1]["log_end_offset"], rows[1]["lag"]) == (3, 3, 0)
        assert {row["client_id"] for row in rows.values()} == {_CLIENT_ID}
        consumer_ids = {row["consumer_id"] for row in rows.values()}
        assert len(consumer_ids) == 1 and None not in consumer_ids

        text = ok(run_cli(broker, "groups", "describe", group)).stdout.splitlines()
        assert text[0].split() == [
            "GROUP",
            "TOPIC",
            "PARTITION",
            "CURRENT-OFFSET",
            "LOG-END-OFFSET",
            "LAG",
            "CONSUMER-ID",
            "HOST",
            "CLIENT-ID",
        ]
        cells = [line.split() for line in text[1:]]
        assert [c[:6] for c in cells] == [
            [group, topic, "0", "2", "5", "3"],
            [group, topic, "1", "3", "3", "0"],
        ]
        assert all(c[6] in consumer_ids and c[8] == _CLIENT_ID for c in cells)

        members = describe_json(broker, group, "--members")["members"]
        assert len(members) == 1
        assert members[0]["consumer_id"] in consumer_ids
        assert members[0]["client_id"] == _CLIENT_ID
        assert members[0]["partitions"] == 2
        assert members[0]["assignment"] == [{"topic": topic, "partitions": [0, 1]}]
        members_text = ok(run_cli(broker, "groups", "describe", group, "--members", "--verbose")).stdout
        assert f"{topic}:0,1" in members_text

        state = ok(run_cli(broker, "groups", "describe", group, "--state")).stdout.splitlines()
        assert state[0].split() == [
            "GROUP",
            "COORDINATOR",
            "(ID)",
            "ASSIGNMENT-STRATEGY",
            "STATE",
            "#MEMBERS",
        ]
        assert state[1].split()[0] == group
        assert state[1].split()[-2:] == ["Stable", "1"]

    document = describe_json(broker, group)
    assert document["state"] == "Empty"
    assert document["member_count"] == 0
    assert [
        (r["partition"], r["current_offset"], r["lag"], r["consumer_id"]) for r in document["offsets"]
    ] == [
        (0, 2, 3, None),
        (1, 3, 0, None),
    ]
    result = ok(run_cli(broker, "groups", "describe", group))
    assert f"consumer group '{group}' has no active members" in result.stderr


def test_list_groups_with_state_and_type(broker: BrokerThread) -> None:
    topic = make_topic(broker, [2])
    group = unique("list")
    with member(broker, topic, group, {0: 1}):
        listed = json.loads(ok(run_cli(broker, "groups", "list", "--output", "json")).stdout)
        mine = [entry for entry in listed if entry["group"] == group]
        assert mine == [{"group": group, "state": "Stable", "type": "classic", "protocol_type": "consumer"}]
        stable = json.loads(
            ok(run_cli(broker, "groups", "list", "--state", "stable", "--output", "json")).stdout
        )
        assert group in [entry["group"] for entry in stable]
        empty = json.loads(
            ok(run_cli(broker, "groups", "list", "--state", "Empty", "--output", "json")).stdout
        )
        assert group not in [entry["group"] for entry in empty]
    empty = json.loads(ok(run_cli(broker, "groups", "list", "--state", "Empty", "--output", "json")).stdout)
    assert group in [entry["group"] for entry in empty]
    table = ok(run_cli(broker, "groups", "list", "--type", "classic")).stdout.splitlines()
    assert table[0].split() == ["GROUP", "STATE", "TYPE", "PROTOCOL-TYPE"]
    assert [group, "Empty", "classic", "consumer"] in [line.split() for line in table[1:]]
    consumers_only = json.loads(
        ok(run_cli(broker, "groups", "list", "--type", "consumer", "--output", "json")).stdout
    )
    assert group not in [entry["group"] for entry in consumers_only]


def test_reset_offsets_only_when_inactive(broker: BrokerThread) -> None:
    topic = make_topic(broker, [6, 4])
    group = unique("reset")
    with member(broker, topic, group, {0: 3, 1: 1}):
        refused = run_cli(
            broker, "groups", "reset-offsets", group, "--all-topics", "--to-earliest", "--execute"
        )
        assert refused.exit_code == 1, refused.output
        assert refused.stderr.strip().splitlines() == [
            f"error: assignments can only be reset if the group '{group}' is inactive, "
            "but the current state is Stable"
        ]
    assert committed(broker, group) == {(topic, 0): 3, (topic, 1): 1}

    dry = ok(run_cli(broker, "groups", "reset-offsets", group, "--topic", topic, "--to-earliest"))
    assert [line.split() for line in dry.stdout.splitlines()] == [
        ["GROUP", "TOPIC", "PARTITION", "NEW-OFFSET"],
        [group, topic, "0", "0"],
        [group, topic, "1", "0"],
    ]
    assert "dry run" in dry.stderr
    assert committed(broker, group) == {(topic, 0): 3, (topic, 1): 1}

    ok(run_cli(broker, "groups", "reset-offsets", group, "--topic", topic, "--to-earliest", "--execute"))
    assert committed(broker, group) == {(topic, 0): 0, (topic, 1): 0}

    ok(run_cli(broker, "groups", "reset-offsets", group, "--all-topics", "--shift-by", "2", "--execute"))
    assert committed(broker, group) == {(topic, 0): 2, (topic, 1): 2}

    clamped = ok(
        run_cli(
            broker, "groups", "reset-offsets", group, "--topic", f"{topic}:1", "--to-offset", "9", "--execute"
        )
    )
    assert "past the end" in clamped.stderr
    assert committed(broker, group) == {(topic, 0): 2, (topic, 1): 4}

    plan = json.loads(
        ok(
            run_cli(
                broker,
                "groups",
                "reset-offsets",
                group,
                "--topic",
                f"{topic}:0",
                "--to-latest",
                "--output",
                "json",
            )
        ).stdout
    )
    assert plan == [
        {
            "group": group,
            "executed": False,
            "refused_state": None,
            "offsets": [{"topic": topic, "partition": 0, "previous_offset": 2, "new_offset": 6}],
        }
    ]
    ok(run_cli(broker, "groups", "reset-offsets", group, "--topic", f"{topic}:0", "--to-latest", "--execute"))
    assert committed(broker, group) == {(topic, 0): 6, (topic, 1): 4}

    ok(
        run_cli(
            broker,
            "groups",
            "reset-offsets",
            group,
            "--all-topics",
            "--to-datetime",
            "2000-01-01T00:00:00Z",
            "--execute",
        )
    )
    assert committed(broker, group) == {(topic, 0): 0, (topic, 1): 0}
    future = ok(
        run_cli(
            broker, "groups", "reset-offsets", group, "--all-topics", "--to-datetime", "2999-01-01T00:00:00Z"
        )
    )
    assert [line.split()[-1] for line in future.stdout.splitlines()[1:]] == ["6", "4"]
    assert "no record at or after that time" in future.stderr


def test_reset_offsets_of_a_new_group_creates_them(broker: BrokerThread) -> None:
    topic = make_topic(broker, [3])
    group = unique("fresh")
    ok(run_cli(broker, "groups", "reset-offsets", group, "--topic", topic, "--to-latest", "--execute"))
    document = describe_json(broker, group)
    assert document["state"] == "Empty"
    assert [(r["current_offset"], r["log_end_offset"], r["lag"]) for r in document["offsets"]] == [(3, 3, 0)]


def test_delete_groups(broker: BrokerThread) -> None:
    topic = make_topic(broker, [1])
    group = unique("delete")
    with member(broker, topic, group, {0: 1}):
        busy = run_cli(broker, "groups", "delete", group)
        assert busy.exit_code == 1, busy.output
        assert busy.stderr.strip().splitlines() == [f"error: group '{group}' is not empty (NON_EMPTY_GROUP)"]
    assert committed(broker, group) == {(topic, 0): 1}

    missing = unique("missing")
    result = run_cli(broker, "groups", "delete", group, missing)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [f"deleted group '{group}'"]
    assert result.stderr.strip().splitlines() == [
        f"error: group '{missing}' does not exist (GROUP_ID_NOT_FOUND)"
    ]

    gone = run_cli(broker, "groups", "describe", group)
    assert gone.exit_code == 1
    assert gone.stderr.strip() == f"error: group '{group}' does not exist (GROUP_ID_NOT_FOUND)"
    listed = json.loads(ok(run_cli(broker, "groups", "list", "--output", "json")).stdout)
    assert group not in [entry["group"] for entry in listed]


def test_describe_consumer_protocol_group(broker: BrokerThread) -> None:
    """A KIP-848 group: described with ConsumerGroupDescribe, epochs and the assignor shown."""
    topic = make_topic(broker, [4, 2])
    group = unique("kip848")
    with member(broker, topic, group, {0: 1}, protocol="consumer"):
        document = describe_json(broker, group, "--members")
        assert document["type"] == "consumer"
        assert document["state"] == "Stable"
        assert document["group_epoch"] is not None and document["group_epoch"] > 0
        assert document["assignment_strategy"]
        (only,) = document["members"]
        assert only["client_id"] == _CLIENT_ID
        assert only["assignment"] == [{"topic": topic, "partitions": [0, 1]}]
        assert only["member_epoch"] is not None
        rows = {row["partition"]: row for row in describe_json(broker, group)["offsets"]}
        assert (rows[0]["current_offset"], rows[0]["log_end_offset"], rows[0]["lag"]) == (1, 4, 3)
        assert (rows[1]["current_offset"], rows[1]["log_end_offset"], rows[1]["lag"]) == (None, 2, None)
        assert rows[0]["consumer_id"] == only["consumer_id"]


# -- pieces that need no broker ---------------------------------------------------------------------


def test_decode_consumer_assignment() -> None:
    body = b"".join(
        bytes(chunk)
        for chunk in write_assignment(
            ConsumerProtocolAssignment([AssignedTopic("b", [2, 0]), AssignedTopic("a", [1])], None), 0
        )
    )
    for version in (0, 1, 3, 7):  # newer versions read as the newest the codec knows
        assert decode_consumer_assignment(version.to_bytes(2, "big") + body) == (("a", 1), ("b", 0), ("b", 2))
    assert decode_consumer_assignment(b"") == ()


def test_offset_rows_follow_kafkas_order() -> None:
    coordinator = Coordinator(1, "localhost", 9092)
    big = GroupMember("m-big", None, "c1", "/h1", (("t", 0), ("t", 1)))
    small = GroupMember("m-small", None, "c2", "/h2", (("t", 2),))
    idle = GroupMember("m-idle", None, "c3", "/h3", ())
    description = GroupDescription(
        "g", "Stable", "classic", "consumer", "range", (small, idle, big), coordinator
    )
    offsets = {
        ("t", 1): CommittedOffset("t", 1, 5, None, ""),
        ("old", 0): CommittedOffset("old", 0, 7, 3, ""),
    }
    rows = offset_rows(description, offsets, {("t", 0): 4, ("t", 1): 9, ("t", 2): 1, ("old", 0): None})
    assert [(r.topic, r.partition, r.consumer_id, r.current_offset, r.lag) for r in rows] == [
        ("t", 0, "m-big", None, None),
        ("t", 1, "m-big", 5, 4),
        ("t", 2, "m-small", None, None),
        ("old", 0, None, 7, None),
    ]
    assert OffsetRow("g", "t", 0, 3, 10, None, None, None, None).lag == 7


def test_assignment_text() -> None:
    assert assignment_text([("b", 1), ("a", 2), ("b", 0)]) == "a:2;b:0,1"
    assert assignment_text([]) == "-"
    assert assignment_text(None) == "-"


@pytest.mark.parametrize(
    ("text", "ms"),
    [("PT1H", 3_600_000), ("P1DT2H3M4.5S", 93_784_500), ("pt30m", 1_800_000), ("P2D", 172_800_000)],
)
def test_parse_duration(text: str, ms: int) -> None:
    assert parse_duration_ms(text) == ms


@pytest.mark.parametrize("text", ["", "P", "PT", "1H", "PT1X", "P1H"])
def test_bad_duration(text: str) -> None:
    with pytest.raises(click.BadParameter):
        parse_duration_ms(text)


def test_parse_datetime() -> None:
    assert parse_datetime_ms("2024-01-02T03:04:05.678Z") == 1_704_164_645_678
    assert parse_datetime_ms("2024-01-02T05:04:05.678+02:00") == 1_704_164_645_678
    with pytest.raises(click.BadParameter):
        parse_datetime_ms("yesterday")


def test_parse_topic_scope() -> None:
    assert parse_topic_scope(["a", "b:2,0", "c:1"]) == [("a", None), ("b", [0, 2]), ("c", [1])]
    for bad in ("b:", ":1", "b:x", "b:-1"):
        with pytest.raises(click.BadParameter):
            parse_topic_scope([bad])


def test_parse_states() -> None:
    assert parse_states(["stable,EMPTY", "preparingrebalance", "Stable"]) == [
        "Stable",
        "Empty",
        "PreparingRebalance",
    ]
    with pytest.raises(click.BadParameter):
        parse_states(["sleeping"])
