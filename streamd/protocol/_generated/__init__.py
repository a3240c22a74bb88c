# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""The generated codec: one module per message, and the registry of broker APIs."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from streamd.protocol._generated.api_keys import ApiKey
from streamd.protocol._generated.error_codes import ErrorCode

__all__ = ["APIS", "ApiKey", "ApiSpec", "ErrorCode", "MessageSpec"]


@dataclass(frozen=True, slots=True)
class MessageSpec:
    name: str
    module: str
    min_version: int
    max_version: int
    flexible_min: int

    @property
    def _mod(self) -> Any:
        return importlib.import_module('streamd.protocol._generated.' + self.module)

    @property
    def cls(self) -> type:
        return getattr(self._mod, self.name)  # type: ignore[no-any-return]

    @property
    def read(self) -> Callable[[memoryview, int, int], tuple[Any, int]]:
        return self._mod.read  # type: ignore[no-any-return]

    @property
    def write(self) -> Callable[[Any, int], list[Any]]:
        return self._mod.write  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class ApiSpec:
    api_key: ApiKey
    name: str
    request: MessageSpec
    response: MessageSpec
    min_version: int
    max_version: int
    stable_max_version: int
    flexible_min: int


def _spec(name: str, module: str, low: int, high: int, flexible: int) -> MessageSpec:
    return MessageSpec(name, module, low, high, flexible)


