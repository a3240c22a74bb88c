#!/usr/bin/env python3
"""Generate streamd/protocol/_generated/ from Apache Kafka's JSON message schemas.

The schemas are read at generation time from the installed kafka-python 3.0.12 wheel
(``kafka.protocol.schemas/resources``, Apache-2.0); nothing of them is copied into the repo.
For every message whose ``listeners`` include ``broker`` (plus the consumer-protocol data
messages) this writes one module with:

* one version-independent ``@dataclass(slots=True)`` per struct, holding the fields of every
  version with their schema defaults, plus ``unknown_tags`` for tagged fields it did not know;
* straight-line ``_read_<Struct>_v<N>`` / ``_write_<Struct>_v<N>`` functions per version, with
  consecutive fixed-width fields packed by one precompiled ``struct.Struct``;
* ``read(buf, pos, version)`` and ``write(obj, version) -> list of chunks``; a ``records``
  value is appended to the chunk list as it is (zero copy).

Usage: ``python scripts/gen_protocol.py [--out DIR]``. The output is deterministic; a test
regenerates it into a temporary directory and fails on any difference.
"""

from __future__ import annotations

import argparse
import importlib.resources
import json
import keyword
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HEADER = "# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.\n"
REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "streamd" / "protocol" / "_generated"
DATA_MESSAGES = {"ConsumerProtocolSubscription", "ConsumerProtocolAssignment"}
NONE_VERSION = 1_000

FIXED = {"bool": ("?", 1), "int8": ("b", 1), "int16": ("h", 2), "uint16": ("H", 2), "int32": ("i", 4),
         "uint32": ("I", 4), "int64": ("q", 8), "float64": ("d", 8)}

# kafka-python names a few errors differently from Kafka's Errors.java; handlers use Kafka's.
ERROR_RENAMES = {0: "NONE", -1: "UNKNOWN_SERVER_ERROR", 6: "NOT_LEADER_OR_FOLLOWER", 10: "MESSAGE_TOO_LARGE",
                 17: "INVALID_TOPIC_EXCEPTION", 39: "INVALID_REPLICA_ASSIGNMENT"}


# -- schema model -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Versions:
    low: int
    high: int  # inclusive; NONE_VERSION-1 for open-ended

    @classmethod
    def parse(cls, text: str | None) -> Versions:
        if text is None or text == "none":
            return cls(NONE_VERSION, -1)
        if text.endswith("+"):
            return cls(int(text[:-1]), NONE_VERSION - 1)
        if "-" in text:
            low, high = text.split("-")
            return cls(int(low), int(high))
        return cls(int(text), int(text))

    def __contains__(self, version: int) -> bool:
        return self.low <= version <= self.high


@dataclass
class Field:
    name: str
    attr: str
    type: str
    versions: Versions
    nullable: Versions
    tagged: Versions | None
    tag: int | None
    default: Any
    flexible_override_none: bool
    struct: str | None = None  # struct type name for struct and []struct fields

    @property
    def is_array(self) -> bool:
        return self.type.startswith("[]")

    @property
    def element(self) -> str:
        return self.type[2:] if self.is_array else self.type


@dataclass
class Struct:
    name: str
    fields: list[Field]


@dataclass
class Message:
    name: str
    api_key: int | None
    kind: str
    valid: Versions
    flexible: Versions
    unstable_latest: bool
    structs: dict[str, Struct] = field(default_factory=dict)


def snake(name: str) -> str:
    text = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text).lower()
    return text + "_" if keyword.iskeyword(text) else text


def load_schema(path: Any) -> dict[str, Any]:
    lines = [line for line in path.read_text().splitlines() if not line.strip().startswith("//")]
    return json.loads("\n".join(lines))  # type: ignore[no-any-return]


