"""Inventory formulas and the calculator tools: textbook values, stockpyl cross-checks,
property tests (hypothesis) and the tools through the registry."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from scipy.stats import norm
from stockpyl.eoq import economic_order_quantity as stockpyl_eoq
from stockpyl.eoq import economic_order_quantity_with_all_units_discounts as stockpyl_all_units
from stockpyl.newsvendor import newsvendor_normal as stockpyl_newsvendor
from stockpyl.newsvendor import newsvendor_normal_cost as stockpyl_newsvendor_cost

from tools import math_tools  # noqa: F401  (registers the calculator tools)
from tools.inventory_math import (
    PriceBreak,
    annual_cost,
    economic_order_quantity,
    newsvendor_normal,
    newsvendor_normal_cost,
    optimal_order_quantity,
    reorder_point,
    round_to_pack,
    safety_stock,
    service_level_z,
    smallest_order_quantity,
)
from tools.registry import ToolContext, ToolError, call_tool

CONTEXT = ToolContext(engine=None, today=dt.date(2026, 11, 23))

positive_cost = st.floats(min_value=0.01, max_value=1000, allow_nan=False)
demand_per_year = st.floats(min_value=1, max_value=100_000, allow_nan=False)


# ------------------------------------------------------------------ hand-computed


def test_eoq_textbook_value() -> None:
    # D = 1000/yr, K = 10/order, h = 0.5/unit-yr: √(2·1000·10/0.5) = 200
    assert economic_order_quantity(1000, 10, 0.5) == pytest.approx(200)
    plan = optimal_order_quantity(1000, 10, holding_cost=0.5)
    assert plan.order_quantity == 200
    assert plan.orders_per_year == pytest.approx(5)
    assert plan.cycle_days == pytest.approx(73)
    assert plan.ordering_cost_per_year == pytest.approx(50)
    assert plan.holding_cost_per_year == pytest.approx(50)
    assert plan.purchase_cost_per_year == 0  # no unit cost: purchase cost 0 (SPEC §9)
    assert plan.total_annual_cost == pytest.approx(100)


def test_eoq_with_rate_includes_purchase_cost() -> None:
    # c = 2, i = 0.25 → h = 0.5; purchase 2·1000 = 2000
    plan = optimal_order_quantity(1000, 10, unit_cost=2, holding_cost_rate=0.25)
    assert plan.eoq == pytest.approx(200)
    assert plan.unit_cost == 2
    assert plan.total_annual_cost == pytest.approx(2100)


def test_moq_and_pack_rounding() -> None:
    # EOQ 200, packs of 12: 192 (cost 52.083+48) vs 204 (49.02+51) → 204 is cheaper
    plan = optimal_order_quantity(1000, 10, holding_cost=0.5, pack_size=12)
    assert plan.order_quantity == 204
    assert plan.eoq == pytest.approx(200)
    # MOQ 250 not a pack multiple → first multiple of 12 ≥ 250 is 252
    plan = optimal_order_quantity(1000, 10, holding_cost=0.5, pack_size=12, moq=250)
    assert plan.order_quantity == 252


def test_round_to_pack() -> None:
    assert round_to_pack(0, 12, 100) == 0
    assert round_to_pack(-5, 12, 100) == 0
    assert round_to_pack(1, 12, 0) == 12
    assert round_to_pack(25, 12, 0) == 36
    assert round_to_pack(24, 12, 0) == 24
    assert round_to_pack(5, 12, 100) == 108  # MOQ 100 → 9 packs
    assert round_to_pack(130, 12, 100) == 132
    assert round_to_pack(0.3, 1, 0) == 1
    assert smallest_order_quantity(10, 0) == 10
    assert smallest_order_quantity(10, 95) == 100


def test_price_break_below_first_break_costs_unit_cost() -> None:
    # Rate charged on the tier price: tier 2 (≥ 500 at 0.9) has h = 0.225
    breaks = [PriceBreak(500, 0.9)]
    plan = optimal_order_quantity(
        1300, 8, unit_cost=1.0, holding_cost_rate=0.225, price_breaks=breaks
    )
    # at 304 (EOQ, c = 1): 1300 + 34.21 + 34.2 ≈ 1368.4
    # at 500 (c = 0.9): 1170 + 20.8 + 50.6 ≈ 1241.4
    assert plan.order_quantity == 500
    assert plan.unit_cost == 0.9
    assert plan.holding_cost == pytest.approx(0.9 * 0.225)
    assert plan.total_annual_cost == pytest.approx(
        0.9 * 1300 + 8 * 1300 / 500 + 0.9 * 0.225 * 500 / 2
    )


def test_absolute_holding_cost_stays_fixed_across_tiers() -> None:
    breaks = [PriceBreak(100, 9.0), PriceBreak(1000, 8.0)]
    plan = optimal_order_quantity(2000, 50, holding_cost=2.0, unit_cost=10.0, price_breaks=breaks)
    assert plan.holding_cost == 2.0
    assert plan.eoq == pytest.approx(math.sqrt(2 * 2000 * 50 / 2.0))
    # 1000 at 8.0: 16000 + 100 + 1000 = 17100 beats EOQ 316 at 9.0: 18000 + 316.2 + 316.2
    assert plan.order_quantity == 1000
    assert plan.total_annual_cost == pytest.approx(17100)


def test_price_breaks_without_unit_cost_start_at_first_break() -> None:
    plan = optimal_order_quantity(1000, 10, holding_cost=0.5, price_breaks=[PriceBreak(300, 2.0)])
    assert plan.order_quantity == 300
    assert plan.unit_cost == 2.0


def test_safety_stock_and_reorder_point_by_hand() -> None:
    z = service_level_z(0.95)
    assert z == pytest.approx(1.6448536, abs=1e-6)
    # d = 10, σd = 3, L = 7, σL = 1: √(7·9 + 100·1) = √163
    assert safety_stock(z, 10, 3, 7, 1) == pytest.approx(z * math.sqrt(163))
    result = reorder_point(10, 3, 7, 1, 0.95)
    assert result.reorder_point == pytest.approx(70 + z * math.sqrt(163))
    assert result.lead_time_demand == 70
    assert reorder_point(10, 0, 7).safety_stock == 0
    assert reorder_point(10, 2, 7, service_level=0.5).reorder_point == pytest.approx(70)


@pytest.mark.parametrize("service_level", [0, 1, -0.1, 1.5])
def test_service_level_must_be_inside_zero_one(service_level: float) -> None:
    with pytest.raises(ValueError):
        service_level_z(service_level)


def test_newsvendor_by_hand() -> None:
    # cu = co: order the mean; cost = (cu + co)·σ·φ(0)
    result = newsvendor_normal(100, 20, 5, 5)
    assert result.critical_ratio == 0.5
    assert result.order_quantity == pytest.approx(100)
    assert result.expected_cost == pytest.approx(10 * 20 * norm.pdf(0))
    assert newsvendor_normal(100, 0, 3, 1).order_quantity == 100
    assert newsvendor_normal(100, 0, 3, 1).expected_cost == 0
    # huge sd, low critical ratio: floored at 0
    assert newsvendor_normal(1, 100, 1, 10).order_quantity == 0


# ------------------------------------------------------------- stockpyl cross-checks


def test_eoq_matches_stockpyl_example_3_1() -> None:
    quantity, cost = stockpyl_eoq(8, 0.225, 1300)
    assert economic_order_quantity(1300, 8, 0.225) == pytest.approx(quantity, rel=1e-12)
    assert quantity == pytest.approx(304.0467800264368)
    plan = optimal_order_quantity(1300, 8, holding_cost=0.225, pack_size=1e-6)
    assert plan.total_annual_cost == pytest.approx(cost, rel=1e-9)


@settings(deadline=None)  # scipy/stockpyl calls are slow on a busy machine
@given(demand_per_year, positive_cost, positive_cost)
def test_eoq_matches_stockpyl(annual_demand: float, order_cost: float, holding_cost: float) -> None:
    quantity, _ = stockpyl_eoq(order_cost, holding_cost, annual_demand)
    assert economic_order_quantity(annual_demand, order_cost, holding_cost) == pytest.approx(
        quantity, rel=1e-12
    )


def test_all_units_discount_matches_stockpyl_example() -> None:
    expected_quantity, region, expected_cost = stockpyl_all_units(
        200, 0.20, 1000, [0, 200, 500], [500, 475, 450]
    )
    assert (expected_quantity, region, expected_cost) == (500, 2, 472900.0)
    plan = optimal_order_quantity(
        1000,
        200,
        unit_cost=500,
        holding_cost_rate=0.2,
        price_breaks=[PriceBreak(200, 475), PriceBreak(500, 450)],
    )
    assert plan.order_quantity == expected_quantity
    assert plan.unit_cost == 450
    assert plan.total_annual_cost == pytest.approx(expected_cost)


@st.composite
def decreasing_price_list(draw: st.DrawFn) -> tuple[float, list[PriceBreak]]:
    """A list price and 0–3 all-units breaks with falling prices (whole-unit break quantities)."""
    unit_cost = draw(st.floats(min_value=1, max_value=500))
    quantities = sorted(draw(st.sets(st.integers(min_value=1, max_value=3000), max_size=3)))
    breaks = []
    price = unit_cost
    for quantity in quantities:
        price *= draw(st.floats(min_value=0.5, max_value=0.99))
        breaks.append(PriceBreak(float(quantity), price))
    return unit_cost, breaks


@settings(max_examples=200, deadline=None)
@given(
    demand_per_year,
    st.floats(min_value=1, max_value=1000),
    st.floats(min_value=0.05, max_value=0.5),
    decreasing_price_list(),
)
def test_all_units_discount_agrees_with_stockpyl(
    annual_demand: float, order_cost: float, rate: float, price_list: tuple[float, list[PriceBreak]]
) -> None:
    """pack_size 1: our optimum over whole units lies between stockpyl's continuous optimum and the
    best whole-unit neighbour of stockpyl's quantity (so it equals it when that is a break)."""
    unit_cost, breaks = price_list
    stockpyl_quantity, _, stockpyl_cost = stockpyl_all_units(
        order_cost,
        rate,
        annual_demand,
        [0] + [b.min_qty for b in breaks],
        [unit_cost] + [b.unit_cost for b in breaks],
    )
    plan = optimal_order_quantity(
        annual_demand, order_cost, unit_cost=unit_cost, holding_cost_rate=rate, price_breaks=breaks
    )
    assert plan.total_annual_cost >= stockpyl_cost * (1 - 1e-12)
    neighbours = [
        annual_cost(
            q,
            annual_demand,
            order_cost,
            unit_cost=unit_cost,
            holding_cost_rate=rate,
            price_breaks=breaks,
        )
        for q in {max(1.0, math.floor(stockpyl_quantity)), float(math.ceil(stockpyl_quantity))}
    ]
    assert plan.total_annual_cost <= min(n.total_annual_cost for n in neighbours) * (1 + 1e-12)
    if float(stockpyl_quantity).is_integer():
        assert plan.order_quantity == stockpyl_quantity


