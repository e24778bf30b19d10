"""Supplier performance: stated against actual lead times (SPEC §6 ``supplier_performance``).

Each delivery is one lead-time observation (promised and actual receipt date of a
PO line, from PO history or confirmed supplier messages). A confirmed message's
observation whose date is still ahead (a delay the supplier announced) is not a delivery
yet: it is listed under ``announced_delays`` (PO, sku, first promise, expected date,
delay in days, message id) and counts as a delivery on that date once it has passed.
Lead times are calendar days from the order date; a delivery is on time when it arrived
on or before the promised date; its delay is max(0, actual - promised) days.
"""

from __future__ import annotations

import difflib
import statistics
from typing import Any

from pydantic import Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from data.errors import UserInputError
from data.schema import OPEN_PO_STATUSES, Item, LeadTimeObservation, PurchaseOrder, Supplier
from data.store import session_scope
from tools.registry import ToolArguments, ToolContext, register


def known_supplier_names(session: Session) -> list[str]:
    """Suppliers from the suppliers table, the items and the purchase orders."""
    names: set[str] = set(session.execute(select(Supplier.name)).scalars())
    names.update(name for name in session.execute(select(Item.supplier).distinct()).scalars() if name)
    names.update(name for name in session.execute(select(PurchaseOrder.supplier).distinct()).scalars() if name)
    return sorted(names)


def resolve_supplier_name(session: Session, text: str) -> str:
    """The catalog supplier meant by ``text``: exact, case-insensitive, prefix, then close match."""
    names = known_supplier_names(session)
    wanted = text.strip().casefold()
    for name in names:
        if name.casefold() == wanted:
            return name
    starts = [name for name in names if name.casefold().startswith(wanted) or wanted in name.casefold()]
    if len(starts) == 1:
        return starts[0]
    close = difflib.get_close_matches(text.strip(), names, n=1, cutoff=0.75)
    if close:
        return close[0]
    raise UserInputError(f"unknown supplier {text!r}; known suppliers: {', '.join(names) or 'none'}")


def _mean(values: list[float]) -> float | None:
    return statistics.fmean(values) if values else None


class SupplierArguments(ToolArguments):
    supplier: str = Field(min_length=1, description="Supplier name as in the catalog.")


@register("supplier_performance", SupplierArguments)
def supplier_performance(arguments: SupplierArguments, context: ToolContext) -> dict[str, Any]:
    """Delivery record of a supplier: orders, on-time rate (0..1), average promised and actual lead
    time and average delay in days, from received purchase-order lines up to the planning date."""
    with session_scope(context.require_engine()) as session:
        supplier = resolve_supplier_name(session, arguments.supplier)
        observations = session.execute(
            select(LeadTimeObservation).where(
                LeadTimeObservation.supplier == supplier,
                LeadTimeObservation.actual_date.is_not(None),
                LeadTimeObservation.actual_date <= context.today,
            )
        ).scalars().all()
        stated = session.get(Supplier, supplier)
        open_orders = session.execute(
            select(PurchaseOrder).where(
                PurchaseOrder.supplier == supplier, PurchaseOrder.status.in_(OPEN_PO_STATUSES)
            )
        ).scalars().all()
        announced = session.execute(
            select(LeadTimeObservation).where(
                LeadTimeObservation.supplier == supplier,
                LeadTimeObservation.source == "message",
                LeadTimeObservation.actual_date > context.today,
            ).order_by(LeadTimeObservation.po_id, LeadTimeObservation.sku)
        ).scalars().all()
    announced_delays = [
        {
            "po_id": o.po_id,
            "sku": o.sku,
            "promised_date": o.promised_date.isoformat() if o.promised_date else None,
            "expected_date": o.actual_date.isoformat(),
            "delay_days": (o.actual_date - o.promised_date).days if o.promised_date else None,
            "message_id": o.message_id,
        }
        for o in announced
    ]
    promised = [(o.promised_date - o.order_date).days for o in observations if o.promised_date]
    actual = [(o.actual_date - o.order_date).days for o in observations if o.actual_date]
    delays = [max(0, (o.actual_date - o.promised_date).days) for o in observations if o.promised_date]
    on_time = [o.actual_date <= o.promised_date for o in observations if o.promised_date]
    overdue = [
        order.po_id for order in open_orders if order.promised_date and order.promised_date < context.today
    ]
    return {
        "supplier": supplier,
        "orders": len({o.po_id for o in observations if o.po_id} ) or len(observations),
        "deliveries": len(observations),
        "on_time_rate": (sum(on_time) / len(on_time)) if on_time else None,
        "avg_promised_lead_days": _mean(promised),
        "avg_actual_lead_days": _mean(actual),
        "sd_actual_lead_days": statistics.stdev(actual) if len(actual) > 1 else None,
        "avg_delay_days": _mean(delays),
        "max_delay_days": max(delays) if delays else None,
        "stated_lead_time_days": stated.lead_time_days if stated else None,
        "open_orders": len(open_orders),
        "overdue_po_ids": overdue,
        "announced_delays": announced_delays,
        "as_of": context.today.isoformat(),
    }


def all_supplier_performance(context: ToolContext) -> list[dict[str, Any]]:
    """``supplier_performance`` of every known supplier (suppliers table, items, POs), by name."""
    with session_scope(context.require_engine()) as session:
        names = known_supplier_names(session)
    return [supplier_performance(SupplierArguments(supplier=name), context) for name in names]
