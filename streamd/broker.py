"""The broker: the composition root that ties configuration, storage and the domain layers.

Handlers receive it as ``context.broker`` and call its domain objects: ``topics`` (the topic
registry), ``logs`` (partition logs), ``configs`` (effective configuration). It holds no
protocol code and no sockets.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from streamd.cluster.configs import ClusterConfigs
from streamd.cluster.durability import Durability
from streamd.cluster.logs import LogManager
from streamd.cluster.maintenance import LogMaintenance
from streamd.cluster.topics import NewTopicPlan, Topic, TopicRegistry
from streamd.config import BrokerConfig
from streamd.coordinator.group_coordinator import GroupCoordinator
from streamd.coordinator.internal_topic import internal_topic_named
from streamd.coordinator.transactions import TransactionCoordinator
from streamd.storage import StorageEngine

__all__ = ["Broker", "NodeAddress"]

log = logging.getLogger("streamd")


@dataclass(frozen=True, slots=True)
class NodeAddress:
    node_id: int
    host: str
    port: int
    rack: str | None = None


class Broker:
    def __init__(self, config: BrokerConfig, storage: StorageEngine) -> None:
        self.config = config
        self.storage = storage
        self.topics = TopicRegistry(storage, config.node_id)
        self.configs = ClusterConfigs(config, self.topics)
        self.logs = LogManager(storage)
        self.durability = Durability(storage, self.configs)
        self.maintenance = LogMaintenance(self)
        self.groups = GroupCoordinator(self)
        self.transactions = TransactionCoordinator(self)
        self.logs.txn_guard = self.transactions.guard
        self._node: NodeAddress | None = None

    async def open(self) -> None:
        await self.storage.open()
        self.topics.load()
        self.configs.reload_dynamic()
        keys = [key for topic in self.topics.all() for key in topic.partition_keys()]
        scanned = self.logs.recover_producer_state(keys)
        if scanned:
            log.info("rebuilt producer state from %d batch headers in %d partitions", scanned, len(keys))
        replayed = self.groups.load()
        if replayed:
            log.info("replayed %d group and offset records from __consumer_offsets", replayed)
        # After the groups: completing a transaction may commit its offsets.
        await self.transactions.recover(self.transactions.load())
        self.transactions.start()
        self.maintenance.start()

    async def close(self) -> None:
        await self.maintenance.stop()
        await self.transactions.stop()
        self.groups.close()
        await self.storage.close()

    def set_advertised(self, host: str, port: int) -> None:
        self._node = NodeAddress(self.config.node_id, host, port)

    @property
    def node(self) -> NodeAddress:
        assert self._node is not None, "the server sets the advertised address before serving"
        return self._node

    @property
    def node_id(self) -> int:
        return self.config.node_id

    @property
    def cluster_id(self) -> str:
        return self.topics.cluster_id

    @staticmethod
    def now_ms() -> int:
        return time.time_ns() // 1_000_000

    # -- topic verbs that need both the registry and the configuration ----------------------
    def plan_topic(
        self,
        name: str,
        *,
        num_partitions: int,
        replication_factor: int,
        assignments: Sequence[tuple[int, Sequence[int]]],
        configs: Mapping[str, str | None],
    ) -> NewTopicPlan:
        """Validate a topic creation; raises TopicError or ConfigError."""
        overrides = self.configs.validate_topic_overrides(configs)
        return self.topics.plan_topic(
            name,
            num_partitions=num_partitions,
            replication_factor=replication_factor,
            assignments=assignments,
            configs=overrides,
            default_partitions=int(self.configs.broker_value("num.partitions")),
            default_replication_factor=int(self.configs.broker_value("default.replication.factor")),
        )

    def auto_create_topic(self, name: str) -> Topic:
        """Metadata's auto-creation: num.partitions and the default replication factor; the
        coordinators' internal topics as their coordinators create them (internal, compacted,
        offsets.topic.num.partitions / transaction.state.log.num.partitions), as Kafka's
        AutoTopicCreationManager does, never as ordinary topics."""
        if internal_topic_named(self, name) is not None:
            return self.ensure_coordinator_topic(name)
        plan = self.plan_topic(name, num_partitions=-1, replication_factor=-1, assignments=(), configs={})
        return self.topics.create_topic(plan)

    def ensure_coordinator_topic(self, name: str) -> Topic:
        """``__consumer_offsets`` or ``__transaction_state``, created first if need be."""
        internal = internal_topic_named(self, name)
        if internal is None:
            raise ValueError(f"{name!r} is not a coordinator topic")
        return internal.ensure()

    def delete_topic(self, topic: Topic) -> None:
        keys = topic.partition_keys()
        self.topics.delete_topic(topic)
        self.configs.forget_topic(topic)
        self.groups.forget_topic(topic.name)
        for key in keys:
            self.logs.forget(key)
