"""Independent codecs used as test oracles (dev dependencies only, never imported by streamd):
kafka-python 3.0.12 (``kafka.protocol``, schema-driven classes, one per message) and kio 0.6.5
(``kio.schema.<api>.v<N>.<request|response|header|data>``, one class per message and version,
encoded and decoded through ``kio.serial``).

Each oracle decodes streamd's bytes and encodes its result again; the bytes must come back
identical. kafka-python's decoded values are also compared field by field with streamd's.
"""

from __future__ import annotations

import importlib
import inspect
import io
import pkgutil
import uuid
from functools import cache
from typing import Any

from tests.protocol.schema_strategies import generator, messages


# -- kafka-python 3.0.12 ------------------------------------------------------------------------
@cache
def kafka_python_classes() -> dict[str, Any]:
    """Message name -> kafka-python class (ApiMessage, ApiData or ApiHeader subclass)."""
    import kafka.protocol as kp
    from kafka.protocol.api_data import ApiData
    from kafka.protocol.api_header import RequestHeader, ResponseHeader
    from kafka.protocol.api_message import ApiMessage

    found: dict[str, Any] = {"RequestHeader": RequestHeader, "ResponseHeader": ResponseHeader}
    for info in pkgutil.walk_packages(kp.__path__, "kafka.protocol."):
        if ".old" in info.name or ".schemas" in info.name or "generate_stubs" in info.name:
            continue
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            schema = getattr(cls, "_json", None)
            if issubclass(cls, ApiMessage | ApiData) and schema:
                found.setdefault(schema["name"], cls)
    return found


def kafka_python_decode(message_name: str, raw: bytes, version: int) -> Any:
    cls = kafka_python_classes()[message_name]
    if message_name in ("RequestHeader", "ResponseHeader"):
        # kafka-python picks the header version from flexibility: request v1/v2, response v0/v1.
        return cls.decode(io.BytesIO(raw), flexible=version == cls._flexible_versions[0])
    return cls.decode(raw, version=version, header=False)


def kafka_python_encode(message_name: str, decoded: Any, version: int) -> bytes:
    if message_name in ("RequestHeader", "ResponseHeader"):
        return bytes(decoded.encode(flexible=version == decoded._flexible_versions[0]))
    if decoded._json["type"] == "data":
        return bytes(decoded.encode(version=version, header=False))
    if getattr(decoded, "_header", None) is None:
        # Decoded instances skip __init__, so ``_header`` is unset; DeleteTopicsRequest.encode
        # reads it through the API_VERSION setter (a kafka-python quirk, not a wire matter).
        decoded._header = None
    return bytes(decoded.encode(version=version, header=False))


def kafka_python_differences(message_name: str, ours: Any, theirs: Any, version: int) -> list[str]:
    """Fields of ``ours`` present in ``version`` whose value kafka-python decoded differently.

    Tolerated: attributes kafka-python renames through ``json_patch`` (authorized operations
    become a bitfield set), None where kafka-python leaves a default struct or UUID unset, and
    ``records``/``bytes`` it may hand back as str.
    """
    model = messages()[message_name]
    out: list[str] = []

    def walk(struct_name: str, a: Any, b: Any, path: str) -> None:
        if b is None:
            return
        for f in model.structs[struct_name].fields:
            if version not in f.versions or not hasattr(b, f.attr) or f.name.endswith("AuthorizedOperations"):
                continue  # kafka-python decodes authorized operations into a bitfield set (or None)
            x, y = getattr(a, f.attr), getattr(b, f.attr)
            where = f"{path}.{f.attr}"
            if f.is_array and x is not None:
                if y is None or len(x) != len(y):
                    out.append(f"{where}: {x!r} != {y!r}")
                    continue
                for i, (xi, yi) in enumerate(zip(x, y, strict=True)):
                    if f.struct:
                        walk(f.struct, xi, yi, f"{where}[{i}]")
                    elif xi != yi:
                        out.append(f"{where}[{i}]: {xi!r} != {yi!r}")
            elif f.struct and x is not None:
                walk(f.struct, x, y, where)
            elif f.elem in ("bytes", "records"):
                if x is not None and y is not None and not isinstance(y, str) and bytes(x) != bytes(y):
                    out.append(f"{where}: {bytes(x)!r} != {bytes(y)!r}")
            elif f.elem == "uuid":
                if not (x == y or (y is None and x == uuid.UUID(int=0))):
                    out.append(f"{where}: {x!r} != {y!r}")
            elif x != y:
                out.append(f"{where}: {x!r} != {y!r}")

    walk(message_name, ours, theirs, message_name)
    return out


# -- kio 0.6.5 ----------------------------------------------------------------------------------
@cache
def kio_class(message_name: str, version: int) -> Any | None:
    model = messages()[message_name]
    snake = generator().snake
    if model.kind in ("request", "response"):
        path = f"kio.schema.{snake(message_name.removesuffix(model.kind.capitalize()))}.v{version}.{model.kind}"
    elif model.kind == "header":
        path = f"kio.schema.{snake(message_name)}.v{version}.header"
    else:
        path = f"kio.schema.{snake(message_name)}.v{version}.data"
    try:
        return getattr(importlib.import_module(path), message_name)
    except (ImportError, AttributeError):
        return None


def kio_reencode(cls: Any, raw: bytes) -> tuple[bytes, int]:
    """kio's decoding of ``raw`` encoded again by kio, and where its decoder stopped."""
    from kio.serial import entity_reader, entity_writer

    entity, end = entity_reader(cls)(memoryview(raw), 0)
    out = io.BytesIO()
    entity_writer(cls)(out, entity)
    return out.getvalue(), end


def has_unknown_tags(value: Any) -> bool:
    if isinstance(value, list):
        return any(has_unknown_tags(v) for v in value)
    fields = getattr(value, "__dataclass_fields__", None)
    if fields is None:
        return False
    return bool(value.unknown_tags) or any(has_unknown_tags(getattr(value, k)) for k in fields)
