"""The Flink side of compat_tests/flink: run by test_flink.py with the apache-flink virtualenv's Python.

    job.py SPEC_JSON RESULT_JSON

One PyFlink Table API job in a local mini-cluster (streaming mode, parallelism from the spec,
checkpoints every 2 s, no restarts): a Kafka source table over the input topic (json format,
``scan.startup.mode=earliest-offset``, ``scan.bounded.mode=latest-offset``, so the job ends once
it has read what the input held at start), a Kafka sink table over the output topic with
``sink.delivery-guarantee=exactly-once`` and a ``sink.transactional-id-prefix``, and
``INSERT INTO dst SELECT k, UPPER(v) FROM src``, waited for. With ``transaction_timeout_ms``
set in the spec the sink gets ``properties.transaction.timeout.ms``; without it the sink keeps
KafkaSink's own default (1 h). With ``fail_once_marker`` set, the values also pass through a
Python UDF that fails the job once mid-stream, and the job may restart once from its last
completed checkpoint: the recovery variant.

With ``stop_marker`` set (the running variant), the source is unbounded (no
``scan.bounded.mode``) and the sink ``sink.delivery-guarantee=at-least-once`` (no transactions
left open by the cancellation): the job runs until the file ``stop_marker`` appears (or
``job_timeout_s`` passed, or the job ended by itself), and is then cancelled. The test checks the
job's effects on the broker while it runs.

``debug_loggers`` names loggers raised to DEBUG in the gateway JVM (e.g. the source reader's and
the consumer coordinator's, which log every offset commit and its answer).

It checks nothing itself: RESULT_JSON says whether the job finished or failed, with the failure's
Java cause chain, and how long it took (and for the running variant, the job's state when the
stop marker appeared and after the cancellation); test_flink.py reads the topics itself.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

from pyflink.table import EnvironmentSettings, TableEnvironment


def _options(options: dict[str, str]) -> str:
    return ",\n".join(f"  '{key}' = '{value}'" for key, value in options.items())


def _java_causes(error: BaseException) -> list[str]:
    """The Java exception chain of a py4j error, outermost first: class and message per cause."""
    java_exception = getattr(error, "java_exception", None)
    causes: list[str] = []
    while java_exception is not None and len(causes) < 30:
        causes.append(str(java_exception.toString()))
        java_exception = java_exception.getCause()
    return causes


def _fail_once(marker: str, fail_after: int) -> Any:
    """A Python scalar UDF returning its argument, slowly (30 ms a row, so checkpoints complete
    mid-stream); the first worker to see ``fail_after`` rows while ``marker`` does not exist
    creates it and raises, failing the job once. After the restart the marker exists."""
    from pyflink.table import DataTypes
    from pyflink.table.udf import udf

    seen = [0]

    def fail_once(value: str) -> str:
        time.sleep(0.03)
        seen[0] += 1
        if seen[0] >= fail_after:
            try:
                os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            except FileExistsError:
                return value
            raise RuntimeError("injected failure (compat_tests/flink)")
        return value

    return udf(fail_once, result_type=DataTypes.STRING())


def _debug_loggers(names: list[str]) -> None:
    """Raise these loggers to DEBUG in the gateway JVM (which hosts the mini-cluster)."""
    if not names:
        return
    from pyflink.java_gateway import get_gateway

    jvm = get_gateway().jvm
    for name in names:
        jvm.org.apache.logging.log4j.core.config.Configurator.setLevel(
            name, jvm.org.apache.logging.log4j.Level.DEBUG
        )


def _run_until_stopped(table_result: Any, marker: str, timeout_s: float) -> dict[str, Any]:
    """Wait (polling the job's state) until ``marker`` exists, the job ended, or ``timeout_s``
    passed; then cancel the job if it still runs and wait for it to end. Raises the job's failure
    if it ended otherwise than by the cancellation."""
    client = table_result.get_job_client()
    deadline = time.monotonic() + timeout_s
    status = client.get_job_status().result()
    while (
        not os.path.exists(marker) and not status.is_globally_terminal_state() and time.monotonic() < deadline
    ):
        time.sleep(0.2)
        status = client.get_job_status().result()
    outcome: dict[str, Any] = {"stop_marker_seen": os.path.exists(marker), "status_at_stop": status.name}
    if not status.is_globally_terminal_state():
        client.cancel().result()
    # The local mini-cluster shuts down once the job ended, so its state is no longer asked for:
    # waiting on the result raises the job's end unless it finished.
    try:
        table_result.wait(60_000)
        outcome["finished"], outcome["cancelled"] = True, False
    except Exception as error:
        if not any("JobCancellationException" in cause for cause in _java_causes(error)):
            raise
        outcome["finished"], outcome["cancelled"] = False, True
    return outcome


def main(spec_path: str, result_path: str) -> None:
    with open(spec_path) as spec_file:
        spec: dict[str, Any] = json.load(spec_file)
    started = time.monotonic()
    settings = EnvironmentSettings.in_streaming_mode()
    env = TableEnvironment.create(settings)
    _debug_loggers(spec.get("debug_loggers", []))
    config = env.get_config()
    config.set("pipeline.jars", "file://" + spec["connector_jar"])
    config.set("parallelism.default", str(spec.get("parallelism", 1)))
    config.set("execution.checkpointing.interval", "2 s")
    config.set("python.executable", sys.executable)
    marker = spec.get("fail_once_marker")
    if marker is None:
        config.set("restart-strategy.type", "none")
    else:
        # The recovery variant: one injected failure, one restart from the last checkpoint.
        config.set("restart-strategy.type", "fixed-delay")
        config.set("restart-strategy.fixed-delay.attempts", "1")
        config.set("restart-strategy.fixed-delay.delay", "1 s")
        # Small Python bundles, so checkpoint barriers are not held behind a slow bundle.
        config.set("python.fn-execution.bundle.size", "10")
        config.set("python.fn-execution.bundle.time", "100")
    config.set("pipeline.name", spec["job_name"])

    source = {
        "connector": "kafka",
        "topic": spec["source_topic"],
        "properties.bootstrap.servers": spec["bootstrap"],
        "properties.group.id": spec["group_id"],
        "scan.startup.mode": "earliest-offset",
        "scan.bounded.mode": "latest-offset",
        "format": "json",
    }
    sink = {
        "connector": "kafka",
        "topic": spec["sink_topic"],
        "properties.bootstrap.servers": spec["bootstrap"],
        "format": "json",
        "sink.delivery-guarantee": "exactly-once",
        "sink.transactional-id-prefix": spec["transactional_id_prefix"],
    }
    stop_marker = spec.get("stop_marker")
    if stop_marker is not None:
        # The running variant: read on until stopped; no transactions to leave open on cancel.
        del source["scan.bounded.mode"], sink["sink.transactional-id-prefix"]
        sink["sink.delivery-guarantee"] = "at-least-once"
    if spec.get("transaction_timeout_ms") is not None:
        sink["properties.transaction.timeout.ms"] = str(spec["transaction_timeout_ms"])
    env.execute_sql(f"CREATE TABLE src (\n  k STRING,\n  v STRING\n) WITH (\n{_options(source)}\n)")
    env.execute_sql(f"CREATE TABLE dst (\n  k STRING,\n  v STRING\n) WITH (\n{_options(sink)}\n)")
    query = "INSERT INTO dst SELECT k, UPPER(v) FROM src"
    if marker is not None:
        env.create_temporary_function("fail_once", _fail_once(marker, int(spec["fail_after"])))
        query = "INSERT INTO dst SELECT k, fail_once(UPPER(v)) FROM src"
    result: dict[str, Any] = {"setup_s": round(time.monotonic() - started, 1)}
    phase = time.monotonic()
    timeout_s = spec.get("job_timeout_s", 180)
    try:
        table_result = env.execute_sql(query)
        if stop_marker is not None:
            result.update(_run_until_stopped(table_result, stop_marker, timeout_s))
        else:
            table_result.wait(timeout_s * 1000)
            result["finished"] = True
        result["error"] = None
        result["causes"] = []
    except Exception as error:  # the job's failure is the result here
        result["finished"] = False
        result["error"] = f"{type(error).__name__}: {str(error)[:4000]}"
        result["causes"] = _java_causes(error)
    result["job_s"] = round(time.monotonic() - phase, 1)
    with open(result_path, "w") as result_file:
        json.dump(result, result_file)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
