"""The KIP-848 server-side assignors: balance, stickiness and range layout."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from streamd.coordinator.assignors import range_assign, uniform_assign


def test_range_gives_contiguous_ranges_by_member_id() -> None:
    subs = {"b": {"t"}, "a": {"t"}, "c": {"t", "u"}}
    result = range_assign(subs, {"t": 7, "u": 2}, {})
    assert result["a"] == {("t", 0), ("t", 1), ("t", 2)}
    assert result["b"] == {("t", 3), ("t", 4)}
    assert result["c"] == {("t", 5), ("t", 6), ("u", 0), ("u", 1)}


def test_uniform_is_sticky_when_a_member_joins() -> None:
    before = uniform_assign({"a": {"t"}, "b": {"t"}}, {"t": 6}, {})
    after = uniform_assign({"a": {"t"}, "b": {"t"}, "c": {"t"}}, {"t": 6}, before)
    assert sorted(len(p) for p in after.values()) == [2, 2, 2]
    # Each old member only gave partitions away; none moved between a and b.
    assert after["a"] <= before["a"] and after["b"] <= before["b"]


def test_uniform_respects_subscriptions() -> None:
    result = uniform_assign({"a": {"t"}, "b": {"u"}}, {"t": 3, "u": 1}, {})
    assert result == {"a": {("t", 0), ("t", 1), ("t", 2)}, "b": {("u", 0)}}


@settings(max_examples=200, deadline=None)
@given(
    members=st.integers(1, 6),
    partitions=st.integers(0, 20),
    previous_members=st.integers(0, 6),
)
def test_uniform_assigns_each_partition_once_and_balances(members: int, partitions: int, previous_members: int) -> None:
    subs = {f"m{i}": {"t"} for i in range(members)}
    previous = uniform_assign({f"m{i}": {"t"} for i in range(previous_members)}, {"t": partitions}, {})
    result = uniform_assign(subs, {"t": partitions}, previous)
    owned = [tp for assigned in result.values() for tp in assigned]
    assert sorted(owned) == [("t", p) for p in range(partitions)]
    sizes = [len(p) for p in result.values()]
    assert max(sizes) - min(sizes) <= 1
