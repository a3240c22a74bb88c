"""``streamd bench`` against an in-process broker: it produces, reads everything back, cleans up."""

from __future__ import annotations

import json

from click.testing import CliRunner

from streamd.cli.main import main
from tests.cli.conftest import BrokerThread


def test_bench_round_trip_json(broker: BrokerThread) -> None:
    result = CliRunner().invoke(main, ["bench", "--bootstrap", broker.bootstrap, "--records", "3000", "--size",
                                       "100", "--partitions", "3", "--batch-size", "200", "--acks", "1",
                                       "--compression", "lz4", "--output", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["produce"]["records"] == report["consume"]["records"] == 3000
    assert report["produce"]["mb_per_s"] > 0 and report["consume"]["mb_per_s"] > 0
    assert report["produce_latency_ms"]["p50"] <= report["produce_latency_ms"]["max"]
    listed = CliRunner().invoke(main, ["topics", "list", "--bootstrap", broker.bootstrap])
    assert report["topic"] not in listed.stdout.splitlines()  # deleted without --keep


def test_bench_text_and_keep(broker: BrokerThread) -> None:
    result = CliRunner().invoke(main, ["bench", "--bootstrap", broker.bootstrap, "--records", "500", "--keep"])
    assert result.exit_code == 0, result.output
    assert "produce:" in result.stdout and "consume:" in result.stdout and "p99" in result.stdout
    topic = result.stdout.split()[1].rstrip(":")
    described = CliRunner().invoke(main, ["topics", "describe", topic, "--bootstrap", broker.bootstrap])
    assert described.exit_code == 0 and "partitions:  1" in described.stdout
