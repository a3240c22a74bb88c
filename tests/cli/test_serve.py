"""``streamd serve`` as a real process: the ready line, a client round trip, SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from streamd.cli.main import main

REPO = Path(__file__).resolve().parents[2]
pytest.importorskip("streamd.server.app", reason="the broker (streamd.server.app) is not available yet")


def test_serve_prints_ready_line_and_stops_on_sigterm(tmp_path: Path) -> None:
    config = tmp_path / "streamd.toml"
    config.write_text('"num.partitions" = 3\n[streamd]\nlisten = "127.0.0.1:9"\n')
    env = {**os.environ, "STREAMD_STORAGE": "memory://", "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from streamd.cli.main import main; main()",
            "serve",
            "--config",
            str(config),
            "--listen",
            "127.0.0.1:0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        assert process.stdout is not None
        ready = process.stdout.readline().strip()
        assert ready.startswith("streamd ready on 127.0.0.1:"), ready
        bootstrap = ready.rsplit(" ", 1)[1]
        assert not bootstrap.endswith(":0") and not bootstrap.endswith(":9")  # the flag beat the file
        runner = CliRunner()
        produced = runner.invoke(main, ["produce", "auto", "--value", "x", "--bootstrap", bootstrap])
        assert produced.exit_code == 0, produced.output
        described = runner.invoke(main, ["topics", "describe", "auto", "--bootstrap", bootstrap])
        assert "partitions:  3" in described.stdout  # num.partitions from the file
    finally:
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=10)
    assert code == 0


def test_serve_config_error_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--set", "no.such.config=1"])
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: configuration: unknown broker config 'no.such.config'"
    missing = CliRunner().invoke(main, ["serve", "--config", str(tmp_path / "absent.toml")])
    assert missing.exit_code == 1
    assert missing.stderr.startswith("error: configuration: config file not found")


def test_the_broker_command_does_not_load_the_client() -> None:
    # Start-up time: `streamd serve` imports its own command, the broker and nothing of the
    # client or of the other commands (issue 7: ready within 0.3 s).
    probe = (
        "import sys; import click; from streamd.cli.main import main; "
        "command = main.get_command(click.Context(main), 'serve'); import streamd.server.app; "
        "print(command.name, sorted(m for m in sys.modules if m.startswith(('streamd.client.client', "
        "'streamd.cli.consume', 'streamd.cli.groups', 'streamd.cli.produce', 'streamd.cli.topics'))))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.stdout.strip() == "serve []"
