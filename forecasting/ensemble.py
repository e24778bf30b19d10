"""Forecast combination: several models' forecasts averaged into one.

Combining forecasts is the most reliable gain in forecasting competitions (Bates &
Granger, 1969; M4 and M5: Makridakis et al., 2020, 2022). Here:

- point forecast: the mean of the members' point forecasts (``how="median"`` for the
  median, more robust with many members, but with 2–3 members it just picks one);
- quantiles: the mean of the members' quantiles at each level ("Vincentization",
  Vincent 1912; Lichtendahl, Grushka-Cockayne & Winkler, 2013) — averaging quantiles
  keeps a proper, non-crossing distribution of the same width family as the members.

Which members to combine is decided by the backtest (:mod:`forecasting.backtest`):
the best ``k`` models of each series.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Self

import numpy as np

from forecasting.base import DEFAULT_QUANTILES, Forecast, LocalModel
from forecasting.intervals import finalize_quantiles

Combination = Literal["mean", "median"]


def combine_forecasts(forecasts: Sequence[Forecast], how: Combination = "mean") -> Forecast:
    """One forecast from several of the same horizon: mean (or median) point, mean quantiles."""
    if not forecasts:
        raise ValueError("nothing to combine")
    stack = np.vstack([f.mean for f in forecasts])
    point = np.median(stack, axis=0) if how == "median" else stack.mean(axis=0)
    levels = set.intersection(*(set(f.quantiles) for f in forecasts))
    quantiles = {q: np.mean([f.quantiles[q] for f in forecasts], axis=0) for q in sorted(levels)}
    return Forecast(mean=point, quantiles=finalize_quantiles(point, quantiles))


class Ensemble:
    """A :class:`~forecasting.base.LocalModel` that fits several models and combines them."""

    name = "Ensemble"

    def __init__(self, members: Sequence[LocalModel], how: Combination = "mean") -> None:
        if not members:
            raise ValueError("an ensemble needs at least one member")
        self.members = list(members)
        self.how: Combination = how
        self.fitted_name = "Ensemble(" + "+".join(m.name for m in self.members) + ")"

    def fit(self, y: np.ndarray) -> Self:
        for member in self.members:
            member.fit(y)
        return self

    def predict(self, horizon: int, quantiles: Sequence[float] = DEFAULT_QUANTILES) -> Forecast:
        return combine_forecasts([m.predict(horizon, quantiles) for m in self.members], self.how)
