"""Simulation-optimised (s, Q) policy (tools.policy): the vectorised simulator against the
reference simulator, the exact shifted-cost evaluation, the optimiser's guarantees, and
the ``run_policy`` file runner behind ``replenish policy``."""

from __future__ import annotations

import csv
import datetime as dt
import math
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import Engine

from data.errors import InputFileError
from data.schema import LeadTimeObservation
from data.store import session_scope
from forecasting.base import Forecast
from tools.inventory_math import economic_order_quantity
from tools.policy import (
    POLICY_COLUMNS,
    BlockBootstrap,
    ItemParameters,
    LeadTimeModel,
    QuantileForecastScenarios,
    SeasonalBootstrap,
    ShiftedCosts,
    classic_policy,
    implied_stockout_cost,
    lead_time_observations,
    optimise_policy,
    run_policy,
    simulate_batch,
)
from tools.simulation import simulate_continuous_review

COSTS = {"unit_cost": 2.0, "holding_cost_rate": 0.25, "order_cost": 40.0, "stockout_cost": 3.0}
FAST = {"paths": 60, "horizon_days": 200}


def lumpy_history(days: int = 400, seed: int = 1, rate: float = 6.0) -> np.ndarray:
    """Integer daily demand: Poisson order lines of geometric size, a weekday pattern."""
    rng = np.random.default_rng(seed)
    weekday = np.array([1.1, 1.0, 1.0, 1.0, 0.8, 0.3, 0.1])[np.arange(days) % 7]
    lines = rng.poisson(rate / 3 * weekday)
    return np.array([rng.geometric(1 / 3, size=n).sum() for n in lines], dtype=float)


def item(**overrides: object) -> ItemParameters:
    values: dict[str, object] = {
        "sku": "TEST-1",
        "unit_cost": 2.0,
        "order_cost": 40.0,
        "holding_cost_rate": 0.25,
        "lead_time_days": 7.0,
        "lead_time_sd_days": 1.5,
        "pack_size": 1,
        "moq": 0.0,
        "service_level": 0.95,
        "stockout_cost": 1.6,
    }
    values.update(overrides)
    return ItemParameters(**values)  # type: ignore[arg-type]


# ------------------------------------------------------------ vectorised simulator


@pytest.mark.parametrize("lead_time,lead_sd", [(0.0, 0.0), (3.0, 0.0), (7.2, 2.0), (12.0, 5.0)])
def test_batch_simulator_equals_reference_on_every_path(lead_time: float, lead_sd: float) -> None:
    """Same paths, same lead-time draws: every statistic of every lane is identical."""
    rng = np.random.default_rng(7)
    paths, days = 12, 160
    demand = rng.poisson(4, size=(paths, days)) * (rng.random((paths, days)) < 0.6)
    reorder_points = np.array([-3.0, 10.0, 25.0, 60.0])
    quantities = np.array([1.0, 17.0, 40.0, 150.0])
    seeds = [11 * p + 3 for p in range(paths)]
    orders = 3 * days
    if lead_sd > 0:  # the k-th order on a path gets the k-th draw of that path's generator
        table = np.array(
            [
                np.maximum(0.0, np.random.default_rng(s).normal(lead_time, lead_sd, orders))
                for s in seeds
            ]
        )
    else:
        table = np.full((paths, 1), lead_time)
    batch = simulate_batch(demand, reorder_points, quantities, table, 30.0, **COSTS)
    for c, (r, q) in enumerate(zip(reorder_points, quantities, strict=True)):
        for p in range(paths):
            reference = simulate_continuous_review(
                demand[p].astype(float),
                r,
                q,
                lead_time,
                30.0,
                **COSTS,
                lead_time_sd_days=lead_sd,
                rng=np.random.default_rng(seeds[p]),
            )
            assert batch.lane(c, p) == reference


def test_batch_simulator_fractional_demand_agrees_closely() -> None:
    rng = np.random.default_rng(3)
    demand = rng.gamma(0.7, 3.0, size=(5, 120))
    batch = simulate_batch(demand, np.array([12.5]), np.array([33.3]), 4.6, 20.0, **COSTS)
    for p in range(5):
        reference = simulate_continuous_review(demand[p], 12.5, 33.3, 4.6, 20.0, **COSTS)
        got = batch.lane(0, p)
        assert got.orders == reference.orders and got.cycles == reference.cycles
        assert got.total_cost == pytest.approx(reference.total_cost, rel=1e-12)
        assert got.fill_rate == pytest.approx(reference.fill_rate, rel=1e-12)


