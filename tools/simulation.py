"""Daily simulation of a continuous-review (r, Q) policy with backorders, and the
``simulate_policy`` tool (SPEC §6) that runs it on demand resampled from the store.

Timing of one simulated day t (SPEC §9 "Policy timing"):

1. the day's demand is served from stock on hand; the rest is backordered and costs
   ``stockout_cost`` per unit, once;
2. at the end of the day the orders due today arrive; they fill backorders first;
3. holding is charged on the units on hand: ``unit_cost·holding_cost_rate/365`` per unit;
4. while the inventory position (on hand − backorders + on order) is ≤ the reorder point,
   one ``order_quantity`` is ordered; each order costs ``order_cost``.

An order placed at the end of day t arrives at the end of day t + L, with L rounded **up**
to whole days (``ceil``): goods due part-way through a day are usable from that day's end.
With L = 0 the order is received at once (after that day's holding charge).
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from pydantic import Field
from sqlalchemy import select

from data.errors import UserInputError
from data.schema import Item
from data.store import session_scope
from tools.demand import DEFAULT_WINDOW_DAYS, daily_demand
from tools.inventory_math import DAYS_PER_YEAR
from tools.registry import ToolArguments, ToolContext, register

DAYS_PER_WEEK = 7


def lead_time_in_days(lead_time_days: float) -> int:
    """Whole days from order to arrival: the lead time rounded up (7.2 → 8, 7.0 → 7)."""
    if lead_time_days < 0:
        raise ValueError("lead_time_days must be non-negative")
    return max(0, math.ceil(lead_time_days - 1e-9))


@dataclass(frozen=True)
class SimulationResult:
    """Outcome of a simulated (r, Q) policy; quantities in units, costs in money over the horizon.

    ``fill_rate``: units served from stock on the day of demand / units demanded (1.0 when
    there was no demand).

    ``cycle_service_level``: the horizon is cut after every day on which an order arrives;
    each piece is a replenishment cycle (the first starts on day 0, the last ends with the
    horizon). A cycle has a stockout when some demand in it was not served from stock on
    its day, or when it starts with backorders still unfilled; equivalently, when
    backorders are positive at the end of any of its days before that day's arrivals.
    The value is the fraction of cycles without stockout (the textbook cycle service level
    P(lead-time demand ≤ inventory position at ordering), comparable with ``service_level``).

    ``total_cost`` = ``holding_cost`` + ``ordering_cost`` + ``stockout_cost``; the purchase
    cost of the goods is not included.
    """

    days: int
    total_demand: float
    units_short: float
    """Units not served from stock on their day (backordered)."""
    fill_rate: float
    cycles: int
    cycles_with_stockout: int
    cycle_service_level: float
    stockout_days: int
    """Days on which some demand was not served from stock."""
    avg_on_hand: float
    """Average units on hand at the end of the day."""
    avg_backorders: float
    """Average units backordered at the end of the day."""
    orders: int
    ending_on_hand: float
    ending_backorders: float
    ending_on_order: float
    holding_cost: float
    ordering_cost: float
    stockout_cost: float
    total_cost: float

    @classmethod
    def from_totals(
        cls,
        *,
        days: int,
        total_demand: float,
        units_short: float,
        cycles: int,
        cycles_with_stockout: int,
        stockout_days: int,
        on_hand_sum: float,
        backorder_sum: float,
        orders: int,
        ending_on_hand: float,
        ending_backorders: float,
        ending_on_order: float,
        holding_cost: float,
        ordering_cost: float,
        stockout_cost: float,
    ) -> SimulationResult:
        """The result from the run's totals: rates, averages and total cost are derived here."""
        return cls(
            days=days,
            total_demand=total_demand,
            units_short=units_short,
            fill_rate=1.0 - units_short / total_demand if total_demand > 0 else 1.0,
            cycles=cycles,
            cycles_with_stockout=cycles_with_stockout,
            cycle_service_level=1.0 - cycles_with_stockout / cycles if cycles else 1.0,
            stockout_days=stockout_days,
            avg_on_hand=on_hand_sum / days if days else ending_on_hand,
            avg_backorders=backorder_sum / days if days else 0.0,
            orders=orders,
            ending_on_hand=ending_on_hand,
            ending_backorders=ending_backorders,
            ending_on_order=ending_on_order,
            holding_cost=holding_cost,
            ordering_cost=ordering_cost,
            stockout_cost=stockout_cost,
            total_cost=holding_cost + ordering_cost + stockout_cost,
        )


