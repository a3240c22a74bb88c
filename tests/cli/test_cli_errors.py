"""CliRunner tests that need no broker: version, usage errors, one-line failures."""

from __future__ import annotations

import socket

import pytest
from click.testing import CliRunner

from streamd import __version__
from streamd.cli.main import main


def invoke(*args: str, input: str | None = None, env: dict[str, str] | None = None):  # noqa: A002
    return CliRunner().invoke(main, list(args), input=input, env=env)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def assert_one_error_line(result, exit_code: int) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code == exit_code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert "Traceback" not in result.output
    return lines[0]


def test_version_command() -> None:
    result = invoke("version")
    assert result.exit_code == 0
    assert result.stdout == f"streamd {__version__}\n"


def test_version_flag() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"streamd {__version__}"


def test_help_lists_commands() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    for command in ("serve", "topics", "produce", "consume", "version"):
        assert command in result.stdout


def test_unknown_command_is_a_usage_error() -> None:
    line = assert_one_error_line(invoke("frobnicate"), 2)
    assert "frobnicate" in line


def test_unknown_option_is_a_usage_error() -> None:
    line = assert_one_error_line(invoke("topics", "create", "t", "--frob"), 2)
    assert "--frob" in line
    assert "streamd topics create --help" in line


def test_missing_argument() -> None:
    line = assert_one_error_line(invoke("topics", "create"), 2)
    assert "NAME" in line


def test_bad_partition_count() -> None:
    line = assert_one_error_line(invoke("topics", "create", "t", "--partitions", "0"), 2)
    assert "--partitions" in line


def test_bad_bootstrap_address() -> None:
    line = assert_one_error_line(invoke("topics", "list", "--bootstrap", "localhost:notaport"), 2)
    assert "--bootstrap" in line and "notaport" in line


def test_bootstrap_from_environment_is_validated() -> None:
    line = assert_one_error_line(invoke("topics", "list", env={"STREAMD_BOOTSTRAP": "a:b:c"}), 2)
    assert "--bootstrap" in line


def test_bad_config_assignment() -> None:
    line = assert_one_error_line(invoke("topics", "create", "t", "--config", "retention.ms"), 2)
    assert "NAME=VALUE" in line


def test_alter_config_needs_a_change() -> None:
    line = assert_one_error_line(invoke("topics", "alter-config", "t"), 2)
    assert "nothing to change" in line


def test_alter_config_set_and_delete_same_key() -> None:
    line = assert_one_error_line(invoke("topics", "alter-config", "t", "--set", "a=1", "--delete", "a"), 2)
    assert "both" in line


def test_consume_offset_conflict() -> None:
    line = assert_one_error_line(invoke("consume", "t", "--from-beginning", "--offset", "3"), 2)
    assert "mutually exclusive" in line


def test_consume_bad_offset() -> None:
    line = assert_one_error_line(invoke("consume", "t", "--offset", "soon"), 2)
    assert "--offset" in line


def test_consume_bad_format() -> None:
    line = assert_one_error_line(invoke("consume", "t", "--format", "%q"), 2)
    assert "%q" in line


def test_consume_format_with_json() -> None:
    assert_one_error_line(invoke("consume", "t", "--output", "json", "--format", "%v"), 2)


def test_produce_empty_key_separator() -> None:
    assert_one_error_line(invoke("produce", "t", "--key-separator", ""), 2)


def test_produce_bad_compression() -> None:
    line = assert_one_error_line(invoke("produce", "t", "--compression", "brotli"), 2)
    assert "brotli" in line


def test_serve_bad_listen() -> None:
    line = assert_one_error_line(invoke("serve", "--listen", "nowhere:99999"), 2)
    assert "--listen" in line


@pytest.mark.parametrize(
    "args",
    [
        ("topics", "list"),
        ("topics", "create", "t"),
        ("topics", "describe", "t"),
        ("topics", "delete", "t"),
        ("topics", "alter-config", "t", "--set", "retention.ms=1"),
        ("produce", "t", "--value", "x"),
        ("consume", "t", "--count", "1"),
    ],
)
def test_unreachable_broker_is_one_line(args: tuple[str, ...]) -> None:
    port = closed_port()
    line = assert_one_error_line(invoke(*args, "--bootstrap", f"127.0.0.1:{port}"), 1)
    assert f"cannot connect to broker at 127.0.0.1:{port}" in line
