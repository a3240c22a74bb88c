# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""The generated codec: one module per message, and the registry of the broker APIs.

``APIS`` is built on first access (PEP 562), and a message's module is imported when its
codec is first used: importing all of them took about 55 ms, a fifth of the broker's
startup, and many importers need only the ApiKey and ErrorCode enums or the version table.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from streamd.protocol._generated.api_keys import ApiKey
from streamd.protocol._generated.error_codes import ErrorCode

__all__ = ["APIS", "MESSAGES", "ApiKey", "ApiSpec", "ErrorCode", "MessageSpec"]


_loaded: dict[str, ModuleType] = {}


def _load(module: str) -> ModuleType:
    found = _loaded.get(module)
    if found is None:
        found = _loaded[module] = importlib.import_module('streamd.protocol._generated.' + module)
    return found


@dataclass(frozen=True, slots=True)
class MessageSpec:
    name: str
    module: str  # the generated module, imported on first use of cls, read or write
    min_version: int
    max_version: int
    flexible_min: int  # 1000 when no version is flexible

    @property
    def cls(self) -> type:
        return getattr(_load(self.module), self.name)  # type: ignore[no-any-return]

    @property
    def read(self) -> Callable[[memoryview, int, int], tuple[Any, int]]:
        return _load(self.module).read  # type: ignore[no-any-return]

    @property
    def write(self) -> Callable[[Any, int], list[Any]]:
        return _load(self.module).write  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class ApiSpec:
    api_key: ApiKey
    name: str  # "Produce"
    request: MessageSpec
    response: MessageSpec
    min_version: int  # from the request schema's validVersions
    max_version: int
    stable_max_version: int  # max_version, minus 1 when the latest version is unstable
    flexible_min: int


APIS: dict[ApiKey, ApiSpec]
MESSAGES: dict[str, MessageSpec]  # every generated message by name, headers and data included

