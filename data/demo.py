"""The bundled demo data set, loaded by ``replenish demo`` (SPEC §5).

Items, sales and suppliers go through the ordinary validated importer (one transaction of
its own); the purchase orders, their lines and one lead-time observation per fully received
line are then written here in a second transaction. Loading is idempotent: the importer
upserts items and suppliers and replaces the imported (sku, date) sales, and the demo's
purchase orders (with the lead-time observations imported with them) are replaced, so
loading twice gives the same store.

The demo is designed for the planning date ``DEMO_TODAY`` (2026-11-23): see
``data/README.md`` for what it shows and where the demand comes from.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, select

from data.schema import LeadTimeObservation, PurchaseOrder, PurchaseOrderLine
from data.store import session_scope

DEMO_DIR = Path(__file__).parent / "demo"
EMAILS_DIR = DEMO_DIR / "emails"
DEMO_TODAY = dt.date(2026, 11, 23)
"""The planning date the demo data is designed for (the day after the last sales day)."""
DEMO_ACTOR = "demo"

ITEMS_FILE = DEMO_DIR / "items.csv"
SALES_FILE = DEMO_DIR / "sales.csv"
SUPPLIERS_FILE = DEMO_DIR / "suppliers.csv"
PURCHASE_ORDERS_FILE = DEMO_DIR / "purchase_orders.csv"
PURCHASE_ORDER_LINES_FILE = DEMO_DIR / "purchase_order_lines.csv"


def _date(text: str) -> dt.date | None:
    text = text.strip()
    return dt.date.fromisoformat(text) if text else None


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def read_purchase_orders() -> tuple[list[PurchaseOrder], list[LeadTimeObservation]]:
    """The demo's purchase orders (with lines) and their lead-time observations, unsaved."""
    orders: dict[str, PurchaseOrder] = {}
    for row in _read(PURCHASE_ORDERS_FILE):
        order_date = _date(row["order_date"])
        approved = row["status"] not in ("draft",)
        orders[row["po_id"]] = PurchaseOrder(
            po_id=row["po_id"],
            supplier=row["supplier"],
            status=row["status"],
            order_date=order_date,
            promised_date=_date(row["promised_date"]),
            created_by=DEMO_ACTOR,
            approved_by=DEMO_ACTOR if approved else None,
            approved_at=dt.datetime.combine(order_date, dt.time(9, 0))
            if approved and order_date
            else None,
            notes=row["notes"] or None,
        )
    observations: list[LeadTimeObservation] = []
    for row in _read(PURCHASE_ORDER_LINES_FILE):
        order = orders[row["po_id"]]
        line = PurchaseOrderLine(
            sku=row["sku"],
            quantity=float(row["quantity"]),
            unit_cost=float(row["unit_cost"]) if row["unit_cost"] else None,
            received_quantity=float(row["received_quantity"] or 0),
            promised_date=_date(row["promised_date"]),
            received_date=_date(row["received_date"]),
        )
        order.lines.append(line)
        if (
            line.received_date is not None
            and line.received_quantity >= line.quantity
            and order.order_date
        ):
            observations.append(
                LeadTimeObservation(
                    supplier=order.supplier,
                    po_id=order.po_id,
                    sku=line.sku,
                    order_date=order.order_date,
                    promised_date=line.promised_date or order.promised_date,
                    actual_date=line.received_date,
                    source="import",
                )
            )
    return list(orders.values()), observations


def load_demo(engine: Engine) -> dict[str, Any]:
    """Load the bundled demo into the store; returns ``{"items", "sales_rows", "suppliers"}``."""
    from data.importer import import_files

    summary = import_files(engine, items=ITEMS_FILE, sales=SALES_FILE, suppliers=SUPPLIERS_FILE)
    orders, observations = read_purchase_orders()
    po_ids = [order.po_id for order in orders]
    with session_scope(engine) as session:
        existing = set(
            session.execute(
                select(PurchaseOrder.po_id).where(PurchaseOrder.po_id.in_(po_ids))
            ).scalars()
        )
        if existing:
            session.execute(
                delete(LeadTimeObservation).where(
                    LeadTimeObservation.po_id.in_(existing), LeadTimeObservation.source == "import"
                )
            )
            session.execute(delete(PurchaseOrderLine).where(PurchaseOrderLine.po_id.in_(existing)))
            session.execute(delete(PurchaseOrder).where(PurchaseOrder.po_id.in_(existing)))
            session.flush()
        session.add_all(orders)
        session.flush()
        session.add_all(observations)
    return {
        "items": summary.items,
        "sales_rows": summary.sales_rows,
        "suppliers": summary.suppliers,
    }
