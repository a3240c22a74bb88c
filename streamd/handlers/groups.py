"""Classic consumer group APIs; the semantics live in ``coordinator.group_coordinator``.

JoinGroup (11, v0-9): v0 has no rebalance timeout (the session timeout stands in for it);
v4 answers a member without an id with MEMBER_ID_REQUIRED (KIP-394); v5 adds static
membership (KIP-345); v7 returns the protocol type; v8 carries a reason; v9 lets a static
leader skip the assignment (KIP-814).
SyncGroup (14, v0-5): v5 checks the protocol type and name. Heartbeat (12, v0-4).
LeaveGroup (13, v0-5): v3+ leaves many members at once, each with its own error.
OffsetCommit (8, v2-9) and OffsetFetch (1, v1-9): v10 of both needs topic ids (KIP-848) and
is not advertised; v8 of OffsetFetch batches groups; a missing group is ILLEGAL_GENERATION
before OffsetCommit v9 and GROUP_ID_NOT_FOUND from v9 (as Kafka's OffsetMetadataManager).
ListGroups (16, v0-5) filters by state (v4) and type (v5). DescribeGroups (15, v0-6) answers
an unknown group as Dead before v6 and GROUP_ID_NOT_FOUND from v6 (KIP-1043).
DeleteGroups (42, v0-2), OffsetDelete (47, v0).
ConsumerGroupHeartbeat (68, v0-1) and ConsumerGroupDescribe (69, v0-1) serve KIP-848 groups;
v1 of the heartbeat requires a client-chosen member id (KIP-1082) and allows a topic regex.
OffsetCommit/OffsetFetch v9 carry a consumer group member's epoch.
"""

from __future__ import annotations

from streamd.coordinator.consumer_groups import ConsumerGroupManager, HeartbeatParams
from streamd.coordinator.group_coordinator import CommitPartition, JoinParams
from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated import consumer_group_describe_response as cgdr
from streamd.protocol._generated import consumer_group_heartbeat_response as cghr
from streamd.protocol._generated.consumer_group_describe_request import ConsumerGroupDescribeRequest
from streamd.protocol._generated.consumer_group_describe_response import ConsumerGroupDescribeResponse
from streamd.protocol._generated.consumer_group_heartbeat_request import ConsumerGroupHeartbeatRequest
from streamd.protocol._generated.consumer_group_heartbeat_response import ConsumerGroupHeartbeatResponse
from streamd.protocol._generated.delete_groups_request import DeleteGroupsRequest
from streamd.protocol._generated.delete_groups_response import DeletableGroupResult, DeleteGroupsResponse
from streamd.protocol._generated.describe_groups_request import DescribeGroupsRequest
from streamd.protocol._generated.describe_groups_response import (
    DescribedGroup,
    DescribedGroupMember,
    DescribeGroupsResponse,
)
from streamd.protocol._generated.heartbeat_request import HeartbeatRequest
from streamd.protocol._generated.heartbeat_response import HeartbeatResponse
from streamd.protocol._generated.join_group_request import JoinGroupRequest
from streamd.protocol._generated.join_group_response import JoinGroupResponse, JoinGroupResponseMember
from streamd.protocol._generated.leave_group_request import LeaveGroupRequest
from streamd.protocol._generated.leave_group_response import LeaveGroupResponse, MemberResponse
from streamd.protocol._generated.list_groups_request import ListGroupsRequest
from streamd.protocol._generated.list_groups_response import ListedGroup, ListGroupsResponse
from streamd.protocol._generated.offset_commit_request import OffsetCommitRequest
from streamd.protocol._generated.offset_commit_response import (
    OffsetCommitResponse,
    OffsetCommitResponsePartition,
    OffsetCommitResponseTopic,
)
from streamd.protocol._generated.offset_delete_request import OffsetDeleteRequest
from streamd.protocol._generated.offset_delete_response import (
    OffsetDeleteResponse,
    OffsetDeleteResponsePartition,
    OffsetDeleteResponseTopic,
)
from streamd.protocol._generated.offset_fetch_request import OffsetFetchRequest
from streamd.protocol._generated.offset_fetch_response import (
    OffsetFetchResponse,
    OffsetFetchResponseGroup,
    OffsetFetchResponsePartition,
    OffsetFetchResponsePartitions,
    OffsetFetchResponseTopic,
    OffsetFetchResponseTopics,
)
from streamd.protocol._generated.sync_group_request import SyncGroupRequest
from streamd.protocol._generated.sync_group_response import SyncGroupResponse
from streamd.server.connection import RequestContext
from streamd.server.registry import HandlerRegistry