def parse_default(ftype: str, raw: Any, nullable_somewhere: bool) -> Any:
    if ftype.startswith("[]"):
        return None if raw == "null" else []
    if raw is None:
        if ftype in FIXED:
            return False if ftype == "bool" else (0.0 if ftype == "float64" else 0)
        if ftype == "string":
            return ""
        if ftype == "bytes":
            return b""
        if ftype == "records":
            return None
        if ftype == "uuid":
            return "ZERO_UUID"
        return "STRUCT"
    if raw == "null":
        return None
    if ftype == "bool":
        return raw is True or raw == "true"
    if ftype == "float64":
        return float(raw)
    if ftype in FIXED:
        text = str(raw)
        return int(text, 16) if text.lower().startswith(("0x", "-0x")) else int(text)
    if ftype == "string":
        return str(raw)
    return raw


def build_message(schema: dict[str, Any]) -> Message:
    message = Message(
        name=schema["name"],
        api_key=schema.get("apiKey"),
        kind=schema["type"],
        valid=Versions.parse(schema["validVersions"]),
        flexible=Versions.parse(schema.get("flexibleVersions", "none")),
        unstable_latest=bool(schema.get("latestVersionUnstable", False)),
    )
    common = {c["name"]: c for c in schema.get("commonStructs", [])}

    def add_struct(name: str, raw_fields: list[dict[str, Any]]) -> None:
        if name in message.structs:
            return
        struct = Struct(name, [])
        message.structs[name] = struct
        for raw in raw_fields:
            ftype = raw["type"]
            element = ftype[2:] if ftype.startswith("[]") else ftype
            nullable = Versions.parse(raw.get("nullableVersions"))
            tag = raw.get("tag")
            f = Field(
                name=raw["name"],
                attr=snake(raw["name"]),
                type=ftype,
                versions=Versions.parse(raw["versions"]),
                nullable=nullable,
                tagged=Versions.parse(raw["taggedVersions"]) if "taggedVersions" in raw else None,
                tag=int(tag) if tag is not None else None,
                default=parse_default(ftype, raw.get("default"), nullable.low < NONE_VERSION),
                flexible_override_none=raw.get("flexibleVersions") == "none",
            )
            if element not in FIXED and element not in ("string", "bytes", "records", "uuid"):
                f.struct = element
                if "fields" in raw:
                    add_struct(element, raw["fields"])
                elif element in common:
                    add_struct(element, common[element]["fields"])
                else:
                    raise SystemExit(f"{message.name}: unknown struct type {element}")
            struct.fields.append(f)

    add_struct(message.name, schema["fields"])
    for name, raw in common.items():
        add_struct(name, raw["fields"])
    return message


# -- code emission ------------------------------------------------------------------------------
class Emitter:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.structs: dict[str, str] = {}

    def line(self, indent: int, text: str = "") -> None:
        self.lines.append("    " * indent + text if text else "")

    def fixed_struct(self, fmt: str) -> str:
        name = self.structs.get(fmt)
        if name is None:
            name = self.structs[fmt] = f"_S{len(self.structs)}"
        return name


def field_default_expr(f: Field) -> str:
    if f.is_array:
        return "None" if f.default is None else "field(default_factory=list)"
    d = f.default
    if d == "ZERO_UUID":
        return "ZERO_UUID"
    if d == "STRUCT":
        return "None" if f.nullable.low < NONE_VERSION and f.default is None else f"field(default_factory={f.struct})"
    return repr(d)


def annotation(f: Field) -> str:
    base = {"bool": "bool", "float64": "float", "string": "str", "bytes": "bytes", "records": "Any",
            "uuid": "uuid.UUID"}.get(f.element, "int" if f.element in FIXED else f.struct or "Any")
    if f.is_array:
        base = f"list[{base}]"
    nullable = f.nullable.low < NONE_VERSION or f.default is None
    return f"{base} | None" if nullable and f.element != "records" else base


def present(f: Field, version: int) -> bool:
    return version in f.versions


def is_tagged(f: Field, version: int, flexible: bool) -> bool:
    return flexible and f.tagged is not None and version in f.tagged


