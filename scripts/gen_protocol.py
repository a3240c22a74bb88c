#!/usr/bin/env python3
"""Generate streamd/protocol/_generated/ from Apache Kafka's JSON message schemas.

Theory of operation (PROTOCOL.md §3-4)
--------------------------------------
The schemas are read at generation time from the installed kafka-python 3.0.12 wheel
(``kafka.protocol.schemas/resources``, Apache-2.0), plus the few messages that wheel lacks
(SUPPLEMENT_MESSAGES) from Kafka 4.2.0's kafka-clients sources jar, fetched from Maven Central;
nothing of them is copied into the repo.
Every message whose ``listeners`` include ``broker`` is kept (request and response), plus the
headers and the two consumer-protocol data messages. Each becomes one module holding:

* one version-independent ``@dataclass(slots=True)`` per struct (the message itself, its nested
  structs and its ``commonStructs``), with the fields of every version and their schema
  defaults, plus ``unknown_tags`` for the tagged fields a reader did not know. Their
  ``__init__``, ``__repr__`` and ``__eq__`` are written out as @dataclass would make them
  (``init=False, repr=False, eq=False``): @dataclass builds them with exec() at import time,
  ~0.6 ms a class, ~190 ms for the 270 classes;
* one straight-line reader and one writer per version, ``_read_vN(data, buf, pos)`` and
  ``_write_vN(o0, out, chunks)``. Nested structs are expanded in place (no call per array
  element), consecutive fixed-width fields share one precompiled ``struct.Struct``, and
  unsigned varints take an inline one-byte fast path. Versions whose code is identical share
  one function;
* ``read(buf, pos, version) -> (obj, end)`` and ``write(obj, version) -> list of chunks``.

Decoding works on ``bytes`` (the buffer behind the memoryview when it spans it whole, otherwise
a copy; slicing and decoding ``bytes`` is about twice as fast as a memoryview) except in the two
messages with ``records`` fields (ProduceRequest, FetchResponse): they never copy the input,
and a ``records`` value is a zero-copy slice of the caller's memoryview. Encoding appends to
one ``bytearray``; a ``records`` value is appended to the chunk list as it is.

Usage: ``python scripts/gen_protocol.py [--out DIR]``. The output is deterministic; the drift
test regenerates it into a temporary directory and fails on any difference.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.resources
import inspect
import json
import keyword
import re
import sys
import textwrap
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HEADER = "# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.\n"
REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "streamd" / "protocol" / "_generated"
PACKAGE = "streamd.protocol._generated"
DATA_MESSAGES = ("ConsumerProtocolSubscription", "ConsumerProtocolAssignment")
# Messages kafka-python 3.0.12 does not ship, read from Kafka 4.2.0's own sources jar instead
# (KIP-848's consumer group APIs).
SUPPLEMENT_MESSAGES = (
    "ConsumerGroupDescribeRequest", "ConsumerGroupDescribeResponse",
    "ConsumerGroupHeartbeatRequest", "ConsumerGroupHeartbeatResponse",
)
SUPPLEMENT_URL = (
    "https://repo1.maven.org/maven2/org/apache/kafka/kafka-clients/4.2.0/kafka-clients-4.2.0-sources.jar"
)
SUPPLEMENT_SHA1 = "ee5dbc5f7123b00b126642309f67f4e7cd465cc2"
SUPPLEMENT_DIR = REPO / ".peers" / "schemas"
NONE = 1_000  # flexible_min / low bound of a "none" version range

# type -> (struct format character, size in bytes)
FIXED: dict[str, tuple[str, int]] = {
    "bool": ("?", 1), "int8": ("b", 1), "int16": ("h", 2), "uint16": ("H", 2), "int32": ("i", 4),
    "uint32": ("I", 4), "int64": ("q", 8), "float64": ("d", 8),
}
SCALARS = (*FIXED, "string", "bytes", "records", "uuid")
BASE_STRUCTS = {"h": "_I16", "i": "_I32"}  # lengths and counts of the classic encoding
ARRAY_TABLES = {"b": "INT8_ARRAYS", "h": "INT16_ARRAYS", "i": "INT32_ARRAYS", "q": "INT64_ARRAYS",
                "?": "BOOL_ARRAYS", "H": "UINT16_ARRAYS", "I": "UINT32_ARRAYS", "d": "FLOAT64_ARRAYS"}

# kafka-python names a few errors differently from Kafka's Errors.java. Handlers use Kafka's
# names; kafka-python's stay available as enum aliases.
ERROR_RENAMES = {
    -1: "UNKNOWN_SERVER_ERROR", 0: "NONE", 6: "NOT_LEADER_OR_FOLLOWER", 10: "MESSAGE_TOO_LARGE",
    17: "INVALID_TOPIC_EXCEPTION", 39: "INVALID_REPLICA_ASSIGNMENT",
}


# -- schema model -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Versions:
    low: int
    high: int  # inclusive

    @classmethod
    def parse(cls, text: str | None) -> Versions:
        if text is None or text == "none":
            return cls(NONE, -1)
        if text.endswith("+"):
            return cls(int(text[:-1]), NONE - 1)
        if "-" in text:
            low, high = text.split("-")
            return cls(int(low), int(high))
        return cls(int(text), int(text))

    def __contains__(self, version: object) -> bool:
        return isinstance(version, int) and self.low <= version <= self.high

    @property
    def empty(self) -> bool:
        return self.low > self.high

    def __str__(self) -> str:
        if self.empty:
            return "none"
        if self.high >= NONE - 1:
            return f"{self.low}+"
        return str(self.low) if self.low == self.high else f"{self.low}-{self.high}"


@dataclass
class Field:
    name: str
    attr: str
    type: str
    versions: Versions
    nullable: Versions
    tagged: Versions
    tag: int | None
    raw_default: Any
    classic: bool  # field-level flexibleVersions "none": classic encoding even in flexible versions
    about: str
    struct: str | None = None  # struct type of a struct or []struct field

    @property
    def is_array(self) -> bool:
        return self.type.startswith("[]")

    @property
    def elem(self) -> str:
        return self.type[2:] if self.is_array else self.type

    @property
    def nullable_somewhere(self) -> bool:
        return not self.nullable.empty

    @property
    def default_is_null(self) -> bool:
        return self.raw_default == "null" or (self.elem == "records" and not self.is_array)

    def default_src(self) -> str:
        """A Python expression evaluating to a fresh default value."""
        if self.default_is_null:
            return "None"
        if self.is_array:
            return "[]"
        if self.struct:
            return f"{self.struct}()"
        raw = self.raw_default
        elem = self.elem
        if elem == "uuid":
            return "ZERO_UUID"
        if elem == "string":
            return repr("" if raw is None else str(raw))
        if elem == "bytes":
            return 'b""'
        if elem == "bool":
            return repr(raw is True or str(raw).lower() == "true")
        if elem == "float64":
            return repr(float(raw) if raw is not None else 0.0)
        if raw is None:
            return "0"
        text = str(raw).strip()
        value = int(text, 16) if text.lower().lstrip("-").startswith("0x") else int(text)
        return repr(value)

    def declaration_default(self) -> str:
        src = self.default_src()
        if src == "[]":
            return "field(default_factory=list)"
        if self.struct and src != "None":
            return f"field(default_factory={self.struct})"
        return src

    def annotation(self) -> str:
        elem = self.elem
        if elem == "records":
            return "Any"
        base = {"bool": "bool", "float64": "float", "string": "str", "bytes": "bytes", "uuid": "uuid.UUID"}.get(
            elem, "int" if elem in FIXED else (self.struct or "Any"))
        if self.is_array:
            base = f"list[{base}]"
        if self.nullable_somewhere or self.default_is_null:
            base += " | None"
        return base


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
    deprecated: Versions
    structs: dict[str, Struct]
    has_records: bool = False

    @property
    def module(self) -> str:
        return snake(self.name)

    @property
    def flexible_min(self) -> int:
        return self.flexible.low if not self.flexible.empty else NONE

    def versions(self) -> range:
        return range(self.valid.low, self.valid.high + 1)


def snake(name: str) -> str:
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text).lower()
    return text + "_" if keyword.iskeyword(text) else text


def upper_snake(name: str) -> str:
    return snake(name).rstrip("_").upper()


def load_schema(path: Any) -> dict[str, Any]:
    """Parse one schema file: JSON with ``//`` comment lines (the ASF header among them)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.strip().startswith("//")]
    schema: dict[str, Any] = json.loads("\n".join(lines))
    return schema


