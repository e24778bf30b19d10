"""The store on SQLite and on a real PostgreSQL server: schema, constraints, audit log."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, func, insert, inspect, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from data.schema import AuditLog, Base, Item, PurchaseOrder, PurchaseOrderLine, Sale
from data.store import (
    create_store_engine,
    normalise_postgres_url,
    resolve_database_url,
    session_scope,
    upgrade_schema,
)


def test_migrations_create_every_table_of_the_models(store: Engine) -> None:
    tables = set(inspect(store).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_migrations_match_the_models_exactly(store: Engine) -> None:
    with store.connect() as connection:
        context = MigrationContext.configure(connection)
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_upgrade_is_idempotent(store: Engine) -> None:
    upgrade_schema(store)
    upgrade_schema(store)
    with store.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0002"


def test_purchase_order_with_lines_round_trips(store: Engine) -> None:
    with session_scope(store) as session:
        session.add(Item(sku="A-1", name="Anchor bolt", unit_cost=2.5))
        purchase_order = PurchaseOrder(
            po_id="PO-1", supplier="Acme", status="sent", order_date=dt.date(2026, 1, 5),
            promised_date=dt.date(2026, 1, 20),
        )
        purchase_order.lines.append(PurchaseOrderLine(sku="A-1", quantity=120, unit_cost=2.5))
        session.add(purchase_order)
    with session_scope(store) as session:
        loaded = session.get(PurchaseOrder, "PO-1")
        assert loaded is not None
        assert [(line.sku, line.quantity, line.received_quantity) for line in loaded.lines] == [("A-1", 120, 0)]
        assert loaded.promised_date == dt.date(2026, 1, 20)
        item = session.get(Item, "A-1")
        assert item is not None
        assert (item.holding_cost_rate, item.lead_time_days, item.pack_size, item.service_level) == (
            0.25, 7.0, 1, 0.95,
        )


def test_foreign_keys_are_enforced(store: Engine) -> None:
    with pytest.raises(IntegrityError):
        with session_scope(store) as session:
            session.add(Sale(sku="NOPE", date=dt.date(2026, 1, 1), quantity=3))
    with store.connect() as connection:
        assert connection.execute(select(func.count()).select_from(Sale)).scalar_one() == 0


def test_audit_log_is_append_only(store: Engine) -> None:
    with store.begin() as connection:
        connection.execute(insert(AuditLog).values(actor="ana", action="purchase_order_approved", entity="purchase_order"))
    with pytest.raises(DBAPIError, match="append-only"):
        with store.begin() as connection:
            connection.execute(update(AuditLog).values(actor="mallory"))
    with pytest.raises(DBAPIError, match="append-only"):
        with store.begin() as connection:
            connection.execute(AuditLog.__table__.delete())
    with store.connect() as connection:
        assert connection.execute(select(AuditLog.actor)).scalars().all() == ["ana"]


def test_sqlite_store_uses_wal_and_foreign_keys(sqlite_store: Engine) -> None:
    with sqlite_store.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar_one() == 1


def test_database_url_resolution(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPLENISH_DB", "postgresql://u@h/db")
    assert resolve_database_url() == "postgresql+psycopg://u@h/db"
    assert resolve_database_url("sqlite:///x.db") == "sqlite:///x.db"
    monkeypatch.delenv("REPLENISH_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert resolve_database_url() == f"sqlite:///{tmp_path}/replenish/replenish.db"
    assert resolve_database_url(str(tmp_path / "plain.db")) == f"sqlite:///{tmp_path / 'plain.db'}"
    assert normalise_postgres_url("postgres://a/b") == "postgresql+psycopg://a/b"


def test_engine_without_schema_has_no_tables(tmp_path) -> None:
    engine = create_store_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    assert inspect(engine).get_table_names() == []
