"""Topics: names, ids, partition counts and config overrides, persisted through storage.

The registry owns the topic state machine of a single-node cluster: creation (with Kafka's
validation of names, partition counts, replication factors and manual assignments), partition
growth, config overrides and deletion. Every change is written to the storage engine's
metadata document before it is acknowledged, so that engines which persist (the file engine)
bring topics back after a restart.

Validation follows Kafka's controller (ReplicationControlManager, Topic.validate): the error
codes are Kafka's, and the messages are close to Kafka's so that tools print familiar text.
"""

from __future__ import annotations

import base64
import contextlib
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from streamd.protocol._generated import ErrorCode
from streamd.storage import PartitionKey, StorageEngine, StorageError

__all__ = ["Topic", "TopicError", "TopicRegistry", "validate_topic_name"]

MAX_TOPIC_NAME_LENGTH = 249
_LEGAL_NAME = re.compile(r"^[a-zA-Z0-9._-]+$")
# Kafka caps partitions per topic creation request far above what a node can hold; we keep a
# sane ceiling so a typo cannot allocate millions of logs.
MAX_PARTITIONS = 1_000_000
_MAX_CACHED_PATTERNS = 1024
METADATA_VERSION = 1
_PRODUCER_ID_BLOCK = 1000


class TopicError(Exception):
    def __init__(self, error_code: ErrorCode, message: str | None = None) -> None:
        super().__init__(message or error_code.name)
        self.error_code = error_code
        self.message = message


def validate_topic_name(name: str) -> None:
    """Kafka's Topic.validate (messages as Kafka 4.x words them): INVALID_TOPIC_EXCEPTION."""
    if not name:
        raise TopicError(ErrorCode.INVALID_TOPIC_EXCEPTION, "Topic name is invalid: the empty string is not allowed")
    if name in (".", ".."):
        raise TopicError(ErrorCode.INVALID_TOPIC_EXCEPTION, f"Topic name is invalid: '{name}' is not allowed")
    if len(name) > MAX_TOPIC_NAME_LENGTH:
        raise TopicError(
            ErrorCode.INVALID_TOPIC_EXCEPTION,
            f"Topic name is invalid: the length of '{name}' is longer than the max allowed length "
            f"{MAX_TOPIC_NAME_LENGTH}",
        )
    if not _LEGAL_NAME.match(name):
        raise TopicError(
            ErrorCode.INVALID_TOPIC_EXCEPTION,
            f"Topic name is invalid: '{name}' contains one or more characters other than ASCII alphanumerics, "
            "'.', '_' and '-'",
        )


def _collision_key(name: str) -> str:
    # '.' and '_' collide in metric names, so Kafka refuses topics differing only by them.
    return name.replace(".", "_")


@dataclass(slots=True)
class Topic:
    name: str
    topic_id: uuid.UUID
    num_partitions: int
    configs: dict[str, str] = field(default_factory=dict)  # overrides, as Kafka strings
    is_internal: bool = False

    def partition_keys(self) -> list[PartitionKey]:
        return [PartitionKey(self.topic_id, p) for p in range(self.num_partitions)]


@dataclass(frozen=True, slots=True)
class NewTopicPlan:
    """A validated creation request, ready to apply."""

    name: str
    num_partitions: int
    replication_factor: int
    configs: dict[str, str]


def new_cluster_id() -> str:
    """Kafka's cluster ids are a random UUID in URL-safe base64 without padding (22 chars)."""
    return base64.urlsafe_b64encode(uuid.uuid4().bytes).decode("ascii").rstrip("=")


