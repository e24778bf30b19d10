"""Forecast accuracy metrics (numpy arrays in, floats out).

Scaled metrics divide by the in-sample one-step error of the (seasonal) naive
forecast on the training series, as in Hyndman & Koehler (2006) for MASE and the M5
competition guidelines (Makridakis et al., 2022) for RMSSE and the scaled pinball loss.
A scale of zero (a constant training series) falls back to 1 so the metric stays finite.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def _naive_scale(train: ArrayLike, season_length: int, power: int) -> float:
    history = np.asarray(train, dtype=float)
    lag = season_length if history.size > season_length else 1
    if history.size <= lag:
        return 1.0
    differences = np.abs(history[lag:] - history[:-lag]) ** power
    scale = float(differences.mean())
    return scale if scale > 0 else 1.0


def mase(actual: ArrayLike, forecast: ArrayLike, train: ArrayLike, season_length: int = 1) -> float:
    """Mean absolute scaled error: MAE / in-sample MAE of the seasonal naive forecast."""
    error = np.abs(np.asarray(actual, float) - np.asarray(forecast, float)).mean()
    return float(error / _naive_scale(train, season_length, 1))


def rmsse(actual: ArrayLike, forecast: ArrayLike, train: ArrayLike, season_length: int = 1) -> float:
    """Root mean squared scaled error (M5): sqrt(MSE / in-sample MSE of the naive forecast)."""
    error = ((np.asarray(actual, float) - np.asarray(forecast, float)) ** 2).mean()
    return float(np.sqrt(error / _naive_scale(train, season_length, 2)))


def smape(actual: ArrayLike, forecast: ArrayLike) -> float:
    """Symmetric MAPE in percent (0..200); a period where both are zero counts as 0 error."""
    actual_values = np.asarray(actual, float)
    forecast_values = np.asarray(forecast, float)
    denominator = np.abs(actual_values) + np.abs(forecast_values)
    ratio = np.divide(
        2 * np.abs(actual_values - forecast_values),
        denominator,
        out=np.zeros_like(denominator),
        where=denominator > 0,
    )
    return float(100 * ratio.mean())


def pinball_loss(actual: ArrayLike, quantile_forecast: ArrayLike, quantile: float) -> float:
    """Mean pinball (quantile) loss of one quantile forecast, in units of demand."""
    difference = np.asarray(actual, float) - np.asarray(quantile_forecast, float)
    return float(np.maximum(quantile * difference, (quantile - 1) * difference).mean())


def scaled_pinball_loss(
    actual: ArrayLike,
    quantile_forecasts: dict[float, ArrayLike],
    train: ArrayLike,
    season_length: int = 1,
) -> float:
    """Pinball loss averaged over quantiles, scaled by the naive in-sample MAE (M5 uncertainty)."""
    losses = [pinball_loss(actual, values, q) for q, values in quantile_forecasts.items()]
    return float(np.mean(losses) / _naive_scale(train, season_length, 1))


def coverage(actual: ArrayLike, lower: ArrayLike, upper: ArrayLike) -> float:
    """Share of actuals inside [lower, upper] (0..1)."""
    values = np.asarray(actual, float)
    inside = (values >= np.asarray(lower, float)) & (values <= np.asarray(upper, float))
    return float(inside.mean())