def test_shifted_costs_equal_direct_simulation_for_every_reorder_point() -> None:
    """One simulation of (0, Q) gives the exact cost, fill rate and CSL of (s, Q) for all s."""
    rng = np.random.default_rng(5)
    paths, days, warmup = 40, 220, 20
    demand = rng.poisson(3, size=(paths, days)).astype(float)
    table = np.maximum(0.0, rng.normal(6, 2, size=(paths, 400)))
    phase = rng.random(paths)
    quantity = 45.0
    base = simulate_batch(
        demand, 0.0, quantity, table, phase * quantity, **COSTS, measure_from=warmup, record=True
    )
    assert base.trajectories is not None
    shifted = ShiftedCosts(
        base.trajectories, 0, float(base.orders.sum()), 2.0 * 0.25 / 365, 40.0, 3.0
    )
    reorder_points = np.array([-20.0, -1.0, 0.0, 7.0, 18.0, 30.0, 55.0])
    direct = simulate_batch(
        demand,
        reorder_points,
        quantity,
        table,
        reorder_points[:, None] + phase[None, :] * quantity,
        **COSTS,
        measure_from=warmup,
    )
    assert shifted.cost_per_day(reorder_points) == pytest.approx(direct.cost_per_day(), rel=1e-9)
    assert shifted.fill_rate(reorder_points) == pytest.approx(direct.fill_rate(), rel=1e-12)
    assert shifted.cycle_service_level(reorder_points) == pytest.approx(
        direct.cycle_service_level(), rel=1e-12
    )


# ------------------------------------------------------------ optimiser


def test_optimiser_is_never_worse_than_the_classic_start_on_its_paths() -> None:
    history = lumpy_history()
    cases = [
        ({}, history),
        ({"pack_size": 12, "moq": 100}, history),
        ({"stockout_cost": None}, history),
        ({"order_cost": 5.0}, history),
        ({}, lumpy_history(days=800, seed=2)),
    ]
    for overrides, history in cases:
        result = optimise_policy(item(**overrides), history, **FAST)
        if history.size > 700:
            assert "same-season" in result.method
        assert result.classic_cost_per_day is not None and result.classic_fill_rate is not None
        assert result.expected_cost_per_day <= result.classic_cost_per_day + 1e-12
        assert result.fill_rate >= result.classic_fill_rate - 1e-12
        assert result.service_target == pytest.approx(result.classic_fill_rate)


def test_order_quantity_is_a_pack_multiple_at_least_the_moq() -> None:
    history = lumpy_history()
    for pack, moq in ((12, 100), (50, 0), (1, 333), (7, 7)):
        result = optimise_policy(item(pack_size=pack, moq=moq), history, **FAST)
        packs = result.order_quantity / pack
        assert packs == pytest.approx(round(packs)) and packs >= 1
        assert result.order_quantity >= moq


def test_same_seed_same_answer_and_the_seed_matters() -> None:
    history = lumpy_history()
    first = optimise_policy(item(), history, seed=4, **FAST)
    again = optimise_policy(item(), history, seed=4, **FAST)
    assert first == again
    other = optimise_policy(item(), history, seed=5, **FAST)
    assert other.expected_cost_per_day != first.expected_cost_per_day


def test_constant_demand_fixed_lead_time_gives_the_textbook_answer() -> None:
    """10/day, L = 7 exactly, daily review. The order goes out when the inventory
    position first drops to s or below, i.e. somewhere in (s − 10, s] depending on where
    the cycle started; lead-time demand is d·L = 70, so the least s without shortage is
    70 + 9 = 79 (the undershoot of a reorder point reviewed once a day), a unit short
    costs far more than holding 9 units, and Q is the EOQ √(2DK/h)."""
    steady = item(lead_time_sd_days=0.0, order_cost=50.0)
    result = optimise_policy(steady, np.full(200, 10.0), paths=40, horizon_days=1200)
    eoq = economic_order_quantity(3650.0, 50.0, 0.5)
    assert result.reorder_point == 79.0
    assert result.safety_stock == pytest.approx(9.0)
    assert result.fill_rate == 1.0 and result.cycle_service_level == 1.0
    assert abs(result.order_quantity - eoq) <= 0.02 * eoq
    assert result.mean_daily_demand == 10.0


