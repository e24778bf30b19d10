"""The forecasting orchestrator: sales rows in, quantile forecasts and backtests out.

Pipeline (one direction)::

    sales rows (sku, date, quantity)
      └─ prepare_series ─► one demand array per sku on a common D/W/M calendar
           └─ forecast_series (per sku, in a process pool or on Dask)
                ├─ model="auto": backtest every model (forecasting.backtest), keep the best
                └─ fit on the whole history, predict the horizon with quantiles
      └─ forecast_all ─► one table: sku, date, model, forecast, q0.05, q0.5, ...

``run_forecast`` and ``run_backtest`` are what ``replenish forecast`` / ``backtest`` call.
Units: demand per period (a day, a week from Monday, a calendar month); dates are the
period starts.
"""

from __future__ import annotations

import concurrent.futures as futures
import contextlib
import importlib
import inspect
import json
import math
import os
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from tqdm import tqdm

from data.errors import UserInputError
from forecasting.backtest import (
    ENSEMBLE,
    SeriesBacktest,
    backtest_series,
    candidates_for,
    default_model,
    evaluation_quantiles,
    fold_origins,
    summarize,
)
from forecasting.base import DEFAULT_QUANTILES, Forecast, GlobalModel, LocalModel
from forecasting.classification import classify_demand
from forecasting.ensemble import Ensemble
from forecasting.intervals import finalize_quantiles
from forecasting.models import LOCAL_MODELS, make_model, season_length_for

FREQUENCIES = ("D", "W", "M")
INTERVAL_LEVEL = 0.9
DEFAULT_FOLDS = 3
BACKENDS = ("process", "dask")
GLOBAL_MODELS: dict[str, str] = {"LSTM": "forecasting.lstm:LSTMForecaster"}
"""Global models by name: ``module:class`` implementing :class:`~forecasting.base.GlobalModel`."""
DASK_PINS = "dask==2026.8.0 distributed==2026.8.0"
_PANDAS_PERIOD = {"D": "D", "W": "W-SUN", "M": "M"}  # W-SUN: weeks Monday..Sunday


# -- validation -------------------------------------------------------------------------


def check_horizon(horizon: int) -> int:
    if isinstance(horizon, bool) or not isinstance(horizon, (int, np.integer)) or horizon < 1:
        raise UserInputError(f"horizon must be a whole number of periods >= 1, got {horizon!r}")
    return int(horizon)


def check_freq(freq: str) -> str:
    code = str(freq).strip().upper()
    if code not in FREQUENCIES:
        raise UserInputError(f"unknown frequency {freq!r}: use D (days), W (weeks) or M (months)")
    return code


def check_quantiles(quantiles: Sequence[float]) -> tuple[float, ...]:
    levels = tuple(sorted({float(q) for q in quantiles}))
    if not levels or any(not 0 < q < 1 for q in levels):
        raise UserInputError(f"quantiles must be numbers between 0 and 1 (exclusive), got {list(quantiles)!r}")
    return levels


def check_model(model: str) -> str:
    """Canonical model name: 'auto', 'Ensemble', a local model or a global model."""
    for name in ("auto", ENSEMBLE, *LOCAL_MODELS, *GLOBAL_MODELS):
        if str(model).lower() == name.lower():
            return name
    known = ", ".join(["auto", *LOCAL_MODELS, ENSEMBLE, *GLOBAL_MODELS])
    raise UserInputError(f"unknown model {model!r}: use one of {known}")


def quantile_column(q: float) -> str:
    """Column name of a quantile: ``q0.05``, ``q0.5``, ``q0.95``."""
    return f"q{q:g}"


# -- calendar ---------------------------------------------------------------------------


def infer_freq(dates: pd.Series | pd.DatetimeIndex | Sequence[Any]) -> str:
    """D, W or M from the spacing of the distinct dates.

    Monthly when no two distinct dates are less than 28 days apart; weekly when every gap
    is a whole number of weeks; daily otherwise (and for a single date).
    """
    unique = pd.DatetimeIndex(pd.to_datetime(pd.Series(dates)).dropna().unique()).sort_values()
    if unique.size < 2:
        return "D"
    gaps = np.diff(unique.asi8) // (86_400 * 10**9)
    if gaps.min() >= 28:
        return "M"
    if np.all(gaps % 7 == 0):
        return "W"
    return "D"


def period_starts(dates: pd.Series, freq: str) -> pd.Series:
    """Start of the period holding each date: the day, the Monday, the 1st of the month."""
    values = pd.to_datetime(dates)
    if freq == "D":
        return values.dt.normalize()
    return values.dt.to_period(_PANDAS_PERIOD[freq]).dt.start_time


