"""Exceptions first: the alerts a buyer should look at today (SPEC §6 ``list_alerts``).

Types:
- ``stockout_risk``: the inventory position does not cover expected demand over the
  lead time (or nothing is on hand while there is demand);
- ``below_safety_stock``: on hand is below the safety stock (and not already a stockout risk);
- ``overstock``: the inventory position exceeds 180 days of demand and s + Q;
- ``supplier_delay``: open purchase-order lines past their promised date, or re-promised
  later than first promised by a confirmed supplier message (a lead-time observation with
  ``source="message"``, see ``tools.supplier_messages``), per supplier.
Severity is ``high``, ``medium`` or ``low``; the list is sorted most severe first.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import select

from data.schema import OPEN_PO_STATUSES, LeadTimeObservation, PurchaseOrder, PurchaseOrderLine
from data.store import session_scope
from tools.inventory import ItemPolicy, all_policies
from tools.registry import ToolArguments, ToolContext, register

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


class NoArguments(ToolArguments):
    """This tool takes no arguments."""


def item_alerts(policy: ItemPolicy) -> list[dict[str, Any]]:
    """Stock alerts of one sku, with the numbers that triggered them."""
    cover = f"{policy.days_of_cover:.1f} days" if policy.days_of_cover is not None else "no demand"
    numbers = {
        "on_hand": policy.on_hand,
        "on_order": policy.on_order,
        "avg_daily_demand": policy.avg_daily_demand,
        "days_of_cover": policy.days_of_cover,
        "lead_time_days": policy.lead_time_days,
        "safety_stock": policy.safety_stock,
        "reorder_point": policy.reorder_point,
    }
    if policy.status == "stockout_risk":
        severity = "high" if policy.on_hand <= policy.avg_daily_demand * policy.lead_time_days / 2 else "medium"
        message = (
            f"{policy.sku}: on hand {policy.on_hand:g} + on order {policy.on_order:g} does not cover "
            f"{policy.lead_time_days:.1f} days of lead time at {policy.avg_daily_demand:.2f}/day "
            f"(cover {cover})."
        )
        return [{"type": "stockout_risk", "sku": policy.sku, "severity": severity, "message": message, **numbers}]
    alerts = []
    if policy.on_hand < policy.safety_stock:
        message = (
            f"{policy.sku}: on hand {policy.on_hand:g} is below the safety stock "
            f"{policy.safety_stock:.1f} (cover {cover})."
        )
        alerts.append(
            {"type": "below_safety_stock", "sku": policy.sku, "severity": "medium", "message": message, **numbers}
        )
    if policy.status == "overstock":
        message = (
            f"{policy.sku}: inventory position {policy.inventory_position:g} is more than "
            f"180 days of demand (cover {cover})."
        )
        alerts.append({"type": "overstock", "sku": policy.sku, "severity": "low", "message": message, **numbers})
    return alerts


def supplier_delay_alerts(context: ToolContext) -> list[dict[str, Any]]:
    """One alert per supplier with open PO lines past their promised date or announced late.

    An open line counts as *announced late* when a confirmed supplier message moved its
    delivery to a date after the first promise (the message's lead-time observation) and
    that date is still ahead: the line is no longer overdue against its new promise, but
    the supplier is late against the original one.
    """
    overdue: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    announced: dict[str, dict[tuple[str, str], int]] = defaultdict(dict)
    with session_scope(context.require_engine()) as session:
        rows = session.execute(
            select(PurchaseOrder.supplier, PurchaseOrder.po_id, PurchaseOrderLine.sku,
                   PurchaseOrderLine.promised_date, PurchaseOrder.promised_date,
                   PurchaseOrderLine.quantity, PurchaseOrderLine.received_quantity)
            .join(PurchaseOrderLine, PurchaseOrderLine.po_id == PurchaseOrder.po_id)
            .where(PurchaseOrder.status.in_(OPEN_PO_STATUSES))
        ).all()
        observed = session.execute(
            select(PurchaseOrder.supplier, PurchaseOrder.po_id, PurchaseOrderLine.sku,
                   LeadTimeObservation.promised_date, LeadTimeObservation.actual_date)
            .join(PurchaseOrderLine, PurchaseOrderLine.po_id == PurchaseOrder.po_id)
            .join(LeadTimeObservation, (LeadTimeObservation.po_id == PurchaseOrder.po_id)
                  & (LeadTimeObservation.sku == PurchaseOrderLine.sku))
            .where(PurchaseOrder.status.in_(OPEN_PO_STATUSES), LeadTimeObservation.source == "message",
                   PurchaseOrderLine.received_quantity < PurchaseOrderLine.quantity)
        ).all()
    for supplier, po_id, sku, line_promised, po_promised, quantity, received in rows:
        promised = line_promised or po_promised
        if promised is None or promised >= context.today or received >= quantity:
            continue
        overdue[supplier or "(no supplier)"].append((po_id, sku, (context.today - promised).days))
    for supplier, po_id, sku, first_promise, expected in observed:
        if first_promise is None or expected is None or expected <= first_promise or expected < context.today:
            continue
        key = (po_id, sku)
        name = supplier or "(no supplier)"
        announced[name][key] = max(announced[name].get(key, 0), (expected - first_promise).days)
    alerts = []
    for supplier in sorted(set(overdue) | set(announced)):
        lines = overdue.get(supplier, [])
        late = {key: days for key, days in announced.get(supplier, {}).items()
                if key not in {(po_id, sku) for po_id, sku, _ in lines}}
        worst = max((days for _, _, days in lines), default=0)
        worst_announced = max(late.values(), default=0)
        purchase_orders = sorted({po_id for po_id, _, _ in lines} | {po_id for po_id, _ in late})
        parts = []
        if lines:
            overdue_orders = sorted({po_id for po_id, _, _ in lines})
            parts.append(f"{len(lines)} open PO line(s) on {', '.join(overdue_orders)} past the "
                         f"promised date, up to {worst} days late")
        if late:
            late_orders = sorted({po_id for po_id, _ in late})
            parts.append(f"{len(late)} open PO line(s) on {', '.join(late_orders)} re-promised by the supplier "
                         f"up to {worst_announced} days after the first promise (confirmed message)")
        alerts.append(
            {
                "type": "supplier_delay",
                "supplier": supplier,
                "severity": "high" if max(worst, worst_announced) > 7 else "medium",
                "message": f"{supplier}: " + "; ".join(parts) + ".",
                "po_ids": purchase_orders,
                "overdue_lines": len(lines),
                "max_days_late": worst,
                "announced_late_lines": len(late),
                "max_announced_delay_days": worst_announced,
            }
        )
    return alerts


@register("list_alerts", NoArguments)
def list_alerts(arguments: NoArguments, context: ToolContext) -> list[dict[str, Any]]:
    """Today's alerts, most severe first: stockout_risk, below_safety_stock, overstock per sku and
    supplier_delay per supplier (open PO lines past their promised date)."""
    with session_scope(context.require_engine()) as session:
        policies = all_policies(session, context.today)
    return alerts_from_policies(policies, context)


def alerts_from_policies(policies: list[ItemPolicy], context: ToolContext) -> list[dict[str, Any]]:
    """Stock alerts of already computed policies plus supplier delays, most severe first."""
    alerts = [alert for policy in policies for alert in item_alerts(policy)]
    alerts.extend(supplier_delay_alerts(context))
    return sorted(alerts, key=lambda alert: SEVERITY_ORDER[alert["severity"]])
