"""Opening the store: URL resolution, SQLite pragmas, and schema migrations.

The store is any SQLAlchemy URL. The default is an embedded SQLite file in WAL mode
with foreign keys enforced; PostgreSQL works by passing its URL (``--db`` or the
``REPLENISH_DB`` environment variable). The schema is always brought to the newest
Alembic revision when a store is opened.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
ENV_VAR = "REPLENISH_DB"


def default_database_path() -> Path:
    """Where the embedded SQLite store lives unless told otherwise."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "replenish" / "replenish.db"


def resolve_database_url(url: str | None = None) -> str:
    """Pick the store URL: explicit argument, then ``REPLENISH_DB``, then the default file.

    A bare file path (no ``://``) is taken as a SQLite file.
    """
    chosen = url or os.environ.get(ENV_VAR) or ""
    if not chosen:
        path = default_database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    if "://" not in chosen:
        path = Path(chosen).expanduser().resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    return normalise_postgres_url(chosen)


def normalise_postgres_url(url: str) -> str:
    """Use the psycopg 3 driver for plain ``postgresql://`` URLs."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def create_store_engine(url: str | None = None) -> Engine:
    """An engine for the store, without touching the schema."""
    resolved = resolve_database_url(url)
    engine = create_engine(resolved, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def upgrade_schema(engine: Engine) -> None:
    """Apply every Alembic migration not yet applied (idempotent)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@lru_cache(maxsize=8)
def open_store(url: str | None = None) -> Engine:
    """Engine for ``url`` with the schema at the newest revision (cached per URL)."""
    engine = create_store_engine(url)
    upgrade_schema(engine)
    return engine


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
