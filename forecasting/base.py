"""The common shape of every forecasting model: fit on history, predict quantiles.

A local model (one series at a time) follows :class:`LocalModel`; a global model
(trained across many series, e.g. the LSTM) follows :class:`GlobalModel`. Both return
:class:`Forecast` objects: a point forecast and any requested quantiles, in units of
demand per period, for periods 1..horizon after the end of the history.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, Self

import numpy as np

DEFAULT_QUANTILES: tuple[float, ...] = (0.05, 0.5, 0.95)


@dataclass
class Forecast:
    """Point forecast and quantiles for ``horizon`` periods (units per period)."""

    mean: np.ndarray
    quantiles: dict[float, np.ndarray] = field(default_factory=dict)

    @property
    def horizon(self) -> int:
        return int(self.mean.size)


class LocalModel(Protocol):
    """A model fitted to one series (statsforecast style)."""

    name: str

    def fit(self, y: np.ndarray) -> Self: ...

    def predict(self, horizon: int, quantiles: Sequence[float] = DEFAULT_QUANTILES) -> Forecast: ...


class GlobalModel(Protocol):
    """A model trained across many series at once."""

    name: str

    def fit(self, series: Sequence[np.ndarray]) -> Self: ...

    def predict(
        self, series: Sequence[np.ndarray], horizon: int, quantiles: Sequence[float] = DEFAULT_QUANTILES
    ) -> list[Forecast]: ...
