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

It checks nothing itself: RESULT_JSON says whether the job finished or failed, with the failure's
Java cause chain, and how long it took; test_flink.py reads the output topic itself.
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


def main(spec_path: str, result_path: str) -> None:
    with open(spec_path) as spec_file:
        spec: dict[str, Any] = json.load(spec_file)
    started = time.monotonic()
    settings = EnvironmentSettings.in_streaming_mode()
    env = TableEnvironment.create(settings)
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
    try:
        env.execute_sql(query).wait(spec.get("job_timeout_s", 180) * 1000)
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