def future_dates(last_period: pd.Timestamp, horizon: int, freq: str) -> pd.DatetimeIndex:
    """The ``horizon`` period starts after ``last_period``."""
    offset = {"D": pd.DateOffset(days=1), "W": pd.DateOffset(weeks=1), "M": pd.DateOffset(months=1)}[freq]
    return pd.DatetimeIndex([last_period + offset * k for k in range(1, horizon + 1)])


def prepare_series(sales: pd.DataFrame, freq: str | None = None) -> tuple[dict[str, np.ndarray], pd.DatetimeIndex]:
    """Demand per sku and period on one calendar.

    ``sales`` has columns ``sku, date, quantity``. Quantities are summed per period
    (``freq`` D/W/M; inferred from the dates when None). Every series ends at the last
    period present in the whole file and starts at its own first sale (first positive
    quantity; first row when a sku never sold); periods without rows are zero demand.
    Returns ``({sku: demand array}, period starts)``: the index covers the longest series,
    and a series of length ``m`` belongs to its last ``m`` dates.
    """
    for column in ("sku", "date", "quantity"):
        if column not in sales.columns:
            raise UserInputError(f"sales data needs a '{column}' column")
    if sales.empty:
        raise UserInputError("no sales rows to forecast")
    freq = infer_freq(sales["date"]) if freq is None else check_freq(freq)
    frame = pd.DataFrame(
        {
            "sku": sales["sku"].astype(str),
            "period": period_starts(sales["date"], freq),
            "quantity": pd.to_numeric(sales["quantity"], errors="raise").astype(float),
        }
    )
    last = frame["period"].max()
    totals = frame.groupby(["sku", "period"], sort=True)["quantity"].sum()
    first_any = frame.groupby("sku")["period"].min()
    first_sale = frame[frame["quantity"] > 0].groupby("sku")["period"].min()
    starts = first_sale.reindex(first_any.index).fillna(first_any)
    calendar = pd.date_range(starts.min(), last, freq=_range_freq(freq))
    series: dict[str, np.ndarray] = {}
    for sku, per_period in totals.groupby(level="sku", sort=True):
        dates = pd.DatetimeIndex(per_period.index.get_level_values("period"))
        values = pd.Series(per_period.to_numpy(), index=dates)
        own = calendar[calendar >= starts[sku]]
        series[str(sku)] = values.reindex(own, fill_value=0.0).to_numpy(dtype=float)
    return series, calendar


def _range_freq(freq: str) -> str:
    return {"D": "D", "W": "W-MON", "M": "MS"}[freq]


# -- one series -------------------------------------------------------------------------


@dataclass
class SeriesForecast:
    """Forecast of one series and how it was chosen."""

    model: str
    """The model that produced the numbers (after any fallback, see forecasting.models)."""
    forecast: Forecast
    demand_class: str
    backtest_mase: float | None = None
    """Mean MASE of the chosen model over the backtest folds (None without a backtest)."""
    backtest: SeriesBacktest | None = None


def _make_global(name: str, horizon: int, progress: bool = False) -> GlobalModel:
    """A fresh global model; ``horizon`` and ``progress`` are passed when it takes them."""
    module, _, attribute = GLOBAL_MODELS[name].partition(":")
    try:
        cls = getattr(importlib.import_module(module), attribute)
    except (ImportError, AttributeError) as error:
        raise UserInputError(f"model {name} is not available: {error}") from None
    accepted = inspect.signature(cls).parameters
    options = {"horizon": horizon, "progress": progress}
    return cls(**{key: value for key, value in options.items() if key in accepted})