def emit_dataclasses(em: Emitter, message: Message) -> None:
    # Emit dependencies first so default_factory names resolve.
    emitted: set[str] = set()

    def emit(name: str) -> None:
        if name in emitted:
            return
        emitted.add(name)
        struct = message.structs[name]
        for f in struct.fields:
            if f.struct and f.struct != name:
                emit(f.struct)
        em.line(0, "@dataclass(slots=True)")
        em.line(0, f"class {name}:")
        for f in struct.fields:
            em.line(1, f"{f.attr}: {annotation(f)} = {field_default_expr(f)}")
        em.line(1, "unknown_tags: dict[int, bytes] | None = None")
        em.line(0)
        em.line(0)

    for name in sorted(message.structs):
        emit(name)


def used_structs(message: Message, version: int) -> list[str]:
    seen: list[str] = []

    def walk(name: str) -> None:
        if name in seen:
            return
        seen.append(name)
        for f in message.structs[name].fields:
            if f.struct and present(f, version):
                walk(f.struct)

    walk(message.name)
    return seen


def emit_reader(em: Emitter, message: Message, struct: Struct, version: int) -> None:
    flexible = version in message.flexible
    em.line(0, f"def _read_{struct.name}_v{version}(buf: memoryview, pos: int) -> tuple[{struct.name}, int]:")
    regular = [f for f in struct.fields if present(f, version) and not is_tagged(f, version, flexible)]
    tagged = [f for f in struct.fields if present(f, version) and is_tagged(f, version, flexible)]
    assigned: list[str] = []
    i = 0
    while i < len(regular):
        f = regular[i]
        if not f.is_array and f.element in FIXED:
            group = []
            while i < len(regular) and not regular[i].is_array and regular[i].element in FIXED:
                group.append(regular[i])
                i += 1
            fmt = ">" + "".join(FIXED[g.element][0] for g in group)
            size = sum(FIXED[g.element][1] for g in group)
            sname = em.fixed_struct(fmt)
            names = ", ".join(f"v_{g.attr}" for g in group)
            em.line(1, f"{names}{',' if len(group) == 1 else ''} = {sname}.unpack_from(buf, pos)")
            em.line(1, f"pos += {size}")
            assigned += [g.attr for g in group]
            continue
        emit_read_value(em, message, f, version, flexible, f"v_{f.attr}", 1)
        assigned.append(f.attr)
        i += 1
    em.line(1, "unknown = None")
    if flexible:
        if tagged:
            for f in tagged:
                em.line(1, f"v_{f.attr} = {default_value_expr(f)}")
            em.line(1, "count, pos = read_uvarint(buf, pos)")
            em.line(1, "for _ in range(count):")
            em.line(2, "tag, pos = read_uvarint(buf, pos)")
            em.line(2, "size, pos = read_uvarint(buf, pos)")
            em.line(2, "end = check_length(buf, pos, size)")
            first = True
            for f in tagged:
                em.line(2, f"{'if' if first else 'elif'} tag == {f.tag}:")
                first = False
                em.line(3, "sub = buf[:end]")
                emit_read_value(em, message, f, version, flexible, f"v_{f.attr}", 3, buf_name="sub")
                em.line(3, "if pos != end:")
                em.line(4, f"raise DecodeError('tagged field {f.name} has the wrong size')")
            em.line(2, "else:")
            em.line(3, "if unknown is None:")
            em.line(4, "unknown = {}")
            em.line(3, "unknown[tag] = bytes(buf[pos:end])")
            em.line(3, "pos = end")
            assigned += [f.attr for f in tagged]
        else:
            # Almost every tag section is the single byte 0: skip it without a call.
            em.line(1, "if buf[pos] == 0:")
            em.line(2, "pos += 1")
            em.line(1, "else:")
            em.line(2, "unknown, pos = skip_tags(buf, pos, unknown)")
    args = ", ".join(f"{a}=v_{a}" for a in assigned)
    em.line(1, f"return {struct.name}({args}{', ' if args else ''}unknown_tags=unknown), pos")
    em.line(0)
    em.line(0)


