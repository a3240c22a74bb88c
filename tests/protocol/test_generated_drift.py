"""The checked-in generated codec is exactly what scripts/gen_protocol.py produces today
(ANCHORS.md style rule 5): regenerate into a temporary directory and compare every file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.protocol.schema_strategies import generator

# kafka-python 3.0.12 loads its schemas through deprecated importlib.resources calls.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

GENERATED = Path(__file__).resolve().parents[2] / "streamd" / "protocol" / "_generated"
MARK = "# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.\n"


def test_generated_code_has_not_drifted(tmp_path: Path) -> None:
    generator().main(["--out", str(tmp_path)])
    fresh = sorted(p.name for p in tmp_path.glob("*.py"))
    checked_in = sorted(p.name for p in GENERATED.glob("*.py"))
    assert fresh == checked_in, "regenerate with: python scripts/gen_protocol.py"
    differing = [name for name in fresh
                 if (tmp_path / name).read_bytes() != (GENERATED / name).read_bytes()]
    assert differing == [], f"regenerate with: python scripts/gen_protocol.py ({differing})"


def test_every_generated_file_is_marked() -> None:
    paths = list(GENERATED.glob("*.py"))
    assert len(paths) > 100
    for path in paths:
        assert path.read_text(encoding="utf-8").startswith(MARK), path