def forecast_series(
    y: np.ndarray | Sequence[float],
    horizon: int,
    season_length: int = 1,
    quantiles: Sequence[float] = DEFAULT_QUANTILES,
    model: str = "auto",
    folds: int = DEFAULT_FOLDS,
    backtest: bool = False,
) -> SeriesForecast:
    """Forecast one series (units per period) ``horizon`` periods ahead with quantiles.

    ``auto`` (and ``Ensemble``) backtest the models suited to the series' demand class
    (:data:`forecasting.backtest.CANDIDATES`) on ``folds`` rolling origins first and use
    the winner (or the ensemble of the best three). A named model is
    fitted directly; ``backtest=True`` also scores it on the folds (for
    ``backtest_mase``).
    """
    horizon = check_horizon(horizon)
    levels = check_quantiles(quantiles)
    name = check_model(model)
    if name in GLOBAL_MODELS:
        raise UserInputError(f"{name} is a global model: use forecast_all")
    values = np.asarray(y, dtype=float)
    demand_class = classify_demand(values).demand_class
    result: SeriesBacktest | None = None
    fitted: LocalModel
    if name in ("auto", ENSEMBLE):
        result = backtest_series(
            values, horizon, folds, season_length=season_length, quantiles=levels, models=candidates_for(demand_class),
            keep_fitted=True,
        )
        chosen = result.selected if result.origins else default_model(demand_class)
        if name == ENSEMBLE and result.ensemble_members:
            chosen = ENSEMBLE
        # A model the backtest fitted once on a long series runs on to the end of the
        # history (no second search, parameters from the first fold); others are fitted here.
        members = [
            result.fitted[m].continued(values) if m in result.fitted else make_model(m, season_length).fit(values)
            for m in (result.ensemble_members if chosen == ENSEMBLE else [chosen])
        ]
        result.fitted = {}
        fitted = Ensemble(members) if chosen == ENSEMBLE else members[0]
    else:
        chosen = name
        fitted = make_model(name, season_length).fit(values)
        if backtest:
            result = backtest_series(
                values, horizon, folds, season_length=season_length, quantiles=levels, models=[name], ensemble=False
            )
    forecast = fitted.predict(horizon, levels)
    used = ENSEMBLE if isinstance(fitted, Ensemble) else (getattr(fitted, "fitted_name", None) or fitted.name)
    mase = result.scores[chosen].mase if result is not None and chosen in result.scores else None
    return SeriesForecast(used, forecast, demand_class, mase, result)


def _forecast_chunk(
    chunk: list[tuple[str, np.ndarray]], horizon: int, season_length: int, quantiles: tuple[float, ...], model: str, folds: int
) -> list[tuple[str, SeriesForecast]]:
    results = []
    for sku, y in chunk:
        result = forecast_series(y, horizon, season_length, quantiles, model, folds)
        result.backtest = None  # not needed by forecast_all: keep it out of the pickles back to the parent
        results.append((sku, result))
    return results


def _backtest_chunk(
    chunk: list[tuple[str, np.ndarray, dict[str, list[Forecast]]]],
    horizon: int,
    folds: int,
    step: int | None,
    season_length: int,
    quantiles: tuple[float, ...],
    models: tuple[str, ...] | None,
) -> list[tuple[str, SeriesBacktest]]:
    return [
        (sku, backtest_series(y, horizon, folds, step, season_length, quantiles, models, precomputed=extra))
        for sku, y, extra in chunk
    ]


# -- many series ------------------------------------------------------------------------


@contextlib.contextmanager
def _executor(backend: str, n_jobs: int | None, dask_address: str | None) -> Iterator[futures.Executor | None]:
    """A concurrent.futures executor for the backend (None: run in this process)."""
    if backend not in BACKENDS:
        raise UserInputError(f"unknown backend {backend!r}: use {' or '.join(BACKENDS)}")
    workers = n_jobs or os.cpu_count() or 1
    if backend == "process":
        if workers <= 1:
            yield None
            return
        with futures.ProcessPoolExecutor(max_workers=workers) as pool:
            yield pool
        return
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise UserInputError(f"the dask backend needs Dask installed: pip install {DASK_PINS}") from None
    address = dask_address or os.environ.get("REPLENISH_DASK_SCHEDULER")
    if address:
        with Client(address) as client:
            yield client.get_executor()
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True) as cluster, Client(cluster) as client:
        yield client.get_executor()


def _run_chunks(
    function: Any, items: list[Any], args: tuple[Any, ...], backend: str, n_jobs: int | None,
    progress: bool, description: str, dask_address: str | None = None,
) -> list[Any]:
    """Apply ``function(chunk, *args)`` to chunks of ``items``; results in input order."""
    workers = n_jobs or os.cpu_count() or 1
    size = max(1, min(32, math.ceil(len(items) / (workers * 4))))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    results: list[list[Any]] = [[] for _ in chunks]
    bar = tqdm(total=len(items), desc=description, unit="series", file=sys.stderr, disable=not progress)
    with bar, _executor(backend, n_jobs, dask_address) as pool:
        if pool is None:
            for index, chunk in enumerate(chunks):
                results[index] = function(chunk, *args)
                bar.update(len(chunk))
        else:
            pending = {pool.submit(function, chunk, *args): index for index, chunk in enumerate(chunks)}
            for done in futures.as_completed(pending):
                index = pending[done]
                results[index] = done.result()
                bar.update(len(chunks[index]))
    return [row for chunk_result in results for row in chunk_result]