def build_message(schema: dict[str, Any]) -> Message:
    message = Message(
        name=schema["name"],
        api_key=schema.get("apiKey"),
        kind=schema["type"],
        valid=Versions.parse(schema["validVersions"]),
        flexible=Versions.parse(schema.get("flexibleVersions", "none")),
        unstable_latest=bool(schema.get("latestVersionUnstable", False)),
        deprecated=Versions.parse(schema.get("deprecatedVersions")),
        structs={},
    )
    common = {c["name"]: c for c in schema.get("commonStructs", [])}

    def add_struct(name: str, raw_fields: list[dict[str, Any]]) -> None:
        if name in message.structs:
            return
        struct = Struct(name, [])
        message.structs[name] = struct
        for raw in raw_fields:
            ftype = raw["type"]
            elem = ftype[2:] if ftype.startswith("[]") else ftype
            tag = raw.get("tag")
            f = Field(
                name=raw["name"],
                attr=snake(raw["name"]),
                type=ftype,
                versions=Versions.parse(raw["versions"]),
                nullable=Versions.parse(raw.get("nullableVersions")),
                tagged=Versions.parse(raw.get("taggedVersions")),
                tag=int(tag) if tag is not None else None,
                raw_default=raw.get("default"),
                classic=raw.get("flexibleVersions") == "none",
                about=" ".join(str(raw.get("about", "")).split()),
            )
            if elem == "records":
                message.has_records = True
            if elem not in SCALARS:
                f.struct = elem
                if "fields" in raw:
                    add_struct(elem, raw["fields"])
                elif elem in common:
                    add_struct(elem, common[elem]["fields"])
                else:
                    raise SystemExit(f"{message.name}: unknown struct type {elem}")
            struct.fields.append(f)

    add_struct(message.name, schema["fields"])
    for name, raw in common.items():
        add_struct(name, raw["fields"])
    return message


def supplement_jar() -> Path:
    """Kafka's kafka-clients sources jar from Maven Central, fetched once into .peers/schemas/
    and checked against its pinned SHA-1. It carries the message schemas as Kafka ships them
    (``common/message/*.json``); only SUPPLEMENT_MESSAGES are read from it."""
    jar = SUPPLEMENT_DIR / SUPPLEMENT_URL.rsplit("/", 1)[1]
    if not jar.exists():
        SUPPLEMENT_DIR.mkdir(parents=True, exist_ok=True)
        with urllib.request.urlopen(SUPPLEMENT_URL, timeout=120) as response:  # noqa: S310 - fixed https URL
            data = response.read()
        if hashlib.sha1(data).hexdigest() != SUPPLEMENT_SHA1:  # noqa: S324 - Maven's published checksum
            raise SystemExit(f"{SUPPLEMENT_URL}: SHA-1 mismatch")
        partial = jar.with_suffix(".part")
        partial.write_bytes(data)
        partial.replace(jar)
    return jar


def schema_files() -> list[Any]:
    """kafka-python's schema files, plus the SUPPLEMENT_MESSAGES it lacks from Kafka's jar."""
    resources = importlib.resources.files("kafka.protocol.schemas") / "resources"
    files = [path for path in resources.iterdir() if path.name.endswith(".json")]
    have = {path.name for path in files}
    missing = [f"{name}.json" for name in SUPPLEMENT_MESSAGES if f"{name}.json" not in have]
    if missing:
        root = zipfile.Path(supplement_jar(), "common/message/")
        files += [root / name for name in missing]
    return sorted(files, key=lambda p: p.name)


