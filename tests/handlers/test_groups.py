"""Classic consumer groups over the wire: the rebalance protocol, offsets and admin, with
Kafka's error codes (GroupMetadataManager / OffsetMetadataManager semantics)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from streamd.config import load_config
from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated import delete_groups_request as dgr
from streamd.protocol._generated import describe_groups_request as dsr
from streamd.protocol._generated import heartbeat_request as hbr
from streamd.protocol._generated import join_group_request as jgr
from streamd.protocol._generated import leave_group_request as lgr
from streamd.protocol._generated import list_groups_request as lsr
from streamd.protocol._generated import offset_commit_request as ocr
from streamd.protocol._generated import offset_delete_request as odr
from streamd.protocol._generated import offset_fetch_request as ofr
from streamd.protocol._generated import sync_group_request as sgr
from streamd.server.app import RunningBroker, start_broker
from tests.handlers.helpers import create_topic
from tests.wire import WireClient

pytestmark = pytest.mark.broker_config(**{"group.initial.rebalance.delay.ms": 0})

SESSION_MS = 6000


@pytest.fixture
async def clients(running_broker: RunningBroker) -> AsyncIterator[list[WireClient]]:
    opened = [await WireClient.connect(running_broker.host, running_broker.port) for _ in range(3)]
    await create_topic(opened[0], "t", partitions=4)
    yield opened
    for client in opened:
        await client.close()


def join_request(group: str, member_id: str = "", *, instance: str | None = None, protocols: tuple[str, ...] = ("range",),
                 session_ms: int = SESSION_MS, rebalance_ms: int = 10_000) -> jgr.JoinGroupRequest:
    return jgr.JoinGroupRequest(
        group_id=group, session_timeout_ms=session_ms, rebalance_timeout_ms=rebalance_ms, member_id=member_id,
        group_instance_id=instance, protocol_type="consumer",
        protocols=[jgr.JoinGroupRequestProtocol(name=name, metadata=name.encode()) for name in protocols],
    )


async def join(client: WireClient, group: str, member_id: str = "", version: int = 9, **kwargs: Any) -> Any:
    """JoinGroup, following KIP-394's MEMBER_ID_REQUIRED round trip like a real client."""
    response = await client.call(ApiKey.JOIN_GROUP, version, join_request(group, member_id, **kwargs), timeout=30)
    if response.error_code == ErrorCode.MEMBER_ID_REQUIRED:
        response = await client.call(ApiKey.JOIN_GROUP, version, join_request(group, response.member_id, **kwargs),
                                     timeout=30)
    return response


async def sync(client: WireClient, group: str, generation: int, member_id: str,
               assignments: dict[str, bytes] | None = None, version: int = 5) -> Any:
    return await client.call(ApiKey.SYNC_GROUP, version, sgr.SyncGroupRequest(
        group_id=group, generation_id=generation, member_id=member_id, protocol_type="consumer",
        protocol_name="range",
        assignments=[sgr.SyncGroupRequestAssignment(member_id=m, assignment=a) for m, a in (assignments or {}).items()],
    ), timeout=30)


async def heartbeat(client: WireClient, group: str, generation: int, member_id: str,
                    instance: str | None = None) -> int:
    response = await client.call(ApiKey.HEARTBEAT, 4, hbr.HeartbeatRequest(
        group_id=group, generation_id=generation, member_id=member_id, group_instance_id=instance))
    return int(response.error_code)


async def commit(client: WireClient, group: str, offsets: dict[int, int], *, generation: int = -1,
                 member_id: str = "", topic: str = "t", version: int = 8, metadata: str = "m") -> list[int]:
    response = await client.call(ApiKey.OFFSET_COMMIT, version, ocr.OffsetCommitRequest(
        group_id=group, generation_id_or_member_epoch=generation, member_id=member_id,
        topics=[ocr.OffsetCommitRequestTopic(name=topic, partitions=[
            ocr.OffsetCommitRequestPartition(partition_index=p, committed_offset=o, committed_metadata=metadata)
            for p, o in offsets.items()])]))
    return [p.error_code for t in response.topics for p in t.partitions]


async def fetch_offsets(client: WireClient, group: str, partitions: list[int] | None = None,
                        version: int = 7) -> dict[int, tuple[int, str]]:
    topics = None if partitions is None else [ofr.OffsetFetchRequestTopic(name="t", partition_indexes=partitions)]
    response = await client.call(ApiKey.OFFSET_FETCH, version, ofr.OffsetFetchRequest(group_id=group, topics=topics))
    assert response.error_code == ErrorCode.NONE
    return {p.partition_index: (p.committed_offset, p.metadata) for t in response.topics for p in t.partitions}


