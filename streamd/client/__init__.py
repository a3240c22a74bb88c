"""A small asyncio Kafka client built on streamd's generated protocol codec.

It speaks to streamd and to Apache Kafka alike: ApiVersions negotiation, Metadata, topic
administration, Produce and Fetch. The CLI is its main user; tests use it too.

The names below are loaded on first use (PEP 562), so that importing one submodule (the
broker's CLI needs ``streamd.client.address``) does not load the whole client.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOMES = {
    "KafkaClient": "client",
    "BrokerConnection": "connection",
    **dict.fromkeys(("BrokerUnreachable", "ClientError", "ConnectionLost", "KafkaError", "ProtocolViolation",
                     "RequestTimedOut", "UnsupportedByBroker"), "errors"),
    **dict.fromkeys(("EARLIEST", "LATEST", "READ_COMMITTED", "READ_UNCOMMITTED"), "fetching"),
    **dict.fromkeys(("BrokerInfo", "ClusterMetadata", "ConfigEntry", "ConfigSource", "ConsumedRecord",
                     "CreatedTopic", "PartitionFetch", "PartitionInfo", "ProducedBatch", "ProducerRecord",
                     "TopicInfo"), "types"),
}

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
assert sorted(__all__) == sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