def default_value_expr(f: Field) -> str:
    if f.is_array:
        return "None" if f.default is None else "[]"
    if f.default == "STRUCT":
        return f"{f.struct}()" if f.struct else "None"
    if f.default == "ZERO_UUID":
        return "ZERO_UUID"
    return repr(f.default)


def emit_read_value(em: Emitter, message: Message, f: Field, version: int, flexible: bool, target: str,
                    ind: int, buf_name: str = "buf") -> None:
    b = buf_name
    nullable = version in f.nullable
    compact = flexible and not f.flexible_override_none
    if f.is_array:
        if compact:
            emit_uvarint_minus_one(em, b, ind)
        else:
            em.line(ind, f"(n,) = I32.unpack_from({b}, pos)")
            em.line(ind, "pos += 4")
        em.line(ind, "if n < 0:")
        if nullable:
            em.line(ind + 1, f"{target} = None")
        else:
            em.line(ind + 1, f"raise DecodeError('non-nullable field {f.name} was null')")
        em.line(ind, "else:")
        em.line(ind + 1, f"if n > len({b}) - pos:")
        em.line(ind + 2, "check_count(" + b + ", pos, n)")
        elem = f.element
        if f.struct:
            em.line(ind + 1, f"{target} = []")
            em.line(ind + 1, "for _ in range(n):")
            em.line(ind + 2, f"item, pos = _read_{f.struct}_v{version}({b}, pos)")
            em.line(ind + 2, f"{target}.append(item)")
        elif elem in FIXED:
            fmt, size = FIXED[elem]
            em.line(ind + 1, f"{target} = list(struct.unpack_from('>%d{fmt}' % n, {b}, pos))")
            em.line(ind + 1, f"pos += {size} * n")
        else:
            em.line(ind + 1, f"{target} = []")
            em.line(ind + 1, "for _ in range(n):")
            emit_read_scalar(em, elem, False, compact, "item", ind + 2, b, f.name)
            em.line(ind + 2, f"{target}.append(item)")
        return
    if f.struct:
        if nullable:
            em.line(ind, f"(marker,) = I8.unpack_from({b}, pos)")
            em.line(ind, "pos += 1")
            em.line(ind, "if marker < 0:")
            em.line(ind + 1, f"{target} = None")
            em.line(ind, "else:")
            em.line(ind + 1, f"{target}, pos = _read_{f.struct}_v{version}({b}, pos)")
        else:
            em.line(ind, f"{target}, pos = _read_{f.struct}_v{version}({b}, pos)")
        return
    if f.element in FIXED:
        fmt, size = FIXED[f.element]
        sname = em.fixed_struct(">" + fmt)
        em.line(ind, f"({target},) = {sname}.unpack_from({b}, pos)")
        em.line(ind, f"pos += {size}")
        return
    emit_read_scalar(em, f.element, nullable, compact, target, ind, b, f.name)


def emit_uvarint_minus_one(em: Emitter, b: str, ind: int) -> None:
    """A compact length (uvarint N+1) into ``n``, with the one-byte case inline."""
    em.line(ind, f"n = {b}[pos]")
    em.line(ind, "if n < 0x80:")
    em.line(ind + 1, "pos += 1")
    em.line(ind, "else:")
    em.line(ind + 1, f"n, pos = read_uvarint({b}, pos)")
    em.line(ind, "n -= 1")


def emit_read_scalar(em: Emitter, elem: str, nullable: bool, compact: bool, target: str, ind: int, b: str,
                     fname: str) -> None:
    if elem == "uuid":
        em.line(ind, f"end = check_length({b}, pos, 16)")
        em.line(ind, f"{target} = uuid.UUID(bytes=bytes({b}[pos:end]))")
        em.line(ind, "pos = end")
        return
    if compact:
        emit_uvarint_minus_one(em, b, ind)
    elif elem == "string":
        em.line(ind, f"(n,) = I16.unpack_from({b}, pos)")
        em.line(ind, "pos += 2")
    else:
        em.line(ind, f"(n,) = I32.unpack_from({b}, pos)")
        em.line(ind, "pos += 4")
    em.line(ind, "if n < 0:")
    if nullable:
        em.line(ind + 1, f"{target} = None")
    else:
        em.line(ind + 1, f"raise DecodeError('non-nullable field {fname} was null')")
    em.line(ind, "else:")
    em.line(ind + 1, f"end = check_length({b}, pos, n)")
    if elem == "string":
        em.line(ind + 1, f"{target} = str({b}[pos:end], 'utf-8')")
    elif elem == "bytes":
        em.line(ind + 1, f"{target} = bytes({b}[pos:end])")
    else:  # records: zero copy
        em.line(ind + 1, f"{target} = {b}[pos:end]")
    em.line(ind + 1, "pos = end")


