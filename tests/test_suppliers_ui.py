"""The Suppliers tab: supplier_performance for every supplier, worst first."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine

from assistant.suppliers_ui import SUPPLIER_COLUMNS, announced_delays_text, suppliers_styler
from data.schema import LeadTimeObservation, PurchaseOrder, PurchaseOrderLine
from data.store import session_scope
from tests.conftest import TODAY
from tests.test_ui import fill_dashboard_store, styled_cells
from tools.registry import ToolContext, call_tool
from tools.suppliers import all_supplier_performance


def performance(supplier: str, rate: float | None, delay: float | None, **extra: object) -> dict[str, object]:
    return {"supplier": supplier, "deliveries": 0 if rate is None else 10, "on_time_rate": rate,
            "avg_delay_days": delay, "max_delay_days": delay, "avg_actual_lead_days": 12.0,
            "sd_actual_lead_days": 2.5, "avg_promised_lead_days": 10.0, "stated_lead_time_days": 10.0,
            "open_orders": 1, "overdue_po_ids": [], "announced_delays": [], **extra}


def test_worst_supplier_first_and_rounded() -> None:
    rows = [
        performance("Good Ltd", 1.0, 0.0),
        performance("New Co", None, None),
        performance("Late Ltd", 0.5, 6.25, overdue_po_ids=["PO-9"]),
        performance("Fair Ltd", 0.85, 1.0),
    ]
    headers, values, styles = styled_cells(suppliers_styler(rows))
    assert headers == SUPPLIER_COLUMNS
    assert [row[0] for row in values] == ["Late Ltd", "Fair Ltd", "Good Ltd", "New Co"]
    late = dict(zip(headers, values[0]))
    assert late["On-time rate"] == "50%" and late["Mean delay (days)"] in ("6.2", "6.3")
    assert late["Overdue POs"] == "PO-9" and late["Deliveries"] == "10"
    assert dict(zip(headers, values[3]))["On-time rate"] == "—"
    rate_styles = [row[2] for row in styles]
    assert "#b91c1c" in rate_styles[0] and "#b45309" in rate_styles[1] and "#15803d" in rate_styles[2]
    assert "#b91c1c" in styles[0][headers.index("Overdue POs")]


def test_announced_delays_text() -> None:
    delays = [{"po_id": "PO-1", "sku": "BRK-1042", "delay_days": 7, "expected_date": "2026-12-04"},
              {"po_id": "PO-2", "sku": None, "delay_days": None, "expected_date": "2026-12-10"}]
    assert announced_delays_text(delays) == "PO-1 BRK-1042 +7 d → 2026-12-04; PO-2 → 2026-12-10"


def test_every_supplier_from_the_tool(sqlite_store: Engine) -> None:
    store = fill_dashboard_store(sqlite_store)
    with session_scope(store) as session:
        done = PurchaseOrder(po_id="PO-2026-0200", supplier="Acme Tools", status="received",
                             order_date=dt.date(2026, 10, 1), promised_date=dt.date(2026, 10, 8))
        done.lines.append(PurchaseOrderLine(sku="BRK-1042", quantity=50, received_quantity=50,
                                            promised_date=dt.date(2026, 10, 8), received_date=dt.date(2026, 10, 11)))
        session.add(done)
        session.flush()
        session.add(LeadTimeObservation(supplier="Acme Tools", po_id="PO-2026-0200", sku="BRK-1042",
                                        order_date=dt.date(2026, 10, 1), promised_date=dt.date(2026, 10, 8),
                                        actual_date=dt.date(2026, 10, 11), source="receipt"))
    context = ToolContext(store, TODAY)
    rows = all_supplier_performance(context)
    assert [row["supplier"] for row in rows] == ["Acme Tools", "Ningbo Haitian Hardware"]
    assert rows[0] == call_tool("supplier_performance", {"supplier": "Acme Tools"}, context)
    headers, values, _ = styled_cells(suppliers_styler(rows))
    acme = dict(zip(headers, values[0]))  # 0% on time: worst
    assert acme["Supplier"] == "Acme Tools" and acme["On-time rate"] == "0%" and acme["Mean delay (days)"] == "3.0"
    ningbo = dict(zip(headers, values[1]))
    assert ningbo["Overdue POs"] == "PO-2026-0311" and ningbo["Open POs"] == "1"