def test_newsvendor_matches_stockpyl_example_4_3() -> None:
    expected_quantity, expected_cost = stockpyl_newsvendor(0.18, 0.70, 50, 8)
    result = newsvendor_normal(50, 8, underage_cost=0.70, overage_cost=0.18)
    assert result.order_quantity == pytest.approx(expected_quantity, rel=1e-12)
    assert result.expected_cost == pytest.approx(expected_cost, rel=1e-9)
    # cost of a given quantity (Example 4.1)
    assert newsvendor_normal_cost(60, 50, 8, 0.70, 0.18).expected_cost == pytest.approx(
        stockpyl_newsvendor_cost(60, 0.18, 0.70, 50, 8), rel=1e-9
    )


@settings(deadline=None)  # scipy/stockpyl calls are slow on a busy machine
@given(
    st.floats(min_value=10, max_value=1e4),
    st.floats(min_value=0.1, max_value=0.3),
    positive_cost,
    positive_cost,
)
def test_newsvendor_agrees_with_stockpyl(
    mean: float, cv: float, underage: float, overage: float
) -> None:
    sd = mean * cv  # keep the normal model away from negative quantities
    expected_quantity, expected_cost = stockpyl_newsvendor(overage, underage, mean, sd)
    result = newsvendor_normal(mean, sd, underage, overage)
    assume(expected_quantity > 0)
    assert result.order_quantity == pytest.approx(expected_quantity, rel=1e-9)
    assert result.expected_cost == pytest.approx(expected_cost, rel=1e-6, abs=1e-9)


