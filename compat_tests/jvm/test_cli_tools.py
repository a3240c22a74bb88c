"""Kafka's own CLI, perf and verifiable tools (kafka-tools / kafka_2.13 4.2.0) against the broker.

Each tool runs as ``java -cp .peers/jvm/libs/* MAIN_CLASS ...``, as its ``bin/*.sh`` script would
run it, with the option names of Kafka 4.2 (KIP-1147: ``--reader-property``,
``--formatter-property``, ``--command-property``, ``--num-records``). Every test checks what the
tool printed (records, offsets, lag, states, error messages), not only its exit status.
"""

from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from typing import Any

import pytest

from compat_tests.conftest import Broker
from compat_tests.jvm import common
from compat_tests.jvm.common import java


def _ok(run: common.Run) -> common.Run:
    assert run.returncode == 0, str(run)
    return run


def _table(run: common.Run, header_first: str) -> list[dict[str, str]]:
    """Rows of a whitespace-aligned table whose header line starts with ``header_first``."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in run.stdout.splitlines():
        fields = line.split()
        if fields and fields[0] == header_first:
            header = fields
            continue
        if header and len(fields) == len(header):
            rows.append(dict(zip(header, fields, strict=True)))
    return rows


def _tsv(run: common.Run) -> list[dict[str, str]]:
    """Rows of kafka-transactions' tab-separated tables (cells padded with spaces, may be empty)."""
    lines = [line.rstrip("\t").split("\t") for line in run.lines]
    if not lines:
        return []
    header = [cell.strip() for cell in lines[0]]
    return [dict(zip(header, (cell.strip() for cell in row), strict=False)) for row in lines[1:]]


def _offsets(run: common.Run) -> dict[int, int]:
    """GetOffsetShell's ``topic:partition:offset`` lines."""
    out = {}
    for line in run.lines:
        _topic, partition, offset = line.rsplit(":", 2)
        out[int(partition)] = int(offset)
    return out


def _create_topic(broker: Broker, topic: str, partitions: int, *extra: str) -> None:
    run = _ok(java(common.TOPICS, "--bootstrap-server", broker.bootstrap, "--create", "--topic", topic,
                   "--partitions", str(partitions), "--replication-factor", "1", *extra))
    assert f"Created topic {topic}." in run.stdout, str(run)


def _produce_lines(broker: Broker, topic: str, lines: list[str], *extra: str) -> None:
    _ok(java(common.CONSOLE_PRODUCER, "--bootstrap-server", broker.bootstrap, "--topic", topic, *extra,
             stdin="".join(f"{line}\n" for line in lines)))


def _consume(broker: Broker, topic: str, count: int, *extra: str, timeout_ms: int = 15000) -> common.Run:
    """ConsoleConsumer from the beginning, printing partition, offset, key and value tab-separated."""
    return java(common.CONSOLE_CONSUMER, "--bootstrap-server", broker.bootstrap, "--topic", topic,
                "--from-beginning", "--max-messages", str(count), "--timeout-ms", str(timeout_ms),
                "--formatter-property", "print.partition=true", "--formatter-property", "print.offset=true",
                "--formatter-property", "print.key=true", *extra)


def _consumed(run: common.Run) -> list[tuple[int, int, str, str]]:
    """(partition, offset, key, value) of each line ``_consume`` printed."""
    out = []
    for line in run.lines:
        partition, offset, key, value = line.split("\t")
        out.append((int(partition.removeprefix("Partition:")), int(offset.removeprefix("Offset:")), key, value))
    return out


def _groups(broker: Broker, *args: str) -> common.Run:
    return java(common.CONSUMER_GROUPS, "--bootstrap-server", broker.bootstrap, *args)


def _node_id(broker: Broker) -> str:
    run = _ok(java(common.BROKER_API_VERSIONS, "--bootstrap-server", broker.bootstrap))
    match = re.search(r"\(id: (\d+) rack", run.stdout)
    assert match, str(run)
    return match.group(1)


# --------------------------------------------------------------------------- kafka-topics


