"""`replenish parse-email PATH... --apply --by NAME`: a parsed message confirmed from the CLI.

Without --apply nothing is written (a preview is shown); --apply without --by is exit 2;
with --apply each parsed message is recorded and confirmed in one transaction, and the
JSON objects gain ``"applied"``.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from data.schema import AuditLog, Item, LeadTimeObservation, PurchaseOrder, PurchaseOrderLine, SupplierMessage
from data.store import create_store_engine, session_scope
from tests.conftest import REPO_ROOT, run_cli

EMAILS = REPO_ROOT / "data" / "demo" / "emails"
DELAY = str(EMAILS / "01_ningbo_delay_notice_zh.eml")  # PO-2026-0118: 2026-11-03 → 2026-12-17
PRICE = str(EMAILS / "06_shenzhen_price_change_en.eml")  # LED-1109 0.92 → 0.89
TODAY = ["--today", "2026-11-23"]


@pytest.fixture
def store(demo_store_file: Path, tmp_path: Path) -> str:
    """A fresh copy of the demo store; its URL."""
    copy = tmp_path / "demo.db"
    shutil.copy(demo_store_file, copy)
    return f"sqlite:///{copy}"


def snapshot(url: str) -> dict[str, Any]:
    engine = create_store_engine(url)
    try:
        with session_scope(engine) as session:
            return {
                "orders": session.execute(select(PurchaseOrder.po_id, PurchaseOrder.status, PurchaseOrder.promised_date)
                                          .order_by(PurchaseOrder.po_id)).all(),
                "lines": session.execute(select(PurchaseOrderLine.id, PurchaseOrderLine.promised_date)
                                         .order_by(PurchaseOrderLine.id)).all(),
                "items": session.execute(select(Item.sku, Item.unit_cost, Item.moq, Item.on_hand, Item.on_order)
                                         .order_by(Item.sku)).all(),
                "observations": session.execute(select(func.count()).select_from(LeadTimeObservation)).scalar_one(),
                "messages": session.execute(select(func.count()).select_from(SupplierMessage)).scalar_one(),
                "audit": session.execute(select(func.count()).select_from(AuditLog)).scalar_one(),
            }
    finally:
        engine.dispose()


def test_apply_delay_notice_moves_dates_records_observations_and_audit(store: str) -> None:
    result = run_cli("parse-email", DELAY, "--apply", "--by", "Dana Whitfield", "--db", store, *TODAY, "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["message_type"] == "delay_notice" and document["po_number"] == "PO-2026-0118"
    applied = document["applied"]
    assert applied["status"] == "confirmed" and applied["person"] == "Dana Whitfield"
    kinds = [change["kind"] for change in applied["applied"]]
    assert kinds.count("line_promised_date") == 4 and kinds.count("observation") == 4 and "po_promised_date" in kinds

    engine = create_store_engine(store)
    try:
        with session_scope(engine) as session:
            order = session.get(PurchaseOrder, "PO-2026-0118")
            assert order.promised_date == dt.date(2026, 12, 17)
            assert {line.promised_date for line in order.lines} == {dt.date(2026, 12, 17)}
            observations = session.execute(
                select(LeadTimeObservation).where(LeadTimeObservation.source == "message")).scalars().all()
            assert {(o.po_id, o.promised_date, o.actual_date) for o in observations} == {
                ("PO-2026-0118", dt.date(2026, 11, 3), dt.date(2026, 12, 17))}
            assert len(observations) == 4 and {o.message_id for o in observations} == {applied["message_id"]}
            message = session.get(SupplierMessage, applied["message_id"])
            assert (message.status, message.decided_by, message.po_id) == ("confirmed", "Dana Whitfield", "PO-2026-0118")
            assert "PO-2026-0118" in message.body or "0118" in message.body
            audit = session.get(AuditLog, applied["audit_id"])
            assert (audit.actor, audit.action, audit.entity_id) == (
                "Dana Whitfield", "supplier_message_confirmed", str(applied["message_id"]))
            assert len(audit.details["changes"]) == len(applied["applied"])
    finally:
        engine.dispose()


def test_without_apply_the_store_is_unchanged_and_a_preview_is_shown(store: str) -> None:
    before = snapshot(store)
    readable = run_cli("parse-email", DELAY, "--db", store, *TODAY)
    assert readable.returncode == 0, readable.stderr
    assert "would change" in readable.stdout and "2026-11-03 → 2026-12-17" in readable.stdout
    as_json = run_cli("parse-email", DELAY, PRICE, "--by", "Dana Whitfield", "--db", store, *TODAY, "--json")
    assert as_json.returncode == 0, as_json.stderr
    assert all("applied" not in json.loads(line) for line in as_json.stdout.splitlines())
    assert snapshot(store) == before


def test_apply_without_by_is_exit_2_and_changes_nothing(store: str) -> None:
    before = snapshot(store)
    for extra in ([], ["--by", "   "]):
        result = run_cli("parse-email", DELAY, "--apply", *extra, "--db", store, *TODAY, "--json")
        assert result.returncode == 2 and result.stdout == ""
        assert "--by" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(store) == before


def test_apply_needs_an_existing_store(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg"), "REPLENISH_DB": ""}
    result = run_cli("parse-email", DELAY, "--apply", "--by", "Ana", *TODAY, env=env)
    assert result.returncode == 2 and "no store" in result.stderr
    assert not (tmp_path / "xdg").exists()


def test_apply_several_files_reports_each(store: str, tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.eml")
    result = run_cli("parse-email", DELAY, missing, PRICE, "--apply", "--by", "Ana Buyer", "--db", store, *TODAY, "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["file"] for row in rows] == [DELAY, missing, PRICE]
    assert set(rows[1]) == {"file", "error"}
    assert rows[0]["applied"]["status"] == rows[2]["applied"]["status"] == "confirmed"
    assert rows[0]["applied"]["message_id"] != rows[2]["applied"]["message_id"]
    assert [c["after"] for c in rows[2]["applied"]["applied"] if c["entity_id"] == "LED-1109"] == [0.89]
    after = snapshot(store)
    assert after["messages"] == 2
    assert dict((sku, cost) for sku, cost, *_ in after["items"])["LED-1109"] == 0.89

    # readable output: the preview, then one line per applied file on stderr
    again = run_cli("parse-email", PRICE, "--apply", "--by", "Ana Buyer", "--db", store, *TODAY)
    assert again.returncode == 0, again.stderr
    assert "applied as message #3" in again.stderr and "confirmed by Ana Buyer" in again.stderr
    assert "already the item's unit cost" in again.stdout  # nothing left to change, said so


def test_a_message_that_changes_nothing_is_still_recorded_once(store: str) -> None:
    quote = str(EMAILS / "05_yiwu_quote_tiers_zh.eml")
    before = snapshot(store)
    result = run_cli("parse-email", quote, "--apply", "--by", "Ana Buyer", "--db", store, *TODAY, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["applied"]["applied"] == []
    after = snapshot(store)
    assert after["messages"] == before["messages"] + 1 and after["audit"] == before["audit"] + 1
    assert {k: v for k, v in after.items() if k not in ("messages", "audit")} == {
        k: v for k, v in before.items() if k not in ("messages", "audit")}
