"""The durable file engine (``file:///path``): segments, sparse indexes, crash recovery."""

from streamd.storage.file.engine import FileEngine

__all__ = ["FileEngine"]
