"""franz-go's own ``pkg/kgo`` integration tests, run against the broker under test.

Why this suite: franz-go's tests are the strictest public client-side check of a Kafka broker
(docs COMPAT-TESTING.md §3). ``TestGroupETL`` chains three consumer groups through joins,
leaves and rebalances and fails on one lost or duplicated record; ``TestTxnEtl`` does the same
inside transactions under read_committed; the ``TestIssue*`` tests replay client bugs whose
triggers were broker behaviours (deleted topics, regex subscriptions, paused partitions).
They are franz-go's tests, not ours, so passing them means behaving as franz-go expects Kafka to.

How it runs: ``install.sh`` builds the tests of the pinned franz-go release (``KGO_VERSION``
below; the module zip from the Go module proxy carries the ``_test.go`` files) into one binary,
``.peers/kgo/kgo.test``. The module fixture ``kgo_run`` runs that binary, through Go's
``test2json``, with every Go test that this pytest run selected: the cases in ``tests.allow``,
or all of them under ``STREAMD_COMPAT_ALL=1``; a case skipped by the allowlist or deselected
with ``-k`` costs nothing. The small tests share one run, side by side; each ETL test
(``EXCLUSIVE``) then gets a run of its own. An ETL test drives up to four chains of three
groups with up to nine members each, so alone it keeps the load on a two-core machine bounded
and its failure its own. (The first run against Kafka, everything at once, had classic ETL
chains fail with UNKNOWN_MEMBER_ID and i/o timeouts, but the share-group tests in that run
were deadlocking Kafka at the time; each ETL test alone passed.)

Each pytest case reads one Go test's result, so the allowlist governs Go tests one by one. A
case named ``TestX/sub`` reads a subtest: its Go test runs whole, but the subtest has its own
pass, fail or skip, and franz-go skips subtests whose feature the broker does not advertise
(KIP-848 groups, static membership, share groups). A listed case that franz-go skips fails, as
every listed case that skips does (conftest.py).

Environment (the defaults keep the stage within a few minutes on two cores):

- ``STREAMD_KGO_RECORDS`` (200000): ``KGO_TEST_RECORDS``, records per ETL test (franz-go's
  default is 500000). Each ETL chain adds a second wave of consumers 5 s in, to rebalance the
  groups mid-stream; with 10000 records streamd had copied everything through all three
  levels before that, so the wave only joined and left idle groups. With 200000 the classic
  chains run about 15 s on streamd and 45 to 49 s on Kafka.
- ``STREAMD_KGO_TIMEOUT_S`` (300): the binary's ``-test.timeout``, per run; pytest's timeout
  for this module is set above the sum of the runs.
- ``STREAMD_KGO_PARALLEL`` (4): ``-test.parallel``. Most of these tests wait on the broker
  rather than compute, so more than the two cores' worth run side by side.
- ``STREAMD_KGO_LOG_LEVEL`` (none): ``KGO_LOG_LEVEL``; ``info`` or ``debug`` to see the
  client's logs in a failing case's output.
- ``STREAMD_KGO_DIR`` (``.peers/kgo``): where ``install.sh`` put ``kgo.test`` and
  ``test2json``.
- ``STREAMD_KGO_SHARE`` (unset): ``1`` runs the share-group tests (``SHARE_GROUP_TESTS``).
  They are skipped otherwise, even under ``STREAMD_COMPAT_ALL=1``: they deadlocked Apache Kafka
  4.2.0 (see FINDINGS.md), and a broker they wedge is lost to everyone using it.
- Any other ``KGO_*`` variable (``KGO_TEST_CHAOS``, ``KGO_TEST_MAX_TOPIC_PARTS``, ...) reaches
  the binary unchanged. ``KGO_SEEDS`` is the broker under test and ``KGO_TEST_RF`` is 1.

The raw ``test2json`` stream of each run is kept as ``kgo.jsonl`` in a pytest temporary
directory; a failing case names its file.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from compat_tests.conftest import Broker

# The franz-go release whose tests run here. install.sh reads it from this line, and the list
# below follows that release's test files; tests.allow and FINDINGS.md were established with it.
KGO_VERSION = "v1.21.7"

REPO_ROOT = Path(__file__).resolve().parents[2]
PEER_DIR = Path(os.environ.get("STREAMD_KGO_DIR", str(REPO_ROOT / ".peers" / "kgo")))
RECORDS = int(os.environ.get("STREAMD_KGO_RECORDS", "200000"))
GO_TIMEOUT_S = int(os.environ.get("STREAMD_KGO_TIMEOUT_S", "300"))
PARALLEL = int(os.environ.get("STREAMD_KGO_PARALLEL", "4"))
LOG_LEVEL = os.environ.get("STREAMD_KGO_LOG_LEVEL", "none")
RUN_SHARE_GROUP_TESTS = os.environ.get("STREAMD_KGO_SHARE", "") not in ("", "0")
OUTPUT_TAIL_LINES = 150
BROKER_LOG_TAIL_BYTES = 20_000
GOROUTINE_HEADER = re.compile(r"goroutine \d+ \[")

# The Go tests that need a broker, by what they exercise. Every one that is not in tests.allow
# has its reason in FINDINGS.md. The rest of kgo's tests are unit tests that never connect.
GO_TESTS = [
    # Connections, metadata and coordinators.
    "TestPing",
    "TestIssue1034",  # FindCoordinator v4+: several keys in one request
    "TestUnknownGroupOffsetFetchPinned",  # OffsetFetch for a group that does not exist
    "TestIssue648",  # consuming a missing topic reports UNKNOWN_TOPIC_OR_PARTITION
    "TestSCRAMAuth",
    "TestSCRAMAuthBadCredentials",
    # Producing.
    "TestClient_Produce",  # 50 concurrent synchronous producers into one partition
    "TestClient_ProduceLargeMessages",  # max.message.bytes set at CreateTopics is enforced
    "TestClient_ProduceLargeMessages/LargeMessage_FailureClient",
    "TestClient_ProduceLargeMessages/LargeMessage_FailureBroker",
    "TestIssue769",  # a cancelled record on a slow connection
    "TestIssue831",
    "TestIssueProduceSyncManualPartitionNegativeDoesNotPanic",
    # Consuming assigned partitions and topics (no group).
    "TestIssue325",
    "TestIssue337",
    "TestDirectPartitionPurge",
    "TestAddRemovePartitions",
    "TestPauseIssue489",
    "TestPauseIssueOct2023",
    "TestIssue810",
    "TestIssue865",
    "TestPooling",
    "TestHookPollStart",
    "TestConsumeRegex",  # regex subscription, excludes, and internal topics skipped
    "TestIssue434",  # a deleted topic drops out of a regex subscription
    # Consumer groups: classic, static (KIP-345) and KIP-848.
    "TestGroupSimple",
    "TestGroupSimple/classic",
    "TestGroupSimple/848",
    "TestIssue523",  # regex group subscription survives its topic's deletion
    "TestGroupETL",
    "TestGroupETL/range",
    "TestGroupETL/cooperative-sticky",
    "TestGroupETL/cooperative-sticky/static",
    "TestGroupETL/range/848",
    "TestGroupETL/sticky/848",
    "TestGroupETL/sticky/848/static",
    "Test848RegexBrokerResolves",
    # Transactions.
    "TestTxnEtl",
    "TestTxnEtl/range",
    "TestTxnEtl/cooperative-sticky",
    "TestTxnEtl/cooperative-sticky/static",
    "TestTxnEtl/range/848",
    "TestTxnEtl/sticky/848",
    "TestTxnEtl/sticky/848/static",
]

# Share groups (KIP-932): opt-in with STREAMD_KGO_SHARE=1, because they deadlock Kafka 4.2.0.
SHARE_GROUP_TESTS = [
    "TestShareGroup",
    "TestShareGroupETL",
    "TestShareGroupAckOnClose",
    "TestShareGroupOffsetsAdmin",
    "TestConsumeRegexShareSkipsInternal",
]

# Each of these runs alone, after the others (see the module docstring).
EXCLUSIVE = ["TestGroupETL", "TestTxnEtl", "TestShareGroupETL"]

# A run that outlives its -test.timeout is killed this much later.
KILL_MARGIN_S = 60
# Setting up the module fixture runs every batch, and pytest-timeout counts fixture set-up
# against the first case that requests it.
pytestmark = pytest.mark.timeout((1 + len(EXCLUSIVE)) * (GO_TIMEOUT_S + KILL_MARGIN_S) + 60)


@dataclass
class GoResult:
    """One Go test or subtest: its final action (pass, fail, skip; None if it never finished),
    its elapsed seconds as Go reported them, and its output lines."""

    name: str
    action: str | None = None
    elapsed: float | None = None
    output: list[str] = field(default_factory=list)


@dataclass
class GoBatch:
    """One run of the kgo test binary over some top-level Go tests, parsed from test2json."""

    ran: list[str]
    results: dict[str, GoResult]
    # (test name or None for package-level output, line) in the order the binary printed them.
    lines: list[tuple[str | None, str]]
    returncode: int | None
    wall_s: float
    log_path: Path
    # The streamd log written during this run (empty for an external broker), cut to its end.
    broker_log: str = ""

    def output_of(self, name: str) -> str:
        """The last lines printed by ``name`` and its subtests, in order. A test that never
        finished also gets the package-level lines (a crash lands there). The goroutine dump
        that follows a panic (at -test.timeout, thousands of lines) is cut: the lines before it
        say which tests were running, and the log file keeps the whole dump."""
        finished = self.results.get(name, GoResult(name)).action is not None
        prefix = name + "/"
        picked = [
            line
            for test, line in self.lines
            if test == name
            or (test is not None and test.startswith(prefix))
            or (test is None and not finished)
        ]
        dump = next((i for i, line in enumerate(picked) if GOROUTINE_HEADER.match(line)), None)
        if dump is not None:
            picked = picked[:dump] + [f"[goroutine dump cut; see {self.log_path}]\n"]
        return "".join(picked[-OUTPUT_TAIL_LINES:])

    def describe(self) -> str:
        return (
            f"franz-go {KGO_VERSION} kgo.test ran {', '.join(self.ran)} in {self.wall_s:.0f} s, "
            f"exit status {self.returncode}; the full test2json stream is {self.log_path}"
        )


@dataclass
class KgoRun:
    """Every batch this module ran, and which batch ran each top-level Go test."""

    batches: list[GoBatch]

    def batch_of(self, go_test: str) -> GoBatch | None:
        top = go_test.split("/", 1)[0]
        return next((batch for batch in self.batches if top in batch.ran), None)


def parse_test2json(stream: str) -> tuple[dict[str, GoResult], list[tuple[str | None, str]]]:
    """Results per Go test (``Test`` field) and the output lines, from test2json's JSON lines.
    A line that is not JSON (test2json prints none, but a crash might) counts as package output."""
    results: dict[str, GoResult] = {}
    lines: list[tuple[str | None, str]] = []
    for raw in stream.splitlines():
        try:
            event = json.loads(raw)
        except ValueError:
            lines.append((None, raw + "\n"))
            continue
        if not isinstance(event, dict):
            continue
        test = event.get("Test")
        action = event.get("Action")
        if action == "output":
            lines.append((test, str(event.get("Output", ""))))
            if test is not None:
                results.setdefault(test, GoResult(test)).output.append(str(event.get("Output", "")))
        elif test is not None and action in ("pass", "fail", "skip"):
            result = results.setdefault(test, GoResult(test))
            result.action = action
            elapsed = event.get("Elapsed")
            result.elapsed = float(elapsed) if isinstance(elapsed, int | float) else None
        elif test is not None and action == "run":
            results.setdefault(test, GoResult(test))
    return results, lines


def _selected_go_tests(session: pytest.Session, module_path: Path) -> list[str]:
    """The Go tests behind this module's cases that will run in this session: collected, not
    deselected, and not skipped (by the allowlist or otherwise). Subtest cases select their
    top-level test, since a Go subtest cannot run without its parent."""
    selected: set[str] = set()
    for item in session.items:
        if not isinstance(item, pytest.Function) or item.path.resolve() != module_path:
            continue
        go_test = item.callspec.params.get("go_test") if hasattr(item, "callspec") else None
        if not isinstance(go_test, str) or item.get_closest_marker("skip") is not None:
            continue
        selected.add(go_test.split("/", 1)[0])
    return sorted(selected)


def _check_build() -> tuple[Path, Path]:
    """The test binary and test2json, if install.sh built them for the pinned franz-go."""
    binary = PEER_DIR / "kgo.test"
    test2json = PEER_DIR / "test2json"
    version_file = PEER_DIR / "version"
    if not (binary.exists() and test2json.exists()):
        pytest.skip(f"{binary} is not built: run compat_tests/kgo/install.sh")
    built = version_file.read_text().strip() if version_file.exists() else "unknown"
    if built != KGO_VERSION:
        pytest.skip(f"{binary} is franz-go {built}, not {KGO_VERSION}: run compat_tests/kgo/install.sh")
    return binary, test2json


def run_kgo_binary(broker: Broker, go_tests: list[str], workdir: Path) -> GoBatch:
    """Run ``kgo.test`` once for the top-level ``go_tests`` against ``broker``; parse it.

    test2json runs the binary (``-test.v=test2json`` makes the binary frame each test's output
    so that parallel tests' lines are attributed correctly) and merges its stdout and stderr.
    Both run in a new process group, which is killed if the binary outlives its own timeout."""
    binary, test2json = _check_build()
    env = dict(os.environ)
    env.update(
        KGO_SEEDS=broker.bootstrap,
        KGO_TEST_RF="1",
        KGO_TEST_RECORDS=str(RECORDS),
        KGO_LOG_LEVEL=LOG_LEVEL,
    )
    command = [
        str(test2json),
        "-t",
        "-p",
        "kgo",
        str(binary),
        "-test.v=test2json",
        "-test.count=1",
        f"-test.timeout={GO_TIMEOUT_S}s",
        f"-test.parallel={PARALLEL}",
        "-test.run",
        "^(" + "|".join(re.escape(name) for name in go_tests) + ")$",
    ]
    workdir.mkdir(parents=True, exist_ok=True)
    log_path = workdir / "kgo.jsonl"
    started = time.monotonic()
    broker_log_start = broker.log_size()
    returncode: int | None = None
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, cwd=workdir, env=env, start_new_session=True
        )
        try:
            # At -test.timeout the binary panics and reports what was running; the margin is for
            # that report and for test2json.
            returncode = process.wait(timeout=GO_TIMEOUT_S + KILL_MARGIN_S)
        except subprocess.TimeoutExpired:
            pass
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
    wall_s = time.monotonic() - started
    broker_log = _broker_log_between(broker, broker_log_start, broker.log_size())
    results, lines = parse_test2json(log_path.read_text(errors="replace"))
    return GoBatch(go_tests, results, lines, returncode, wall_s, log_path, broker_log)


def _broker_log_between(broker: Broker, start: int, end: int) -> str:
    """The end of what streamd logged between two offsets of its log (conftest.py attaches the
    log of a case's call phase only, and every kgo run happens in this module's fixture)."""
    if broker.log_path is None or end <= start:
        return ""
    with open(broker.log_path, "rb") as log:
        log.seek(max(start, end - BROKER_LOG_TAIL_BYTES))
        return log.read(end - log.tell()).decode("utf-8", "replace")


@pytest.fixture(scope="module")
def kgo_run(
    request: pytest.FixtureRequest, broker: Broker, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[KgoRun]:
    """The runs of the kgo test binary for this module: only the selected Go tests, the small
    ones together first, then each ETL test alone."""
    selected = _selected_go_tests(request.session, Path(__file__).resolve())
    shared = [name for name in selected if name not in EXCLUSIVE]
    batches = ([shared] if shared else []) + [[name] for name in EXCLUSIVE if name in selected]
    workdir = tmp_path_factory.mktemp("kgo")
    yield KgoRun([run_kgo_binary(broker, batch, workdir / f"run{i}") for i, batch in enumerate(batches)])


def _skip_reason(result: GoResult) -> str:
    """franz-go's own t.Skip message: the last output line that is not test2json framing."""
    for line in reversed(result.output):
        text = line.strip()
        if text and not text.startswith(("=== ", "--- ")):
            return text
    return "no reason given"


def _cases() -> list[pytest.ParameterSet]:
    """One case per Go test or subtest; the share-group ones skipped unless opted in."""
    share_skip = pytest.mark.skip(
        reason="share-group tests deadlocked Kafka 4.2.0; STREAMD_KGO_SHARE=1 runs them (FINDINGS.md)"
    )
    return [pytest.param(name) for name in GO_TESTS] + [
        pytest.param(name, marks=() if RUN_SHARE_GROUP_TESTS else (share_skip,)) for name in SHARE_GROUP_TESTS
    ]


@pytest.mark.parametrize("go_test", _cases())
def test_kgo(
    go_test: str,
    broker: Broker,
    kgo_run: KgoRun,
    request: pytest.FixtureRequest,
    record_property: Callable[[str, object], None],
) -> None:
    """The Go test (or subtest) ``go_test`` passed in the kgo run. franz-go's skip is this
    case's skip; on a failure the message holds the test's output and the streamd log."""
    batch = kgo_run.batch_of(go_test)
    assert batch is not None, f"{go_test} was not selected for a run"
    result = batch.results.get(go_test)
    if result is not None and result.action == "pass":
        record_property("go_elapsed_s", result.elapsed)
        return
    if result is not None and result.action == "skip":
        pytest.skip(f"franz-go skipped {go_test}: {_skip_reason(result)}")
    if batch.broker_log:
        request.node.add_report_section("call", "streamd log during the kgo run (end)", batch.broker_log)
    if result is None or result.action is None:
        state = "did not start" if result is None else "did not finish"
        headline = (
            f"{go_test} {state}: a timeout, a crash, a parent test that failed before starting it, "
            f"or a test not in franz-go {KGO_VERSION}."
        )
    else:
        headline = f"{go_test} failed after {result.elapsed} s."
    pytest.fail(f"{headline}\n{batch.describe()}\n\n{batch.output_of(go_test)}", pytrace=False)