def load_messages() -> list[Message]:
    """The messages streamd generates, in file-name order."""
    found: list[Message] = []
    for path in schema_files():
        schema = load_schema(path)
        kind = schema["type"]
        if kind == "request" and "broker" not in schema.get("listeners", []):
            continue
        if kind == "data" and schema["name"] not in DATA_MESSAGES:
            continue
        found.append(build_message(schema))
    requests = {m.api_key for m in found if m.kind == "request"}
    return [m for m in found if m.kind != "response" or m.api_key in requests]


# -- code emission helpers ----------------------------------------------------------------------
class Code:
    """Lines of Python at an indentation level, plus the module's shared Struct constants."""

    def __init__(self, structs: dict[str, str]) -> None:
        self.lines: list[str] = []
        self.depth = 0
        self.structs = structs  # format (without ">") -> constant name, shared by a module

    def extend(self, lines: list[str]) -> None:
        self.lines.extend("    " * self.depth + line for line in lines)

    def __call__(self, text: str) -> None:
        self.lines.append("    " * self.depth + text)

    def indent(self) -> Code:
        self.depth += 1
        return self

    def dedent(self) -> None:
        self.depth -= 1

    def fixed(self, fmt: str) -> str:
        """Name of the module-level ``struct.Struct(">" + fmt)``."""
        name = self.structs.get(fmt)
        if name is None:
            name = self.structs[fmt] = f"_S{len(self.structs) - len(BASE_STRUCTS)}"
        return name

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


class Block:
    def __init__(self, code: Code, header: str) -> None:
        self.code = code
        code(header)

    def __enter__(self) -> Code:
        return self.code.indent()

    def __exit__(self, *exc: object) -> None:
        self.code.dedent()


def call(prefix: str, args: list[str], suffix: str, indent: int, width: int = 108) -> list[str]:
    """``prefix(args)suffix`` wrapped over several lines when long."""
    one = f"{prefix}({', '.join(args)}){suffix}"
    if len(one) + indent * 4 <= width:
        return [one]
    body = textwrap.wrap(", ".join(args), width=width - indent * 4 - 4, break_long_words=False,
                         break_on_hyphens=False)
    return [f"{prefix}(", *("    " + line for line in body), f"){suffix}"]


@dataclass
class Ctx:
    message: Message
    version: int
    flexible: bool

    def present(self, struct: Struct) -> list[Field]:
        return [f for f in struct.fields if self.version in f.versions]

    def regular(self, struct: Struct) -> list[Field]:
        return [f for f in self.present(struct) if not self.is_tagged(f)]

    def tagged(self, struct: Struct) -> list[Field]:
        found = [f for f in self.present(struct) if self.is_tagged(f)]
        return sorted(found, key=lambda f: f.tag if f.tag is not None else -1)

    def is_tagged(self, f: Field) -> bool:
        return self.flexible and self.version in f.tagged

    def compact(self, f: Field) -> bool:
        return self.flexible and not f.classic

    def nullable(self, f: Field) -> bool:
        return self.version in f.nullable


def fixed_runs(fields: list[Field]) -> Iterator[list[Field]]:
    """Split fields into runs: consecutive fixed-width scalars together, anything else alone."""
    run: list[Field] = []
    for f in fields:
        if not f.is_array and f.elem in FIXED:
            run.append(f)
            continue
        if run:
            yield run
            run = []
        yield [f]
    if run:
        yield run


# -- readers ------------------------------------------------------------------------------------
def emit_uvarint_read(code: Code, target: str) -> None:
    code(f"{target} = data[pos]")
    with Block(code, f"if {target} < 128:") as c:
        c("pos += 1")
    with Block(code, "else:") as c:
        c(f"{target}, pos = read_uvarint(data, pos)")


def emit_length_read(code: Code, compact: bool, target: str, short: bool) -> None:
    """Read a length or count into ``target``; negative means null."""
    if compact:
        emit_uvarint_read(code, target)
        code(f"{target} -= 1")
    elif short:
        code(f"({target},) = _I16u(data, pos)")
        code("pos += 2")
    else:
        code(f"({target},) = _I32u(data, pos)")
        code("pos += 4")


def emit_null(code: Code, nullable: bool, name: str, target: str, length: str) -> None:
    with Block(code, f"if {length} < 0:") as c:
        if nullable:
            c(f"{target} = None")
        else:
            c(f"raise DecodeError({name + ' is null'!r})")


def emit_read_field(code: Code, ctx: Ctx, f: Field, target: str, d: int) -> None:
    """Read one field's value (anything but a run of fixed-width scalars) into ``target``."""
    msg = ctx.message
    if f.is_array:
        count, items = f"c{d}", f"a{d}"
        emit_length_read(code, ctx.compact(f), count, short=False)
        emit_null(code, ctx.nullable(f), f.name, target, count)
        # Kafka's own bound: no count above the bytes left, so a bogus count cannot allocate.
        with Block(code, f"elif {count} > blen - pos:") as c:
            c(f"raise DecodeError({f.name + ' count exceeds the remaining bytes'!r})")
        with Block(code, "else:") as c:
            elem = f.elem
            if elem in FIXED:
                fmt, size = FIXED[elem]
                c(f"{target} = [*_{ARRAY_TABLES[fmt]}[{count}].unpack_from(data, pos)]")
                c(f"pos += {count}" if size == 1 else f"pos += {size} * {count}")
                return
            c(f"{items} = []")
            with Block(c, f"for _ in range({count}):") as body:
                if f.struct:
                    cls, args = emit_read_struct(body, ctx, msg.structs[f.struct], d + 1)
                    body.extend(call(f"{items}.append({cls}", args, ")", body.depth))
                else:
                    emit_read_scalar(body, ctx, f, f"x{d}", d, nullable=False)
                    body(f"{items}.append(x{d})")
            c(f"{target} = {items}")
        return
    if f.struct:
        struct = msg.structs[f.struct]
        if ctx.nullable(f):
            # KIP-893 nullable struct: an int8 marker, negative for null (Kafka reads "< 0").
            code(f"m{d} = data[pos]")
            code("pos += 1")
            with Block(code, f"if m{d} >= 128:") as c:
                c(f"{target} = None")
            with Block(code, "else:") as c:
                cls, args = emit_read_struct(c, ctx, struct, d + 1)
                c.extend(call(f"{target} = {cls}", args, "", c.depth))
        else:
            cls, args = emit_read_struct(code, ctx, struct, d + 1)
            code.extend(call(f"{target} = {cls}", args, "", code.depth))
        return
    if f.elem in FIXED:
        fmt, size = FIXED[f.elem]
        code(f"({target},) = {code.fixed(fmt)}u(data, pos)")
        code(f"pos += {size}")
        return
    emit_read_scalar(code, ctx, f, target, d, nullable=ctx.nullable(f))


