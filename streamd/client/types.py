"""Plain values the client returns and accepts, independent of protocol versions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from streamd.cluster.config_defs import ConfigSource

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


def config_source(value: int) -> ConfigSource:
    """A DescribeConfigs source id; ids newer than this client reads as UNKNOWN."""
    try:
        return ConfigSource(value)
    except ValueError:
        return ConfigSource.UNKNOWN


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
