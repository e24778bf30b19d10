"""Simulation-optimised continuous-review (s, Q) policy per sku (``replenish policy``).

What a planner gets, per sku: a reorder point s and an order quantity Q (units) that
minimise the expected **holding + ordering + shortage cost per day** on simulated demand,
subject to a **service constraint**, with Q a multiple of the pack size and ≥ the MOQ.

How it is found (stockpyl-style summary; units: stock units, days, money):

1. **Classic start** (``classic_policy``) — what ``recommend_order`` does today: mean d
   and sd σd of daily demand over the last 90 days, Q = EOQ √(2DK/h) rounded up to the
   pack and MOQ, safety stock z·√(L·σd² + d²·σL²) with z = Φ⁻¹(service level), s = d·L + SS.
   (Silver, Pyke & Thomas 2017, eq. 6.9; Snyder & Shen 2019, ch. 3-5.)
2. **Demand scenarios** (pluggable, :class:`ScenarioGenerator`): ``paths`` daily demand
   paths of ``warm-up + horizon`` days from the sku's own history, weekday-aligned:
   :class:`SeasonalBootstrap` (default: 4-week blocks of the same season one or two
   years earlier × the year-on-year level factor; with less than about a year of
   history the plain :class:`BlockBootstrap` of the last year), :class:`BlockBootstrap`,
   or draws from the forecasting engine's quantile forecasts
   (:class:`QuantileForecastScenarios`; slow on daily data, see its docstring).
   **Lead times**: the item's N(L, σL²) truncated at 0, or — when purchase-order history
   is known — the empirical supplier lead times (actual − order date). Each path has its
   own lead-time sequence (the k-th order on path p always gets the same lead time).
3. **Simulation** (:func:`simulate_batch`): the daily (r, Q) backorder simulation of
   ``tools.simulation`` (SPEC §9 event order), vectorised over paths × candidate policies
   and in exact agreement with :func:`tools.simulation.simulate_continuous_review` on the
   same path. Every candidate sees the same paths and lead times (common random numbers),
   so differences between candidates are differences of policy, not of luck. Each path
   starts with s + u·Q on hand (u ~ U(0, 1), the same u for all candidates; whole units
   for count data), nothing on order, and costs are measured after a warm-up of about
   one lead time.
4. **Search**. For one Q, every reorder point s is evaluated *exactly* from a single
   simulation of (0, Q) (:class:`ShiftedCosts`: with backorders, raising s shifts the
   whole net-inventory path), so the cheapest s meeting the service constraint is found
   by bisection and a scan, not sampled. Q runs over pack multiples ≥ MOQ: a geometric
   grid from 1/3 to 3 times the classic Q, a finer grid and ±1, ±2 packs around the
   best, then single pack steps until the best Q's neighbours are both worse. The classic
   start is a candidate, so on the training paths the result is never worse than the
   classic policy. The winner is re-simulated directly; its numbers are the ones reported.

**Service constraint** (``service=``):

- ``"classic"`` (default): simulated fill rate ≥ the fill rate the classic policy — the
  item's cycle service level met with the normal approximation — delivers on the same
  paths. "Never worse service than today's textbook policy, at lower cost."
- ``"fill_rate"``: simulated fill rate ≥ ``fill_rate_target`` (default the item's
  ``service_level`` read as a fill rate β).
- ``"cycle"``: simulated cycle service level ≥ the item's ``service_level`` (SPEC §9 CSL).

Fill rate = units served from stock on the day of demand / units demanded (SPEC §9),
pooled over all paths.

**Shortage cost** p (money per unit short, once): the item's ``stockout_cost``; without
one, the cost implied by its service level for the classic Q (Silver, Pyke & Thomas 2017,
ch. 7, "B2" cost per unit short, decision rule P(lead-time demand > s) = h·Q / (D·p)):
p = h·Q / (D·(1 − service_level)), h money per unit-year, D units per year.

Purchase cost is not part of the objective (the same units are bought under any policy).
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import os
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from concurrent import futures
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

import numpy as np

from data.errors import InputFileError
from tools.inventory_math import (
    DAYS_PER_YEAR,
    economic_order_quantity,
    lead_time_demand_sd,
    round_to_pack,
    smallest_order_quantity,
)
from tools.simulation import SimulationResult, lead_time_in_days

CLASSIC_WINDOW_DAYS = 90
"""Days of history behind the classic policy's mean and sd (as ``tools.demand``)."""
FALLBACK_COVER_DAYS = 30.0
"""Classic order size in days of demand when EOQ is undefined (as ``tools.inventory``)."""
DEFAULT_PATHS = 200
DEFAULT_HORIZON_DAYS = 365
DEFAULT_WINDOW_DAYS = 365
"""Days of recent history the block bootstrap draws from (a year: every season once)."""
DEFAULT_BLOCK_DAYS = 28
"""Bootstrap block length (4 weeks): keeps within-month correlation and the weekday pattern."""
MIN_LEAD_TIME_OBSERVATIONS = 5
"""Fewer observed deliveries than this: use the item's N(L, σL²) lead time instead."""
MIN_FORECAST_HISTORY_DAYS = 56
"""Shorter histories are bootstrapped even when forecast scenarios are asked for."""
DEFAULT_FORECAST_CORRELATION = 0.0
MAX_LEAD_TIME_TABLE = 4096
"""Lead times drawn per path; later orders reuse them cyclically."""
ServiceConstraint = Literal["classic", "fill_rate", "cycle"]
ScenarioSource = Literal["bootstrap", "seasonal", "forecast"]
_FILL_RATE_SLACK = 1e-9


# --------------------------------------------------------------------------- item


@dataclass(frozen=True)
class ItemParameters:
    """The SPEC §4 item fields the policy needs (defaults as in SPEC §4).

    Money per unit (``unit_cost``, ``stockout_cost``) or per order (``order_cost``);
    ``holding_cost_rate`` per year as a fraction of ``unit_cost``; durations in days;
    ``pack_size``, ``moq``, ``on_hand``, ``on_order`` in units; ``service_level`` is a
    cycle service level 0 < x < 1.
    """

    sku: str
    unit_cost: float | None = None
    order_cost: float = 0.0
    holding_cost_rate: float = 0.25
    lead_time_days: float = 7.0
    lead_time_sd_days: float = 0.0
    pack_size: float = 1
    moq: float = 0.0
    service_level: float = 0.95
    stockout_cost: float | None = None
    supplier: str | None = None
    on_hand: float = 0.0
    on_order: float = 0.0

    def __post_init__(self) -> None:
        if self.unit_cost is not None and not self.unit_cost > 0:
            raise ValueError("unit_cost must be positive")
        if not 0.0 < self.service_level < 1.0:
            raise ValueError("service_level must be strictly between 0 and 1")
        if (
            min(
                self.order_cost,
                self.holding_cost_rate,
                self.lead_time_days,
                self.lead_time_sd_days,
                self.moq,
            )
            < 0
        ):
            raise ValueError("costs, lead times and moq must be non-negative")
        if not self.pack_size >= 1:
            raise ValueError("pack_size must be at least 1")
        if self.stockout_cost is not None and self.stockout_cost < 0:
            raise ValueError("stockout_cost must be non-negative")

    @property
    def holding_cost(self) -> float:
        """h, money per unit per year (0 when the unit cost is unknown)."""
        return (self.unit_cost or 0.0) * self.holding_cost_rate

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> ItemParameters:
        """From a row of items.csv or an ``Item``-like mapping; empty/NaN cells take defaults."""
        known = {name for name in cls.__dataclass_fields__}
        clean: dict[str, Any] = {}
        for name, value in values.items():
            if name not in known or value is None:
                continue
            if isinstance(value, float) and math.isnan(value):
                continue
            clean[name] = value
        return cls(**clean)


# --------------------------------------------------------------------------- classic


@dataclass(frozen=True)
class ClassicPolicy:
    """The textbook (s, Q) of ``tools.inventory`` computed from a demand array (units, days)."""

    reorder_point: float
    order_quantity: float
    safety_stock: float
    mean_daily_demand: float
    sd_daily_demand: float
    eoq: float | None
    z: float


