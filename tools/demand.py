"""Demand history read from the store, and the demand estimate the policy tools use.

A sku/date with no sales row means zero demand (SPEC §4). The estimate is the
forecasting engine's when a fresh forecast of the sku is cached for the planning date
(``forecast_demand`` with the default 30 days and model ``auto``; ``replenish
recommend --forecast`` fills the cache for every sku), otherwise the mean and standard
deviation of daily demand over the last 90 days.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from dataclasses import dataclass

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from data.schema import ForecastCache, Sale

DEFAULT_WINDOW_DAYS = 90


def daily_demand(session: Session, sku: str, end: dt.date, days: int | None = None) -> np.ndarray:
    """Daily demand in units for the days before ``end`` (``end`` itself excluded).

    With ``days`` the window is the last ``days`` days (days before the first sale of
    the sku are dropped); without it, everything from the first sale on.
    """
    query = select(Sale.date, Sale.quantity).where(Sale.sku == sku, Sale.date < end)
    if days is not None:
        query = query.where(Sale.date >= end - dt.timedelta(days=days))
    rows = session.execute(query.order_by(Sale.date)).all()
    if not rows:
        return np.zeros(0)
    first = rows[0].date
    if days is not None:
        first_ever = session.execute(
            select(Sale.date).where(Sale.sku == sku).order_by(Sale.date).limit(1)
        ).scalar_one()
        first = max(first_ever, end - dt.timedelta(days=days))
    series = np.zeros((end - first).days)
    for row in rows:
        series[(row.date - first).days] += row.quantity
    return series


@dataclass(frozen=True)
class DemandEstimate:
    """Mean and standard deviation of daily demand, units per day."""

    mean_daily_demand: float
    sd_daily_demand: float
    history_days: int
    method: str = "mean of daily demand, last 90 days"


def estimate_daily_demand(
    session: Session, sku: str, today: dt.date, window_days: int = DEFAULT_WINDOW_DAYS
) -> DemandEstimate:
    """Recent-window estimate of daily demand (zero when the sku has no history)."""
    series = daily_demand(session, sku, today, window_days)
    if series.size == 0:
        return DemandEstimate(0.0, 0.0, 0)
    sd = float(series.std(ddof=1)) if series.size > 1 else 0.0
    return DemandEstimate(float(series.mean()), sd, int(series.size))


CACHED_FORECAST_HORIZON_DAYS = 30
CACHED_FORECAST_MODEL = "auto"
Z_90 = 1.6448536269514722
"""Φ⁻¹(0.95): half-width of a central 90% normal interval in standard deviations."""


def sales_fingerprint(series: np.ndarray, first_day: dt.date | None) -> str:
    """sha256 of the daily demand values and the day they start (the forecast cache key)."""
    digest = hashlib.sha256(str(first_day).encode())
    digest.update(np.ascontiguousarray(series, dtype=np.float64).tobytes())
    return digest.hexdigest()


def history_fingerprint(session: Session, sku: str, today: dt.date) -> tuple[np.ndarray, str]:
    """All daily demand of ``sku`` before ``today`` and its fingerprint."""
    series = daily_demand(session, sku, today)
    first_day = today - dt.timedelta(days=int(series.size)) if series.size else None
    return series, sales_fingerprint(series, first_day)


def forecast_estimate(session: Session, sku: str, today: dt.date) -> DemandEstimate | None:
    """Daily demand from the cached engine forecast, when one is fresh for ``today``.

    Mean: the forecast's average over its 30 days. Standard deviation: the daily 90%
    intervals read as normal, σ_t = (hi − lo) / (2·1.645), combined as √mean(σ_t²).
    """
    cached = session.get(ForecastCache, (sku, CACHED_FORECAST_MODEL, CACHED_FORECAST_HORIZON_DAYS, today))
    if cached is None:
        return None
    series, fingerprint = history_fingerprint(session, sku, today)
    if cached.sales_fingerprint != fingerprint:
        return None
    periods = cached.result["periods"]
    mean = sum(period["forecast"] for period in periods) / len(periods)
    variance = sum(((period["hi"] - period["lo"]) / (2 * Z_90)) ** 2 for period in periods) / len(periods)
    return DemandEstimate(
        mean, math.sqrt(variance), int(series.size),
        f"forecast: {cached.result['model']} (auto-selected by backtest), next {len(periods)} days",
    )


def best_demand_estimate(session: Session, sku: str, today: dt.date) -> DemandEstimate:
    """The engine's cached forecast when fresh, else the recent 90-day mean."""
    return forecast_estimate(session, sku, today) or estimate_daily_demand(session, sku, today)
