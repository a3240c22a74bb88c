"""Running the JVM side of this suite: Kafka's CLI tools and our JvmCheck program.

Everything comes from ``install.sh``: the jars in ``.peers/jvm/libs`` (the runtime closure of
``pom.xml``) and JvmCheck compiled into ``.peers/jvm/classes``. Each call is one JVM; it starts
with ``-XX:TieredStopAtLevel=1`` (C1 only), which saves about a third of the start-up time of
these short runs, and logs at WARN to stderr (``log4j2.properties``), so stdout carries only what
a tool prints.
"""

from __future__ import annotations

import json
import os
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
PEER_DIR = Path(os.environ.get("STREAMD_JVM_DIR", str(REPO_ROOT / ".peers" / "jvm")))
LIBS = PEER_DIR / "libs"
CLASSES = PEER_DIR / "classes"
KAFKA_VERSION = HERE.joinpath("pom.xml").read_text().split("<kafka.version>", 1)[1].split("<", 1)[0]
JVM_OPTS = ["-XX:TieredStopAtLevel=1", "-Xss1m", "-Xmx512m", "-Djava.awt.headless=true",
            f"-Dlog4j2.configurationFile={HERE / 'log4j2.properties'}"]

# The CLI tools' main classes (bin/*.sh of the Kafka distribution).
TOPICS = "org.apache.kafka.tools.TopicCommand"
CONSOLE_PRODUCER = "org.apache.kafka.tools.ConsoleProducer"
CONSOLE_CONSUMER = "org.apache.kafka.tools.consumer.ConsoleConsumer"
CONSUMER_GROUPS = "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand"
CONFIGS = "kafka.admin.ConfigCommand"
GET_OFFSETS = "org.apache.kafka.tools.GetOffsetShell"
DELETE_RECORDS = "org.apache.kafka.tools.DeleteRecordsCommand"
TRANSACTIONS = "org.apache.kafka.tools.TransactionsCommand"
BROKER_API_VERSIONS = "org.apache.kafka.tools.BrokerApiVersionsCommand"
PRODUCER_PERF = "org.apache.kafka.tools.ProducerPerformance"
CONSUMER_PERF = "org.apache.kafka.tools.ConsumerPerformance"
VERIFIABLE_PRODUCER = "org.apache.kafka.tools.VerifiableProducer"
VERIFIABLE_CONSUMER = "org.apache.kafka.tools.VerifiableConsumer"
JVM_CHECK = "streamd.compat.JvmCheck"


def install() -> None:
    """``install.sh``: a no-op (about a second) when the jars and the compiled program are current."""
    result = subprocess.run([str(HERE / "install.sh")], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"compat_tests/jvm/install.sh failed:\n{result.stdout}{result.stderr}")


def unique(name: str) -> str:
    """A topic, group or transactional id no other test (or earlier run on the same broker) uses."""
    return f"jvm-{name}-{uuid.uuid4().hex[:8]}"


@dataclass
class Run:
    args: list[str]
    returncode: int
    stdout: str
    stderr: str

    @property
    def lines(self) -> list[str]:
        return [line for line in self.stdout.splitlines() if line.strip()]

    def __str__(self) -> str:
        return (f"$ {' '.join(self.args)}\nexit {self.returncode}\n--- stdout\n{self.stdout[-6000:]}"
                f"\n--- stderr\n{self.stderr[-6000:]}")


def java(main_class: str, *args: str, stdin: str | None = None, timeout: float = 90.0) -> Run:
    """Run ``java -cp LIBS/*:CLASSES MAIN_CLASS ARGS`` and return what it printed."""
    classpath = f"{LIBS}/*{os.pathsep}{CLASSES}"
    command = ["java", *JVM_OPTS, "-cp", classpath, main_class, *args]
    result = subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=timeout,
                            stdin=None if stdin is not None else subprocess.DEVNULL, check=False)
    return Run(command[len(JVM_OPTS) + 3:], result.returncode, result.stdout, result.stderr)


def json_lines(run: Run) -> list[dict[str, Any]]:
    """The JSON objects among the lines ``run`` printed (tools may print other lines too)."""
    out = []
    for line in run.lines:
        if line.startswith("{"):
            out.append(json.loads(line))
    return out