# (message name, module, min version, max version, flexible_min)
_MESSAGES: tuple[tuple[str, str, int, int, int], ...] = (
    ('AddOffsetsToTxnRequest', 'add_offsets_to_txn_request', 0, 4, 3),
    ('AddOffsetsToTxnResponse', 'add_offsets_to_txn_response', 0, 4, 3),
    ('AddPartitionsToTxnRequest', 'add_partitions_to_txn_request', 0, 5, 3),
    ('AddPartitionsToTxnResponse', 'add_partitions_to_txn_response', 0, 5, 3),
    ('AlterClientQuotasRequest', 'alter_client_quotas_request', 0, 1, 1),
    ('AlterClientQuotasResponse', 'alter_client_quotas_response', 0, 1, 1),
    ('AlterConfigsRequest', 'alter_configs_request', 0, 2, 2),
    ('AlterConfigsResponse', 'alter_configs_response', 0, 2, 2),
    ('AlterPartitionReassignmentsRequest', 'alter_partition_reassignments_request', 0, 1, 0),
    ('AlterPartitionReassignmentsResponse', 'alter_partition_reassignments_response', 0, 1, 0),
    ('AlterReplicaLogDirsRequest', 'alter_replica_log_dirs_request', 1, 2, 2),
    ('AlterReplicaLogDirsResponse', 'alter_replica_log_dirs_response', 1, 2, 2),
    ('AlterUserScramCredentialsRequest', 'alter_user_scram_credentials_request', 0, 0, 0),
    ('AlterUserScramCredentialsResponse', 'alter_user_scram_credentials_response', 0, 0, 0),
    ('ApiVersionsRequest', 'api_versions_request', 0, 4, 3),
    ('ApiVersionsResponse', 'api_versions_response', 0, 4, 3),
    ('ConsumerGroupDescribeRequest', 'consumer_group_describe_request', 0, 1, 0),
    ('ConsumerGroupDescribeResponse', 'consumer_group_describe_response', 0, 1, 0),
    ('ConsumerGroupHeartbeatRequest', 'consumer_group_heartbeat_request', 0, 1, 0),
    ('ConsumerGroupHeartbeatResponse', 'consumer_group_heartbeat_response', 0, 1, 0),
    ('ConsumerProtocolAssignment', 'consumer_protocol_assignment', 0, 3, 1000),
    ('ConsumerProtocolSubscription', 'consumer_protocol_subscription', 0, 3, 1000),
    ('CreateAclsRequest', 'create_acls_request', 1, 3, 2),
    ('CreateAclsResponse', 'create_acls_response', 1, 3, 2),
    ('CreatePartitionsRequest', 'create_partitions_request', 0, 3, 2),
    ('CreatePartitionsResponse', 'create_partitions_response', 0, 3, 2),
    ('CreateTopicsRequest', 'create_topics_request', 2, 7, 5),
    ('CreateTopicsResponse', 'create_topics_response', 2, 7, 5),
    ('DeleteAclsRequest', 'delete_acls_request', 1, 3, 2),
    ('DeleteAclsResponse', 'delete_acls_response', 1, 3, 2),
    ('DeleteGroupsRequest', 'delete_groups_request', 0, 2, 2),
    ('DeleteGroupsResponse', 'delete_groups_response', 0, 2, 2),
    ('DeleteRecordsRequest', 'delete_records_request', 0, 2, 2),
    ('DeleteRecordsResponse', 'delete_records_response', 0, 2, 2),
    ('DeleteTopicsRequest', 'delete_topics_request', 1, 6, 4),
    ('DeleteTopicsResponse', 'delete_topics_response', 1, 6, 4),
    ('DescribeAclsRequest', 'describe_acls_request', 1, 3, 2),
    ('DescribeAclsResponse', 'describe_acls_response', 1, 3, 2),
    ('DescribeClientQuotasRequest', 'describe_client_quotas_request', 0, 1, 1),
    ('DescribeClientQuotasResponse', 'describe_client_quotas_response', 0, 1, 1),
    ('DescribeClusterRequest', 'describe_cluster_request', 0, 2, 0),
    ('DescribeClusterResponse', 'describe_cluster_response', 0, 2, 0),
    ('DescribeConfigsRequest', 'describe_configs_request', 1, 4, 4),
    ('DescribeConfigsResponse', 'describe_configs_response', 1, 4, 4),
    ('DescribeGroupsRequest', 'describe_groups_request', 0, 6, 5),
    ('DescribeGroupsResponse', 'describe_groups_response', 0, 6, 5),
    ('DescribeLogDirsRequest', 'describe_log_dirs_request', 1, 5, 2),
    ('DescribeLogDirsResponse', 'describe_log_dirs_response', 1, 5, 2),
    ('DescribeProducersRequest', 'describe_producers_request', 0, 0, 0),
    ('DescribeProducersResponse', 'describe_producers_response', 0, 0, 0),
    ('DescribeQuorumRequest', 'describe_quorum_request', 0, 2, 0),
    ('DescribeQuorumResponse', 'describe_quorum_response', 0, 2, 0),
    ('DescribeTopicPartitionsRequest', 'describe_topic_partitions_request', 0, 0, 0),
    ('DescribeTopicPartitionsResponse', 'describe_topic_partitions_response', 0, 0, 0),
    ('DescribeTransactionsRequest', 'describe_transactions_request', 0, 0, 0),
    ('DescribeTransactionsResponse', 'describe_transactions_response', 0, 0, 0),
    ('DescribeUserScramCredentialsRequest', 'describe_user_scram_credentials_request', 0, 0, 0),
    ('DescribeUserScramCredentialsResponse', 'describe_user_scram_credentials_response', 0, 0, 0),
    ('ElectLeadersRequest', 'elect_leaders_request', 0, 2, 2),
    ('ElectLeadersResponse', 'elect_leaders_response', 0, 2, 2),
    ('EndTxnRequest', 'end_txn_request', 0, 5, 3),
    ('EndTxnResponse', 'end_txn_response', 0, 5, 3),
    ('FetchRequest', 'fetch_request', 4, 18, 12),
    ('FetchResponse', 'fetch_response', 4, 18, 12),
    ('FindCoordinatorRequest', 'find_coordinator_request', 0, 6, 3),
    ('FindCoordinatorResponse', 'find_coordinator_response', 0, 6, 3),
    ('HeartbeatRequest', 'heartbeat_request', 0, 4, 4),
    ('HeartbeatResponse', 'heartbeat_response', 0, 4, 4),
    ('IncrementalAlterConfigsRequest', 'incremental_alter_configs_request', 0, 1, 1),
    ('IncrementalAlterConfigsResponse', 'incremental_alter_configs_response', 0, 1, 1),
    ('InitProducerIdRequest', 'init_producer_id_request', 0, 6, 2),
    ('InitProducerIdResponse', 'init_producer_id_response', 0, 6, 2),
    ('JoinGroupRequest', 'join_group_request', 0, 9, 6),
    ('JoinGroupResponse', 'join_group_response', 0, 9, 6),
    ('LeaveGroupRequest', 'leave_group_request', 0, 5, 4),
    ('LeaveGroupResponse', 'leave_group_response', 0, 5, 4),
    ('ListConfigResourcesRequest', 'list_config_resources_request', 0, 1, 0),
    ('ListConfigResourcesResponse', 'list_config_resources_response', 0, 1, 0),
    ('ListGroupsRequest', 'list_groups_request', 0, 5, 3),
    ('ListGroupsResponse', 'list_groups_response', 0, 5, 3),
    ('ListOffsetsRequest', 'list_offsets_request', 1, 11, 6),
    ('ListOffsetsResponse', 'list_offsets_response', 1, 11, 6),
    ('ListPartitionReassignmentsRequest', 'list_partition_reassignments_request', 0, 0, 0),
    ('ListPartitionReassignmentsResponse', 'list_partition_reassignments_response', 0, 0, 0),
    ('ListTransactionsRequest', 'list_transactions_request', 0, 2, 0),
    ('ListTransactionsResponse', 'list_transactions_response', 0, 2, 0),
    ('MetadataRequest', 'metadata_request', 0, 13, 9),
    ('MetadataResponse', 'metadata_response', 0, 13, 9),
    ('OffsetCommitRequest', 'offset_commit_request', 2, 10, 8),
    ('OffsetCommitResponse', 'offset_commit_response', 2, 10, 8),
    ('OffsetDeleteRequest', 'offset_delete_request', 0, 0, 1000),
    ('OffsetDeleteResponse', 'offset_delete_response', 0, 0, 1000),
    ('OffsetFetchRequest', 'offset_fetch_request', 1, 10, 6),
    ('OffsetFetchResponse', 'offset_fetch_response', 1, 10, 6),
    ('OffsetForLeaderEpochRequest', 'offset_for_leader_epoch_request', 2, 4, 4),
    ('OffsetForLeaderEpochResponse', 'offset_for_leader_epoch_response', 2, 4, 4),
    ('ProduceRequest', 'produce_request', 3, 13, 9),
    ('ProduceResponse', 'produce_response', 3, 13, 9),
    ('RequestHeader', 'request_header', 1, 2, 2),
    ('ResponseHeader', 'response_header', 0, 1, 1),
    ('SaslAuthenticateRequest', 'sasl_authenticate_request', 0, 2, 2),
    ('SaslAuthenticateResponse', 'sasl_authenticate_response', 0, 2, 2),
    ('SaslHandshakeRequest', 'sasl_handshake_request', 0, 1, 1000),
    ('SaslHandshakeResponse', 'sasl_handshake_response', 0, 1, 1000),
    ('SyncGroupRequest', 'sync_group_request', 0, 5, 4),
    ('SyncGroupResponse', 'sync_group_response', 0, 5, 4),
    ('TxnOffsetCommitRequest', 'txn_offset_commit_request', 0, 5, 3),
    ('TxnOffsetCommitResponse', 'txn_offset_commit_response', 0, 5, 3),
    ('UpdateFeaturesRequest', 'update_features_request', 0, 2, 0),
    ('UpdateFeaturesResponse', 'update_features_response', 0, 2, 0),
    ('WriteTxnMarkersRequest', 'write_txn_markers_request', 1, 2, 1),
    ('WriteTxnMarkersResponse', 'write_txn_markers_response', 1, 2, 1),
)
# (api key, name, request, response, stable_max_version)
_APIS: tuple[tuple[ApiKey, str, str, str, int], ...] = (
    (ApiKey.PRODUCE, 'Produce', 'ProduceRequest', 'ProduceResponse', 13),
    (ApiKey.FETCH, 'Fetch', 'FetchRequest', 'FetchResponse', 18),
    (ApiKey.LIST_OFFSETS, 'ListOffsets', 'ListOffsetsRequest', 'ListOffsetsResponse', 11),
    (ApiKey.METADATA, 'Metadata', 'MetadataRequest', 'MetadataResponse', 13),
    (ApiKey.OFFSET_COMMIT, 'OffsetCommit', 'OffsetCommitRequest', 'OffsetCommitResponse', 10),
    (ApiKey.OFFSET_FETCH, 'OffsetFetch', 'OffsetFetchRequest', 'OffsetFetchResponse', 10),
    (ApiKey.FIND_COORDINATOR, 'FindCoordinator', 'FindCoordinatorRequest', 'FindCoordinatorResponse', 6),
    (ApiKey.JOIN_GROUP, 'JoinGroup', 'JoinGroupRequest', 'JoinGroupResponse', 9),
    (ApiKey.HEARTBEAT, 'Heartbeat', 'HeartbeatRequest', 'HeartbeatResponse', 4),
    (ApiKey.LEAVE_GROUP, 'LeaveGroup', 'LeaveGroupRequest', 'LeaveGroupResponse', 5),
    (ApiKey.SYNC_GROUP, 'SyncGroup', 'SyncGroupRequest', 'SyncGroupResponse', 5),
    (ApiKey.DESCRIBE_GROUPS, 'DescribeGroups', 'DescribeGroupsRequest', 'DescribeGroupsResponse', 6),
    (ApiKey.LIST_GROUPS, 'ListGroups', 'ListGroupsRequest', 'ListGroupsResponse', 5),
    (ApiKey.SASL_HANDSHAKE, 'SaslHandshake', 'SaslHandshakeRequest', 'SaslHandshakeResponse', 1),
    (ApiKey.API_VERSIONS, 'ApiVersions', 'ApiVersionsRequest', 'ApiVersionsResponse', 4),
    (ApiKey.CREATE_TOPICS, 'CreateTopics', 'CreateTopicsRequest', 'CreateTopicsResponse', 7),
    (ApiKey.DELETE_TOPICS, 'DeleteTopics', 'DeleteTopicsRequest', 'DeleteTopicsResponse', 6),
    (ApiKey.DELETE_RECORDS, 'DeleteRecords', 'DeleteRecordsRequest', 'DeleteRecordsResponse', 2),
    (ApiKey.INIT_PRODUCER_ID, 'InitProducerId', 'InitProducerIdRequest', 'InitProducerIdResponse', 5),
    (ApiKey.OFFSET_FOR_LEADER_EPOCH, 'OffsetForLeaderEpoch', 'OffsetForLeaderEpochRequest', 'OffsetForLeaderEpochResponse', 4),
    (ApiKey.ADD_PARTITIONS_TO_TXN, 'AddPartitionsToTxn', 'AddPartitionsToTxnRequest', 'AddPartitionsToTxnResponse', 5),
    (ApiKey.ADD_OFFSETS_TO_TXN, 'AddOffsetsToTxn', 'AddOffsetsToTxnRequest', 'AddOffsetsToTxnResponse', 4),
    (ApiKey.END_TXN, 'EndTxn', 'EndTxnRequest', 'EndTxnResponse', 5),
    (ApiKey.WRITE_TXN_MARKERS, 'WriteTxnMarkers', 'WriteTxnMarkersRequest', 'WriteTxnMarkersResponse', 2),
    (ApiKey.TXN_OFFSET_COMMIT, 'TxnOffsetCommit', 'TxnOffsetCommitRequest', 'TxnOffsetCommitResponse', 5),
    (ApiKey.DESCRIBE_ACLS, 'DescribeAcls', 'DescribeAclsRequest', 'DescribeAclsResponse', 3),
    (ApiKey.CREATE_ACLS, 'CreateAcls', 'CreateAclsRequest', 'CreateAclsResponse', 3),
    (ApiKey.DELETE_ACLS, 'DeleteAcls', 'DeleteAclsRequest', 'DeleteAclsResponse', 3),
    (ApiKey.DESCRIBE_CONFIGS, 'DescribeConfigs', 'DescribeConfigsRequest', 'DescribeConfigsResponse', 4),
    (ApiKey.ALTER_CONFIGS, 'AlterConfigs', 'AlterConfigsRequest', 'AlterConfigsResponse', 2),
    (ApiKey.ALTER_REPLICA_LOG_DIRS, 'AlterReplicaLogDirs', 'AlterReplicaLogDirsRequest', 'AlterReplicaLogDirsResponse', 2),
    (ApiKey.DESCRIBE_LOG_DIRS, 'DescribeLogDirs', 'DescribeLogDirsRequest', 'DescribeLogDirsResponse', 5),
    (ApiKey.SASL_AUTHENTICATE, 'SaslAuthenticate', 'SaslAuthenticateRequest', 'SaslAuthenticateResponse', 2),
    (ApiKey.CREATE_PARTITIONS, 'CreatePartitions', 'CreatePartitionsRequest', 'CreatePartitionsResponse', 3),
    (ApiKey.DELETE_GROUPS, 'DeleteGroups', 'DeleteGroupsRequest', 'DeleteGroupsResponse', 2),
    (ApiKey.ELECT_LEADERS, 'ElectLeaders', 'ElectLeadersRequest', 'ElectLeadersResponse', 2),
    (ApiKey.INCREMENTAL_ALTER_CONFIGS, 'IncrementalAlterConfigs', 'IncrementalAlterConfigsRequest', 'IncrementalAlterConfigsResponse', 1),
    (ApiKey.ALTER_PARTITION_REASSIGNMENTS, 'AlterPartitionReassignments', 'AlterPartitionReassignmentsRequest', 'AlterPartitionReassignmentsResponse', 1),
    (ApiKey.LIST_PARTITION_REASSIGNMENTS, 'ListPartitionReassignments', 'ListPartitionReassignmentsRequest', 'ListPartitionReassignmentsResponse', 0),
    (ApiKey.OFFSET_DELETE, 'OffsetDelete', 'OffsetDeleteRequest', 'OffsetDeleteResponse', 0),
    (ApiKey.DESCRIBE_CLIENT_QUOTAS, 'DescribeClientQuotas', 'DescribeClientQuotasRequest', 'DescribeClientQuotasResponse', 1),
    (ApiKey.ALTER_CLIENT_QUOTAS, 'AlterClientQuotas', 'AlterClientQuotasRequest', 'AlterClientQuotasResponse', 1),
    (ApiKey.DESCRIBE_USER_SCRAM_CREDENTIALS, 'DescribeUserScramCredentials', 'DescribeUserScramCredentialsRequest', 'DescribeUserScramCredentialsResponse', 0),
    (ApiKey.ALTER_USER_SCRAM_CREDENTIALS, 'AlterUserScramCredentials', 'AlterUserScramCredentialsRequest', 'AlterUserScramCredentialsResponse', 0),
    (ApiKey.DESCRIBE_QUORUM, 'DescribeQuorum', 'DescribeQuorumRequest', 'DescribeQuorumResponse', 2),
    (ApiKey.UPDATE_FEATURES, 'UpdateFeatures', 'UpdateFeaturesRequest', 'UpdateFeaturesResponse', 2),
    (ApiKey.DESCRIBE_CLUSTER, 'DescribeCluster', 'DescribeClusterRequest', 'DescribeClusterResponse', 2),
    (ApiKey.DESCRIBE_PRODUCERS, 'DescribeProducers', 'DescribeProducersRequest', 'DescribeProducersResponse', 0),
    (ApiKey.DESCRIBE_TRANSACTIONS, 'DescribeTransactions', 'DescribeTransactionsRequest', 'DescribeTransactionsResponse', 0),
    (ApiKey.LIST_TRANSACTIONS, 'ListTransactions', 'ListTransactionsRequest', 'ListTransactionsResponse', 2),
    (ApiKey.CONSUMER_GROUP_HEARTBEAT, 'ConsumerGroupHeartbeat', 'ConsumerGroupHeartbeatRequest', 'ConsumerGroupHeartbeatResponse', 1),
    (ApiKey.CONSUMER_GROUP_DESCRIBE, 'ConsumerGroupDescribe', 'ConsumerGroupDescribeRequest', 'ConsumerGroupDescribeResponse', 1),
    (ApiKey.LIST_CONFIG_RESOURCES, 'ListConfigResources', 'ListConfigResourcesRequest', 'ListConfigResourcesResponse', 1),
    (ApiKey.DESCRIBE_TOPIC_PARTITIONS, 'DescribeTopicPartitions', 'DescribeTopicPartitionsRequest', 'DescribeTopicPartitionsResponse', 0),
)


def _build() -> tuple[dict[str, MessageSpec], dict[ApiKey, ApiSpec]]:
    messages = {name: MessageSpec(name, module, low, high, flexible_min)
                for name, module, low, high, flexible_min in _MESSAGES}
    apis: dict[ApiKey, ApiSpec] = {}
    for key, name, request, response, stable in _APIS:
        req = messages[request]
        apis[key] = ApiSpec(key, name, req, messages[response], req.min_version, req.max_version, stable,
                            req.flexible_min)
    return messages, apis


def __getattr__(name: str) -> Any:
    if name in ('APIS', 'MESSAGES'):
        global APIS, MESSAGES
        MESSAGES, APIS = _build()
        return globals()[name]
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