def emit_read_scalar(code: Code, ctx: Ctx, f: Field, target: str, d: int, nullable: bool) -> None:
    """A string, bytes, records or uuid value (or array element) into ``target``."""
    elem = f.elem
    as_bytes = ctx.message.has_records  # data may be a memoryview there: bytes() its slices
    if elem == "uuid":
        code(f"r{d} = {'bytes(data[pos:pos + 16])' if as_bytes else 'data[pos:pos + 16]'}")
        code(f"{target} = UUIDS.get(r{d}) or read_uuid(r{d})")
        code("pos += 16")
        return
    n, end = f"n{d}", f"e{d}"
    emit_length_read(code, ctx.compact(f), n, short=elem == "string")
    emit_null(code, nullable, f.name, target, n)
    with Block(code, "else:") as c:
        c(f"{end} = pos + {n}")
        with Block(c, f"if {end} > blen:") as cc:
            cc(f"raise DecodeError({f.name + ' runs past the end of the buffer'!r})")
        if elem == "string":
            c(f"{target} = str(data[pos:{end}], 'utf-8')" if as_bytes else f"{target} = data[pos:{end}].decode()")
        elif elem == "bytes":
            c(f"{target} = bytes(data[pos:{end}])" if as_bytes else f"{target} = data[pos:{end}]")
        else:  # records: a zero-copy slice of the caller's memoryview
            c(f"{target} = buf[pos:{end}]")
        c(f"pos = {end}")


def emit_read_struct(code: Code, ctx: Ctx, struct: Struct, d: int) -> tuple[str, list[str]]:
    """Read the struct's fields into locals ``v{d}_*``; return the class and constructor args."""
    if d > 12:
        raise SystemExit(f"{ctx.message.name}: structs nest too deeply (recursive type {struct.name}?)")
    for run in fixed_runs(ctx.regular(struct)):
        f = run[0]
        if not f.is_array and f.elem in FIXED:
            fmt = "".join(FIXED[g.elem][0] for g in run)
            size = sum(FIXED[g.elem][1] for g in run)
            targets = ", ".join(f"v{d}_{g.attr}" for g in run)
            name = code.fixed(fmt)
            code.extend(call(f"({targets},) = {name}u" if len(run) == 1 else f"{targets} = {name}u",
                             ["data", "pos"], "", code.depth))
            code(f"pos += {size}")
            continue
        emit_read_field(code, ctx, f, f"v{d}_{f.attr}", d)
    if ctx.flexible:
        emit_read_tags(code, ctx, struct, d)
    # Positional arguments (about twice as fast as keywords); absent fields get their default.
    present = {f.attr for f in ctx.present(struct)}
    args = [f"v{d}_{f.attr}" if f.attr in present else f.default_src() for f in struct.fields]
    if ctx.flexible:
        args.append(f"u{d}")
    else:
        while args and struct.fields[len(args) - 1].attr not in present:
            args.pop()
    return struct.name, args


def emit_read_tags(code: Code, ctx: Ctx, struct: Struct, d: int) -> None:
    tagged = ctx.tagged(struct)
    unknown = f"u{d}"
    if not tagged:
        with Block(code, "if data[pos]:") as c:
            c(f"{unknown}, pos = read_unknown_tags(data, pos)")
        with Block(code, "else:") as c:
            c(f"{unknown} = None")
            c("pos += 1")
        return
    for f in tagged:
        code(f"v{d}_{f.attr} = {f.default_src()}")
    code(f"{unknown} = None")
    with Block(code, "if data[pos]:") as c:
        count, tag, size, end = f"tn{d}", f"tg{d}", f"tz{d}", f"te{d}"
        c(f"{count}, pos = read_uvarint(data, pos)")
        with Block(c, f"for _ in range({count}):") as loop:
            loop(f"{tag}, pos = read_uvarint(data, pos)")
            loop(f"{size}, pos = read_uvarint(data, pos)")
            loop(f"{end} = pos + {size}")
            with Block(loop, f"if {end} > blen:") as cc:
                cc("raise DecodeError('tagged field runs past the end of the buffer')")
            for i, f in enumerate(tagged):
                with Block(loop, f"{'if' if i == 0 else 'elif'} {tag} == {f.tag}:") as branch:
                    emit_read_field(branch, ctx, f, f"v{d}_{f.attr}", d)
                    with Block(branch, f"if pos != {end}:") as cc:
                        cc(f"raise DecodeError({'tagged field ' + f.name + ' has the wrong size'!r})")
            with Block(loop, "else:") as branch:
                with Block(branch, f"if {unknown} is None:") as cc:
                    cc(f"{unknown} = {{}}")
                chunk = f"bytes(data[pos:{end}])" if ctx.message.has_records else f"data[pos:{end}]"
                branch(f"{unknown}[{tag}] = {chunk}")
                branch(f"pos = {end}")
    with Block(code, "else:") as c:
        c("pos += 1")


# -- writers ------------------------------------------------------------------------------------
def emit_uvarint_write(code: Code, out: str, value: str, tmp: str) -> None:
    code(f"{tmp} = {value}")
    with Block(code, f"if {tmp} < 128:") as c:
        c(f"{out}.append({tmp})")
    with Block(code, "else:") as c:
        c(f"write_uvarint({out}, {tmp})")


def emit_length_write(code: Code, ctx: Ctx, f: Field, out: str, length: str, short: bool, d: int) -> None:
    if ctx.compact(f):
        emit_uvarint_write(code, out, f"{length} + 1", f"n{d}")
    elif short:
        code(f"{out} += _I16p({length})")
    else:
        code(f"{out} += _I32p({length})")


def null_bytes(ctx: Ctx, f: Field, short: bool) -> str:
    if ctx.compact(f):
        return "b'\\x00'"
    return "b'\\xff\\xff'" if short else "b'\\xff\\xff\\xff\\xff'"


