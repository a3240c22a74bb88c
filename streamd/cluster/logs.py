"""Partition logs as the broker sees them: validated appends, reads, offsets, waiting fetches.

This is the domain layer between the produce/fetch/list-offsets handlers and the storage
engine. It owns, per partition, the idempotence state (coordinator.producer_state), the
transaction index (open transactions, aborted transactions: cluster.txn_index) and the set of
fetches parked until new data arrives. Handlers call one verb here per partition.

Transactional batches are accepted only for a partition the producer's ongoing transaction
holds (``txn_guard``, answered by the transaction coordinator; KIP-890's verification does the
same in Kafka), so no write after an abort can slip into a later transaction. Commit and abort
markers come from the coordinator through ``write_marker``.

Waiting fetches never poll: ``wait_for_append`` parks a future per partition key, and
``append`` resolves the futures of the partition it wrote to.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from streamd.cluster.txn_index import AbortedTxn, PartitionTxnIndex
from streamd.coordinator.producer_state import AppendedBatch, ProducerStateError, ProducerStateTable
from streamd.protocol._generated import ErrorCode
from streamd.records.batch import RecordError, parse_header, set_log_append_time, validate_produce_records
from streamd.records.builder import build_control_batch
from streamd.records.reader import read_records, transaction_marker
from streamd.storage import PartitionKey, ReadResult, StorageEngine, StorageError

__all__ = ["AppendOutcome", "LogManager", "OffsetAnswer", "TopicLogSettings", "TxnGuard"]

# (producer id, producer epoch, partition) -> None if the producer's ongoing transaction holds
# the partition, else the error code to answer.
TxnGuard = Callable[[int, int, PartitionKey], "int | None"]

log = logging.getLogger("streamd.logs")

_UNKNOWN = -1


@dataclass(frozen=True, slots=True)
class TopicLogSettings:
    """The effective topic configs the log needs on the produce path."""

    max_message_bytes: int
    log_append_time: bool  # message.timestamp.type=LogAppendTime
    compacted: bool  # cleanup.policy contains compact
    timestamp_before_max_ms: int
    timestamp_after_max_ms: int
    flush_messages: int = 2**63 - 1
    flush_ms: int = 2**63 - 1
    retention_ms: int = -1
    retention_bytes: int = -1
    deletes: bool = True  # cleanup.policy contains delete
    delete_retention_ms: int = 86_400_000
    min_compaction_lag_ms: int = 0
    segment_bytes: int = 1 << 30
    segment_ms: int = 7 * 24 * 3600 * 1000


@dataclass(frozen=True, slots=True)
class AppendOutcome:
    error_code: int
    base_offset: int = _UNKNOWN
    log_append_time: int = _UNKNOWN
    log_start_offset: int = _UNKNOWN
    error_message: str | None = None


@dataclass(frozen=True, slots=True)
class OffsetAnswer:
    offset: int
    timestamp: int


class LogManager:
    def __init__(self, storage: StorageEngine) -> None:
        self._storage = storage
        self._producers: dict[PartitionKey, ProducerStateTable] = {}
        self._waiters: dict[PartitionKey, list[asyncio.Future[None]]] = {}
        self._configured: dict[PartitionKey, tuple[int, int]] = {}
        self._txns: dict[PartitionKey, PartitionTxnIndex] = {}
        self.txn_guard: TxnGuard | None = None

    # -- produce ---------------------------------------------------------------------------
    def append(
        self,
        key: PartitionKey,
        records: memoryview,
        *,
        api_version: int,
        settings: TopicLogSettings,
        now_ms: int,
        transactional_id: str | None = None,
    ) -> AppendOutcome:
        """Validate and append one partition's records from a Produce request."""
        try:
            header = validate_produce_records(
                records, api_version=api_version, max_message_bytes=settings.max_message_bytes
            )
        except RecordError as exc:
            return AppendOutcome(exc.error_code, error_message=str(exc))
        if header.is_transactional:
            guard = self.txn_guard
            refusal = (
                ErrorCode.INVALID_TXN_STATE
                if guard is None
                else guard(header.producer_id, header.producer_epoch, key)
            )
            if refusal is not None:
                return AppendOutcome(
                    refusal,
                    error_message=f"producer {header.producer_id} (transactional.id {transactional_id!r}) "
                    "has no ongoing transaction holding this partition",
                )
        if settings.compacted or not settings.log_append_time:
            problem = self._check_records(records, header.max_timestamp, settings, now_ms)
            if problem is not None:
                return problem
        producer_table: ProducerStateTable | None = None
        if header.producer_id >= 0:
            producer_table = self._producers.get(key)
            if producer_table is None:
                producer_table = self._producers[key] = ProducerStateTable()
            try:
                duplicate = producer_table.check(
                    header.producer_id, header.producer_epoch, header.base_sequence, header.last_sequence
                )
            except ProducerStateError as exc:
                return AppendOutcome(exc.error_code, error_message=exc.message)
            if duplicate is not None:
                return AppendOutcome(
                    ErrorCode.NONE,
                    base_offset=duplicate.base_offset,
                    log_append_time=_UNKNOWN,
                    log_start_offset=self._storage.log_range(key).log_start_offset,
                )
        segment_settings = (settings.segment_bytes, settings.segment_ms)
        if self._configured.get(key) != segment_settings:
            self._storage.configure(key, segment_bytes=settings.segment_bytes, segment_ms=settings.segment_ms)
            self._configured[key] = segment_settings
        batch: memoryview | bytearray = records
        log_append_time = _UNKNOWN
        max_timestamp = header.max_timestamp
        if settings.log_append_time:
            batch = bytearray(records)
            set_log_append_time(batch, 0, now_ms)
            log_append_time = max_timestamp = now_ms
        try:
            base_offset = self._storage.append(
                key, batch, last_offset_delta=header.last_offset_delta, max_timestamp=max_timestamp
            )
        except StorageError as exc:
            log.error("append to %s failed: %s", key, exc)
            return AppendOutcome(ErrorCode.KAFKA_STORAGE_ERROR, error_message=str(exc))
        if header.is_transactional:
            self._txn_index(key).on_transactional_append(header.producer_id, base_offset)
        if producer_table is not None:
            producer_table.record(
                header.producer_id,
                header.producer_epoch,
                AppendedBatch(
                    header.base_sequence,
                    header.last_sequence,
                    base_offset,
                    base_offset + header.last_offset_delta,
                    max_timestamp,
                ),
            )
        self._wake(key)
        return AppendOutcome(
            ErrorCode.NONE,
            base_offset=base_offset,
            log_append_time=log_append_time,
            log_start_offset=self._storage.log_range(key).log_start_offset,
        )

    def _check_records(
        self, records: memoryview, max_timestamp: int, settings: TopicLogSettings, now_ms: int
    ) -> AppendOutcome | None:
        """The checks that need record-level data (LogValidator): keys on compacted topics and
        CreateTime bounds (message.timestamp.before/after.max.ms). The header's max timestamp
        answers the 'after' bound; the 'before' bound and compaction need the records, which are
        decoded only when a topic actually asks for them."""
        if not settings.log_append_time and max_timestamp - now_ms > settings.timestamp_after_max_ms:
            return AppendOutcome(
                ErrorCode.INVALID_TIMESTAMP,
                error_message=f"Timestamp {max_timestamp} of message is out of range: it is more than "
                f"{settings.timestamp_after_max_ms} ms ahead of the broker's time",
            )
        need_records = settings.compacted or (
            not settings.log_append_time and settings.timestamp_before_max_ms < now_ms
        )
        if not need_records:
            return None
        try:
            decoded = read_records(records)
        except RecordError as exc:
            return AppendOutcome(exc.error_code, error_message=str(exc))
        for record in decoded:
            if settings.compacted and record.key is None:
                return AppendOutcome(
                    ErrorCode.INVALID_RECORD,
                    error_message="Compacted topic cannot accept message without key in topic partition",
                )
            if (
                not settings.log_append_time
                and record.timestamp >= 0
                and now_ms - record.timestamp > settings.timestamp_before_max_ms
            ):
                return AppendOutcome(
                    ErrorCode.INVALID_TIMESTAMP,
                    error_message=f"Timestamp {record.timestamp} of message is out of range: it is more "
                    f"than {settings.timestamp_before_max_ms} ms behind the broker's time",
                )
        return None

    # -- transactions ----------------------------------------------------------------------
    def _txn_index(self, key: PartitionKey) -> PartitionTxnIndex:
        index = self._txns.get(key)
        if index is None:
            index = self._txns[key] = PartitionTxnIndex()
        return index

    def write_marker(
        self, key: PartitionKey, producer_id: int, producer_epoch: int, *, commit: bool, coordinator_epoch: int,
        now_ms: int,
    ) -> AppendOutcome:
        """Append a COMMIT or ABORT control batch (ControlRecordType) for ``producer_id``: its
        transaction on this partition ends, and an abort enters the aborted index."""
        batch = build_control_batch(
            commit=commit, producer_id=producer_id, producer_epoch=producer_epoch,
            coordinator_epoch=coordinator_epoch, timestamp_ms=now_ms,
        )
        try:
            base_offset = self._storage.append(key, batch, last_offset_delta=0, max_timestamp=now_ms)
        except StorageError as exc:
            log.error("writing a transaction marker to %s failed: %s", key, exc)
            return AppendOutcome(ErrorCode.KAFKA_STORAGE_ERROR, error_message=str(exc))
        table = self._producers.get(key)
        if table is None:
            table = self._producers[key] = ProducerStateTable()
        table.record_marker(producer_id, producer_epoch, now_ms)
        self._txn_index(key).on_marker(producer_id, commit, base_offset)
        self._wake(key)
        return AppendOutcome(ErrorCode.NONE, base_offset=base_offset)

    def next_sequence(self, key: PartitionKey, producer_id: int, epoch: int) -> int:
        """The sequence an internal writer (the group coordinator's transactional offsets) gives
        its next batch as ``producer_id``, so that it passes the same idempotence checks."""
        table = self._producers.get(key)
        if table is None or table.epoch_of(producer_id) != epoch:
            return 0
        return table.last_sequence(producer_id) + 1

    def aborted_transactions(self, key: PartitionKey, start: int, end: int) -> list[AbortedTxn]:
        index = self._txns.get(key)
        return [] if index is None else index.aborted_between(start, end)

    def has_open_transaction(self, key: PartitionKey, producer_id: int) -> bool:
        index = self._txns.get(key)
        return index is not None and producer_id in index.open

    def open_transactions(self, key: PartitionKey) -> dict[int, int]:
        """Producer id -> first offset of each transaction open on ``key`` (DescribeProducers)."""
        index = self._txns.get(key)
        return {} if index is None else dict(index.open)

    def producer_entries(self, key: PartitionKey) -> list[tuple[int, int, int, int]]:
        """(producer id, epoch, last sequence, last timestamp) of every producer of ``key``."""
        table = self._producers.get(key)
        return [] if table is None else table.entries()

    # -- fetch -----------------------------------------------------------------------------
    def read(
        self, key: PartitionKey, offset: int, max_bytes: int, *, min_one: bool, max_offset: int | None = None
    ) -> ReadResult:
        return self._storage.read(key, offset, max_bytes, min_one=min_one, max_offset=max_offset)

    def log_range(self, key: PartitionKey) -> tuple[int, int]:
        r = self._storage.log_range(key)
        return r.log_start_offset, r.log_end_offset

    async def wait_for_append(self, keys: Sequence[PartitionKey], timeout_s: float) -> bool:
        """Park until one of ``keys`` receives an append or the timeout passes.

        Returns True when woken by an append.
        """
        if timeout_s <= 0 or not keys:
            return False
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        for key in keys:
            self._waiters.setdefault(key, []).append(future)
        try:
            await asyncio.wait_for(future, timeout_s)
            return True
        except TimeoutError:
            return False
        finally:
            for key in keys:
                waiting = self._waiters.get(key)
                if waiting is not None:
                    try:
                        waiting.remove(future)
                    except ValueError:
                        pass
                    if not waiting:
                        del self._waiters[key]

    def _wake(self, key: PartitionKey) -> None:
        waiting = self._waiters.pop(key, None)
        if waiting:
            for future in waiting:
                if not future.done():
                    future.set_result(None)

    # -- list offsets ------------------------------------------------------------------------
    def offset_for_timestamp(self, key: PartitionKey, timestamp: int) -> OffsetAnswer:
        """The first offset whose record timestamp is >= ``timestamp`` (ListOffsets)."""
        log_start, _ = self.log_range(key)
        info = self._storage.first_batch_reaching(key, timestamp)
        if info is not None:
            for record in read_records(self._storage.read_batch(key, info)):
                if record.offset >= log_start and record.timestamp >= timestamp:
                    return OffsetAnswer(record.offset, record.timestamp)
        return OffsetAnswer(_UNKNOWN, _UNKNOWN)

    def max_timestamp(self, key: PartitionKey) -> OffsetAnswer:
        """The offset and timestamp of the record with the largest timestamp (KIP-734); the
        earliest such record when several share it."""
        log_start, _ = self.log_range(key)
        best = None
        for info in self._storage.batches(key, log_start):
            if best is None or info.max_timestamp > best.max_timestamp:
                best = info
        if best is None:
            return OffsetAnswer(_UNKNOWN, _UNKNOWN)
        for record in read_records(self._storage.read_batch(key, best)):
            if record.offset >= log_start and record.timestamp == best.max_timestamp:
                return OffsetAnswer(record.offset, record.timestamp)
        return OffsetAnswer(best.last_offset, best.max_timestamp)

    def last_stable_offset(self, key: PartitionKey) -> int:
        """The first offset of the oldest open transaction, or the high watermark when none is
        open (single node: the high watermark is the log end)."""
        high_watermark = self._storage.log_range(key).log_end_offset
        index = self._txns.get(key)
        return high_watermark if index is None else index.last_stable_offset(high_watermark)

    def delete_records(self, key: PartitionKey, before_offset: int) -> int:
        log_start = self._storage.delete_records(key, before_offset)
        index = self._txns.get(key)
        if index is not None:
            index.truncate_before(log_start)
        return log_start

    def recover_producer_state(self, keys: list[PartitionKey]) -> int:
        """Rebuild the idempotence tables from the stored batch headers, so that a producer
        retrying across a broker restart is still deduplicated (Kafka rebuilds the same state
        from producer snapshots plus the log tail). Returns the number of batches read."""
        scanned = 0
        for key in keys:
            table = ProducerStateTable()
            txns = PartitionTxnIndex()
            for raw in self._storage.batch_headers(key):
                scanned += 1
                header = parse_header(raw)
                if header.producer_id < 0:
                    continue
                if header.is_control:
                    commit = self._marker_is_commit(key, header.base_offset)
                    if commit is not None:
                        txns.on_marker(header.producer_id, commit, header.base_offset)
                        table.record_marker(header.producer_id, header.producer_epoch, header.max_timestamp)
                    continue
                if header.is_transactional:
                    txns.on_transactional_append(header.producer_id, header.base_offset)
                table.record(
                    header.producer_id,
                    header.producer_epoch,
                    AppendedBatch(header.base_sequence, header.last_sequence, header.base_offset,
                                  header.last_offset, header.max_timestamp),
                )
            if len(table):
                self._producers[key] = table
            if txns.open or txns.aborted:
                self._txns[key] = txns
        return scanned

    def _marker_is_commit(self, key: PartitionKey, offset: int) -> bool | None:
        """The marker of the control batch at ``offset``: True COMMIT, False ABORT, None other."""
        for info in self._storage.batches(key, offset):
            return transaction_marker(self._storage.read_batch(key, info))
        return None

    def forget(self, key: PartitionKey) -> None:
        """A partition was deleted: drop its state and wake its waiters."""
        self._producers.pop(key, None)
        self._configured.pop(key, None)
        self._txns.pop(key, None)
        self._wake(key)
