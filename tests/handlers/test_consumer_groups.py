"""KIP-848 consumer groups over the wire: epochs, revoke-before-assign, fencing, errors."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated import consumer_group_describe_request as cgd
from streamd.protocol._generated import consumer_group_heartbeat_request as cgh
from streamd.protocol._generated import join_group_request as jgr
from streamd.protocol._generated import list_groups_request as lsr
from streamd.protocol._generated import offset_commit_request as ocr
from streamd.protocol._generated import offset_fetch_request as ofr
from streamd.server.app import RunningBroker
from tests.handlers.helpers import create_topic
from tests.wire import WireClient


@pytest.fixture
async def client(running_broker: RunningBroker) -> AsyncIterator[WireClient]:
    client = await WireClient.connect(running_broker.host, running_broker.port)
    created = await create_topic(client, "t", partitions=4)
    client.topic_id = created.topic_id  # type: ignore[attr-defined]
    yield client
    await client.close()


async def heartbeat(client: WireClient, member: str, epoch: int, *, owned: list[int] | None = None,
                    topics: list[str] | None = None, group: str = "g", assignor: str | None = None,
                    rebalance_ms: int = -1, regex: str | None = None, version: int = 1) -> Any:
    topic_id = client.topic_id  # type: ignore[attr-defined]
    request = cgh.ConsumerGroupHeartbeatRequest(
        group_id=group, member_id=member, member_epoch=epoch, rebalance_timeout_ms=rebalance_ms,
        subscribed_topic_names=topics, subscribed_topic_regex=regex, server_assignor=assignor,
        topic_partitions=None if owned is None else
        [cgh.TopicPartitions(topic_id=topic_id, partitions=owned)] if owned else [],
    )
    return await client.call(ApiKey.CONSUMER_GROUP_HEARTBEAT, version, request)


async def join(client: WireClient, member: str, **kwargs: Any) -> Any:
    kwargs.setdefault("topics", ["t"])
    return await heartbeat(client, member, 0, owned=[], rebalance_ms=30_000, **kwargs)


def assigned(response: Any) -> list[int] | None:
    if response.assignment is None:
        return None
    return sorted(p for t in response.assignment.topic_partitions for p in t.partitions)


async def test_join_then_revoke_before_assign(client: WireClient) -> None:
    a = await join(client, "a")
    assert (a.error_code, a.member_id, a.member_epoch, assigned(a)) == (0, "a", 1, [0, 1, 2, 3])
    assert a.heartbeat_interval_ms == 5000
    b = await join(client, "b")
    # b is at the new epoch but gets nothing a still owns.
    assert (b.member_epoch, assigned(b)) == (2, [])
    # a must first give up two partitions: its epoch stays until it has.
    a = await heartbeat(client, "a", 1, owned=[0, 1, 2, 3])
    assert (a.member_epoch, len(assigned(a) or [])) == (1, 2)
    kept = assigned(a)
    a = await heartbeat(client, "a", 1, owned=kept)
    assert (a.member_epoch, a.assignment) == (2, None)  # revoked; nothing new to say
    b = await heartbeat(client, "b", 2, owned=[])
    assert assigned(b) == sorted({0, 1, 2, 3} - set(kept or []))
    described = await client.call(ApiKey.CONSUMER_GROUP_DESCRIBE, 1, cgd.ConsumerGroupDescribeRequest(group_ids=["g"]))
    group = described.groups[0]
    assert (group.group_state, group.group_epoch, group.assignment_epoch, group.assignor_name) == \
        ("Stable", 2, 2, "uniform")
    assert {m.member_id: m.member_epoch for m in group.members} == {"a": 2, "b": 2}
    assert all(m.assignment.topic_partitions[0].topic_name == "t" for m in group.members)


async def test_epochs_are_fenced(client: WireClient) -> None:
    await join(client, "a")
    assert (await heartbeat(client, "a", 5)).error_code == ErrorCode.FENCED_MEMBER_EPOCH
    assert (await heartbeat(client, "nobody", 1)).error_code == ErrorCode.UNKNOWN_MEMBER_ID
    assert (await heartbeat(client, "x", 1, group="missing")).error_code == ErrorCode.GROUP_ID_NOT_FOUND
    left = await heartbeat(client, "a", -1)
    assert (left.error_code, left.member_epoch) == (0, -1)
    assert (await heartbeat(client, "a", 1)).error_code == ErrorCode.UNKNOWN_MEMBER_ID


async def test_invalid_requests(client: WireClient) -> None:
    no_timeout = await heartbeat(client, "a", 0, owned=[], topics=["t"])
    assert no_timeout.error_code == ErrorCode.INVALID_REQUEST
    no_member = await heartbeat(client, "", 0, owned=[], topics=["t"], rebalance_ms=1000)
    assert no_member.error_code == ErrorCode.INVALID_REQUEST
    assert (await join(client, "a", assignor="sticky")).error_code == ErrorCode.UNSUPPORTED_ASSIGNOR
    assert (await join(client, "a", topics=None, regex="(")).error_code == 128  # INVALID_REGULAR_EXPRESSION
    # v0 lets the coordinator choose the member id.
    chosen = await heartbeat(client, "", 0, owned=[], topics=["t"], rebalance_ms=1000, version=0, group="g0")
    assert chosen.error_code == 0 and chosen.member_id


async def test_regex_subscription_and_range_assignor(client: WireClient) -> None:
    a = await join(client, "a", topics=None, regex="t|other", assignor="range")
    assert assigned(a) == [0, 1, 2, 3]
    described = await client.call(ApiKey.CONSUMER_GROUP_DESCRIBE, 0, cgd.ConsumerGroupDescribeRequest(group_ids=["g"]))
    assert described.groups[0].assignor_name == "range"


async def test_offsets_with_member_epochs(client: WireClient) -> None:
    a = await join(client, "a")

    async def commit(epoch: int, version: int = 9, member: str = "a") -> int:
        response = await client.call(ApiKey.OFFSET_COMMIT, version, ocr.OffsetCommitRequest(
            group_id="g", generation_id_or_member_epoch=epoch, member_id=member,
            topics=[ocr.OffsetCommitRequestTopic(name="t", partitions=[
                ocr.OffsetCommitRequestPartition(partition_index=0, committed_offset=9)])]))
        return int(response.topics[0].partitions[0].error_code)

    assert await commit(a.member_epoch) == ErrorCode.NONE
    assert await commit(a.member_epoch + 1) == ErrorCode.STALE_MEMBER_EPOCH
    assert await commit(a.member_epoch, version=8) == ErrorCode.UNSUPPORTED_VERSION
    assert await commit(-1, member="") == ErrorCode.UNKNOWN_MEMBER_ID  # admin commit on an active group
    fetched = await client.call(ApiKey.OFFSET_FETCH, 9, ofr.OffsetFetchRequest(groups=[
        ofr.OffsetFetchRequestGroup(group_id="g", member_id="a", member_epoch=a.member_epoch, topics=None),
        ofr.OffsetFetchRequestGroup(group_id="g", member_id="a", member_epoch=7, topics=None)]))
    good, stale = fetched.groups
    assert good.error_code == 0 and good.topics[0].partitions[0].committed_offset == 9
    assert stale.error_code == ErrorCode.STALE_MEMBER_EPOCH
    listed = await client.call(ApiKey.LIST_GROUPS, 5, lsr.ListGroupsRequest(types_filter=["consumer"]))
    assert [(g.group_id, g.group_type, g.protocol_type) for g in listed.groups] == [("g", "consumer", "consumer")]
    # A classic member cannot join a live consumer group.
    classic = await client.call(ApiKey.JOIN_GROUP, 5, jgr.JoinGroupRequest(
        group_id="g", session_timeout_ms=10_000, rebalance_timeout_ms=10_000, member_id="", protocol_type="consumer",
        protocols=[jgr.JoinGroupRequestProtocol(name="range", metadata=b"")]))
    assert classic.error_code == ErrorCode.INCONSISTENT_GROUP_PROTOCOL


async def test_unknown_topic_id_in_owned_partitions_is_ignored(client: WireClient) -> None:
    a = await join(client, "a")
    request = cgh.ConsumerGroupHeartbeatRequest(
        group_id="g", member_id="a", member_epoch=a.member_epoch, rebalance_timeout_ms=-1,
        topic_partitions=[cgh.TopicPartitions(topic_id=uuid.uuid4(), partitions=[0])])
    response = await client.call(ApiKey.CONSUMER_GROUP_HEARTBEAT, 1, request)
    assert response.error_code == ErrorCode.NONE and response.member_epoch == a.member_epoch
