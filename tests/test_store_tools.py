"""Store-backed tools on a small hand-built store whose answers can be computed by hand."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from scipy.stats import norm
from sqlalchemy import Engine, select

from data.errors import UserInputError
from data.schema import AuditLog, Item, LeadTimeObservation, PurchaseOrder, PurchaseOrderLine, Sale, Supplier
from data.store import session_scope
from tests.conftest import TODAY
from tools.purchase_orders import decide_purchase_order
from tools.registry import ToolContext, ToolError, call_tool


def add_history(session, sku: str, daily: list[float], end: dt.date = TODAY) -> None:
    """Sales for the len(daily) days before ``end``; zero days get no row (SPEC §4)."""
    start = end - dt.timedelta(days=len(daily))
    for offset, quantity in enumerate(daily):
        if quantity:
            session.add(Sale(sku=sku, date=start + dt.timedelta(days=offset), quantity=quantity))


@pytest.fixture
def small_store(store: Engine) -> Engine:
    """Four skus of two suppliers, 90 days of history each, one overdue and one received PO."""
    with session_scope(store) as session:
        session.add_all(
            [
                Supplier(name="Acme Tools", email="orders@acme.example", lead_time_days=7),
                Supplier(name="Ningbo Haitian Hardware", email="sales@haitian.example.cn", lead_time_days=40),
                # constant 10/day, L=7: reorder point 70, safety stock 0
                Item(sku="STEADY", name="Steady bolt", supplier="Acme Tools", unit_cost=2.0,
                     order_cost=50.0, holding_cost_rate=0.25, lead_time_days=7, pack_size=12, moq=100,
                     on_hand=60, on_order=0),
                # alternating 5/15: mean 10, sd > 0; plenty of stock
                Item(sku="WOBBLY", name="Wobbly hinge", supplier="Acme Tools", unit_cost=4.0,
                     order_cost=20.0, lead_time_days=10, lead_time_sd_days=2, on_hand=5000),
                # demand 10/day, nothing on hand: stockout risk
                Item(sku="EMPTY", name="Empty shelf", supplier="Ningbo Haitian Hardware", unit_cost=1.0,
                     order_cost=30.0, lead_time_days=40, pack_size=24, on_hand=0, on_order=0),
                # no demand at all
                Item(sku="DEAD", name="Dead stock", supplier="Ningbo Haitian Hardware", unit_cost=1.0,
                     on_hand=10),
            ]
        )
        session.flush()
        add_history(session, "STEADY", [10] * 90)
        add_history(session, "WOBBLY", [5, 15] * 45)
        add_history(session, "EMPTY", [10] * 90)
        late = PurchaseOrder(po_id="PO-OLD", supplier="Ningbo Haitian Hardware", status="received",
                             order_date=dt.date(2026, 6, 1), promised_date=dt.date(2026, 7, 11))
        late.lines.append(PurchaseOrderLine(sku="EMPTY", quantity=240, received_quantity=240,
                                            promised_date=dt.date(2026, 7, 11),
                                            received_date=dt.date(2026, 7, 21)))
        on_time = PurchaseOrder(po_id="PO-OK", supplier="Ningbo Haitian Hardware", status="received",
                                order_date=dt.date(2026, 8, 1), promised_date=dt.date(2026, 9, 10))
        on_time.lines.append(PurchaseOrderLine(sku="EMPTY", quantity=240, received_quantity=240,
                                               received_date=dt.date(2026, 9, 8)))
        overdue = PurchaseOrder(po_id="PO-LATE", supplier="Acme Tools", status="sent",
                                order_date=dt.date(2026, 11, 1), promised_date=dt.date(2026, 11, 8))
        overdue.lines.append(PurchaseOrderLine(sku="WOBBLY", quantity=50))
        session.add_all([late, on_time, overdue])
        session.flush()
        session.add_all(
            [
                LeadTimeObservation(supplier="Ningbo Haitian Hardware", po_id="PO-OLD", sku="EMPTY",
                                    order_date=dt.date(2026, 6, 1), promised_date=dt.date(2026, 7, 11),
                                    actual_date=dt.date(2026, 7, 21)),
                LeadTimeObservation(supplier="Ningbo Haitian Hardware", po_id="PO-OK", sku="EMPTY",
                                    order_date=dt.date(2026, 8, 1), promised_date=dt.date(2026, 9, 10),
                                    actual_date=dt.date(2026, 9, 8)),
            ]
        )
    return store


def context_for(engine: Engine) -> ToolContext:
    return ToolContext(engine=engine, today=TODAY)


def test_inventory_status_constant_demand(small_store: Engine) -> None:
    result = call_tool("inventory_status", {"sku": "STEADY"}, context_for(small_store))
    assert result["avg_daily_demand"] == pytest.approx(10)
    assert result["safety_stock"] == pytest.approx(0)
    assert result["reorder_point"] == pytest.approx(70)
    assert result["days_of_cover"] == pytest.approx(6)
    # position 60 < lead-time demand 70: the next order cannot arrive in time
    assert result["status"] == "stockout_risk"
    for key in ("sku", "on_hand", "on_order", "avg_daily_demand", "days_of_cover", "reorder_point",
                "safety_stock", "status"):
        assert key in result


def test_inventory_status_safety_stock_formula(small_store: Engine) -> None:
    result = call_tool("inventory_status", {"sku": "wobbly"}, context_for(small_store))
    sd = result["sd_daily_demand"]
    assert sd == pytest.approx(math.sqrt(25 * 90 / 89))  # sample sd of ±5 around 10
    expected = norm.ppf(0.95) * math.sqrt(10 * sd**2 + 10**2 * 2**2)
    assert result["safety_stock"] == pytest.approx(expected)
    assert result["reorder_point"] == pytest.approx(100 + expected)
    assert result["status"] == "overstock"


def test_status_without_demand(small_store: Engine) -> None:
    result = call_tool("inventory_status", {"sku": "DEAD"}, context_for(small_store))
    assert result["avg_daily_demand"] == 0
    assert result["days_of_cover"] is None
    assert result["status"] == "overstock"


def test_recommend_order_rounds_up_multiples_of_order_size(small_store: Engine) -> None:
    result = call_tool("recommend_order", {"sku": "STEADY"}, context_for(small_store))
    eoq = math.sqrt(2 * 3650 * 50 / (2.0 * 0.25))
    assert result["eoq"] == pytest.approx(eoq)  # ≈ 854.4
    order_size = math.ceil(eoq / 12) * 12  # 864: pack multiple ≥ EOQ, above MOQ 100
    assert result["order_size"] == order_size
    assert result["order_quantity"] == order_size  # one order lifts position 60 above 70
    assert result["order_by"] == TODAY.isoformat()
    assert "reorder point 70.0" in result["reason"]


def test_recommend_order_when_above_reorder_point(small_store: Engine) -> None:
    result = call_tool("recommend_order", {"sku": "WOBBLY"}, context_for(small_store))
    assert result["order_quantity"] == 0
    days = (5000 - result["reorder_point"]) / 10
    assert result["order_by"] == (TODAY + dt.timedelta(days=math.floor(days))).isoformat()


def test_unknown_sku_is_a_user_error(small_store: Engine) -> None:
    with pytest.raises(UserInputError, match="unknown sku 'NOPE'"):
        call_tool("recommend_order", {"sku": "NOPE"}, context_for(small_store))


def test_bad_arguments_are_rejected(small_store: Engine) -> None:
    with pytest.raises(ToolError, match="sku"):
        call_tool("inventory_status", {}, context_for(small_store))
    with pytest.raises(ToolError, match="approve: unknown argument"):
        call_tool("inventory_status", {"sku": "STEADY", "approve": True}, context_for(small_store))
    with pytest.raises(ToolError, match="unknown tool 'approve_purchase_order'"):
        call_tool("approve_purchase_order", {}, context_for(small_store))


def test_alerts_cover_every_type_and_are_sorted(small_store: Engine) -> None:
    alerts = call_tool("list_alerts", {}, context_for(small_store))
    by_type = {(alert["type"], alert.get("sku") or alert.get("supplier")) for alert in alerts}
    assert ("stockout_risk", "EMPTY") in by_type
    assert ("stockout_risk", "STEADY") in by_type
    assert ("overstock", "WOBBLY") in by_type
    assert ("supplier_delay", "Acme Tools") in by_type
    delay = next(alert for alert in alerts if alert["type"] == "supplier_delay")
    assert delay["max_days_late"] == 15 and delay["po_ids"] == ["PO-LATE"]
    ranks = [{"high": 0, "medium": 1, "low": 2}[alert["severity"]] for alert in alerts]
    assert ranks == sorted(ranks)


def test_supplier_performance_by_hand(small_store: Engine) -> None:
    result = call_tool("supplier_performance", {"supplier": "ningbo haitian"}, context_for(small_store))
    assert result["supplier"] == "Ningbo Haitian Hardware"
    assert result["orders"] == 2
    assert result["on_time_rate"] == 0.5
    assert result["avg_promised_lead_days"] == pytest.approx((40 + 40) / 2)
    assert result["avg_actual_lead_days"] == pytest.approx((50 + 38) / 2)
    assert result["avg_delay_days"] == pytest.approx(5)  # 10 days late, then 2 days early
    with pytest.raises(UserInputError, match="unknown supplier"):
        call_tool("supplier_performance", {"supplier": "Nobody GmbH"}, context_for(small_store))


def test_draft_purchase_order_for_supplier_and_human_approval(small_store: Engine) -> None:
    draft = call_tool("draft_purchase_order", {"supplier": "Acme Tools"}, context_for(small_store))
    assert draft["status"] == "draft"
    assert draft["po_id"] == "PO-20261123-001"
    assert [(line["sku"], line["quantity"]) for line in draft["lines"]] == [("STEADY", 864)]
    assert draft["total"] == pytest.approx(864 * 2.0)
    with session_scope(small_store) as session:
        assert session.get(PurchaseOrder, draft["po_id"]).status == "draft"
        assert session.get(Item, "STEADY").on_order == 0  # a draft is not an order
    decided = decide_purchase_order(small_store, draft["po_id"], "approve", person="ana",
                                    quantities={"STEADY": 876})
    assert decided["status"] == "approved"
    with session_scope(small_store) as session:
        assert session.get(Item, "STEADY").on_order == 876
        entries = session.execute(select(AuditLog).order_by(AuditLog.id)).scalars().all()
    assert [(entry.actor, entry.action) for entry in entries] == [
        ("assistant", "draft_created"),
        ("ana", "purchase_order_approved"),
    ]
    assert entries[1].details["drafted"]["lines"][0]["quantity"] == 864
    assert entries[1].details["decided"]["lines"][0]["quantity"] == 876
    with pytest.raises(UserInputError, match="only drafts"):
        decide_purchase_order(small_store, draft["po_id"], "approve", person="ana")


def test_draft_for_skus_of_two_suppliers_makes_two_drafts(small_store: Engine) -> None:
    draft = call_tool("draft_purchase_order", {"skus": ["STEADY", "EMPTY"]}, context_for(small_store))
    suppliers = {draft["supplier"]} | {other["supplier"] for other in draft["other_drafts"]}
    assert suppliers == {"Acme Tools", "Ningbo Haitian Hardware"}
    empty_line = next(
        line for po in [draft, *draft["other_drafts"]] for line in po["lines"] if line["sku"] == "EMPTY"
    )
    assert empty_line["quantity"] % 24 == 0 and empty_line["quantity"] >= 400 + 1


def test_draft_needs_exactly_one_selector(small_store: Engine) -> None:
    with pytest.raises(ToolError, match="either 'supplier' or"):
        call_tool("draft_purchase_order", {}, context_for(small_store))


def test_observed_lead_times_replace_the_stated_one(small_store: Engine) -> None:
    """Acme states 7 days but delivered in 10, 12, 12, 13, 13 days: plan with 12 ± 1.22."""
    with session_scope(small_store) as session:
        for number, days in enumerate([10, 12, 12, 13, 13]):
            ordered = dt.date(2026, 9, 1) + dt.timedelta(days=7 * number)
            session.add(LeadTimeObservation(supplier="Acme Tools", sku="STEADY", order_date=ordered,
                                            promised_date=ordered + dt.timedelta(days=7),
                                            actual_date=ordered + dt.timedelta(days=days)))
    result = call_tool("recommend_order", {"sku": "STEADY"}, context_for(small_store))
    assert result["lead_time_source"] == "po_history"
    assert result["lead_time_days"] == pytest.approx(12)
    assert result["stated_lead_time_days"] == 7
    sd_lead = result["lead_time_sd_days"]
    assert sd_lead == pytest.approx(math.sqrt(((-2) ** 2 + 0 + 0 + 1 + 1) / 4))
    assert result["reorder_point"] == pytest.approx(10 * 12 + norm.ppf(0.95) * 10 * sd_lead)
    assert "observed over 5 deliveries" in result["reason"]
    # with fewer than five deliveries the stated lead time stays
    ningbo = call_tool("recommend_order", {"sku": "EMPTY"}, context_for(small_store))
    assert ningbo["lead_time_source"] == "item" and ningbo["lead_time_days"] == 40
