"""(r, Q) policy simulation: hand-computed runs, long-run agreement with stockpyl's exact
(r, Q) formulas, properties, and the ``simulate_policy`` tool on a tiny store."""

from __future__ import annotations

import datetime as dt
import time

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import poisson
from sqlalchemy import Engine
from stockpyl.loss_functions import poisson_loss
from stockpyl.rq import r_q_cost, r_q_cost_poisson

from data.errors import UserInputError
from data.schema import Item, Sale
from data.store import open_store, session_scope
from tools.registry import ToolContext, ToolError, call_tool
from tools.simulation import (
    lead_time_in_days,
    resample_weeks,
    simulate_continuous_review,
)

TODAY = dt.date(2026, 11, 23)


def simulate(demand: np.ndarray | list[float], **overrides: float) -> object:
    arguments = {
        "reorder_point": 70.0,
        "order_quantity": 100.0,
        "lead_time_days": 7.0,
        "on_hand_start": 100.0,
        "unit_cost": 2.0,
        "holding_cost_rate": 0.25,
        "order_cost": 50.0,
        "stockout_cost": 3.0,
    }
    arguments.update(overrides)
    return simulate_continuous_review(np.asarray(demand, dtype=float), **arguments)


# ---------------------------------------------------------------- by hand


def test_constant_demand_never_stocks_out() -> None:
    """10/day, r = 70, Q = 100, L = 7, start with 100 on hand.

    Day 2 ends with 70 on hand → order; it arrives at the end of day 9, after that day's
    demand took the last 10 units. End-of-day stock runs 90, 80, …, 10, 100 every 10 days.
    """
    result = simulate([10] * 100)
    assert result.orders == 10  # days 2, 12, …, 92
    assert result.cycles == 10  # arrivals on days 9, 19, …, 99
    assert result.avg_on_hand == pytest.approx(55)
    assert result.fill_rate == 1 and result.cycle_service_level == 1
    assert result.stockout_days == 0 and result.units_short == 0
    assert result.holding_cost == pytest.approx(5500 * 2 * 0.25 / 365)
    assert result.ordering_cost == 500
    assert result.stockout_cost == 0
    assert result.total_cost == pytest.approx(result.holding_cost + result.ordering_cost)


def test_reorder_point_one_below_lead_time_demand_stocks_out_each_cycle() -> None:
    """r = 69: the order goes out one day later (day 3, at 60) and arrives end of day 10,
    so day 10's demand of 10 is short every cycle; backorders are filled on arrival."""
    result = simulate([10] * 110, reorder_point=69)
    assert result.orders == 11  # days 3, 13, …, 103
    assert result.cycles == 11  # arrivals 10, 20, …, 100, then the unfinished cycle 101–109
    assert result.stockout_days == 10
    assert result.units_short == 100
    assert result.cycles_with_stockout == 10
    assert result.fill_rate == pytest.approx(1 - 100 / 1100)
    assert result.cycle_service_level == pytest.approx(1 / 11)
    assert result.stockout_cost == 300
    assert result.avg_backorders == 0  # short during day 10, filled at its end


def test_fractional_lead_time_is_rounded_up() -> None:
    assert lead_time_in_days(6.2) == 7
    assert lead_time_in_days(7.0) == 7
    assert lead_time_in_days(0) == 0
    assert simulate([10] * 100, lead_time_days=6.2) == simulate([10] * 100, lead_time_days=7)


def test_zero_lead_time_receives_at_once() -> None:
    result = simulate(
        [10] * 30, reorder_point=0, order_quantity=50, lead_time_days=0, on_hand_start=20
    )
    # end of day 1: 0 on hand → order 50, in stock at once (holding charged on 0 that day)
    assert result.fill_rate == 1
    assert result.orders == 6  # 20 + 6·50 = 320 ≥ 300
    assert result.ending_on_hand == 20


def test_backorders_filled_before_stock() -> None:
    # 5 on hand, 20 demanded on day 0: 15 backordered; order 100 arrives end of day 2
    result = simulate(
        [20, 0, 0, 0], reorder_point=10, order_quantity=100, lead_time_days=2, on_hand_start=5
    )
    assert result.units_short == 15
    assert result.fill_rate == pytest.approx(5 / 20)
    assert result.ending_on_hand == 85
    assert result.avg_backorders == pytest.approx((15 + 15 + 0 + 0) / 4)
    assert result.cycles == 2 and result.cycles_with_stockout == 1