def emit_write_field(code: Code, ctx: Ctx, f: Field, value: str, out: str, d: int) -> None:
    """Write one field's value (not a fixed run) held in the expression ``value``."""
    msg = ctx.message
    nullable = ctx.nullable(f)
    if f.is_array:
        items = f"a{d}"
        code(f"{items} = {value}")
        body = code
        if nullable:
            with Block(code, f"if {items} is None:") as c:
                c(f"{out} += {null_bytes(ctx, f, False)}")
            code("else:")
            body = code.indent()
        emit_length_write(body, ctx, f, out, f"len({items})", False, d)
        elem = f.elem
        if elem in FIXED:
            body(f"{out} += _{ARRAY_TABLES[FIXED[elem][0]]}[len({items})].pack(*{items})")
        elif f.struct:
            with Block(body, f"for o{d + 1} in {items}:") as c:
                emit_write_struct(c, ctx, msg.structs[f.struct], f"o{d + 1}", out, d + 1)
        else:
            with Block(body, f"for x{d} in {items}:") as c:
                emit_write_scalar(c, ctx, f, elem, f"x{d}", out, d, nullable=False)
        if nullable:
            code.dedent()
        return
    if f.struct:
        struct = msg.structs[f.struct]
        obj = f"o{d + 1}"
        code(f"{obj} = {value}")
        if nullable:
            with Block(code, f"if {obj} is None:") as c:
                c(f"{out} += b'\\xff'")
            with Block(code, "else:") as c:
                c(f"{out} += b'\\x01'")
                emit_write_struct(c, ctx, struct, obj, out, d + 1)
        else:
            emit_write_struct(code, ctx, struct, obj, out, d + 1)
        return
    if f.elem in FIXED:
        code(f"{out} += {code.fixed(FIXED[f.elem][0])}p({value})")
        return
    emit_write_scalar(code, ctx, f, f.elem, value, out, d, nullable)


def emit_write_scalar(code: Code, ctx: Ctx, f: Field, elem: str, value: str, out: str, d: int,
                      nullable: bool) -> None:
    if elem == "uuid":
        code(f"{out} += {value}.bytes")
        return
    v = f"s{d}"
    code(f"{v} = {value}")
    body = code
    short = elem == "string"
    if nullable:
        with Block(code, f"if {v} is None:") as c:
            c(f"{out} += {null_bytes(ctx, f, short)}")
        code("else:")
        body = code.indent()
    if elem == "string":
        body(f"r{d} = {v}.encode()")
        emit_length_write(body, ctx, f, out, f"len(r{d})", True, d)
        body(f"{out} += r{d}")
    elif elem == "bytes":
        emit_length_write(body, ctx, f, out, f"len({v})", False, d)
        body(f"{out} += {v}")
    else:  # records: the value itself becomes a chunk (zero copy)
        if out != "out":
            raise SystemExit(f"{ctx.message.name}: records inside a tagged field are not supported")
        body(f"r{d} = len({v})")
        emit_length_write(body, ctx, f, out, f"r{d}", False, d)
        with Block(body, f"if r{d}:") as c:
            c(f"chunks.append({out})")
            c(f"chunks.append({v})")
            c(f"{out} = bytearray()")
    if nullable:
        code.dedent()


def emit_write_struct(code: Code, ctx: Ctx, struct: Struct, obj: str, out: str, d: int) -> None:
    if d > 12:
        raise SystemExit(f"{ctx.message.name}: structs nest too deeply (recursive type {struct.name}?)")
    for run in fixed_runs(ctx.regular(struct)):
        f = run[0]
        if not f.is_array and f.elem in FIXED:
            fmt = "".join(FIXED[g.elem][0] for g in run)
            args = [f"{obj}.{g.attr}" for g in run]
            code.extend(call(f"{out} += {code.fixed(fmt)}p", args, "", code.depth))
            continue
        emit_write_field(code, ctx, f, f"{obj}.{f.attr}", out, d)
    if ctx.flexible:
        emit_write_tags(code, ctx, struct, obj, out, d)


def emit_write_tags(code: Code, ctx: Ctx, struct: Struct, obj: str, out: str, d: int) -> None:
    tagged = ctx.tagged(struct)
    if not tagged:
        with Block(code, f"if {obj}.unknown_tags:") as c:
            c(f"write_tags({out}, [], {obj}.unknown_tags)")
        with Block(code, "else:") as c:
            c(f"{out}.append(0)")
        return
    tags = f"tl{d}"
    code(f"{tags} = []")
    for f in tagged:
        value = f"{obj}.{f.attr}"
        with Block(code, f"if {differs(ctx, f, value, d)}:") as c:
            buf = f"tb{d}"
            c(f"{buf} = bytearray()")
            emit_write_field(c, ctx, f, value, buf, d)
            c(f"{tags}.append(({f.tag}, {buf}))")
    known = ", ".join(str(f.tag) for f in tagged)
    with Block(code, f"if {tags} or {obj}.unknown_tags:") as c:
        c(f"write_tags({out}, {tags}, {obj}.unknown_tags, ({known},))")
    with Block(code, "else:") as c:
        c(f"{out}.append(0)")


# -- modules ------------------------------------------------------------------------------------
def struct_order(message: Message) -> list[Struct]:
    """Structs in definition order: every struct after the structs its defaults construct."""
    done: list[str] = []

    def visit(name: str) -> None:
        if name in done:
            return
        for f in message.structs[name].fields:
            if f.struct and f.struct != name and not f.is_array:
                visit(f.struct)
        done.append(name)

    for name in message.structs:
        visit(name)
    return [message.structs[n] for n in done]


