"""The CLI against an in-process streamd broker (memory storage, a free port)."""

from __future__ import annotations

import json
import uuid

import pytest
from click.testing import CliRunner, Result

from streamd.cli.main import main
from tests.cli.conftest import BrokerThread


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def run_cli(broker: BrokerThread, *args: str, input: str | bytes | None = None) -> Result:  # noqa: A002
    return CliRunner().invoke(main, [*args, "--bootstrap", broker.bootstrap], input=input)


def ok(result: Result) -> Result:
    assert result.exit_code == 0, f"exit {result.exit_code}: {result.output}"
    return result


def test_topic_lifecycle(broker: BrokerThread) -> None:
    name = unique("lifecycle")
    created = ok(
        run_cli(broker, "topics", "create", name, "--partitions", "3", "--config", "retention.ms=60000")
    )
    assert f"created topic '{name}'" in created.stdout
    assert "3 partitions" in created.stdout

    assert name in ok(run_cli(broker, "topics", "list")).stdout.splitlines()

    described = ok(run_cli(broker, "topics", "describe", name)).stdout
    assert f"topic:       {name}" in described
    assert "partitions:  3" in described
    assert "retention.ms=60000" in described
    document = json.loads(ok(run_cli(broker, "topics", "describe", name, "--output", "json")).stdout)
    assert document["name"] == name
    assert [p["partition"] for p in document["partitions"]] == [0, 1, 2]
    assert document["configs"]["retention.ms"]["value"] == "60000"

    ok(
        run_cli(
            broker,
            "topics",
            "alter-config",
            name,
            "--set",
            "retention.ms=120000",
            "--set",
            "cleanup.policy=compact",
        )
    )
    configs = json.loads(ok(run_cli(broker, "topics", "describe", name, "--output", "json")).stdout)[
        "configs"
    ]
    assert configs["retention.ms"]["value"] == "120000"
    assert configs["cleanup.policy"]["value"] == "compact"
    ok(run_cli(broker, "topics", "alter-config", name, "--delete", "cleanup.policy"))
    configs = json.loads(ok(run_cli(broker, "topics", "describe", name, "--output", "json")).stdout)[
        "configs"
    ]
    assert configs.get("cleanup.policy", {}).get("source") != "DYNAMIC_TOPIC_CONFIG"

    assert f"deleted topic '{name}'" in ok(run_cli(broker, "topics", "delete", name)).stdout
    assert name not in ok(run_cli(broker, "topics", "list")).stdout.splitlines()


def test_describe_shows_only_configs_that_are_not_defaults(broker: BrokerThread) -> None:
    name = unique("defaults")
    ok(run_cli(broker, "topics", "create", name, "--config", "retention.ms=60000"))
    configs = json.loads(ok(run_cli(broker, "topics", "describe", name, "--output", "json")).stdout)[
        "configs"
    ]
    assert configs == {
        "retention.ms": {
            "value": "60000",
            "source": "DYNAMIC_TOPIC_CONFIG",
            "read_only": False,
            "sensitive": False,
        }
    }
    everything = json.loads(
        ok(run_cli(broker, "topics", "describe", name, "--output", "json", "--all-configs")).stdout
    )["configs"]
    assert everything["cleanup.policy"]["source"] == "DEFAULT_CONFIG"


def test_create_existing_topic_is_one_line_error(broker: BrokerThread) -> None:
    name = unique("twice")
    ok(run_cli(broker, "topics", "create", name))
    result = run_cli(broker, "topics", "create", name)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: topic '{name}' already exists (TOPIC_ALREADY_EXISTS)"
    ok(run_cli(broker, "topics", "create", name, "--if-not-exists"))


def test_missing_topic_errors(broker: BrokerThread) -> None:
    name = unique("missing")
    for args in (("topics", "describe", name), ("topics", "delete", name), ("consume", name, "--count", "1")):
        result = run_cli(broker, *args)
        assert result.exit_code == 1, result.output
        assert result.stderr.strip().splitlines() == [
            f"error: topic '{name}' does not exist (UNKNOWN_TOPIC_OR_PARTITION)"
        ]
    ok(run_cli(broker, "topics", "delete", name, "--if-exists"))


