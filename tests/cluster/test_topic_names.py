"""Regex subscriptions (KIP-848) resolve through ``TopicRegistry.names_matching``: whole-name
matches, internal topics included, always current with topic creation and deletion."""

from __future__ import annotations

from streamd.cluster.topics import NewTopicPlan, TopicRegistry
from streamd.storage.memory import MemoryEngine


def _create(registry: TopicRegistry, name: str, *, internal: bool = False) -> None:
    registry.create_topic(NewTopicPlan(name, 1, 1, {}), is_internal=internal)


def test_matches_follow_creation_and_deletion() -> None:
    registry = TopicRegistry(MemoryEngine(), node_id=1)
    _create(registry, "orders")
    _create(registry, "orders-eu")
    _create(registry, "__consumer_offsets", internal=True)
    assert registry.names_matching("orders.*") == {"orders", "orders-eu"}
    assert registry.names_matching("order") == frozenset()  # the whole name must match
    assert registry.names_matching("__.*") == {"__consumer_offsets"}
    _create(registry, "orders-us")
    assert registry.names_matching("orders.*") == {"orders", "orders-eu", "orders-us"}
    topic = registry.get("orders")
    assert topic is not None
    registry.delete_topic(topic)
    assert registry.names_matching("orders.*") == {"orders-eu", "orders-us"}
