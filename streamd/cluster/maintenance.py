"""Background maintenance: aged flushes (flush.ms), retention, compaction, offset expiry.

One asyncio task per broker wakes every ``tick_s``; each duty runs when its interval
(log.retention.check.interval.ms, log.cleaner.backoff.ms) has passed. Retention deletes whole
segments, oldest first, by retention.ms (the segment's largest timestamp) and retention.bytes,
on topics whose cleanup.policy contains ``delete``; compaction runs on topics whose policy
contains ``compact`` in a worker thread, so producers are never blocked by it. Committed
offsets of empty groups expire every offsets.retention.check.interval.ms (KIP-211).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING, Any

from streamd.storage import StorageError

if TYPE_CHECKING:
    from streamd.broker import Broker

__all__ = ["LogMaintenance"]

log = logging.getLogger("streamd.maintenance")


class LogMaintenance:
    def __init__(self, broker: Broker, tick_s: float = 1.0) -> None:
        self._broker = broker
        self._tick_s = tick_s
        self._last_retention_ms = 0
        self._last_cleaning_ms = 0
        self._last_offset_expiry_ms = 0
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._tick_s)
            try:
                await self.run_once(int(time.time() * 1000))
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - maintenance must never stop the broker
                log.exception("log maintenance failed; retrying next tick")

    async def run_once(self, now_ms: int, *, force: bool = False) -> dict[str, Any]:
        broker = self._broker
        report: dict[str, Any] = {"flushed": await broker.durability.flush_aged(now_ms)}
        value = broker.configs.broker_value
        if force or now_ms - self._last_retention_ms >= int(value("log.retention.check.interval.ms")):
            self._last_retention_ms = now_ms
            report["retention"] = self.apply_retention(now_ms)
        if value("log.cleaner.enable") and (
            force or now_ms - self._last_cleaning_ms >= int(value("log.cleaner.backoff.ms"))
        ):
            self._last_cleaning_ms = now_ms
            report["compaction"] = await self.compact(now_ms)
        if force or now_ms - self._last_offset_expiry_ms >= int(value("offsets.retention.check.interval.ms")):
            self._last_offset_expiry_ms = now_ms
            report["expired_offsets"] = await broker.groups.expire_offsets(now_ms)
        return report

    def apply_retention(self, now_ms: int) -> int:
        broker = self._broker
        moved = 0
        for topic in broker.topics.all():
            settings = broker.configs.log_settings(topic)
            if not settings.deletes or (settings.retention_ms < 0 and settings.retention_bytes < 0):
                continue
            for key in topic.partition_keys():
                before = broker.storage.log_range(key).log_start_offset
                try:
                    after = broker.storage.apply_retention(
                        key, now_ms=now_ms, retention_ms=settings.retention_ms,
                        retention_bytes=settings.retention_bytes,
                    )
                except StorageError as exc:
                    log.error("retention on %s failed: %s", key, exc)
                    continue
                if after != before:
                    moved += 1
                    log.info("retention moved the log start of %s-%d to %d", topic.name, key.partition, after)
        return moved

    async def compact(self, now_ms: int) -> int:
        broker = self._broker
        compact = getattr(broker.storage, "compact", None)
        if compact is None:
            return 0
        cleaned = 0
        for topic in broker.topics.all():
            settings = broker.configs.log_settings(topic)
            if not settings.compacted:
                continue
            for key in topic.partition_keys():
                try:
                    cleaned += await compact(key, now_ms=now_ms, delete_retention_ms=settings.delete_retention_ms,
                                             min_compaction_lag_ms=settings.min_compaction_lag_ms)
                except StorageError as exc:
                    log.error("compaction of %s failed: %s", key, exc)
        return cleaned
