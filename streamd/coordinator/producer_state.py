"""Per-partition producer state for idempotent produce.

Kafka keeps, per (producer id, partition), the producer epoch and the metadata of the last
five batches it appended (ProducerStateEntry.NUM_BATCHES_TO_RETAIN), so that a batch the
producer retried after a lost response is recognised and answered with its original offset
instead of being written twice. The rules below follow ProducerAppendInfo.checkProducerEpoch
and checkSequence:

* an epoch lower than the current one is fenced: INVALID_PRODUCER_EPOCH;
* a new (higher) epoch must start at sequence 0, unless the producer has no epoch yet;
* within an epoch the first sequence must follow the last one (wrapping INT32_MAX to 0):
  otherwise OUT_OF_ORDER_SEQUENCE_NUMBER;
* a batch equal (epoch, first and last sequence) to one of the retained five is a duplicate:
  success with the original base offset; an older one, at or below the last sequence but no
  longer retained, is answered DUPLICATE_SEQUENCE_NUMBER, which clients treat as success.

The table is pure data: no I/O, no clock (timestamps come in as arguments).
"""

from __future__ import annotations

import collections
from dataclasses import dataclass, field

from streamd.protocol._generated import ErrorCode

__all__ = ["AppendedBatch", "ProducerStateError", "ProducerStateTable", "NUM_BATCHES_TO_RETAIN"]

NUM_BATCHES_TO_RETAIN = 5
_INT32_MAX = 2**31 - 1
_NO_EPOCH = -1


class ProducerStateError(Exception):
    def __init__(self, error_code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.error_code = error_code
        self.message = message


@dataclass(frozen=True, slots=True)
class AppendedBatch:
    first_sequence: int
    last_sequence: int
    base_offset: int
    last_offset: int
    timestamp: int


@dataclass(slots=True)
class _ProducerEntry:
    epoch: int = _NO_EPOCH
    batches: collections.deque[AppendedBatch] = field(
        default_factory=lambda: collections.deque(maxlen=NUM_BATCHES_TO_RETAIN)
    )
    last_timestamp: int = -1

    @property
    def last_sequence(self) -> int:
        return self.batches[-1].last_sequence if self.batches else -1


def _in_sequence(last_sequence: int, next_sequence: int) -> bool:
    return next_sequence == last_sequence + 1 or (next_sequence == 0 and last_sequence == _INT32_MAX)


class ProducerStateTable:
    """The idempotence state of one partition."""

    def __init__(self) -> None:
        self._entries: dict[int, _ProducerEntry] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def check(self, producer_id: int, epoch: int, first_sequence: int, last_sequence: int) -> AppendedBatch | None:
        """Validate a batch before it is appended.

        Returns the retained batch it duplicates (answer with its offsets, append nothing),
        or None when the batch should be appended. Raises ProducerStateError otherwise.
        """
        entry = self._entries.get(producer_id)
        if entry is None or entry.epoch == _NO_EPOCH:
            return None
        if epoch < entry.epoch:
            raise ProducerStateError(
                ErrorCode.INVALID_PRODUCER_EPOCH,
                f"epoch {epoch} of producer {producer_id} is older than the current epoch {entry.epoch}",
            )
        if epoch > entry.epoch:
            if first_sequence != 0:
                raise ProducerStateError(
                    ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
                    f"new epoch {epoch} of producer {producer_id} starts at sequence {first_sequence}, not 0",
                )
            return None
        for batch in entry.batches:
            if batch.first_sequence == first_sequence and batch.last_sequence == last_sequence:
                return batch
        current = entry.last_sequence
        if _in_sequence(current, first_sequence):
            return None
        if entry.batches and entry.batches[0].first_sequence > first_sequence >= 0 and current >= last_sequence:
            raise ProducerStateError(
                ErrorCode.DUPLICATE_SEQUENCE_NUMBER,
                f"sequence {first_sequence} of producer {producer_id} was appended before",
            )
        raise ProducerStateError(
            ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
            f"out of order sequence {first_sequence} for producer {producer_id} (last {current})",
        )

    def record(self, producer_id: int, epoch: int, batch: AppendedBatch) -> None:
        """Remember an appended batch (after ``check`` allowed it)."""
        entry = self._entries.get(producer_id)
        if entry is None:
            entry = self._entries[producer_id] = _ProducerEntry()
        if epoch != entry.epoch:
            entry.epoch = epoch
            entry.batches.clear()
        entry.batches.append(batch)
        entry.last_timestamp = batch.timestamp

    def record_marker(self, producer_id: int, epoch: int, timestamp: int) -> None:
        """A transaction marker was written with ``epoch``: a bumped epoch (a fenced or timed
        out transaction) forgets the old epoch's batches, so older writers are fenced; the same
        epoch keeps its sequence going into the next transaction."""
        entry = self._entries.get(producer_id)
        if entry is None:
            entry = self._entries[producer_id] = _ProducerEntry()
        if epoch != entry.epoch:
            entry.epoch = epoch
            entry.batches.clear()
        entry.last_timestamp = timestamp

    def entries(self) -> list[tuple[int, int, int, int]]:
        """(producer id, epoch, last sequence, last timestamp) of every producer."""
        return [(pid, e.epoch, e.last_sequence, e.last_timestamp) for pid, e in self._entries.items()]

    def last_sequence(self, producer_id: int) -> int:
        entry = self._entries.get(producer_id)
        return -1 if entry is None else entry.last_sequence

    def epoch_of(self, producer_id: int) -> int:
        entry = self._entries.get(producer_id)
        return _NO_EPOCH if entry is None else entry.epoch

    def expire(self, older_than_ms: int) -> int:
        """Drop producers idle since before ``older_than_ms`` (producer.id.expiration.ms)."""
        stale = [pid for pid, entry in self._entries.items() if entry.last_timestamp < older_than_ms]
        for pid in stale:
            del self._entries[pid]
        return len(stale)