async def form_group(clients: list[WireClient], group: str, **kwargs: Any) -> list[Any]:
    """Join every client concurrently and sync them: the answers of one generation."""
    joins = await asyncio.gather(*(join(c, group, **kwargs) for c in clients))
    assert {j.error_code for j in joins} == {ErrorCode.NONE}
    assert len({j.generation_id for j in joins}) == 1
    leader = next(j for j in joins if j.leader == j.member_id)
    plan = {m.member_id: f"for {m.member_id}".encode() for m in leader.members}
    syncs = await asyncio.gather(*(
        sync(c, group, j.generation_id, j.member_id, plan if j is leader else None) for c, j in zip(clients, joins,
                                                                                                   strict=True)))
    assert [s.assignment for s in syncs] == [f"for {j.member_id}".encode() for j in joins]
    return list(joins)


async def test_join_requires_a_member_id_first_from_v4(clients: list[WireClient]) -> None:
    first = await clients[0].call(ApiKey.JOIN_GROUP, 4, join_request("g-kip394"))
    assert first.error_code == ErrorCode.MEMBER_ID_REQUIRED
    assert first.member_id.startswith("streamd-tests-")
    second = await clients[0].call(ApiKey.JOIN_GROUP, 4, join_request("g-kip394", first.member_id), timeout=30)
    assert second.error_code == ErrorCode.NONE
    assert (second.member_id, second.leader, second.generation_id) == (first.member_id, first.member_id, 1)
    assert [m.member_id for m in second.members] == [first.member_id]
    # v3 and older get an id on the first join, as before KIP-394.
    old = await clients[1].call(ApiKey.JOIN_GROUP, 3, join_request("g-old"), timeout=30)
    assert old.error_code == ErrorCode.NONE and old.member_id


async def test_three_members_form_one_generation_and_a_leave_rebalances(clients: list[WireClient]) -> None:
    joins = await form_group(clients, "g3")
    generation = joins[0].generation_id
    leader = next(j for j in joins if j.leader == j.member_id)
    assert sorted(m.member_id for m in leader.members) == sorted(j.member_id for j in joins)
    assert [await heartbeat(c, "g3", generation, j.member_id) for c, j in zip(clients, joins, strict=True)] == [0] * 3
    # One member leaves: the others learn of the rebalance through their heartbeat.
    left = await clients[2].call(ApiKey.LEAVE_GROUP, 5, lgr.LeaveGroupRequest(
        group_id="g3", members=[lgr.MemberIdentity(member_id=joins[2].member_id)]))
    assert left.error_code == ErrorCode.NONE and [m.error_code for m in left.members] == [ErrorCode.NONE]
    assert await heartbeat(clients[0], "g3", generation, joins[0].member_id) == ErrorCode.REBALANCE_IN_PROGRESS
    rejoined = await asyncio.gather(*(join(c, "g3", j.member_id) for c, j in zip(clients[:2], joins[:2], strict=True)))
    assert {r.generation_id for r in rejoined} == {generation + 1}
    # The departed member is unknown now; a stale generation is illegal.
    assert await heartbeat(clients[2], "g3", generation + 1, joins[2].member_id) == ErrorCode.UNKNOWN_MEMBER_ID
    assert await heartbeat(clients[0], "g3", generation, joins[0].member_id) == ErrorCode.ILLEGAL_GENERATION


async def test_sync_errors(clients: list[WireClient]) -> None:
    (joined,) = await form_group(clients[:1], "g-sync")
    assert (await sync(clients[0], "g-sync", joined.generation_id + 1, joined.member_id)).error_code == \
        ErrorCode.ILLEGAL_GENERATION
    assert (await sync(clients[0], "g-sync", joined.generation_id, "nobody")).error_code == ErrorCode.UNKNOWN_MEMBER_ID
    assert (await sync(clients[0], "nogroup", 1, "nobody")).error_code == ErrorCode.UNKNOWN_MEMBER_ID
    stable = await sync(clients[0], "g-sync", joined.generation_id, joined.member_id)
    assert stable.error_code == ErrorCode.NONE and stable.assignment == f"for {joined.member_id}".encode()


async def test_inconsistent_protocols_are_refused(clients: list[WireClient]) -> None:
    await form_group(clients[:1], "g-proto", protocols=("range",))
    other = await join(clients[1], "g-proto", protocols=("roundrobin",))
    assert other.error_code == ErrorCode.INCONSISTENT_GROUP_PROTOCOL


