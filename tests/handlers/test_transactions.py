"""Transactions over the wire (KIP-98): fencing, markers, the LSO, aborted transactions,
transactional offsets, timeouts and recovery, with Kafka's error codes."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

import pytest

from streamd.config import load_config
from streamd.protocol._generated import ApiKey, ErrorCode
from streamd.protocol._generated import add_offsets_to_txn_request as aor
from streamd.protocol._generated import add_partitions_to_txn_request as apr
from streamd.protocol._generated import describe_producers_request as dpr
from streamd.protocol._generated import describe_transactions_request as dtr
from streamd.protocol._generated import end_txn_request as etr
from streamd.protocol._generated import init_producer_id_request as ipr
from streamd.protocol._generated import list_transactions_request as ltr
from streamd.protocol._generated import offset_fetch_request as ofr
from streamd.protocol._generated import txn_offset_commit_request as tcr
from streamd.records.builder import Record, build_batch
from streamd.server.app import RunningBroker, start_broker
from tests.handlers.helpers import create_topic, fetch, list_offset, produce
from tests.wire import WireClient


@pytest.fixture
async def client(running_broker: RunningBroker) -> AsyncIterator[WireClient]:
    client = await WireClient.connect(running_broker.host, running_broker.port)
    await create_topic(client, "t", partitions=2)
    yield client
    await client.close()


@contextlib.asynccontextmanager
async def file_broker(data_dir: Any) -> AsyncIterator[tuple[RunningBroker, WireClient]]:
    """A broker on the file engine in ``data_dir`` and a client of it; a second one with the
    same directory is the first one restarted."""
    running = await start_broker(load_config(None, {}, {"listen": "127.0.0.1:0", "storage": f"file://{data_dir}"}))
    try:
        client = await WireClient.connect(running.host, running.port)
        try:
            yield running, client
        finally:
            await client.close()
    finally:
        await running.close()


async def init(client: WireClient, txn: str, timeout_ms: int = 60_000, version: int = 4) -> Any:
    return await client.call(ApiKey.INIT_PRODUCER_ID, version, ipr.InitProducerIdRequest(
        transactional_id=txn, transaction_timeout_ms=timeout_ms, producer_id=-1, producer_epoch=-1))


async def add(client: WireClient, txn: str, pid: int, epoch: int, partitions: dict[str, list[int]],
              version: int = 3) -> list[int]:
    response = await client.call(ApiKey.ADD_PARTITIONS_TO_TXN, version, apr.AddPartitionsToTxnRequest(
        v3_and_below_transactional_id=txn, v3_and_below_producer_id=pid, v3_and_below_producer_epoch=epoch,
        v3_and_below_topics=[apr.AddPartitionsToTxnTopic(name=n, partitions=p) for n, p in partitions.items()]))
    return [r.partition_error_code for t in response.results_by_topic_v3_and_below for r in t.results_by_partition]


async def end(client: WireClient, txn: str, pid: int, epoch: int, commit: bool, version: int = 3) -> int:
    response = await client.call(ApiKey.END_TXN, version, etr.EndTxnRequest(
        transactional_id=txn, producer_id=pid, producer_epoch=epoch, committed=commit))
    return int(response.error_code)


def txn_batch(pid: int, epoch: int, sequence: int, count: int = 3, prefix: str = "v") -> bytes:
    records = [Record(key=None, value=f"{prefix}{i}".encode(), timestamp=1_700_000_000_000) for i in range(count)]
    return build_batch(records, producer_id=pid, producer_epoch=epoch, base_sequence=sequence, transactional=True)


async def test_commit_and_abort_move_the_lso_and_list_aborted_transactions(client: WireClient) -> None:
    producer = await init(client, "tx-a")
    assert (producer.error_code, producer.producer_epoch) == (0, 0)
    pid, epoch = producer.producer_id, producer.producer_epoch
    # Without AddPartitionsToTxn a transactional write is refused.
    refused = await produce(client, "t", txn_batch(pid, epoch, 0))
    assert refused.error_code == ErrorCode.INVALID_TXN_STATE
    assert await add(client, "tx-a", pid, epoch, {"t": [0]}) == [0]
    written = await produce(client, "t", txn_batch(pid, epoch, 0))
    assert written.error_code == 0 and written.base_offset == 0
    # Open: read_committed sees nothing and the LSO is the transaction's first offset.
    committed_view = await fetch(client, "t", 0, isolation_level=1)
    assert (committed_view.last_stable_offset, committed_view.high_watermark, bytes(committed_view.records)) == \
        (0, 3, b"")
    uncommitted_view = await fetch(client, "t", 0)
    assert len(bytes(uncommitted_view.records)) > 0
    assert await end(client, "tx-a", pid, epoch, commit=True) == 0
    assert await end(client, "tx-a", pid, epoch, commit=True) == 0  # a retried EndTxn succeeds
    after = await fetch(client, "t", 0, isolation_level=1)
    assert after.last_stable_offset == after.high_watermark == 4  # 3 records + the COMMIT marker
    assert after.aborted_transactions == []
    # An aborted transaction is listed for read_committed clients.
    assert await add(client, "tx-a", pid, epoch, {"t": [0]}) == [0]
    assert (await produce(client, "t", txn_batch(pid, epoch, 3))).base_offset == 4
    assert await end(client, "tx-a", pid, epoch, commit=False) == 0
    assert await end(client, "tx-a", pid, epoch, commit=True) == ErrorCode.INVALID_TXN_STATE
    aborted = await fetch(client, "t", 0, isolation_level=1)
    assert [(a.producer_id, a.first_offset) for a in aborted.aborted_transactions] == [(pid, 4)]
    assert (await list_offset(client, "t", -1)).offset == 8


async def test_a_new_incarnation_fences_the_old_one_and_aborts_its_transaction(client: WireClient) -> None:
    old = await init(client, "tx-f")
    pid, epoch = old.producer_id, old.producer_epoch
    assert await add(client, "tx-f", pid, epoch, {"t": [1]}) == [0]
    assert (await produce(client, "t", txn_batch(pid, epoch, 0), partition=1)).error_code == 0
    new = await init(client, "tx-f")
    assert new.producer_id == pid and new.producer_epoch > epoch + 1  # one bump to abort, one for the new
    assert await end(client, "tx-f", pid, epoch, commit=True) == ErrorCode.PRODUCER_FENCED
    assert await end(client, "tx-f", pid, epoch, commit=True, version=1) == ErrorCode.INVALID_PRODUCER_EPOCH
    assert await add(client, "tx-f", pid, epoch, {"t": [1]}) == [ErrorCode.PRODUCER_FENCED]
    zombie = await produce(client, "t", txn_batch(pid, epoch, 3), partition=1)
    assert zombie.error_code == ErrorCode.INVALID_PRODUCER_EPOCH
    view = await fetch(client, "t", 0, partition=1, isolation_level=1)
    assert [(a.producer_id, a.first_offset) for a in view.aborted_transactions] == [(pid, 0)]
    assert view.last_stable_offset == view.high_watermark


async def test_a_retried_epoch_bump_gets_the_same_epoch(client: WireClient) -> None:
    async def resume(pid: int, epoch: int) -> tuple[int, int, int]:
        response = await client.call(ApiKey.INIT_PRODUCER_ID, 4, ipr.InitProducerIdRequest(
            transactional_id="tx-k", transaction_timeout_ms=60_000, producer_id=pid, producer_epoch=epoch))
        return int(response.error_code), int(response.producer_id), int(response.producer_epoch)

    first = await init(client, "tx-k")
    pid = first.producer_id
    assert await resume(pid, 0) == (0, pid, 1)  # KIP-360: a producer resuming after an error
    assert await resume(pid, 0) == (0, pid, 1)  # the same request again (its answer was lost)
    assert await resume(pid, 1) == (0, pid, 2)
    assert (await resume(pid, 0))[0] == ErrorCode.PRODUCER_FENCED  # no longer the last bump
    assert await add(client, "tx-k", pid, 2, {"t": [0]}) == [0]
    assert (await resume(pid, 1))[0] == ErrorCode.PRODUCER_FENCED  # a transaction began since


async def test_error_codes(client: WireClient) -> None:
    assert (await init(client, "tx-e", timeout_ms=10_000_000)).error_code == ErrorCode.INVALID_TRANSACTION_TIMEOUT
    producer = await init(client, "tx-e")
    pid, epoch = producer.producer_id, producer.producer_epoch
    assert await add(client, "tx-e", pid + 1, epoch, {"t": [0]}) == [ErrorCode.INVALID_PRODUCER_ID_MAPPING]
    assert await add(client, "nope", pid, epoch, {"t": [0]}) == [ErrorCode.INVALID_PRODUCER_ID_MAPPING]
    assert await add(client, "tx-e", pid, epoch, {"t": [0, 9]}) == \
        [ErrorCode.OPERATION_NOT_ATTEMPTED, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]
    assert await end(client, "tx-e", pid, epoch, commit=True) == ErrorCode.INVALID_TXN_STATE  # nothing begun


async def add_batched(client: WireClient, txns: list[tuple[str, int, int, dict[str, list[int]], bool]],
                      version: int = 5) -> tuple[int, dict[str, list[int]]]:
    """AddPartitionsToTxn v4+: (transactional id, pid, epoch, partitions, verify only) per transaction."""
    response = await client.call(ApiKey.ADD_PARTITIONS_TO_TXN, version, apr.AddPartitionsToTxnRequest(transactions=[
        apr.AddPartitionsToTxnTransaction(
            transactional_id=txn, producer_id=pid, producer_epoch=epoch, verify_only=verify,
            topics=[apr.AddPartitionsToTxnTopic(name=n, partitions=p) for n, p in partitions.items()])
        for txn, pid, epoch, partitions, verify in txns]))
    return int(response.error_code), {
        result.transactional_id: [r.partition_error_code for t in result.topic_results for r in t.results_by_partition]
        for result in response.results_by_transaction
    }


@pytest.mark.parametrize("version", [4, 5])
async def test_batched_add_partitions_answers_each_transaction(client: WireClient, version: int) -> None:
    ids = [f"tx-b{n}-{version}" for n in range(4)]
    valid, stale, _, with_missing = [await init(client, txn) for txn in (ids[0], ids[1], ids[1] + "-x", ids[3])]
    error, results = await add_batched(client, [
        (ids[0], valid.producer_id, valid.producer_epoch, {"t": [0, 1]}, False),
        (ids[1], stale.producer_id, stale.producer_epoch + 1, {"t": [0]}, False),  # not the current epoch
        (ids[2], 42, 0, {"t": [0]}, False),  # never initialised
        (ids[3], with_missing.producer_id, with_missing.producer_epoch, {"t": [0], "missing": [0]}, False),
    ], version=version)
    assert error == ErrorCode.NONE
    assert results == {
        ids[0]: [ErrorCode.NONE, ErrorCode.NONE],
        ids[1]: [ErrorCode.PRODUCER_FENCED],
        ids[2]: [ErrorCode.INVALID_PRODUCER_ID_MAPPING],
        ids[3]: [ErrorCode.OPERATION_NOT_ATTEMPTED, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
    }
    # The first transaction now holds both partitions: its writes are accepted; the refused one
    # holds nothing.
    assert (await produce(client, "t", txn_batch(valid.producer_id, valid.producer_epoch, 0),
                          partition=1)).error_code == 0
    refused = await produce(client, "t", txn_batch(with_missing.producer_id, with_missing.producer_epoch, 0))
    assert refused.error_code == ErrorCode.INVALID_TXN_STATE


async def test_verify_only_checks_without_adding(client: WireClient) -> None:
    producer = await init(client, "tx-v")
    pid, epoch = producer.producer_id, producer.producer_epoch
    assert await add(client, "tx-v", pid, epoch, {"t": [0]}) == [0]
    error, results = await add_batched(client, [("tx-v", pid, epoch, {"t": [0, 1]}, True)])
    assert (error, results) == (0, {"tx-v": [ErrorCode.NONE, ErrorCode.TRANSACTION_ABORTABLE]})
    # Verification added nothing: the partition it did not hold still refuses the write.
    refused = await produce(client, "t", txn_batch(pid, epoch, 0), partition=1)
    assert refused.error_code == ErrorCode.INVALID_TXN_STATE
    _, fenced = await add_batched(client, [("tx-v", pid, epoch + 1, {"t": [0]}, True)])
    assert fenced == {"tx-v": [ErrorCode.PRODUCER_FENCED]}
    _, unknown = await add_batched(client, [("tx-none", pid, epoch, {"t": [0]}, True)])
    assert unknown == {"tx-none": [ErrorCode.INVALID_PRODUCER_ID_MAPPING]}
    _, no_id = await add_batched(client, [("", pid, epoch, {"t": [0]}, True)])
    assert no_id == {"": [ErrorCode.INVALID_REQUEST]}
    # After the commit the transaction holds nothing: verification says so.
    assert await end(client, "tx-v", pid, epoch, commit=True) == 0
    _, after = await add_batched(client, [("tx-v", pid, epoch, {"t": [0]}, True)])
    assert after == {"tx-v": [ErrorCode.TRANSACTION_ABORTABLE]}


async def end_v2(client: WireClient, txn: str, pid: int, epoch: int, commit: bool) -> tuple[int, int, int]:
    """EndTxn v5 (transaction protocol v2): (error, next producer id, next epoch)."""
    response = await client.call(ApiKey.END_TXN, 5, etr.EndTxnRequest(
        transactional_id=txn, producer_id=pid, producer_epoch=epoch, committed=commit))
    return int(response.error_code), int(response.producer_id), int(response.producer_epoch)


async def produce_v2(client: WireClient, txn: str, batch: bytes, partition: int = 0) -> Any:
    """Produce v12: the partition joins the transaction without AddPartitionsToTxn."""
    return await produce(client, "t", batch, partition=partition, version=12, transactional_id=txn)


async def test_protocol_v2_bumps_the_epoch_at_every_end_and_fences_a_delayed_write(client: WireClient) -> None:
    producer = await init(client, "tx-2")
    pid, epoch = producer.producer_id, producer.producer_epoch
    assert (await produce_v2(client, "tx-2", txn_batch(pid, epoch, 0, prefix="aborted"))).error_code == 0
    assert (await fetch(client, "t", 0, isolation_level=1)).last_stable_offset == 0  # the write opened it
    assert await end_v2(client, "tx-2", pid, epoch, commit=False) == (0, pid, epoch + 1)
    # The Jepsen hole of protocol v1: a write of the aborted transaction still in flight would
    # join the next transaction at the same epoch. Under v2 its epoch is fenced (the coordinator
    # answers the implicit add, as Kafka's partition leader asks it before appending).
    delayed = await produce_v2(client, "tx-2", txn_batch(pid, epoch, 3, prefix="aborted"))
    assert delayed.error_code == ErrorCode.PRODUCER_FENCED
    assert (await produce_v2(client, "tx-2", txn_batch(pid, epoch + 1, 0, prefix="kept"), 1)).error_code == 0
    assert await end_v2(client, "tx-2", pid, epoch + 1, commit=True) == (0, pid, epoch + 2)
    # A retried EndTxn carries the epoch before the bump: success, with the epoch to use next.
    assert await end_v2(client, "tx-2", pid, epoch + 1, commit=True) == (0, pid, epoch + 2)
    assert (await end_v2(client, "tx-2", pid, epoch + 1, commit=False))[0] == ErrorCode.INVALID_TXN_STATE
    assert (await end_v2(client, "tx-2", pid, epoch, commit=True))[0] == ErrorCode.PRODUCER_FENCED
    aborted_view = await fetch(client, "t", 0, isolation_level=1)
    assert [(a.producer_id, a.first_offset) for a in aborted_view.aborted_transactions] == [(pid, 0)]
    assert aborted_view.last_stable_offset == aborted_view.high_watermark == 4  # 3 aborted records + ABORT
    committed_view = await fetch(client, "t", 0, partition=1, isolation_level=1)
    assert committed_view.last_stable_offset == committed_view.high_watermark == 4  # 3 records + COMMIT
    # Aborting with nothing under way is allowed and still bumps the epoch; committing nothing is not.
    assert await end_v2(client, "tx-2", pid, epoch + 2, commit=False) == (0, pid, epoch + 3)
    assert (await end_v2(client, "tx-2", pid, epoch + 3, commit=True))[0] == ErrorCode.INVALID_TXN_STATE
    # A protocol-v1 client of the same id still works: explicit adds, no bump.
    assert await add(client, "tx-2", pid, epoch + 3, {"t": [0]}) == [0]
    assert await end(client, "tx-2", pid, epoch + 3, commit=True) == 0


async def test_protocol_v2_timed_out_transaction_fences_its_producer(
    running_broker: RunningBroker, client: WireClient
) -> None:
    producer = await init(client, "tx-2t", timeout_ms=1000)
    pid, epoch = producer.producer_id, producer.producer_epoch
    assert await end_v2(client, "tx-2t", pid, epoch, commit=False) == (0, pid, epoch + 1)  # marks it as v2
    epoch += 1
    assert (await produce_v2(client, "tx-2t", txn_batch(pid, epoch, 0))).error_code == 0
    coordinator = running_broker.broker.transactions
    assert await coordinator.abort_timed_out(running_broker.broker.now_ms() + 5_000) == 1
    # The fence and the abort each bump (Kafka's TV2 epoch fence), so neither end of the fenced
    # producer passes for a retry.
    assert (await end_v2(client, "tx-2t", pid, epoch, commit=True))[0] == ErrorCode.PRODUCER_FENCED
    assert (await end_v2(client, "tx-2t", pid, epoch, commit=False))[0] == ErrorCode.PRODUCER_FENCED
    described = coordinator.describe("tx-2t")
    assert described is not None and (described.state.display, described.producer_epoch) == \
        ("CompleteAbort", epoch + 2)


async def test_protocol_v2_offsets_join_the_transaction_without_add_offsets(client: WireClient) -> None:
    producer = await init(client, "tx-2o")
    pid, epoch = producer.producer_id, producer.producer_epoch

    async def commit_offset(version: int, offset: int, at_epoch: int) -> list[int]:
        response = await client.call(ApiKey.TXN_OFFSET_COMMIT, version, tcr.TxnOffsetCommitRequest(
            transactional_id="tx-2o", group_id="g-2o", producer_id=pid, producer_epoch=at_epoch,
            topics=[tcr.TxnOffsetCommitRequestTopic(name="t", partitions=[
                tcr.TxnOffsetCommitRequestPartition(partition_index=0, committed_offset=offset)])]))
        return [p.error_code for t in response.topics for p in t.partitions]

    assert await commit_offset(4, 7, epoch) == [ErrorCode.INVALID_TXN_STATE]  # v4 needs AddOffsetsToTxn
    assert await commit_offset(5, 7, epoch) == [0]
    assert await end_v2(client, "tx-2o", pid, epoch, commit=True) == (0, pid, epoch + 1)
    fetched = await client.call(ApiKey.OFFSET_FETCH, 7, ofr.OffsetFetchRequest(
        group_id="g-2o", topics=[ofr.OffsetFetchRequestTopic(name="t", partition_indexes=[0])], require_stable=True))
    assert fetched.topics[0].partitions[0].committed_offset == 7
    assert await commit_offset(5, 9, epoch) == [ErrorCode.PRODUCER_FENCED]  # the epoch of the ended one


async def test_protocol_v2_epoch_overflow_moves_to_a_new_producer_id(client: WireClient,
                                                                  running_broker: RunningBroker) -> None:
    producer = await init(client, "tx-2x")
    pid = producer.producer_id
    meta = running_broker.broker.transactions.describe("tx-2x")
    assert meta is not None
    last = meta.producer_epoch = 32_766  # Short.MAX_VALUE - 1, as after 32,766 transactions
    assert (await produce_v2(client, "tx-2x", txn_batch(pid, last, 0))).error_code == 0
    error, new_pid, new_epoch = await end_v2(client, "tx-2x", pid, last, commit=True)
    assert (error, new_epoch) == (0, 0) and new_pid != pid
    assert await end_v2(client, "tx-2x", pid, last, commit=True) == (0, new_pid, 0)  # a retry across it
    assert (await produce_v2(client, "tx-2x", txn_batch(pid, last, 3))).error_code != 0  # the old id is done
    assert (await produce_v2(client, "tx-2x", txn_batch(new_pid, 0, 0))).error_code == 0
    assert await end_v2(client, "tx-2x", new_pid, 0, commit=True) == (0, new_pid, 1)
    view = await fetch(client, "t", 0, isolation_level=1)
    assert view.last_stable_offset == view.high_watermark == 8 and view.aborted_transactions == []


async def test_transactional_offsets_become_visible_with_the_commit(client: WireClient) -> None:
    producer = await init(client, "tx-o")
    pid, epoch = producer.producer_id, producer.producer_epoch

    async def txn_commit(offset: int) -> list[int]:
        response = await client.call(ApiKey.TXN_OFFSET_COMMIT, 3, tcr.TxnOffsetCommitRequest(
            transactional_id="tx-o", group_id="g-txn", producer_id=pid, producer_epoch=epoch,
            topics=[tcr.TxnOffsetCommitRequestTopic(name="t", partitions=[
                tcr.TxnOffsetCommitRequestPartition(partition_index=0, committed_offset=offset)])]))
        return [p.error_code for t in response.topics for p in t.partitions]

    async def fetched(require_stable: bool) -> tuple[int, int]:
        response = await client.call(ApiKey.OFFSET_FETCH, 7, ofr.OffsetFetchRequest(
            group_id="g-txn", topics=[ofr.OffsetFetchRequestTopic(name="t", partition_indexes=[0])],
            require_stable=require_stable))
        partition = response.topics[0].partitions[0]
        return partition.committed_offset, partition.error_code

    assert await txn_commit(5) == [ErrorCode.INVALID_TXN_STATE]  # AddOffsetsToTxn first
    added = await client.call(ApiKey.ADD_OFFSETS_TO_TXN, 3, aor.AddOffsetsToTxnRequest(
        transactional_id="tx-o", producer_id=pid, producer_epoch=epoch, group_id="g-txn"))
    assert added.error_code == 0
    assert await txn_commit(5) == [0]
    assert await fetched(False) == (-1, 0)
    assert await fetched(True) == (-1, ErrorCode.UNSTABLE_OFFSET_COMMIT)
    assert await end(client, "tx-o", pid, epoch, commit=True) == 0
    assert await fetched(True) == (5, 0)
    # An aborted transaction's offsets never appear.
    await client.call(ApiKey.ADD_OFFSETS_TO_TXN, 3, aor.AddOffsetsToTxnRequest(
        transactional_id="tx-o", producer_id=pid, producer_epoch=epoch, group_id="g-txn"))
    assert await txn_commit(9) == [0]
    assert await end(client, "tx-o", pid, epoch, commit=False) == 0
    assert await fetched(True) == (5, 0)


async def test_timed_out_transactions_are_aborted_with_a_fencing_epoch(
    running_broker: RunningBroker, client: WireClient
) -> None:
    producer = await init(client, "tx-t", timeout_ms=1000)
    pid, epoch = producer.producer_id, producer.producer_epoch
    assert await add(client, "tx-t", pid, epoch, {"t": [0]}) == [0]
    assert (await produce(client, "t", txn_batch(pid, epoch, 0))).error_code == 0
    coordinator = running_broker.broker.transactions
    assert await coordinator.abort_timed_out(running_broker.broker.now_ms() + 5_000) == 1
    assert await end(client, "tx-t", pid, epoch, commit=True) == ErrorCode.PRODUCER_FENCED
    view = await fetch(client, "t", 0, isolation_level=1)
    assert [a.first_offset for a in view.aborted_transactions] == [0]
    described = await client.call(ApiKey.DESCRIBE_TRANSACTIONS, 0, dtr.DescribeTransactionsRequest(
        transactional_ids=["tx-t", "nope"]))
    state, missing = described.transaction_states
    assert (state.transaction_state, state.producer_epoch) == ("CompleteAbort", epoch + 1)
    assert missing.error_code == ErrorCode.TRANSACTIONAL_ID_NOT_FOUND


@pytest.mark.broker_config(**{"transactional.id.expiration.ms": 60_000})
async def test_idle_transactional_ids_expire(running_broker: RunningBroker, client: WireClient) -> None:
    idle = await init(client, "tx-idle")
    assert await add(client, "tx-idle", idle.producer_id, idle.producer_epoch, {"t": [0]}) == [0]
    assert await end(client, "tx-idle", idle.producer_id, idle.producer_epoch, commit=True) == 0
    busy = await init(client, "tx-busy")
    assert await add(client, "tx-busy", busy.producer_id, busy.producer_epoch, {"t": [1]}) == [0]
    coordinator = running_broker.broker.transactions
    now = running_broker.broker.now_ms()
    assert await coordinator.expire_transactional_ids(now + 59_000) == 0  # not idle long enough
    # An hour later: the idle id goes, the one with a transaction under way stays.
    assert await coordinator.expire_transactional_ids(now + 3_600_000) == 1
    described = await client.call(ApiKey.DESCRIBE_TRANSACTIONS, 0, dtr.DescribeTransactionsRequest(
        transactional_ids=["tx-idle", "tx-busy"]))
    assert [(s.error_code, s.transaction_state) for s in described.transaction_states] == \
        [(ErrorCode.TRANSACTIONAL_ID_NOT_FOUND, ""), (ErrorCode.NONE, "Ongoing")]
    stale = await add(client, "tx-idle", idle.producer_id, idle.producer_epoch, {"t": [0]})
    assert stale == [ErrorCode.INVALID_PRODUCER_ID_MAPPING]
    again = await init(client, "tx-idle")
    assert again.error_code == 0 and again.producer_id != idle.producer_id and again.producer_epoch == 0


async def test_expired_transactional_ids_stay_expired_after_a_restart(tmp_path: Any) -> None:
    async with file_broker(tmp_path) as (running, client):
        await create_topic(client, "t", partitions=1)
        await init(client, "tx-gone")
        kept = await init(client, "tx-kept")  # a transaction under way is never expired
        assert await add(client, "tx-kept", kept.producer_id, kept.producer_epoch, {"t": [0]}) == [0]
        eight_days_on = running.broker.now_ms() + 8 * 86_400_000
        assert await running.broker.transactions.expire_transactional_ids(eight_days_on) == 1
    async with file_broker(tmp_path) as (running, client):
        assert running.broker.transactions.describe("tx-gone") is None
        restored = running.broker.transactions.describe("tx-kept")
        assert restored is not None and (restored.producer_id, restored.state.display) == \
            (kept.producer_id, "Ongoing")


async def test_admin_views(client: WireClient) -> None:
    producer = await init(client, "tx-v")
    pid, epoch = producer.producer_id, producer.producer_epoch
    assert await add(client, "tx-v", pid, epoch, {"t": [0]}) == [0]
    assert (await produce(client, "t", txn_batch(pid, epoch, 0))).error_code == 0
    listed = await client.call(ApiKey.LIST_TRANSACTIONS, 1, ltr.ListTransactionsRequest(
        state_filters=["Ongoing", "Bogus"]))
    assert [(s.transactional_id, s.transaction_state) for s in listed.transaction_states] == [("tx-v", "Ongoing")]
    assert listed.unknown_state_filters == ["Bogus"]
    producers = await client.call(ApiKey.DESCRIBE_PRODUCERS, 0, dpr.DescribeProducersRequest(topics=[
        dpr.TopicRequest(name="t", partition_indexes=[0])]))
    active = producers.topics[0].partitions[0].active_producers
    assert [(p.producer_id, p.last_sequence, p.current_txn_start_offset) for p in active] == [(pid, 2, 0)]


async def test_transactions_survive_a_restart(tmp_path: Any) -> None:
    async with file_broker(tmp_path) as (running, client):
        await create_topic(client, "t", partitions=1)
        producer = await init(client, "tx-r")
        pid, epoch = producer.producer_id, producer.producer_epoch
        assert await add(client, "tx-r", pid, epoch, {"t": [0]}) == [0]
        await produce(client, "t", txn_batch(pid, epoch, 0))
        assert await end(client, "tx-r", pid, epoch, commit=False) == 0
        assert await add(client, "tx-r", pid, epoch, {"t": [0]}) == [0]
        await produce(client, "t", txn_batch(pid, epoch, 3))  # left open across the restart
    async with file_broker(tmp_path) as (running, client):
        view = await fetch(client, "t", 0, isolation_level=1)
        assert [(a.producer_id, a.first_offset) for a in view.aborted_transactions] == [(pid, 0)]
        assert view.last_stable_offset == 4  # the open transaction still holds the LSO
        assert await end(client, "tx-r", pid, epoch, commit=True) == 0
        view = await fetch(client, "t", 0, isolation_level=1)
        assert view.last_stable_offset == view.high_watermark == 8


async def test_protocol_v2_state_survives_a_restart(tmp_path: Any) -> None:
    async with file_broker(tmp_path) as (running, client):
        await create_topic(client, "t", partitions=1)
        producer = await init(client, "tx-2r")
        pid = producer.producer_id
        meta = running.broker.transactions.describe("tx-2r")
        assert meta is not None
        meta.producer_epoch = 32_766  # the last epoch: the next end moves to a new producer id
        assert (await produce_v2(client, "tx-2r", txn_batch(pid, 32_766, 0))).error_code == 0
        error, new_pid, new_epoch = await end_v2(client, "tx-2r", pid, 32_766, commit=True)
        assert (error, new_epoch) == (0, 0)
    async with file_broker(tmp_path) as (running, client):
        # The previous producer id was kept: a retry from before the restart is still a retry.
        assert await end_v2(client, "tx-2r", pid, 32_766, commit=True) == (0, new_pid, 0)
        assert (await produce_v2(client, "tx-2r", txn_batch(new_pid, 0, 0))).error_code == 0
        assert await end_v2(client, "tx-2r", new_pid, 0, commit=False) == (0, new_pid, 1)
