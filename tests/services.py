"""Real PostgreSQL and Redis on 127.0.0.1 for the ``services`` tests.

``postgres_server()`` and ``redis_server()`` start a throw-away server on a
free port in a temporary directory, wait until it answers, yield how to
connect, and stop and delete it afterwards. The binaries are installed with
``apt-get`` when missing (CI runs as root on a fresh Debian machine); the
calling test is skipped only when apt cannot be used at all.

PostgreSQL refuses to run as root, so as root the cluster belongs to the
``postgres`` system user and ``initdb``/``pg_ctl`` run through ``runuser``.

Usage in a test module::

    @pytest.fixture(scope="module")
    def postgres():
        with services.postgres_server() as server:
            yield server
"""
from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shlex
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.harness import free_port

APT_PACKAGES = {"postgresql": "postgresql", "redis": "redis-server"}
POSTGRES_SYSTEM_USER = "postgres"
POSTGRES_BIN_GLOB = "/usr/lib/postgresql/*/bin"
DB_USER = "rasa"
DB_NAME = "rasa"
START_TIMEOUT = 60.0
APT_TIMEOUT = 900.0

_apt_lock = threading.Lock()
_apt_updated = False


@dataclass(frozen=True)
class PostgresInfo:
    """How to reach a running PostgreSQL server."""

    host: str
    port: int
    user: str
    password: str
    database: str

    @property
    def url(self) -> str:
        """SQLAlchemy URL (``TICKETS_DB_URL`` / ``SMS_STATE_DB_URL`` style)."""
        return f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.database}"

    def env(self) -> dict[str, str]:
        """The ``DB_*`` variables endpoints.production.yml reads."""
        return {
            "DB_HOST": self.host,
            "DB_PORT": str(self.port),
            "DB_NAME": self.database,
            "DB_USER": self.user,
            "DB_PASSWORD": self.password,
        }


@dataclass(frozen=True)
class RedisInfo:
    """How to reach a running Redis server."""

    host: str
    port: int
    password: str
    db: int = 1

    def env(self) -> dict[str, str]:
        """The ``REDIS_*`` variables endpoints.production.yml reads."""
        return {
            "REDIS_HOST": self.host,
            "REDIS_PORT": str(self.port),
            "REDIS_PASSWORD": self.password,
            "REDIS_DB": str(self.db),
        }

    def client(self):
        """A redis-py client for this server."""
        import redis

        return redis.Redis(host=self.host, port=self.port, password=self.password, db=self.db)


# --- finding and installing the binaries ---------------------------------------


def _postgres_bin_dir() -> Path | None:
    """Directory holding ``initdb`` and ``pg_ctl`` (newest Debian version first)."""
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(os.path.realpath(initdb)).parent
    candidates = sorted(
        glob.glob(POSTGRES_BIN_GLOB), key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0
    )
    for candidate in reversed(candidates):
        if (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    return None


def _redis_server_binary() -> str | None:
    return shutil.which("redis-server") or next(
        (p for p in ("/usr/bin/redis-server", "/usr/sbin/redis-server") if os.access(p, os.X_OK)), None
    )


def _apt_install(package: str) -> None:
    """``apt-get install -y package`` (after one ``apt-get update``), or skip the test.

    Skips only when apt is unusable here (no ``apt-get``, or not root); an
    install that runs and fails is a test failure.
    """
    global _apt_updated
    if shutil.which("apt-get") is None:
        pytest.skip(f"{package} is not installed and apt-get is unavailable: install it to run services tests")
    if os.geteuid() != 0:
        pytest.skip(f"{package} is not installed and apt-get needs root: install it to run services tests")
    # Wait for another apt/dpkg run (a parallel test session) instead of failing on its lock.
    lock_wait = ["-o", "DPkg::Lock::Timeout=600"]
    with _apt_lock:
        if not _apt_updated:
            _apt(["apt-get", *lock_wait, "update", "-qq"])
            _apt_updated = True
        _apt(["apt-get", *lock_wait, "install", "-y", "-qq", "--no-install-recommends", package])


def _apt(command: list[str]) -> None:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=APT_TIMEOUT)
    if result.returncode != 0:
        raise RuntimeError(f"{shlex.join(command)} failed ({result.returncode}):\n{result.stderr[-3000:]}")


def postgres_bin_dir() -> Path:
    """``initdb``/``pg_ctl`` directory, installing PostgreSQL if needed."""
    found = _postgres_bin_dir()
    if found is None:
        _apt_install(APT_PACKAGES["postgresql"])
        found = _postgres_bin_dir()
    if found is None:
        raise RuntimeError(f"apt installed postgresql but no initdb/pg_ctl under {POSTGRES_BIN_GLOB}")
    return found