def test_topics_create_describe_alter_delete(broker: Broker) -> None:
    topic = common.unique("topics")
    _create_topic(broker, topic, 3, "--config", "retention.ms=1000000")
    run = _ok(java(common.TOPICS, "--bootstrap-server", broker.bootstrap, "--describe", "--topic", topic))
    summary = run.lines[0]
    assert f"Topic: {topic}\t" in summary and "PartitionCount: 3\t" in summary, str(run)
    assert "ReplicationFactor: 1\t" in summary and "retention.ms=1000000" in summary, str(run)
    assert re.search(r"TopicId: [A-Za-z0-9_-]{22}\t", summary), str(run)
    partitions = [line for line in run.lines[1:] if "Partition:" in line]
    assert [int(re.search(r"Partition: (\d+)", p).group(1)) for p in partitions] == [0, 1, 2], str(run)  # type: ignore[union-attr]
    assert all(re.search(r"Leader: (\d+)\tReplicas: \1\tIsr: \1", p) for p in partitions), str(run)

    _ok(java(common.TOPICS, "--bootstrap-server", broker.bootstrap, "--alter", "--topic", topic, "--partitions", "5"))
    run = _ok(java(common.TOPICS, "--bootstrap-server", broker.bootstrap, "--describe", "--topic", topic))
    assert "PartitionCount: 5\t" in run.lines[0], str(run)

    listed = _ok(java(common.TOPICS, "--bootstrap-server", broker.bootstrap, "--list"))
    assert topic in listed.lines, str(listed)
    _ok(java(common.TOPICS, "--bootstrap-server", broker.bootstrap, "--delete", "--topic", topic))
    deadline = time.monotonic() + 20
    while True:
        listed = _ok(java(common.TOPICS, "--bootstrap-server", broker.bootstrap, "--list"))
        if topic not in listed.lines or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert topic not in listed.lines, str(listed)


def test_topics_errors(broker: Broker) -> None:
    missing = common.unique("missing")
    run = java(common.TOPICS, "--bootstrap-server", broker.bootstrap, "--describe", "--topic", missing)
    assert run.returncode == 1, str(run)
    assert f"Topic '{missing}' does not exist as expected" in run.stdout, str(run)

    topic = common.unique("exists")
    _create_topic(broker, topic, 1)
    run = java(common.TOPICS, "--bootstrap-server", broker.bootstrap, "--create", "--topic", topic, "--partitions", "1")
    assert run.returncode == 1, str(run)
    assert f"Topic '{topic}' already exists." in run.stdout, str(run)
    assert "TopicExistsException" in run.stderr, str(run)

    run = java(common.TOPICS, "--bootstrap-server", broker.bootstrap, "--alter", "--topic", topic, "--partitions", "1")
    assert run.returncode == 1, str(run)
    assert "InvalidPartitionsException" in run.stderr, str(run)


# --------------------------------------------------------------------------- console tools


def test_console_round_trip_and_group_lag(broker: Broker) -> None:
    """Keyed lines in through kafka-console-producer, out through kafka-console-consumer in a
    group; the group then has no lag on any partition."""
    topic, group = common.unique("console"), common.unique("console-group")
    _create_topic(broker, topic, 2)
    lines = [f"key-{i}:value {i} with spaces" for i in range(40)]
    _produce_lines(broker, topic, lines, "--reader-property", "parse.key=true", "--reader-property", "key.separator=:")
    run = _ok(_consume(broker, topic, 40, "--group", group))
    consumed = _consumed(run)
    assert sorted((k, v) for _p, _o, k, v in consumed) == sorted(tuple(line.split(":", 1)) for line in lines), str(run)
    per_partition: dict[int, list[int]] = defaultdict(list)
    for partition, offset, _k, _v in consumed:
        per_partition[partition].append(offset)
    for offsets in per_partition.values():
        assert offsets == list(range(len(offsets))), str(run)
    assert "Processed a total of 40 messages" in run.stderr, str(run)

    described = _ok(_groups(broker, "--describe", "--group", group))
    rows = _table(described, "GROUP")
    assert {int(r["PARTITION"]) for r in rows} == {0, 1}, str(described)
    for row in rows:
        assert row["CURRENT-OFFSET"] == row["LOG-END-OFFSET"] == str(len(per_partition[int(row["PARTITION"])])), str(described)
        assert row["LAG"] == "0", str(described)


@pytest.fixture(scope="module")
def txn_data(broker: Broker) -> dict[str, Any]:
    """JvmCheck txn-data: transactions c1 (committed), a1 (aborted), c2 (committed), 9 records
    each over 3 partitions, from one transactional id."""
    prefix = common.unique("txncli")
    run = java(common.JVM_CHECK, "txn-data", broker.bootstrap, prefix)
    assert run.returncode == 0, str(run)
    return {"topic": f"{prefix}-txn-data", "tid": f"{prefix}-tid"}