async def test_session_timeout_bounds(clients: list[WireClient]) -> None:
    response = await join(clients[0], "g-timeout", session_ms=10)
    assert response.error_code == ErrorCode.INVALID_SESSION_TIMEOUT


async def test_expired_session_removes_the_member(running_broker: RunningBroker, clients: list[WireClient]) -> None:
    joins = await form_group(clients[:2], "g-expire")
    # The second member never heartbeats; with a short session it is dropped and the group
    # rebalances around the first.
    group = running_broker.broker.groups._groups["g-expire"]  # noqa: SLF001 - observing the state machine
    group.members[joins[1].member_id].session_timeout_ms = 200
    running_broker.broker.groups._schedule_session(group, group.members[joins[1].member_id])  # noqa: SLF001
    for _ in range(50):
        if joins[1].member_id not in group.members:
            break
        await asyncio.sleep(0.05)
    assert joins[1].member_id not in group.members
    code = await heartbeat(clients[0], "g-expire", joins[0].generation_id, joins[0].member_id)
    assert code == ErrorCode.REBALANCE_IN_PROGRESS


async def test_static_member_rejoins_without_rebalance_and_fences_its_old_id(clients: list[WireClient]) -> None:
    (first,) = await form_group(clients[:1], "g-static", instance="i-1")
    again = await join(clients[1], "g-static", instance="i-1")
    assert again.error_code == ErrorCode.NONE
    assert again.member_id != first.member_id
    assert again.generation_id == first.generation_id  # no new generation (KIP-345)
    assert again.skip_assignment  # the leader came back: it keeps the assignment (KIP-814)
    assert await heartbeat(clients[0], "g-static", first.generation_id, first.member_id, "i-1") == \
        ErrorCode.FENCED_INSTANCE_ID
    assert await heartbeat(clients[1], "g-static", first.generation_id, again.member_id, "i-1") == ErrorCode.NONE
    resynced = await sync(clients[1], "g-static", again.generation_id, again.member_id)
    assert resynced.assignment == f"for {first.member_id}".encode()


async def test_offsets_commit_fetch_and_validation(clients: list[WireClient]) -> None:
    c = clients[0]
    # An admin/standalone commit (generation -1) creates an Empty group.
    assert await commit(c, "g-off", {0: 5, 1: 7}) == [0, 0]
    assert await fetch_offsets(c, "g-off", [0, 1, 2]) == {0: (5, "m"), 1: (7, "m"), 2: (-1, "")}
    assert await fetch_offsets(c, "g-off") == {0: (5, "m"), 1: (7, "m")}
    assert await fetch_offsets(c, "g-none", [0]) == {0: (-1, "")}
    assert await commit(c, "g-off", {9: 1}) == [ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]
    assert await commit(c, "g-off", {0: 1}, metadata="x" * 5000) == [ErrorCode.OFFSET_METADATA_TOO_LARGE]
    # A generation for a group that does not exist (KafkaApis before v9; GROUP_ID_NOT_FOUND from v9).
    assert await commit(c, "g-missing", {0: 1}, generation=3, member_id="m", version=8) == \
        [ErrorCode.ILLEGAL_GENERATION]
    assert await commit(c, "g-missing", {0: 1}, generation=3, member_id="m", version=9) == \
        [ErrorCode.GROUP_ID_NOT_FOUND]
    # Members of an active group commit with their generation; others are refused.
    joins = await form_group(clients[1:2], "g-active")
    member = joins[0]
    assert await commit(c, "g-active", {0: 3}, generation=member.generation_id, member_id=member.member_id) == [0]
    assert await commit(c, "g-active", {0: 4}, generation=member.generation_id + 1, member_id=member.member_id) == \
        [ErrorCode.ILLEGAL_GENERATION]
    assert await commit(c, "g-active", {0: 4}, generation=member.generation_id, member_id="stranger") == \
        [ErrorCode.UNKNOWN_MEMBER_ID]
    assert await commit(c, "g-active", {0: 4}) == [ErrorCode.UNKNOWN_MEMBER_ID]  # admin commit on a live group
    # OffsetFetch v8 batches groups.
    response = await c.call(ApiKey.OFFSET_FETCH, 8, ofr.OffsetFetchRequest(groups=[
        ofr.OffsetFetchRequestGroup(group_id="g-off", topics=None),
        ofr.OffsetFetchRequestGroup(group_id="g-active", topics=[
            ofr.OffsetFetchRequestTopics(name="t", partition_indexes=[0])]),
    ]))
    got = {g.group_id: {p.partition_index: p.committed_offset for t in g.topics for p in t.partitions}
           for g in response.groups}
    assert got == {"g-off": {0: 5, 1: 7}, "g-active": {0: 3}}


