"""One sku's outlook for the dashboard plot: recent sales, forecast, arrivals, projected on hand.

Everything comes from the registered tools' code: the sales history from the store
(``tools.demand.daily_demand``), the forecast from ``forecast_demand``, reorder point,
safety stock, on hand and on order from ``inventory_status``. The only arithmetic here is
the projection: on hand + arrivals received so far − cumulative forecast mean, per day.

Arrivals are the open purchase-order lines (ordered − received), each on its expected
date: the date in a confirmed supplier message announcing a delay when there is one,
else the line's (or the order's) promised date. A promised date already past (overdue)
is taken as arriving on the planning date. Stock counted as on order that no open line
explains (e.g. imported with items.csv) is assumed to arrive one lead time from the
planning date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from data.schema import OPEN_PO_STATUSES, LeadTimeObservation, PurchaseOrder, PurchaseOrderLine
from tools.demand import daily_demand
from tools.forecast_demand import forecast_for_sku
from tools.inventory import find_item, item_policy, status_result

HISTORY_DAYS = 120
"""Days of past sales shown before the planning date."""
OUTLOOK_HORIZON_DAYS = 60
"""Forecast horizon of the plot. Not the policy's 30 days on purpose: viewing a plot caches
its forecast, and a cached 30-day forecast would change the policy's demand estimate."""


def expected_arrivals(session: Session, sku: str, on_order: float, lead_time_days: float,
                      today: dt.date) -> list[dict[str, Any]]:
    """Open quantities on order for ``sku`` (units) with the day each is expected, earliest first."""
    rows = session.execute(
        select(PurchaseOrderLine, PurchaseOrder)
        .join(PurchaseOrder, PurchaseOrder.po_id == PurchaseOrderLine.po_id)
        .where(PurchaseOrderLine.sku == sku, PurchaseOrder.status.in_(OPEN_PO_STATUSES))
    ).all()
    announced = {
        observation.po_id: observation.actual_date
        for observation in session.execute(
            select(LeadTimeObservation).where(
                LeadTimeObservation.sku == sku,
                LeadTimeObservation.source == "message",
                LeadTimeObservation.actual_date > today,
            )
        ).scalars()
    }
    arrivals: list[dict[str, Any]] = []
    for line, order in rows:
        quantity = float(line.quantity) - float(line.received_quantity or 0.0)
        if quantity <= 0:
            continue
        expected = announced.get(line.po_id) or line.promised_date or order.promised_date
        basis = "announced" if line.po_id in announced else "promised"
        if expected is None:
            expected, basis = today + dt.timedelta(days=round(lead_time_days)), "lead_time"
        elif expected < today:
            expected, basis = today, "overdue"
        arrivals.append({"po_id": line.po_id, "date": expected.isoformat(), "quantity": quantity, "basis": basis})
    unexplained = on_order - sum(arrival["quantity"] for arrival in arrivals)
    if unexplained > 1e-9:
        arrivals.append({
            "po_id": None,
            "date": (today + dt.timedelta(days=round(lead_time_days))).isoformat(),
            "quantity": unexplained,
            "basis": "lead_time",
        })
    return sorted(arrivals, key=lambda arrival: (arrival["date"], arrival["po_id"] or ""))


def project_on_hand(on_hand: float, arrivals: list[dict[str, Any]],
                    periods: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Expected on hand (units) at the end of each forecast day: on hand + arrivals − mean demand.

    Arrivals dated before the first period count on the first day; the position may go
    negative (demand not covered: a backorder or a lost sale).
    """
    position = on_hand
    pending = sorted(arrivals, key=lambda arrival: arrival["date"])
    projection = []
    for period in periods:
        while pending and pending[0]["date"] <= period["date"]:
            position += float(pending.pop(0)["quantity"])
        position -= float(period["forecast"])
        projection.append({"date": period["date"], "on_hand": position})
    return projection


def sku_outlook(session: Session, sku: str, today: dt.date, history_days: int = HISTORY_DAYS,
                horizon_days: int = OUTLOOK_HORIZON_DAYS) -> dict[str, Any]:
    """Sales history, forecast, arrivals, projected on hand and the policy of one sku.

    ``history``: ``{date, quantity}`` per day (units/day) for the last ``history_days``
    days before ``today``, from the first sale on (empty when the sku never sold: then
    ``forecast`` and ``projection`` are None, as there is nothing to forecast from).
    """
    item = find_item(session, sku)
    status = status_result(item_policy(session, item, today))
    sales = daily_demand(session, item.sku, today)[-history_days:]  # from the first sale on
    first = today - dt.timedelta(days=int(sales.size))
    history = [
        {"date": (first + dt.timedelta(days=offset)).isoformat(), "quantity": float(quantity)}
        for offset, quantity in enumerate(sales)
    ]
    arrivals = expected_arrivals(session, item.sku, status["on_order"], status["lead_time_days"], today)
    forecast = projection = None
    if history:
        forecast = forecast_for_sku(session, item.sku, today, horizon_days)
        projection = project_on_hand(status["on_hand"], arrivals, forecast["periods"])
    return {
        "sku": item.sku,
        "name": item.name,
        "planning_date": today.isoformat(),
        "status": status,
        "history": history,
        "forecast": forecast,
        "arrivals": arrivals,
        "projection": projection,
    }
