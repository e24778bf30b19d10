"""Inventory position, status and order recommendations per sku (SPEC §6).

The policy is a continuous-review (s, Q):
- safety stock = z·sqrt(L·σd² + d²·σL²) with z = Φ⁻¹(service level);
- reorder point s = d·L + safety stock;
- order quantity Q = EOQ rounded up to the pack size and at least the MOQ;
- when the inventory position (on hand + on order) is at or below s, order the
  smallest multiple of Q that lifts the position above s.
d and σd are units per day from ``tools.demand`` (the engine's cached forecast when
fresh, else the last 90 days); L and σL are days, observed from PO history when there
is enough of it (``tools.lead_time``), else the item's stated values.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass
from typing import Any, Literal

from pydantic import Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from data.errors import UserInputError
from data.schema import Item, Recommendation
from data.store import session_scope
from tools.demand import DemandEstimate, best_demand_estimate
from tools.inventory_math import (
    economic_order_quantity,
    round_to_pack,
    safety_stock,
    service_level_z,
)
from tools.lead_time import estimate_lead_time
from tools.registry import ToolArguments, ToolContext, register

InventoryStatusName = Literal["ok", "reorder", "stockout_risk", "overstock"]

OVERSTOCK_DAYS_OF_COVER = 180.0
"""Inventory position worth more than this many days of demand (and more than s + Q) is overstock."""
ORDER_BY_HORIZON_DAYS = 730
"""No order-by date is given further out than this (two years)."""
FALLBACK_COVER_DAYS = 30.0
"""Order size in days of demand when EOQ is undefined (no unit cost or no order cost)."""


@dataclass(frozen=True)
class ItemPolicy:
    """Everything known about one sku on the planning date, in units and days."""

    sku: str
    name: str | None
    supplier: str | None
    on_hand: float
    on_order: float
    inventory_position: float
    avg_daily_demand: float
    sd_daily_demand: float
    demand_history_days: int
    demand_method: str
    lead_time_days: float
    """Planning lead time: observed from PO history when known (see tools.lead_time), else stated."""
    lead_time_sd_days: float
    lead_time_source: str
    lead_time_observations: int
    stated_lead_time_days: float
    service_level: float
    z: float
    safety_stock: float
    reorder_point: float
    eoq: float | None
    order_size: float
    """Q: the EOQ (or fallback cover) rounded to pack size and MOQ."""
    unit_cost: float | None
    pack_size: int
    moq: float
    days_of_cover: float | None
    status: InventoryStatusName


def find_item(session: Session, sku: str) -> Item:
    """The item with this sku (exact, then case-insensitive); a clear error otherwise."""
    item = session.get(Item, sku)
    if item is None:
        item = session.execute(
            select(Item).where(Item.sku.ilike(sku.strip()))
        ).scalar_one_or_none()
    if item is None:
        raise UserInputError(f"unknown sku {sku!r}")
    return item


def _status(
    on_hand: float,
    inventory_position: float,
    demand: DemandEstimate,
    lead_time_days: float,
    reorder_point_units: float,
    order_size: float,
) -> InventoryStatusName:
    daily = demand.mean_daily_demand
    lead_time_demand = daily * lead_time_days
    if daily > 0 and (on_hand <= 0 or inventory_position < lead_time_demand):
        return "stockout_risk"
    if daily > 0 and inventory_position <= reorder_point_units:
        return "reorder"
    overstock_level = max(daily * OVERSTOCK_DAYS_OF_COVER, reorder_point_units + order_size)
    if inventory_position > overstock_level and inventory_position > 0:
        return "overstock"
    return "ok"


def item_policy(session: Session, item: Item, today: dt.date) -> ItemPolicy:
    """Demand estimate, safety stock, reorder point, order size and status for one item."""
    demand = best_demand_estimate(session, item.sku, today)
    lead = estimate_lead_time(session, item, today)
    z = service_level_z(item.service_level)
    safety = safety_stock(
        z, demand.mean_daily_demand, demand.sd_daily_demand, lead.lead_time_days, lead.lead_time_sd_days
    )
    reorder_point_units = demand.mean_daily_demand * lead.lead_time_days + safety
    holding_cost = (item.unit_cost or 0.0) * item.holding_cost_rate
    annual_demand = demand.mean_daily_demand * 365.0
    eoq: float | None = None
    if holding_cost > 0 and item.order_cost > 0 and annual_demand > 0:
        eoq = economic_order_quantity(annual_demand, item.order_cost, holding_cost)
    base_quantity = eoq if eoq else demand.mean_daily_demand * FALLBACK_COVER_DAYS
    order_size = float(round_to_pack(base_quantity, item.pack_size, item.moq)) if base_quantity > 0 else 0.0
    position = item.on_hand + item.on_order
    cover = item.on_hand / demand.mean_daily_demand if demand.mean_daily_demand > 0 else None
    return ItemPolicy(
        sku=item.sku,
        name=item.name,
        supplier=item.supplier,
        on_hand=item.on_hand,
        on_order=item.on_order,
        inventory_position=position,
        avg_daily_demand=demand.mean_daily_demand,
        sd_daily_demand=demand.sd_daily_demand,
        demand_history_days=demand.history_days,
        demand_method=demand.method,
        lead_time_days=lead.lead_time_days,
        lead_time_sd_days=lead.lead_time_sd_days,
        lead_time_source=lead.source,
        lead_time_observations=lead.observations,
        stated_lead_time_days=item.lead_time_days,
        service_level=item.service_level,
        z=z,
        safety_stock=safety,
        reorder_point=reorder_point_units,
        eoq=eoq,
        order_size=order_size,
        unit_cost=item.unit_cost,
        pack_size=item.pack_size,
        moq=item.moq,
        days_of_cover=cover,
        status=_status(item.on_hand, position, demand, lead.lead_time_days, reorder_point_units, order_size),
    )


def status_result(policy: ItemPolicy) -> dict[str, Any]:
    """The ``inventory_status`` result: SPEC keys first, then the inputs used."""
    result = asdict(policy)
    return result


def recommendation_result(policy: ItemPolicy, today: dt.date) -> dict[str, Any]:
    """The ``recommend_order`` result for one item, with a reason built from its numbers."""
    position = policy.inventory_position
    if policy.avg_daily_demand <= 0:
        quantity = 0.0
        order_by = None
        reason = f"No expected demand ({policy.demand_method}): no order needed."
    elif position <= policy.reorder_point:
        if policy.order_size > 0:
            orders_needed = math.floor((policy.reorder_point - position) / policy.order_size) + 1
        else:
            orders_needed = 0
        quantity = orders_needed * policy.order_size
        order_by = today
        reason = (
            f"Inventory position {position:g} (on hand {policy.on_hand:g} + on order {policy.on_order:g}) "
            f"is at or below the reorder point {policy.reorder_point:.1f} "
            f"(lead-time demand {policy.avg_daily_demand * policy.lead_time_days:.1f} over "
            f"{policy.lead_time_days:.1f} days{_lead_time_note(policy)} + safety stock {policy.safety_stock:.1f} for a "
            f"{policy.service_level:.0%} service level); order {quantity:g} units "
            f"({orders_needed} × {policy.order_size:g}, pack size {policy.pack_size}, MOQ {policy.moq:g})."
        )
    else:
        quantity = 0.0
        days_until_reorder = (position - policy.reorder_point) / policy.avg_daily_demand
        if days_until_reorder > ORDER_BY_HORIZON_DAYS:
            order_by = None
            reason = (
                f"Inventory position {position:g} covers more than {ORDER_BY_HORIZON_DAYS} days above the "
                f"reorder point {policy.reorder_point:.1f} at {policy.avg_daily_demand:.2f} units/day: no order needed."
            )
        else:
            order_by = today + dt.timedelta(days=math.floor(days_until_reorder))
            reason = (
                f"Inventory position {position:g} is above the reorder point {policy.reorder_point:.1f}; "
                f"at {policy.avg_daily_demand:.2f} units/day it reaches it in about "
                f"{days_until_reorder:.0f} days: order {policy.order_size:g} units by {order_by.isoformat()}."
            )
    return {
        "sku": policy.sku,
        "order_quantity": quantity,
        "order_by": order_by.isoformat() if order_by else None,
        "reorder_point": policy.reorder_point,
        "safety_stock": policy.safety_stock,
        "eoq": policy.eoq,
        "reason": reason,
        "supplier": policy.supplier,
        "name": policy.name,
        "unit_cost": policy.unit_cost,
        "order_value": quantity * policy.unit_cost if policy.unit_cost is not None else None,
        "order_size": policy.order_size,
        "inventory_position": position,
        "on_hand": policy.on_hand,
        "on_order": policy.on_order,
        "avg_daily_demand": policy.avg_daily_demand,
        "sd_daily_demand": policy.sd_daily_demand,
        "demand_method": policy.demand_method,
        "lead_time_days": policy.lead_time_days,
        "lead_time_sd_days": policy.lead_time_sd_days,
        "lead_time_source": policy.lead_time_source,
        "stated_lead_time_days": policy.stated_lead_time_days,
        "service_level": policy.service_level,
        "pack_size": policy.pack_size,
        "moq": policy.moq,
        "status": policy.status,
        "planning_date": today.isoformat(),
    }


def _lead_time_note(policy: ItemPolicy) -> str:
    if policy.lead_time_source != "po_history":
        return ""
    return (
        f" as observed over {policy.lead_time_observations} deliveries, "
        f"stated {policy.stated_lead_time_days:g}"
    )


def all_policies(session: Session, today: dt.date) -> list[ItemPolicy]:
    items = session.execute(select(Item).order_by(Item.sku)).scalars().all()
    return [item_policy(session, item, today) for item in items]


def inventory_table(context: ToolContext) -> list[dict[str, Any]]:
    """``inventory_status`` for every sku, ordered by sku."""
    with session_scope(context.require_engine()) as session:
        return [status_result(policy) for policy in all_policies(session, context.today)]


def recommend_all(context: ToolContext, save: bool = False) -> list[dict[str, Any]]:
    """``recommend_order`` for every sku; with ``save`` they are recorded in the store."""
    with session_scope(context.require_engine()) as session:
        results = [recommendation_result(p, context.today) for p in all_policies(session, context.today)]
        if save:
            session.add_all(recommendation_rows(results, context.today))
    return results


def recommendation_rows(results: list[dict[str, Any]], today: dt.date) -> list[Recommendation]:
    return [
        Recommendation(
            planning_date=today,
            sku=result["sku"],
            order_quantity=result["order_quantity"],
            order_by=dt.date.fromisoformat(result["order_by"]) if result["order_by"] else None,
            reorder_point=result["reorder_point"],
            safety_stock=result["safety_stock"],
            eoq=result["eoq"],
            reason=result["reason"],
            details=result,
        )
        for result in results
    ]


class SkuArguments(ToolArguments):
    sku: str = Field(min_length=1, description="Catalog sku code, e.g. 'BRK-1042'.")


@register("inventory_status", SkuArguments)
def inventory_status(arguments: SkuArguments, context: ToolContext) -> dict[str, Any]:
    """Stock position of one sku: on hand, on order, average daily demand (units/day), days of
    cover, reorder point and safety stock (units), and status ok/reorder/stockout_risk/overstock."""
    with session_scope(context.require_engine()) as session:
        item = find_item(session, arguments.sku)
        return status_result(item_policy(session, item, context.today))


@register("recommend_order", SkuArguments)
def recommend_order(arguments: SkuArguments, context: ToolContext) -> dict[str, Any]:
    """Recommended order for one sku today: order quantity (units, rounded to pack size and MOQ),
    order-by date, reorder point, safety stock, EOQ and the reason. A proposal, never an order."""
    with session_scope(context.require_engine()) as session:
        item = find_item(session, arguments.sku)
        return recommendation_result(item_policy(session, item, context.today), context.today)
