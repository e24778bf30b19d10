"""forecast_demand: engine-backed forecast of one sku, cached until its sales change."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from data.errors import UserInputError
from data.schema import Item, Sale
from data.store import session_scope
from tests.conftest import TODAY
from tools.registry import ToolContext, ToolError, call_tool


@pytest.fixture
def steady_store(sqlite_store: Engine) -> Engine:
    with session_scope(sqlite_store) as session:
        session.add(Item(sku="STEADY", name="Steady bolt", unit_cost=2.0))
        session.flush()
        for offset in range(1, 120):
            session.add(Sale(sku="STEADY", date=TODAY - dt.timedelta(days=offset), quantity=10))
    return sqlite_store


def test_constant_demand_forecast_and_cache(steady_store: Engine) -> None:
    context = ToolContext(engine=steady_store, today=TODAY)
    first = call_tool("forecast_demand", {"sku": "steady", "horizon_days": 7}, context)
    assert first["sku"] == "STEADY" and first["cached"] is False
    assert [period["date"] for period in first["periods"]] == [
        (TODAY + dt.timedelta(days=step)).isoformat() for step in range(7)
    ]
    for period in first["periods"]:
        assert period["forecast"] == pytest.approx(10, abs=0.5)
        assert period["lo"] <= period["forecast"] <= period["hi"]
    assert first["total"] == pytest.approx(70, abs=3)
    assert first["interval_level"] == 0.9
    assert first["backtest_mase"] is not None

    second = call_tool("forecast_demand", {"sku": "STEADY", "horizon_days": 7}, context)
    assert second["cached"] is True
    assert second["periods"] == first["periods"]

    with session_scope(steady_store) as session:  # new sales → the cache is stale
        session.add(Sale(sku="STEADY", date=TODAY - dt.timedelta(days=200), quantity=500))
    third = call_tool("forecast_demand", {"sku": "STEADY", "horizon_days": 7}, context)
    assert third["cached"] is False


def test_named_model_is_used_and_scored(steady_store: Engine) -> None:
    context = ToolContext(engine=steady_store, today=TODAY)
    result = call_tool("forecast_demand", {"sku": "STEADY", "horizon_days": 3, "model": "seasonalnaive"}, context)
    assert result["model_requested"] == "SeasonalNaive"
    assert result["periods"][0]["forecast"] == pytest.approx(10)


def test_bad_forecast_arguments(steady_store: Engine) -> None:
    context = ToolContext(engine=steady_store, today=TODAY)
    with pytest.raises(ToolError, match="horizon_days"):
        call_tool("forecast_demand", {"sku": "STEADY", "horizon_days": 0}, context)
    with pytest.raises(UserInputError, match="unknown model 'crystal_ball'"):
        call_tool("forecast_demand", {"sku": "STEADY", "model": "crystal_ball"}, context)
    with pytest.raises(UserInputError, match="unknown sku"):
        call_tool("forecast_demand", {"sku": "NOPE"}, context)


def test_policy_tools_plan_with_a_fresh_cached_forecast(steady_store: Engine) -> None:
    from tools.forecast_demand import refresh_forecasts

    context = ToolContext(engine=steady_store, today=TODAY)
    before = call_tool("inventory_status", {"sku": "STEADY"}, context)
    assert before["demand_method"].startswith("mean of daily demand")
    assert refresh_forecasts(context, n_jobs=1, progress=False) == 1
    assert refresh_forecasts(context, n_jobs=1, progress=False) == 0  # cached, nothing recomputed
    after = call_tool("inventory_status", {"sku": "STEADY"}, context)
    assert after["demand_method"].startswith("forecast: ")
    assert after["avg_daily_demand"] == pytest.approx(10, abs=0.5)
    with session_scope(steady_store) as session:  # a sales change makes the forecast stale
        session.add(Sale(sku="STEADY", date=TODAY - dt.timedelta(days=300), quantity=1))
    stale = call_tool("inventory_status", {"sku": "STEADY"}, context)
    assert stale["demand_method"].startswith("mean of daily demand")
