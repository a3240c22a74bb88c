"""kcat (Debian's package, librdkafka 2.0.2): metadata, producing with keys and headers in
every codec, and reading back byte-identical. librdkafka 2.0.2 skips tagged fields wrongly
(fixed in 2.2, confluentinc/librdkafka#4278), so this also proves streamd writes no tagged
field at its default."""

from __future__ import annotations

import shutil
import subprocess
import uuid

import pytest

CODECS = ["none", "gzip", "snappy", "lz4", "zstd"]
COUNT = 2000

pytestmark = pytest.mark.skipif(shutil.which("kcat") is None, reason="kcat is not installed")


def kcat(*args: str, stdin: str | None = None, timeout: float = 60) -> str:
    result = subprocess.run(["kcat", *args], input=stdin, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_metadata_lists_the_broker(broker: object) -> None:
    out = kcat("-b", broker.bootstrap, "-L")  # type: ignore[attr-defined]
    assert "1 brokers:" in out and f"at {broker.bootstrap}" in out  # type: ignore[attr-defined]


@pytest.mark.parametrize("codec", CODECS)
def test_produce_and_consume_every_codec(broker: object, codec: str) -> None:
    bootstrap = broker.bootstrap  # type: ignore[attr-defined]
    topic = f"kcat-{codec}-{uuid.uuid4().hex[:8]}"
    lines = [f"key-{i}:value-{i}-{'x' * (i % 50)}" for i in range(COUNT)]
    kcat("-b", bootstrap, "-t", topic, "-P", "-K:", "-z", codec, "-p", "0", "-H", "origin=kcat",
         stdin="\n".join(lines) + "\n")
    out = kcat("-b", bootstrap, "-t", topic, "-C", "-p", "0", "-o", "beginning", "-e", "-c", str(COUNT),
               "-f", "%k:%s|%h|%o\n")
    got = out.splitlines()
    assert len(got) == COUNT
    for offset, (line, want) in enumerate(zip(got, lines, strict=True)):
        assert line == f"{want}|origin=kcat|{offset}"