@settings(deadline=None)  # scipy/stockpyl calls are slow on a busy machine
@given(
    st.floats(min_value=0.1, max_value=500),
    st.floats(min_value=0.1, max_value=100),
    st.integers(min_value=1, max_value=60),
    st.floats(min_value=0.51, max_value=0.999),
)
def test_reorder_point_matches_stockpyl_base_stock(
    d: float, sd: float, lead_time: int, service_level: float
) -> None:
    """With σL = 0 the reorder point is the newsvendor base-stock level for L periods of
    demand at critical ratio = service level (stockpyl counts L − 1 lead-time periods plus
    the review period)."""
    expected, _ = stockpyl_newsvendor(
        1 - service_level, service_level, d, sd, lead_time=lead_time - 1
    )
    assert reorder_point(d, sd, lead_time, 0, service_level).reorder_point == pytest.approx(
        expected, rel=1e-9
    )


# ------------------------------------------------------------------- properties


@settings(deadline=None)  # scipy/stockpyl calls are slow on a busy machine
@given(demand_per_year, positive_cost, positive_cost, st.floats(min_value=1.01, max_value=10))
def test_eoq_monotone(
    annual_demand: float, order_cost: float, holding_cost: float, factor: float
) -> None:
    base = economic_order_quantity(annual_demand, order_cost, holding_cost)
    assert economic_order_quantity(annual_demand * factor, order_cost, holding_cost) > base
    assert economic_order_quantity(annual_demand, order_cost * factor, holding_cost) > base
    assert economic_order_quantity(annual_demand, order_cost, holding_cost * factor) < base