def simulate_continuous_review(
    demand: np.ndarray,
    reorder_point: float,
    order_quantity: float,
    lead_time_days: float,
    on_hand_start: float,
    unit_cost: float,
    holding_cost_rate: float,
    order_cost: float,
    stockout_cost: float,
    lead_time_sd_days: float = 0.0,
    rng: np.random.Generator | None = None,
) -> SimulationResult:
    """Simulate a daily (r, Q) policy with backorders over ``len(demand)`` days.

    ``demand``: units per day; ``reorder_point`` r and ``order_quantity`` Q in units;
    ``lead_time_days`` L and ``lead_time_sd_days`` in days; ``on_hand_start``: units on hand
    at the start of day 0, nothing on order; costs: ``unit_cost`` money per unit,
    ``holding_cost_rate`` per year, ``order_cost`` money per order, ``stockout_cost`` money
    per unit short. Timing as in the module docstring.

    With ``lead_time_sd_days`` > 0 each order's lead time is drawn from a normal
    distribution (truncated at 0, rounded up to days) with ``rng``; an order never arrives
    before one placed earlier (orders do not cross).
    """
    demand = np.asarray(demand, dtype=float)
    if demand.ndim != 1:
        raise ValueError("demand must be a one-dimensional array of units per day")
    if np.any(demand < 0) or not np.all(np.isfinite(demand)):
        raise ValueError("demand must be finite and non-negative")
    if order_quantity <= 0:
        raise ValueError("order_quantity must be positive")
    if lead_time_sd_days < 0:
        raise ValueError("lead_time_sd_days must be non-negative")
    fixed_lead_time = lead_time_in_days(lead_time_days)
    generator = rng if rng is not None else np.random.default_rng(0)
    holding_cost_per_unit_day = unit_cost * holding_cost_rate / DAYS_PER_YEAR

    on_hand = float(on_hand_start)
    backorders = 0.0
    on_order = 0.0
    pipeline: deque[tuple[int, float]] = deque()  # (arrival day, units), in arrival order
    last_arrival_day = -1

    total_demand = units_short = 0.0
    on_hand_sum = backorder_sum = 0.0
    stockout_days = orders = cycles = cycles_with_stockout = 0
    stockout_in_cycle = False

    def receive(units: float) -> None:
        nonlocal on_hand, backorders
        filled = min(backorders, units)
        backorders -= filled
        on_hand += units - filled

    for day, day_demand in enumerate(demand.tolist()):
        served = min(on_hand, day_demand)
        on_hand -= served
        short = day_demand - served
        total_demand += day_demand
        if short > 0:
            backorders += short
            units_short += short
            stockout_days += 1
            stockout_in_cycle = True

        arrived_today = False
        while pipeline and pipeline[0][0] <= day:
            _, units = pipeline.popleft()
            on_order -= units
            receive(units)
            arrived_today = True

        on_hand_sum += on_hand
        backorder_sum += backorders

        while on_hand - backorders + on_order <= reorder_point:
            orders += 1
            if lead_time_sd_days > 0:
                drawn = max(0.0, generator.normal(lead_time_days, lead_time_sd_days))
                lead_time = lead_time_in_days(drawn)
            else:
                lead_time = fixed_lead_time
            arrival_day = max(day + lead_time, last_arrival_day)
            last_arrival_day = arrival_day
            if arrival_day <= day:
                receive(order_quantity)
                arrived_today = True
            else:
                pipeline.append((arrival_day, order_quantity))
                on_order += order_quantity

        if arrived_today:
            cycles += 1
            cycles_with_stockout += stockout_in_cycle
            # customers still waiting: the next cycle starts out of stock
            stockout_in_cycle = backorders > 0

    days = int(demand.size)
    if days > 0 and not arrived_today:  # the last, unfinished cycle
        cycles += 1
        cycles_with_stockout += stockout_in_cycle

    holding_cost = holding_cost_per_unit_day * on_hand_sum
    ordering_cost = order_cost * orders
    shortage_cost = stockout_cost * units_short
    return SimulationResult.from_totals(
        days=days,
        total_demand=total_demand,
        units_short=units_short,
        cycles=cycles,
        cycles_with_stockout=cycles_with_stockout,
        stockout_days=stockout_days,
        on_hand_sum=on_hand_sum,
        backorder_sum=backorder_sum,
        orders=orders,
        ending_on_hand=on_hand,
        ending_backorders=backorders,
        ending_on_order=on_order,
        holding_cost=holding_cost,
        ordering_cost=ordering_cost,
        stockout_cost=shortage_cost,
    )


