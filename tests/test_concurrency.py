"""Concurrent decisions on one store (SQLite in WAL mode and a real PostgreSQL server).

The UI serves several buyers at once from one engine, so approvals and message
confirmations race. No decision may be lost, none may land twice, and the loser of a
race on the same draft (or the same message) gets a clear refusal, not a database error.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from data.errors import UserInputError
from data.schema import AuditLog, Item, PurchaseOrder, PurchaseOrderLine, Supplier, SupplierMessage
from data.store import session_scope
from tests.conftest import TODAY
from tools import supplier_messages as sm
from tools.purchase_orders import decide_purchase_order

THREADS = 10
SHARED = "SHARED-1"  # on every draft: approvals of different POs all add to its on_order


def seed(engine: Engine, drafts: int = THREADS) -> list[str]:
    """``drafts`` draft POs of one supplier; each orders 10 of SHARED and 5 of its own sku."""
    with session_scope(engine) as session:
        session.add(Supplier(name="Acme", lead_time_days=10))
        session.add(Item(sku=SHARED, supplier="Acme", unit_cost=2.0, on_hand=0, on_order=0))
        po_ids = []
        for number in range(1, drafts + 1):
            sku = f"OWN-{number:02d}"
            session.add(Item(sku=sku, supplier="Acme", unit_cost=1.0, on_hand=0, on_order=0))
            po_id = f"PO-20261123-{number:03d}"
            session.add(PurchaseOrder(po_id=po_id, supplier="Acme", status="draft", created_by="assistant",
                                      lines=[PurchaseOrderLine(sku=SHARED, quantity=10, unit_cost=2.0),
                                             PurchaseOrderLine(sku=sku, quantity=5, unit_cost=1.0)]))
            po_ids.append(po_id)
    return po_ids


def race(calls: list[Callable[[], Any]]) -> list[tuple[str, Any]]:
    """Run every call in its own thread, all released at once; ("ok", result) or ("error", exc)."""
    barrier = threading.Barrier(len(calls))
    outcomes: list[tuple[str, Any]] = [("missing", None)] * len(calls)

    def worker(index: int) -> None:
        barrier.wait()
        try:
            outcomes[index] = ("ok", calls[index]())
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            outcomes[index] = ("error", error)

    threads = [threading.Thread(target=worker, args=(index,)) for index in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a decision hung"
    return outcomes


def the_one_winner(outcomes: list[tuple[str, Any]], refusal: str) -> Any:
    """The result of the single call that succeeded; every other call got a clear refusal."""
    winners = [value for kind, value in outcomes if kind == "ok"]
    losers = [value for kind, value in outcomes if kind == "error"]
    assert len(winners) == 1 and len(losers) == len(outcomes) - 1
    for error in losers:
        assert isinstance(error, UserInputError), repr(error)
        assert refusal in str(error)
    return winners[0]


def audit_rows(engine: Engine, action: str) -> list[tuple[str, str]]:
    with session_scope(engine) as session:
        return [tuple(row) for row in session.execute(
            select(AuditLog.entity_id, AuditLog.actor).where(AuditLog.action == action).order_by(AuditLog.id))]


def on_order(engine: Engine, sku: str) -> float:
    with session_scope(engine) as session:
        return session.get(Item, sku).on_order


# --------------------------------------------------------------------------------------
def test_approving_different_drafts_at_once_loses_nothing(store: Engine) -> None:
    po_ids = seed(store)
    outcomes = race([
        (lambda po_id=po_id, n=n: decide_purchase_order(store, po_id, "approve", person=f"Buyer {n}"))
        for n, po_id in enumerate(po_ids)
    ])
    assert [kind for kind, _ in outcomes] == ["ok"] * THREADS, [value for _, value in outcomes]
    with session_scope(store) as session:
        statuses = dict(session.execute(select(PurchaseOrder.po_id, PurchaseOrder.status)).all())
        approvers = dict(session.execute(select(PurchaseOrder.po_id, PurchaseOrder.approved_by)).all())
    assert statuses == {po_id: "approved" for po_id in po_ids}
    assert approvers == {po_id: f"Buyer {n}" for n, po_id in enumerate(po_ids)}
    approvals = audit_rows(store, "purchase_order_approved")
    assert sorted(approvals) == sorted((po_id, f"Buyer {n}") for n, po_id in enumerate(po_ids))
    assert on_order(store, SHARED) == 10 * THREADS  # no lost update on the shared item
    assert [on_order(store, f"OWN-{n:02d}") for n in range(1, THREADS + 1)] == [5.0] * THREADS


def test_approving_the_same_draft_at_once_exactly_one_wins(store: Engine) -> None:
    po_id = seed(store, drafts=1)[0]
    outcomes = race([
        (lambda n=n: decide_purchase_order(store, po_id, "reject" if n % 2 else "approve", person=f"Buyer {n}"))
        for n in range(THREADS)
    ])
    winner = the_one_winner(outcomes, "only drafts can be decided")
    assert all(po_id in str(error) for kind, error in outcomes if kind == "error")
    decisions = audit_rows(store, "purchase_order_approved") + audit_rows(store, "purchase_order_rejected")
    assert len(decisions) == 1
    with session_scope(store) as session:
        order = session.get(PurchaseOrder, po_id)
        assert order.status == winner["status"]
    assert on_order(store, SHARED) == (10 if winner["status"] == "approved" else 0)
    assert on_order(store, "OWN-01") == (5 if winner["status"] == "approved" else 0)


def test_confirming_the_same_message_at_once_exactly_one_wins(store: Engine) -> None:
    po_id = seed(store, drafts=1)[0]
    decide_purchase_order(store, po_id, "approve", person="Ana Buyer")
    cancellation = {"message_type": "cancellation", "supplier": "Acme", "po_number": po_id,
                    "lines": [{"sku": SHARED, "description": None, "quantity": 4, "unit_price": None,
                               "currency": None}]}
    message_id = sm.record_message(store, cancellation, "cancel 4 of SHARED-1", received_at=TODAY)
    outcomes = race([
        (lambda n=n: sm.confirm_message(store, message_id, f"Buyer {n}", today=TODAY)
         if n % 3 else sm.reject_message(store, message_id, f"Buyer {n}"))
        for n in range(THREADS)
    ])
    winner = the_one_winner(outcomes, "cannot be decided again")
    entries = audit_rows(store, "supplier_message_confirmed") + audit_rows(store, "supplier_message_rejected")
    assert entries == [(str(message_id), winner.person)]
    with session_scope(store) as session:
        assert session.get(SupplierMessage, message_id).status == winner.status
        line = session.execute(select(PurchaseOrderLine).where(PurchaseOrderLine.po_id == po_id,
                                                               PurchaseOrderLine.sku == SHARED)).scalar_one()
    cancelled = winner.status == "confirmed"
    assert line.quantity == (6 if cancelled else 10)  # the cancellation applied at most once
    assert on_order(store, SHARED) == (6 if cancelled else 10)


def test_approvals_and_confirmations_mixed_lose_nothing(store: Engine) -> None:
    """Approvals of different drafts race with confirmations that touch the same item."""
    po_ids = seed(store, drafts=THREADS + 1)
    open_po = po_ids.pop()
    decide_purchase_order(store, open_po, "approve", person="Ana Buyer")  # SHARED on order: 10
    messages = [
        sm.record_message(store, {"message_type": "price_change", "supplier": "Acme", "po_number": None,
                                  "lines": [{"sku": f"OWN-{n:02d}", "description": None, "quantity": None,
                                             "unit_price": 1.0 + n / 100, "currency": "USD"}]},
                          f"new price {n}", received_at=TODAY)
        for n in range(1, THREADS + 1)
    ]
    cancellation = sm.record_message(
        store, {"message_type": "cancellation", "supplier": "Acme", "po_number": open_po,
                "lines": [{"sku": SHARED, "description": None, "quantity": 4, "unit_price": None, "currency": None}]},
        "cancel 4", received_at=TODAY)
    messages.append(cancellation)  # on order of SHARED −4, racing the approvals' +10s
    calls: list[Callable[[], Any]] = []
    for n, po_id in enumerate(po_ids):
        calls.append(lambda po_id=po_id, n=n: decide_purchase_order(store, po_id, "approve", person=f"Buyer {n}"))
    for n, message_id in enumerate(messages):
        calls.append(lambda message_id=message_id, n=n: sm.confirm_message(store, message_id, f"Clerk {n}",
                                                                           today=TODAY))
    outcomes = race(calls)
    assert [kind for kind, _ in outcomes] == ["ok"] * len(calls), [value for _, value in outcomes]
    assert len(audit_rows(store, "purchase_order_approved")) == THREADS + 1
    assert sorted(entity for entity, _ in audit_rows(store, "supplier_message_confirmed")) == sorted(
        str(message_id) for message_id in messages)
    assert on_order(store, SHARED) == 10 * (THREADS + 1) - 4
    with session_scope(store) as session:
        costs = dict(session.execute(select(Item.sku, Item.unit_cost).where(Item.sku.like("OWN-%"))).all())
        assert session.execute(select(func.count()).select_from(SupplierMessage)
                               .where(SupplierMessage.status == "confirmed")).scalar_one() == THREADS + 1
    assert costs == {f"OWN-{n:02d}": pytest.approx(1.0 + n / 100) for n in range(1, THREADS + 2)} | {
        f"OWN-{THREADS + 1:02d}": 1.0}
