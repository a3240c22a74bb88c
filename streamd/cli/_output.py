"""Rendering records and tables for the terminal.

Records print through a kcat-like format string (``--format``) or as JSON lines. Keys and
values are bytes and go out unchanged in the text form; JSON carries them as UTF-8 strings,
or base64 with a ``key_encoding``/``value_encoding`` of ``"base64"`` when they are not UTF-8.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Callable, Sequence

from streamd.client.types import ConsumedRecord

__all__ = [
    "DEFAULT_RECORD_FORMAT",
    "FormatError",
    "RecordFormatter",
    "format_table",
    "kafka_uuid",
    "record_as_json",
]

DEFAULT_RECORD_FORMAT = "%v\\n"


class FormatError(ValueError):
    pass


def _headers_text(record: ConsumedRecord) -> bytes:
    return b",".join(
        name.encode() + b"=" + (value if value is not None else b"") for name, value in record.headers
    )


_FIELDS: dict[str, Callable[[ConsumedRecord], bytes]] = {
    "t": lambda r: r.topic.encode(),
    "p": lambda r: str(r.partition).encode(),
    "o": lambda r: str(r.offset).encode(),
    "k": lambda r: r.key or b"",
    "v": lambda r: r.value or b"",
    "K": lambda r: str(-1 if r.key is None else len(r.key)).encode(),
    "S": lambda r: str(-1 if r.value is None else len(r.value)).encode(),
    "T": lambda r: str(r.timestamp_ms).encode(),
    "h": _headers_text,
}
_ESCAPES = {"n": b"\n", "t": b"\t", "r": b"\r", "0": b"\0", "\\": b"\\"}

Piece = bytes | Callable[[ConsumedRecord], bytes]


class RecordFormatter:
    """A kcat-like format: %t topic, %p partition, %o offset, %k key, %v value, %h headers
    (k=v,...), %T timestamp (ms), %K / %S key / value length (-1 for null), %% a percent sign;
    \\n \\t \\r \\0 \\\\ escapes."""

    def __init__(self, template: str) -> None:
        self._pieces = self._compile(template)

    @staticmethod
    def _compile(template: str) -> list[Piece]:
        pieces: list[Piece] = []
        literal = bytearray()
        i = 0
        while i < len(template):
            char = template[i]
            following = template[i + 1] if i + 1 < len(template) else ""
            if char == "%":
                if following == "%":
                    literal += b"%"
                elif following in _FIELDS:
                    if literal:
                        pieces.append(bytes(literal))
                        literal.clear()
                    pieces.append(_FIELDS[following])
                else:
                    raise FormatError(f"unknown format directive %{following} in {template!r}")
                i += 2
            elif char == "\\" and following in _ESCAPES:
                literal += _ESCAPES[following]
                i += 2
            else:
                literal += char.encode()
                i += 1
        if literal:
            pieces.append(bytes(literal))
        return pieces

    def render(self, record: ConsumedRecord) -> bytes:
        return b"".join(piece if isinstance(piece, bytes) else piece(record) for piece in self._pieces)


def _json_bytes(target: dict[str, object], name: str, data: bytes | None) -> None:
    if data is None:
        target[name] = None
        return
    try:
        target[name] = data.decode("utf-8")
    except UnicodeDecodeError:
        target[name] = base64.b64encode(data).decode("ascii")
        target[f"{name}_encoding"] = "base64"


def record_as_json(record: ConsumedRecord) -> str:
    document: dict[str, object] = {
        "topic": record.topic,
        "partition": record.partition,
        "offset": record.offset,
        "timestamp": record.timestamp_ms,
        "timestamp_type": "LogAppendTime" if record.log_append_time else "CreateTime",
    }
    _json_bytes(document, "key", record.key)
    _json_bytes(document, "value", record.value)
    headers: list[dict[str, object]] = []
    for name, value in record.headers:
        header: dict[str, object] = {"key": name}
        _json_bytes(header, "value", value)
        headers.append(header)
    document["headers"] = headers
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def format_table(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Left-aligned columns separated by two spaces, with a header row."""
    cells = [[str(column) for column in columns], *([str(cell) for cell in row] for row in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(columns))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in cells
    ]
    return "\n".join(lines)


def kafka_uuid(value: uuid.UUID) -> str:
    """A topic id as Kafka's tools print it: URL-safe base64 of the 16 bytes, unpadded."""
    return base64.urlsafe_b64encode(value.bytes).decode("ascii").rstrip("=")