def classic_policy(
    item: ItemParameters, history: np.ndarray, window_days: int = CLASSIC_WINDOW_DAYS
) -> ClassicPolicy:
    """The current policy of ``recommend_order`` from the last ``window_days`` of ``history``.

    d, σd: mean and sample sd (ddof = 1) of daily demand in the window (units/day);
    SS = z·√(L·σd² + d²·σL²), z = Φ⁻¹(service_level) (Silver, Pyke & Thomas 2017, eq. 6.9);
    s = d·L + SS; Q = EOQ √(2DK/h) (D = 365·d units/year, K money/order, h money/unit-year;
    Harris 1913, ``stockpyl.eoq.economic_order_quantity``) rounded up to the pack and MOQ,
    or 30 days of demand when EOQ is undefined (no order cost or no holding cost).
    """
    from scipy.stats import norm

    window = np.asarray(history, dtype=float)[-window_days:] if window_days > 0 else np.zeros(0)
    mean = float(window.mean()) if window.size else 0.0
    sd = float(window.std(ddof=1)) if window.size > 1 else 0.0
    z = float(norm.ppf(item.service_level))
    safety = z * lead_time_demand_sd(mean, sd, item.lead_time_days, item.lead_time_sd_days)
    eoq: float | None = None
    annual_demand = mean * DAYS_PER_YEAR
    if item.holding_cost > 0 and item.order_cost > 0 and annual_demand > 0:
        eoq = economic_order_quantity(annual_demand, item.order_cost, item.holding_cost)
    base = eoq if eoq else mean * FALLBACK_COVER_DAYS
    quantity = round_to_pack(base, item.pack_size, item.moq) if base > 0 else 0.0
    return ClassicPolicy(
        reorder_point=mean * item.lead_time_days + safety,
        order_quantity=float(quantity),
        safety_stock=safety,
        mean_daily_demand=mean,
        sd_daily_demand=sd,
        eoq=eoq,
        z=z,
    )


def implied_stockout_cost(
    holding_cost: float, annual_demand: float, order_quantity: float, service_level: float
) -> float:
    """Shortage cost per unit short implied by a cycle service level, money per unit.

    At the cost optimum of an (s, Q) policy with a cost p per unit short, the chance of a
    stockout per cycle is P(lead-time demand > s) = h·Q / (D·p) (Silver, Pyke & Thomas
    2017, ch. 7, "B2" shortage cost; Snyder & Shen 2019, ch. 5, EOQB approximation), so a
    planner who asks for cycle service level SL implicitly prices a unit short at
    p = h·Q / (D·(1 − SL)). h money per unit-year, D units per year, Q units. 0 when D = 0.
    """
    if annual_demand <= 0 or order_quantity <= 0:
        return 0.0
    return holding_cost * order_quantity / (annual_demand * (1.0 - service_level))


# --------------------------------------------------------------------------- scenarios


class ScenarioGenerator(Protocol):
    """Daily demand paths (units/day); day 0 is the day after the history (today)."""

    description: str

    def sample(self, paths: int, days: int, rng: np.random.Generator) -> np.ndarray:
        """An array (paths, days) of non-negative demand."""
        ...


@dataclass
class BlockBootstrap:
    """Moving-block bootstrap of the sku's own daily history, weekday-aligned.

    The last ``window_days`` of ``history`` (units/day, oldest first, ending yesterday)
    are cut into overlapping blocks of ``block_days`` (a whole number of weeks) that start
    on the same weekday as today; paths are blocks drawn with replacement and laid end to
    end, so every simulated day keeps its weekday and the within-block pattern (weekdays,
    order lumpiness, a month's level) survives. Trend and seasonality beyond the window are
    not modelled. A history shorter than a block uses single weeks (``tools.simulation.
    resample_weeks``'s scheme), shorter than a week single days (Künsch 1989; Lahiri 2003).
    """

    history: np.ndarray
    window_days: int = DEFAULT_WINDOW_DAYS
    block_days: int = DEFAULT_BLOCK_DAYS

    def __post_init__(self) -> None:
        self.history = np.asarray(self.history, dtype=float)
        if self.block_days < 7 or self.block_days % 7:
            raise ValueError("block_days must be a positive multiple of 7")

    @property
    def window(self) -> np.ndarray:
        return self.history[-self.window_days :] if self.window_days > 0 else self.history

    @property
    def description(self) -> str:
        return f"{self.block_days}-day block bootstrap of the last {self.window.size} days of sales"

    def sample(self, paths: int, days: int, rng: np.random.Generator) -> np.ndarray:
        window = self.window
        n = window.size
        if n == 0:
            return np.zeros((paths, days))
        if n < 7:
            return window[rng.integers(0, n, size=(paths, days))]
        block = self.block_days if n >= self.block_days else 7
        # block starts i with (n - i) % 7 == 0: a block starts on today's weekday
        starts = np.arange(n % 7, n - block + 1, 7)
        blocks = math.ceil(days / block)
        chosen = starts[rng.integers(0, starts.size, size=(paths, blocks))]
        index = (chosen[:, :, None] + np.arange(block)[None, None, :]).reshape(
            paths, blocks * block
        )
        return window[index[:, :days]]