def _txn_values(tags: list[str]) -> set[str]:
    return {f"{tag}-{i}" for tag in tags for i in range(9)}


def test_console_consumer_read_committed(broker: Broker, txn_data: dict[str, Any]) -> None:
    # Exactly the 18 committed records: an aborted one among them would be seen before the count.
    run = _ok(_consume(broker, txn_data["topic"], 18, "--isolation-level", "read_committed"))
    consumed = _consumed(run)
    assert sorted(v for *_rest, v in consumed) == sorted(_txn_values(["c1", "c2"])), str(run)
    # Offsets count the commit and abort markers: per partition c1 at 0-2, a1 at 4-6, c2 at 8-10.
    assert {o for _p, o, _k, v in consumed if v.startswith("c2-")} == {8, 9, 10}, str(run)


def test_console_consumer_read_uncommitted(broker: Broker, txn_data: dict[str, Any]) -> None:
    run = _ok(_consume(broker, txn_data["topic"], 27, "--isolation-level", "read_uncommitted"))
    assert sorted(v for *_rest, v in _consumed(run)) == sorted(_txn_values(["c1", "a1", "c2"])), str(run)


# --------------------------------------------------------------------------- kafka-consumer-groups


def test_consumer_groups_reset_describe_delete(broker: Broker) -> None:
    topic, group = common.unique("groups"), common.unique("group")
    _create_topic(broker, topic, 1)
    _produce_lines(broker, topic, [f"v{i}" for i in range(10)])

    def reset(*how: str) -> dict[str, str]:
        run = _ok(_groups(broker, "--reset-offsets", "--group", group, "--topic", topic, *how))
        rows = _table(run, "GROUP")
        assert len(rows) == 1 and rows[0]["PARTITION"] == "0", str(run)
        return rows[0]

    def describe() -> dict[str, str]:
        run = _ok(_groups(broker, "--describe", "--group", group))
        rows = _table(run, "GROUP")
        assert len(rows) == 1, str(run)
        return rows[0]

    assert reset("--to-offset", "4", "--execute")["NEW-OFFSET"] == "4"
    row = describe()
    assert (row["CURRENT-OFFSET"], row["LOG-END-OFFSET"], row["LAG"]) == ("4", "10", "6"), row
    assert reset("--shift-by", "3", "--execute")["NEW-OFFSET"] == "7"
    assert reset("--to-latest", "--dry-run")["NEW-OFFSET"] == "10"
    assert describe()["CURRENT-OFFSET"] == "7"  # a dry run changes nothing
    assert reset("--to-earliest", "--execute")["NEW-OFFSET"] == "0"
    assert describe()["LAG"] == "10"

    listed = _ok(_groups(broker, "--list"))
    assert group in listed.lines, str(listed)
    state = _ok(_groups(broker, "--describe", "--group", group, "--state"))
    rows = _table(state, "GROUP")
    assert [(r["STATE"], r["#MEMBERS"]) for r in rows] == [("Empty", "0")], str(state)

    deleted = _ok(_groups(broker, "--delete", "--group", group))
    assert f"Deletion of requested consumer groups ('{group}') was successful." in deleted.stdout, str(deleted)
    again = _groups(broker, "--delete", "--group", group)
    assert f"Group '{group}' could not be deleted due to: " in again.stdout, str(again)
    assert "GroupIdNotFoundException" in again.stdout, str(again)
    gone = _groups(broker, "--describe", "--group", group)
    # (ConsumerGroupCommand 4.2.0 prints the error but exits 0.)
    assert f"Error: Executing consumer group command failed due to org.apache.kafka.common.errors." \
           f"GroupIdNotFoundException: Group {group} not found." in gone.stdout, str(gone)


# --------------------------------------------------------------------------- kafka-configs


