"""A small asyncio Kafka client built on streamd's generated protocol codec.

It speaks to streamd and to Apache Kafka alike: ApiVersions negotiation, Metadata, topic
administration, Produce and Fetch. The CLI is its main user; tests use it too.
"""

from streamd.client.client import KafkaClient
from streamd.client.connection import BrokerConnection
from streamd.client.errors import (
    BrokerUnreachable,
    ClientError,
    ConnectionLost,
    KafkaError,
    ProtocolViolation,
    RequestTimedOut,
    UnsupportedByBroker,
)
from streamd.client.fetching import EARLIEST, LATEST, READ_COMMITTED, READ_UNCOMMITTED
from streamd.client.types import (
    BrokerInfo,
    ClusterMetadata,
    ConfigEntry,
    ConfigSource,
    ConsumedRecord,
    CreatedTopic,
    PartitionFetch,
    PartitionInfo,
    ProducedBatch,
    ProducerRecord,
    TopicInfo,
)

__all__ = [
    "EARLIEST",
    "LATEST",
    "READ_COMMITTED",
    "READ_UNCOMMITTED",
    "BrokerConnection",
    "BrokerInfo",
    "BrokerUnreachable",
    "ClientError",
    "ClusterMetadata",
    "ConfigEntry",
    "ConfigSource",
    "ConnectionLost",
    "ConsumedRecord",
    "CreatedTopic",
    "KafkaClient",
    "KafkaError",
    "PartitionFetch",
    "PartitionInfo",
    "ProducedBatch",
    "ProducerRecord",
    "ProtocolViolation",
    "RequestTimedOut",
    "TopicInfo",
    "UnsupportedByBroker",
]
