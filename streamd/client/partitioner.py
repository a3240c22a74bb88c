"""Choosing a partition for a record, compatible with the Java client's default partitioner.

Keyed records go to ``toPositive(murmur2(key)) % partitions`` (Kafka's ``Utils.murmur2``, seed
0x9747b28c), so a key lands on the same partition whichever client wrote it. Keyless records
stick to one partition chosen at random, as the Java sticky partitioner does per batch.
"""

from __future__ import annotations

import random

__all__ = ["KeyPartitioner", "murmur2"]

_SEED = 0x9747B28C
_M = 0x5BD1E995
_MASK = 0xFFFFFFFF


def murmur2(data: bytes) -> int:
    """Kafka's 32-bit murmur2 hash, as a signed int32 like Java's."""
    length = len(data)
    h = (_SEED ^ length) & _MASK
    whole = length - length % 4
    for i in range(0, whole, 4):
        k = int.from_bytes(data[i : i + 4], "little")
        k = (k * _M) & _MASK
        k ^= k >> 24
        k = (k * _M) & _MASK
        h = (h * _M) & _MASK
        h ^= k
    tail = length % 4
    if tail == 3:
        h ^= data[whole + 2] << 16
    if tail >= 2:
        h ^= data[whole + 1] << 8
    if tail >= 1:
        h ^= data[whole]
        h = (h * _M) & _MASK
    h ^= h >> 13
    h = (h * _M) & _MASK
    h ^= h >> 15
    return h - (1 << 32) if h & 0x80000000 else h


class KeyPartitioner:
    def __init__(self, num_partitions: int, rng: random.Random | None = None) -> None:
        if num_partitions < 1:
            raise ValueError("a topic has at least one partition")
        self.num_partitions = num_partitions
        self._sticky = (rng or random.Random()).randrange(num_partitions)

    def partition_for(self, key: bytes | None) -> int:
        if key is None:
            return self._sticky
        return (murmur2(key) & 0x7FFFFFFF) % self.num_partitions