def test_configs_alter_describe(broker: Broker) -> None:
    topic = common.unique("configs")
    _create_topic(broker, topic, 1)
    base = ["--bootstrap-server", broker.bootstrap, "--entity-type", "topics", "--entity-name", topic]
    run = _ok(java(common.CONFIGS, *base, "--alter", "--add-config", "retention.ms=5000,max.message.bytes=2000"))
    assert f"Completed updating config for topic {topic}." in run.stdout, str(run)
    run = _ok(java(common.CONFIGS, *base, "--describe"))
    assert f"Dynamic configs for topic {topic} are:" in run.stdout, str(run)
    assert re.search(r"^  retention\.ms=5000 sensitive=false synonyms=\{DYNAMIC_TOPIC_CONFIG:retention\.ms=5000",
                     run.stdout, re.M), str(run)
    assert re.search(r"^  max\.message\.bytes=2000 sensitive=false synonyms=\{DYNAMIC_TOPIC_CONFIG:max\.message\.bytes=2000",
                     run.stdout, re.M), str(run)

    _ok(java(common.CONFIGS, *base, "--alter", "--delete-config", "retention.ms"))
    run = _ok(java(common.CONFIGS, *base, "--describe", "--all"))
    assert f"All configs for topic {topic} are:" in run.stdout, str(run)
    assert re.search(r"^  retention\.ms=604800000 sensitive=false synonyms=\{DEFAULT_CONFIG:log\.retention\.hours=168",
                     run.stdout, re.M) or re.search(r"^  retention\.ms=604800000 sensitive=false", run.stdout, re.M), str(run)
    assert re.search(r"^  cleanup\.policy=delete sensitive=false", run.stdout, re.M), str(run)
    assert re.search(r"^  max\.message\.bytes=2000 ", run.stdout, re.M), str(run)

    bad = java(common.CONFIGS, *base, "--alter", "--add-config", "bogus.config=1")
    assert bad.returncode != 0, str(bad)
    assert "InvalidConfigurationException" in bad.stdout + bad.stderr and "bogus.config" in bad.stdout + bad.stderr, str(bad)

    missing = common.unique("missing")
    run = java(common.CONFIGS, "--bootstrap-server", broker.bootstrap, "--entity-type", "topics", "--entity-name",
               missing, "--describe")
    assert f"The topic '{missing}' doesn't exist and doesn't have dynamic config." in run.stdout, str(run)

    node = _node_id(broker)
    run = _ok(java(common.CONFIGS, "--bootstrap-server", broker.bootstrap, "--entity-type", "brokers",
                   "--entity-name", node, "--describe", "--all"))
    assert f"All configs for broker {node} are:" in run.stdout, str(run)
    assert re.search(r"^  num\.partitions=4 sensitive=false", run.stdout, re.M), str(run)


# --------------------------------------------------------------------------- offsets and records


def test_get_offsets_and_delete_records(broker: Broker, tmp_path: Any) -> None:
    topic = common.unique("offsets")
    _create_topic(broker, topic, 3)
    # key.separator with keys 0..2 pins nothing; the counts per partition come from GetOffsetShell.
    before = int(time.time() * 1000) - 1
    _produce_lines(broker, topic, [f"k{i % 7}:v{i}" for i in range(30)],
                   "--reader-property", "parse.key=true", "--reader-property", "key.separator=:")
    gos = ["--bootstrap-server", broker.bootstrap, "--topic", topic]
    latest = _offsets(_ok(java(common.GET_OFFSETS, *gos)))
    assert set(latest) == {0, 1, 2} and sum(latest.values()) == 30, latest
    assert _offsets(_ok(java(common.GET_OFFSETS, *gos, "--time", "earliest"))) == {0: 0, 1: 0, 2: 0}
    assert _offsets(_ok(java(common.GET_OFFSETS, *gos, "--time", str(before)))) == {0: 0, 1: 0, 2: 0}
    assert _offsets(_ok(java(common.GET_OFFSETS, *gos, "--time", str(before + 3_600_000)))) == {}
    partition = max(latest, key=lambda p: latest[p])
    one = _offsets(_ok(java(common.GET_OFFSETS, "--bootstrap-server", broker.bootstrap, "--topic-partitions",
                            f"{topic}:{partition}", "--time", "latest")))
    assert one == {partition: latest[partition]}
    missing = java(common.GET_OFFSETS, "--bootstrap-server", broker.bootstrap, "--topic", common.unique("missing"))
    assert missing.returncode != 0 and "Could not match any topic-partitions with the specified filters" in missing.stderr, str(missing)

    spec = tmp_path / "delete.json"
    spec.write_text(json.dumps({"version": 1, "partitions": [{"topic": topic, "partition": partition, "offset": 2}]}))
    run = _ok(java(common.DELETE_RECORDS, "--bootstrap-server", broker.bootstrap, "--offset-json-file", str(spec)))
    assert f"partition: {topic}-{partition}\tlow_watermark: 2" in run.stdout, str(run)
    earliest = _offsets(_ok(java(common.GET_OFFSETS, *gos, "--time", "earliest")))
    assert earliest == {p: (2 if p == partition else 0) for p in range(3)}
    spec.write_text(json.dumps({"version": 1, "partitions": [{"topic": topic, "partition": partition, "offset": 999}]}))
    run = java(common.DELETE_RECORDS, "--bootstrap-server", broker.bootstrap, "--offset-json-file", str(spec))
    assert f"partition: {topic}-{partition}\terror: org.apache.kafka.common.errors.OffsetOutOfRangeException" in run.stdout, str(run)