def forecast_all(
    series: Mapping[str, np.ndarray],
    horizon: int,
    freq: str,
    quantiles: Sequence[float] = DEFAULT_QUANTILES,
    model: str = "auto",
    *,
    period_starts: pd.DatetimeIndex | None = None,
    folds: int = DEFAULT_FOLDS,
    n_jobs: int | None = None,
    progress: bool = True,
    backend: str = "process",
    dask_address: str | None = None,
) -> pd.DataFrame:
    """Forecast every series; one row per sku and horizon period.

    Columns: ``sku, date, model, forecast`` and one ``q<level>`` column per quantile
    (SPEC §5). ``period_starts`` (from :func:`prepare_series`) dates the rows: the
    ``horizon`` periods after its last date; without it ``date`` is the step 1..horizon.
    ``n_jobs`` worker processes (default: all cores; 1 runs here); ``backend="dask"``
    runs the series on a Dask cluster (``dask_address`` or ``$REPLENISH_DASK_SCHEDULER``,
    else a local one). A global model (LSTM) is fitted once across all series here.
    """
    horizon = check_horizon(horizon)
    freq = check_freq(freq)
    levels = check_quantiles(quantiles)
    name = check_model(model)
    season_length = season_length_for(freq)
    items = [(str(sku), np.asarray(y, dtype=float)) for sku, y in series.items()]
    if name in GLOBAL_MODELS:
        global_model = _make_global(name, horizon, progress)
        histories = [y for _, y in items]
        forecasts = global_model.fit(histories).predict(histories, horizon, levels) if items else []
        results = [
            (sku, SeriesForecast(name, Forecast(f.mean, finalize_quantiles(f.mean, f.quantiles)), classify_demand(y).demand_class))
            for (sku, y), f in zip(items, forecasts, strict=True)
        ]
    else:
        results = _run_chunks(
            _forecast_chunk, items, (horizon, season_length, levels, name, folds),
            backend, n_jobs, progress, "forecast", dask_address,
        )
    if period_starts is not None and len(period_starts):
        dates: Sequence[Any] = future_dates(pd.Timestamp(period_starts[-1]), horizon, freq)
    else:
        dates = list(range(1, horizon + 1))
    columns: dict[str, list[Any]] = {"sku": [], "date": [], "model": [], "forecast": []}
    columns.update({quantile_column(q): [] for q in levels})
    for sku, result in results:
        columns["sku"].extend([sku] * horizon)
        columns["date"].extend(dates)
        columns["model"].extend([result.model] * horizon)
        columns["forecast"].extend(result.forecast.mean.tolist())
        for q in levels:
            columns[quantile_column(q)].extend(result.forecast.quantiles[q].tolist())
    return pd.DataFrame(columns)


def _global_fold_forecasts(
    name: str, items: list[tuple[str, np.ndarray]], horizon: int, folds: int, step: int | None,
    levels: tuple[float, ...], progress: bool = False,
) -> dict[str, list[Forecast]]:
    """Fold forecasts of a global model: one fit across all series per fold origin."""
    step = horizon if step is None else step
    per_series: dict[str, list[Forecast]] = {sku: [] for sku, _ in items}
    for j in range(folds):
        back = horizon + (folds - 1 - j) * step  # periods held out at this fold, for every series
        members = [(sku, y[: y.size - back]) for sku, y in items if y.size - back in fold_origins(y.size, horizon, folds, step)]
        if not members:
            continue
        model = _make_global(name, horizon, progress)
        histories = [y for _, y in members]
        for (sku, _), forecast in zip(members, model.fit(histories).predict(histories, horizon, levels), strict=True):
            per_series[sku].append(forecast)
    return per_series


