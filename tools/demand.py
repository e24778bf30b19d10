"""Demand history read from the store, as the tools need it.

A sku/date with no sales row means zero demand (SPEC §4). Until the forecasting
engine replaces it, the demand estimate is the mean and standard deviation of daily
demand over the recent window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from data.schema import Sale

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
    method: str = "mean_last_90_days"


def estimate_daily_demand(
    session: Session, sku: str, today: dt.date, window_days: int = DEFAULT_WINDOW_DAYS
) -> DemandEstimate:
    """Recent-window estimate of daily demand (zero when the sku has no history)."""
    series = daily_demand(session, sku, today, window_days)
    if series.size == 0:
        return DemandEstimate(0.0, 0.0, 0)
    sd = float(series.std(ddof=1)) if series.size > 1 else 0.0
    return DemandEstimate(float(series.mean()), sd, int(series.size))
