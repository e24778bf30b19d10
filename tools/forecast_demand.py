"""The ``forecast_demand`` tool (SPEC §6): daily demand forecast of one sku with a 90% interval.

Each period also carries the 50% interval (``lo50``, ``hi50``: the 25% and 75% quantiles),
drawn as the inner band of the dashboard's forecast plot.

The forecast comes from the forecasting engine (``forecasting.engine.forecast_series``):
with ``model="auto"`` every local model is backtested on rolling origins and the best
one (or the ensemble) is used. Results are cached in the store per sku, model, horizon
and planning date, keyed by a fingerprint of the sku's daily sales, so a forecast is
recomputed exactly when the sales it was made from change.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from concurrent import futures
from typing import Any

import numpy as np
from pydantic import Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from data.errors import UserInputError
from data.schema import ForecastCache, Item
from data.store import open_store, session_scope
from tools.demand import CACHED_FORECAST_HORIZON_DAYS, CACHED_FORECAST_MODEL, history_fingerprint
from tools.inventory import find_item
from tools.registry import ToolArguments, ToolContext, register

INTERVAL_LEVEL = 0.9
LOWER_QUANTILE, UPPER_QUANTILE = 0.05, 0.95
INNER_INTERVAL_LEVEL = 0.5
INNER_LOWER_QUANTILE, INNER_UPPER_QUANTILE = 0.25, 0.75
WEEKLY_SEASON = 7
MAX_HORIZON_DAYS = 365


class ForecastDemandArguments(ToolArguments):
    sku: str = Field(min_length=1, description="Catalog sku code, e.g. 'BRK-1042'.")
    horizon_days: int = Field(default=30, ge=1, le=MAX_HORIZON_DAYS, description="Days to forecast from today.")
    model: str = Field(
        default="auto",
        description="auto (best by backtest), Ensemble, SeasonalNaive, AutoETS, AutoARIMA, Theta, "
        "CrostonSBA, TSB, ADIDA or IMAPA.",
    )


def _compute(series: np.ndarray, today: dt.date, horizon_days: int, model: str) -> dict[str, Any]:
    from forecasting.engine import forecast_series

    quantiles = (LOWER_QUANTILE, INNER_LOWER_QUANTILE, 0.5, INNER_UPPER_QUANTILE, UPPER_QUANTILE)
    if series.size == 0:
        series = np.zeros(1)
    chosen = forecast_series(series, horizon_days, WEEKLY_SEASON, quantiles, model, backtest=model != "auto")
    forecast = chosen.forecast
    periods = [
        {
            "date": (today + dt.timedelta(days=step)).isoformat(),
            "forecast": float(forecast.mean[step]),
            "lo": float(forecast.quantiles[LOWER_QUANTILE][step]),
            "hi": float(forecast.quantiles[UPPER_QUANTILE][step]),
            "lo50": float(forecast.quantiles[INNER_LOWER_QUANTILE][step]),
            "hi50": float(forecast.quantiles[INNER_UPPER_QUANTILE][step]),
        }
        for step in range(horizon_days)
    ]
    return {
        "model": chosen.model,
        "periods": periods,
        "total": float(np.sum(forecast.mean)),
        "interval_level": INTERVAL_LEVEL,
        "inner_interval_level": INNER_INTERVAL_LEVEL,
        "backtest_mase": chosen.backtest_mase,
        "demand_class": chosen.demand_class,
    }


def _has_inner_band(body: dict[str, Any]) -> bool:
    """Whether a cached result has the 50% interval (results cached before it existed do not)."""
    periods = body.get("periods") or []
    return not periods or "lo50" in periods[0]


def forecast_for_sku(
    session: Session, sku: str, today: dt.date, horizon_days: int = 30, model: str = "auto"
) -> dict[str, Any]:
    """The forecast_demand result for ``sku``, from the cache when its sales are unchanged."""
    from forecasting.engine import GLOBAL_MODELS, check_model

    model = check_model(model)
    if model in GLOBAL_MODELS:
        raise UserInputError(f"{model} is trained across all series: use `replenish forecast` for it")
    item = find_item(session, sku)
    series, fingerprint = history_fingerprint(session, item.sku, today)
    key = (item.sku, model, horizon_days, today)
    cached = session.get(ForecastCache, key)
    if cached is not None and cached.sales_fingerprint == fingerprint and _has_inner_band(cached.result):
        body, from_cache = cached.result, True
    else:
        body, from_cache = _compute(series, today, horizon_days, model), False
        if cached is None:
            session.add(
                ForecastCache(
                    sku=item.sku, model_requested=model, horizon_days=horizon_days, planning_date=today,
                    sales_fingerprint=fingerprint, result=body,
                )
            )
        else:
            cached.sales_fingerprint, cached.result = fingerprint, body
    return {
        "sku": item.sku,
        **body,
        "horizon_days": horizon_days,
        "model_requested": model,
        "planning_date": today.isoformat(),
        "history_days": int(series.size),
        "unit": "units per day",
        "cached": from_cache,
    }


@register("forecast_demand", ForecastDemandArguments)
def forecast_demand(arguments: ForecastDemandArguments, context: ToolContext) -> dict[str, Any]:
    """Daily demand forecast of one sku for the next horizon_days days (units/day), with a 90%
    interval (lo, hi) per day, the total over the horizon, the model used and its backtest MASE."""
    with session_scope(context.require_engine()) as session:
        return forecast_for_sku(session, arguments.sku, context.today, arguments.horizon_days, arguments.model)


def _refresh_one(database_url: str, sku: str, today: dt.date) -> bool:
    """Worker: make sure the default forecast of one sku is cached (True if it was computed)."""
    with session_scope(open_store(database_url)) as session:
        result = forecast_for_sku(session, sku, today, CACHED_FORECAST_HORIZON_DAYS, CACHED_FORECAST_MODEL)
    return not result["cached"]


def refresh_forecasts(context: ToolContext, n_jobs: int | None = None, progress: bool = True) -> int:
    """Cache the default 30-day ``auto`` forecast of every sku (parallel over skus).

    Afterwards inventory_status, recommend_order and list_alerts plan with the
    engine's forecast instead of the 90-day mean. Returns how many were (re)computed.
    """
    from tqdm import tqdm

    engine = context.require_engine()
    with session_scope(engine) as session:
        skus = list(session.execute(select(Item.sku).order_by(Item.sku)).scalars())
    database_url = engine.url.render_as_string(hide_password=False)
    workers = max(1, min(n_jobs or os.cpu_count() or 1, len(skus) or 1))
    computed = 0
    with futures.ProcessPoolExecutor(max_workers=workers) as pool:
        jobs = [pool.submit(_refresh_one, database_url, sku, context.today) for sku in skus]
        for job in tqdm(futures.as_completed(jobs), total=len(jobs), desc="forecasts", file=sys.stderr,
                        disable=not progress):
            computed += job.result()
    return computed