@pytest.mark.parametrize("history", [np.zeros(120), np.zeros(0)])
def test_zero_demand_sku_does_not_crash(history: np.ndarray) -> None:
    result = optimise_policy(item(pack_size=6, moq=10), history, **FAST)
    assert result.reorder_point == 0.0 and result.safety_stock == 0.0
    assert result.order_quantity == 12.0
    assert "no demand" in result.method


def test_implied_stockout_cost_is_used_without_an_item_cost() -> None:
    assert implied_stockout_cost(0.5, 3650.0, 100.0, 0.95) == pytest.approx(
        0.5 * 100 / (3650 * 0.05)
    )
    assert implied_stockout_cost(0.5, 0.0, 100.0, 0.95) == 0.0
    result = optimise_policy(item(stockout_cost=None), lumpy_history(), **FAST)
    assert result.stockout_cost_source.startswith("implied")
    classic = classic_policy(item(), lumpy_history())
    expected = implied_stockout_cost(
        0.5, result.mean_daily_demand * 365, classic.order_quantity, 0.95
    )
    assert result.stockout_cost_per_unit == pytest.approx(expected)


def test_service_constraints_are_met_on_the_paths() -> None:
    history = lumpy_history()
    fill = optimise_policy(item(), history, service="fill_rate", fill_rate_target=0.97, **FAST)
    assert fill.fill_rate >= 0.97 and fill.service_target == 0.97
    cycle = optimise_policy(item(service_level=0.9), history, service="cycle", **FAST)
    assert cycle.cycle_service_level >= 0.9
    with pytest.raises(ValueError):
        optimise_policy(item(), history, service="bogus", **FAST)  # type: ignore[arg-type]


def test_classic_policy_matches_the_recommend_order_formulas() -> None:
    history = np.tile([5.0, 15.0], 60)
    classic = classic_policy(
        item(lead_time_days=10, lead_time_sd_days=2, pack_size=12, moq=100), history
    )
    window = history[-90:]
    d, sd = window.mean(), window.std(ddof=1)
    z = 1.6448536269514722
    assert classic.safety_stock == pytest.approx(z * math.sqrt(10 * sd**2 + d**2 * 4))
    assert classic.reorder_point == pytest.approx(d * 10 + classic.safety_stock)
    eoq = math.sqrt(2 * d * 365 * 40 / 0.5)
    assert classic.order_quantity == 12 * math.ceil(max(eoq, 100) / 12)


# ------------------------------------------------------------ scenarios and lead times


def test_block_bootstrap_keeps_weekdays_and_draws_from_the_window() -> None:
    pattern = np.array([9.0, 5, 5, 5, 4, 1, 0])
    history = np.tile(pattern, 60)[3:]  # ends mid-week: today is weekday (len % 7)
    paths = BlockBootstrap(history, window_days=365, block_days=28).sample(
        30, 100, np.random.default_rng(0)
    )
    expected = pattern[(history.size + 3 + np.arange(100)) % 7]
    assert paths.shape == (30, 100)
    assert np.all(paths == expected[None, :])
    short = BlockBootstrap(np.array([1.0, 2.0, 3.0])).sample(4, 10, np.random.default_rng(0))
    assert set(np.unique(short)) <= {1.0, 2.0, 3.0}


def test_seasonal_bootstrap_repeats_last_years_season_times_growth() -> None:
    """A spring item: 20/day from day 100 to 160 of each 364-day year, 2/day otherwise, and
    this year sells 1.5× last year (the level window sits in the off-season)."""
    days = np.arange(2 * 364 + 60)
    year = days // 364
    in_season = (days % 364 >= 100) & (days % 364 < 160)
    history = np.where(in_season, 20.0, 2.0) * np.where(year >= 2, 1.5, 1.0)
    history[-91:] = 3.0  # recent level 3 against 2 a year earlier: growth 1.5
    generator = SeasonalBootstrap(history, block_days=28, jitter_weeks=0)
    assert generator.growth()[1] == pytest.approx(1.5)
    paths = generator.sample(20, 200, np.random.default_rng(0))
    n = history.size
    season_start = 364 * 2 + 100 - n  # simulated day on which next spring starts (day 40)
    assert np.all(paths[:, season_start : season_start + 60] == pytest.approx(30.0))  # 20 × 1.5
    assert np.all(paths[:, :season_start] == pytest.approx(3.0))  # 2 × 1.5
    assert np.all(paths[:, season_start + 60 :] == pytest.approx(3.0))
    assert "same-season" in generator.description