async def test_list_describe_delete(clients: list[WireClient]) -> None:
    c = clients[0]
    assert await commit(c, "g-simple", {0: 1}) == [0]
    joins = await form_group(clients[1:3], "g-live")
    listed = await c.call(ApiKey.LIST_GROUPS, 5, lsr.ListGroupsRequest())
    states = {g.group_id: (g.group_state, g.protocol_type, g.group_type) for g in listed.groups}
    assert states["g-simple"] == ("Empty", "", "classic")
    assert states["g-live"] == ("Stable", "consumer", "classic")
    filtered = await c.call(ApiKey.LIST_GROUPS, 5, lsr.ListGroupsRequest(states_filter=["stable"]))
    assert "g-simple" not in {g.group_id for g in filtered.groups} and "g-live" in {g.group_id for g in filtered.groups}
    described = await c.call(ApiKey.DESCRIBE_GROUPS, 5, dsr.DescribeGroupsRequest(groups=["g-live", "g-nope"]))
    live, nope = described.groups
    assert (live.group_state, live.protocol_type, live.protocol_data) == ("Stable", "consumer", "range")
    assert sorted(m.member_id for m in live.members) == sorted(j.member_id for j in joins)
    assert all(m.member_assignment == f"for {m.member_id}".encode() for m in live.members)
    assert all(m.client_host == "/127.0.0.1" and m.member_metadata == b"range" for m in live.members)
    assert (nope.error_code, nope.group_state) == (ErrorCode.NONE, "Dead")
    v6 = await c.call(ApiKey.DESCRIBE_GROUPS, 6, dsr.DescribeGroupsRequest(groups=["g-nope"]))
    assert v6.groups[0].error_code == ErrorCode.GROUP_ID_NOT_FOUND
    deleted = await c.call(ApiKey.DELETE_GROUPS, 2, dgr.DeleteGroupsRequest(groups_names=["g-simple", "g-live",
                                                                                          "g-nope"]))
    assert [(r.group_id, r.error_code) for r in deleted.results] == [
        ("g-simple", ErrorCode.NONE), ("g-live", ErrorCode.NON_EMPTY_GROUP), ("g-nope", ErrorCode.GROUP_ID_NOT_FOUND)]
    assert await fetch_offsets(c, "g-simple", [0]) == {0: (-1, "")}


async def test_offset_delete_refuses_subscribed_topics(clients: list[WireClient]) -> None:
    c = clients[0]
    await create_topic(c, "other", partitions=1)
    assert await commit(c, "g-odel", {0: 1}) == [0]
    assert await commit(c, "g-odel", {0: 2}, topic="other") == [0]
    response = await c.call(ApiKey.OFFSET_DELETE, 0, odr.OffsetDeleteRequest(group_id="g-odel", topics=[
        odr.OffsetDeleteRequestTopic(name="other", partitions=[odr.OffsetDeleteRequestPartition(partition_index=0)])]))
    assert response.error_code == ErrorCode.NONE
    assert [p.error_code for t in response.topics for p in t.partitions] == [ErrorCode.NONE]
    assert await fetch_offsets(c, "g-odel", [0]) == {0: (1, "m")}
    missing = await c.call(ApiKey.OFFSET_DELETE, 0, odr.OffsetDeleteRequest(group_id="g-missing", topics=[]))
    assert missing.error_code == ErrorCode.GROUP_ID_NOT_FOUND


async def test_committed_offsets_and_groups_survive_a_restart(tmp_path: Any) -> None:
    settings = {"listen": "127.0.0.1:0", "storage": f"file://{tmp_path}", "group.initial.rebalance.delay.ms": 0}
    running = await start_broker(load_config(None, {}, settings))
    try:
        client = await WireClient.connect(running.host, running.port)
        await create_topic(client, "t", partitions=4)
        assert await commit(client, "g-durable", {0: 11, 3: 42}) == [0, 0]
        (joined,) = await form_group([client], "g-member")
        await client.close()
    finally:
        await running.close()
    running = await start_broker(load_config(None, {}, settings))
    try:
        client = await WireClient.connect(running.host, running.port)
        assert await fetch_offsets(client, "g-durable", [0, 1, 3]) == {0: (11, "m"), 1: (-1, ""), 3: (42, "m")}
        # The group's generation and members came back: the member carries on heartbeating.
        assert await heartbeat(client, "g-member", joined.generation_id, joined.member_id) == ErrorCode.NONE
        await client.close()
    finally:
        await running.close()