class TopicRegistry:
    def __init__(self, storage: StorageEngine, node_id: int) -> None:
        self._storage = storage
        self._node_id = node_id
        self._by_name: dict[str, Topic] = {}
        self._by_id: dict[uuid.UUID, Topic] = {}
        self._collisions: dict[str, str] = {}
        # pattern -> the names it matches whole (KIP-848 regex subscriptions); emptied
        # whenever a name comes or goes.
        self._matches: dict[str, frozenset[str]] = {}
        self.cluster_id = new_cluster_id()
        self._next_producer_id = 0
        self._producer_id_limit = 0
        self._broker_configs: dict[str, dict[str, str]] = {}

    # -- persistence ---------------------------------------------------------------------
    def load(self) -> None:
        document = self._storage.load_metadata()
        if document is None:
            self._persist()
            return
        self.cluster_id = document["cluster_id"]
        self._producer_id_limit = self._next_producer_id = int(document.get("producer_id_limit", 0))
        self._broker_configs = {k: dict(v) for k, v in document.get("broker_configs", {}).items()}
        for raw in document.get("topics", []):
            topic = Topic(
                name=raw["name"],
                topic_id=uuid.UUID(raw["topic_id"]),
                num_partitions=int(raw["num_partitions"]),
                configs=dict(raw.get("configs", {})),
                is_internal=bool(raw.get("is_internal", False)),
            )
            self._index(topic)
            existing = set(self._storage.partitions())
            for key in topic.partition_keys():
                if key not in existing:
                    self._storage.create_partition(key)

    def _persist(self) -> None:
        self._storage.save_metadata(
            {
                "version": METADATA_VERSION,
                "cluster_id": self.cluster_id,
                "producer_id_limit": self._producer_id_limit,
                "broker_configs": self._broker_configs,
                "topics": [
                    {
                        "name": t.name,
                        "topic_id": str(t.topic_id),
                        "num_partitions": t.num_partitions,
                        "configs": t.configs,
                        "is_internal": t.is_internal,
                    }
                    for t in self._by_name.values()
                ],
            }
        )

    def _index(self, topic: Topic) -> None:
        self._matches.clear()
        self._by_name[topic.name] = topic
        self._by_id[topic.topic_id] = topic
        self._collisions[_collision_key(topic.name)] = topic.name

    # -- queries -------------------------------------------------------------------------
    def get(self, name: str) -> Topic | None:
        return self._by_name.get(name)

    def get_by_id(self, topic_id: uuid.UUID) -> Topic | None:
        return self._by_id.get(topic_id)

    def __iter__(self) -> Iterable[Topic]:  # type: ignore[override]
        return iter(list(self._by_name.values()))

    def all(self) -> list[Topic]:
        return list(self._by_name.values())

    def names_matching(self, pattern: str) -> frozenset[str]:
        """The topic names ``pattern`` matches whole, internal ones included, as Kafka's broker
        resolves a KIP-848 regex subscription. Computed once per pattern until a topic is
        created or deleted: heartbeats ask on every call, and a scan of every name per
        heartbeat is what a cluster of 10,000 topics cannot afford."""
        found = self._matches.get(pattern)
        if found is None:
            if len(self._matches) >= _MAX_CACHED_PATTERNS:
                self._matches.clear()  # patterns come from clients: keep the cache bounded
            compiled = re.compile(pattern)
            found = self._matches[pattern] = frozenset(n for n in self._by_name if compiled.fullmatch(n))
        return found

    # -- creation ------------------------------------------------------------------------
    def plan_topic(
        self,
        name: str,
        *,
        num_partitions: int,
        replication_factor: int,
        assignments: Sequence[tuple[int, Sequence[int]]],
        configs: Mapping[str, str],
        default_partitions: int,
        default_replication_factor: int,
    ) -> NewTopicPlan:
        """Validate a CreateTopics entry; raise TopicError with Kafka's code on failure.

        ``assignments`` are (partition index, broker ids) pairs; ``configs`` have already been
        validated by the config layer.
        """
        validate_topic_name(name)
        if name in self._by_name:
            raise TopicError(ErrorCode.TOPIC_ALREADY_EXISTS, f"Topic '{name}' already exists.")
        colliding = self._collisions.get(_collision_key(name))
        if colliding is not None:
            raise TopicError(
                ErrorCode.INVALID_TOPIC_EXCEPTION,
                f"Topic '{name}' collides with existing topic: {colliding}",
            )
        if assignments:
            if num_partitions != -1 or replication_factor != -1:
                raise TopicError(
                    ErrorCode.INVALID_REQUEST,
                    "Both numPartitions or replicationFactor and replicasAssignments were set. "
                    "Both cannot be used at the same time.",
                )
            num_partitions, replication_factor = self._validate_assignments(assignments, 0)
        else:
            if num_partitions == -1:
                num_partitions = default_partitions
            if replication_factor == -1:
                replication_factor = default_replication_factor
            if num_partitions <= 0 or num_partitions > MAX_PARTITIONS:
                raise TopicError(
                    ErrorCode.INVALID_PARTITIONS,
                    "Number of partitions was set to an invalid non-positive value."
                    if num_partitions <= 0
                    else f"Number of partitions {num_partitions} exceeds the limit {MAX_PARTITIONS}.",
                )
            self._validate_replication_factor(replication_factor)
        return NewTopicPlan(name, num_partitions, replication_factor, dict(configs))

    def _validate_replication_factor(self, replication_factor: int) -> None:
        if replication_factor <= 0:
            raise TopicError(
                ErrorCode.INVALID_REPLICATION_FACTOR,
                "Replication factor must be larger than 0, or -1 to use the default value.",
            )
        if replication_factor > 1:
            raise TopicError(
                ErrorCode.INVALID_REPLICATION_FACTOR,
                f"Unable to replicate the partition {replication_factor} time(s): The target "
                f"replication factor of {replication_factor} cannot be reached because only 1 "
                "broker(s) are registered.",
            )

    def _validate_assignments(
        self, assignments: Sequence[tuple[int, Sequence[int]]], first_partition: int
    ) -> tuple[int, int]:
        """Check manual replica assignments; return (partition count, replication factor)."""
        indexes = sorted(index for index, _ in assignments)
        if indexes != list(range(first_partition, first_partition + len(assignments))):
            raise TopicError(
                ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                f"Partitions should be a consecutive 0-based integer sequence, but it is {indexes}.",
            )
        replication_factor = -1
        for index, brokers in assignments:
            if not brokers:
                raise TopicError(
                    ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                    f"The manual partition assignment includes an empty replica list for partition {index}.",
                )
            if len(set(brokers)) != len(brokers):
                raise TopicError(
                    ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                    f"The manual partition assignment includes the broker {brokers[0]} more than once.",
                )
            for broker_id in brokers:
                if broker_id != self._node_id:
                    raise TopicError(
                        ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                        f"The manual partition assignment includes broker {broker_id}, but no such "
                        "broker is registered.",
                    )
            if replication_factor == -1:
                replication_factor = len(brokers)
            elif replication_factor != len(brokers):
                raise TopicError(
                    ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                    "All partitions in the manual partition assignment must have the same number of replicas.",
                )
        return len(assignments), replication_factor

    def _create_partitions(self, keys: Sequence[PartitionKey]) -> None:
        """All of ``keys`` or, when the engine fails part way (out of file descriptors, disk full),
        none: the ones made are deleted again and the request gets KAFKA_STORAGE_ERROR."""
        made: list[PartitionKey] = []
        try:
            for key in keys:
                self._storage.create_partition(key)
                made.append(key)
        except StorageError as exc:
            for key in made:
                with contextlib.suppress(StorageError, OSError):
                    self._storage.delete_partition(key)
            raise TopicError(ErrorCode.KAFKA_STORAGE_ERROR, f"{exc} (after {len(made)} of {len(keys)} partitions; "
                             "none were kept)") from exc

    def create_topic(self, plan: NewTopicPlan, *, is_internal: bool = False) -> Topic:
        topic = Topic(plan.name, uuid.uuid4(), plan.num_partitions, dict(plan.configs), is_internal)
        self._create_partitions(topic.partition_keys())
        self._index(topic)
        self._persist()
        return topic

    # -- changes -------------------------------------------------------------------------
    def plan_partitions(
        self, topic: Topic, new_total: int, assignments: Sequence[Sequence[int]] | None
    ) -> int:
        """Validate a CreatePartitions entry; return the number of partitions to add."""
        if new_total < topic.num_partitions:
            raise TopicError(
                ErrorCode.INVALID_PARTITIONS,
                f"The topic {topic.name} currently has {topic.num_partitions} partition(s); {new_total} would not "
                "be an increase.",
            )
        if new_total == topic.num_partitions:
            raise TopicError(ErrorCode.INVALID_PARTITIONS, f"Topic already has {topic.num_partitions} partition(s).")
        if new_total > MAX_PARTITIONS:
            raise TopicError(ErrorCode.INVALID_PARTITIONS, f"Number of partitions {new_total} exceeds the limit.")
        added = new_total - topic.num_partitions
        if assignments is not None:
            if len(assignments) != added:
                raise TopicError(
                    ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                    f"Attempted to add {added} additional partition(s), but only {len(assignments)} "
                    "assignment(s) were specified.",
                )
            self._validate_assignments(
                [(topic.num_partitions + i, a) for i, a in enumerate(assignments)], topic.num_partitions
            )
        return added

    def add_partitions(self, topic: Topic, new_total: int) -> None:
        self._create_partitions([PartitionKey(topic.topic_id, p) for p in range(topic.num_partitions, new_total)])
        topic.num_partitions = new_total
        self._persist()

    def set_topic_configs(self, topic: Topic, configs: Mapping[str, str]) -> None:
        topic.configs = dict(configs)
        self._persist()

    def delete_topic(self, topic: Topic) -> None:
        for key in topic.partition_keys():
            self._storage.delete_partition(key)
        self._matches.clear()
        del self._by_name[topic.name]
        del self._by_id[topic.topic_id]
        self._collisions.pop(_collision_key(topic.name), None)
        self._persist()

    # -- broker-level dynamic configs (AlterConfigs on the BROKER resource) ------------------
    def broker_overrides(self, resource_name: str) -> dict[str, str]:
        return dict(self._broker_configs.get(resource_name, {}))

    def set_broker_overrides(self, resource_name: str, configs: Mapping[str, str]) -> None:
        if configs:
            self._broker_configs[resource_name] = dict(configs)
        else:
            self._broker_configs.pop(resource_name, None)
        self._persist()

    # -- producer ids ----------------------------------------------------------------------
    def allocate_producer_id(self) -> int:
        """A never-reused producer id; blocks of ids are reserved in the metadata document so a
        restart cannot hand out an id already used (as Kafka's ProducerIdManager does)."""
        if self._next_producer_id >= self._producer_id_limit:
            self._producer_id_limit = self._next_producer_id + _PRODUCER_ID_BLOCK
            self._persist()
        producer_id = self._next_producer_id
        self._next_producer_id += 1
        return producer_id

    def snapshot(self) -> dict[str, Any]:
        return {"cluster_id": self.cluster_id, "topics": len(self._by_name)}
