"""The checked-in generated codec is exactly what scripts/gen_protocol.py produces."""

from __future__ import annotations

import filecmp
from pathlib import Path

from tests.protocol.schema_strategies import generator

GENERATED = Path(__file__).resolve().parents[2] / "streamd" / "protocol" / "_generated"


def test_generated_code_has_not_drifted(tmp_path: Path) -> None:
    generator().generate(tmp_path)
    fresh = sorted(p.name for p in tmp_path.glob("*.py"))
    checked_in = sorted(p.name for p in GENERATED.glob("*.py"))
    assert fresh == checked_in
    differing = [name for name in fresh if not filecmp.cmp(tmp_path / name, GENERATED / name, shallow=False)]
    assert differing == [], f"regenerate with scripts/gen_protocol.py: {differing}"


def test_every_generated_file_is_marked() -> None:
    for path in GENERATED.glob("*.py"):
        assert path.read_text().startswith("# GENERATED FROM Apache Kafka message schemas"), path