def emit_writer(em: Emitter, message: Message, struct: Struct, version: int) -> None:
    flexible = version in message.flexible
    em.line(0, f"def _write_{struct.name}_v{version}(o: {struct.name}, out: bytearray, chunks: list[Any]) -> None:")
    regular = [f for f in struct.fields if present(f, version) and not is_tagged(f, version, flexible)]
    tagged = sorted((f for f in struct.fields if present(f, version) and is_tagged(f, version, flexible)),
                    key=lambda f: f.tag or 0)
    i = 0
    body = False
    while i < len(regular):
        f = regular[i]
        if not f.is_array and f.element in FIXED:
            group = []
            while i < len(regular) and not regular[i].is_array and regular[i].element in FIXED:
                group.append(regular[i])
                i += 1
            fmt = ">" + "".join(FIXED[g.element][0] for g in group)
            sname = em.fixed_struct(fmt)
            em.line(1, f"out += {sname}.pack({', '.join('o.' + g.attr for g in group)})")
            body = True
            continue
        emit_write_value(em, f, version, flexible, f"o.{f.attr}", 1, "out")
        body = True
        i += 1
    if flexible:
        if tagged:
            em.line(1, "tags: list[tuple[int, bytes]] = []")
            for f in tagged:
                em.line(1, f"if o.{f.attr} != {default_value_expr(f)}:")
                em.line(2, "tb = bytearray()")
                emit_write_value(em, f, version, flexible, f"o.{f.attr}", 2, "tb")
                em.line(2, f"tags.append(({f.tag}, bytes(tb)))")
            em.line(1, "if o.unknown_tags:")
            em.line(2, "tags.extend(o.unknown_tags.items())")
            em.line(2, "tags.sort()")
            em.line(1, "write_uvarint(out, len(tags))")
            em.line(1, "for tag, data in tags:")
            em.line(2, "write_uvarint(out, tag)")
            em.line(2, "write_uvarint(out, len(data))")
            em.line(2, "out += data")
        else:
            em.line(1, "if o.unknown_tags:")
            em.line(2, "tags = sorted(o.unknown_tags.items())")
            em.line(2, "write_uvarint(out, len(tags))")
            em.line(2, "for tag, data in tags:")
            em.line(3, "write_uvarint(out, tag)")
            em.line(3, "write_uvarint(out, len(data))")
            em.line(3, "out += data")
            em.line(1, "else:")
            em.line(2, "out.append(0)")
        body = True
    if not body:
        em.line(1, "pass")
    em.line(0)
    em.line(0)


