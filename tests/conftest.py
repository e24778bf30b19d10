"""Shared fixtures: fresh stores (SQLite file, real PostgreSQL server) and the CLI runner.

PostgreSQL: ``REPLENISH_TEST_POSTGRES_URL`` points at a server to use; otherwise a
throw-away cluster is started from Debian's binaries (/usr/lib/postgresql/*/bin) on a
free loopback port. When ``REPLENISH_REQUIRE_POSTGRES`` is set (``make test`` sets it)
a missing server is a failure, not a skip.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from data.store import create_store_engine, upgrade_schema

REPO_ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 23)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_postgres_user(command: list[str]) -> list[str]:
    """initdb refuses to run as root: run the server as the ``postgres`` user then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def _postgres_unavailable(reason: str) -> None:
    if os.environ.get("REPLENISH_REQUIRE_POSTGRES"):
        pytest.fail(f"PostgreSQL required but unavailable: {reason}")
    pytest.skip(f"PostgreSQL unavailable: {reason}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """URL of a PostgreSQL server (without database name) for the whole session."""
    configured = os.environ.get("REPLENISH_TEST_POSTGRES_URL")
    if configured:
        yield configured.rstrip("/")
        return
    binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not binaries:
        _postgres_unavailable("no initdb under /usr/lib/postgresql (apt-get install postgresql)")
    bin_dir = Path(binaries[-1]).parent
    workdir = Path(tempfile.mkdtemp(prefix="replenish-pg-"))
    data_dir = workdir / "data"
    if os.geteuid() == 0:
        shutil.chown(workdir, user="postgres")
    port = _free_port()
    subprocess.run(
        _as_postgres_user([str(bin_dir / "initdb"), "-D", str(data_dir), "-A", "trust", "-U", "replenish"]),
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {workdir} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        _as_postgres_user(
            [str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-o", options, "-l", str(workdir / "log"), "-w", "start"]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://replenish@127.0.0.1:{port}"
    finally:
        subprocess.run(
            _as_postgres_user([str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database on the session's PostgreSQL server."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin_url = postgres_server.replace("postgresql+psycopg://", "postgresql://") + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    yield f"{postgres_server}/{name}"


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each store test runs once on SQLite and once on a real PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def store(store_url: str) -> Iterator[Engine]:
    engine = create_store_engine(store_url)
    upgrade_schema(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def sqlite_store(sqlite_url: str) -> Iterator[Engine]:
    engine = create_store_engine(sqlite_url)
    upgrade_schema(engine)
    yield engine
    engine.dispose()


def run_cli(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """Run ``replenish ARGS`` as a subprocess, the way a user's script would."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env=full_env,
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def demo_store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo loaded once into a SQLite file; tests work on copies (``demo``)."""
    from data.demo import load_demo
    from data.store import open_store

    path = tmp_path_factory.mktemp("demo-store") / "demo.db"
    engine = open_store(f"sqlite:///{path}")
    load_demo(engine)
    engine.dispose()
    open_store.cache_clear()
    return path


@pytest.fixture
def demo(demo_store_file: Path, tmp_path: Path) -> Iterator[Engine]:
    """A fresh copy of the demo store, as an engine."""
    from data.store import open_store

    copy = tmp_path / "demo.db"
    shutil.copy(demo_store_file, copy)
    engine = open_store(f"sqlite:///{copy}")
    yield engine
    engine.dispose()
