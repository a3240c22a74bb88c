"""The Java clients (kafka-clients 4.2.0) against the broker: producer, consumer, Admin, transactions.

``src/streamd/compat/JvmCheck.java`` (our own program) runs one subcommand per JVM and prints
one JSON line per check; each pytest case below reads one check, so the allowlist governs them
one by one while a subcommand costs a single JVM start. What each check asserts is described
next to its name; JvmCheck.java has the details. Every topic, group and transactional id is
fresh (``common.unique``), so the cases never see each other's data.
"""

from __future__ import annotations

from typing import Any

import pytest

from compat_tests.conftest import Broker
from compat_tests.jvm import common

CODECS = ["none", "gzip", "snappy", "lz4", "zstd"]

CHECKS: dict[str, list[str]] = {
    # 300 records per codec with the producer's default idempotence, over 2 partitions: null and
    # empty keys and values, random and repetitive payloads, repeated and null-valued headers,
    # explicit timestamps. Read back with assign + seek: every key, value, header and timestamp
    # byte-identical, acknowledged offsets consecutive; DescribeProducers shows the idempotent
    # producer id with last sequence 149 on partition 0.
    "codecs": [f"codec_round_trip[{codec}]" for codec in CODECS],
    # One member consumes 400 records from 4 partitions (no duplicates, offsets increasing),
    # DescribeGroups/ConsumerGroupDescribe says Stable with 1 member holding 4 partitions, its
    # commit equals the log end offsets; two new members split the 4 partitions between them
    # (commit on revoke), read exactly the 100 newer records, and after both close the group is
    # Empty with 500 committed.
    "group": ["group_consume_all", "group_describe_stable", "group_committed_offsets",
              "group_rebalance_two_members", "group_resume_from_committed", "group_describe_two_members",
              "group_empty_after_close"],
    # Admin: createTopics (configs, validateOnly, TopicExists, InvalidReplicationFactor),
    # listTopics (internal hidden, topic ids), describeTopics (leader, replicas, ISR; missing
    # topic -> UnknownTopicOrPartition), createPartitions (grow; shrink -> InvalidPartitions),
    # describeConfigs (values, sources, every config, broker num.partitions), incremental
    # alter (SET, DELETE back to default, APPEND, SUBTRACT, unknown and invalid values ->
    # InvalidConfiguration), listOffsets (earliest, latest, read_committed, by timestamp
    # exact/between/before/after, max timestamp), deleteRecords (low watermark, earliest offset,
    # what a consumer then reads, past the end -> OffsetOutOfRange), describeCluster, and the
    # group APIs on an Empty group: list, describe, list/alter/delete offsets (metadata
    # round-trips), delete (again -> GroupIdNotFound), deleteTopics (missing -> UnknownTopic).
    "admin": ["create_topics", "list_topics", "describe_topics", "create_partitions", "describe_configs",
              "incremental_alter_configs", "list_offsets", "delete_records", "describe_cluster", "list_groups",
              "describe_groups", "list_group_offsets", "alter_group_offsets", "delete_group_offsets",
              "delete_groups", "delete_topics"],
    # Transactions over 3 partitions: commit, abort, commit; read_committed sees only the
    # committed values in order, read_uncommitted all of them; describe/listTransactions say
    # CompleteCommit; an open transaction holds the last stable offset below the high watermark
    # (and read_committed sees nothing of it; describeTransactions says Ongoing over 3 partitions;
    # describeProducers shows its start offset); sendOffsetsToTransaction commits group offsets
    # with the transaction; a second producer with the same transactional id fences the first,
    # whose record stays invisible.
    "txn": ["txn_read_committed", "txn_read_uncommitted", "txn_describe_complete", "txn_open_holds_lso",
            "txn_offsets_committed", "txn_fencing"],
}
CASES = [("codecs", name, "") for name in CHECKS["codecs"]]
CASES += [("group", name, protocol) for protocol in ("classic", "consumer") for name in CHECKS["group"]]
CASES += [(sub, name, "") for sub in ("admin", "txn") for name in CHECKS[sub]]

_runs: dict[tuple[str, str], tuple[common.Run, dict[str, dict[str, Any]]]] = {}


def _results(broker: Broker, sub: str, arg: str) -> tuple[common.Run, dict[str, dict[str, Any]]]:
    """Run ``JvmCheck SUB`` once per (subcommand, argument) and keep its checks by name."""
    key = (sub, arg)
    if key not in _runs:
        args = [sub, broker.bootstrap, common.unique(sub)] + ([arg] if arg else [])
        run = common.java(common.JVM_CHECK, *args, timeout=240)
        checks = {line["check"]: line for line in common.json_lines(run) if "check" in line}
        _runs[key] = (run, checks)
    return _runs[key]


@pytest.mark.parametrize(
    ("sub", "check", "protocol"), CASES,
    ids=[f"{sub}-{protocol}-{check}" if protocol else f"{sub}-{check}" for sub, check, protocol in CASES],
)
def test_java_client(broker: Broker, sub: str, check: str, protocol: str) -> None:
    run, checks = _results(broker, sub, protocol)
    unexpected = set(checks) - set(CHECKS[sub])
    assert not unexpected, f"JvmCheck printed checks this file does not know: {unexpected}\n{run}"
    assert check in checks, f"JvmCheck {sub} printed no result for {check}\n{run}"
    assert checks[check]["ok"], f"{check}: {checks[check]['detail']}\n{run}"
