"""The Spark side of compat_tests/spark: run by test_spark.py with the pyspark virtualenv's Python.

    job.py SPEC_JSON RESULT_JSON

SPEC_JSON names the bootstrap servers, the two topics, the checkpoint directory, the connector
coordinate and the per-partition offset window; RESULT_JSON receives what Spark read. One Spark
session (``local[2]``) runs, in order:

1. a Structured Streaming query: ``readStream`` from the input topic (``startingOffsets``
   earliest) → ``upper(CAST(value AS STRING))`` with the key kept → ``writeStream`` to the output
   topic, with a ``checkpointLocation`` and ``trigger(availableNow=True)``, so the query reads
   every offset that existed when it started and then stops by itself;
2. a batch read of the output topic between explicit ``startingOffsets`` (earliest per
   partition, as JSON) and ``endingOffsets`` (latest);
3. a batch read of the input topic between explicit per-partition starting and ending offsets
   given as JSON (``{"topic": {"0": 1, "1": 2}}``).

It checks nothing itself: it reports rows (key, value, partition, offset) and the streaming
query's progress; test_spark.py compares them with the records it produced.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql.functions import col, upper


def rows(frame: DataFrame) -> list[dict[str, Any]]:
    """(key, value, partition, offset) of every row, keys and values as text."""
    selected = frame.select(
        col("key").cast("string").alias("key"),
        col("value").cast("string").alias("value"),
        col("partition"),
        col("offset"),
    )
    return [row.asDict() for row in selected.collect()]


def main(spec_path: str, result_path: str) -> None:
    with open(spec_path) as spec_file:
        spec: dict[str, Any] = json.load(spec_file)
    bootstrap: str = spec["bootstrap"]
    source: str = spec["source_topic"]
    sink: str = spec["sink_topic"]
    result: dict[str, Any] = {}
    started = time.monotonic()
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("streamd-compat-spark")
        .config("spark.jars.packages", spec["connector"])
        .config("spark.jars.ivy", spec["ivy_dir"])
        .config("spark.jars.ivySettings", spec["ivy_settings"])
        .config("spark.driver.memory", "768m")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.ui.enabled", "false")
        # Loopback only: otherwise Spark binds its driver to the first non-loopback interface.
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.streaming.forceDeleteTempCheckpointLocation", "true")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel(spec.get("log_level", "WARN"))
    result["session_start_s"] = round(time.monotonic() - started, 1)
    try:
        # 1. The streaming query.
        phase = time.monotonic()
        stream = (
            spark.readStream.format("kafka")
            .option("kafka.bootstrap.servers", bootstrap)
            .option("subscribe", source)
            .option("startingOffsets", "earliest")
            .load()
            .select(col("key"), upper(col("value").cast("string")).alias("value"))
        )
        query = (
            stream.writeStream.format("kafka")
            .option("kafka.bootstrap.servers", bootstrap)
            .option("topic", sink)
            .option("checkpointLocation", spec["checkpoint"])
            .trigger(availableNow=True)
            .start()
        )
        query.awaitTermination(spec.get("stream_timeout_s", 180))
        result["stream_active_after_wait"] = query.isActive
        exception = query.exception()
        result["stream_exception"] = None if exception is None else str(exception)
        result["stream_input_rows"] = sum(
            int(progress.get("numInputRows", 0)) for progress in query.recentProgress
        )
        if query.isActive:
            query.stop()
        result["stream_s"] = round(time.monotonic() - phase, 1)

        # 2. Batch read of the sink topic, earliest to latest, with the earliest as explicit JSON.
        phase = time.monotonic()
        earliest = {sink: {str(p): -2 for p in range(spec["sink_partitions"])}}
        result["sink_rows"] = rows(
            spark.read.format("kafka")
            .option("kafka.bootstrap.servers", bootstrap)
            .option("subscribe", sink)
            .option("startingOffsets", json.dumps(earliest))
            .option("endingOffsets", "latest")
            .load()
        )

        # 3. Batch read of the source topic over an explicit per-partition offset window.
        window: dict[str, dict[str, int]] = spec["window"]
        result["window_rows"] = rows(
            spark.read.format("kafka")
            .option("kafka.bootstrap.servers", bootstrap)
            .option("assign", json.dumps({source: [int(p) for p in window["start"]]}))
            .option("startingOffsets", json.dumps({source: window["start"]}))
            .option("endingOffsets", json.dumps({source: window["end"]}))
            .load()
        )
        result["batch_s"] = round(time.monotonic() - phase, 1)
    finally:
        spark.stop()
    with open(result_path, "w") as result_file:
        json.dump(result, result_file)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
