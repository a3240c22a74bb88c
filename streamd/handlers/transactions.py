"""Transaction APIs (KIP-98; transaction protocol v1 and v2, KIP-890); the semantics live in
``coordinator.transactions`` and, for TxnOffsetCommit, ``coordinator.group_coordinator``.

AddPartitionsToTxn (24) v0-5: v2 answers PRODUCER_FENCED for a stale epoch; v4+ batch several
transactions in one request and add VerifyOnly, the partition leader's check that a
transaction holds a partition (KIP-890 part 1). The schema says v4+ come from brokers; Kafka
advertises them to everyone and answers them (authorising CLUSTER_ACTION), and so does
streamd. v5 only adds TRANSACTION_ABORTABLE, which the verify answer uses.
AddOffsetsToTxn (25) v0-4. EndTxn (26) v0-5: v5 is protocol v2, which bumps the epoch at every
end and answers the next producer id and epoch. TxnOffsetCommit (28) v0-5: v3 adds the group
member; v5 is protocol v2, which adds the group's offsets partition to the transaction itself
(no AddOffsetsToTxn). ListTransactions (66) v0-2 (v1 duration filter, v2 id pattern),
DescribeTransactions (65) v0, DescribeProducers (61) v0. InitProducerId lives in
``cluster_info``; Produce v12 (protocol v2's implicit AddPartitionsToTxn) in ``produce``.
"""

from __future__ import annotations

from streamd.coordinator.group_coordinator import CommitPartition
from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated import add_partitions_to_txn_request as aprq
from streamd.protocol._generated import add_partitions_to_txn_response as aptr
from streamd.protocol._generated import describe_producers_response as dpr
from streamd.protocol._generated import describe_transactions_response as dtr
from streamd.protocol._generated import list_transactions_response as ltr
from streamd.protocol._generated import txn_offset_commit_response as tocr
from streamd.protocol._generated.add_offsets_to_txn_request import AddOffsetsToTxnRequest
from streamd.protocol._generated.add_offsets_to_txn_response import AddOffsetsToTxnResponse
from streamd.protocol._generated.add_partitions_to_txn_request import AddPartitionsToTxnRequest
from streamd.protocol._generated.describe_producers_request import DescribeProducersRequest
from streamd.protocol._generated.describe_transactions_request import DescribeTransactionsRequest
from streamd.protocol._generated.end_txn_request import EndTxnRequest
from streamd.protocol._generated.end_txn_response import EndTxnResponse
from streamd.protocol._generated.list_transactions_request import ListTransactionsRequest
from streamd.protocol._generated.txn_offset_commit_request import TxnOffsetCommitRequest
from streamd.server.connection import RequestContext
from streamd.server.registry import HandlerRegistry
from streamd.storage import PartitionKey

_STATES = ("Empty", "Ongoing", "PrepareCommit", "PrepareAbort", "CompleteCommit", "CompleteAbort", "Dead",
           "PrepareEpochFence")


async def handle_add_partitions_to_txn(
    context: RequestContext, request: AddPartitionsToTxnRequest
) -> aptr.AddPartitionsToTxnResponse:
    if context.api_version < 4:
        errors = await _add_partitions(
            context, request.v3_and_below_transactional_id, request.v3_and_below_producer_id,
            request.v3_and_below_producer_epoch, request.v3_and_below_topics, verify_only=False,
        )
        return aptr.AddPartitionsToTxnResponse(
            throttle_time_ms=0, results_by_topic_v3_and_below=_topic_results(request.v3_and_below_topics, errors)
        )
    # v4+: a batch of transactions, each answered on its own; the top-level error is only for
    # a request refused as a whole (CLUSTER_AUTHORIZATION_FAILED, once there are ACLs).
    results = []
    for txn in request.transactions:
        errors = await _add_partitions(context, txn.transactional_id, txn.producer_id, txn.producer_epoch,
                                       txn.topics, verify_only=txn.verify_only)
        results.append(aptr.AddPartitionsToTxnResult(transactional_id=txn.transactional_id,
                                                      topic_results=_topic_results(txn.topics, errors)))
    return aptr.AddPartitionsToTxnResponse(throttle_time_ms=0, error_code=ErrorCode.NONE,
                                           results_by_transaction=results)


