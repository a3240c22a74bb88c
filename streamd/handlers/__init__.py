"""One module per API family; each registers its handlers with their version ranges."""

from __future__ import annotations

from streamd.server.registry import HandlerRegistry

__all__ = ["build_registry"]


def build_registry() -> HandlerRegistry:
    from streamd.handlers import (
        api_versions,
        cluster_info,
        configs,
        fetch,
        groups,
        metadata,
        offsets,
        produce,
        topics,
        transactions,
    )

    registry = HandlerRegistry()
    for module in (api_versions, produce, fetch, offsets, metadata, topics, configs, cluster_info, groups,
                   transactions):
        module.register(registry)
    return registry
