"""Server-side partition assignors for consumer groups (KIP-848): ``uniform`` and ``range``.

Both are pure functions from (members' subscriptions, topic sizes, previous target) to a new
target assignment, so they are tested without a broker.

* ``uniform`` (Kafka's ``UniformAssignor``) spreads every subscribed partition as evenly as
  the subscriptions allow and is sticky: a member keeps the partitions it had in the previous
  target as long as it stays within its fair share, so a membership change moves as few
  partitions as possible.
* ``range`` (Kafka's ``RangeAssignor``) gives each member, topic by topic, a contiguous range
  of partitions: members subscribed to a topic are sorted by member id and the first
  ``partitions % members`` get one extra. Co-partitioned topics therefore line up.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

__all__ = ["ASSIGNORS", "Assignment", "Assignor", "range_assign", "uniform_assign"]

TopicPartition = tuple[str, int]
Assignment = dict[str, set[TopicPartition]]  # member id -> partitions


class Assignor(Protocol):
    def __call__(
        self,
        subscriptions: Mapping[str, set[str]],
        partitions_per_topic: Mapping[str, int],
        previous: Mapping[str, set[TopicPartition]],
    ) -> Assignment: ...


def _subscribers(subscriptions: Mapping[str, set[str]], partitions_per_topic: Mapping[str, int]) -> dict[str, list[str]]:
    topics: dict[str, list[str]] = {}
    for member_id in sorted(subscriptions):
        for topic in subscriptions[member_id]:
            if partitions_per_topic.get(topic, 0) > 0:
                topics.setdefault(topic, []).append(member_id)
    return topics


def range_assign(
    subscriptions: Mapping[str, set[str]],
    partitions_per_topic: Mapping[str, int],
    previous: Mapping[str, set[TopicPartition]],
) -> Assignment:
    del previous  # ranges are a function of the member ids alone
    result: Assignment = {member_id: set() for member_id in subscriptions}
    for topic, members in sorted(_subscribers(subscriptions, partitions_per_topic).items()):
        count = partitions_per_topic[topic]
        share, extra = divmod(count, len(members))
        start = 0
        for index, member_id in enumerate(members):
            size = share + (1 if index < extra else 0)
            result[member_id].update((topic, p) for p in range(start, start + size))
            start += size
    return result


def uniform_assign(
    subscriptions: Mapping[str, set[str]],
    partitions_per_topic: Mapping[str, int],
    previous: Mapping[str, set[TopicPartition]],
) -> Assignment:
    result: Assignment = {member_id: set() for member_id in subscriptions}
    if not subscriptions:
        return result
    subscribers = _subscribers(subscriptions, partitions_per_topic)
    all_partitions = [(topic, p) for topic in sorted(subscribers) for p in range(partitions_per_topic[topic])]
    # Every member's fair share if the partitions could go anywhere; members whose
    # subscriptions are narrower simply end below it.
    quota, extra = divmod(len(all_partitions), len(subscriptions))
    extra_left = extra
    unassigned: list[TopicPartition] = []
    # 1. Stickiness: keep previous partitions that are still valid, up to the quota (+1 for
    #    as many members as there are leftover partitions).
    kept: dict[TopicPartition, str] = {}
    for member_id in sorted(subscriptions):
        own = sorted(tp for tp in previous.get(member_id, ()) if tp[0] in subscriptions[member_id]
                     and tp[1] < partitions_per_topic.get(tp[0], 0))
        limit = quota
        if len(own) > quota and extra_left > 0:
            limit += 1
            extra_left -= 1
        for tp in own[:limit]:
            if tp not in kept:
                kept[tp] = member_id
                result[member_id].add(tp)
    for tp in all_partitions:
        if tp not in kept:
            unassigned.append(tp)
    # 2. The rest go, one at a time, to the least-loaded subscriber (ties by member id).
    for topic, partition in unassigned:
        candidates = subscribers[topic]
        owner = min(candidates, key=lambda m: (len(result[m]), m))
        result[owner].add((topic, partition))
    return result


ASSIGNORS: dict[str, Assignor] = {"uniform": uniform_assign, "range": range_assign}