def emit_dataclasses(message: Message) -> list[str]:
    """One dataclass per struct. ``__init__``, ``__repr__`` and ``__eq__`` are written out here,
    exactly as @dataclass would make them, and @dataclass is told not to: it builds them with
    exec() at import time, which costs about 0.6 ms per class (~190 ms for every module)."""
    lines: list[str] = []
    for struct in struct_order(message):
        lines += ["", "", "@dataclass(slots=True, init=False, repr=False, eq=False)", f"class {struct.name}:"]
        doc = f'"""{struct.name} ({message.name})."""' if struct.name != message.name else \
            f'"""{message.name}, all versions ({message.valid}; flexible {message.flexible})."""'
        lines.append(f"    {doc}")
        lines.append("")
        for f in struct.fields:
            notes = [f"versions {f.versions}"]
            if not f.nullable.empty:
                notes.append(f"nullable {f.nullable}")
            if not f.tagged.empty:
                notes.append(f"tag {f.tag} in {f.tagged}")
            about = f"{'; '.join(notes)}. {f.about}".strip()
            for line in textwrap.wrap(about, width=100):
                lines.append(f"    #: {line}")
            lines.append(f"    {f.attr}: {f.annotation()} = {f.declaration_default()}")
        lines.append("    #: Tagged fields this codec does not know, by tag; written back as they are.")
        lines.append("    unknown_tags: dict[int, bytes] | None = None")
        lines += emit_methods(struct)
    return lines


def emit_methods(struct: Struct) -> list[str]:
    params: list[str] = ["self"]
    body: list[str] = []
    for f in struct.fields:
        declared = f.declaration_default()
        if declared.startswith("field(default_factory="):
            params.append(f"{f.attr}: {f.annotation()} = FACTORY")
            body.append(f"self.{f.attr} = {f.default_src()} if {f.attr} is FACTORY else {f.attr}")
        else:
            params.append(f"{f.attr}: {f.annotation()} = {declared}")
            body.append(f"self.{f.attr} = {f.attr}")
    params.append("unknown_tags: dict[int, bytes] | None = None")
    body.append("self.unknown_tags = unknown_tags")
    names = [f.attr for f in struct.fields] + ["unknown_tags"]
    lines = ["", "    def __init__("]
    lines += [f"        {p}," for p in params]
    lines += ["    ) -> None:"]
    lines += [f"        {b}" for b in body]
    lines += ["", "    def __repr__(self) -> str:"]
    parts = [f"{n}={{self.{n}!r}}" for n in names]
    pieces = ["{self.__class__.__qualname__}("] + [p + (", " if i < len(parts) - 1 else ")") for i, p in enumerate(parts)]
    chunks: list[str] = [""]
    for piece in pieces:
        if chunks[-1] and len(chunks[-1]) + len(piece) > 84:
            chunks.append("")
        chunks[-1] += piece
    if len(chunks) == 1:
        lines.append(f"        return f{chunks[0]!r}")
    else:
        lines.append(f"        return (f{chunks[0]!r}")
        lines += [f"                f{c!r}" for c in chunks[1:-1]]
        lines.append(f"                f{chunks[-1]!r})")
    lines += ["", "    def __eq__(self, other: object) -> bool:", "        if other.__class__ is self.__class__:"]
    for side, opening in (("self", "return ("), ("other", ") == (")):
        lines.append(f"            {opening}")
        values = " ".join(f"{side}.{n}," for n in names)
        lines += [f"                {line}" for line in textwrap.wrap(values, width=92, break_long_words=False)]
    lines.append("            )")
    lines += ["        return NotImplemented"]
    return lines


def differs(ctx: Ctx, f: Field, value: str, d: int) -> str:
    """An expression true when ``value`` differs from the field's default: Kafka writes a tagged
    field only then. A struct default is compared field by field (no instance is built)."""
    src = f.default_src()
    if src == "None":
        return f"{value} is not None"
    if src in ("[]", "False"):
        return value
    if src == "True":
        return f"not {value}"
    if not f.struct:
        return f"{value} != {src}"
    struct = ctx.message.structs[f.struct]
    if any(g.struct for g in struct.fields):
        return f"{value} != _DEFAULT_{f.struct}"
    var = f"x{d}"
    tests = [f"({var} := {value}).unknown_tags"] + [differs(ctx, g, f"{var}.{g.attr}", d) for g in struct.fields]
    return " or ".join(tests)


def tagged_struct_defaults(message: Message) -> list[str]:
    names = sorted({f.struct for s in message.structs.values() for f in s.fields
                    if f.struct and not f.is_array and not f.tagged.empty and f.default_src() != "None"
                    and any(g.struct for g in message.structs[f.struct].fields)})
    return [f"_DEFAULT_{name} = {name}()" for name in names]


PRIMITIVES = (
    "BOOL_ARRAYS", "FLOAT64_ARRAYS", "INT8_ARRAYS", "INT16_ARRAYS", "INT32_ARRAYS", "INT64_ARRAYS",
    "UINT16_ARRAYS", "UINT32_ARRAYS", "FACTORY", "UUIDS", "ZERO_UUID", "DecodeError", "EncodeError",
    "UnsupportedVersionError", "as_bytes", "as_views", "read_unknown_tags", "read_uuid", "read_uvarint",
    "write_tags", "write_uvarint",
)


