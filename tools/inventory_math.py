"""Inventory formulas: EOQ (with all-units price breaks, MOQ and pack sizes), safety stock,
reorder point, service-level z and the normal newsvendor.

Pure functions, no store access. Each follows a textbook formula, named in its docstring
together with the matching ``stockpyl`` function the tests cross-check against
(Snyder & Shen, *Fundamentals of Supply Chain Theory*, 2nd ed., is the book stockpyl follows).

Units, unless a docstring says otherwise: quantities in stock units, money in the item's
currency, demand per year for EOQ and per day for safety stock, durations in days.
A year has ``DAYS_PER_YEAR`` days.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from scipy.stats import norm

DAYS_PER_YEAR = 365.0
_TOLERANCE = 1e-9
"""Slack for float noise when deciding whether a quantity already is a pack multiple."""


# --------------------------------------------------------------------------- EOQ


def economic_order_quantity(annual_demand: float, order_cost: float, holding_cost: float) -> float:
    """Economic order quantity Q* = √(2·D·K / h), in units.

    ``annual_demand`` D in units per year, ``order_cost`` K in money per order,
    ``holding_cost`` h in money per unit per year (must be > 0).
    Harris (1913); Snyder & Shen eq. (3.4); ``stockpyl.eoq.economic_order_quantity``.
    """
    if holding_cost <= 0:
        raise ValueError("holding_cost must be positive")
    if annual_demand < 0 or order_cost < 0:
        raise ValueError("annual_demand and order_cost must be non-negative")
    return math.sqrt(2.0 * annual_demand * order_cost / holding_cost)


def _pack_count_up(quantity: float, pack_size: float) -> int:
    """Smallest whole number of packs holding at least ``quantity`` units."""
    return math.ceil(quantity / pack_size - _TOLERANCE)


def _pack_count_down(quantity: float, pack_size: float) -> int:
    """Largest whole number of packs holding at most ``quantity`` units."""
    return math.floor(quantity / pack_size + _TOLERANCE)


def smallest_order_quantity(pack_size: float = 1, moq: float = 0) -> float:
    """Smallest orderable quantity: the first multiple of ``pack_size`` ≥ ``moq`` (≥ 1 pack)."""
    if pack_size <= 0:
        raise ValueError("pack_size must be positive")
    return max(1, _pack_count_up(moq, pack_size)) * pack_size


def round_to_pack(quantity: float, pack_size: float = 1, moq: float = 0) -> float:
    """Round ``quantity`` up to a multiple of ``pack_size`` and to at least the MOQ.

    A MOQ that is not a pack multiple means the first pack multiple ≥ MOQ (SPEC §9).
    A quantity ≤ 0 stays 0 (nothing to order). Units in, units out.
    """
    if pack_size <= 0:
        raise ValueError("pack_size must be positive")
    if quantity <= 0:
        return 0.0
    packs = _pack_count_up(quantity, pack_size)
    return float(max(packs * pack_size, smallest_order_quantity(pack_size, moq)))


@dataclass(frozen=True)
class PriceBreak:
    """All-units price break: every unit of an order of ≥ ``min_qty`` units costs ``unit_cost``."""

    min_qty: float
    unit_cost: float


@dataclass(frozen=True)
class OrderQuantityPlan:
    """The least-cost feasible order quantity and its annual costs (money per year).

    ``eoq`` is √(2DK/h) with h at the chosen unit cost, before price breaks, MOQ and packs.
    ``holding_cost`` is the holding cost used for the chosen quantity, money per unit-year.
    Holding is charged on cycle stock only (average Q/2); safety stock is not part of it.
    """

    eoq: float
    order_quantity: float
    unit_cost: float | None
    holding_cost: float
    orders_per_year: float
    cycle_days: float
    purchase_cost_per_year: float
    ordering_cost_per_year: float
    holding_cost_per_year: float
    total_annual_cost: float


@dataclass(frozen=True)
class _Tier:
    """Quantities in [lower, upper) cost ``unit_cost`` each (None: no price known)."""

    lower: float
    upper: float
    unit_cost: float | None


def _price_tiers(unit_cost: float | None, price_breaks: Sequence[PriceBreak]) -> list[_Tier]:
    """All-units price tiers: below the first break the item costs ``unit_cost``.

    Without ``unit_cost`` and with price breaks, nothing below the first break is offered
    (the first break acts as a minimum order quantity). Without either, one tier with no price.
    """
    breaks = sorted(price_breaks, key=lambda price_break: price_break.min_qty)
    for earlier, later in zip(breaks, breaks[1:], strict=False):
        if later.min_qty <= earlier.min_qty:
            raise ValueError(f"two price breaks for the same min_qty {later.min_qty}")
    tiers: list[_Tier] = []
    if not breaks or breaks[0].min_qty > 0:
        first_break = breaks[0].min_qty if breaks else math.inf
        if unit_cost is not None or not breaks:
            tiers.append(_Tier(0.0, first_break, unit_cost))
    for index, price_break in enumerate(breaks):
        upper = breaks[index + 1].min_qty if index + 1 < len(breaks) else math.inf
        tiers.append(_Tier(price_break.min_qty, upper, price_break.unit_cost))
    return tiers


def _holding_cost_in_tier(
    tier: _Tier, holding_cost: float | None, holding_cost_rate: float | None
) -> float:
    """Money per unit-year: a fixed ``holding_cost``, or the rate charged on the tier's price."""
    if holding_cost is not None:
        return holding_cost
    if holding_cost_rate is None or tier.unit_cost is None:
        raise ValueError("a holding_cost_rate needs a unit cost")
    return holding_cost_rate * tier.unit_cost