def emit_write_value(em: Emitter, f: Field, version: int, flexible: bool, value: str, ind: int, out: str) -> None:
    nullable = version in f.nullable
    compact = flexible and not f.flexible_override_none
    if f.is_array:
        em.line(ind, f"items = {value}")
        em.line(ind, "if items is None:")
        if nullable:
            em.line(ind + 1, f"{out}.append(0)" if compact else f"{out} += b'\\xff\\xff\\xff\\xff'")
        else:
            em.line(ind + 1, f"raise ValueError('non-nullable field {f.name} is None')")
        em.line(ind, "else:")
        if compact:
            em.line(ind + 1, "n = len(items) + 1")
            em.line(ind + 1, f"{out}.append(n) if n < 0x80 else write_uvarint({out}, n)")
        else:
            em.line(ind + 1, f"{out} += I32.pack(len(items))")
        elem = f.element
        if f.struct:
            em.line(ind + 1, "for item in items:")
            em.line(ind + 2, f"_write_{f.struct}_v{version}(item, {out}, chunks)")
        elif elem in FIXED:
            fmt = FIXED[elem][0]
            em.line(ind + 1, f"{out} += struct.pack('>%d{fmt}' % len(items), *items)")
        else:
            em.line(ind + 1, "for item in items:")
            emit_write_scalar(em, elem, False, compact, "item", ind + 2, out, f.name)
        return
    if f.struct:
        if nullable:
            em.line(ind, f"if {value} is None:")
            em.line(ind + 1, f"{out} += b'\\xff'")
            em.line(ind, "else:")
            em.line(ind + 1, f"{out} += b'\\x01'")
            em.line(ind + 1, f"_write_{f.struct}_v{version}({value}, {out}, chunks)")
        else:
            em.line(ind, f"_write_{f.struct}_v{version}({value}, {out}, chunks)")
        return
    if f.element in FIXED:
        sname = em.fixed_struct(">" + FIXED[f.element][0])
        em.line(ind, f"{out} += {sname}.pack({value})")
        return
    emit_write_scalar(em, f.element, nullable, compact, value, ind, out, f.name)


def emit_write_scalar(em: Emitter, elem: str, nullable: bool, compact: bool, value: str, ind: int, out: str,
                      fname: str) -> None:
    if elem == "uuid":
        em.line(ind, f"{out} += {value}.bytes")
        return
    em.line(ind, f"v = {value}")
    em.line(ind, "if v is None:")
    if nullable:
        if compact:
            em.line(ind + 1, f"{out}.append(0)")
        elif elem == "string":
            em.line(ind + 1, f"{out} += b'\\xff\\xff'")
        else:
            em.line(ind + 1, f"{out} += b'\\xff\\xff\\xff\\xff'")
    else:
        em.line(ind + 1, f"raise ValueError('non-nullable field {fname} is None')")
    em.line(ind, "else:")
    if elem == "string":
        em.line(ind + 1, "raw = v.encode('utf-8')")
        length = "len(raw)"
    else:
        em.line(ind + 1, "raw = v")
        length = "len(raw)"
    if compact:
        em.line(ind + 1, f"n = {length} + 1")
        em.line(ind + 1, f"{out}.append(n) if n < 0x80 else write_uvarint({out}, n)")
    elif elem == "string":
        em.line(ind + 1, f"{out} += I16.pack({length})")
    else:
        em.line(ind + 1, f"{out} += I32.pack({length})")
    if elem == "records":
        # Zero copy: close the current chunk and hand the records object over as it is.
        em.line(ind + 1, f"chunks.append(bytes({out}))")
        em.line(ind + 1, f"del {out}[:]")
        em.line(ind + 1, "chunks.append(raw)")
    else:
        em.line(ind + 1, f"{out} += raw")


def module_name(message: Message) -> str:
    return snake(message.name)


