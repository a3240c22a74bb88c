"""The feature flags streamd advertises in ApiVersions v3+ (KIP-584).

Clients choose protocols by the *finalized* level of a feature: Java 4.x clients and franz-go
use transaction protocol v2 (KIP-890 part 2: Produce v12, TxnOffsetCommit v5 and EndTxn v5,
no AddPartitionsToTxn or AddOffsetsToTxn, an epoch bump at every commit and abort) once
``transaction.version`` is finalized at 2, as a new Kafka 4.x cluster finalizes it. Only
features whose every level up to the finalized one is implemented are listed; the levels do
not change while the broker runs, so the finalized-features epoch is a constant.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FEATURES", "FINALIZED_FEATURES_EPOCH", "Feature"]


@dataclass(frozen=True, slots=True)
class Feature:
    name: str
    min_supported: int
    max_supported: int
    finalized: int


FEATURES: tuple[Feature, ...] = (
    Feature("transaction.version", 0, 2, 2),
)
FINALIZED_FEATURES_EPOCH = 1