def _independent_costs(
    quantities: np.ndarray,
    annual_demand: float,
    order_cost: float,
    unit_cost: float | None,
    breaks: list[PriceBreak],
    holding_cost: float | None,
    rate: float | None,
) -> np.ndarray:
    """Total annual cost of each quantity, written out again (NaN where no price is known)."""
    break_quantities = np.array([b.min_qty for b in breaks])
    tier_prices = np.array(
        [np.nan if unit_cost is None else unit_cost] + [b.unit_cost for b in breaks]
    )
    prices = tier_prices[np.searchsorted(break_quantities, quantities, side="right")]
    if holding_cost is None and rate is None:
        raise AssertionError("a holding cost is needed")
    holding = np.full_like(prices, holding_cost) if holding_cost is not None else rate * prices
    purchase = np.nan_to_num(prices) * annual_demand if breaks or unit_cost is not None else 0.0
    costs = purchase + order_cost * annual_demand / quantities + holding * quantities / 2
    return np.where(np.isnan(prices) & bool(breaks), np.nan, costs)


@st.composite
def order_problem(draw: st.DrawFn) -> dict:
    """Random EOQ problems with any price list (prices may rise), MOQ and pack size."""
    use_rate = draw(st.booleans())
    unit_cost = draw(st.floats(min_value=0.5, max_value=100))
    quantities = sorted(draw(st.sets(st.integers(min_value=1, max_value=400), max_size=3)))
    breaks = sorted(
        (PriceBreak(float(q), draw(st.floats(min_value=0.3, max_value=120))) for q in quantities),
        key=lambda b: b.min_qty,
    )
    return {
        "annual_demand": draw(st.floats(min_value=1, max_value=20_000)),
        "order_cost": draw(st.floats(min_value=0, max_value=500)),
        "holding_cost": None if use_rate else draw(st.floats(min_value=0.05, max_value=50)),
        "holding_cost_rate": draw(st.floats(min_value=0.05, max_value=0.6)) if use_rate else None,
        "unit_cost": unit_cost if use_rate or draw(st.booleans()) else None,
        "price_breaks": breaks,
        "moq": draw(st.sampled_from([0, 0, 1, 7, 50, 99.5, 130])),
        "pack_size": draw(st.sampled_from([1, 1, 3, 6, 12, 25, 0.5])),
    }