async def _add_partitions(
    context: RequestContext, transactional_id: str | None, producer_id: int, producer_epoch: int,
    topics: list[aprq.AddPartitionsToTxnTopic], *, verify_only: bool,
) -> dict[tuple[str, int], int]:
    """One transaction's partitions added (or, with ``verify_only``, checked): an error per partition."""
    broker = context.broker
    wanted = [(t.name, p) for t in topics for p in t.partitions]
    if not transactional_id:
        return dict.fromkeys(wanted, ErrorCode.INVALID_REQUEST)
    unknown = {
        (name, p) for name, p in wanted
        if (topic := broker.topics.get(name)) is None or not 0 <= p < topic.num_partitions
    }
    if unknown:
        # Kafka refuses the whole transaction: the unknown partitions say why, the others were
        # not attempted.
        return {tp: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION if tp in unknown else ErrorCode.OPERATION_NOT_ATTEMPTED
                for tp in wanted}
    if verify_only:
        return broker.transactions.verify_partitions(transactional_id, producer_id, producer_epoch, wanted)
    error = await broker.transactions.add_partitions(
        transactional_id, producer_id, producer_epoch, wanted, context.api_version
    )
    return dict.fromkeys(wanted, error)


def _topic_results(
    topics: list[aprq.AddPartitionsToTxnTopic], errors: dict[tuple[str, int], int]
) -> list[aptr.AddPartitionsToTxnTopicResult]:
    return [
        aptr.AddPartitionsToTxnTopicResult(
            name=t.name,
            results_by_partition=[
                aptr.AddPartitionsToTxnPartitionResult(partition_index=p, partition_error_code=errors[(t.name, p)])
                for p in t.partitions
            ],
        )
        for t in topics
    ]


async def handle_add_offsets_to_txn(context: RequestContext, request: AddOffsetsToTxnRequest) -> AddOffsetsToTxnResponse:
    error = await context.broker.transactions.add_offsets(
        request.transactional_id, request.producer_id, request.producer_epoch, request.group_id, context.api_version
    )
    return AddOffsetsToTxnResponse(throttle_time_ms=0, error_code=error)


async def handle_end_txn(context: RequestContext, request: EndTxnRequest) -> EndTxnResponse:
    result = await context.broker.transactions.end_txn(
        request.transactional_id, request.producer_id, request.producer_epoch, request.committed, context.api_version
    )
    # v5 answers the producer id and epoch of the next transaction (written for v5 only).
    return EndTxnResponse(throttle_time_ms=0, error_code=result.error_code, producer_id=result.producer_id,
                          producer_epoch=result.producer_epoch)


async def handle_txn_offset_commit(
    context: RequestContext, request: TxnOffsetCommitRequest
) -> tocr.TxnOffsetCommitResponse:
    version = context.api_version
    partitions = [
        CommitPartition(t.name, p.partition_index, p.committed_offset,
                        p.committed_leader_epoch if version >= 2 else -1, p.committed_metadata)
        for t in request.topics
        for p in t.partitions
    ]
    errors = iter(
        await context.broker.groups.txn_commit_offsets(
            request.transactional_id, request.group_id, request.producer_id, request.producer_epoch,
            request.generation_id if version >= 3 else -1, request.member_id if version >= 3 else "",
            request.group_instance_id if version >= 3 else None, partitions, implicit_add=version >= 5,
        )
    )
    return tocr.TxnOffsetCommitResponse(
        throttle_time_ms=0,
        topics=[
            tocr.TxnOffsetCommitResponseTopic(
                name=t.name,
                partitions=[
                    tocr.TxnOffsetCommitResponsePartition(partition_index=p.partition_index, error_code=next(errors))
                    for p in t.partitions
                ],
            )
            for t in request.topics
        ],
    )