def generate_module(message: Message) -> str:
    structs: dict[str, str] = dict(BASE_STRUCTS)
    seen: dict[str, int] = {}  # function text -> first version with it
    read_map: dict[int, int] = {}
    write_map: dict[int, int] = {}
    functions: list[str] = []
    top = message.structs[message.name]
    for version in message.versions():
        ctx = Ctx(message, version, version in message.flexible)
        code = Code(structs)
        code("def _read_vNN(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:")
        code.indent()
        code("blen = len(data)")
        cls, args = emit_read_struct(code, ctx, top, 0)
        code.extend(call(f"return {cls}", args, ", pos", code.depth))
        first = seen.setdefault(code.text(), version)
        read_map[version] = first
        if first == version:
            functions.append(code.text().replace("_read_vNN", f"_read_v{version}"))

        code = Code(structs)
        code("def _write_vNN(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:")
        code.indent()
        emit_write_struct(code, ctx, top, "o0", "out", 0)
        code("return out")
        first = seen.setdefault(code.text(), version)
        write_map[version] = first
        if first == version:
            functions.append(code.text().replace("_write_vNN", f"_write_v{version}"))

    api = f", api key {message.api_key}" if message.api_key is not None else ""
    doc = [f'"""{message.name} ({message.kind}{api}): versions {message.valid}, flexible {message.flexible}.']
    if message.unstable_latest:
        doc += ["", f"The latest version ({message.valid.high}) is unstable: never advertise it."]
    if not message.deprecated.empty:
        doc += ["", f"Deprecated versions: {message.deprecated}."]
    if message.has_records:
        doc += ["", "``records`` values decode as zero-copy memoryview slices of the input; on write each",
                "is appended to the chunk list as it is (bytes, memoryview or any object with __len__)."]
    if len(doc) == 1:
        doc[0] += '"""'
    else:
        doc.append('"""')

    body: list[str] = emit_dataclasses(message)
    defaults = tagged_struct_defaults(message)
    if defaults:
        body += ["", "", "# Defaults of tagged struct fields: a tagged field is written only when it differs."]
        body += defaults
    body += ["", "", "# -- per-version codecs: nested structs expanded in place; identical versions share one --"]
    for text in functions:
        body += ["", "", text.rstrip("\n")]
    versions = list(message.versions())
    body += ["", "", "_READERS = {", *(f"    {v}: _read_v{read_map[v]}," for v in versions), "}"]
    body += ["_WRITERS = {", *(f"    {v}: _write_v{write_map[v]}," for v in versions), "}"]
    name = message.name
    view = "data, view = as_views(buf)" if message.has_records else "data = view = as_bytes(buf)"
    body += [
        "", "",
        f"def read(buf: memoryview, pos: int, version: int) -> tuple[{name}, int]:",
        f'    """Decode one {name} of ``version`` at ``pos``; return it and the position after it.',
        "",
        f"    Raises UnsupportedVersionError outside versions {message.valid}, DecodeError on malformed or",
        "    truncated input.",
        '    """',
        "    reader = _READERS.get(version)",
        "    if reader is None:",
        f"        raise UnsupportedVersionError(f'{name} has no version {{version!r}}')",
        f"    {view}",
        "    try:",
        "        return reader(data, view, pos)  # type: ignore[no-any-return]",
        "    except DecodeError as exc:",
        f"        raise DecodeError(f'{name} v{{version}} at {{pos}}: {{exc}}') from None",
        "    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:",
        f"        raise DecodeError(f'{name} v{{version}} at {{pos}}: malformed or truncated ({{exc}})') from None",
        "",
        "",
        f"def write(obj: {name}, version: int) -> list[Any]:",
        '    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""',
        "    writer = _WRITERS.get(version)",
        "    if writer is None:",
        f"        raise UnsupportedVersionError(f'{name} has no version {{version!r}}')",
        "    chunks: list[Any] = []",
        "    try:",
        "        out = writer(obj, bytearray(), chunks)",
        "    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:",
        f"        raise EncodeError(f'cannot encode {name} v{{version}}: {{exc}}') from exc",
        "    if out or not chunks:",
        "        chunks.append(out)",
        "    return chunks",
    ]
    text = "\n".join(body)
    used = [p for p in PRIMITIVES if re.search(rf"\b_?{p}\b", text)]
    imports = [f"    {p} as _{p}," if p.endswith("_ARRAYS") else f"    {p}," for p in used]
    consts: list[str] = []
    for fmt, const in structs.items():
        if re.search(rf"\b{const}[up]\b", text):
            consts += [f"{const} = struct.Struct('>{fmt}')"]
            consts += [line for line in (f"{const}u = {const}.unpack_from", f"{const}p = {const}.pack")
                       if re.search(rf"\b{line.split()[0]}\b", text)]
    names = [s.name for s in struct_order(message)]
    stdlib = ["import struct", *(["import uuid"] if "uuid." in text else []),
              "from dataclasses import dataclass, field" if "field(" in text else "from dataclasses import dataclass",
              "from typing import Any"]
    head = [HEADER.rstrip("\n"), "", *doc, "", "from __future__ import annotations", "", *stdlib, "",
            "from streamd.protocol.primitives import (", *imports, ")", "",
            "__all__ = [", *(f'    "{n}",' for n in [*names, "read", "write"]), "]", "",
            f"MIN_VERSION = {message.valid.low}", f"MAX_VERSION = {message.valid.high}",
            f"FLEXIBLE_MIN = {message.flexible_min}  # {NONE} when no version is flexible", "", *consts]
    return "\n".join(head + body) + "\n"


def generate_api_keys(pairs: dict[int, tuple[Message, Message]]) -> str:
    lines = [HEADER.rstrip("\n"), "", '"""Kafka API keys of the messages served by brokers."""', "",
             "from __future__ import annotations", "", "import enum", "", '__all__ = ["ApiKey"]', "", "",
             "class ApiKey(enum.IntEnum):"]
    for key in sorted(pairs):
        lines.append(f"    {upper_snake(pairs[key][0].name.removesuffix('Request'))} = {key}")
    return "\n".join(lines) + "\n"


def error_codes() -> dict[int, list[str]]:
    """errno -> names (Kafka's first, then kafka-python's where it differs), from kafka.errors."""
    import kafka.errors as errors

    names: dict[int, list[str]] = {}
    for _, cls in sorted(inspect.getmembers(errors, inspect.isclass), key=lambda kv: kv[0]):
        errno = getattr(cls, "errno", None)
        message = getattr(cls, "message", None)
        if not isinstance(errno, int) or isinstance(errno, bool) or not isinstance(message, str):
            continue
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", message):
            continue
        found = names.setdefault(errno, [])
        if message not in found:
            found.append(message)
    for errno, name in ERROR_RENAMES.items():
        found = names.setdefault(errno, [])
        if name in found:
            found.remove(name)
        found.insert(0, name)
    return names


def generate_error_codes() -> str:
    lines = [HEADER.rstrip("\n"), "",
             '"""Kafka error codes, from kafka-python\'s kafka.errors (errno and message).',
             "",
             "Names are Kafka's (Errors.java). Where kafka-python's name differs, it is kept as an alias",
             "that follows the canonical members (``ErrorCode(6).name == 'NOT_LEADER_OR_FOLLOWER'``).",
             '"""', "", "from __future__ import annotations", "", "import enum", "", '__all__ = ["ErrorCode"]',
             "", "", "class ErrorCode(enum.IntEnum):"]
    codes = error_codes()
    used: set[str] = set()
    for errno in sorted(codes):
        lines.append(f"    {codes[errno][0]} = {errno}")
        used.add(codes[errno][0])
    aliases = [(name, errno) for errno in sorted(codes) for name in codes[errno][1:] if name not in used]
    if aliases:
        lines.append("")
        lines.append("    # kafka-python's names for the same codes")
        for name, errno in aliases:
            lines.append(f"    {name} = {errno}")
    return "\n".join(lines) + "\n"