def test_random_lead_times_keep_orders_in_sequence() -> None:
    rng = np.random.default_rng(3)
    demand = rng.poisson(20, 2000)
    first = simulate(
        demand,
        reorder_point=300,
        order_quantity=50,
        lead_time_days=10,
        lead_time_sd_days=6,
        rng=np.random.default_rng(1),
    )
    again = simulate(
        demand,
        reorder_point=300,
        order_quantity=50,
        lead_time_days=10,
        lead_time_sd_days=6,
        rng=np.random.default_rng(1),
    )
    fixed = simulate(demand, reorder_point=300, order_quantity=50, lead_time_days=10)
    assert first == again
    assert first != fixed
    # the balance holds whatever the lead times
    assert 100 + first.orders * 50 - demand.sum() == pytest.approx(
        first.ending_on_hand - first.ending_backorders + first.ending_on_order
    )


def test_bad_inputs() -> None:
    with pytest.raises(ValueError):
        simulate([1, 2], order_quantity=0)
    with pytest.raises(ValueError):
        simulate([1, -2])
    with pytest.raises(ValueError):
        simulate([1, 2], lead_time_days=-1)


def test_a_year_takes_milliseconds() -> None:
    demand = np.random.default_rng(0).poisson(30, 365)
    start = time.perf_counter()
    simulate(demand, reorder_point=250, order_quantity=400)
    assert time.perf_counter() - start < 0.05


# ------------------------------------------------------ stockpyl cross-checks
#
# In the daily model the end-of-day net inventory is IP − D(L), with IP the inventory position
# after ordering L days earlier, uniform on r+1..r+Q for integer demand (approximately uniform
# on (r, r+Q] for continuous demand). That is exactly the (r, Q) model of Snyder & Shen ch. 5,
# so long-run averages must match stockpyl's exact (r, Q) costs with time unit = one day.
# stockpyl charges a backorder cost p per unit-day; we charge stockout_cost per unit once, so
# we compare the parts: E[on hand] = g(h=2) − g(h=1), E[backorders] = g(p=2) − g(p=1).

LONG_RUN_DAYS = 200_000


def expected_levels_poisson(r: int, q: int, mean: float, lead_time: int) -> tuple[float, float]:
    def cost(h: float, p: float) -> float:
        return r_q_cost_poisson(r, q, h, p, 100, mean, lead_time)

    return cost(2, 1) - cost(1, 1), cost(1, 2) - cost(1, 1)


@pytest.mark.parametrize(
    ("r", "q", "mean", "lead_time"), [(3, 5, 1.5, 2), (12, 20, 2.0, 5), (8, 3, 1.0, 6)]
)
def test_poisson_demand_matches_stockpyl_rq(r: int, q: int, mean: float, lead_time: int) -> None:
    demand = np.random.default_rng(42).poisson(mean, LONG_RUN_DAYS)
    h, p, k = 20.0, 150.0, 100.0  # stockpyl Example 5.8 costs, per day
    result = simulate(
        demand,
        reorder_point=r,
        order_quantity=q,
        lead_time_days=lead_time,
        on_hand_start=r + q,
        unit_cost=h * 365,
        holding_cost_rate=1.0,
        order_cost=k,
        stockout_cost=0.0,
    )
    on_hand, backorders = expected_levels_poisson(r, q, mean, lead_time)
    assert result.avg_on_hand == pytest.approx(on_hand, rel=0.02)
    assert result.avg_backorders == pytest.approx(backorders, rel=0.05, abs=0.005)
    assert result.orders / LONG_RUN_DAYS == pytest.approx(mean / q, rel=0.01)
    cost_per_day = result.total_cost / LONG_RUN_DAYS + p * result.avg_backorders
    assert cost_per_day == pytest.approx(r_q_cost_poisson(r, q, h, p, k, mean, lead_time), rel=0.02)

    # fill rate: expected units short per day = mean over IP of n_{L+1}(IP) − n_L(IP)
    short_per_day = (
        sum(
            poisson_loss(y, mean * (lead_time + 1))[0] - poisson_loss(y, mean * lead_time)[0]
            for y in range(r + 1, r + q + 1)
        )
        / q
    )
    assert result.fill_rate == pytest.approx(1 - short_per_day / mean, abs=0.01)

    # cycle service level: P(position when ordering − L days' demand ≥ 0), the ordering
    # position being IP − (day's demand) conditioned on falling to r or below
    positions = np.arange(r - 100, r + 1)
    weights = np.array(
        [poisson.pmf(np.arange(r + 1, r + q + 1) - j, mean).sum() for j in positions]
    )
    expected_csl = float((weights / weights.sum() * poisson.cdf(positions, mean * lead_time)).sum())
    assert result.cycle_service_level == pytest.approx(expected_csl, abs=0.01)


