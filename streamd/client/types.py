"""Plain values the client returns and accepts, independent of protocol versions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import IntEnum

__all__ = [
    "BrokerInfo",
    "ClusterMetadata",
    "ConfigEntry",
    "ConfigSource",
    "ConsumedRecord",
    "CreatedTopic",
    "PartitionFetch",
    "PartitionInfo",
    "ProducedBatch",
    "ProducerRecord",
    "TopicInfo",
]

ZERO_UUID = uuid.UUID(int=0)


@dataclass(frozen=True, slots=True)
class BrokerInfo:
    node_id: int
    host: str
    port: int
    rack: str | None = None

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


@dataclass(frozen=True, slots=True)
class PartitionInfo:
    index: int
    leader_id: int
    replicas: tuple[int, ...] = ()
    isr: tuple[int, ...] = ()
    error_code: int = 0


@dataclass(frozen=True, slots=True)
class TopicInfo:
    name: str
    topic_id: uuid.UUID
    is_internal: bool
    partitions: tuple[PartitionInfo, ...]
    error_code: int = 0

    def partition(self, index: int) -> PartitionInfo | None:
        for info in self.partitions:
            if info.index == index:
                return info
        return None


@dataclass(frozen=True, slots=True)
class ClusterMetadata:
    cluster_id: str | None
    controller_id: int
    brokers: dict[int, BrokerInfo]
    topics: dict[str, TopicInfo]


class ConfigSource(IntEnum):
    """DescribeConfigsResponse ConfigSource values (Kafka's ``ConfigEntry.ConfigSource``)."""

    UNKNOWN = 0
    DYNAMIC_TOPIC_CONFIG = 1
    DYNAMIC_BROKER_CONFIG = 2
    DYNAMIC_DEFAULT_BROKER_CONFIG = 3
    STATIC_BROKER_CONFIG = 4
    DEFAULT_CONFIG = 5
    DYNAMIC_BROKER_LOGGER_CONFIG = 6
    CLIENT_METRICS_CONFIG = 7
    GROUP_CONFIG = 8

    @classmethod
    def of(cls, value: int) -> ConfigSource:
        try:
            return cls(value)
        except ValueError:
            return cls.UNKNOWN


@dataclass(frozen=True, slots=True)
class ConfigEntry:
    name: str
    value: str | None
    source: ConfigSource
    is_default: bool
    read_only: bool = False
    is_sensitive: bool = False


@dataclass(frozen=True, slots=True)
class CreatedTopic:
    name: str
    topic_id: uuid.UUID
    num_partitions: int
    replication_factor: int


@dataclass(frozen=True, slots=True)
class ProducerRecord:
    value: bytes | None
    key: bytes | None = None
    headers: tuple[tuple[str, bytes | None], ...] = ()
    timestamp_ms: int | None = None  # None: the time the batch is built


@dataclass(frozen=True, slots=True)
class ProducedBatch:
    topic: str
    partition: int
    base_offset: int  # -1 with acks=0
    record_count: int


@dataclass(frozen=True, slots=True)
class ConsumedRecord:
    topic: str
    partition: int
    offset: int
    timestamp_ms: int
    key: bytes | None
    value: bytes | None
    headers: tuple[tuple[str, bytes | None], ...] = ()
    log_append_time: bool = False


@dataclass(slots=True)
class PartitionFetch:
    partition: int
    error_code: int
    high_watermark: int
    log_start_offset: int
    last_stable_offset: int = -1
    records: list[ConsumedRecord] = field(default_factory=list)
    next_offset: int | None = None  # where the next fetch should start; None when unchanged

    def end_offset(self, read_committed: bool) -> int:
        """Where reading stops for now: the last stable offset under read_committed."""
        if read_committed and self.last_stable_offset >= 0:
            return self.last_stable_offset
        return self.high_watermark