@dataclass
class SeasonalBootstrap:
    """Same-season block bootstrap with a year-on-year level factor ("last year × growth").

    Simulated day j is calendar day n + j of the history's clock (n = history length).
    Each block of ``block_days`` is drawn from the same weeks one or two years earlier
    (364 days per year, so weekdays line up), shifted by up to ±``jitter_weeks`` weeks,
    and multiplied by that year's growth factor g_k = (mean of the last ``level_days``) /
    (mean of the same days k years earlier), clipped to [1/``max_growth``, ``max_growth``]
    (0 when nothing sold in the last ``level_days``: the item stopped selling).
    Seasonality and trend of the last years carry over; blocks keep the weekday pattern
    and within-month lumpiness. Needs a year of history plus a level window; with less
    (or no demand a year ago) it is :class:`BlockBootstrap` of the last year.
    Seasonal naive with drift (Hyndman & Athanasopoulos, FPP3 §5.2) in bootstrap form.
    """

    history: np.ndarray
    block_days: int = DEFAULT_BLOCK_DAYS
    level_days: int = 91
    jitter_weeks: int = 2
    max_years: int = 2
    max_growth: float = 2.0

    def __post_init__(self) -> None:
        self.history = np.asarray(self.history, dtype=float)
        if self.block_days < 7 or self.block_days % 7:
            raise ValueError("block_days must be a positive multiple of 7")

    def growth(self) -> dict[int, float]:
        """Year k → level factor, for the years with history enough to use."""
        y, n, level = self.history, self.history.size, self.level_days
        recent = y[n - level :].mean() if n >= level else 0.0
        factors: dict[int, float] = {}
        for years in range(1, self.max_years + 1):
            end = n - 364 * years
            if end - level < 0:
                break
            before = y[end - level : end].mean()
            if before <= 0:
                continue
            # no sales at all lately: the item has stopped selling, not slowed down
            low = 1 / self.max_growth if recent > 0 else 0.0
            factors[years] = float(np.clip(recent / before, low, self.max_growth))
        return factors

    @property
    def usable(self) -> bool:
        return (
            bool(self.growth())
            and self.history.size >= 364 + self.block_days + 7 * self.jitter_weeks
        )

    @property
    def description(self) -> str:
        if not self.usable:
            return BlockBootstrap(self.history, 364, self.block_days).description
        factors = ", ".join(f"{g:.2f}" for g in self.growth().values())
        return f"same-season {self.block_days}-day blocks of earlier years × growth ({factors})"

    def sample(self, paths: int, days: int, rng: np.random.Generator) -> np.ndarray:
        if not self.usable:
            return BlockBootstrap(self.history, 364, self.block_days).sample(paths, days, rng)
        y, n, block = self.history, self.history.size, self.block_days
        factors = self.growth()
        years = np.array(sorted(factors))
        scale = np.array([factors[k] for k in years])
        jitter = 7 * np.arange(-self.jitter_weeks, self.jitter_weeks + 1)
        fallback = BlockBootstrap(y, 364, block)
        out = np.empty((paths, math.ceil(days / block) * block))
        for b in range(out.shape[1] // block):
            first = b * block
            # candidate starts: same calendar weeks k years back (k ≥ 1 wraps beyond a year)
            anchors = (
                n + first - 364 * years[:, None] - 364 * ((first + block) // 364) + jitter[None, :]
            )
            valid = (anchors >= 0) & (anchors + block <= n)
            if not valid.any():
                out[:, first : first + block] = fallback.sample(paths, block, rng)
                continue
            rows, cols = np.nonzero(valid)
            pick = rng.integers(0, rows.size, size=paths)
            starts = anchors[rows[pick], cols[pick]]
            index = starts[:, None] + np.arange(block)[None, :]
            out[:, first : first + block] = y[index] * scale[rows[pick]][:, None]
        return out[:, :days]


@dataclass
class QuantileForecastScenarios:
    """Daily demand drawn from a forecast's quantile function (``forecasting.base.Forecast``).

    Each day's quantiles (units/day, levels 0 < q < 1) are joined by straight lines and
    extended linearly to levels 0 and 1 (clipped at 0): the inverse CDF of that day.
    A path draws u per day and takes the inverse CDF at u. ``correlation`` ρ links the
    days of a path through a Gaussian AR(1) copula, u_t = Φ(z_t), z_t = ρ·z_{t−1} +
    √(1−ρ²)·ε_t: ρ = 0 draws days independently (the forecast's marginals only; this
    understates lead-time demand variance when forecast errors persist), ρ → 1 moves whole
    paths together. Days beyond the forecast horizon repeat its last week.
    Cost: a daily engine forecast of a year ahead (model selection and interval
    calibration) takes tens of seconds per sku, so this is an option, not the default.
    """

    forecast: Any
    """An object with ``mean`` (horizon,) and ``quantiles`` {level: (horizon,)}, units/day."""
    correlation: float = 0.0
    model: str = "forecast"

    @property
    def description(self) -> str:
        return f"{self.model} quantile forecasts (daily draws, copula rho={self.correlation:g})"

    def _knots(self, days: int) -> tuple[np.ndarray, np.ndarray]:
        levels = np.array(sorted(float(q) for q in self.forecast.quantiles))
        if levels.size == 0:
            raise ValueError("the forecast has no quantiles")
        values = np.vstack([np.asarray(self.forecast.quantiles[q], dtype=float) for q in levels])
        horizon = values.shape[1]
        if horizon < days:  # repeat the last week (or what there is of it)
            period = min(7, horizon)
            extra = np.arange(days - horizon) % period + (horizon - period)
            values = np.concatenate([values, values[:, extra]], axis=1)
        values = np.maximum.accumulate(np.maximum(values[:, :days], 0.0), axis=0)
        if levels.size == 1:
            return np.array([0.0, 1.0]), np.vstack([values, values])
        low = values[0] - (values[1] - values[0]) * levels[0] / (levels[1] - levels[0])
        high = values[-1] + (values[-1] - values[-2]) * (1 - levels[-1]) / (levels[-1] - levels[-2])
        knots = np.concatenate([[0.0], levels, [1.0]])
        return knots, np.vstack([np.maximum(low, 0.0), values, high])

    def sample(self, paths: int, days: int, rng: np.random.Generator) -> np.ndarray:
        from scipy.stats import norm

        knots, values = self._knots(days)
        rho = float(self.correlation)
        if rho == 0.0:
            u = rng.random((paths, days))
        else:
            shocks = rng.standard_normal((paths, days))
            z = np.empty_like(shocks)
            z[:, 0] = shocks[:, 0]
            scale = math.sqrt(1.0 - rho * rho)
            for day in range(1, days):
                z[:, day] = rho * z[:, day - 1] + scale * shocks[:, day]
            u = norm.cdf(z)
        upper = np.clip(np.searchsorted(knots, u, side="right"), 1, knots.size - 1)
        lower = upper - 1
        weight = (u - knots[lower]) / (knots[upper] - knots[lower])
        day_index = np.arange(days)[None, :]
        return values[lower, day_index] + weight * (
            values[upper, day_index] - values[lower, day_index]
        )


def forecast_scenarios(
    history: np.ndarray,
    days: int,
    model: str = "auto",
    quantiles: Sequence[float] = (0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95),
    correlation: float = 0.0,
) -> QuantileForecastScenarios:
    """Scenario generator from the forecasting engine's daily quantile forecast of ``history``.

    Calls ``forecasting.engine.forecast_series`` (season length 7 for daily data).
    Raises whatever the engine raises; callers fall back to :class:`BlockBootstrap`.
    """
    from forecasting.engine import forecast_series

    result = forecast_series(
        np.asarray(history, dtype=float), days, season_length=7, quantiles=quantiles, model=model
    )
    return QuantileForecastScenarios(
        result.forecast, correlation=correlation, model=str(result.model)
    )


# --------------------------------------------------------------------------- lead times


@dataclass(frozen=True)
class LeadTimeModel:
    """Order-to-arrival time in days: the item's N(mean, sd²) truncated at 0, or an
    empirical sample of observed lead times drawn with replacement."""

    mean_days: float
    sd_days: float = 0.0
    observed_days: tuple[float, ...] | None = None

    @property
    def description(self) -> str:
        if self.observed_days is not None:
            return (
                f"empirical, {len(self.observed_days)} deliveries (mean {self.mean_days:.1f} days)"
            )
        if self.sd_days > 0:
            return f"normal({self.mean_days:g}, sd {self.sd_days:g}) days"
        return f"fixed {self.mean_days:g} days"

    @classmethod
    def for_item(
        cls, item: ItemParameters, observed: Sequence[float] | np.ndarray | None = None
    ) -> LeadTimeModel:
        """Observed lead times when there are at least ``MIN_LEAD_TIME_OBSERVATIONS``, else the item's."""
        if observed is not None:
            sample = np.asarray(observed, dtype=float)
            sample = sample[np.isfinite(sample) & (sample >= 0)]
            if sample.size >= MIN_LEAD_TIME_OBSERVATIONS:
                return cls(float(sample.mean()), float(sample.std()), tuple(sample.tolist()))
        return cls(item.lead_time_days, item.lead_time_sd_days)

    def table(self, paths: int, orders: int, rng: np.random.Generator) -> np.ndarray:
        """Lead times (days, not yet rounded) of orders 0..orders−1 on each path, (paths, orders).

        The normal case draws ``rng.normal`` path by path, exactly as
        ``simulate_continuous_review`` would draw them for each order on one path.
        """
        if self.observed_days is not None:
            observed = np.asarray(self.observed_days)
            return observed[rng.integers(0, observed.size, size=(paths, orders))]
        if self.sd_days <= 0:
            return np.full((paths, 1), float(self.mean_days))
        return np.maximum(0.0, rng.normal(self.mean_days, self.sd_days, size=(paths, orders)))


def whole_days(lead_times: np.ndarray) -> np.ndarray:
    """Lead times rounded up to whole days as the simulator uses them (``lead_time_in_days``)."""
    return np.maximum(0, np.ceil(np.asarray(lead_times, dtype=float) - 1e-9)).astype(np.int64)


def lead_time_observations(
    engine: Any, supplier: str | None, before: dt.date | None = None
) -> np.ndarray:
    """Observed lead times (days, actual − order date) of ``supplier``'s deliveries in the store.

    Uses ``data.schema.LeadTimeObservation`` rows with an actual date, ordered before
    ``before`` when given. Empty when the supplier is unknown or has no deliveries.
    """
    if not supplier or engine is None:
        return np.zeros(0)
    from data.store import session_scope
    from tools.lead_time import observed_lead_times

    with session_scope(engine) as session:
        return observed_lead_times(session, supplier, before)


# --------------------------------------------------------------------------- simulation


@dataclass(frozen=True)
class Trajectories:
    """Net inventory (on hand − backorders, units) over the measured days, (C, P, days)."""

    demand: np.ndarray
    """(P, days) units/day."""
    start_net: np.ndarray
    """At the start of each day, before its demand."""
    holding_net: np.ndarray
    """When holding is charged: after the day's demand and arrivals, before ordering."""
    arrival_days: np.ndarray
    """True where an order arrived that day (a replenishment cycle ends)."""


@dataclass(frozen=True)
class BatchSimulation:
    """Results of :func:`simulate_batch`, arrays of shape (candidates, paths).

    Same quantities and definitions as :class:`tools.simulation.SimulationResult`,
    counted over the measured days only (day ``measure_from`` on). Costs in money.
    """

    days: int
    total_demand: np.ndarray
    units_short: np.ndarray
    cycles: np.ndarray
    cycles_with_stockout: np.ndarray
    stockout_days: np.ndarray
    on_hand_sum: np.ndarray
    backorder_sum: np.ndarray
    orders: np.ndarray
    ending_on_hand: np.ndarray
    ending_backorders: np.ndarray
    ending_on_order: np.ndarray
    holding_cost: np.ndarray
    ordering_cost: np.ndarray
    stockout_cost: np.ndarray
    trajectories: Trajectories | None = None

    @property
    def total_cost(self) -> np.ndarray:
        return self.holding_cost + self.ordering_cost + self.stockout_cost

    def cost_per_day(self) -> np.ndarray:
        """Mean total cost per measured day over paths, per candidate (money/day)."""
        return self.total_cost.mean(axis=1) / max(self.days, 1)

    def fill_rate(self) -> np.ndarray:
        """Pooled over paths: 1 − Σ short / Σ demand, per candidate (1 without demand)."""
        demand = self.total_demand.sum(axis=1)
        short = self.units_short.sum(axis=1)
        return np.where(demand > 0, 1.0 - short / np.where(demand > 0, demand, 1.0), 1.0)

    def cycle_service_level(self) -> np.ndarray:
        """Pooled over paths: share of replenishment cycles without a stockout, per candidate."""
        cycles = self.cycles.sum(axis=1)
        bad = self.cycles_with_stockout.sum(axis=1)
        return np.where(cycles > 0, 1.0 - bad / np.where(cycles > 0, cycles, 1), 1.0)

    def lane(self, candidate: int, path: int) -> SimulationResult:
        """One candidate on one path as a :class:`SimulationResult` (for comparisons)."""
        c, p = candidate, path
        return SimulationResult.from_totals(
            days=self.days,
            total_demand=float(self.total_demand[c, p]),
            units_short=float(self.units_short[c, p]),
            cycles=int(self.cycles[c, p]),
            cycles_with_stockout=int(self.cycles_with_stockout[c, p]),
            stockout_days=int(self.stockout_days[c, p]),
            on_hand_sum=float(self.on_hand_sum[c, p]),
            backorder_sum=float(self.backorder_sum[c, p]),
            orders=int(self.orders[c, p]),
            ending_on_hand=float(self.ending_on_hand[c, p]),
            ending_backorders=float(self.ending_backorders[c, p]),
            ending_on_order=float(self.ending_on_order[c, p]),
            holding_cost=float(self.holding_cost[c, p]),
            ordering_cost=float(self.ordering_cost[c, p]),
            stockout_cost=float(self.stockout_cost[c, p]),
        )


def simulate_batch(
    demand: np.ndarray,
    reorder_point: np.ndarray | float,
    order_quantity: np.ndarray | float,
    lead_time_days: np.ndarray | float,
    on_hand_start: np.ndarray | float,
    unit_cost: float,
    holding_cost_rate: float,
    order_cost: float,
    stockout_cost: float,
    measure_from: int = 0,
    record: bool = False,
) -> BatchSimulation:
    """Simulate C candidate (r, Q) policies on P demand paths at once (backorders, SPEC §9).

    ``demand`` (P, T) units/day; ``reorder_point`` and ``order_quantity`` (C,) units (or
    scalars: C = 1); ``lead_time_days``: a number of days, or a table (P, K) of lead times
    in days — the k-th order placed on path p takes ``table[p, k % K]`` days (rounded up
    to whole days as in :func:`tools.simulation.lead_time_in_days`; orders never cross);
    ``on_hand_start`` units on hand at the start of day 0, broadcastable to (C, P) (a
    negative start means that many units backordered); costs as in
    :func:`tools.simulation.simulate_continuous_review`.

    Event order per day, identical to ``simulate_continuous_review``: serve demand from
    stock (the rest is backordered, charged once); receive the orders due today, which
    fill backorders first; charge holding on the units on hand; then, while the inventory
    position ≤ r, order Q (received at once when its lead time is 0). Statistics are
    counted from day ``measure_from`` (a warm-up before it is simulated but not counted;
    a replenishment cycle is counted from that day on, starting out of stock if customers
    are still waiting). ``record`` keeps the measured days' net inventory trajectories
    (:class:`Trajectories`) for :class:`ShiftedCosts`.
    """
    demand = np.asarray(demand, dtype=float)
    if demand.ndim != 2:
        raise ValueError("demand must be an array (paths, days)")
    if np.any(demand < 0) or not np.all(np.isfinite(demand)):
        raise ValueError("demand must be finite and non-negative")
    paths, days = demand.shape
    r = np.atleast_1d(np.asarray(reorder_point, dtype=float))[:, None]
    q = np.atleast_1d(np.asarray(order_quantity, dtype=float))[:, None]
    candidates = max(r.shape[0], q.shape[0])
    shape = (candidates, paths)
    r = np.broadcast_to(r, shape)
    q = np.broadcast_to(q, shape)
    if np.any(q <= 0):
        raise ValueError("order_quantity must be positive")
    if np.ndim(lead_time_days) == 0:
        table = np.full((paths, 1), lead_time_in_days(float(lead_time_days)), dtype=np.int64)
    else:
        table = whole_days(lead_time_days)
        if table.ndim != 2 or table.shape[0] != paths:
            raise ValueError("a lead-time table must have one row per path")
    orders_per_row = table.shape[1]
    slots = (
        int(table.max()) + 1
    )  # ring buffer of arrivals: arrivals are at most max lead time ahead
    holding_per_unit_day = unit_cost * holding_cost_rate / DAYS_PER_YEAR

    start = np.broadcast_to(np.asarray(on_hand_start, dtype=float), shape)
    on_hand = np.maximum(start, 0.0)
    backorders = np.maximum(-start, 0.0)
    on_order = np.zeros(shape)
    arrivals = np.zeros((slots, candidates, paths))
    last_arrival = np.full(shape, -1, dtype=np.int64)
    order_count = np.zeros(shape, dtype=np.int64)

    units_short = np.zeros(shape)
    on_hand_sum = np.zeros(shape)
    backorder_sum = np.zeros(shape)
    stockout_days = np.zeros(shape, dtype=np.int64)
    orders = np.zeros(shape, dtype=np.int64)
    cycles = np.zeros(shape, dtype=np.int64)
    cycles_with_stockout = np.zeros(shape, dtype=np.int64)
    stockout_in_cycle = np.zeros(shape, dtype=bool)
    arrived = np.zeros(shape, dtype=bool)
    by_day = np.ascontiguousarray(demand.T)
    first = max(measure_from, 0)
    if record:
        recorded = max(days - first, 0)
        start_net = np.empty((recorded, candidates, paths))
        holding_net = np.empty((recorded, candidates, paths))
        arrival_days = np.empty((recorded, candidates, paths), dtype=bool)

    for day in range(days):
        measured = day >= measure_from
        if day == measure_from:
            stockout_in_cycle = backorders > 0
        if record and measured:
            start_net[day - first] = on_hand - backorders
        day_demand = by_day[day]
        served = np.minimum(on_hand, day_demand)
        on_hand -= served
        short = day_demand - served
        backorders += short
        is_short = short > 0
        stockout_in_cycle |= is_short
        if measured:
            units_short += short
            stockout_days += is_short

        slot = day % slots
        due = arrivals[slot]
        arrived = due > 0
        if arrived.any():
            on_order -= due
            filled = np.minimum(backorders, due)
            backorders -= filled
            on_hand += due - filled
            arrivals[slot] = 0.0

        if measured:
            on_hand_sum += on_hand
            backorder_sum += backorders
            if record:
                holding_net[day - first] = on_hand - backorders

        need = np.flatnonzero((on_hand - backorders + on_order <= r).ravel())
        while need.size:
            c, p = np.unravel_index(need, shape)
            k = order_count[c, p]
            order_count[c, p] = k + 1
            if measured:
                orders[c, p] += 1
            lead = table[p, k % orders_per_row]
            arrival = np.maximum(day + lead, last_arrival[c, p])
            last_arrival[c, p] = arrival
            units = q[c, p]
            now = arrival <= day
            if now.any():
                cn, pn, un = c[now], p[now], units[now]
                filled = np.minimum(backorders[cn, pn], un)
                backorders[cn, pn] -= filled
                on_hand[cn, pn] += un - filled
                arrived[cn, pn] = True
            later = ~now
            if later.any():  # (c, p) pairs are distinct within one pass
                cl, pl = c[later], p[later]
                arrivals[arrival[later] % slots, cl, pl] += units[later]
                on_order[cl, pl] += units[later]
            position = on_hand[c, p] - backorders[c, p] + on_order[c, p]
            need = need[position <= r[c, p]]

        if measured:
            cycles += arrived
            cycles_with_stockout += arrived & stockout_in_cycle
            if record:
                arrival_days[day - first] = arrived
        stockout_in_cycle = np.where(arrived, backorders > 0, stockout_in_cycle)

    measured_days = max(0, days - max(measure_from, 0))
    if measured_days > 0:  # the last, unfinished cycle
        open_cycle = ~arrived
        cycles += open_cycle
        cycles_with_stockout += open_cycle & stockout_in_cycle
    total_demand = np.broadcast_to(demand[:, first:].sum(axis=1)[None, :], shape)
    trajectories = None
    if record:
        trajectories = Trajectories(
            demand=demand[:, first:],
            start_net=start_net.transpose(1, 2, 0),
            holding_net=holding_net.transpose(1, 2, 0),
            arrival_days=arrival_days.transpose(1, 2, 0),
        )
    return BatchSimulation(
        days=measured_days,
        total_demand=np.array(total_demand),
        units_short=units_short,
        cycles=cycles,
        cycles_with_stockout=cycles_with_stockout,
        stockout_days=stockout_days,
        on_hand_sum=on_hand_sum,
        backorder_sum=backorder_sum,
        orders=orders,
        ending_on_hand=on_hand,
        ending_backorders=backorders,
        ending_on_order=on_order,
        holding_cost=holding_per_unit_day * on_hand_sum,
        ordering_cost=order_cost * orders,
        stockout_cost=stockout_cost * units_short,
        trajectories=trajectories,
    )


# --------------------------------------------------------------------------- shifted costs


def _hinge_sums(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted values and their suffix sums, for Σ max(0, a − s) at many s."""
    ordered = np.sort(values.ravel())
    suffix = np.concatenate([np.cumsum(ordered[::-1])[::-1], [0.0]])
    return ordered, suffix


def _excess(ordered: np.ndarray, suffix: np.ndarray, s: np.ndarray) -> np.ndarray:
    """Σ max(0, a − s) over the sorted values a, for every s."""
    above = np.searchsorted(ordered, s, side="right")
    return suffix[above] - s * (ordered.size - above)


class ShiftedCosts:
    """Exact simulated costs of (s, Q) for **every** s from one simulation of (0, Q).

    With backorders, raising the reorder point by Δ (and the starting stock by Δ) orders
    at the same moments, so the net inventory path (on hand − backorders) is the s = 0
    path plus Δ (inventory position minus s is the same process; Hadley & Whitin 1963,
    Zipkin 2000, ch. 6). From one recorded path per Q, for reorder point s:

    - units on hand at holding time: Σ max(0, x_t + s);
    - units short: Σ [max(0, d_t − y_t − s) − max(0, −y_t − s)], y_t the net inventory at
      the start of day t (short = demand not served from max(0, y_t + s) on hand);
    - a cycle has a stockout iff s < max(−y at its first day, max over its days with
      demand of d_t − y_t);
    - orders do not depend on s.

    Units: stock units; costs in money per measured day, averaged over paths.
    """

    def __init__(
        self,
        trajectories: Trajectories,
        candidate: int,
        orders: float,
        holding_cost_per_unit_day: float,
        order_cost: float,
        stockout_cost: float,
    ) -> None:
        demand = trajectories.demand
        start = trajectories.start_net[candidate]
        holding = trajectories.holding_net[candidate]
        arrivals = trajectories.arrival_days[candidate]
        self.paths, self.days = demand.shape
        self.total_demand = float(demand.sum())
        self.orders = float(orders)
        self.h = holding_cost_per_unit_day
        self.k = order_cost
        self.p = stockout_cost
        self._low_stock, self._low_stock_sums = _hinge_sums(-holding)  # Σ max(0, s − (−x))
        self._short_plus, self._short_plus_sums = _hinge_sums((demand - start)[demand > 0])
        self._short_minus, self._short_minus_sums = _hinge_sums(-start[demand > 0])
        # replenishment cycles: a new one starts the day after each arrival
        if self.days:
            cycle = np.zeros_like(arrivals, dtype=np.int64)
            cycle[:, 1:] = np.cumsum(arrivals[:, :-1], axis=1)
            key = (cycle + np.arange(self.paths)[:, None] * (self.days + 1)).ravel()
            firsts = np.flatnonzero(np.concatenate([[True], key[1:] != key[:-1]]))
            threshold = np.where(demand > 0, demand - start, -np.inf).ravel()
            worst = np.maximum(np.maximum.reduceat(threshold, firsts), -start.ravel()[firsts])
            self._cycle_thresholds = np.sort(worst)
        else:
            self._cycle_thresholds = np.zeros(0)

    def units_on_hand(self, s: np.ndarray) -> np.ndarray:
        """Σ over paths and days of units on hand at holding time."""
        s = np.asarray(s, dtype=float)
        ordered = self._low_stock  # values b = −x; on hand = max(0, s − b)
        below = np.searchsorted(ordered, s, side="left")
        prefix = self._low_stock_sums[0] - self._low_stock_sums[below]
        return s * below - prefix

    def units_short(self, s: np.ndarray) -> np.ndarray:
        s = np.asarray(s, dtype=float)
        plus = _excess(self._short_plus, self._short_plus_sums, s)
        minus = _excess(self._short_minus, self._short_minus_sums, s)
        return np.maximum(plus - minus, 0.0)

    def fill_rate(self, s: np.ndarray) -> np.ndarray:
        if self.total_demand <= 0:
            return np.ones_like(np.asarray(s, dtype=float))
        return 1.0 - self.units_short(s) / self.total_demand

    def cycle_service_level(self, s: np.ndarray) -> np.ndarray:
        s = np.asarray(s, dtype=float)
        cycles = self._cycle_thresholds.size
        if cycles == 0:
            return np.ones_like(s)
        bad = cycles - np.searchsorted(self._cycle_thresholds, s, side="right")
        return 1.0 - bad / cycles

    def cost_per_day(self, s: np.ndarray) -> np.ndarray:
        """Expected holding + ordering + shortage cost, money per day."""
        total = self.h * self.units_on_hand(s) + self.k * self.orders + self.p * self.units_short(s)
        return total / max(self.paths * self.days, 1)

    def bounds(self) -> tuple[float, float]:
        """Reorder points worth looking at: below ``low`` nothing is ever on hand and every
        unit is short; above ``high`` nothing is short (only holding grows)."""
        arrays = [a for a in (self._low_stock, self._short_minus) if a.size]
        low = min((float(a[0]) for a in arrays), default=0.0)
        tops = [a for a in (self._short_plus, self._short_minus) if a.size]
        high = max([float(a[-1]) for a in tops] + [low])
        finite = self._cycle_thresholds[np.isfinite(self._cycle_thresholds)]
        if finite.size:
            high = max(high, float(finite[-1]))
        return low, high


# --------------------------------------------------------------------------- optimiser


@dataclass(frozen=True)
class PolicyResult:
    """The chosen continuous-review (s, Q) for one sku and how it was found.

    ``reorder_point`` s and ``order_quantity`` Q in units (Q a multiple of ``pack_size``,
    ≥ MOQ); ``safety_stock`` = s − mean lead-time demand (units; mean daily demand of the
    scenarios × mean lead time). Expected costs are money per day on the simulated paths
    (holding + ordering + shortage; purchase cost excluded); ``fill_rate`` and
    ``cycle_service_level`` as in SPEC §9, pooled over the paths. ``classic_*``: the
    classic start policy on the same paths.
    """

    sku: str
    reorder_point: float
    order_quantity: float
    safety_stock: float
    expected_cost_per_day: float
    fill_rate: float
    cycle_service_level: float
    method: str
    mean_daily_demand: float = 0.0
    mean_lead_time_days: float = 0.0
    lead_time_demand: float = 0.0
    holding_cost_per_day: float = 0.0
    ordering_cost_per_day: float = 0.0
    shortage_cost_per_day: float = 0.0
    orders_per_year: float = 0.0
    stockout_cost_per_unit: float = 0.0
    stockout_cost_source: str = "item"
    service_constraint: str = "classic"
    service_target: float | None = None
    classic: ClassicPolicy | None = None
    classic_cost_per_day: float | None = None
    classic_fill_rate: float | None = None
    classic_cycle_service_level: float | None = None
    scenarios: str = ""
    lead_times: str = ""
    paths: int = 0
    horizon_days: int = 0
    warmup_days: int = 0
    seed: int = 0
    quantities_evaluated: int = 0

    @property
    def cost_saving(self) -> float | None:
        """1 − cost / classic cost on the simulated paths (None without a classic cost)."""
        if not self.classic_cost_per_day:
            return None
        return 1.0 - self.expected_cost_per_day / self.classic_cost_per_day

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _is_whole(values: np.ndarray) -> bool:
    return bool(values.size == 0 or np.all(values == np.round(values)))


def _feasible_quantities(
    center: float, pack: float, minimum: float, factors: Iterable[float]
) -> list[float]:
    """Pack multiples ≥ ``minimum`` near ``center``·factor, sorted, unique."""
    quantities = {
        max(minimum, round_to_pack(center * factor, pack))
        for factor in factors
        if center * factor > 0
    }
    return sorted(float(q) for q in quantities)


@dataclass
class _Search:
    """State of one sku's search: the paths, costs and the Q values evaluated so far."""

    demand: np.ndarray
    lead_table: np.ndarray
    phase: np.ndarray
    warmup: int
    item: ItemParameters
    stockout_cost: float
    service: ServiceConstraint
    target: float
    whole: bool
    evaluated: dict[float, tuple[float, float]] = field(default_factory=dict)
    """Q → (best s, cost per day)."""

    @property
    def holding_per_unit_day(self) -> float:
        return self.item.holding_cost / DAYS_PER_YEAR

    def starting_stock(self, quantities: np.ndarray) -> np.ndarray:
        """Units above s on hand at the start of each path, (C, P): u·Q (whole units for count data)."""
        offset = self.phase[None, :] * quantities[:, None]
        return np.floor(offset) if self.whole else offset

    def simulate(
        self, reorder_points: np.ndarray, quantities: np.ndarray, record: bool = False
    ) -> BatchSimulation:
        start = reorder_points[:, None] + self.starting_stock(quantities)
        return simulate_batch(
            self.demand,
            reorder_points,
            quantities,
            self.lead_table,
            start,
            unit_cost=self.item.unit_cost or 0.0,
            holding_cost_rate=self.item.holding_cost_rate,
            order_cost=self.item.order_cost,
            stockout_cost=self.stockout_cost,
            measure_from=self.warmup,
            record=record,
        )

    def meets(self, costs: ShiftedCosts, s: float) -> bool:
        if self.service == "cycle":
            return bool(
                costs.cycle_service_level(np.array([s]))[0] >= self.target - _FILL_RATE_SLACK
            )
        return bool(costs.fill_rate(np.array([s]))[0] >= self.target - _FILL_RATE_SLACK)

    def best_reorder_point(self, costs: ShiftedCosts) -> tuple[float, float]:
        """Cheapest s meeting the service target for this Q: (s, cost per day)."""
        low, high = costs.bounds()
        step = 1.0 if self.whole else max(high - low, 1e-6) / 2**16
        k_low, k_high = math.floor(low / step) - 1, math.ceil(high / step) + 1
        while not self.meets(costs, k_high * step):  # (only float noise can get here)
            k_high += max(1, (k_high - k_low) // 8)
        if self.meets(costs, k_low * step):
            first = k_low
        else:  # smallest feasible k: service is non-decreasing in s
            lo, hi = k_low, k_high
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if self.meets(costs, mid * step):
                    hi = mid
                else:
                    lo = mid
            first = hi
        # cost over the feasible range: coarse grid, then every step around the best
        last = max(first, k_high)
        grid = np.unique(
            np.linspace(first, last, min(last - first + 1, 257)).round().astype(np.int64)
        )
        values = costs.cost_per_day(grid * step)
        best = int(np.argmin(values))
        spacing = int(grid[1] - grid[0]) if grid.size > 1 else 1
        around = np.arange(max(first, grid[best] - spacing), min(last, grid[best] + spacing) + 1)
        if around.size > 4097:
            around = np.unique(np.linspace(around[0], around[-1], 4097).round().astype(np.int64))
        local = costs.cost_per_day(around * step)
        choice = int(np.argmin(local))  # ties: the lowest s
        return float(around[choice] * step), float(local[choice])

    def shifted(self, quantity: float) -> ShiftedCosts:
        """The exact cost-versus-s curves for one Q (one simulation)."""
        batch = self.simulate(np.zeros(1), np.array([quantity]), record=True)
        assert batch.trajectories is not None
        return ShiftedCosts(
            batch.trajectories,
            0,
            float(batch.orders.sum()),
            self.holding_per_unit_day,
            self.item.order_cost,
            self.stockout_cost,
        )

    def evaluate(self, quantities: Sequence[float]) -> None:
        """Best s and its cost for every new Q (one batch simulation of s = 0)."""
        new = np.array([q for q in quantities if q not in self.evaluated], dtype=float)
        if new.size == 0:
            return
        batch = self.simulate(np.zeros(new.size), new, record=True)
        assert batch.trajectories is not None
        orders = batch.orders.sum(axis=1)
        for index, quantity in enumerate(new.tolist()):
            costs = ShiftedCosts(
                batch.trajectories,
                index,
                float(orders[index]),
                self.holding_per_unit_day,
                self.item.order_cost,
                self.stockout_cost,
            )
            self.evaluated[quantity] = self.best_reorder_point(costs)

    def best(self) -> tuple[float, float, float]:
        """(Q, s, cost per day) of the cheapest Q evaluated (ties: the smaller Q)."""
        quantity = min(self.evaluated, key=lambda q: (self.evaluated[q][1], q))
        s, cost = self.evaluated[quantity]
        return quantity, s, cost


def _zero_demand_result(
    item: ItemParameters, classic: ClassicPolicy, method: str, **extra: Any
) -> PolicyResult:
    quantity = smallest_order_quantity(item.pack_size, item.moq)
    return PolicyResult(
        sku=item.sku,
        reorder_point=0.0,
        order_quantity=float(quantity),
        safety_stock=0.0,
        expected_cost_per_day=0.0,
        fill_rate=1.0,
        cycle_service_level=1.0,
        method=method,
        classic=classic,
        mean_lead_time_days=item.lead_time_days,
        **extra,
    )


def optimise_policy(
    item: ItemParameters,
    history: np.ndarray,
    *,
    scenarios: ScenarioGenerator | None = None,
    lead_time_observations: Sequence[float] | np.ndarray | None = None,
    paths: int = DEFAULT_PATHS,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
    seed: int = 0,
    service: ServiceConstraint = "classic",
    fill_rate_target: float | None = None,
    scenario_source: ScenarioSource = "seasonal",
    window_days: int = DEFAULT_WINDOW_DAYS,
    block_days: int = DEFAULT_BLOCK_DAYS,
    forecast_correlation: float = DEFAULT_FORECAST_CORRELATION,
) -> PolicyResult:
    """Least-cost (s, Q) for one sku by simulation on sampled demand paths.

    ``history``: daily demand in units, oldest first, ending yesterday (zeros included).
    ``scenarios``: a demand path generator; without one, ``scenario_source`` picks
    ``"seasonal"`` (default, :class:`SeasonalBootstrap`: same-season blocks of earlier
    years × growth; the plain bootstrap of the last year when history is short),
    ``"bootstrap"`` (:class:`BlockBootstrap` of the last ``window_days`` in blocks of
    ``block_days``) or ``"forecast"`` (the forecasting engine's quantile forecast,
    :class:`QuantileForecastScenarios`; falls back to the bootstrap if the engine fails).
    ``lead_time_observations``: observed lead times in days (PO history) — used instead of
    the item's N(L, σL²) when there are at least ``MIN_LEAD_TIME_OBSERVATIONS``.
    ``paths`` × ``horizon_days`` measured days (after a warm-up of about one lead time),
    ``seed`` fixes every random draw (same inputs and seed, same answer).
    ``service``/``fill_rate_target``: the service constraint (module docstring).
    """
    history = np.asarray(history, dtype=float)
    if history.ndim != 1 or np.any(history < 0) or not np.all(np.isfinite(history)):
        raise ValueError("history must be a one-dimensional array of non-negative daily demand")
    if paths < 1 or horizon_days < 1:
        raise ValueError("paths and horizon_days must be at least 1")
    if fill_rate_target is not None and not 0.0 < fill_rate_target <= 1.0:
        raise ValueError("fill_rate_target must be in (0, 1]")
    classic = classic_policy(item, history)
    lead_model = LeadTimeModel.for_item(item, lead_time_observations)
    common = {
        "service_constraint": service,
        "paths": paths,
        "horizon_days": horizon_days,
        "seed": seed,
        "lead_times": lead_model.description,
    }
    if item.holding_cost <= 0:
        return PolicyResult(
            sku=item.sku,
            reorder_point=classic.reorder_point,
            order_quantity=classic.order_quantity
            or float(smallest_order_quantity(item.pack_size, item.moq)),
            safety_stock=classic.safety_stock,
            expected_cost_per_day=0.0,
            fill_rate=math.nan,
            cycle_service_level=math.nan,
            method="classic: no holding cost (unit_cost unknown or holding_cost_rate 0), nothing to trade",
            mean_daily_demand=classic.mean_daily_demand,
            mean_lead_time_days=item.lead_time_days,
            lead_time_demand=classic.mean_daily_demand * item.lead_time_days,
            classic=classic,
            **common,
        )

    seeds = np.random.SeedSequence(seed).spawn(3)
    demand_rng, lead_rng, phase_rng = (np.random.default_rng(s) for s in seeds)
    whole = _is_whole(history)
    lead_preview = whole_days(lead_model.table(1, 64, np.random.default_rng(seeds[1])))
    warmup = int(max(np.percentile(lead_preview, 90), lead_time_in_days(lead_model.mean_days))) + 7
    days = warmup + horizon_days
    generator: ScenarioGenerator
    if scenarios is not None:
        generator = scenarios
    elif (
        scenario_source == "forecast"
        and history.size >= MIN_FORECAST_HISTORY_DAYS
        and history.any()
    ):
        try:
            generator = forecast_scenarios(history, days, correlation=forecast_correlation)
        except Exception:  # the engine is optional here: degrade to the bootstrap
            generator = BlockBootstrap(history, window_days, block_days)
    elif scenario_source == "seasonal":
        generator = SeasonalBootstrap(history, block_days)
    elif scenario_source in ("bootstrap", "forecast"):
        generator = BlockBootstrap(history, window_days, block_days)
    else:
        raise ValueError(
            f"unknown scenario source {scenario_source!r}: use bootstrap, seasonal or forecast"
        )
    demand = np.asarray(generator.sample(paths, days, demand_rng), dtype=float)
    if demand.shape != (paths, days):
        raise ValueError(
            f"the scenario generator gave an array {demand.shape}, expected {(paths, days)}"
        )
    demand = np.maximum(demand, 0.0)
    if whole and not _is_whole(demand):  # count data: unbiased random rounding
        floor = np.floor(demand)
        demand = floor + (demand_rng.random(demand.shape) < demand - floor)
    common.update(scenarios=generator.description, warmup_days=warmup)
    mean_daily = float(demand[:, warmup:].mean())
    if mean_daily <= 0:
        return _zero_demand_result(
            item, classic, "no demand in the scenarios: nothing to stock", **common
        )

    annual_demand = mean_daily * DAYS_PER_YEAR
    quantity_floor = float(smallest_order_quantity(item.pack_size, item.moq))
    start_quantity = (
        classic.order_quantity
        if classic.order_quantity > 0
        else round_to_pack(mean_daily * FALLBACK_COVER_DAYS, item.pack_size, item.moq)
    )
    if item.stockout_cost is not None:
        stockout_cost, source = float(item.stockout_cost), "item"
    else:
        stockout_cost = implied_stockout_cost(
            item.holding_cost, annual_demand, start_quantity, item.service_level
        )
        source = f"implied by service level {item.service_level:g} (h·Q/(D·(1−SL)))"

    # lead times of the first K orders of each path (order k uses entry k mod K): enough for
    # every order of any Q down to a quarter of the start (more orders than days is rare)
    max_orders = (
        days + math.ceil(demand.sum(axis=1).max() / max(start_quantity / 4, quantity_floor)) + 2
    )
    lead_table = lead_model.table(paths, min(max_orders, MAX_LEAD_TIME_TABLE), lead_rng)
    phase = phase_rng.random(paths)

    search = _Search(demand, lead_table, phase, warmup, item, stockout_cost, service, 0.0, whole)
    classic_s = float(np.round(classic.reorder_point)) if whole else classic.reorder_point
    if service == "classic":
        target = float(search.shifted(start_quantity).fill_rate(np.array([classic_s]))[0])
    elif service == "fill_rate":
        target = item.service_level if fill_rate_target is None else float(fill_rate_target)
    elif service == "cycle":
        target = item.service_level
    else:
        raise ValueError(f"unknown service constraint {service!r}: use classic, fill_rate or cycle")
    search.target = target

    # Q: a coarse geometric grid from 1/3 to 3 times the classic Q, then finer around the best
    search.evaluate(
        _feasible_quantities(
            start_quantity, item.pack_size, quantity_floor, np.geomspace(1 / 3, 3, 9)
        )
    )
    best_q, _, _ = search.best()
    search.evaluate(
        _feasible_quantities(best_q, item.pack_size, quantity_floor, np.geomspace(0.76, 1.32, 7))
        + [q for q in (best_q + j * item.pack_size for j in (-2, -1, 1, 2)) if q >= quantity_floor]
    )
    for _round in range(3):  # unit pack steps until the best Q has both neighbours evaluated
        best_q, _, _ = search.best()
        steps = [
            q for q in (best_q - item.pack_size, best_q + item.pack_size) if q >= quantity_floor
        ]
        if all(q in search.evaluated for q in steps):
            break
        search.evaluate(steps)
    best_q, best_s, _ = search.best()

    # verify by direct simulation (reported numbers), next to the classic start
    final = search.simulate(np.array([best_s, classic_s]), np.array([best_q, start_quantity]))
    fill, csl, cost = final.fill_rate(), final.cycle_service_level(), final.cost_per_day()
    service_value = csl if service == "cycle" else fill
    classic_ok = service == "classic" or service_value[1] >= target - _FILL_RATE_SLACK
    if service_value[0] < target - _FILL_RATE_SLACK or (classic_ok and cost[1] < cost[0]):
        best_s, best_q = classic_s, start_quantity  # (float noise only) keep the start
        final = search.simulate(np.array([best_s, classic_s]), np.array([best_q, start_quantity]))
        fill, csl, cost = final.fill_rate(), final.cycle_service_level(), final.cost_per_day()
    measured = max(final.days, 1) * paths
    mean_lead = lead_model.mean_days
    lead_time_demand = mean_daily * mean_lead
    target_text = {
        "classic": "fill rate ≥ classic policy's",
        "fill_rate": "fill rate ≥",
        "cycle": "cycle service level ≥",
    }
    return PolicyResult(
        sku=item.sku,
        reorder_point=best_s,
        order_quantity=best_q,
        safety_stock=best_s - lead_time_demand,
        expected_cost_per_day=float(cost[0]),
        fill_rate=float(fill[0]),
        cycle_service_level=float(csl[0]),
        method=(
            f"simulation search over (s, Q): {paths} paths × {horizon_days} days of {generator.description}, "
            f"lead time {lead_model.description}; {target_text[service]} {target:.4f}"
        ),
        mean_daily_demand=mean_daily,
        mean_lead_time_days=mean_lead,
        lead_time_demand=lead_time_demand,
        holding_cost_per_day=float(final.holding_cost[0].sum()) / measured,
        ordering_cost_per_day=float(final.ordering_cost[0].sum()) / measured,
        shortage_cost_per_day=float(final.stockout_cost[0].sum()) / measured,
        orders_per_year=float(final.orders[0].sum()) / measured * DAYS_PER_YEAR,
        stockout_cost_per_unit=stockout_cost,
        stockout_cost_source=source,
        service_target=target,
        classic=classic,
        classic_cost_per_day=float(cost[1]),
        classic_fill_rate=float(fill[1]),
        classic_cycle_service_level=float(csl[1]),
        quantities_evaluated=len(search.evaluated),
        **common,
    )


# --------------------------------------------------------------------------- files → policy CSV

POLICY_COLUMNS = ("sku", "reorder_point", "order_quantity", "safety_stock")
"""SPEC §5 ``policy --out`` columns (units)."""


def read_items(path: str | Path) -> list[ItemParameters]:
    """Validated items.csv/.xlsx rows (SPEC §4) via ``data.importer``; one per sku.

    Raises :class:`~data.errors.InputFileError` (file, line, column) on bad input,
    including a sku that appears twice.
    """
    from data.importer import ITEM_COLUMNS, read_table, validate

    table = validate(read_table(path), ITEM_COLUMNS)
    skus = table.values["sku"]
    seen: dict[str, int] = {}
    for row, sku in enumerate(skus.tolist()):
        if sku in seen:
            raise InputFileError(
                table.file,
                f"sku {sku!r} appears twice: lines {table.lines[seen[sku]]} and {table.lines[row]}",
                line=int(table.lines[row]),
                column=table.header_names.get("sku", "sku"),
            )
        seen[sku] = row
    fields = ItemParameters.__dataclass_fields__
    items = []
    for row in range(table.rows):
        values = {name: table.values[name][row] for name in table.values if name in fields}
        try:
            items.append(ItemParameters.from_mapping(values))
        except ValueError as error:  # the importer's ranges already cover this; belt and braces
            raise InputFileError(table.file, str(error), line=int(table.lines[row])) from None
    return items


def read_daily_sales(
    path: str | Path, skus: Iterable[str], today: dt.date | None = None
) -> tuple[dict[str, np.ndarray], dt.date]:
    """Daily demand per sku from sales.csv (SPEC §4): rows summed per sku and day, missing days zero.

    Each sku's series runs from its first sales row to the day before ``today`` (default:
    the day after the last date in the file); rows on or after ``today`` are ignored.
    A sku of ``skus`` without sales gets an empty series. Returns (series, today).
    Raises :class:`~data.errors.InputFileError` for bad rows or a sku not in ``skus``.
    """
    import pandas as pd

    from data.importer import SALES_COLUMNS, read_table, validate

    table = validate(read_table(path), SALES_COLUMNS)
    known = set(skus)
    sku_values = table.values["sku"]
    unknown = np.flatnonzero(~np.isin(sku_values.astype(str), np.array(sorted(known), dtype=str)))
    if unknown.size:
        row = int(unknown[0])
        raise InputFileError(
            table.file,
            f"sku {sku_values[row]!r} is not in the items file",
            line=int(table.lines[row]),
            column=table.header_names.get("sku", "sku"),
        )
    frame = pd.DataFrame(
        {
            "sku": sku_values.astype(str),
            "day": pd.to_datetime(pd.Series(table.values["date"]))
            .to_numpy()
            .astype("datetime64[D]")
            .astype(np.int64),
            "quantity": table.values["quantity"].astype(float),
        }
    )
    if today is None:
        today = (dt.date(1970, 1, 1) + dt.timedelta(days=int(frame["day"].max()))) + dt.timedelta(
            days=1
        )
    end = (today - dt.date(1970, 1, 1)).days
    frame = frame[frame["day"] < end]
    series: dict[str, np.ndarray] = {sku: np.zeros(0) for sku in known}
    for sku, rows in frame.groupby("sku", sort=False):
        first = int(rows["day"].min())
        values = np.zeros(end - first)
        np.add.at(values, rows["day"].to_numpy() - first, rows["quantity"].to_numpy())
        series[str(sku)] = values
    return series, today


def _optimise_one(
    job: tuple[ItemParameters, np.ndarray, np.ndarray | None, dict[str, Any]],
) -> PolicyResult:
    item, history, lead_times, options = job
    return optimise_policy(item, history, lead_time_observations=lead_times, **options)


def optimise_all(
    items: Sequence[ItemParameters],
    histories: Mapping[str, np.ndarray],
    lead_times: Mapping[str, np.ndarray] | None = None,
    *,
    n_jobs: int | None = None,
    progress: bool = True,
    **options: Any,
) -> list[PolicyResult]:
    """:func:`optimise_policy` for every item, in item order; ``n_jobs`` worker processes
    (default: all cores; 1 runs here); a tqdm bar on stderr when ``progress``."""
    from tqdm import tqdm

    lead_times = lead_times or {}
    jobs = [
        (
            item,
            histories.get(item.sku, np.zeros(0)),
            lead_times.get(item.supplier or "", None),
            options,
        )
        for item in items
    ]
    workers = min(n_jobs or os.cpu_count() or 1, len(jobs))
    bar = tqdm(total=len(jobs), desc="policy", unit="sku", file=sys.stderr, disable=not progress)
    try:
        if workers <= 1 or len(jobs) < 4:
            results = []
            for job in jobs:
                results.append(_optimise_one(job))
                bar.update()
            return results
        with futures.ProcessPoolExecutor(max_workers=workers) as pool:
            pending = {pool.submit(_optimise_one, job): index for index, job in enumerate(jobs)}
            done: dict[int, PolicyResult] = {}
            for future in futures.as_completed(pending):
                done[pending[future]] = future.result()
                bar.update()
        return [done[index] for index in range(len(jobs))]
    finally:
        bar.close()


def write_policy_csv(results: Sequence[PolicyResult], out_path: str | Path) -> None:
    """The SPEC §5 CSV ``sku,reorder_point,order_quantity,safety_stock`` (numbers not
    rounded), written to a temporary file first so a failure leaves no half-written file."""
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(POLICY_COLUMNS)
            for result in results:
                writer.writerow(
                    [
                        result.sku,
                        repr(float(result.reorder_point)),
                        repr(float(result.order_quantity)),
                        repr(float(result.safety_stock)),
                    ]
                )
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def run_policy(
    items_path: str | Path,
    sales_path: str | Path,
    out_path: str | Path,
    today: dt.date | None = None,
    progress: bool = True,
    *,
    engine: Any = None,
    n_jobs: int | None = None,
    paths: int = DEFAULT_PATHS,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
    seed: int = 0,
    service: ServiceConstraint = "classic",
    scenario_source: ScenarioSource = "seasonal",
) -> dict[str, int]:
    """``replenish policy --items F --sales F --out F``: the (s, Q) policy of every sku.

    ``today`` is the planning date: history ends the day before (default: the day after
    the last sales date in the file). With a store ``engine``, observed supplier lead
    times (``LeadTimeObservation``, deliveries before ``today``) replace the item's
    N(L, σL²) where there are enough. Bad input raises
    :class:`~data.errors.InputFileError` before anything is written. Returns
    ``{"skus": n}`` (SPEC §5).
    """
    items = read_items(items_path)
    histories, today = read_daily_sales(sales_path, [item.sku for item in items], today)
    lead_times: dict[str, np.ndarray] = {}
    if engine is not None:
        for supplier in sorted({item.supplier for item in items if item.supplier}):
            lead_times[supplier] = lead_time_observations(engine, supplier, before=today)
    results = optimise_all(
        items,
        histories,
        lead_times,
        n_jobs=n_jobs,
        progress=progress,
        paths=paths,
        horizon_days=horizon_days,
        seed=seed,
        service=service,
        scenario_source=scenario_source,
    )
    write_policy_csv(results, out_path)
    return {"skus": len(results)}