def test_normal_demand_matches_stockpyl_rq() -> None:
    mean, sd, lead_time, r, q = 100.0, 20.0, 4, 450.0, 500.0
    demand = np.maximum(np.random.default_rng(7).normal(mean, sd, LONG_RUN_DAYS), 0)
    result = simulate(
        demand,
        reorder_point=r,
        order_quantity=q,
        lead_time_days=lead_time,
        on_hand_start=r + q,
        unit_cost=365.0,
        holding_cost_rate=1.0,
        order_cost=100.0,
        stockout_cost=0.0,
    )

    def cost(h: float, p: float) -> float:
        return r_q_cost(r, q, h, p, 100.0, mean, sd, lead_time)

    assert result.avg_on_hand == pytest.approx(cost(2, 1) - cost(1, 1), rel=0.01)
    assert result.avg_backorders == pytest.approx(cost(1, 2) - cost(1, 1), rel=0.15)
    assert result.total_cost / LONG_RUN_DAYS + 10 * result.avg_backorders == pytest.approx(
        cost(1, 10), rel=0.01
    )


# ------------------------------------------------------------------ properties


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=200),
    st.integers(min_value=-20, max_value=200),
    st.integers(min_value=1, max_value=300),
    st.floats(min_value=0, max_value=15),
    st.integers(min_value=0, max_value=300),
)
def test_simulation_bookkeeping(
    demand: list[int], reorder_point: int, order_quantity: int, lead_time: float, start: int
) -> None:
    result = simulate(
        demand,
        reorder_point=reorder_point,
        order_quantity=order_quantity,
        lead_time_days=lead_time,
        on_hand_start=start,
    )
    total = sum(demand)
    assert result.total_demand == total
    assert 0 <= result.fill_rate <= 1 and 0 <= result.cycle_service_level <= 1
    assert result.units_short <= total
    assert result.stockout_days <= len(demand)
    assert result.cycles_with_stockout <= result.cycles <= len(demand)
    assert min(result.ending_on_hand, result.ending_backorders, result.ending_on_order) >= 0
    assert result.ending_on_hand == 0 or result.ending_backorders == 0
    # units in = units out: start + ordered − demand = on hand − backorders + on order
    assert start + result.orders * order_quantity - total == pytest.approx(
        result.ending_on_hand - result.ending_backorders + result.ending_on_order
    )
    # after the last review the inventory position is above the reorder point
    assert result.ending_on_hand - result.ending_backorders + result.ending_on_order > reorder_point
    assert result.total_cost == pytest.approx(
        result.holding_cost + result.ordering_cost + result.stockout_cost
    )


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=0, max_value=1000), st.integers(min_value=1, max_value=60))
def test_higher_reorder_point_never_serves_worse(seed: int, extra: int) -> None:
    """Same demand, same Q: raising r by any amount never lowers the fill rate."""
    demand = np.random.default_rng(seed).poisson(10, 400)
    low = simulate(demand, reorder_point=60, order_quantity=80)
    high = simulate(demand, reorder_point=60 + extra, order_quantity=80)
    assert high.units_short <= low.units_short


# --------------------------------------------------------------- resampling


def test_weekly_resampling_keeps_the_weekday() -> None:
    """History value = weekday number of its date; every resampled day must show its own weekday."""
    history_days = 60
    first = TODAY - dt.timedelta(days=history_days)
    history = np.array(
        [(first + dt.timedelta(days=i)).weekday() for i in range(history_days)], dtype=float
    )
    resampled = resample_weeks(history, 100, np.random.default_rng(5))
    expected = [(TODAY + dt.timedelta(days=j)).weekday() for j in range(100)]
    assert resampled.tolist() == expected


def test_short_history_resamples_days() -> None:
    resampled = resample_weeks(np.array([1.0, 2.0, 3.0]), 50, np.random.default_rng(0))
    assert set(resampled.tolist()) <= {1.0, 2.0, 3.0} and resampled.size == 50


# ---------------------------------------------------------------- the tool