def generate_init(pairs: dict[int, tuple[Message, Message]], others: list[Message]) -> str:
    lines = [
        HEADER.rstrip("\n"),
        "",
        '"""The generated codec: one module per message, and the registry of the broker APIs.',
        "",
        "``APIS`` is built on first access (PEP 562), and a message's module is imported when its",
        "codec is first used: importing all of them took about 55 ms, a fifth of the broker's",
        "startup, and many importers need only the ApiKey and ErrorCode enums or the version table.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import importlib",
        "from collections.abc import Callable",
        "from dataclasses import dataclass",
        "from types import ModuleType",
        "from typing import Any",
        "",
        "from streamd.protocol._generated.api_keys import ApiKey",
        "from streamd.protocol._generated.error_codes import ErrorCode",
        "",
        '__all__ = ["APIS", "MESSAGES", "ApiKey", "ApiSpec", "ErrorCode", "MessageSpec"]',
        "",
        "",
        "_loaded: dict[str, ModuleType] = {}",
        "",
        "",
        "def _load(module: str) -> ModuleType:",
        "    found = _loaded.get(module)",
        "    if found is None:",
        f"        found = _loaded[module] = importlib.import_module('{PACKAGE}.' + module)",
        "    return found",
        "",
        "",
        "@dataclass(frozen=True, slots=True)",
        "class MessageSpec:",
        "    name: str",
        "    module: str  # the generated module, imported on first use of cls, read or write",
        "    min_version: int",
        "    max_version: int",
        f"    flexible_min: int  # {NONE} when no version is flexible",
        "",
        "    @property",
        "    def cls(self) -> type:",
        "        return getattr(_load(self.module), self.name)  # type: ignore[no-any-return]",
        "",
        "    @property",
        "    def read(self) -> Callable[[memoryview, int, int], tuple[Any, int]]:",
        "        return _load(self.module).read  # type: ignore[no-any-return]",
        "",
        "    @property",
        "    def write(self) -> Callable[[Any, int], list[Any]]:",
        "        return _load(self.module).write  # type: ignore[no-any-return]",
        "",
        "",
        "@dataclass(frozen=True, slots=True)",
        "class ApiSpec:",
        "    api_key: ApiKey",
        "    name: str  # \"Produce\"",
        "    request: MessageSpec",
        "    response: MessageSpec",
        "    min_version: int  # from the request schema's validVersions",
        "    max_version: int",
        "    stable_max_version: int  # max_version, minus 1 when the latest version is unstable",
        "    flexible_min: int",
        "",
        "",
        "APIS: dict[ApiKey, ApiSpec]",
        "MESSAGES: dict[str, MessageSpec]  # every generated message by name, headers and data included",
        "",
        "# (message name, module, min version, max version, flexible_min)",
        "_MESSAGES: tuple[tuple[str, str, int, int, int], ...] = (",
    ]
    everything = sorted([*(m for pair in pairs.values() for m in pair), *others], key=lambda m: m.name)
    for m in everything:
        lines.append(f"    ({m.name!r}, {m.module!r}, {m.valid.low}, {m.valid.high}, {m.flexible_min}),")
    lines += [
        ")",
        "# (api key, name, request, response, stable_max_version)",
        "_APIS: tuple[tuple[ApiKey, str, str, str, int], ...] = (",
    ]
    for key in sorted(pairs):
        req, resp = pairs[key]
        stable = req.valid.high - (1 if req.unstable_latest else 0)
        lines.append(f"    (ApiKey.{upper_snake(req.name.removesuffix('Request'))}, "
                     f"{req.name.removesuffix('Request')!r}, {req.name!r}, {resp.name!r}, {stable}),")
    lines += [
        ")",
        "",
        "",
        "def _build() -> tuple[dict[str, MessageSpec], dict[ApiKey, ApiSpec]]:",
        "    messages = {name: MessageSpec(name, module, low, high, flexible_min)",
        "                for name, module, low, high, flexible_min in _MESSAGES}",
        "    apis: dict[ApiKey, ApiSpec] = {}",
        "    for key, name, request, response, stable in _APIS:",
        "        req = messages[request]",
        "        apis[key] = ApiSpec(key, name, req, messages[response], req.min_version, req.max_version, stable,",
        "                            req.flexible_min)",
        "    return messages, apis",
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        "    if name in ('APIS', 'MESSAGES'):",
        "        global APIS, MESSAGES",
        "        MESSAGES, APIS = _build()",
        "        return globals()[name]",
        "    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')",
    ]
    return "\n".join(lines) + "\n"


def generate(out: Path) -> list[str]:
    """Write every generated file into ``out``; return their names."""
    messages = load_messages()
    pairs: dict[int, tuple[Message, Message]] = {}
    for m in messages:
        if m.kind == "request":
            assert m.api_key is not None
            resp = next(r for r in messages if r.kind == "response" and r.api_key == m.api_key)
            pairs[m.api_key] = (m, resp)
    others = [m for m in messages if m.kind not in ("request", "response")]
    files: dict[str, str] = {}
    for m in messages:
        files[m.module + ".py"] = generate_module(m)
    files["api_keys.py"] = generate_api_keys(pairs)
    files["error_codes.py"] = generate_error_codes()
    files["__init__.py"] = generate_init(pairs, others)
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("*.py"):
        if stale.name not in files:
            stale.unlink()
    for name, text in sorted(files.items()):
        path = out / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    return sorted(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate streamd/protocol/_generated/ from Kafka's JSON schemas.")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output directory (default {DEFAULT_OUT})")
    args = parser.parse_args(argv)
    names = generate(args.out)
    print(f"wrote {len(names)} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