@settings(max_examples=300, deadline=None)
@given(order_problem())
def test_order_quantity_is_feasible_and_cheapest(problem: dict) -> None:
    plan = optimal_order_quantity(**problem)
    pack, moq = problem["pack_size"], problem["moq"]
    breaks: list[PriceBreak] = problem["price_breaks"]
    packs = plan.order_quantity / pack
    assert packs == pytest.approx(round(packs), abs=1e-9) and round(packs) >= 1
    assert plan.order_quantity >= moq - 1e-9
    if problem["unit_cost"] is None and breaks:
        assert plan.order_quantity >= breaks[0].min_qty

    def costs(quantities: np.ndarray) -> np.ndarray:
        return _independent_costs(
            quantities,
            problem["annual_demand"],
            problem["order_cost"],
            problem["unit_cost"],
            breaks,
            problem["holding_cost"],
            problem["holding_cost_rate"],
        )

    own = costs(np.array([plan.order_quantity]))[0]
    assert plan.total_annual_cost == pytest.approx(own, rel=1e-9)
    # brute force over every feasible pack multiple, well past the breaks and every tier's EOQ
    all_prices = [b.unit_cost for b in breaks] + (
        [problem["unit_cost"]] if problem["unit_cost"] is not None else []
    )
    lowest_holding_cost = (
        problem["holding_cost"]
        if problem["holding_cost"] is not None
        else problem["holding_cost_rate"] * min(all_prices)
    )
    largest_eoq = math.sqrt(
        2 * problem["annual_demand"] * problem["order_cost"] / lowest_holding_cost
    )
    upper = 2 * max(largest_eoq, moq, breaks[-1].min_qty if breaks else 0) + 3 * pack
    first = max(1, math.ceil(moq / pack - 1e-9))
    candidates = np.arange(first, math.ceil(upper / pack) + 1) * pack
    assert plan.total_annual_cost <= np.nanmin(costs(candidates)) * (1 + 1e-12) + 1e-9


@settings(deadline=None)  # scipy/stockpyl calls are slow on a busy machine
@given(
    st.floats(min_value=0, max_value=1e5),
    st.sampled_from([1, 2, 6, 12, 24, 100]),
    st.floats(min_value=0, max_value=1e4),
)
def test_round_to_pack_properties(quantity: float, pack: int, moq: float) -> None:
    rounded = round_to_pack(quantity, pack, moq)
    if quantity == 0:
        assert rounded == 0
        return
    assert rounded % pack == 0
    assert rounded >= moq and rounded >= quantity
    assert rounded - pack < max(quantity, moq)  # no more than one pack too many