APIS: dict[ApiKey, ApiSpec] = {
    ApiKey.PRODUCE: ApiSpec(
        ApiKey.PRODUCE, 'Produce',
        _spec('ProduceRequest', 'produce_request', 3, 13, 9),
        _spec('ProduceResponse', 'produce_response', 3, 13, 9),
        3, 13, 13, 9,
    ),
    ApiKey.FETCH: ApiSpec(
        ApiKey.FETCH, 'Fetch',
        _spec('FetchRequest', 'fetch_request', 4, 18, 12),
        _spec('FetchResponse', 'fetch_response', 4, 18, 12),
        4, 18, 18, 12,
    ),
    ApiKey.LIST_OFFSETS: ApiSpec(
        ApiKey.LIST_OFFSETS, 'ListOffsets',
        _spec('ListOffsetsRequest', 'list_offsets_request', 1, 11, 6),
        _spec('ListOffsetsResponse', 'list_offsets_response', 1, 11, 6),
        1, 11, 11, 6,
    ),
    ApiKey.METADATA: ApiSpec(
        ApiKey.METADATA, 'Metadata',
        _spec('MetadataRequest', 'metadata_request', 0, 13, 9),
        _spec('MetadataResponse', 'metadata_response', 0, 13, 9),
        0, 13, 13, 9,
    ),
    ApiKey.OFFSET_COMMIT: ApiSpec(
        ApiKey.OFFSET_COMMIT, 'OffsetCommit',
        _spec('OffsetCommitRequest', 'offset_commit_request', 2, 10, 8),
        _spec('OffsetCommitResponse', 'offset_commit_response', 2, 10, 8),
        2, 10, 10, 8,
    ),
    ApiKey.OFFSET_FETCH: ApiSpec(
        ApiKey.OFFSET_FETCH, 'OffsetFetch',
        _spec('OffsetFetchRequest', 'offset_fetch_request', 1, 10, 6),
        _spec('OffsetFetchResponse', 'offset_fetch_response', 1, 10, 6),
        1, 10, 10, 6,
    ),
    ApiKey.FIND_COORDINATOR: ApiSpec(
        ApiKey.FIND_COORDINATOR, 'FindCoordinator',
        _spec('FindCoordinatorRequest', 'find_coordinator_request', 0, 6, 3),
        _spec('FindCoordinatorResponse', 'find_coordinator_response', 0, 6, 3),
        0, 6, 6, 3,
    ),
    ApiKey.JOIN_GROUP: ApiSpec(
        ApiKey.JOIN_GROUP, 'JoinGroup',
        _spec('JoinGroupRequest', 'join_group_request', 0, 9, 6),
        _spec('JoinGroupResponse', 'join_group_response', 0, 9, 6),
        0, 9, 9, 6,
    ),
    ApiKey.HEARTBEAT: ApiSpec(
        ApiKey.HEARTBEAT, 'Heartbeat',
        _spec('HeartbeatRequest', 'heartbeat_request', 0, 4, 4),
        _spec('HeartbeatResponse', 'heartbeat_response', 0, 4, 4),
        0, 4, 4, 4,
    ),
    ApiKey.LEAVE_GROUP: ApiSpec(
        ApiKey.LEAVE_GROUP, 'LeaveGroup',
        _spec('LeaveGroupRequest', 'leave_group_request', 0, 5, 4),
        _spec('LeaveGroupResponse', 'leave_group_response', 0, 5, 4),
        0, 5, 5, 4,
    ),
    ApiKey.SYNC_GROUP: ApiSpec(
        ApiKey.SYNC_GROUP, 'SyncGroup',
        _spec('SyncGroupRequest', 'sync_group_request', 0, 5, 4),
        _spec('SyncGroupResponse', 'sync_group_response', 0, 5, 4),
        0, 5, 5, 4,
    ),
    ApiKey.DESCRIBE_GROUPS: ApiSpec(
        ApiKey.DESCRIBE_GROUPS, 'DescribeGroups',
        _spec('DescribeGroupsRequest', 'describe_groups_request', 0, 6, 5),
        _spec('DescribeGroupsResponse', 'describe_groups_response', 0, 6, 5),
        0, 6, 6, 5,
    ),
    ApiKey.LIST_GROUPS: ApiSpec(
        ApiKey.LIST_GROUPS, 'ListGroups',
        _spec('ListGroupsRequest', 'list_groups_request', 0, 5, 3),
        _spec('ListGroupsResponse', 'list_groups_response', 0, 5, 3),
        0, 5, 5, 3,
    ),
    ApiKey.SASL_HANDSHAKE: ApiSpec(
        ApiKey.SASL_HANDSHAKE, 'SaslHandshake',
        _spec('SaslHandshakeRequest', 'sasl_handshake_request', 0, 1, 1000),
        _spec('SaslHandshakeResponse', 'sasl_handshake_response', 0, 1, 1000),
        0, 1, 1, 1000,
    ),
    ApiKey.API_VERSIONS: ApiSpec(
        ApiKey.API_VERSIONS, 'ApiVersions',
        _spec('ApiVersionsRequest', 'api_versions_request', 0, 4, 3),
        _spec('ApiVersionsResponse', 'api_versions_response', 0, 4, 3),
        0, 4, 4, 3,
    ),
    ApiKey.CREATE_TOPICS: ApiSpec(
        ApiKey.CREATE_TOPICS, 'CreateTopics',
        _spec('CreateTopicsRequest', 'create_topics_request', 2, 7, 5),
        _spec('CreateTopicsResponse', 'create_topics_response', 2, 7, 5),
        2, 7, 7, 5,
    ),
    ApiKey.DELETE_TOPICS: ApiSpec(
        ApiKey.DELETE_TOPICS, 'DeleteTopics',
        _spec('DeleteTopicsRequest', 'delete_topics_request', 1, 6, 4),
        _spec('DeleteTopicsResponse', 'delete_topics_response', 1, 6, 4),
        1, 6, 6, 4,
    ),
    ApiKey.DELETE_RECORDS: ApiSpec(
        ApiKey.DELETE_RECORDS, 'DeleteRecords',
        _spec('DeleteRecordsRequest', 'delete_records_request', 0, 2, 2),
        _spec('DeleteRecordsResponse', 'delete_records_response', 0, 2, 2),
        0, 2, 2, 2,
    ),
    ApiKey.INIT_PRODUCER_ID: ApiSpec(
        ApiKey.INIT_PRODUCER_ID, 'InitProducerId',
        _spec('InitProducerIdRequest', 'init_producer_id_request', 0, 6, 2),
        _spec('InitProducerIdResponse', 'init_producer_id_response', 0, 6, 2),
        0, 6, 5, 2,
    ),
    ApiKey.OFFSET_FOR_LEADER_EPOCH: ApiSpec(
        ApiKey.OFFSET_FOR_LEADER_EPOCH, 'OffsetForLeaderEpoch',
        _spec('OffsetForLeaderEpochRequest', 'offset_for_leader_epoch_request', 2, 4, 4),
        _spec('OffsetForLeaderEpochResponse', 'offset_for_leader_epoch_response', 2, 4, 4),
        2, 4, 4, 4,
    ),
    ApiKey.ADD_PARTITIONS_TO_TXN: ApiSpec(
        ApiKey.ADD_PARTITIONS_TO_TXN, 'AddPartitionsToTxn',
        _spec('AddPartitionsToTxnRequest', 'add_partitions_to_txn_request', 0, 5, 3),
        _spec('AddPartitionsToTxnResponse', 'add_partitions_to_txn_response', 0, 5, 3),
        0, 5, 5, 3,
    ),
    ApiKey.ADD_OFFSETS_TO_TXN: ApiSpec(
        ApiKey.ADD_OFFSETS_TO_TXN, 'AddOffsetsToTxn',
        _spec('AddOffsetsToTxnRequest', 'add_offsets_to_txn_request', 0, 4, 3),
        _spec('AddOffsetsToTxnResponse', 'add_offsets_to_txn_response', 0, 4, 3),
        0, 4, 4, 3,
    ),
    ApiKey.END_TXN: ApiSpec(
        ApiKey.END_TXN, 'EndTxn',
        _spec('EndTxnRequest', 'end_txn_request', 0, 5, 3),
        _spec('EndTxnResponse', 'end_txn_response', 0, 5, 3),
        0, 5, 5, 3,
    ),
    ApiKey.WRITE_TXN_MARKERS: ApiSpec(
        ApiKey.WRITE_TXN_MARKERS, 'WriteTxnMarkers',
        _spec('WriteTxnMarkersRequest', 'write_txn_markers_request', 1, 2, 1),
        _spec('WriteTxnMarkersResponse', 'write_txn_markers_response', 1, 2, 1),
        1, 2, 2, 1,
    ),
    ApiKey.TXN_OFFSET_COMMIT: ApiSpec(
        ApiKey.TXN_OFFSET_COMMIT, 'TxnOffsetCommit',
        _spec('TxnOffsetCommitRequest', 'txn_offset_commit_request', 0, 5, 3),
        _spec('TxnOffsetCommitResponse', 'txn_offset_commit_response', 0, 5, 3),
        0, 5, 5, 3,
    ),
    ApiKey.DESCRIBE_ACLS: ApiSpec(
        ApiKey.DESCRIBE_ACLS, 'DescribeAcls',
        _spec('DescribeAclsRequest', 'describe_acls_request', 1, 3, 2),
        _spec('DescribeAclsResponse', 'describe_acls_response', 1, 3, 2),
        1, 3, 3, 2,
    ),
    ApiKey.CREATE_ACLS: ApiSpec(
        ApiKey.CREATE_ACLS, 'CreateAcls',
        _spec('CreateAclsRequest', 'create_acls_request', 1, 3, 2),
        _spec('CreateAclsResponse', 'create_acls_response', 1, 3, 2),
        1, 3, 3, 2,
    ),
    ApiKey.DELETE_ACLS: ApiSpec(
        ApiKey.DELETE_ACLS, 'DeleteAcls',
        _spec('DeleteAclsRequest', 'delete_acls_request', 1, 3, 2),
        _spec('DeleteAclsResponse', 'delete_acls_response', 1, 3, 2),
        1, 3, 3, 2,
    ),
    ApiKey.DESCRIBE_CONFIGS: ApiSpec(
        ApiKey.DESCRIBE_CONFIGS, 'DescribeConfigs',
        _spec('DescribeConfigsRequest', 'describe_configs_request', 1, 4, 4),
        _spec('DescribeConfigsResponse', 'describe_configs_response', 1, 4, 4),
        1, 4, 4, 4,
    ),
    ApiKey.ALTER_CONFIGS: ApiSpec(
        ApiKey.ALTER_CONFIGS, 'AlterConfigs',
        _spec('AlterConfigsRequest', 'alter_configs_request', 0, 2, 2),
        _spec('AlterConfigsResponse', 'alter_configs_response', 0, 2, 2),
        0, 2, 2, 2,
    ),
    ApiKey.ALTER_REPLICA_LOG_DIRS: ApiSpec(
        ApiKey.ALTER_REPLICA_LOG_DIRS, 'AlterReplicaLogDirs',
        _spec('AlterReplicaLogDirsRequest', 'alter_replica_log_dirs_request', 1, 2, 2),
        _spec('AlterReplicaLogDirsResponse', 'alter_replica_log_dirs_response', 1, 2, 2),
        1, 2, 2, 2,
    ),
    ApiKey.DESCRIBE_LOG_DIRS: ApiSpec(
        ApiKey.DESCRIBE_LOG_DIRS, 'DescribeLogDirs',
        _spec('DescribeLogDirsRequest', 'describe_log_dirs_request', 1, 5, 2),
        _spec('DescribeLogDirsResponse', 'describe_log_dirs_response', 1, 5, 2),
        1, 5, 5, 2,
    ),
    ApiKey.SASL_AUTHENTICATE: ApiSpec(
        ApiKey.SASL_AUTHENTICATE, 'SaslAuthenticate',
        _spec('SaslAuthenticateRequest', 'sasl_authenticate_request', 0, 2, 2),
        _spec('SaslAuthenticateResponse', 'sasl_authenticate_response', 0, 2, 2),
        0, 2, 2, 2,
    ),
    ApiKey.CREATE_PARTITIONS: ApiSpec(
        ApiKey.CREATE_PARTITIONS, 'CreatePartitions',
        _spec('CreatePartitionsRequest', 'create_partitions_request', 0, 3, 2),
        _spec('CreatePartitionsResponse', 'create_partitions_response', 0, 3, 2),
        0, 3, 3, 2,
    ),
    ApiKey.DELETE_GROUPS: ApiSpec(
        ApiKey.DELETE_GROUPS, 'DeleteGroups',
        _spec('DeleteGroupsRequest', 'delete_groups_request', 0, 2, 2),
        _spec('DeleteGroupsResponse', 'delete_groups_response', 0, 2, 2),
        0, 2, 2, 2,
    ),
    ApiKey.ELECT_LEADERS: ApiSpec(
        ApiKey.ELECT_LEADERS, 'ElectLeaders',
        _spec('ElectLeadersRequest', 'elect_leaders_request', 0, 2, 2),
        _spec('ElectLeadersResponse', 'elect_leaders_response', 0, 2, 2),
        0, 2, 2, 2,
    ),
    ApiKey.INCREMENTAL_ALTER_CONFIGS: ApiSpec(
        ApiKey.INCREMENTAL_ALTER_CONFIGS, 'IncrementalAlterConfigs',
        _spec('IncrementalAlterConfigsRequest', 'incremental_alter_configs_request', 0, 1, 1),
        _spec('IncrementalAlterConfigsResponse', 'incremental_alter_configs_response', 0, 1, 1),
        0, 1, 1, 1,
    ),
    ApiKey.ALTER_PARTITION_REASSIGNMENTS: ApiSpec(
        ApiKey.ALTER_PARTITION_REASSIGNMENTS, 'AlterPartitionReassignments',
        _spec('AlterPartitionReassignmentsRequest', 'alter_partition_reassignments_request', 0, 1, 0),
        _spec('AlterPartitionReassignmentsResponse', 'alter_partition_reassignments_response', 0, 1, 0),
        0, 1, 1, 0,
    ),
    ApiKey.LIST_PARTITION_REASSIGNMENTS: ApiSpec(
        ApiKey.LIST_PARTITION_REASSIGNMENTS, 'ListPartitionReassignments',
        _spec('ListPartitionReassignmentsRequest', 'list_partition_reassignments_request', 0, 0, 0),
        _spec('ListPartitionReassignmentsResponse', 'list_partition_reassignments_response', 0, 0, 0),
        0, 0, 0, 0,
    ),
    ApiKey.OFFSET_DELETE: ApiSpec(
        ApiKey.OFFSET_DELETE, 'OffsetDelete',
        _spec('OffsetDeleteRequest', 'offset_delete_request', 0, 0, 1000),
        _spec('OffsetDeleteResponse', 'offset_delete_response', 0, 0, 1000),
        0, 0, 0, 1000,
    ),
    ApiKey.DESCRIBE_CLIENT_QUOTAS: ApiSpec(
        ApiKey.DESCRIBE_CLIENT_QUOTAS, 'DescribeClientQuotas',
        _spec('DescribeClientQuotasRequest', 'describe_client_quotas_request', 0, 1, 1),
        _spec('DescribeClientQuotasResponse', 'describe_client_quotas_response', 0, 1, 1),
        0, 1, 1, 1,
    ),
    ApiKey.ALTER_CLIENT_QUOTAS: ApiSpec(
        ApiKey.ALTER_CLIENT_QUOTAS, 'AlterClientQuotas',
        _spec('AlterClientQuotasRequest', 'alter_client_quotas_request', 0, 1, 1),
        _spec('AlterClientQuotasResponse', 'alter_client_quotas_response', 0, 1, 1),
        0, 1, 1, 1,
    ),
    ApiKey.DESCRIBE_USER_SCRAM_CREDENTIALS: ApiSpec(
        ApiKey.DESCRIBE_USER_SCRAM_CREDENTIALS, 'DescribeUserScramCredentials',
        _spec('DescribeUserScramCredentialsRequest', 'describe_user_scram_credentials_request', 0, 0, 0),
        _spec('DescribeUserScramCredentialsResponse', 'describe_user_scram_credentials_response', 0, 0, 0),
        0, 0, 0, 0,
    ),
    ApiKey.ALTER_USER_SCRAM_CREDENTIALS: ApiSpec(
        ApiKey.ALTER_USER_SCRAM_CREDENTIALS, 'AlterUserScramCredentials',
        _spec('AlterUserScramCredentialsRequest', 'alter_user_scram_credentials_request', 0, 0, 0),
        _spec('AlterUserScramCredentialsResponse', 'alter_user_scram_credentials_response', 0, 0, 0),
        0, 0, 0, 0,
    ),
    ApiKey.DESCRIBE_QUORUM: ApiSpec(
        ApiKey.DESCRIBE_QUORUM, 'DescribeQuorum',
        _spec('DescribeQuorumRequest', 'describe_quorum_request', 0, 2, 0),
        _spec('DescribeQuorumResponse', 'describe_quorum_response', 0, 2, 0),
        0, 2, 2, 0,
    ),
    ApiKey.UPDATE_FEATURES: ApiSpec(
        ApiKey.UPDATE_FEATURES, 'UpdateFeatures',
        _spec('UpdateFeaturesRequest', 'update_features_request', 0, 2, 0),
        _spec('UpdateFeaturesResponse', 'update_features_response', 0, 2, 0),
        0, 2, 2, 0,
    ),
    ApiKey.DESCRIBE_CLUSTER: ApiSpec(
        ApiKey.DESCRIBE_CLUSTER, 'DescribeCluster',
        _spec('DescribeClusterRequest', 'describe_cluster_request', 0, 2, 0),
        _spec('DescribeClusterResponse', 'describe_cluster_response', 0, 2, 0),
        0, 2, 2, 0,
    ),
    ApiKey.DESCRIBE_PRODUCERS: ApiSpec(
        ApiKey.DESCRIBE_PRODUCERS, 'DescribeProducers',
        _spec('DescribeProducersRequest', 'describe_producers_request', 0, 0, 0),
        _spec('DescribeProducersResponse', 'describe_producers_response', 0, 0, 0),
        0, 0, 0, 0,
    ),
    ApiKey.DESCRIBE_TRANSACTIONS: ApiSpec(
        ApiKey.DESCRIBE_TRANSACTIONS, 'DescribeTransactions',
        _spec('DescribeTransactionsRequest', 'describe_transactions_request', 0, 0, 0),
        _spec('DescribeTransactionsResponse', 'describe_transactions_response', 0, 0, 0),
        0, 0, 0, 0,
    ),
    ApiKey.LIST_TRANSACTIONS: ApiSpec(
        ApiKey.LIST_TRANSACTIONS, 'ListTransactions',
        _spec('ListTransactionsRequest', 'list_transactions_request', 0, 2, 0),
        _spec('ListTransactionsResponse', 'list_transactions_response', 0, 2, 0),
        0, 2, 2, 0,
    ),
    ApiKey.LIST_CONFIG_RESOURCES: ApiSpec(
        ApiKey.LIST_CONFIG_RESOURCES, 'ListConfigResources',
        _spec('ListConfigResourcesRequest', 'list_config_resources_request', 0, 1, 0),
        _spec('ListConfigResourcesResponse', 'list_config_resources_response', 0, 1, 0),
        0, 1, 1, 0,
    ),
    ApiKey.DESCRIBE_TOPIC_PARTITIONS: ApiSpec(
        ApiKey.DESCRIBE_TOPIC_PARTITIONS, 'DescribeTopicPartitions',
        _spec('DescribeTopicPartitionsRequest', 'describe_topic_partitions_request', 0, 0, 0),
        _spec('DescribeTopicPartitionsResponse', 'describe_topic_partitions_response', 0, 0, 0),
        0, 0, 0, 0,
    ),
}