def backtest_all(
    series: Mapping[str, np.ndarray],
    horizon: int,
    folds: int = DEFAULT_FOLDS,
    freq: str = "D",
    quantiles: Sequence[float] = DEFAULT_QUANTILES,
    *,
    step: int | None = None,
    models: Sequence[str] | None = None,
    n_jobs: int | None = None,
    progress: bool = True,
    backend: str = "process",
    dask_address: str | None = None,
) -> dict[str, Any]:
    """Rolling-origin backtest of every model on every series (JSON-ready dict).

    ``models``: local and global model names (default: every local model, and ``auto``
    chooses among those suited to each series' demand class; given names all compete).
    The ensemble of each series' best three and the honestly scored ``auto`` are always
    reported.
    """
    horizon = check_horizon(horizon)
    freq = check_freq(freq)
    if isinstance(folds, bool) or int(folds) < 1:
        raise UserInputError(f"folds must be at least 1, got {folds!r}")
    levels = evaluation_quantiles(check_quantiles(quantiles))
    names = [check_model(m) for m in (models or list(LOCAL_MODELS))]
    local = tuple(m for m in names if m in LOCAL_MODELS) if models else None  # None: all, class candidates
    items = [(str(sku), np.asarray(y, dtype=float)) for sku, y in series.items()]
    extra: dict[str, dict[str, list[Forecast]]] = {sku: {} for sku, _ in items}
    for name in (m for m in names if m in GLOBAL_MODELS):
        for sku, fold_forecasts in _global_fold_forecasts(name, items, horizon, folds, step, levels, progress).items():
            extra[sku][name] = fold_forecasts
    season_length = season_length_for(freq)
    results = _run_chunks(
        _backtest_chunk, [(sku, y, extra[sku]) for sku, y in items],
        (horizon, int(folds), step, season_length, levels, local), backend, n_jobs, progress, "backtest", dask_address,
    )
    per_series = dict(results)
    summary = summarize(per_series)
    return _json_ready(
        {
            "series": len(per_series),
            "horizon": horizon,
            "folds": int(folds),
            "step": horizon if step is None else step,
            "freq": freq,
            "selection_metric": "spl",
            "models": summary["models"],
            "selected": summary["selected"],
            "per_series": {sku: bt.as_dict() for sku, bt in per_series.items()},
        }
    )


def _json_ready(value: Any) -> Any:
    """Replace NaN/inf by None and numpy scalars by Python numbers."""
    if isinstance(value, dict):
        return {str(k): _json_ready(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_ready(v) for v in value]
    if isinstance(value, (float, np.floating)):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, np.integer):
        return int(value)
    return value


# -- runners for the CLI ----------------------------------------------------------------


def _read_sales(sales_path: str | Path) -> pd.DataFrame:
    from forecasting.sales_input import read_sales

    return read_sales(sales_path)


def run_forecast(
    sales_path: str | Path,
    horizon: int,
    freq: str | None = None,
    quantiles: Sequence[float] = DEFAULT_QUANTILES,
    out_path: str | Path = "forecast.csv",
    model: str = "auto",
    *,
    folds: int = DEFAULT_FOLDS,
    n_jobs: int | None = None,
    progress: bool = True,
    backend: str = "process",
) -> dict[str, Any]:
    """``replenish forecast``: forecast every sku of a sales CSV and write the forecast CSV.

    Returns ``{"series": n, "seconds": s, "models": {model: count}}`` (SPEC §5) plus the
    frequency, horizon, quantiles and output path used.
    """
    started = time.perf_counter()
    horizon = check_horizon(horizon)
    levels = check_quantiles(quantiles)
    name = check_model(model)
    if freq is not None:
        freq = check_freq(freq)
    sales = _read_sales(sales_path)
    series, calendar = prepare_series(sales, freq)
    freq = freq or infer_freq(sales["date"])
    table = forecast_all(
        series, horizon, freq, levels, name, period_starts=calendar, folds=folds,
        n_jobs=n_jobs, progress=progress, backend=backend,
    )
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(out, index=False, date_format="%Y-%m-%d")
    per_sku = table.drop_duplicates("sku")["model"].value_counts()
    return {
        "series": len(series),
        "seconds": time.perf_counter() - started,
        "models": {str(k): int(v) for k, v in per_sku.items()},
        "freq": freq,
        "horizon": horizon,
        "quantiles": list(levels),
        "out": str(out),
    }


def run_backtest(
    sales_path: str | Path,
    horizon: int,
    folds: int = DEFAULT_FOLDS,
    freq: str | None = None,
    quantiles: Sequence[float] = DEFAULT_QUANTILES,
    *,
    models: Sequence[str] | None = None,
    n_jobs: int | None = None,
    progress: bool = True,
    backend: str = "process",
) -> dict[str, Any]:
    """``replenish backtest``: per-model and per-series metrics of a rolling-origin backtest."""
    started = time.perf_counter()
    horizon = check_horizon(horizon)
    if freq is not None:
        freq = check_freq(freq)
    sales = _read_sales(sales_path)
    series, _ = prepare_series(sales, freq)
    freq = freq or infer_freq(sales["date"])
    result = backtest_all(
        series, horizon, folds, freq, quantiles, models=models, n_jobs=n_jobs, progress=progress, backend=backend
    )
    result["seconds"] = time.perf_counter() - started
    return result


def to_json(result: Mapping[str, Any]) -> str:
    """One JSON document (for ``--json``)."""
    return json.dumps(_json_ready(dict(result)))
