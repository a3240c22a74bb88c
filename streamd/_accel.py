"""The one switch between native (Cython) and pure-Python hot paths.

``streamd_native`` is an optional extension built when a compiler is present; everything else
imports these names from here, never from ``streamd_native`` directly. ``STREAMD_NO_NATIVE=1``
forces pure Python (as aiokafka's AIOKAFKA_NO_EXTENSIONS does), and the test suite runs both.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from typing import Any

from crc32c import crc32c as _crc32c

from streamd.records import _pure

__all__ = ["NATIVE", "crc32c", "decode_records", "implementations", "parse_header_fields", "read_varint"]


def crc32c(data: bytes | bytearray | memoryview) -> int:
    """CRC-32C (Castagnoli) as used by record batch v2, hardware-accelerated by ``crc32c``."""
    return _crc32c(data)


def _load_native() -> Any | None:
    if os.environ.get("STREAMD_NO_NATIVE", "") not in ("", "0"):
        return None
    try:
        return importlib.import_module("streamd_native._records")
    except ImportError:
        return None


_native = _load_native()
NATIVE = _native is not None

parse_header_fields: Callable[..., tuple[int, ...]] = (
    _native.parse_header_fields if _native is not None else _pure.parse_header_fields
)
read_varint: Callable[..., tuple[int, int]] = _native.read_varint if _native is not None else _pure.read_varint
decode_records: Callable[..., list[Any]] = (
    _native.decode_records if _native is not None else _pure.decode_records
)


def implementations() -> dict[str, Any]:
    """Both implementations by name, for tests that check one against the other."""
    found: dict[str, Any] = {"pure": _pure}
    try:
        found["native"] = importlib.import_module("streamd_native._records")
    except ImportError:
        pass
    return found