@settings(deadline=None)  # scipy/stockpyl calls are slow on a busy machine
@given(
    st.floats(min_value=0.5, max_value=0.98),
    st.floats(min_value=0.001, max_value=0.019),
    st.floats(min_value=0, max_value=500),
    st.floats(min_value=0.01, max_value=100),
    st.floats(min_value=0.5, max_value=90),
    st.floats(min_value=0, max_value=10),
)
def test_safety_stock_monotone(
    service_level: float, step: float, d: float, sd: float, lead_time: float, sd_lead_time: float
) -> None:
    lower = safety_stock(service_level_z(service_level), d, sd, lead_time, sd_lead_time)
    higher_service = safety_stock(
        service_level_z(service_level + step), d, sd, lead_time, sd_lead_time
    )
    longer_lead = safety_stock(service_level_z(service_level), d, sd, lead_time * 1.5, sd_lead_time)
    assert higher_service > lower
    assert longer_lead >= lower


@settings(deadline=None)  # scipy/stockpyl calls are slow on a busy machine
@given(
    st.floats(min_value=10, max_value=1e4),
    st.floats(min_value=0.1, max_value=2),
    positive_cost,
    positive_cost,
    st.floats(min_value=1.01, max_value=10),
)
def test_newsvendor_quantity_increases_with_underage_cost(
    mean: float, cv: float, underage: float, overage: float, factor: float
) -> None:
    sd = mean * cv
    base = newsvendor_normal(mean, sd, underage, overage).order_quantity
    more = newsvendor_normal(mean, sd, underage * factor, overage).order_quantity
    assert more > base or base == more == 0


# ------------------------------------------------------------ tools via registry


def test_compute_eoq_tool() -> None:
    result = call_tool(
        "compute_eoq", {"annual_demand": 1000, "order_cost": 10, "holding_cost": 0.5}, CONTEXT
    )
    for key in (
        "eoq",
        "order_quantity",
        "unit_cost",
        "orders_per_year",
        "cycle_days",
        "ordering_cost_per_year",
        "holding_cost_per_year",
        "total_annual_cost",
    ):
        assert key in result
    assert result["eoq"] == pytest.approx(200)
    assert result["order_quantity"] == 200
    assert (
        result["annual_demand"] == 1000
        and result["order_cost"] == 10
        and result["holding_cost"] == 0.5
    )


def test_compute_eoq_tool_with_rate_breaks_moq_and_pack() -> None:
    arguments = {
        "annual_demand": 1000,
        "order_cost": 200,
        "unit_cost": 500,
        "holding_cost_rate": 0.2,
        "price_breaks": [{"min_qty": 500, "unit_cost": 450}, {"min_qty": 200, "unit_cost": 475}],
        "moq": 30,
        "pack_size": 48,
    }
    result = call_tool("compute_eoq", arguments, CONTEXT)

    def price(quantity: int) -> float:
        return 450 if quantity >= 500 else 475 if quantity >= 200 else 500

    # brute force over every multiple of 48 (all ≥ moq 30): 528, the first in the 450 tier, wins
    expected = min(
        (price(q) * 1000 + 200 * 1000 / q + 0.2 * price(q) * q / 2, q) for q in range(48, 5000, 48)
    )
    assert expected[1] == 528
    assert (result["total_annual_cost"], result["order_quantity"]) == pytest.approx(expected)
    assert result["unit_cost"] == 450
    assert result["holding_cost"] == pytest.approx(90)
    assert result["holding_cost_rate"] == 0.2 and result["pack_size"] == 48 and result["moq"] == 30
    assert result["eoq"] == pytest.approx(math.sqrt(2 * 1000 * 200 / 90))
    assert result["total_annual_cost"] == pytest.approx(
        result["purchase_cost_per_year"]
        + result["ordering_cost_per_year"]
        + result["holding_cost_per_year"]
    )