# --------------------------------------------------------------------------- kafka-transactions


def test_transactions_list_describe(broker: Broker, txn_data: dict[str, Any]) -> None:
    tid = txn_data["tid"]
    base = ["--bootstrap-server", broker.bootstrap]
    listed = _ok(java(common.TRANSACTIONS, *base, "list"))
    rows = {r["TransactionalId"]: r for r in _tsv(listed)}
    assert tid in rows and rows[tid]["TransactionState"] == "CompleteCommit", str(listed)
    producer_id = rows[tid]["ProducerId"]

    described = _ok(java(common.TRANSACTIONS, *base, "describe", "--transactional-id", tid))
    rows2 = _tsv(described)
    assert len(rows2) == 1, str(described)
    assert (rows2[0]["TransactionalId"], rows2[0]["ProducerId"], rows2[0]["TransactionState"]) == (
        tid, producer_id, "CompleteCommit"), str(described)
    assert rows2[0]["TransactionTimeoutMs"] == "60000", str(described)

    producers = _ok(java(common.TRANSACTIONS, *base, "describe-producers", "--topic", txn_data["topic"], "--partition", "0"))
    rows3 = _tsv(producers)
    assert [r["ProducerId"] for r in rows3] == [producer_id], str(producers)
    assert rows3[0]["CurrentTransactionStartOffset"] == "None", str(producers)

    missing = common.unique("missing-tid")
    run = java(common.TRANSACTIONS, *base, "describe", "--transactional-id", missing)
    assert run.returncode != 0, str(run)
    assert f"Failed to describe transaction state of transactional-id `{missing}`" in run.stdout + run.stderr, str(run)
    assert "could not be found" in run.stdout + run.stderr, str(run)


# --------------------------------------------------------------------------- kafka-broker-api-versions


def test_broker_api_versions(broker: Broker) -> None:
    run = _ok(java(common.BROKER_API_VERSIONS, "--bootstrap-server", broker.bootstrap))
    assert re.search(rf"^{re.escape(broker.host)}:{broker.port} \(id: \d+ rack: null isFenced: false\) -> \($",
                     run.stdout, re.M), str(run)
    usable = {m.group(1): int(m.group(2)) for m in re.finditer(r"^\t(\w+)\(\d+\): .*\[usable: (\d+)\]", run.stdout, re.M)}
    # The floors a 4.x Java client needs (PROTOCOL.md section 5).
    floors = {"Produce": 11, "Fetch": 12, "ListOffsets": 9, "Metadata": 12, "OffsetCommit": 9, "OffsetFetch": 9,
              "FindCoordinator": 6, "JoinGroup": 9, "Heartbeat": 4, "LeaveGroup": 5, "SyncGroup": 5, "ApiVersions": 3,
              "CreateTopics": 7, "DeleteTopics": 6, "InitProducerId": 5, "AddPartitionsToTxn": 3, "EndTxn": 4,
              "DescribeConfigs": 4, "IncrementalAlterConfigs": 1, "DescribeCluster": 1}
    low = {api: usable.get(api) for api, floor in floors.items() if usable.get(api, -1) < floor}
    assert not low, f"usable versions below the 4.x floors: {low}\n{run}"


# --------------------------------------------------------------------------- perf tools


