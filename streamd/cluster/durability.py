"""When acknowledged appends reach stable storage, with Kafka's names and defaults.

* flush.messages (topic) / log.flush.interval.messages (broker): fsync a partition once this
  many records are unflushed, before the produce is answered. Kafka's default is Long.MAX:
  never on the produce path.
* flush.ms (topic) / log.flush.interval.ms (broker): fsync a partition whose oldest unflushed
  record is this old, from the background maintenance loop. Default Long.MAX: never.

What that means: with the defaults an acknowledged record survives a crash of the streamd
process (it is in the operating system's page cache) but not a power loss or kernel crash
before the OS writes it back (typically within 30 s). flush.messages=1 makes every
acknowledged record survive a power loss; concurrent producers then share one fsync, because
the engine's ``flush`` is a group commit (a caller arriving during a flush waits for the next
round, which covers everything appended before it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from streamd.storage import PartitionKey, StorageEngine

if TYPE_CHECKING:
    from streamd.cluster.configs import ClusterConfigs

__all__ = ["Durability"]


class Durability:
    def __init__(self, storage: StorageEngine, configs: ClusterConfigs) -> None:
        self._storage = storage
        self._configs = configs

    async def after_append(self, keys: Sequence[PartitionKey], acks: int) -> None:
        """Called before a produce is answered (acks 1 and -1)."""
        due = [
            key for key in keys
            if self._storage.unflushed_records(key) >= self._configs.flush_messages(key.topic_id)
        ]
        if due:
            await self._storage.flush(due)

    async def flush_aged(self, now_ms: int) -> int:
        """Flush partitions whose unflushed data is older than their flush.ms."""
        due = []
        for key in self._storage.partitions():
            if self._storage.unflushed_records(key) <= 0:
                continue
            if now_ms - self._storage.last_flush_ms(key) >= self._configs.flush_ms(key.topic_id):
                due.append(key)
        if due:
            await self._storage.flush(due)
        return len(due)
