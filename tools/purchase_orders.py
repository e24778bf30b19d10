"""Purchase-order drafts (a tool) and their approval (a person's action, never a tool).

The assistant may only *draft*: one draft per supplier, lines rounded to pack size and
MOQ from the sku's recommendation. Approving, rejecting or sending a PO is done by a
named person through the UI or CLI via :func:`decide_purchase_order`; every step is
written to the append-only audit log together with what the assistant recommended.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any, Literal

from pydantic import Field, model_validator
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from data.errors import UserInputError
from data.schema import AuditLog, Item, PurchaseOrder, PurchaseOrderLine
from data.store import session_scope
from tools.inventory import find_item, item_policy, recommendation_result
from tools.registry import ToolArguments, ToolContext, register
from tools.suppliers import resolve_supplier_name


class DraftPurchaseOrderArguments(ToolArguments):
    supplier: str | None = Field(
        default=None, description="Supplier name: draft a PO for all its skus that need an order today."
    )
    skus: list[str] | None = Field(
        default=None, description="Skus to put on draft POs (one draft per supplier)."
    )

    @model_validator(mode="after")
    def exactly_one_selector(self) -> DraftPurchaseOrderArguments:
        if (self.supplier is None) == (not self.skus):
            raise ValueError("give either 'supplier' or a non-empty 'skus' list")
        return self


def next_po_id(session: Session, today: dt.date) -> str:
    """``PO-YYYYMMDD-NNN``: the next free number for the planning date."""
    prefix = f"PO-{today:%Y%m%d}-"
    count = session.execute(
        select(func.count()).select_from(PurchaseOrder).where(PurchaseOrder.po_id.like(prefix + "%"))
    ).scalar_one()
    number = count + 1
    while session.get(PurchaseOrder, f"{prefix}{number:03d}") is not None:
        number += 1
    return f"{prefix}{number:03d}"


def po_result(purchase_order: PurchaseOrder) -> dict[str, Any]:
    """A PO as a JSON object: ``{po_id, supplier, status, lines[{sku, quantity, unit_cost}], total}``."""
    lines = [
        {
            "sku": line.sku,
            "quantity": line.quantity,
            "unit_cost": line.unit_cost,
            "line_total": line.quantity * (line.unit_cost or 0.0),
        }
        for line in purchase_order.lines
    ]
    return {
        "po_id": purchase_order.po_id,
        "supplier": purchase_order.supplier,
        "status": purchase_order.status,
        "lines": lines,
        "total": sum(line["line_total"] for line in lines),
    }


def _draft_lines(session: Session, items: list[Item], today: dt.date, explicit: bool) -> list[dict[str, Any]]:
    """Recommended quantities; for explicitly requested skus with no need, one order size."""
    lines = []
    for item in items:
        recommendation = recommendation_result(item_policy(session, item, today), today)
        quantity = recommendation["order_quantity"]
        if quantity <= 0 and explicit:
            quantity = recommendation["order_size"]
        if quantity > 0:
            lines.append({"item": item, "quantity": quantity, "recommendation": recommendation})
    return lines


@register("draft_purchase_order", DraftPurchaseOrderArguments)
def draft_purchase_order(arguments: DraftPurchaseOrderArguments, context: ToolContext) -> dict[str, Any]:
    """Draft (never place) a purchase order: for a supplier, all its skus that need an order today;
    for a list of skus, their recommended quantities (one draft per supplier). A person must approve it."""
    with session_scope(context.require_engine()) as session:
        if arguments.supplier is not None:
            supplier = resolve_supplier_name(session, arguments.supplier)
            items = list(
                session.execute(select(Item).where(Item.supplier == supplier).order_by(Item.sku)).scalars()
            )
            lines = _draft_lines(session, items, context.today, explicit=False)
            if not lines:
                return {
                    "po_id": None,
                    "supplier": supplier,
                    "status": "draft",
                    "lines": [],
                    "total": 0.0,
                    "message": f"No sku of {supplier} needs an order on {context.today.isoformat()}.",
                }
        else:
            items = [find_item(session, sku) for sku in dict.fromkeys(arguments.skus or [])]
            lines = _draft_lines(session, items, context.today, explicit=True)
        by_supplier: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
        for line in lines:
            by_supplier[line["item"].supplier].append(line)
        drafts = [
            _create_draft(session, supplier, supplier_lines, context.today)
            for supplier, supplier_lines in by_supplier.items()
        ]
        session.flush()
        results = [po_result(draft) for draft in drafts]
    first = dict(results[0])
    if len(results) > 1:
        first["other_drafts"] = results[1:]
    return first


def _create_draft(
    session: Session, supplier: str | None, lines: list[dict[str, Any]], today: dt.date
) -> PurchaseOrder:
    purchase_order = PurchaseOrder(
        po_id=next_po_id(session, today), supplier=supplier, status="draft", created_by="assistant"
    )
    for line in lines:
        purchase_order.lines.append(
            PurchaseOrderLine(sku=line["item"].sku, quantity=line["quantity"], unit_cost=line["item"].unit_cost)
        )
    session.add(purchase_order)
    session.flush()
    session.add(
        AuditLog(
            actor="assistant",
            action="draft_created",
            entity="purchase_order",
            entity_id=purchase_order.po_id,
            details={
                "planning_date": today.isoformat(),
                "lines": [
                    {"sku": line["item"].sku, "quantity": line["quantity"]} for line in lines
                ],
                "recommendations": [line["recommendation"] for line in lines],
            },
        )
    )
    return purchase_order


Decision = Literal["approve", "reject"]


def decide_purchase_order(
    engine: Any,
    po_id: str,
    decision: Decision,
    person: str,
    quantities: dict[str, float] | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """A person approves or rejects a draft PO (optionally editing line quantities).

    Not a tool: the model cannot call it. One transaction: the status change, the edits
    and the audit entry (who, when, what the assistant had drafted) land together or not at all.
    """
    if not person.strip():
        raise UserInputError("a decision needs the name of the person making it")
    if decision not in ("approve", "reject"):
        raise UserInputError(f"unknown decision {decision!r}: approve or reject")
    for sku, quantity in (quantities or {}).items():
        if quantity < 0:
            raise UserInputError(f"{po_id} {sku}: quantity must be >= 0")
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with session_scope(engine) as session:
        # The claim is one conditional UPDATE, the transaction's first write: of several
        # people deciding the same draft at once exactly one moves it out of "draft"; the
        # others see no draft and are refused (PostgreSQL re-checks the condition after the
        # winner commits; SQLite serialises writers). A check-then-write here let every
        # concurrent caller approve the same draft (on order added N times, N audit rows).
        values: dict[str, Any] = {"status": "approved" if decision == "approve" else "cancelled"}
        if decision == "approve":
            values |= {"approved_by": person, "approved_at": now}
        claimed = session.execute(
            update(PurchaseOrder)
            .where(PurchaseOrder.po_id == po_id, PurchaseOrder.status == "draft")
            .values(**values)
            .execution_options(synchronize_session=False)
        ).rowcount
        purchase_order = session.get(PurchaseOrder, po_id, populate_existing=True)
        if purchase_order is None:
            raise UserInputError(f"unknown purchase order {po_id!r}")
        if claimed != 1:
            by = f" by {purchase_order.approved_by}" if purchase_order.approved_by else ""
            raise UserInputError(f"{po_id} is {purchase_order.status}{by}, only drafts can be decided")
        drafted = {**po_result(purchase_order), "status": "draft"}
        for line in purchase_order.lines:
            if quantities and line.sku in quantities:
                line.quantity = quantities[line.sku]
        if decision == "approve":
            # an approved PO is stock on order: added in SQL (not read-modify-write in
            # Python), items in sku order, so concurrent approvals sharing a sku neither
            # lose an increment nor deadlock
            added: dict[str, float] = defaultdict(float)
            for line in purchase_order.lines:
                added[line.sku] += line.quantity
            for sku in sorted(added):
                session.execute(
                    update(Item).where(Item.sku == sku).values(on_order=Item.on_order + added[sku])
                    .execution_options(synchronize_session=False)
                )
        session.flush()
        decided = po_result(purchase_order)
        session.add(
            AuditLog(
                actor=person,
                action={"approve": "purchase_order_approved", "reject": "purchase_order_rejected"}[decision],
                entity="purchase_order",
                entity_id=po_id,
                details={"drafted": drafted, "decided": decided, "note": note},
            )
        )
    return decided