def test_producer_and_consumer_perf(broker: Broker) -> None:
    topic = common.unique("perf")
    _create_topic(broker, topic, 2)
    run = _ok(java(common.PRODUCER_PERF, "--bootstrap-server", broker.bootstrap, "--topic", topic,
                   "--num-records", "5000", "--record-size", "100", "--throughput", "-1",
                   "--command-property", "acks=all", "--command-property", "linger.ms=5"))
    final = run.lines[-1]
    assert re.match(r"5000 records sent, [\d.]+ records/sec \([\d.]+ MB/sec\), [\d.]+ ms avg latency, "
                    r"[\d.]+ ms max latency, \d+ ms 50th, \d+ ms 95th, \d+ ms 99th, \d+ ms 99\.9th\.$", final), str(run)
    tx = _ok(java(common.PRODUCER_PERF, "--bootstrap-server", broker.bootstrap, "--topic", topic,
                  "--num-records", "1000", "--record-size", "100", "--throughput", "-1",
                  "--transactional-id", common.unique("perf-tid"), "--transaction-duration-ms", "100"))
    assert tx.lines[-1].startswith("1000 records sent, "), str(tx)

    consumed = _ok(java(common.CONSUMER_PERF, "--bootstrap-server", broker.bootstrap, "--topic", topic,
                        "--num-records", "6000", "--timeout", "30000"))
    header = [h.strip() for h in consumed.lines[0].split(",")]
    values = dict(zip(header, (v.strip() for v in consumed.lines[1].split(",")), strict=True))
    assert values["data.consumed.in.nMsg"] == "6000", str(consumed)
    assert abs(float(values["data.consumed.in.MB"]) - 6000 * 100 / (1024 * 1024)) < 0.01, str(consumed)

    latest = _offsets(_ok(java(common.GET_OFFSETS, "--bootstrap-server", broker.bootstrap, "--topic", topic)))
    # 6000 records plus one commit marker per partition per transaction of the second run.
    assert sum(latest.values()) > 6000, latest


# --------------------------------------------------------------------------- verifiable tools


def test_verifiable_producer_and_consumer(broker: Broker) -> None:
    topic, group = common.unique("verifiable"), common.unique("verifiable-group")
    _create_topic(broker, topic, 3)
    produced = _ok(java(common.VERIFIABLE_PRODUCER, "--bootstrap-server", broker.bootstrap, "--topic", topic,
                        "--max-messages", "600", "--throughput", "-1", "--acks", "-1", "--repeating-keys", "6",
                        "--value-prefix", "7"))
    events = common.json_lines(produced)
    acked = {(e["partition"], e["offset"]): e["value"] for e in events if e["name"] == "producer_send_success"}
    assert not [e for e in events if e["name"] == "producer_send_error"], str(produced)
    tool_data = [e for e in events if e["name"] == "tool_data"]
    assert tool_data and tool_data[0]["acked"] == 600 == len(acked), str(produced)
    assert {p for p, _o in acked} == {0, 1, 2}, str(produced)
    for partition in range(3):  # acknowledged offsets are dense per partition
        offsets = sorted(o for p, o in acked if p == partition)
        assert offsets == list(range(len(offsets))), (partition, offsets)

    consumed = _ok(java(common.VERIFIABLE_CONSUMER, "--bootstrap-server", broker.bootstrap, "--topic", topic,
                        "--group-id", group, "--max-messages", "600", "--reset-policy", "earliest", "--verbose"))
    events = common.json_lines(consumed)
    records = [e for e in events if e["name"] == "record_data"]
    seen: dict[tuple[int, int], str] = {}
    last: dict[int, int] = {}
    for r in records:
        assert r["offset"] > last.get(r["partition"], -1), f"offsets went backwards: {r}"
        last[r["partition"]] = r["offset"]
        seen[(r["partition"], r["offset"])] = r["value"]
    assert seen == acked, "consumed (partition, offset, value) differ from the acknowledged ones"
    assert len(records) == 600
    commits = [e for e in events if e["name"] == "offsets_committed"]
    assert commits and all(c["success"] for c in commits), str(consumed)
    final: dict[int, int] = {}
    for c in commits:
        for o in c["offsets"]:
            final[o["partition"]] = max(final.get(o["partition"], 0), o["offset"])
    assert final == {p: o + 1 for p, o in last.items()}, final

    described = _ok(_groups(broker, "--describe", "--group", group))
    lag = {int(r["PARTITION"]): r["LAG"] for r in _table(described, "GROUP")}
    assert lag == {0: "0", 1: "0", 2: "0"}, str(described)