def test_seasonal_bootstrap_falls_back_and_knows_a_dead_item() -> None:
    short = SeasonalBootstrap(np.tile([3.0, 1, 1, 1, 1, 0, 0], 30))
    assert not short.usable and "block bootstrap" in short.description
    assert short.sample(3, 20, np.random.default_rng(0)).shape == (3, 20)
    dead = np.concatenate([np.full(500, 4.0), np.zeros(120)])
    assert SeasonalBootstrap(dead).growth() == {1: 0.0}
    assert not SeasonalBootstrap(dead).sample(5, 100, np.random.default_rng(0)).any()
    result = optimise_policy(item(), dead, **FAST)
    assert result.reorder_point == 0.0 and "no demand" in result.method


def test_quantile_forecast_scenarios_follow_the_quantiles() -> None:
    horizon = 50
    quantiles = {0.1: np.full(horizon, 2.0), 0.5: np.full(horizon, 5.0), 0.9: np.full(horizon, 9.0)}
    forecast = Forecast(mean=np.full(horizon, 5.2), quantiles=quantiles)
    draws = QuantileForecastScenarios(forecast).sample(400, 80, np.random.default_rng(1))
    assert draws.shape == (400, 80) and np.all(draws >= 0)
    assert np.quantile(draws, [0.1, 0.5, 0.9]) == pytest.approx([2.0, 5.0, 9.0], abs=0.2)
    correlated = QuantileForecastScenarios(forecast, correlation=0.9).sample(
        400, 80, np.random.default_rng(1)
    )
    lag1 = np.corrcoef(correlated[:, :-1].ravel(), correlated[:, 1:].ravel())[0, 1]
    assert lag1 > 0.7
    result = optimise_policy(
        item(), lumpy_history(), scenarios=QuantileForecastScenarios(forecast), **FAST
    )
    assert "quantile forecasts" in result.method and result.order_quantity > 0


def test_observed_lead_times_replace_the_item_distribution() -> None:
    few = LeadTimeModel.for_item(item(), [9.0, 11.0])
    assert few.observed_days is None and few.mean_days == 7.0
    many = LeadTimeModel.for_item(item(), [9, 10, 11, 12, 30, 10])
    assert many.observed_days is not None and many.mean_days == pytest.approx(82 / 6)
    table = many.table(5, 40, np.random.default_rng(0))
    assert set(np.unique(table)) <= {9.0, 10.0, 11.0, 12.0, 30.0}
    late = optimise_policy(
        item(), lumpy_history(), lead_time_observations=[14, 15, 16, 15, 14, 21], **FAST
    )
    on_time = optimise_policy(item(), lumpy_history(), **FAST)
    assert late.lead_times.startswith("empirical")
    assert late.reorder_point > on_time.reorder_point


def test_lead_time_observations_from_the_store(sqlite_store: Engine) -> None:
    with session_scope(sqlite_store) as session:
        for ordered, actual in (
            (dt.date(2026, 1, 5), dt.date(2026, 2, 20)),
            (dt.date(2026, 3, 2), dt.date(2026, 4, 10)),
        ):
            session.add(
                LeadTimeObservation(
                    supplier="Ningbo", order_date=ordered, actual_date=actual, source="receipt"
                )
            )
        session.add(
            LeadTimeObservation(supplier="Ningbo", order_date=dt.date(2026, 5, 1), actual_date=None)
        )
        session.add(
            LeadTimeObservation(
                supplier="Other", order_date=dt.date(2026, 5, 1), actual_date=dt.date(2026, 5, 3)
            )
        )
    days = lead_time_observations(sqlite_store, "Ningbo")
    assert sorted(days.tolist()) == [39.0, 46.0]
    assert lead_time_observations(sqlite_store, "Ningbo", before=dt.date(2026, 3, 1)).tolist() == [
        46.0
    ]
    assert lead_time_observations(sqlite_store, None).size == 0


# ------------------------------------------------------------ run_policy (replenish policy)


