"""The transaction coordinator: transactional ids, their producer epochs and their state.

Theory of operation
-------------------
Kafka's ``TransactionCoordinator`` (KIP-98, both transaction protocols) on a single node.
Each transactional id maps to one ``TxnMetadata`` whose state machine is the table
``ALLOWED_PREVIOUS`` below; ``_transition`` is the only place a state changes, and every
change is written to ``__transaction_state`` before the request is answered.

* InitProducerId gives a new id a producer id at epoch 0, and bumps the epoch of a known one,
  which fences every older incarnation (PRODUCER_FENCED). An ongoing transaction of the old
  incarnation is aborted first, with a bumped epoch so that the zombie cannot write again.
* AddPartitionsToTxn and AddOffsetsToTxn (the group's ``__consumer_offsets`` partition) move
  the transaction to Ongoing and record its partitions. Produce accepts a transactional batch
  only for a partition of the producer's ongoing transaction (``guard``), so no write after an
  abort can join a later transaction.
* EndTxn writes PrepareCommit/PrepareAbort, then a COMMIT or ABORT marker to every partition,
  lets the group coordinator apply or drop the transaction's offsets, and writes
  CompleteCommit/CompleteAbort. A retried EndTxn for a finished transaction succeeds.
* Transactions open longer than their timeout are aborted every
  ``transaction.abort.timed.out.transaction.cleanup.interval.ms``, with a bumped epoch.
* Transactional ids idle for ``transactional.id.expiration.ms`` are forgotten every
  ``transaction.remove.expired.transaction.cleanup.interval.ms`` (a tombstone in the log).
* On start the log is replayed; a transaction found in PrepareCommit/PrepareAbort is completed
  (its markers are written again; a marker for a transaction a partition no longer holds open
  changes nothing), so a restart neither loses a commit nor exposes an abort.

Transaction protocol v2 (KIP-890 part 2; ``transaction.version=2`` is finalized in
ApiVersions, so Java 4.x clients and franz-go use it): the client sends no AddPartitionsToTxn
or AddOffsetsToTxn (Produce v12 and TxnOffsetCommit v5 add their partitions, ``add_partitions_
implicitly``), and every EndTxn v5 bumps the epoch before the markers are written and answers
the new one. A delayed write or EndTxn of an ended transaction then carries a stale epoch and
is fenced, which closes the holes Jepsen found in protocol v1 (a late abort or write landing in
the next transaction). Protocol-v1 clients (librdkafka, kafka-python, aiokafka) keep one epoch
across transactions, as on Kafka; on a single node their requests are answered in the order of
each connection, and a closed connection's queued requests are dropped, which leaves that hole
far narrower than across Kafka's brokers, but only protocol v2 closes it.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING

from streamd.coordinator.group_records import GroupRecordError
from streamd.coordinator.internal_topic import OFFSETS_TOPIC, StoredRecord, offsets_topic, transaction_topic
from streamd.coordinator.txn_records import (
    TxnLogValue,
    decode_txn_key,
    decode_txn_value,
    encode_txn_value,
    txn_key,
)
from streamd.protocol._generated import ErrorCode
from streamd.storage import PartitionKey

if TYPE_CHECKING:
    from streamd.broker import Broker

__all__ = ["TransactionCoordinator", "TxnMetadata", "TxnState"]

log = logging.getLogger("streamd.transactions")

_MAX_EPOCH = 32_767 - 1  # Short.MAX_VALUE - 1: the next bump takes a new producer id
# Kafka's add.partitions.to.txn.retry.backoff.ms (20) and .max.ms (100) for implicit adds.
_IMPLICIT_ADD_BACKOFF_S = 0.02
_IMPLICIT_ADD_TRIES = 5
TopicPartition = tuple[str, int]


class TxnState(IntEnum):
    """TransactionState ids, as stored in ``__transaction_state``."""

    EMPTY = 0
    ONGOING = 1
    PREPARE_COMMIT = 2
    PREPARE_ABORT = 3
    COMPLETE_COMMIT = 4
    COMPLETE_ABORT = 5
    DEAD = 6
    PREPARE_EPOCH_FENCE = 7

    @property
    def display(self) -> str:
        return "".join(part.capitalize() for part in self.name.split("_"))


ALLOWED_PREVIOUS: dict[TxnState, frozenset[TxnState]] = {
    TxnState.EMPTY: frozenset({TxnState.EMPTY, TxnState.COMPLETE_COMMIT, TxnState.COMPLETE_ABORT}),
    TxnState.ONGOING: frozenset({TxnState.ONGOING, TxnState.EMPTY, TxnState.COMPLETE_COMMIT, TxnState.COMPLETE_ABORT}),
    TxnState.PREPARE_COMMIT: frozenset({TxnState.ONGOING}),
    # Protocol v2 may abort with nothing under way (an "empty" abort that only bumps the epoch).
    TxnState.PREPARE_ABORT: frozenset({TxnState.ONGOING, TxnState.PREPARE_EPOCH_FENCE, TxnState.EMPTY,
                                       TxnState.COMPLETE_COMMIT, TxnState.COMPLETE_ABORT}),
    TxnState.COMPLETE_COMMIT: frozenset({TxnState.PREPARE_COMMIT}),
    TxnState.COMPLETE_ABORT: frozenset({TxnState.PREPARE_ABORT}),
    TxnState.DEAD: frozenset({TxnState.EMPTY, TxnState.COMPLETE_COMMIT, TxnState.COMPLETE_ABORT}),
    TxnState.PREPARE_EPOCH_FENCE: frozenset({TxnState.ONGOING}),
}


@dataclass(slots=True)
class TxnMetadata:
    transactional_id: str
    producer_id: int
    producer_epoch: int
    timeout_ms: int
    state: TxnState = TxnState.EMPTY
    partitions: set[TopicPartition] = field(default_factory=set)
    start_ms: int = -1
    last_update_ms: int = -1
    busy: bool = False  # an operation is writing state or markers: others get CONCURRENT_TRANSACTIONS
    # Transaction protocol v2 (KIP-890 part 2): the client's protocol (ClientTransactionVersion),
    # the producer id before an epoch overflow moved to a new one, and the new id while a
    # transaction that crosses the overflow is being completed.
    client_version: int = 0
    previous_producer_id: int = -1
    next_producer_id: int = -1
    # KIP-360: the (producer id, epoch) a producer resumed from with its last InitProducerId,
    # so that a retry of that request (its answer lost) gets the same epoch, not PRODUCER_FENCED.
    resumed_from: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class TxnResult:
    error_code: int
    producer_id: int = -1
    producer_epoch: int = -1


class TransactionCoordinator:
    def __init__(self, broker: Broker) -> None:
        self._broker = broker
        self._store = transaction_topic(broker)
        self._offsets = offsets_topic(broker)
        self._txns: dict[str, TxnMetadata] = {}
        self._by_producer: dict[int, TxnMetadata] = {}
        self._tasks: list[asyncio.Task[None]] = []

    def _config(self, name: str) -> int:
        return int(self._broker.configs.broker_value(name))

    # -- start and stop --------------------------------------------------------------------
    def load(self) -> list[TxnMetadata]:
        """Replay ``__transaction_state``; the transactions left half-way (Prepare*)."""
        for record in self._store.replay():
            try:
                transactional_id = decode_txn_key(record.key)
                if record.value is None:
                    self._forget(transactional_id)
                    continue
                value = decode_txn_value(record.value)
            except GroupRecordError as exc:
                log.warning("skipping an unreadable __transaction_state record: %s", exc)
                continue
            self._forget(transactional_id)
            meta = TxnMetadata(
                transactional_id, value.producer_id, value.producer_epoch, value.timeout_ms, TxnState(value.state),
                set(value.partitions), value.start_ms, value.last_update_ms, client_version=value.client_version,
                previous_producer_id=value.previous_producer_id, next_producer_id=value.next_producer_id,
            )
            self._txns[transactional_id] = meta
            self._by_producer[meta.producer_id] = meta
        return [m for m in self._txns.values() if m.state in (TxnState.PREPARE_COMMIT, TxnState.PREPARE_ABORT)]

    async def recover(self, unfinished: list[TxnMetadata]) -> None:
        for meta in unfinished:
            commit = meta.state == TxnState.PREPARE_COMMIT
            log.info("completing the %s of transaction %r found unfinished at start",
                     "commit" if commit else "abort", meta.transactional_id)
            await self._write_markers(meta, commit)
            await self._complete(meta, commit)

    def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._tasks = [
            loop.create_task(self._every("transaction.abort.timed.out.transaction.cleanup.interval.ms",
                                         self.abort_timed_out)),
            loop.create_task(self._every("transaction.remove.expired.transaction.cleanup.interval.ms",
                                         self.expire_transactional_ids)),
        ]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            try:
                await task
            except asyncio.CancelledError:
                pass

    def _forget(self, transactional_id: str) -> None:
        old = self._txns.pop(transactional_id, None)
        if old is not None and self._by_producer.get(old.producer_id) is old:
            del self._by_producer[old.producer_id]

    # -- the state machine -----------------------------------------------------------------
    async def _transition(self, meta: TxnMetadata, target: TxnState) -> int:
        if meta.state not in ALLOWED_PREVIOUS[target]:
            raise RuntimeError(f"transaction {meta.transactional_id!r} cannot move from {meta.state.display} "
                               f"to {target.display}")
        now = int(self._broker.now_ms())
        if target == TxnState.ONGOING and meta.state != TxnState.ONGOING:
            meta.start_ms = now
        meta.state = target
        meta.last_update_ms = now
        if target in (TxnState.COMPLETE_COMMIT, TxnState.COMPLETE_ABORT, TxnState.EMPTY):
            partitions: list[TopicPartition] = []
        else:
            partitions = sorted(meta.partitions)
        value = TxnLogValue(meta.producer_id, meta.producer_epoch, meta.timeout_ms, int(target), partitions,
                            meta.last_update_ms, meta.start_ms, previous_producer_id=meta.previous_producer_id,
                            next_producer_id=meta.next_producer_id, client_version=meta.client_version)
        error = await self._store.write(meta.transactional_id, [StoredRecord(txn_key(meta.transactional_id),
                                                                             encode_txn_value(value))])
        if target in (TxnState.COMPLETE_COMMIT, TxnState.COMPLETE_ABORT):
            meta.partitions = set()
        return error

    def _check_producer(self, meta: TxnMetadata | None, producer_id: int, epoch: int, version: int,
                        fenced_from: int) -> int | None:
        if meta is None or meta.producer_id != producer_id:
            return ErrorCode.INVALID_PRODUCER_ID_MAPPING
        if epoch != meta.producer_epoch:
            return ErrorCode.PRODUCER_FENCED if version >= fenced_from else ErrorCode.INVALID_PRODUCER_EPOCH
        if meta.busy or meta.state in (TxnState.PREPARE_COMMIT, TxnState.PREPARE_ABORT, TxnState.PREPARE_EPOCH_FENCE):
            return ErrorCode.CONCURRENT_TRANSACTIONS
        return None

    # -- InitProducerId --------------------------------------------------------------------
    async def init_producer_id(
        self, transactional_id: str, timeout_ms: int, producer_id: int, producer_epoch: int, version: int
    ) -> TxnResult:
        if timeout_ms <= 0 or timeout_ms > self._config("transaction.max.timeout.ms"):
            return TxnResult(ErrorCode.INVALID_TRANSACTION_TIMEOUT)
        meta = self._txns.get(transactional_id)
        if meta is None:
            meta = TxnMetadata(transactional_id, self._broker.topics.allocate_producer_id(), 0, timeout_ms)
            self._txns[transactional_id] = meta
            self._by_producer[meta.producer_id] = meta
            error = await self._transition(meta, TxnState.EMPTY)
            return TxnResult(error, meta.producer_id, meta.producer_epoch) if not error else TxnResult(error)
        if meta.busy or meta.state in (TxnState.PREPARE_COMMIT, TxnState.PREPARE_ABORT):
            return TxnResult(ErrorCode.CONCURRENT_TRANSACTIONS)
        if producer_id >= 0 and meta.resumed_from == (producer_id, producer_epoch) and meta.state == TxnState.EMPTY:
            # A retry of the bump this producer already got (Kafka's lastProducerEpoch check):
            # nothing happened since, so answer the same id and epoch again.
            return TxnResult(ErrorCode.NONE, meta.producer_id, meta.producer_epoch)
        if producer_id >= 0 and (producer_id != meta.producer_id or producer_epoch != meta.producer_epoch):
            # KIP-360: a producer resuming after an error proves it is the current incarnation.
            return TxnResult(ErrorCode.PRODUCER_FENCED if version >= 4 else ErrorCode.INVALID_PRODUCER_EPOCH)
        meta.busy = True
        try:
            if meta.state == TxnState.ONGOING:
                log.info("transaction %r: a new incarnation fences producer %d epoch %d; aborting its transaction",
                         transactional_id, meta.producer_id, meta.producer_epoch)
                await self._fence_and_abort(meta)
            self._bump_epoch(meta)
            meta.timeout_ms = timeout_ms
            meta.resumed_from = (producer_id, producer_epoch) if producer_id >= 0 else None
            error = await self._transition(meta, TxnState.EMPTY)
        finally:
            meta.busy = False
        return TxnResult(error, meta.producer_id, meta.producer_epoch) if not error else TxnResult(error)

    def _bump_epoch(self, meta: TxnMetadata) -> None:
        if meta.producer_epoch >= _MAX_EPOCH:
            self._by_producer.pop(meta.producer_id, None)
            meta.producer_id = self._broker.topics.allocate_producer_id()
            meta.producer_epoch = 0
            self._by_producer[meta.producer_id] = meta
        else:
            meta.producer_epoch += 1

    # -- AddPartitionsToTxn, AddOffsetsToTxn -----------------------------------------------
    async def add_partitions(
        self, transactional_id: str, producer_id: int, epoch: int, partitions: list[TopicPartition], version: int,
        *, client_version: int = 0,
    ) -> int:
        meta = self._txns.get(transactional_id)
        error = self._check_producer(meta, producer_id, epoch, version, fenced_from=2)
        if error is not None:
            return error
        assert meta is not None
        if meta.state == TxnState.ONGOING and set(partitions) <= meta.partitions:
            return ErrorCode.NONE
        if meta.state != TxnState.ONGOING:
            meta.partitions = set()
        meta.partitions.update(partitions)
        meta.client_version = client_version
        return await self._transition(meta, TxnState.ONGOING)

    async def add_partitions_implicitly(
        self, transactional_id: str, producer_id: int, epoch: int, partitions: list[TopicPartition]
    ) -> int:
        """Transaction protocol v2 (KIP-890 part 2): a Produce v12+ or TxnOffsetCommit v5+
        adds its partitions to the producer's transaction itself (the first one begins it); the
        client sends no AddPartitionsToTxn or AddOffsetsToTxn. As Kafka's partition leader does,
        CONCURRENT_TRANSACTIONS (the previous transaction still writing its markers) is retried
        here for up to 100 ms (add.partitions.to.txn.retry.backoff.max.ms) rather than sent back."""
        meta = self._txns.get(transactional_id)
        if (meta is not None and not meta.busy and meta.state == TxnState.ONGOING and meta.producer_id == producer_id
                and meta.producer_epoch == epoch and set(partitions) <= meta.partitions):
            return ErrorCode.NONE  # the common case: no write, no wait
        for _ in range(_IMPLICIT_ADD_TRIES):
            error = await self.add_partitions(transactional_id, producer_id, epoch, partitions, 5, client_version=2)
            if error != ErrorCode.CONCURRENT_TRANSACTIONS:
                return error
            await asyncio.sleep(_IMPLICIT_ADD_BACKOFF_S)
        return error

    def verify_partitions(
        self, transactional_id: str, producer_id: int, epoch: int, partitions: list[TopicPartition]
    ) -> dict[TopicPartition, int]:
        """AddPartitionsToTxn v4+ with VerifyOnly (KIP-890 part 1): does the ongoing transaction
        hold each partition? Kafka's ``handleVerifyPartitionsInTransaction``: a partition it does
        not hold answers TRANSACTION_ABORTABLE; nothing is added or written."""
        meta = self._txns.get(transactional_id)
        error: int | None
        if meta is None or meta.producer_id != producer_id:
            error = ErrorCode.INVALID_PRODUCER_ID_MAPPING
        elif epoch != meta.producer_epoch:
            error = ErrorCode.PRODUCER_FENCED
        elif meta.state in (TxnState.PREPARE_COMMIT, TxnState.PREPARE_ABORT):
            error = ErrorCode.CONCURRENT_TRANSACTIONS
        else:
            return {tp: ErrorCode.NONE if tp in meta.partitions else ErrorCode.TRANSACTION_ABORTABLE
                    for tp in partitions}
        return dict.fromkeys(partitions, error)

    async def add_offsets(self, transactional_id: str, producer_id: int, epoch: int, group_id: str,
                          version: int) -> int:
        partition = self._offsets.partition_for(group_id)
        return await self.add_partitions(transactional_id, producer_id, epoch, [(OFFSETS_TOPIC, partition)], version)

    def guard(self, producer_id: int, epoch: int, key: PartitionKey) -> int | None:
        """May ``producer_id`` write a transactional batch to ``key`` now?"""
        meta = self._by_producer.get(producer_id)
        if meta is None:
            return ErrorCode.INVALID_TXN_STATE
        if epoch < meta.producer_epoch:
            return ErrorCode.INVALID_PRODUCER_EPOCH
        topic = self._broker.topics.get_by_id(key.topic_id)
        if meta.state != TxnState.ONGOING or topic is None or (topic.name, key.partition) not in meta.partitions:
            return ErrorCode.INVALID_TXN_STATE
        return None

    def holds(self, transactional_id: str, producer_id: int, epoch: int, partition: TopicPartition) -> int | None:
        """TxnOffsetCommit's check: the transaction is ongoing and holds the group's partition."""
        meta = self._txns.get(transactional_id)
        error = self._check_producer(meta, producer_id, epoch, 3, fenced_from=2)
        if error is not None:
            return error
        assert meta is not None
        if meta.state != TxnState.ONGOING or partition not in meta.partitions:
            return ErrorCode.INVALID_TXN_STATE
        return None

    # -- EndTxn ----------------------------------------------------------------------------
    async def end_txn(self, transactional_id: str, producer_id: int, epoch: int, commit: bool,
                      version: int) -> TxnResult:
        """EndTxn. v0-4 are transaction protocol v1; v5 is protocol v2 (KIP-890 part 2), which
        bumps the epoch at every end and answers the producer id and epoch to use next."""
        if version >= 5:
            return await self._end_txn_v2(transactional_id, producer_id, epoch, commit)
        meta = self._txns.get(transactional_id)
        if meta is None or meta.producer_id != producer_id:
            return TxnResult(ErrorCode.INVALID_PRODUCER_ID_MAPPING)
        if epoch != meta.producer_epoch:
            return TxnResult(ErrorCode.PRODUCER_FENCED if version >= 2 else ErrorCode.INVALID_PRODUCER_EPOCH)
        if meta.busy:
            return TxnResult(ErrorCode.CONCURRENT_TRANSACTIONS)
        state = meta.state
        if state == TxnState.COMPLETE_COMMIT:
            return TxnResult(ErrorCode.NONE if commit else ErrorCode.INVALID_TXN_STATE)
        if state == TxnState.COMPLETE_ABORT:
            return TxnResult(ErrorCode.NONE if not commit else ErrorCode.INVALID_TXN_STATE)
        if state == TxnState.PREPARE_COMMIT:
            return TxnResult(ErrorCode.CONCURRENT_TRANSACTIONS if commit else ErrorCode.INVALID_TXN_STATE)
        if state == TxnState.PREPARE_ABORT:
            return TxnResult(ErrorCode.CONCURRENT_TRANSACTIONS if not commit else ErrorCode.INVALID_TXN_STATE)
        if state != TxnState.ONGOING:
            return TxnResult(ErrorCode.INVALID_TXN_STATE)
        return await self._end_now(meta, commit, bump_epoch=False)

    async def _end_txn_v2(self, transactional_id: str, producer_id: int, epoch: int, commit: bool) -> TxnResult:
        """Kafka's ``endTransaction`` for TV2. The same epoch no longer tells a retry from the
        next end: a retry carries the epoch before the bump (or, across an epoch overflow, the
        previous producer id at the last epoch), and is answered NONE with the current id and
        epoch. Aborting with nothing under way (Empty, or after a completed transaction) is
        allowed and bumps the epoch too, so that any write still in flight is fenced.
        """
        meta = self._txns.get(transactional_id)
        if meta is None:
            return TxnResult(ErrorCode.INVALID_PRODUCER_ID_MAPPING)
        if meta.busy:
            return TxnResult(ErrorCode.CONCURRENT_TRANSACTIONS)
        retry_on_overflow = (meta.previous_producer_id == producer_id and epoch == _MAX_EPOCH
                             and meta.producer_epoch == 0)
        retry_on_bump = meta.producer_id == producer_id and meta.producer_epoch == epoch + 1
        if meta.producer_id != producer_id and not retry_on_overflow:
            return TxnResult(ErrorCode.INVALID_PRODUCER_ID_MAPPING)
        state = meta.state
        is_retry = retry_on_bump or retry_on_overflow
        if state in (TxnState.ONGOING, TxnState.EMPTY):
            valid = epoch == meta.producer_epoch
        elif state in (TxnState.PREPARE_COMMIT, TxnState.PREPARE_ABORT):
            valid = retry_on_bump
        else:
            valid = is_retry or epoch == meta.producer_epoch
        if not valid:
            return TxnResult(ErrorCode.PRODUCER_FENCED)
        current = TxnResult(ErrorCode.NONE, meta.producer_id, meta.producer_epoch)
        if state == TxnState.ONGOING:
            return await self._end_now(meta, commit, bump_epoch=True)
        if state == TxnState.PREPARE_COMMIT:
            return TxnResult(ErrorCode.CONCURRENT_TRANSACTIONS if commit else ErrorCode.INVALID_TXN_STATE)
        if state == TxnState.PREPARE_ABORT:
            return TxnResult(ErrorCode.CONCURRENT_TRANSACTIONS if not commit else ErrorCode.INVALID_TXN_STATE)
        if state == TxnState.COMPLETE_COMMIT and commit:
            return current if is_retry else TxnResult(ErrorCode.INVALID_TXN_STATE)
        if state == TxnState.COMPLETE_ABORT and not commit and is_retry:
            return current
        if commit or (state == TxnState.COMPLETE_COMMIT and is_retry):
            return TxnResult(ErrorCode.INVALID_TXN_STATE)
        # An abort of nothing (Empty, CompleteCommit, CompleteAbort): end an empty transaction.
        meta.partitions = set()
        meta.start_ms = int(self._broker.now_ms())
        return await self._end_now(meta, commit=False, bump_epoch=True)

    async def _end_now(self, meta: TxnMetadata, commit: bool, *, bump_epoch: bool) -> TxnResult:
        meta.busy = True
        try:
            error = await self._end(meta, commit, bump_epoch=bump_epoch)
        finally:
            meta.busy = False
        return TxnResult(error, meta.producer_id, meta.producer_epoch) if not error else TxnResult(error)

    async def _end(self, meta: TxnMetadata, commit: bool, *, bump_epoch: bool = False) -> int:
        """Prepare, write the markers, complete. With ``bump_epoch`` (protocol v2) the markers
        and every later batch carry the next epoch, so a delayed write of the transaction that
        ends here is fenced instead of joining the next one (the hole Jepsen found in protocol
        v1). At the last epoch the markers use Short.MAX_VALUE and the id moves to a new
        producer id at epoch 0 when the transaction completes (Kafka's NextProducerId).
        """
        if bump_epoch:
            if meta.producer_epoch >= _MAX_EPOCH:
                meta.next_producer_id = self._broker.topics.allocate_producer_id()
            meta.producer_epoch += 1
            meta.client_version = 2
        error = await self._transition(meta, TxnState.PREPARE_COMMIT if commit else TxnState.PREPARE_ABORT)
        if error:
            return error
        await self._write_markers(meta, commit)
        return await self._complete(meta, commit)

    async def _fence_and_abort(self, meta: TxnMetadata) -> None:
        """Abort an ongoing transaction that its producer did not end (a new incarnation, or
        its timeout), with a bumped epoch that fences that producer. A protocol-v2 abort bumps
        once more, as Kafka's does, so the fenced producer's own EndTxn cannot pass for a retry
        and gets PRODUCER_FENCED."""
        self._bump_epoch(meta)
        await self._end(meta, commit=False, bump_epoch=meta.client_version >= 2)

    async def _complete(self, meta: TxnMetadata, commit: bool) -> int:
        if meta.next_producer_id >= 0:
            if self._by_producer.get(meta.producer_id) is meta:
                del self._by_producer[meta.producer_id]
            meta.previous_producer_id, meta.producer_id = meta.producer_id, meta.next_producer_id
            meta.producer_epoch, meta.next_producer_id = 0, -1
            self._by_producer[meta.producer_id] = meta
        return await self._transition(meta, TxnState.COMPLETE_COMMIT if commit else TxnState.COMPLETE_ABORT)

    async def _write_markers(self, meta: TxnMetadata, commit: bool) -> None:
        broker = self._broker
        now = int(broker.now_ms())
        keys: list[PartitionKey] = []
        for topic_name, partition in sorted(meta.partitions):
            topic = broker.topics.get(topic_name)
            if topic is None or partition >= topic.num_partitions:
                continue  # deleted meanwhile: nothing to mark
            key = PartitionKey(topic.topic_id, partition)
            outcome = broker.logs.write_marker(
                key, meta.producer_id, meta.producer_epoch, commit=commit, coordinator_epoch=0, now_ms=now
            )
            if outcome.error_code == ErrorCode.NONE:
                keys.append(key)
            if topic_name == OFFSETS_TOPIC:
                broker.groups.complete_transaction(meta.producer_id, commit)
        if keys:
            await broker.durability.after_append(keys, -1)

    # -- timeouts and expiry ----------------------------------------------------------------
    async def _every(self, interval_config: str, chore: Callable[[int], Awaitable[int]]) -> None:
        while True:
            await asyncio.sleep(self._config(interval_config) / 1000)
            try:
                await chore(int(self._broker.now_ms()))
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - the loop must survive to run the chore again
                log.exception("%s failed", chore.__name__)

    async def abort_timed_out(self, now_ms: int) -> int:
        aborted = 0
        for meta in list(self._txns.values()):
            if meta.state != TxnState.ONGOING or meta.busy or meta.start_ms + meta.timeout_ms > now_ms:
                continue
            log.info("transaction %r timed out after %d ms; aborting it", meta.transactional_id, meta.timeout_ms)
            meta.busy = True
            try:
                await self._fence_and_abort(meta)
                aborted += 1
            finally:
                meta.busy = False
        return aborted

    async def expire_transactional_ids(self, now_ms: int) -> int:
        """Forget the transactional ids idle for ``transactional.id.expiration.ms``, as Kafka's
        TransactionStateManager does: only ids with no transaction under way (Empty,
        CompleteCommit, CompleteAbort). A tombstone in ``__transaction_state`` keeps them
        forgotten across restarts; a producer still holding the old id and epoch then gets
        INVALID_PRODUCER_ID_MAPPING, and InitProducerId starts the id afresh."""
        expiration = self._config("transactional.id.expiration.ms")
        idle = (TxnState.EMPTY, TxnState.COMPLETE_COMMIT, TxnState.COMPLETE_ABORT)
        expired = 0
        for meta in list(self._txns.values()):
            if meta.busy or meta.state not in idle or meta.last_update_ms > now_ms - expiration:
                continue
            meta.busy = True  # every other verb answers CONCURRENT_TRANSACTIONS meanwhile
            try:
                error = await self._store.write(meta.transactional_id,
                                                [StoredRecord(txn_key(meta.transactional_id), None)])
            finally:
                meta.busy = False
            if error:
                log.warning("could not expire transactional id %r: error %d", meta.transactional_id, error)
                continue
            log.info("transactional id %r expired after %d ms without a transaction", meta.transactional_id,
                     now_ms - meta.last_update_ms)
            meta.state = TxnState.DEAD
            self._forget(meta.transactional_id)
            expired += 1
        return expired

    # -- admin -----------------------------------------------------------------------------
    def list(self, states: list[str], producer_ids: list[int], min_duration_ms: int = -1,
             pattern: str | None = None) -> list[TxnMetadata]:
        now = int(self._broker.now_ms())
        wanted_states = set(states)
        matcher = re.compile(pattern) if pattern else None
        return [
            meta for meta in self._txns.values()
            if (not wanted_states or meta.state.display in wanted_states)
            and (not producer_ids or meta.producer_id in producer_ids)
            and (min_duration_ms < 0 or (meta.state == TxnState.ONGOING and now - meta.start_ms >= min_duration_ms))
            and (matcher is None or matcher.fullmatch(meta.transactional_id) is not None)
        ]

    def describe(self, transactional_id: str) -> TxnMetadata | None:
        return self._txns.get(transactional_id)