def _plan_for(
    quantity: float,
    tier: _Tier,
    annual_demand: float,
    order_cost: float,
    holding_cost: float,
) -> OrderQuantityPlan:
    """Annual costs of ordering ``quantity`` at the tier's price (Snyder & Shen eq. 3.18)."""
    quantity = float(quantity)
    purchase = (tier.unit_cost or 0.0) * annual_demand
    ordering = order_cost * annual_demand / quantity
    holding = holding_cost * quantity / 2.0
    return OrderQuantityPlan(
        eoq=economic_order_quantity(annual_demand, order_cost, holding_cost),
        order_quantity=quantity,
        unit_cost=tier.unit_cost,
        holding_cost=holding_cost,
        orders_per_year=annual_demand / quantity,
        cycle_days=DAYS_PER_YEAR * quantity / annual_demand,
        purchase_cost_per_year=purchase,
        ordering_cost_per_year=ordering,
        holding_cost_per_year=holding,
        total_annual_cost=purchase + ordering + holding,
    )


def optimal_order_quantity(
    annual_demand: float,
    order_cost: float,
    *,
    holding_cost: float | None = None,
    holding_cost_rate: float | None = None,
    unit_cost: float | None = None,
    price_breaks: Sequence[PriceBreak] = (),
    moq: float = 0,
    pack_size: float = 1,
) -> OrderQuantityPlan:
    """Least-total-cost order quantity under all-units price breaks, a MOQ and a pack size.

    Total annual cost of Q = c(Q)·D + K·D/Q + h(Q)·Q/2 (purchase + ordering + holding),
    D units/year, K money/order, c(Q) the tier price (``unit_cost`` below the first break;
    0 when no price is known), h(Q) = ``holding_cost_rate``·c(Q) for a rate or the fixed
    ``holding_cost`` (money per unit-year). Give exactly one of the two holding costs.
    Feasible Q: positive multiples of ``pack_size`` that are ≥ ``moq``.

    Method: within a tier the cost is convex in Q, so its least-cost feasible Q is one of
    the two pack multiples around the tier's EOQ clipped into the tier's feasible range
    (which includes the tier's lowest feasible quantity, i.e. the break rounded up to a
    pack). Comparing these candidates over all tiers gives the exact minimum.
    Ties go to the smaller quantity. Extends the all-units algorithm of Snyder & Shen §3.6
    (``stockpyl.eoq.economic_order_quantity_with_all_units_discounts``), which it equals
    for pack_size 1 when that function's optimum is a whole number.
    """
    if annual_demand <= 0:
        raise ValueError("annual_demand must be positive")
    if order_cost < 0:
        raise ValueError("order_cost must be non-negative")
    if (holding_cost is None) == (holding_cost_rate is None):
        raise ValueError("give exactly one of holding_cost and holding_cost_rate")
    if holding_cost is not None and holding_cost <= 0:
        raise ValueError("holding_cost must be positive")
    if holding_cost_rate is not None:
        if holding_cost_rate <= 0:
            raise ValueError("holding_cost_rate must be positive")
        if unit_cost is None:
            raise ValueError("holding_cost_rate needs unit_cost")
    if pack_size <= 0:
        raise ValueError("pack_size must be positive")
    if moq < 0:
        raise ValueError("moq must be non-negative")

    first_feasible = smallest_order_quantity(pack_size, moq)
    best: OrderQuantityPlan | None = None
    for tier in _price_tiers(unit_cost, price_breaks):
        lowest_packs = max(_pack_count_up(max(tier.lower, first_feasible), pack_size), 1)
        if math.isinf(tier.upper):
            highest_packs: float = math.inf
        else:
            highest_packs = _pack_count_up(tier.upper, pack_size) - 1  # last multiple < upper
        if lowest_packs > highest_packs:
            continue  # no pack multiple falls in this tier
        tier_holding_cost = _holding_cost_in_tier(tier, holding_cost, holding_cost_rate)
        tier_eoq = economic_order_quantity(annual_demand, order_cost, tier_holding_cost)
        candidate_packs = {
            min(max(math.floor(tier_eoq / pack_size), lowest_packs), highest_packs),
            min(max(math.ceil(tier_eoq / pack_size), lowest_packs), highest_packs),
        }
        for packs in candidate_packs:
            plan = _plan_for(packs * pack_size, tier, annual_demand, order_cost, tier_holding_cost)
            if best is None or (plan.total_annual_cost, plan.order_quantity) < (
                best.total_annual_cost,
                best.order_quantity,
            ):
                best = plan
    if best is None:  # cannot happen: the last tier is unbounded above
        raise ValueError("no feasible order quantity")
    return best


