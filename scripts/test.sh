#!/usr/bin/env bash
# Install everything the tests need on a fresh Debian machine, then run them all:
# lint and type checks, tests/ on the native and the pure-Python paths, and compat_tests/
# with real clients (kafka-python, aiokafka, confluent-kafka, kcat, franz-go's kgo suite) and
# the JVM world (Java clients and Kafka's CLI tools, Kafka Connect with Debezium and PostgreSQL,
# Kafka Streams, Spark Structured Streaming, Flink) on streamd, then the JVM suites once more on
# a reference Apache Kafka started from Maven Central jars. Java 17+ and Maven 3.8+ must be on
# PATH; Maven's downloads are cached in ~/.m2 and every install below is a no-op when current.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

if ! command -v kcat >/dev/null 2>&1; then
    echo "== installing Debian packages (kcat)"
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kcat >/dev/null
fi

echo "== installing streamd with its test extras (builds streamd_native when a compiler is present)"
python3 -m pip install -q --disable-pip-version-check -e '.[test]'

echo "== ruff and mypy"
python3 -m ruff check streamd tests compat_tests scripts
python3 -m mypy

echo "== tests/ (native path)"
python3 -m pytest -q -p no:cacheprovider tests

echo "== tests/ (pure-Python path, STREAMD_NO_NATIVE=1)"
STREAMD_NO_NATIVE=1 python3 -m pytest -q -p no:cacheprovider tests

echo "== franz-go's kgo integration tests (Go module proxy; built once into .peers/kgo)"
compat_tests/kgo/install.sh

echo "== the JVM world: jars from Maven Central, pyspark and apache-flink from PyPI (into .peers/)"
for suite in jvm connect streams spark flink; do
    compat_tests/$suite/install.sh
done
scripts/peers/kafka.sh install

echo "== compat_tests/ (real clients) on the file engine"
STREAMD_COMPAT_STORAGE=file:// python3 -m pytest -q -p no:cacheprovider compat_tests

echo "== compat_tests/ (real clients) on the memory engine"
STREAMD_COMPAT_STORAGE=memory:// python3 -m pytest -q -p no:cacheprovider compat_tests/python_clients compat_tests/kcat compat_tests/transactions \
    compat_tests/jvm compat_tests/streams

# The same JVM scenarios on Apache Kafka (compat_tests/reference_kafka.py; jars, as CI has no
# Docker engine), every test regardless of the allowlists: tests.allow is Kafka's pass set.
JVM_SUITES="compat_tests/jvm compat_tests/connect compat_tests/streams compat_tests/spark compat_tests/flink"
echo "== the JVM suites on the reference Apache Kafka $(scripts/peers/kafka.sh version)"
# shellcheck disable=SC2086 # the suites are separate words
STREAMD_COMPAT_PEER=kafka STREAMD_COMPAT_ALL=1 python3 -m pytest -q -p no:cacheprovider $JVM_SUITES
