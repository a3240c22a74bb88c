"""Hypothesis strategies for generated messages, built from the same schema model as the
generator (scripts/gen_protocol.py), so every field of every version is exercised."""

from __future__ import annotations

import importlib
import importlib.util
import sys
import uuid
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "gen_protocol.py"


@cache
def generator() -> Any:
    spec = importlib.util.spec_from_file_location("gen_protocol", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_protocol"] = module
    spec.loader.exec_module(module)
    return module


@cache
def messages() -> dict[str, Any]:
    gen = generator()
    resources = importlib.resources.files("kafka.protocol.schemas") / "resources"  # type: ignore[attr-defined]
    found = {}
    for path in resources.iterdir():
        if path.name.endswith(".json"):
            message = gen.build_message(gen.load_schema(path))
            found[message.name] = message
    return found


_INTS = {"int8": (-(2**7), 2**7 - 1), "int16": (-(2**15), 2**15 - 1), "uint16": (0, 2**16 - 1),
         "int32": (-(2**31), 2**31 - 1), "uint32": (0, 2**32 - 1), "int64": (-(2**63), 2**63 - 1)}


def _scalar(elem: str) -> st.SearchStrategy[Any]:
    if elem == "bool":
        return st.booleans()
    if elem in _INTS:
        low, high = _INTS[elem]
        return st.integers(low, high)
    if elem == "float64":
        return st.floats(allow_nan=False)
    if elem == "string":
        return st.text(max_size=8)
    if elem in ("bytes", "records"):
        return st.binary(max_size=12)
    if elem == "uuid":
        return st.uuids()
    raise AssertionError(elem)


def instance(message_name: str, version: int, depth: int = 0) -> st.SearchStrategy[Any]:
    message = messages()[message_name]
    module = importlib.import_module("streamd.protocol._generated." + generator().snake(message.name))
    flexible = version in message.flexible
    return _struct(message, module, message.name, version, flexible, depth)


def _struct(message: Any, module: Any, name: str, version: int, flexible: bool, depth: int) -> st.SearchStrategy[Any]:
    cls = getattr(module, name)
    struct = message.structs[name]
    kwargs: dict[str, st.SearchStrategy[Any]] = {}
    for f in struct.fields:
        if version not in f.versions:
            continue
        nullable = version in f.nullable
        if f.is_array:
            if f.struct:
                inner = _struct(message, module, f.struct, version, flexible, depth + 1) if depth < 3 else st.nothing()
            else:
                inner = _scalar(f.element)
            value: st.SearchStrategy[Any] = st.lists(inner, max_size=2 if depth < 3 else 0)
        elif f.struct:
            value = _struct(message, module, f.struct, version, flexible, depth + 1)
        else:
            value = _scalar(f.element)
        if nullable and f.element not in ("uuid",) and not (f.struct and not f.is_array and not nullable):
            value = st.one_of(st.none(), value)
        kwargs[f.attr] = value
    return st.builds(cls, **kwargs)


def normalise(value: Any) -> Any:
    """Compare decoded and original values: memoryviews become bytes, dataclasses dicts."""
    if isinstance(value, memoryview):
        return bytes(value)
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {k: normalise(getattr(value, k)) for k in value.__dataclass_fields__ if k != "unknown_tags"}
    if isinstance(value, uuid.UUID):
        return value
    return value