@pytest.mark.parametrize("compression", ["none", "gzip", "snappy", "lz4", "zstd"])
def test_produce_then_consume(broker: BrokerThread, compression: str) -> None:
    name = unique(f"roundtrip-{compression}")
    ok(run_cli(broker, "topics", "create", name, "--partitions", "1"))
    produced = ok(
        run_cli(
            broker,
            "produce",
            name,
            "--key-separator",
            ":",
            "--header",
            "source=test",
            "--header",
            "n=1",
            "--compression",
            compression,
            "--null-value-marker",
            "NULL",
            input="k1:first\nk2:second\nno-key-line\nk3:NULL\n",
        )
    )
    assert f"produced 4 records to topic '{name}' (partition 0: offsets 0-3)" in produced.stderr

    consumed = ok(
        run_cli(broker, "consume", name, "--from-beginning", "--count", "4", "--format", "%o %k=%v [%h]\\n")
    )
    assert consumed.stdout.splitlines() == [
        "0 k1=first [source=test,n=1]",
        "1 k2=second [source=test,n=1]",
        "2 =no-key-line [source=test,n=1]",
        "3 k3= [source=test,n=1]",
    ]
    assert "consumed 4 records" in consumed.stderr

    lines = ok(run_cli(broker, "consume", name, "--offset", "-2", "--exit-at-end", "--output", "json")).stdout
    documents = [json.loads(line) for line in lines.splitlines()]
    assert [(d["offset"], d["key"], d["value"]) for d in documents] == [
        (2, None, "no-key-line"),
        (3, "k3", None),
    ]
    assert documents[0]["headers"] == [{"key": "source", "value": "test"}, {"key": "n", "value": "1"}]


def test_produce_values_across_partitions_by_key(broker: BrokerThread) -> None:
    name = unique("keyed")
    ok(run_cli(broker, "topics", "create", name, "--partitions", "4"))
    values = [arg for i in range(20) for arg in ("--value", f"key{i % 5}:v{i}")]
    ok(run_cli(broker, "produce", name, "--key-separator", ":", *values))
    consumed = ok(
        run_cli(broker, "consume", name, "--from-beginning", "--exit-at-end", "--format", "%p %k %v\\n")
    )
    rows = [line.split() for line in consumed.stdout.splitlines()]
    assert sorted(row[2] for row in rows) == sorted(f"v{i}" for i in range(20))
    partitions_by_key: dict[str, set[str]] = {}
    for partition, key, _value in rows:
        partitions_by_key.setdefault(key, set()).add(partition)
    assert all(len(found) == 1 for found in partitions_by_key.values())


def test_produce_to_partition_and_consume_one_partition(broker: BrokerThread) -> None:
    name = unique("partition")
    ok(run_cli(broker, "topics", "create", name, "--partitions", "2"))
    ok(run_cli(broker, "produce", name, "--partition", "1", "--value", "a", "--value", "b", "--acks", "1"))
    assert (
        ok(run_cli(broker, "consume", name, "--partition", "0", "--from-beginning", "--exit-at-end")).stdout
        == ""
    )
    result = ok(run_cli(broker, "consume", name, "--partition", "1", "--offset", "1", "--count", "1"))
    assert result.stdout == "b\n"
    bad = run_cli(broker, "produce", name, "--partition", "7", "--value", "x")
    assert bad.exit_code == 1
    assert "partition 7" in bad.stderr


def test_consume_timeout_with_no_records(broker: BrokerThread) -> None:
    name = unique("idle")
    ok(run_cli(broker, "topics", "create", name))
    result = ok(run_cli(broker, "consume", name, "--timeout-ms", "300"))
    assert result.stdout == ""
    assert "consumed 0 records" in result.stderr


def test_binary_values_through_json(broker: BrokerThread) -> None:
    name = unique("binary")
    ok(run_cli(broker, "topics", "create", name))
    ok(run_cli(broker, "produce", name, input=b"\xff\xfe\n"))
    document = json.loads(
        ok(run_cli(broker, "consume", name, "--from-beginning", "-c", "1", "--output", "json")).stdout
    )
    assert document["value_encoding"] == "base64"