def handle_list_transactions(context: RequestContext, request: ListTransactionsRequest) -> ltr.ListTransactionsResponse:
    version = context.api_version
    unknown = [state for state in request.state_filters if state not in _STATES]
    found = context.broker.transactions.list(
        [s for s in request.state_filters if s in _STATES],
        list(request.producer_id_filters),
        request.duration_filter if version >= 1 else -1,
        request.transactional_id_pattern if version >= 2 else None,
    )
    if unknown and not [s for s in request.state_filters if s in _STATES]:
        found = []  # every filter named a state that does not exist: nothing can match
    return ltr.ListTransactionsResponse(
        throttle_time_ms=0,
        error_code=ErrorCode.NONE,
        unknown_state_filters=unknown,
        transaction_states=[
            ltr.TransactionState(transactional_id=m.transactional_id, producer_id=m.producer_id,
                                 transaction_state=m.state.display)
            for m in found
        ],
    )


def handle_describe_transactions(
    context: RequestContext, request: DescribeTransactionsRequest
) -> dtr.DescribeTransactionsResponse:
    states: list[dtr.TransactionState] = []
    for transactional_id in request.transactional_ids:
        meta = context.broker.transactions.describe(transactional_id)
        if meta is None:
            states.append(dtr.TransactionState(error_code=ErrorCode.TRANSACTIONAL_ID_NOT_FOUND,
                                               transactional_id=transactional_id))
            continue
        by_topic: dict[str, list[int]] = {}
        for topic, partition in sorted(meta.partitions):
            by_topic.setdefault(topic, []).append(partition)
        states.append(
            dtr.TransactionState(
                error_code=ErrorCode.NONE,
                transactional_id=transactional_id,
                transaction_state=meta.state.display,
                transaction_timeout_ms=meta.timeout_ms,
                transaction_start_time_ms=meta.start_ms,
                producer_id=meta.producer_id,
                producer_epoch=meta.producer_epoch,
                topics=[dtr.TopicData(topic=topic, partitions=parts) for topic, parts in by_topic.items()],
            )
        )
    return dtr.DescribeTransactionsResponse(throttle_time_ms=0, transaction_states=states)


def handle_describe_producers(context: RequestContext, request: DescribeProducersRequest) -> dpr.DescribeProducersResponse:
    broker = context.broker
    topics: list[dpr.TopicResponse] = []
    for wanted in request.topics:
        topic = broker.topics.get(wanted.name)
        partitions: list[dpr.PartitionResponse] = []
        for index in wanted.partition_indexes:
            if topic is None or not 0 <= index < topic.num_partitions:
                partitions.append(dpr.PartitionResponse(partition_index=index,
                                                        error_code=ErrorCode.UNKNOWN_TOPIC_OR_PARTITION))
                continue
            key = PartitionKey(topic.topic_id, index)
            open_txns = broker.logs.open_transactions(key)
            partitions.append(
                dpr.PartitionResponse(
                    partition_index=index,
                    error_code=ErrorCode.NONE,
                    active_producers=[
                        dpr.ProducerState(
                            producer_id=pid, producer_epoch=epoch, last_sequence=sequence, last_timestamp=timestamp,
                            coordinator_epoch=0, current_txn_start_offset=open_txns.get(pid, -1),
                        )
                        for pid, epoch, sequence, timestamp in broker.logs.producer_entries(key)
                    ],
                )
            )
        topics.append(dpr.TopicResponse(name=wanted.name, partitions=partitions))
    return dpr.DescribeProducersResponse(throttle_time_ms=0, topics=topics)


def register(registry: HandlerRegistry) -> None:
    registry.register(ApiKey.ADD_PARTITIONS_TO_TXN, handle_add_partitions_to_txn, min_version=0, max_version=5)
    registry.register(ApiKey.ADD_OFFSETS_TO_TXN, handle_add_offsets_to_txn, min_version=0, max_version=4)
    registry.register(ApiKey.END_TXN, handle_end_txn, min_version=0, max_version=5)
    registry.register(ApiKey.TXN_OFFSET_COMMIT, handle_txn_offset_commit, min_version=0, max_version=5)
    registry.register(ApiKey.LIST_TRANSACTIONS, handle_list_transactions, min_version=0, max_version=2)
    registry.register(ApiKey.DESCRIBE_TRANSACTIONS, handle_describe_transactions, min_version=0, max_version=0)
    registry.register(ApiKey.DESCRIBE_PRODUCERS, handle_describe_producers, min_version=0, max_version=0)