_NO_OPERATIONS = -(2**31)
_CONSUMER_MEMBER = 1  # ConsumerGroupDescribe v1 MemberType: 1 = member of the consumer protocol


def _client_host(context: RequestContext) -> str:
    """Kafka reports a member's host as ``/ADDRESS`` (InetAddress.toString)."""
    return "/" + context.peer.rsplit(":", 1)[0]


# -- JoinGroup, SyncGroup, Heartbeat, LeaveGroup --------------------------------------------------
async def handle_join_group(context: RequestContext, request: JoinGroupRequest) -> JoinGroupResponse:
    version = context.api_version
    params = JoinParams(
        group_id=request.group_id,
        member_id=request.member_id,
        group_instance_id=request.group_instance_id if version >= 5 else None,
        client_id=context.client_id or "",
        client_host=_client_host(context),
        session_timeout_ms=request.session_timeout_ms,
        rebalance_timeout_ms=request.rebalance_timeout_ms if version >= 1 else request.session_timeout_ms,
        protocol_type=request.protocol_type,
        protocols=[(p.name, bytes(p.metadata)) for p in request.protocols],
        require_known_member_id=version >= 4,
        supports_skip_assignment=version >= 9,
    )
    result = await context.broker.groups.join(params)
    return JoinGroupResponse(
        throttle_time_ms=0,
        error_code=result.error_code,
        generation_id=result.generation_id,
        protocol_type=result.protocol_type,
        protocol_name=result.protocol_name if version >= 7 else (result.protocol_name or ""),
        leader=result.leader,
        skip_assignment=result.skip_assignment,
        member_id=result.member_id,
        members=[
            JoinGroupResponseMember(member_id=member_id, group_instance_id=instance_id, metadata=metadata)
            for member_id, instance_id, metadata in result.members
        ],
    )


async def handle_sync_group(context: RequestContext, request: SyncGroupRequest) -> SyncGroupResponse:
    version = context.api_version
    error, assignment, group = await context.broker.groups.sync(
        request.group_id,
        request.generation_id,
        request.member_id,
        request.group_instance_id if version >= 3 else None,
        request.protocol_type if version >= 5 else None,
        request.protocol_name if version >= 5 else None,
        [(a.member_id, bytes(a.assignment)) for a in request.assignments],
    )
    known = group is not None and error == ErrorCode.NONE
    return SyncGroupResponse(
        throttle_time_ms=0,
        error_code=error,
        protocol_type=group.protocol_type if known and group is not None else None,
        protocol_name=group.protocol_name if known and group is not None else None,
        assignment=assignment,
    )


def handle_heartbeat(context: RequestContext, request: HeartbeatRequest) -> HeartbeatResponse:
    error = context.broker.groups.heartbeat(
        request.group_id,
        request.generation_id,
        request.member_id,
        request.group_instance_id if context.api_version >= 3 else None,
    )
    return HeartbeatResponse(throttle_time_ms=0, error_code=error)


def handle_leave_group(context: RequestContext, request: LeaveGroupRequest) -> LeaveGroupResponse:
    if context.api_version < 3:
        error, errors = context.broker.groups.leave(request.group_id, [(request.member_id, None)])
        return LeaveGroupResponse(throttle_time_ms=0, error_code=error if error else errors[0])
    leaving = [(m.member_id, m.group_instance_id) for m in request.members]
    error, errors = context.broker.groups.leave(request.group_id, leaving)
    return LeaveGroupResponse(
        throttle_time_ms=0,
        error_code=error,
        members=[]
        if error
        else [
            MemberResponse(member_id=member_id, group_instance_id=instance_id, error_code=member_error)
            for (member_id, instance_id), member_error in zip(leaving, errors, strict=True)
        ],
    )