@pytest.fixture
def tiny_store(tmp_path) -> Engine:
    engine = open_store(f"sqlite:///{tmp_path}/t.db")
    with session_scope(engine) as session:
        session.add_all(
            [
                Item(
                    sku="STEADY",
                    unit_cost=2.0,
                    order_cost=50.0,
                    holding_cost_rate=0.25,
                    lead_time_days=7,
                    on_hand=60,
                    on_order=40,
                    stockout_cost=3.0,
                ),
                Item(
                    sku="LUMPY",
                    unit_cost=5.0,
                    order_cost=20.0,
                    lead_time_days=5,
                    lead_time_sd_days=1.5,
                    on_hand=30,
                ),
                Item(sku="NEW", unit_cost=1.0, on_hand=10),
            ]
        )
        session.flush()
        start = TODAY - dt.timedelta(days=90)
        rng = np.random.default_rng(11)
        for offset in range(90):
            day = start + dt.timedelta(days=offset)
            session.add(Sale(sku="STEADY", date=day, quantity=10.0))
            lumpy = float(rng.poisson(8 if day.weekday() < 5 else 1))
            if lumpy:
                session.add(Sale(sku="LUMPY", date=day, quantity=lumpy))
    yield engine
    engine.dispose()


def test_simulate_policy_constant_demand_by_hand(tiny_store: Engine) -> None:
    context = ToolContext(engine=tiny_store, today=TODAY)
    result = call_tool(
        "simulate_policy",
        {"sku": "STEADY", "reorder_point": 70, "order_quantity": 100, "days": 100},
        context,
    )
    for key in (
        "fill_rate",
        "cycle_service_level",
        "stockout_days",
        "avg_on_hand",
        "orders",
        "total_cost",
    ):
        assert key in result
    # starts with on_hand 60 + on_order 40 = 100: the hand-computed run above
    assert result["starting_inventory"] == 100
    assert result["avg_on_hand"] == pytest.approx(55)
    assert result["orders"] == 10
    assert (
        result["fill_rate"] == 1
        and result["cycle_service_level"] == 1
        and result["stockout_days"] == 0
    )
    assert result["total_cost"] == pytest.approx(5500 * 2 * 0.25 / 365 + 10 * 50)
    assert (
        result["sku"] == "STEADY"
        and result["reorder_point"] == 70
        and result["order_quantity"] == 100
    )
    assert result["days"] == 100 and result["seed"] == 0 and result["demand_history_days"] == 90
    assert result["demand_resampling"] == "weekly blocks"


def test_simulate_policy_is_reproducible_by_seed(tiny_store: Engine) -> None:
    context = ToolContext(engine=tiny_store, today=TODAY)
    arguments = {"sku": "LUMPY", "reorder_point": 40, "order_quantity": 120}
    first = call_tool("simulate_policy", arguments, context)
    assert call_tool("simulate_policy", arguments, context) == first
    other = call_tool("simulate_policy", {**arguments, "seed": 1}, context)
    assert other["total_cost"] != first["total_cost"]
    assert first["days"] == 365 and 0 < first["fill_rate"] <= 1
    assert first["stockout_cost"] == 0  # the item has no stockout cost
    assert "no stockout_cost" in first["assumptions"]


def test_simulate_policy_without_sales(tiny_store: Engine) -> None:
    result = call_tool(
        "simulate_policy",
        {"sku": "NEW", "reorder_point": 0, "order_quantity": 10},
        ToolContext(engine=tiny_store, today=TODAY),
    )
    assert result["fill_rate"] == 1 and result["orders"] == 0 and result["avg_on_hand"] == 10
    assert result["demand_history_days"] == 0


def test_simulate_policy_errors(tiny_store: Engine) -> None:
    context = ToolContext(engine=tiny_store, today=TODAY)
    with pytest.raises(UserInputError, match="unknown sku 'NOPE'"):
        call_tool(
            "simulate_policy", {"sku": "NOPE", "reorder_point": 1, "order_quantity": 1}, context
        )
    with pytest.raises(ToolError, match="order_quantity"):
        call_tool(
            "simulate_policy", {"sku": "STEADY", "reorder_point": 1, "order_quantity": 0}, context
        )
    with pytest.raises(ToolError, match="days"):
        call_tool(
            "simulate_policy",
            {"sku": "STEADY", "reorder_point": 1, "order_quantity": 5, "days": 0},
            context,
        )
    with pytest.raises(ToolError, match="reorder_point"):
        call_tool("simulate_policy", {"sku": "STEADY", "order_quantity": 5}, context)
    with pytest.raises(UserInputError, match="needs a store"):
        call_tool(
            "simulate_policy",
            {"sku": "STEADY", "reorder_point": 1, "order_quantity": 5},
            ToolContext(engine=None, today=TODAY),
        )
