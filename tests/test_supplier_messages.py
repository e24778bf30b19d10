"""Closing the loop on the demo store: a confirmed supplier message updates the store, nothing else does."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from data.errors import UserInputError
from data.schema import (
    AuditLog,
    Item,
    LeadTimeObservation,
    PurchaseOrder,
    PurchaseOrderLine,
    SupplierMessage,
)
from data.store import session_scope
from tests.conftest import REPO_ROOT, TODAY
from tools import supplier_messages as sm
from tools.lead_time import estimate_lead_time, observed_lead_times
from tools.registry import ToolContext, call_tool

EMAILS = REPO_ROOT / "data" / "demo" / "emails"
NINGBO = "Ningbo Haitian Hardware Co., Ltd."


def expected() -> dict[str, dict[str, Any]]:
    """The demo e-mails' SPEC §8 objects, by the file's two-digit prefix."""
    rows = [json.loads(line) for line in (EMAILS / "expected.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return {row["file"][:2]: {key: value for key, value in row.items() if key != "file"} for row in rows}


PARSED = expected()


def snapshot(engine: Engine) -> dict[str, Any]:
    """Everything a message could change, except the supplier_messages table itself."""
    with session_scope(engine) as session:
        return {
            "items": session.execute(
                select(Item.sku, Item.unit_cost, Item.moq, Item.on_hand, Item.on_order).order_by(Item.sku)).all(),
            "orders": session.execute(
                select(PurchaseOrder.po_id, PurchaseOrder.status, PurchaseOrder.promised_date,
                       PurchaseOrder.notes, PurchaseOrder.approved_by).order_by(PurchaseOrder.po_id)).all(),
            "lines": session.execute(
                select(PurchaseOrderLine.id, PurchaseOrderLine.quantity, PurchaseOrderLine.received_quantity,
                       PurchaseOrderLine.promised_date, PurchaseOrderLine.received_date)
                .order_by(PurchaseOrderLine.id)).all(),
            "observations": session.execute(
                select(LeadTimeObservation.id, LeadTimeObservation.po_id, LeadTimeObservation.sku,
                       LeadTimeObservation.promised_date, LeadTimeObservation.actual_date,
                       LeadTimeObservation.message_id).order_by(LeadTimeObservation.id)).all(),
            "audit": session.execute(select(AuditLog.id, AuditLog.action).order_by(AuditLog.id)).all(),
        }


def record(engine: Engine, key: str, parsed: dict[str, Any] | None = None, received: dt.date | None = None) -> int:
    body = next(EMAILS.glob(f"{key}_*.eml")).read_text(encoding="utf-8", errors="replace") if key.isdigit() else key
    return sm.record_message(engine, parsed or PARSED[key], body, "sender@example.com", f"message {key}",
                             received or dt.date(2026, 11, 20))


def message_row(engine: Engine, message_id: int) -> SupplierMessage:
    with session_scope(engine) as session:
        return session.get(SupplierMessage, message_id)


def po(engine: Engine, po_id: str) -> tuple[PurchaseOrder, list[PurchaseOrderLine]]:
    with session_scope(engine) as session:
        order = session.get(PurchaseOrder, po_id)
        return order, list(order.lines)


def item(engine: Engine, sku: str) -> Item:
    with session_scope(engine) as session:
        return session.get(Item, sku)


def message_observations(engine: Engine) -> list[LeadTimeObservation]:
    with session_scope(engine) as session:
        return list(session.execute(
            select(LeadTimeObservation).where(LeadTimeObservation.source == "message")
            .order_by(LeadTimeObservation.po_id, LeadTimeObservation.sku)).scalars())


def delay_alert(engine: Engine, supplier: str) -> dict[str, Any] | None:
    alerts = call_tool("list_alerts", {}, ToolContext(engine, TODAY))
    return next((a for a in alerts if a["type"] == "supplier_delay" and a["supplier"] == supplier), None)


# --------------------------------------------------------------------------------------
def test_recording_and_previewing_change_nothing_else(demo: Engine) -> None:
    before = snapshot(demo)
    ids = [record(demo, key) for key in sorted(PARSED)]
    for key in sorted(PARSED):
        sm.preview_changes(demo, PARSED[key], TODAY)
    assert snapshot(demo) == before
    assert {message_row(demo, message_id).status for message_id in ids} == {"pending"}
    stored = message_row(demo, ids[0])
    assert stored.supplier == NINGBO and stored.po_id == "PO-2026-0118"
    assert stored.parsed["delivery_date"] == "2026-12-17"


def test_preview_is_human_readable(demo: Engine) -> None:
    texts = [change.text for change in sm.preview_changes(demo, PARSED["01"], TODAY) if change.applies]
    assert "PO-2026-0118 promised date 2026-11-03 → 2026-12-17 (+44 days)" in texts
    prices = [change.text for change in sm.preview_changes(demo, PARSED["06"], TODAY)]
    assert "Price LED-1109 0.92 → 0.89 USD (proposed; item unit cost updated only on confirm)" in prices
    assert any("no currency per item" in text for text in prices)
    moq = [change.text for change in sm.preview_changes(demo, PARSED["03"], TODAY)]
    assert moq == ["MOQ LED-1205 40 → 200"]


def test_confirmed_delay_notice_moves_dates_and_feeds_lead_time_statistics(demo: Engine) -> None:
    context = ToolContext(demo, TODAY)
    with session_scope(demo) as session:
        before_stats = observed_lead_times(session, NINGBO, before=TODAY)
        before_12 = observed_lead_times(session, NINGBO, before=dt.date(2026, 11, 12))
        brk = session.get(Item, "BRK-1042")
        before_estimate = estimate_lead_time(session, brk, TODAY)
    before_alert = delay_alert(demo, NINGBO)
    assert before_alert is not None and before_alert["po_ids"] == ["PO-2026-0118"]  # overdue since 11-03

    message_id = record(demo, "01", received=dt.date(2026, 11, 12))
    result = sm.confirm_message(demo, message_id, "Dana Whitfield", today=TODAY)

    assert result.status == "confirmed" and result.audit_id is not None
    order, lines = po(demo, "PO-2026-0118")
    assert order.promised_date == dt.date(2026, 12, 17) and order.status == "sent"
    assert {line.promised_date for line in lines} == {dt.date(2026, 12, 17)}
    observations = message_observations(demo)
    assert [(o.po_id, o.sku) for o in observations] == [
        ("PO-2026-0118", sku) for sku in ("BRK-1042", "DRW-4010", "HNG-2210", "LCK-3105")]
    for observation in observations:
        assert observation.supplier == NINGBO and observation.message_id == message_id
        assert observation.order_date == dt.date(2026, 9, 14)
        assert (observation.promised_date, observation.actual_date) == (dt.date(2026, 11, 3), dt.date(2026, 12, 17))
    # the policy's lead-time statistics count the announced lead time (94 days) from the message's date
    with session_scope(demo) as session:
        after_stats = observed_lead_times(session, NINGBO, before=TODAY)
        after_estimate = estimate_lead_time(session, session.get(Item, "BRK-1042"), TODAY)
        # ...but not when planning on the day the message arrived (a backtest sees no future)
        assert len(observed_lead_times(session, NINGBO, before=dt.date(2026, 11, 12))) == len(before_12)
    assert len(after_stats) == len(before_stats) + 4 and sorted(after_stats)[-4:] == [94.0] * 4
    assert after_estimate.lead_time_sd_days > before_estimate.lead_time_sd_days
    # supplier_performance lists the announced delay; it is not a delivery yet
    performance = call_tool("supplier_performance", {"supplier": "Ningbo"}, context)
    assert {(d["po_id"], d["delay_days"], d["expected_date"], d["message_id"]) for d in performance["announced_delays"]} \
        == {("PO-2026-0118", 44, "2026-12-17", message_id)}
    assert "PO-2026-0118" not in performance["overdue_po_ids"]
    # the supplier_delay alert stays, now from the confirmed delay
    alert = delay_alert(demo, NINGBO)
    assert alert is not None and alert["po_ids"] == ["PO-2026-0118"] and alert["severity"] == "high"
    assert alert["max_announced_delay_days"] == 44 and "re-promised" in alert["message"]
    # the audit log says who confirmed which message and what changed
    with session_scope(demo) as session:
        entry = session.get(AuditLog, result.audit_id)
        assert (entry.actor, entry.action, entry.entity, entry.entity_id) == (
            "Dana Whitfield", "supplier_message_confirmed", "supplier_message", str(message_id))
        assert any("2026-12-17" in change["text"] for change in entry.details["changes"])
    stored = message_row(demo, message_id)
    assert (stored.status, stored.decided_by) == ("confirmed", "Dana Whitfield") and stored.decided_at is not None

    # a later schedule change on the same PO updates the same observations (one per line)
    later = record(demo, "09", received=dt.date(2026, 11, 21))
    sm.confirm_message(demo, later, "Dana Whitfield", today=TODAY)
    observations = message_observations(demo)
    assert len(observations) == 4
    assert {(o.promised_date, o.actual_date, o.message_id) for o in observations} == {
        (dt.date(2026, 11, 3), dt.date(2026, 12, 24), later)}
    assert po(demo, "PO-2026-0118")[0].promised_date == dt.date(2026, 12, 24)


def test_confirming_twice_is_refused_and_rejecting_changes_nothing(demo: Engine) -> None:
    message_id = record(demo, "12")
    sm.confirm_message(demo, message_id, "Ana Buyer", today=TODAY)
    after_first = snapshot(demo)
    with pytest.raises(UserInputError, match="already confirmed by Ana Buyer"):
        sm.confirm_message(demo, message_id, "Bob", today=TODAY)
    with pytest.raises(UserInputError, match="already confirmed"):
        sm.reject_message(demo, message_id, "Bob")
    assert snapshot(demo) == after_first

    other = record(demo, "06")
    before = snapshot(demo)
    result = sm.reject_message(demo, other, "Ana Buyer", note="not our price list")
    after = snapshot(demo)
    assert after["audit"][:-1] == before["audit"] and after["audit"][-1][1] == "supplier_message_rejected"
    assert {key: value for key, value in after.items() if key != "audit"} == {
        key: value for key, value in before.items() if key != "audit"}
    assert message_row(demo, other).status == "rejected" and result.status == "rejected"
    with pytest.raises(UserInputError, match="already rejected"):
        sm.confirm_message(demo, other, "Ana Buyer", today=TODAY)
    with pytest.raises(UserInputError, match="name"):
        sm.confirm_message(demo, record(demo, "03"), "   ", today=TODAY)
    with pytest.raises(UserInputError, match="unknown message"):
        sm.confirm_message(demo, 9999, "Ana Buyer", today=TODAY)


def test_partial_shipment_books_stock_only_for_received_quantities(demo: Engine) -> None:
    shipment = {"message_type": "partial_shipment", "supplier": NINGBO, "po_number": "PO-2026-0118",
                "lines": [{"sku": "BRK-1042", "description": "shelf bracket", "quantity": 1200,
                           "unit_price": None, "currency": None}],
                "ship_date": "2026-10-20", "delivery_date": "2026-11-20", "delay_days": None,
                "minimum_order_quantity": None, "confidence": 0.9, "warnings": []}
    stock = item(demo, "BRK-1042")
    # shipped is not received: nothing is booked into stock
    sm.confirm_message(demo, record(demo, "shipped", shipment), "Ana Buyer", today=TODAY)
    order, lines = po(demo, "PO-2026-0118")
    assert order.status == "sent" and "Shipped 2026-10-20" in order.notes
    assert [line.received_quantity for line in lines] == [0, 0, 0, 0]
    assert item(demo, "BRK-1042").on_hand == stock.on_hand
    assert not [n for n in sm.preview_changes(demo, shipment, TODAY) if n.kind == "receipt"]

    # the person enters what actually arrived
    arrived = copy.deepcopy(shipment)
    arrived["lines"][0]["received_quantity"] = 1200
    arrived["received_date"] = "2026-11-21"
    texts = [change.text for change in sm.preview_changes(demo, arrived, TODAY)]
    assert any(text.startswith("BRK-1042 received 1,200 of 2,500") for text in texts)
    message_id = record(demo, "received", shipment)
    sm.confirm_message(demo, message_id, "Ana Buyer", edited=arrived, today=TODAY)
    order, lines = po(demo, "PO-2026-0118")
    brk = next(line for line in lines if line.sku == "BRK-1042")
    assert (brk.received_quantity, brk.received_date) == (1200, dt.date(2026, 11, 21))
    assert order.status == "partially_received"
    after = item(demo, "BRK-1042")
    assert (after.on_hand, after.on_order) == (stock.on_hand + 1200, stock.on_order - 1200)
    # a partial receipt is not a finished delivery: no observation for it yet
    assert [o for o in message_observations(demo) if o.actual_date == dt.date(2026, 11, 21)] == []
    # receiving more than is open is refused for the line
    too_much = copy.deepcopy(arrived)
    too_much["lines"][0]["received_quantity"] = 5000
    notes = [change for change in sm.preview_changes(demo, too_much, TODAY) if change.kind == "note"]
    assert any("only 1,300 open" in note.text for note in notes)

    # the rest arrives: the line is complete, a delivery observation is written
    rest = copy.deepcopy(arrived)
    rest["lines"][0]["received_quantity"] = 1300
    rest["received_date"] = "2026-11-22"
    sm.confirm_message(demo, record(demo, "rest", rest), "Ana Buyer", today=TODAY)
    observation = next(o for o in message_observations(demo) if o.sku == "BRK-1042")
    # the original promise stays (the shipment notice had moved it to 11-20), actual = the receipt
    assert (observation.promised_date, observation.actual_date) == (dt.date(2026, 11, 3), dt.date(2026, 11, 22))


def test_price_and_moq_changes_update_the_item_only_on_confirm(demo: Engine) -> None:
    price_id, moq_id = record(demo, "06"), record(demo, "03")
    assert item(demo, "LED-1109").unit_cost == 0.92 and item(demo, "LED-1205").moq == 40
    sm.confirm_message(demo, price_id, "Ana Buyer", today=TODAY)
    sm.confirm_message(demo, moq_id, "Ana Buyer", today=TODAY)
    assert (item(demo, "LED-1109").unit_cost, item(demo, "LED-1112").unit_cost) == (0.89, 0.75)
    assert item(demo, "LED-1205").moq == 200
    # another supplier cannot change an item it does not supply
    foreign = copy.deepcopy(PARSED["06"])
    foreign["supplier"] = NINGBO
    changes = sm.preview_changes(demo, foreign, TODAY)
    assert not [change for change in changes if change.applies]
    assert any("not " + NINGBO in change.text for change in changes)


def test_cancellations(demo: Engine) -> None:
    on_order = item(demo, "BAT-4009").on_order
    sm.confirm_message(demo, record(demo, "08"), "Ana Buyer", today=TODAY)
    order, lines = po(demo, "PO-2026-0149")
    assert order.status == "sent"
    assert {line.sku: line.quantity for line in lines} == {"SKT-2120": 600, "BAT-4001": 200, "BAT-4009": 0}
    assert item(demo, "BAT-4009").on_order == max(0.0, on_order - 60)
    # a cancellation naming no line cancels the whole order
    whole = {"message_type": "cancellation", "supplier": "Thames Valley Sealants Ltd", "po_number": "PO-2026-0150",
             "lines": [], "ship_date": None, "delivery_date": None, "delay_days": None,
             "minimum_order_quantity": None, "confidence": 0.9, "warnings": []}
    sil = item(demo, "SIL-1010").on_order
    sm.confirm_message(demo, record(demo, "cancel all", whole), "Ana Buyer", today=TODAY)
    assert po(demo, "PO-2026-0150")[0].status == "cancelled"
    assert item(demo, "SIL-1010").on_order == max(0.0, sil - 500)
    # a cancelled order is no longer changed by messages
    notes = sm.preview_changes(demo, PARSED["11"], TODAY)
    assert [change.applies for change in notes] == [False] and "cancelled" in notes[0].text


def test_unknown_po_unresolved_sku_and_wrong_supplier_are_skipped_with_a_note(demo: Engine) -> None:
    unknown = copy.deepcopy(PARSED["12"])
    unknown["po_number"] = "PO-2099-0001"
    changes = sm.preview_changes(demo, unknown, TODAY)
    assert [c.applies for c in changes] == [False] and "Unknown purchase order PO-2099-0001" in changes[0].text
    before = snapshot(demo)
    sm.confirm_message(demo, record(demo, "unknown", unknown), "Ana Buyer", today=TODAY)
    assert snapshot(demo)["orders"] == before["orders"]
    assert len(snapshot(demo)["audit"]) == len(before["audit"]) + 1

    no_sku = copy.deepcopy(PARSED["12"])
    no_sku["lines"] = [{"sku": None, "description": "mystery cable", "quantity": 10, "unit_price": None,
                        "currency": None}]
    changes = sm.preview_changes(demo, no_sku, TODAY)
    assert any("no catalog sku" in c.text for c in changes)

    wrong = copy.deepcopy(PARSED["12"])
    wrong["supplier"] = NINGBO
    changes = sm.preview_changes(demo, wrong, TODAY)
    assert [c.applies for c in changes] == [False] and "belongs to Pennine" in changes[0].text


def test_injection_message_changes_nothing_but_its_own_pending_record(demo: Engine) -> None:
    before = snapshot(demo)
    message_id = record(demo, "11")
    sm.preview_changes(demo, PARSED["11"], TODAY)
    assert snapshot(demo) == before
    assert message_row(demo, message_id).status == "pending"
    assert "approve" in message_row(demo, message_id).body  # the instruction is kept as data only
    # confirming applies the parsed fields only: no approval, no quantity change
    sm.confirm_message(demo, message_id, "Ana Buyer", today=TODAY)
    order, lines = po(demo, "PO-2026-0150")
    assert order.status == "sent" and order.approved_by == before_approver(before, "PO-2026-0150")
    assert {line.sku: line.quantity for line in lines} == {"SIL-1010": 500, "ADH-2005": 144}


def before_approver(state: dict[str, Any], po_id: str) -> str | None:
    return next(row.approved_by for row in state["orders"] if row.po_id == po_id)


def test_a_failure_mid_apply_leaves_the_store_unchanged(demo: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    message_id = record(demo, "01")
    before = snapshot(demo)
    original = sm._apply_change
    calls = []

    def failing(session, change, message, person):  # noqa: ANN001
        calls.append(change.kind)
        original(session, change, message, person)
        if len(calls) == 2:
            raise RuntimeError("disk full")

    monkeypatch.setattr(sm, "_apply_change", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        sm.confirm_message(demo, message_id, "Ana Buyer", today=TODAY)
    assert len(calls) == 2
    assert snapshot(demo) == before
    assert message_row(demo, message_id).status == "pending"
    monkeypatch.setattr(sm, "_apply_change", original)
    sm.confirm_message(demo, message_id, "Ana Buyer", today=TODAY)
    assert po(demo, "PO-2026-0118")[0].promised_date == dt.date(2026, 12, 17)


def test_edited_fields_are_what_is_applied_and_bad_edits_are_refused(demo: Engine) -> None:
    message_id = record(demo, "12")
    edited = copy.deepcopy(PARSED["12"])
    edited["delivery_date"] = "2026-11-27"
    with pytest.raises(UserInputError, match="delivery_date"):
        sm.confirm_message(demo, message_id, "Ana Buyer", edited={**edited, "delivery_date": "27/11"}, today=TODAY)
    assert message_row(demo, message_id).status == "pending"
    sm.confirm_message(demo, message_id, "Ana Buyer", edited=edited, today=TODAY)
    order, lines = po(demo, "PO-2026-0144")
    assert {line.sku: line.promised_date for line in lines}["CBL-1150"] == dt.date(2026, 11, 27)
    assert order.promised_date == dt.date(2026, 11, 27)
    with session_scope(demo) as session:
        entry = session.execute(select(AuditLog).order_by(AuditLog.id.desc())).scalars().first()
        assert entry.details["edited"] is True and entry.details["parsed"]["delivery_date"] == "2026-11-25"
        assert entry.details["confirmed_fields"]["delivery_date"] == "2026-11-27"


def test_order_confirmation_moves_approved_to_sent_and_notes_price_differences(demo: Engine) -> None:
    changes = sm.preview_changes(demo, PARSED["07"], TODAY)
    assert not [c for c in changes if c.applies]  # PO-2026-0147 is sent, date unchanged
    assert any("TOL-1101: confirmed price 10.2 EUR differs" in c.text for c in changes)
    # a draft PO is never changed (a message cannot approve it)
    with session_scope(demo) as session:
        session.get(PurchaseOrder, "PO-2026-0150").status = "draft"
    changes = sm.preview_changes(demo, PARSED["11"], TODAY)
    assert [c.applies for c in changes] == [False] and "draft" in changes[0].text


def test_confirm_and_refuse_twice_on_sqlite_and_postgresql(store: Engine) -> None:
    """The claim (pending → confirmed), the joins in the readers and the rollback work on both stores."""
    from data.schema import Supplier

    with session_scope(store) as session:
        session.add_all([Supplier(name="Acme Tools", lead_time_days=10),
                         Item(sku="A-1", supplier="Acme Tools", unit_cost=2.0, lead_time_days=10, on_order=100)])
        session.flush()
        order = PurchaseOrder(po_id="PO-1", supplier="Acme Tools", status="sent", order_date=dt.date(2026, 11, 1),
                              promised_date=dt.date(2026, 11, 11))
        order.lines.append(PurchaseOrderLine(sku="A-1", quantity=100, promised_date=dt.date(2026, 11, 11)))
        session.add(order)
    parsed = {"message_type": "delay_notice", "supplier": "Acme Tools", "po_number": "PO-1", "lines": [],
              "ship_date": None, "delivery_date": "2026-12-01", "delay_days": 20, "minimum_order_quantity": None,
              "confidence": 0.9, "warnings": []}
    message_id = sm.record_message(store, parsed, "PO-1 is late", "a@acme.example", "late", dt.date(2026, 11, 20))
    sm.confirm_message(store, message_id, "Ana Buyer", today=TODAY)
    with pytest.raises(UserInputError, match="already confirmed"):
        sm.confirm_message(store, message_id, "Ana Buyer", today=TODAY)
    with session_scope(store) as session:
        assert session.get(PurchaseOrder, "PO-1").promised_date == dt.date(2026, 12, 1)
        assert list(observed_lead_times(session, "Acme Tools", before=TODAY)) == [30.0]
    alert = delay_alert(store, "Acme Tools")
    assert alert is not None and alert["max_announced_delay_days"] == 20
    performance = call_tool("supplier_performance", {"supplier": "Acme"}, ToolContext(store, TODAY))
    assert performance["announced_delays"][0]["delay_days"] == 20