# -- OffsetCommit and OffsetFetch ------------------------------------------------------------------
async def handle_offset_commit(context: RequestContext, request: OffsetCommitRequest) -> OffsetCommitResponse:
    version = context.api_version
    partitions = [
        CommitPartition(
            topic=topic.name,
            partition=p.partition_index,
            offset=p.committed_offset,
            leader_epoch=p.committed_leader_epoch if version >= 6 else -1,
            metadata=p.committed_metadata,
        )
        for topic in request.topics
        for p in topic.partitions
    ]
    errors = iter(
        await context.broker.groups.commit_offsets(
            request.group_id,
            request.generation_id_or_member_epoch,
            request.member_id,
            request.group_instance_id if version >= 7 else None,
            partitions,
            api_version=version,
            group_missing_error=ErrorCode.GROUP_ID_NOT_FOUND if version >= 9 else ErrorCode.ILLEGAL_GENERATION,
        )
    )
    return OffsetCommitResponse(
        throttle_time_ms=0,
        topics=[
            OffsetCommitResponseTopic(
                name=topic.name,
                partitions=[
                    OffsetCommitResponsePartition(partition_index=p.partition_index, error_code=next(errors))
                    for p in topic.partitions
                ],
            )
            for topic in request.topics
        ],
    )


def handle_offset_fetch(context: RequestContext, request: OffsetFetchRequest) -> OffsetFetchResponse:
    groups = context.broker.groups
    if context.api_version >= 8:
        results = []
        for group in request.groups:
            wanted = None if group.topics is None else [(t.name, t.partition_indexes) for t in group.topics]
            error = groups.validate_fetch(group.group_id, group.member_id, group.member_epoch)
            if error != ErrorCode.NONE:
                results.append(OffsetFetchResponseGroup(group_id=group.group_id, topics=[], error_code=error))
                continue
            entries = groups.fetch_offsets(group.group_id, wanted, require_stable=request.require_stable)
            by_topic: dict[str, list[OffsetFetchResponsePartitions]] = {}
            for e in entries:
                by_topic.setdefault(e.topic, []).append(
                    OffsetFetchResponsePartitions(
                        partition_index=e.partition, committed_offset=e.offset,
                        committed_leader_epoch=e.leader_epoch, metadata=e.metadata, error_code=e.error_code,
                    )
                )
            results.append(
                OffsetFetchResponseGroup(
                    group_id=group.group_id,
                    topics=[OffsetFetchResponseTopics(name=name, partitions=parts) for name, parts in by_topic.items()],
                    error_code=ErrorCode.NONE,
                )
            )
        return OffsetFetchResponse(throttle_time_ms=0, groups=results)
    # Before v2 a null topic list is not allowed; v2+ null means every committed partition.
    wanted = None if request.topics is None else [(t.name, t.partition_indexes) for t in request.topics]
    entries = groups.fetch_offsets(request.group_id, wanted, require_stable=context.api_version >= 7
                                   and request.require_stable)
    topics: dict[str, list[OffsetFetchResponsePartition]] = {}
    for e in entries:
        topics.setdefault(e.topic, []).append(
            OffsetFetchResponsePartition(
                partition_index=e.partition, committed_offset=e.offset, committed_leader_epoch=e.leader_epoch,
                metadata=e.metadata, error_code=e.error_code,
            )
        )
    return OffsetFetchResponse(
        throttle_time_ms=0,
        topics=[OffsetFetchResponseTopic(name=name, partitions=parts) for name, parts in topics.items()],
        error_code=ErrorCode.NONE,
    )