def test_reorder_point_tool() -> None:
    result = call_tool(
        "reorder_point",
        {
            "mean_daily_demand": 10,
            "sd_daily_demand": 3,
            "lead_time_days": 7,
            "sd_lead_time_days": 1,
        },
        CONTEXT,
    )
    z = norm.ppf(0.95)
    assert result["z"] == pytest.approx(z)
    assert result["safety_stock"] == pytest.approx(z * math.sqrt(163))
    assert result["reorder_point"] == pytest.approx(70 + z * math.sqrt(163))
    assert result["service_level"] == 0.95 and result["lead_time_days"] == 7


def test_newsvendor_tool() -> None:
    result = call_tool(
        "newsvendor", {"mean": 50, "sd": 8, "underage_cost": 0.7, "overage_cost": 0.18}, CONTEXT
    )
    quantity, cost = stockpyl_newsvendor(0.18, 0.70, 50, 8)
    assert result["order_quantity"] == pytest.approx(quantity)
    assert result["expected_cost"] == pytest.approx(cost)
    assert result["critical_ratio"] == pytest.approx(0.7 / 0.88)
    assert result["mean"] == 50 and result["underage_cost"] == 0.7


@pytest.mark.parametrize(
    ("name", "arguments", "message"),
    [
        ("compute_eoq", {"annual_demand": 1000, "order_cost": 10}, "holding cost is needed"),
        (
            "compute_eoq",
            {
                "annual_demand": 1000,
                "order_cost": 10,
                "holding_cost": 1,
                "unit_cost": 4,
                "holding_cost_rate": 0.2,
            },
            "not both",
        ),
        (
            "compute_eoq",
            {"annual_demand": 1000, "order_cost": 10, "holding_cost_rate": 0.2},
            "unit_cost is needed",
        ),
        (
            "compute_eoq",
            {"annual_demand": -5, "order_cost": 10, "holding_cost": 1},
            "annual_demand",
        ),
        (
            "compute_eoq",
            {"annual_demand": 100, "order_cost": 10, "holding_cost": 0},
            "holding_cost",
        ),
        (
            "compute_eoq",
            {"annual_demand": 100, "order_cost": 10, "holding_cost": 1, "pack_size": 0},
            "pack_size",
        ),
        (
            "compute_eoq",
            {"annual_demand": 100, "order_cost": 10, "holding_cost": 1, "moq": -1},
            "moq",
        ),
        (
            "compute_eoq",
            {
                "annual_demand": 100,
                "order_cost": 10,
                "holding_cost": 1,
                "price_breaks": [{"min_qty": 10, "unit_cost": 2}, {"min_qty": 10, "unit_cost": 1}],
            },
            "same min_qty",
        ),
        (
            "compute_eoq",
            {
                "annual_demand": 100,
                "order_cost": 10,
                "holding_cost": 1,
                "price_breaks": [{"min_qty": 10}],
            },
            "price_breaks.0.unit_cost",
        ),
        (
            "compute_eoq",
            {"annual_demand": 100, "order_cost": 10, "holding_cost": 1, "color": "red"},
            "color",
        ),
        (
            "reorder_point",
            {
                "mean_daily_demand": 10,
                "sd_daily_demand": 3,
                "lead_time_days": 7,
                "service_level": 1,
            },
            "service_level",
        ),
        (
            "reorder_point",
            {"mean_daily_demand": 10, "sd_daily_demand": -3, "lead_time_days": 7},
            "sd_daily_demand",
        ),
        ("reorder_point", {"mean_daily_demand": 10, "sd_daily_demand": 3}, "lead_time_days"),
        (
            "newsvendor",
            {"mean": 10, "sd": 3, "underage_cost": 0, "overage_cost": 1},
            "underage_cost",
        ),
        ("newsvendor", {"mean": 10, "sd": "lots", "underage_cost": 1, "overage_cost": 1}, "sd"),
    ],
)
def test_bad_arguments_are_tool_errors(name: str, arguments: dict, message: str) -> None:
    with pytest.raises(ToolError, match=message):
        call_tool(name, arguments, CONTEXT)