def redis_server_binary() -> str:
    """Path of ``redis-server``, installing it if needed."""
    found = _redis_server_binary()
    if found is None:
        _apt_install(APT_PACKAGES["redis"])
        found = _redis_server_binary()
    if found is None:
        raise RuntimeError("apt installed redis-server but it is not on PATH")
    return found


# --- PostgreSQL ---------------------------------------------------------------------


def _as_postgres_user(command: list[str]) -> list[str]:
    """``command`` run as the ``postgres`` system user when we are root."""
    if os.geteuid() != 0:
        return command
    if shutil.which("runuser"):
        return ["runuser", "-u", POSTGRES_SYSTEM_USER, "--", *command]
    return ["su", POSTGRES_SYSTEM_USER, "-s", "/bin/sh", "-c", shlex.join(command)]


def _owned_temp_dir(prefix: str) -> Path:
    """A fresh temp dir owned by the user PostgreSQL runs as."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam(POSTGRES_SYSTEM_USER)
        except KeyError:
            subprocess.run(["useradd", "--system", "--no-create-home", POSTGRES_SYSTEM_USER], check=True)
            owner = pwd.getpwnam(POSTGRES_SYSTEM_USER)
        os.chown(path, owner.pw_uid, owner.pw_gid)
    return path


def _run(command: list[str], what: str, timeout: float = START_TIMEOUT) -> None:
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"{what} failed ({result.returncode}): {result.stderr.strip() or result.stdout.strip()}")


def _create_database(info: PostgresInfo) -> None:
    import psycopg2

    connection = psycopg2.connect(
        host=info.host, port=info.port, user=info.user, password=info.password, dbname="postgres"
    )
    try:
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{info.database}"')
    finally:
        connection.close()


@contextlib.contextmanager
def postgres_server() -> Iterator[PostgresInfo]:
    """Run a private PostgreSQL cluster on 127.0.0.1; yields its connection info.

    Password (scram) authentication over TCP, like a managed database; fsync
    off, since the data is thrown away.
    """
    bin_dir = postgres_bin_dir()
    root = _owned_temp_dir("pg-test-")
    data = root / "data"
    password = secrets.token_urlsafe(16)
    password_file = root / "pwfile"
    password_file.write_text(password)
    if os.geteuid() == 0:
        owner = pwd.getpwnam(POSTGRES_SYSTEM_USER)
        os.chown(password_file, owner.pw_uid, owner.pw_gid)
    password_file.chmod(0o600)
    port = free_port()
    info = PostgresInfo("127.0.0.1", port, DB_USER, password, DB_NAME)
    pg_ctl = str(bin_dir / "pg_ctl")
    started = False
    try:
        _run(
            _as_postgres_user([
                str(bin_dir / "initdb"), "-D", str(data), "-U", DB_USER, f"--pwfile={password_file}",
                "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--no-sync",
            ]),
            "initdb",
        )
        server_options = (
            f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -F "
            "-c max_connections=60 -c shared_buffers=32MB"
        )
        _run(
            _as_postgres_user([
                pg_ctl, "-D", str(data), "-o", server_options, "-l", str(root / "server.log"),
                "-w", "-t", str(int(START_TIMEOUT)), "start",
            ]),
            f"pg_ctl start (log: {root / 'server.log'})",
            timeout=START_TIMEOUT + 10,
        )
        started = True
        _create_database(info)
        yield info
    finally:
        if started:
            with contextlib.suppress(Exception):
                _run(_as_postgres_user([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]), "pg_ctl stop")
        shutil.rmtree(root, ignore_errors=True)


# --- Redis ------------------------------------------------------------------------


def _wait_for_redis(info: RedisInfo, process: subprocess.Popen, log: Path) -> None:
    import redis

    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"redis-server exited with {process.returncode}: {log.read_text()[-2000:]}")
        with contextlib.suppress(redis.exceptions.RedisError):
            if info.client().ping():
                return
        time.sleep(0.1)
    raise TimeoutError(f"redis-server did not answer within {START_TIMEOUT:.0f}s")


@contextlib.contextmanager
def redis_server() -> Iterator[RedisInfo]:
    """Run a private Redis on 127.0.0.1 with a password and no persistence."""
    binary = redis_server_binary()
    root = Path(tempfile.mkdtemp(prefix="redis-test-"))
    info = RedisInfo("127.0.0.1", free_port(), secrets.token_urlsafe(16))
    log = root / "redis.log"
    command = [
        binary, "--port", str(info.port), "--bind", "127.0.0.1", "--requirepass", info.password,
        "--dir", str(root), "--save", "", "--appendonly", "no", "--daemonize", "no", "--logfile", str(log),
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        _wait_for_redis(info, process, log)
        yield info
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(root, ignore_errors=True)
