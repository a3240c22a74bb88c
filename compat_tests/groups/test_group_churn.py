"""Consumer groups under churn: members join, one leaves cleanly and one crashes while a producer
writes ``STREAMD_GROUP_RECORDS`` records (default 100,000) to a 6-partition topic.

Each case runs, against the broker under test, one client library's consumers as subprocess
members of one group (``member.py``) and checks (``common.Group``, ``common.OffsetPoller``) that
every record is consumed at least once, that no member skips a record or starts anywhere but
at the committed offset, that no partition has two owners at once, and that committed offsets
never go backwards and end at the log end.

Dynamic membership (the classic protocol with the range and cooperative-sticky assignors, and
KIP-848's ConsumerGroupHeartbeat protocol for librdkafka):

1. three members share the partitions;
2. a fourth joins;
3. the first leaves cleanly (close). Its session timeout is 60 s, so only its LeaveGroup can
   have the group rebalance within the 30 s the test allows;
4. the second is SIGKILLed. It sends nothing more, so the group must notice by the session
   timeout (6 s for the classic protocol; the broker's group.consumer.session.timeout.ms,
   45 s by default, for KIP-848). The survivors must not see a rebalance within 3 s of the
   kill (a broker that drops members when their connection closes would), and must own its
   partitions afterwards.

Then the rest of the records are drained, the members close, the group is Empty and DeleteGroups
removes it with its offsets.

Static membership (group.instance.id, classic protocol): a killed static member restarted with
the same instance id gets its old partitions back without a rebalance (no other member sees a
revoke or an assignment), and static members that close stay members until their session
times out (they send no LeaveGroup).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from confluent_kafka import ConsumerGroupState
from confluent_kafka.admin import AdminClient

from compat_tests.conftest import Broker
from compat_tests.groups.common import (
    ADMIN_TIMEOUT_S,
    DRAIN_TIMEOUT_S,
    LEAVE_TIMEOUT_S,
    LEAVER_SESSION_MS,
    RECORDS,
    SESSION_MS,
    STABLE_TIMEOUT_S,
    STATIC_SESSION_MS,
    Group,
    OffsetPoller,
    RecordProducer,
    create_topic,
    eventually,
    unique,
)

pytestmark = pytest.mark.timeout(400)

KIP848_SESSION_S = 45.0  # Kafka's group.consumer.session.timeout.ms default (also its minimum)
EARLIEST_EXPIRY_S = SESSION_MS / 2000  # no rebalance this soon after a crash: the session is still alive

CHURN_CASES = [
    pytest.param("confluent-kafka", "classic", "range", id="confluent-kafka-range"),
    pytest.param("confluent-kafka", "classic", "cooperative-sticky", id="confluent-kafka-cooperative-sticky"),
    pytest.param("confluent-kafka", "consumer", "range", id="confluent-kafka-kip848"),
    pytest.param("kafka-python", "classic", "range", id="kafka-python-range"),
    pytest.param("kafka-python", "classic", "cooperative-sticky", id="kafka-python-cooperative-sticky"),
    pytest.param("aiokafka", "classic", "range", id="aiokafka-range"),
]


# --------------------------------------------------------------------------- admin views of the group


def describe(admin: AdminClient, group: str) -> tuple[str, int]:
    """(state, member count) from DescribeGroups (ConsumerGroupDescribe for a KIP-848 group)."""
    description = admin.describe_consumer_groups([group], request_timeout=10)[group].result(ADMIN_TIMEOUT_S)
    state = description.state
    return (state.name if isinstance(state, ConsumerGroupState) else str(state)), len(description.members)


def wait_described(admin: AdminClient, group: str, state: str, members: int, timeout: float = 30.0) -> None:
    seen: list[tuple[str, int]] = []

    def check() -> bool:
        seen.append(describe(admin, group))
        return seen[-1] == (state, members)

    eventually(check, timeout, f"group {group} described as {state} with {members} members (last: {seen[-1:]})",
               interval=0.3)


def listed_groups(admin: AdminClient) -> dict[str, str]:
    result = admin.list_consumer_groups(request_timeout=10).result(ADMIN_TIMEOUT_S)
    return {g.group_id: (g.state.name if g.state is not None else "") for g in result.valid}


def delete_group(client: str, bootstrap: str, admin: AdminClient, group: str) -> None:
    """DeleteGroups with the client under test (aiokafka 0.14's admin has none: librdkafka's)."""
    if client == "kafka-python":
        from kafka.admin import KafkaAdminClient

        kp_admin = KafkaAdminClient(bootstrap_servers=bootstrap)
        try:
            results = dict(kp_admin.delete_groups([group]))
        finally:
            kp_admin.close()
        assert results[group] == "OK", results
        return
    admin.delete_consumer_groups([group], request_timeout=10)[group].result(ADMIN_TIMEOUT_S)


def assert_group_consistent(group: Group, poller: OffsetPoller) -> None:
    """The checks that need no timing: see the module docstring of common.py."""
    problems = list(group.violations) + group.overlapping_ownership() + poller.backwards
    assert not problems, f"{len(problems)} problems, e.g.:\n  " + "\n  ".join(problems[:20]) + \
        f"\n{group.summary()}"
    missing = group.missing_ids()
    assert not missing, f"{len(missing)} records never consumed, e.g. {missing[:10]}; {group.summary()}"
    assert poller.polls > 0, f"OffsetFetch never answered: {poller.errors[-3:]}"


def drain(group: Group, producer: RecordProducer, poller: OffsetPoller) -> None:
    """Wait until every record is consumed and every committed offset is at the log end.

    Fails early, rather than at the deadline, once the outcome is certain: a committed offset
    beyond the log end, or every partition committed to its end for 10 s with records still
    unseen (no member reads below the committed offsets, so they would never come)."""
    producer.finish()
    settled: list[float] = []

    def consumed() -> bool:
        group.fail_on_violations()
        if group.consumed_count() == group.total:
            return True
        committed = [poller.latest.get(p, -1) for p in range(group.partitions)]
        beyond = {p: c for p, c in enumerate(committed) if c > producer.end_offsets[p]}
        assert not beyond, f"committed offsets beyond the log end {producer.end_offsets}: {beyond}"
        if committed != producer.end_offsets:
            settled.clear()
        elif not settled:
            settled.append(time.monotonic())
        elif time.monotonic() - settled[0] > 10:
            missing = group.missing_ids()
            raise AssertionError(f"every partition committed to its end, but {len(missing)} records were never "
                                 f"consumed, e.g. {missing[:10]}; {group.summary()}")
        return False

    eventually(consumed, DRAIN_TIMEOUT_S, f"every record consumed ({group.summary()}; assignments "
               f"{group.assignments()})", interval=0.2)
    poller.wait_for(producer.end_offsets, DRAIN_TIMEOUT_S)


# --------------------------------------------------------------------------- dynamic membership


@pytest.mark.parametrize(("client", "protocol", "assignor"), CHURN_CASES)
def test_join_leave_crash(broker: Broker, tmp_path: Path, client: str, protocol: str, assignor: str) -> None:
    topic, group_id = unique("churn"), unique(f"churn-{client}-{assignor}")
    create_topic(broker.bootstrap, topic)
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    producer = RecordProducer(broker.bootstrap, topic, RECORDS)
    group = Group(client, broker.bootstrap, topic, group_id, tmp_path, RECORDS, protocol=protocol,
                  assignor=assignor)
    timings: dict[str, float] = {}
    try:
        with OffsetPoller(client, broker.bootstrap, group_id, topic) as poller:
            began = time.monotonic()
            producer.start_phase(0.25)
            group.start_first_members(["m1", "m2", "m3"],
                                      {"m1": LEAVER_SESSION_MS, "m2": SESSION_MS, "m3": SESSION_MS})
            timings["three members"] = group.wait_stable(STABLE_TIMEOUT_S, "three members share the partitions") - began
            wait_described(admin, group_id, "STABLE", 3)
            assert listed_groups(admin).get(group_id) == "STABLE"

            producer.start_phase(0.25)
            joined = time.monotonic()
            group.start_member("m4")
            timings["join"] = group.wait_stable(STABLE_TIMEOUT_S, "m4 joined") - joined
            wait_described(admin, group_id, "STABLE", 4)

            producer.start_phase(0.25)
            left = group.stop("m1")
            timings["leave"] = group.wait_stable(
                LEAVE_TIMEOUT_S, f"m1 left cleanly (its session timeout is {LEAVER_SESSION_MS} ms, so only its "
                "LeaveGroup can make this quick)") - left
            group.wait_closed("m1")
            wait_described(admin, group_id, "STABLE", 3)

            producer.start_phase(1.0)
            survivors = ["m3", "m4"]
            killed = group.kill("m2")
            session_s = KIP848_SESSION_S if protocol == "consumer" else SESSION_MS / 1000
            recovered = group.wait_stable(session_s + STABLE_TIMEOUT_S, "the crashed m2's partitions reassigned")
            timings["crash"] = recovered - killed
            early = [(name, e["e"], round(e["t"] - killed, 2)) for name in survivors
                     for e in group.members[name].rebalance_events_since(killed)
                     if e["t"] - killed < EARLIEST_EXPIRY_S]
            assert not early, f"the survivors rebalanced {early} s after m2 was killed: its session had not expired"
            wait_described(admin, group_id, "STABLE", 2)

            drain(group, producer, poller)
            timings["total"] = time.monotonic() - began
            for name in survivors:
                group.stop(name)
            for name in survivors:
                group.wait_closed(name)
            wait_described(admin, group_id, "EMPTY", 0)
            assert_group_consistent(group, poller)

        delete_group(client, broker.bootstrap, admin, group_id)
        eventually(lambda: group_id not in listed_groups(admin), 15, f"{group_id} gone from ListGroups")
        with OffsetPoller(client, broker.bootstrap, group_id, topic) as after:
            eventually(lambda: after.polls > 0, 15, "OffsetFetch after DeleteGroups")
        assert after.latest == {}, f"offsets left after DeleteGroups: {after.latest}"
    finally:
        group.shutdown()
    print(f"{client} {protocol} {assignor}: " + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items()) +
          f"; {group.summary()}")


# --------------------------------------------------------------------------- static membership


@pytest.mark.parametrize("client", ["confluent-kafka", "kafka-python", "aiokafka"])
def test_static_member_restart(broker: Broker, tmp_path: Path, client: str) -> None:
    topic, group_id = unique("static"), unique(f"static-{client}")
    create_topic(broker.bootstrap, topic)
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    producer = RecordProducer(broker.bootstrap, topic, RECORDS)
    group = Group(client, broker.bootstrap, topic, group_id, tmp_path, RECORDS)
    timings: dict[str, Any] = {}
    try:
        with OffsetPoller(client, broker.bootstrap, group_id, topic) as poller:
            began = time.monotonic()
            producer.start_phase(1 / 3)
            names = ["s1", "s2", "s3"]
            group.start_first_members(names, dict.fromkeys(names, STATIC_SESSION_MS),
                                      {name: f"{group_id}-{name}" for name in names})
            group.wait_stable(STABLE_TIMEOUT_S, "three static members share the partitions")
            wait_described(admin, group_id, "STABLE", 3)

            producer.start_phase(1 / 3)
            group.start_member("s4", session_ms=STATIC_SESSION_MS, instance_id=f"{group_id}-s4")
            group.wait_stable(STABLE_TIMEOUT_S, "s4 joined")
            wait_described(admin, group_id, "STABLE", 4)

            # s4 joined last, so it is not the group leader (whose rejoin is a special case).
            before = group.assignments()
            killed = group.kill("s4")
            group.start_member("s4-restarted", session_ms=STATIC_SESSION_MS, instance_id=f"{group_id}-s4")
            back = group.wait_stable(STATIC_SESSION_MS / 1000, "the restarted s4 has partitions again")
            timings["static rejoin"] = back - killed
            after = group.assignments()
            assert after.pop("s4-restarted") == before.pop("s4"), "the restarted static member got other partitions"
            assert after == before, "the other members' assignments changed"
            moved = {name: group.members[name].rebalance_events_since(killed) for name in ("s1", "s2", "s3")}
            assert not any(moved.values()), f"a static member's restart rebalanced the others: {moved}"
            wait_described(admin, group_id, "STABLE", 4)

            producer.start_phase(1.0)
            drain(group, producer, poller)
            timings["total"] = time.monotonic() - began
            for name in (*names, "s4-restarted"):
                group.stop(name)
            for name in (*names, "s4-restarted"):
                group.wait_closed(name)
            # No LeaveGroup from a static member: it stays until its session times out.
            state, members = describe(admin, group_id)
            assert members == 4, f"static members that closed left the group at once ({state}, {members} members)"
            assert_group_consistent(group, poller)
    finally:
        group.shutdown()
    print(f"{client} static: " + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items()) + f"; {group.summary()}")