# -- admin: list, describe, delete -----------------------------------------------------------------
def handle_list_groups(context: RequestContext, request: ListGroupsRequest) -> ListGroupsResponse:
    version = context.api_version
    summaries = context.broker.groups.list_groups(
        request.states_filter if version >= 4 else (), request.types_filter if version >= 5 else ()
    )
    return ListGroupsResponse(
        throttle_time_ms=0,
        error_code=ErrorCode.NONE,
        groups=[
            ListedGroup(
                group_id=s.group_id, protocol_type=s.protocol_type, group_state=s.state, group_type=s.group_type
            )
            for s in summaries
        ],
    )


def handle_describe_groups(context: RequestContext, request: DescribeGroupsRequest) -> DescribeGroupsResponse:
    described: list[DescribedGroup] = []
    for group_id in request.groups:
        summary = context.broker.groups.describe(group_id)
        if summary is None:
            not_found = context.api_version >= 6
            described.append(
                DescribedGroup(
                    error_code=ErrorCode.GROUP_ID_NOT_FOUND if not_found else ErrorCode.NONE,
                    error_message=f"Group {group_id} not found." if not_found else None,
                    group_id=group_id,
                    group_state="Dead",
                    protocol_type="",
                    protocol_data="",
                    members=[],
                    authorized_operations=_NO_OPERATIONS,
                )
            )
            continue
        described.append(
            DescribedGroup(
                error_code=ErrorCode.NONE,
                group_id=group_id,
                group_state=summary.state,
                protocol_type=summary.protocol_type,
                protocol_data=summary.protocol,
                members=[
                    DescribedGroupMember(
                        member_id=m.member_id, group_instance_id=m.group_instance_id, client_id=m.client_id,
                        client_host=m.client_host, member_metadata=m.metadata, member_assignment=m.assignment,
                    )
                    for m in summary.members
                ],
                authorized_operations=_NO_OPERATIONS,
            )
        )
    return DescribeGroupsResponse(throttle_time_ms=0, groups=described)


async def handle_delete_groups(context: RequestContext, request: DeleteGroupsRequest) -> DeleteGroupsResponse:
    results = await context.broker.groups.delete_groups(request.groups_names)
    return DeleteGroupsResponse(
        throttle_time_ms=0,
        results=[DeletableGroupResult(group_id=group_id, error_code=error) for group_id, error in results],
    )


async def handle_offset_delete(context: RequestContext, request: OffsetDeleteRequest) -> OffsetDeleteResponse:
    wanted = [(t.name, [p.partition_index for p in t.partitions]) for t in request.topics]
    error, results = await context.broker.groups.delete_offsets(request.group_id, wanted)
    topics: dict[str, list[OffsetDeleteResponsePartition]] = {}
    for topic, partition, partition_error in results:
        topics.setdefault(topic, []).append(
            OffsetDeleteResponsePartition(partition_index=partition, error_code=partition_error)
        )
    return OffsetDeleteResponse(
        error_code=error,
        throttle_time_ms=0,
        topics=[OffsetDeleteResponseTopic(name=name, partitions=parts) for name, parts in topics.items()],
    )


# -- KIP-848 ---------------------------------------------------------------------------------------
def handle_consumer_group_heartbeat(
    context: RequestContext, request: ConsumerGroupHeartbeatRequest
) -> ConsumerGroupHeartbeatResponse:
    params = HeartbeatParams(
        group_id=request.group_id,
        member_id=request.member_id,
        member_epoch=request.member_epoch,
        instance_id=request.instance_id,
        rack_id=request.rack_id,
        rebalance_timeout_ms=request.rebalance_timeout_ms,
        subscribed_topic_names=request.subscribed_topic_names,
        subscribed_topic_regex=request.subscribed_topic_regex if context.api_version >= 1 else None,
        server_assignor=request.server_assignor,
        owned=None
        if request.topic_partitions is None
        else [(t.topic_id, list(t.partitions)) for t in request.topic_partitions],
        client_id=context.client_id or "",
        client_host=_client_host(context),
        version=context.api_version,
    )
    result = context.broker.groups.consumer_heartbeat(params)
    return ConsumerGroupHeartbeatResponse(
        throttle_time_ms=0,
        error_code=result.error_code,
        error_message=result.error_message,
        member_id=result.member_id,
        member_epoch=result.member_epoch,
        heartbeat_interval_ms=result.heartbeat_interval_ms,
        assignment=None
        if result.assignment is None
        else cghr.Assignment(
            topic_partitions=[
                cghr.TopicPartitions(topic_id=topic_id, partitions=partitions)
                for topic_id, partitions in result.assignment
            ]
        ),
    )