def annual_cost(
    quantity: float,
    annual_demand: float,
    order_cost: float,
    *,
    holding_cost: float | None = None,
    holding_cost_rate: float | None = None,
    unit_cost: float | None = None,
    price_breaks: Sequence[PriceBreak] = (),
) -> OrderQuantityPlan:
    """Annual costs (money per year) of always ordering ``quantity`` units, same model as
    :func:`optimal_order_quantity` (no feasibility check for MOQ or packs)."""
    if quantity <= 0:
        raise ValueError("quantity must be positive")
    if (holding_cost is None) == (holding_cost_rate is None):
        raise ValueError("give exactly one of holding_cost and holding_cost_rate")
    for tier in _price_tiers(unit_cost, price_breaks):
        if tier.lower <= quantity < tier.upper:
            tier_holding_cost = _holding_cost_in_tier(tier, holding_cost, holding_cost_rate)
            return _plan_for(quantity, tier, annual_demand, order_cost, tier_holding_cost)
    raise ValueError(
        f"quantity {quantity} is below the first price break and no unit_cost is known"
    )


# --------------------------------------------------------------- safety stock, ROP


def service_level_z(service_level: float) -> float:
    """Safety factor z = Φ⁻¹(service_level) for a cycle service level 0 < service_level < 1."""
    if not 0.0 < service_level < 1.0:
        raise ValueError("service_level must be strictly between 0 and 1")
    return float(norm.ppf(service_level))


def lead_time_demand_sd(
    mean_daily_demand: float,
    sd_daily_demand: float,
    lead_time_days: float,
    sd_lead_time_days: float = 0.0,
) -> float:
    """Standard deviation of demand over a random lead time, units: √(L·σd² + d²·σL²).

    Demand i.i.d. per day (mean d, sd σd units/day), lead time independent of demand
    (mean L, sd σL days). Silver, Pyke & Thomas (2017) eq. (6.9); Snyder & Shen §4.
    """
    if min(mean_daily_demand, sd_daily_demand, lead_time_days, sd_lead_time_days) < 0:
        raise ValueError("demand, lead time and their standard deviations must be non-negative")
    return math.sqrt(
        lead_time_days * sd_daily_demand**2 + mean_daily_demand**2 * sd_lead_time_days**2
    )


def safety_stock(
    z: float,
    mean_daily_demand: float,
    sd_daily_demand: float,
    lead_time_days: float,
    sd_lead_time_days: float = 0.0,
) -> float:
    """Safety stock in units: z·√(L·σd² + d²·σL²) (SPEC §6).

    d, σd in units/day; L, σL in days. Negative when z < 0 (service level below 50 %).
    """
    return z * lead_time_demand_sd(
        mean_daily_demand, sd_daily_demand, lead_time_days, sd_lead_time_days
    )


@dataclass(frozen=True)
class ReorderPoint:
    """Reorder point of a continuous-review (r, Q) policy, all quantities in units."""

    z: float
    lead_time_demand: float
    """Mean demand over the lead time, d·L."""
    sd_lead_time_demand: float
    safety_stock: float
    reorder_point: float


