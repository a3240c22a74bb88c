"""Hypothesis strategies for the generated messages, built from the generator's own schema model
(scripts/gen_protocol.py), so that every field of every version gets exercised.

Only fields present in the version drawn for get values; the others keep their defaults, which
is what decoding yields for them. ``unknown_tags`` are drawn on flexible versions only, with tag
numbers no schema uses.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import uuid
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from hypothesis import strategies as st

from streamd.protocol._generated import ErrorCode

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "gen_protocol.py"

UNKNOWN_TAGS = st.dictionaries(st.integers(100, 140), st.binary(max_size=6), min_size=1, max_size=2)


@cache
def generator() -> ModuleType:
    """scripts/gen_protocol.py as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("gen_protocol", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_protocol"] = module
    spec.loader.exec_module(module)
    return module


@cache
def messages() -> dict[str, Any]:
    return {m.name: m for m in generator().load_messages()}


def module_of(message_name: str) -> ModuleType:
    return importlib.import_module("streamd.protocol._generated." + generator().snake(message_name))


_INTS = {
    "int8": (-(2**7), 2**7 - 1),
    "int16": (-(2**15), 2**15 - 1),
    "uint16": (0, 2**16 - 1),
    "int32": (-(2**31), 2**31 - 1),
    "uint32": (0, 2**32 - 1),
    "int64": (-(2**63), 2**63 - 1),
}
# Error codes as Kafka sends them (kio models them as an enum and rejects others).
_ERROR_CODES = st.sampled_from(sorted({int(code) for code in ErrorCode}))


def _scalar(elem: str, name: str, realistic: bool) -> st.SearchStrategy[Any]:
    if elem == "bool":
        return st.booleans()
    if elem in _INTS:
        low, high = _INTS[elem]
        if realistic and elem == "int16" and name.endswith("ErrorCode"):
            return _ERROR_CODES
        if realistic and elem in ("int32", "int64") and name.endswith("Ms"):
            # kio reads *Ms fields as int32 timedeltas or as datetimes, which hold neither every
            # int64 nor negative timestamps.
            return st.integers(0, 2**31 - 1)
        return st.integers(low, high)
    if elem == "float64":
        return st.floats(allow_nan=False)
    if elem == "string":
        return st.text(max_size=6)
    if elem in ("bytes", "records"):
        return st.binary(max_size=10)
    if elem == "uuid":
        return st.one_of(st.just(uuid.UUID(int=0)), st.uuids())
    raise AssertionError(elem)


@cache
def instance(message_name: str, version: int, *, realistic: bool = False, unknown_tags: bool = True,
             max_items: int = 2) -> st.SearchStrategy[Any]:
    """Messages of ``message_name`` holding values for every field of ``version``.

    ``realistic`` keeps error codes to known ones and millisecond fields to int32, values the
    kio oracle can represent; otherwise any value the wire type allows.
    """
    message = messages()[message_name]
    module = module_of(message_name)
    flexible = version in message.flexible
    return _struct(message, module, message.name, version, flexible, 0, realistic, unknown_tags and flexible,
                   max_items)


def _struct(message: Any, module: ModuleType, name: str, version: int, flexible: bool, depth: int,
            realistic: bool, unknown_tags: bool, max_items: int) -> st.SearchStrategy[Any]:
    cls = getattr(module, name)
    kwargs: dict[str, st.SearchStrategy[Any]] = {}
    for f in message.structs[name].fields:
        if version not in f.versions:
            continue
        value: st.SearchStrategy[Any]
        if f.struct:
            inner = _struct(message, module, f.struct, version, flexible, depth + 1, realistic, unknown_tags,
                            max_items)
            value = st.lists(inner, max_size=max(0, max_items - depth)) if f.is_array else inner
        elif f.is_array:
            value = st.lists(_scalar(f.elem, f.name, realistic), max_size=3)
        else:
            value = _scalar(f.elem, f.name, realistic)
        if version in f.nullable:
            value = st.one_of(st.none(), value)
        kwargs[f.attr] = value
    if unknown_tags:
        kwargs["unknown_tags"] = st.one_of(st.none(), UNKNOWN_TAGS)
    return st.builds(cls, **kwargs)


def normalise(value: Any) -> Any:
    """Comparable form: memoryviews become bytes, dataclasses (name, dict of fields)."""
    if isinstance(value, memoryview | bytearray):
        return bytes(value)
    if isinstance(value, list | tuple):
        return [normalise(v) for v in value]
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    fields = getattr(value, "__dataclass_fields__", None)
    if fields is not None:
        return type(value).__name__, {k: normalise(getattr(value, k)) for k in fields}
    return value
