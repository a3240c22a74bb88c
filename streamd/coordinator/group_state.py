"""The classic group state machine, its transitions as data.

States and the legal previous states follow Kafka's ``ClassicGroupState`` (the group
coordinator of KIP-848's rewrite keeps the classic protocol's machine unchanged):

* Empty: no members; offsets may still be committed and fetched (simple consumers, admin).
* PreparingRebalance: waiting for every known member to send JoinGroup again.
* CompletingRebalance: the generation is chosen; waiting for the leader's SyncGroup.
* Stable: every member has its assignment; heartbeats keep it alive.
* Dead: deleted (or all offsets expired); kept only until it is dropped from the registry.

``ClassicGroup.transition`` is the one place a state changes; it refuses a move this table
does not allow, so an impossible transition is a loud bug rather than a silent corruption.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["ALLOWED_PREVIOUS", "GroupState", "IllegalTransition"]


class GroupState(StrEnum):
    EMPTY = "Empty"
    PREPARING_REBALANCE = "PreparingRebalance"
    COMPLETING_REBALANCE = "CompletingRebalance"
    STABLE = "Stable"
    DEAD = "Dead"


ALLOWED_PREVIOUS: dict[GroupState, frozenset[GroupState]] = {
    GroupState.EMPTY: frozenset({GroupState.PREPARING_REBALANCE}),
    GroupState.PREPARING_REBALANCE: frozenset(
        {GroupState.STABLE, GroupState.COMPLETING_REBALANCE, GroupState.EMPTY}
    ),
    GroupState.COMPLETING_REBALANCE: frozenset({GroupState.PREPARING_REBALANCE}),
    GroupState.STABLE: frozenset({GroupState.COMPLETING_REBALANCE}),
    GroupState.DEAD: frozenset(GroupState),
}


class IllegalTransition(RuntimeError):
    def __init__(self, group_id: str, current: GroupState, target: GroupState) -> None:
        super().__init__(f"group {group_id!r} cannot move from {current} to {target}")