def _described_assignment(manager: ConsumerGroupManager, partitions: set[tuple[str, int]]) -> cgdr.Assignment:
    return cgdr.Assignment(
        topic_partitions=[
            cgdr.TopicPartitions(topic_id=topic_id, topic_name=name, partitions=indexes)
            for topic_id, name, indexes in manager.describe_assignment(partitions)
        ]
    )


def handle_consumer_group_describe(
    context: RequestContext, request: ConsumerGroupDescribeRequest
) -> ConsumerGroupDescribeResponse:
    manager = context.broker.groups.consumer
    described: list[cgdr.DescribedGroup] = []
    for group_id in request.group_ids:
        group = manager.groups.get(group_id)
        if group is None:
            described.append(
                cgdr.DescribedGroup(
                    error_code=ErrorCode.GROUP_ID_NOT_FOUND,
                    error_message=f"Group {group_id} not found.",
                    group_id=group_id,
                    group_state="Dead",
                )
            )
            continue
        described.append(
            cgdr.DescribedGroup(
                error_code=ErrorCode.NONE,
                group_id=group_id,
                group_state=str(group.state),
                group_epoch=group.group_epoch,
                assignment_epoch=group.assignment_epoch,
                assignor_name=group.assignor_name,
                members=[
                    cgdr.Member(
                        member_id=m.member_id,
                        instance_id=m.instance_id,
                        rack_id=m.rack_id,
                        member_epoch=m.member_epoch,
                        client_id=m.client_id,
                        client_host=m.client_host,
                        subscribed_topic_names=list(m.subscribed_topic_names),
                        subscribed_topic_regex=m.subscribed_topic_regex,
                        assignment=_described_assignment(manager, m.assigned),
                        target_assignment=_described_assignment(manager, group.target.get(m.member_id, set())),
                        member_type=_CONSUMER_MEMBER,
                    )
                    for m in group.members.values()
                ],
                authorized_operations=_NO_OPERATIONS,
            )
        )
    return ConsumerGroupDescribeResponse(throttle_time_ms=0, groups=described)


def register(registry: HandlerRegistry) -> None:
    registry.register(ApiKey.JOIN_GROUP, handle_join_group, min_version=0, max_version=9)
    registry.register(ApiKey.SYNC_GROUP, handle_sync_group, min_version=0, max_version=5)
    registry.register(ApiKey.HEARTBEAT, handle_heartbeat, min_version=0, max_version=4)
    registry.register(ApiKey.LEAVE_GROUP, handle_leave_group, min_version=0, max_version=5)
    registry.register(ApiKey.OFFSET_COMMIT, handle_offset_commit, min_version=2, max_version=9)
    registry.register(ApiKey.OFFSET_FETCH, handle_offset_fetch, min_version=1, max_version=9)
    registry.register(ApiKey.LIST_GROUPS, handle_list_groups, min_version=0, max_version=5)
    registry.register(ApiKey.DESCRIBE_GROUPS, handle_describe_groups, min_version=0, max_version=6)
    registry.register(ApiKey.DELETE_GROUPS, handle_delete_groups, min_version=0, max_version=2)
    registry.register(ApiKey.OFFSET_DELETE, handle_offset_delete, min_version=0, max_version=0)
    registry.register(ApiKey.CONSUMER_GROUP_HEARTBEAT, handle_consumer_group_heartbeat, min_version=0, max_version=1)
    registry.register(ApiKey.CONSUMER_GROUP_DESCRIBE, handle_consumer_group_describe, min_version=0, max_version=1)
