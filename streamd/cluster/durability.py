"""When an acknowledged append must be flushed to stable storage.

Kafka's names: flush.messages and flush.ms per topic (log.flush.interval.messages and
log.flush.interval.ms per broker). Kafka's defaults never force a flush on the produce path and
rely on replication; a single node has none, so the file engine's issue will decide streamd's
default. Here the policy is applied as configured: a topic with flush.messages=1 flushes before
every acks=-1 (and acks=1) answer, and many concurrent producers share that one flush because
``StorageEngine.flush`` is awaited once per request, not per record.
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
        must_flush = [key for key in keys if self._configs.flush_every_message(key.topic_id)]
        if must_flush:
            await self._storage.flush(must_flush)