def generate_module(message: Message) -> str:
    em = Emitter()
    versions = [v for v in range(message.valid.low, message.valid.high + 1)]
    body = Emitter()
    body.structs = em.structs
    emit_dataclasses(body, message)
    for version in versions:
        for name in used_structs(message, version):
            emit_reader(body, message, message.structs[name], version)
            emit_writer(body, message, message.structs[name], version)
    top = message.name
    body.line(0, f"_READERS = {{{', '.join(f'{v}: _read_{top}_v{v}' for v in versions)}}}")
    body.line(0, f"_WRITERS = {{{', '.join(f'{v}: _write_{top}_v{v}' for v in versions)}}}")
    body.line(0, f"MIN_VERSION = {message.valid.low}")
    body.line(0, f"MAX_VERSION = {message.valid.high}")
    body.line(0, f"FLEXIBLE_MIN = {message.flexible.low if message.flexible.low < NONE_VERSION else NONE_VERSION}")
    body.line(0)
    body.line(0)
    body.line(0, f"def read(buf: memoryview, pos: int, version: int) -> tuple[{top}, int]:")
    body.line(1, "reader = _READERS.get(version)")
    body.line(1, "if reader is None:")
    body.line(2, f"raise UnsupportedVersionError('{top} has no version %d' % version)")
    body.line(1, "try:")
    body.line(2, "return reader(buf, pos)")
    body.line(1, "except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:")
    body.line(2, "if isinstance(exc, DecodeError):")
    body.line(3, "raise")
    body.line(2, f"raise DecodeError('cannot decode {top} v%d: %s' % (version, exc)) from None")
    body.line(0)
    body.line(0)
    body.line(0, f"def write(obj: {top}, version: int) -> list[Any]:")
    body.line(1, "writer = _WRITERS.get(version)")
    body.line(1, "if writer is None:")
    body.line(2, f"raise UnsupportedVersionError('{top} has no version %d' % version)")
    body.line(1, "out = bytearray()")
    body.line(1, "chunks: list[Any] = []")
    body.line(1, "writer(obj, out, chunks)")
    body.line(1, "if out or not chunks:")
    body.line(2, "chunks.append(bytes(out))")
    body.line(1, "return chunks")
    head = [
        HEADER,
        f'"""{message.name} ({message.kind}'
        + (f", api key {message.api_key}" if message.api_key is not None else "")
        + f"), versions {message.valid.low}-{message.valid.high}."
        + '"""\n',
        "from __future__ import annotations\n",
        "import struct",
        "import uuid",
        "from dataclasses import dataclass, field",
        "from typing import Any\n",
        "from streamd.protocol.primitives import (",
        "    I8,", "    I16,", "    I32,", "    ZERO_UUID,", "    DecodeError,", "    UnsupportedVersionError,",
        "    check_count,", "    check_length,", "    read_uvarint,", "    skip_tags,", "    write_uvarint,", ")\n",
        "__all__ = [" + ", ".join(repr(n) for n in sorted(message.structs)) + ', "read", "write"]\n',
    ]
    for fmt, name in em.structs.items():
        head.append(f"{name} = struct.Struct({fmt!r})")
    head.append("\n")
    text = "\n".join(head) + "\n".join(body.lines).rstrip() + "\n"
    return text


def upper_snake(name: str) -> str:
    return snake(name).upper().rstrip("_")