def resample_weeks(history: np.ndarray, days: int, rng: np.random.Generator) -> np.ndarray:
    """``days`` days of demand drawn from ``history`` (units/day, oldest first, ending yesterday).

    Block bootstrap by calendar week: the history is cut into whole weeks counted back
    from its last day, and weeks are drawn with replacement. Every simulated day keeps its
    weekday (day 0 = the day after the history) and the within-week pattern and
    correlation survive; trend and seasonality beyond the window are not modelled. With
    less than a week of history single days are drawn instead.
    """
    if history.size == 0:
        raise ValueError("no demand history to resample")
    if days <= 0:
        return np.zeros(0)
    weeks = history.size // DAYS_PER_WEEK
    if weeks == 0:
        return rng.choice(history, size=days, replace=True)
    complete = history[history.size - weeks * DAYS_PER_WEEK :].reshape(weeks, DAYS_PER_WEEK)
    drawn = complete[rng.integers(0, weeks, size=math.ceil(days / DAYS_PER_WEEK))]
    return drawn.reshape(-1)[:days].copy()


class SimulatePolicyArguments(ToolArguments):
    sku: str = Field(min_length=1, description="The item's SKU as in the catalog.")
    reorder_point: float = Field(
        description="Reorder point in units: order when the inventory position "
        "(on hand + on order − backorders) is at or below it."
    )
    order_quantity: float = Field(gt=0, description="Units per replenishment order.")
    days: int = Field(default=365, ge=1, le=3650, description="Days to simulate, starting today.")
    seed: int = Field(
        default=0,
        ge=0,
        description="Random seed for the demand resampling (same seed, same result).",
    )


@register("simulate_policy", SimulatePolicyArguments)
def simulate_policy(args: SimulatePolicyArguments, context: ToolContext) -> dict[str, Any]:
    """Simulate a continuous-review reorder-point / order-quantity policy (units) for one SKU
    over `days` days of demand resampled by week from its last 90 days of sales, with
    backorders; returns fill rate, cycle service level, stockout days, average on hand
    (units), orders and holding + ordering + stockout cost (money, purchase cost excluded)."""
    engine = context.require_engine()
    with session_scope(engine) as session:
        item = session.execute(select(Item).where(Item.sku == args.sku)).scalar_one_or_none()
        if item is None:
            raise UserInputError(f"unknown sku {args.sku!r}: it is not in the item catalog")
        history = daily_demand(session, args.sku, context.today, DEFAULT_WINDOW_DAYS)
        unit_cost = item.unit_cost
        holding_cost_rate = item.holding_cost_rate
        order_cost = item.order_cost
        stockout_cost = item.stockout_cost
        lead_time_days = item.lead_time_days
        lead_time_sd_days = item.lead_time_sd_days
        on_hand = item.on_hand
        on_order = item.on_order

    rng = np.random.default_rng(args.seed)
    if history.size == 0:
        demand = np.zeros(args.days)  # no sales on record: zero demand (SPEC §4)
    else:
        demand = resample_weeks(history, args.days, rng)
    starting_inventory = on_hand + on_order
    result = simulate_continuous_review(
        demand,
        reorder_point=args.reorder_point,
        order_quantity=args.order_quantity,
        lead_time_days=lead_time_days,
        on_hand_start=starting_inventory,
        unit_cost=unit_cost or 0.0,
        holding_cost_rate=holding_cost_rate,
        order_cost=order_cost,
        stockout_cost=stockout_cost or 0.0,
        lead_time_sd_days=lead_time_sd_days,
        rng=rng,
    )
    return {
        **asdict(result),
        # inputs used
        "sku": args.sku,
        "reorder_point": args.reorder_point,
        "order_quantity": args.order_quantity,
        "seed": args.seed,
        "start_date": context.today.isoformat(),
        "starting_inventory": starting_inventory,
        "on_hand": on_hand,
        "on_order": on_order,
        "lead_time_days": lead_time_days,
        "lead_time_days_simulated": lead_time_in_days(lead_time_days),
        "lead_time_sd_days": lead_time_sd_days,
        "unit_cost": unit_cost,
        "holding_cost_rate": holding_cost_rate,
        "order_cost": order_cost,
        "stockout_cost_per_unit": stockout_cost,
        "demand_history_days": int(history.size),
        "demand_resampling": (
            "weekly blocks"
            if history.size >= DAYS_PER_WEEK
            else "single days"
            if history.size
            else "none: no sales on record, zero demand"
        ),
        "assumptions": "on_order is counted as on hand from the first day; "
        "nothing else is on order; purchase cost is not in total_cost"
        + ("; the item has no stockout_cost, so shortages cost 0" if stockout_cost is None else ""),
    }