def reorder_point(
    mean_daily_demand: float,
    sd_daily_demand: float,
    lead_time_days: float,
    sd_lead_time_days: float = 0.0,
    service_level: float = 0.95,
) -> ReorderPoint:
    """Reorder point r = d·L + z·√(L·σd² + d²·σL²), z = Φ⁻¹(cycle service level).

    d, σd in units/day; L, σL in days. The cycle service level is the probability of no
    stockout while a replenishment order is outstanding (normal lead-time demand).
    Silver, Pyke & Thomas (2017) §6.7; Snyder & Shen eq. (4.37) for σL = 0.
    """
    z = service_level_z(service_level)
    sd = lead_time_demand_sd(mean_daily_demand, sd_daily_demand, lead_time_days, sd_lead_time_days)
    lead_time_demand = mean_daily_demand * lead_time_days
    safety = z * sd
    return ReorderPoint(
        z=z,
        lead_time_demand=lead_time_demand,
        sd_lead_time_demand=sd,
        safety_stock=safety,
        reorder_point=lead_time_demand + safety,
    )


# --------------------------------------------------------------------- newsvendor


def standard_normal_loss(z: float) -> float:
    """Standard normal loss L(z) = E[(Z − z)⁺] = φ(z) − z·(1 − Φ(z)) (Snyder & Shen App. C)."""
    return float(norm.pdf(z) - z * norm.sf(z))


@dataclass(frozen=True)
class NewsvendorResult:
    """Single-period order under normal demand; costs in money, quantities in units."""

    order_quantity: float
    critical_ratio: float
    z: float
    expected_shortage: float
    """Expected units of demand not met, E[(D − Q)⁺]."""
    expected_leftover: float
    """Expected units left over, E[(Q − D)⁺]."""
    expected_cost: float
    """underage_cost·expected_shortage + overage_cost·expected_leftover."""


def newsvendor_normal_cost(
    order_quantity: float, mean: float, sd: float, underage_cost: float, overage_cost: float
) -> NewsvendorResult:
    """Expected overage + underage cost of ordering ``order_quantity`` against N(mean, sd²) demand.

    Closed form with the normal loss function L: E[(D−Q)⁺] = σ·L(z) and
    E[(Q−D)⁺] = (Q − μ) + σ·L(z), with z = (Q − μ)/σ.
    Snyder & Shen eq. (4.24); ``stockpyl.newsvendor.newsvendor_normal_cost``.
    """
    if sd < 0:
        raise ValueError("sd must be non-negative")
    if underage_cost <= 0 or overage_cost <= 0:
        raise ValueError("underage_cost and overage_cost must be positive")
    critical_ratio = underage_cost / (underage_cost + overage_cost)
    if sd == 0:
        z = 0.0
        shortage = max(mean - order_quantity, 0.0)
    else:
        z = (order_quantity - mean) / sd
        shortage = sd * standard_normal_loss(z)
    leftover = order_quantity - mean + shortage
    return NewsvendorResult(
        order_quantity=order_quantity,
        critical_ratio=critical_ratio,
        z=z,
        expected_shortage=shortage,
        expected_leftover=leftover,
        expected_cost=underage_cost * shortage + overage_cost * leftover,
    )


def newsvendor_normal(
    mean: float, sd: float, underage_cost: float, overage_cost: float
) -> NewsvendorResult:
    """Newsvendor order quantity Q* = μ + σ·Φ⁻¹(cu / (cu + co)) for N(mean, sd²) demand.

    ``mean``, ``sd`` in units for the selling period; ``underage_cost`` cu = money lost per
    unit short, ``overage_cost`` co = money lost per unit left over. Q* is floored at 0 (a
    normal model with a large sd can otherwise ask for a negative quantity); the expected
    cost is then that of ordering 0. At an interior optimum the cost is (cu + co)·σ·φ(z).
    Snyder & Shen eqs. (4.30), (4.37); ``stockpyl.newsvendor.newsvendor_normal``
    (holding_cost = co, stockout_cost = cu).
    """
    if underage_cost <= 0 or overage_cost <= 0:
        raise ValueError("underage_cost and overage_cost must be positive")
    critical_ratio = underage_cost / (underage_cost + overage_cost)
    quantity = max(mean + sd * float(norm.ppf(critical_ratio)), 0.0)
    return newsvendor_normal_cost(quantity, mean, sd, underage_cost, overage_cost)
