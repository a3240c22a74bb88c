"""Per-partition transaction bookkeeping: open transactions and the aborted-transaction index.

A partition needs two facts about transactions (Kafka's ``ProducerStateManager`` and
``TransactionIndex``):

* the first offset of every transaction still open on it: the last stable offset (LSO) is the
  smallest of them, or the high watermark when none is open, and read_committed consumers
  never read at or past it;
* every aborted transaction as (producer id, first offset, offset of its abort marker): a
  read_committed Fetch returns those overlapping the fetched range so that the client drops
  their records (FetchResponse ``AbortedTransactions``).

Pure data, no I/O: ``LogManager`` feeds it on append and on markers, and rebuilds it from the
log on start.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

__all__ = ["AbortedTxn", "PartitionTxnIndex"]


@dataclass(frozen=True, slots=True)
class AbortedTxn:
    producer_id: int
    first_offset: int
    last_offset: int  # the abort marker


@dataclass(slots=True)
class PartitionTxnIndex:
    open: dict[int, int] = field(default_factory=dict)  # producer id -> first offset
    aborted: list[AbortedTxn] = field(default_factory=list)  # in marker order

    def on_transactional_append(self, producer_id: int, base_offset: int) -> None:
        self.open.setdefault(producer_id, base_offset)

    def on_marker(self, producer_id: int, commit: bool, marker_offset: int) -> None:
        first = self.open.pop(producer_id, None)
        if not commit and first is not None:
            self.aborted.append(AbortedTxn(producer_id, first, marker_offset))

    def last_stable_offset(self, high_watermark: int) -> int:
        return min(self.open.values(), default=high_watermark)

    def aborted_between(self, start: int, end: int) -> list[AbortedTxn]:
        """Aborted transactions with records in [start, end): marker at or after ``start``,
        first offset before ``end``."""
        markers = [txn.last_offset for txn in self.aborted]
        begin = bisect.bisect_left(markers, start)
        return [txn for txn in self.aborted[begin:] if txn.first_offset < end]

    def truncate_before(self, log_start: int) -> None:
        """Forget aborted transactions wholly below the log start (retention, DeleteRecords)."""
        self.aborted = [txn for txn in self.aborted if txn.last_offset >= log_start]