def write_files(folder: Path) -> tuple[Path, Path]:
    items = folder / "items.csv"
    items.write_text(
        "sku,unit_cost,order_cost,lead_time_days,lead_time_sd_days,pack_size,moq,service_level,stockout_cost\n"
        "A-1,2.5,30,7,1,12,100,0.95,2\n"
        "B-2,10,15,3,0,1,0,0.9,\n"
        "C-3,1,20,5,0,5,0,0.95,0.5\n",
        encoding="utf-8",
    )
    sales = folder / "sales.csv"
    rows = ["sku,date,quantity"]
    start = dt.date(2026, 1, 1)
    history = lumpy_history(days=150, seed=9)
    for offset, quantity in enumerate(history):
        day = (start + dt.timedelta(days=offset)).isoformat()
        if quantity:
            rows.append(f"A-1,{day},{quantity:g}")
        if offset % 3 == 0:
            rows.append(f"B-2,{day},2")
            rows.append(f"B-2,{day},1")  # two rows for one day are summed
    sales.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return items, sales


def test_run_policy_writes_the_spec_columns(tmp_path: Path) -> None:
    items, sales = write_files(tmp_path)
    out = tmp_path / "out" / "policy.csv"
    summary = run_policy(items, sales, out, progress=False, n_jobs=1, paths=40, horizon_days=120)
    assert summary == {"skus": 3}
    with out.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == POLICY_COLUMNS
        rows = {row["sku"]: row for row in reader}
    assert list(rows) == ["A-1", "B-2", "C-3"]
    a = rows["A-1"]
    quantity = float(a["order_quantity"])
    assert quantity % 12 == 0 and quantity >= 100
    assert float(a["reorder_point"]) > float(a["safety_stock"])
    assert float(rows["C-3"]["reorder_point"]) == 0.0  # no sales at all
    assert float(rows["C-3"]["order_quantity"]) == 5.0
    for row in rows.values():
        assert all(math.isfinite(float(row[column])) for column in POLICY_COLUMNS[1:])


def test_run_policy_planning_date_cuts_the_history(tmp_path: Path) -> None:
    items, sales = write_files(tmp_path)
    out = tmp_path / "policy.csv"
    run_policy(
        items,
        sales,
        out,
        today=dt.date(2026, 1, 20),
        progress=False,
        n_jobs=1,
        paths=30,
        horizon_days=60,
    )
    assert out.read_text(encoding="utf-8").count("\n") == 4


@pytest.mark.parametrize(
    "items_text,sales_text,line,column",
    [
        ("sku,unit_cost\nA-1,2\nA-1,3\n", "sku,date,quantity\nA-1,2026-01-01,1\n", 3, "sku"),
        ("sku,unit_cost\nA-1,-2\n", "sku,date,quantity\nA-1,2026-01-01,1\n", 2, "unit_cost"),
        (
            "sku,unit_cost\nA-1,2\n",
            "sku,date,quantity\nA-1,2026-01-01,1\nA-1,2026-01-02,-4\n",
            3,
            "quantity",
        ),
        (
            "sku,unit_cost\nA-1,2\n",
            "sku,date,quantity\nA-1,2026-01-01,1\nZZ,2026-01-02,4\n",
            3,
            "sku",
        ),
        ("sku,unit_cost\nA-1,2\n", "sku,date,quantity\nA-1,01/02/2026,1\n", 2, "date"),
    ],
)
def test_bad_input_is_an_input_file_error_and_nothing_is_written(
    tmp_path: Path, items_text: str, sales_text: str, line: int, column: str
) -> None:
    items = tmp_path / "items.csv"
    sales = tmp_path / "sales.csv"
    items.write_text(items_text, encoding="utf-8")
    sales.write_text(sales_text, encoding="utf-8")
    out = tmp_path / "policy.csv"
    with pytest.raises(InputFileError) as error:
        run_policy(items, sales, out, progress=False, n_jobs=1, paths=20, horizon_days=30)
    assert error.value.line == line and error.value.column == column
    assert not out.exists()


def test_empty_sales_file_is_an_input_file_error(tmp_path: Path) -> None:
    items = tmp_path / "items.csv"
    items.write_text("sku\nA-1\n", encoding="utf-8")
    sales = tmp_path / "sales.csv"
    sales.write_text("", encoding="utf-8")
    with pytest.raises(InputFileError):
        run_policy(items, sales, tmp_path / "policy.csv", progress=False, n_jobs=1)