def generate_init(pairs: dict[int, tuple[Message, Message]], data: list[Message]) -> str:
    lines = [
        HEADER,
        '"""The generated codec: one module per message, and the registry of broker APIs."""\n',
        "from __future__ import annotations\n",
        "import importlib",
        "from collections.abc import Callable",
        "from dataclasses import dataclass",
        "from typing import Any\n",
        "from streamd.protocol._generated.api_keys import ApiKey",
        "from streamd.protocol._generated.error_codes import ErrorCode\n",
        '__all__ = ["APIS", "ApiKey", "ApiSpec", "ErrorCode", "MessageSpec"]\n',
        "",
        "@dataclass(frozen=True, slots=True)",
        "class MessageSpec:",
        "    name: str",
        "    module: str",
        "    min_version: int",
        "    max_version: int",
        "    flexible_min: int\n",
        "    @property",
        "    def _mod(self) -> Any:",
        "        return importlib.import_module('streamd.protocol._generated.' + self.module)\n",
        "    @property",
        "    def cls(self) -> type:",
        "        return getattr(self._mod, self.name)  # type: ignore[no-any-return]\n",
        "    @property",
        "    def read(self) -> Callable[[memoryview, int, int], tuple[Any, int]]:",
        "        return self._mod.read  # type: ignore[no-any-return]\n",
        "    @property",
        "    def write(self) -> Callable[[Any, int], list[Any]]:",
        "        return self._mod.write  # type: ignore[no-any-return]\n",
        "",
        "@dataclass(frozen=True, slots=True)",
        "class ApiSpec:",
        "    api_key: ApiKey",
        "    name: str",
        "    request: MessageSpec",
        "    response: MessageSpec",
        "    min_version: int",
        "    max_version: int",
        "    stable_max_version: int",
        "    flexible_min: int\n",
        "",
        "def _spec(name: str, module: str, low: int, high: int, flexible: int) -> MessageSpec:",
        "    return MessageSpec(name, module, low, high, flexible)\n",
        "",
        "APIS: dict[ApiKey, ApiSpec] = {",
    ]
    for key in sorted(pairs):
        req, resp = pairs[key]
        base = req.name[: -len("Request")]
        stable = req.valid.high - (1 if req.unstable_latest else 0)
        flex = req.flexible.low if req.flexible.low < NONE_VERSION else NONE_VERSION
        rflex = resp.flexible.low if resp.flexible.low < NONE_VERSION else NONE_VERSION
        lines.append(f"    ApiKey.{upper_snake(base)}: ApiSpec(")
        lines.append(f"        ApiKey.{upper_snake(base)}, {base!r},")
        lines.append(f"        _spec({req.name!r}, {module_name(req)!r}, {req.valid.low}, {req.valid.high}, {flex}),")
        lines.append(f"        _spec({resp.name!r}, {module_name(resp)!r}, {resp.valid.low}, {resp.valid.high}, {rflex}),")
        lines.append(f"        {req.valid.low}, {req.valid.high}, {stable}, {flex},")
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def generate_api_keys(pairs: dict[int, tuple[Message, Message]]) -> str:
    lines = [HEADER, '"""Kafka API keys of the messages served by brokers."""\n', "from __future__ import annotations\n",
             "import enum\n", '__all__ = ["ApiKey"]\n', "", "class ApiKey(enum.IntEnum):"]
    for key in sorted(pairs):
        lines.append(f"    {upper_snake(pairs[key][0].name[: -len('Request')])} = {key}")
    return "\n".join(lines) + "\n"


def generate_error_codes() -> str:
    import inspect

    import kafka.errors as errors

    codes: dict[int, str] = {}
    for _, cls in inspect.getmembers(errors, inspect.isclass):
        errno = getattr(cls, "errno", None)
        message = getattr(cls, "message", None)
        if isinstance(errno, int) and isinstance(message, str) and errno not in codes:
            codes[errno] = message
    codes.update(ERROR_RENAMES)
    lines = [HEADER, '"""Kafka error codes (Errors.java names), from kafka-python\'s kafka.errors."""\n',
             "from __future__ import annotations\n", "import enum\n", '__all__ = ["ErrorCode"]\n', "",
             "class ErrorCode(enum.IntEnum):"]
    for errno in sorted(codes):
        lines.append(f"    {codes[errno]} = {errno}")
    return "\n".join(lines) + "\n"


def generate(out: Path) -> None:
    resources = importlib.resources.files("kafka.protocol.schemas") / "resources"
    messages: list[Message] = []
    for path in sorted(resources.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".json"):
            continue
        schema = load_schema(path)
        if schema["type"] == "request" and "broker" not in schema.get("listeners", []):
            continue
        messages.append(build_message(schema))
    pairs: dict[int, list[Message]] = {}
    for message in messages:
        if message.api_key is not None:
            pairs.setdefault(message.api_key, []).append(message)
    complete: dict[int, tuple[Message, Message]] = {}
    for key, found in pairs.items():
        req = next((m for m in found if m.kind == "request"), None)
        resp = next((m for m in found if m.kind == "response"), None)
        if req is not None and resp is not None:
            complete[key] = (req, resp)
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("*.py"):
        stale.unlink()
    files: dict[str, str] = {}
    for message in messages:
        if message.api_key is not None and message.api_key not in complete:
            continue
        files[module_name(message) + ".py"] = generate_module(message)
    files["api_keys.py"] = generate_api_keys(complete)
    files["error_codes.py"] = generate_error_codes()
    files["__init__.py"] = generate_init(complete, [])
    for name, text in sorted(files.items()):
        (out / name).write_text(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    generate(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
