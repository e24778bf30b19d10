"""Wall time and peak memory of forecasting N daily series × 3 years, against statsforecast.

For each N (default 100; the issue asks for 100 / 1,000 / 10,000) it generates N
realistic daily demand series (negative binomial with weekly and yearly seasonality,
trends, a share of intermittent and late-launched items; seeded), then measures in
child processes, one at a time so peak memory is each run's own:

- ``replenish auto``: backtest of every suited model on 3 folds, per-series
  selection, calibrated quantiles (``forecasting.engine.forecast_all``, process pool);
- anchor: statsforecast's ``StatsForecast(models=[AutoETS(season_length=7)])`` with
  ``level=[90]`` on the same series and cores (no backtest, no selection).

Prints a table with seconds, seconds per series, peak RSS and the ratio to the anchor,
and the growth factor between consecutive N (linear scaling ⇒ ≈ the ratio of N).
Usage::

    python benchmarks/forecast_scaling.py --sizes 100 1000 --horizon 28 --jobs 2
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DAYS = 3 * 365


def make_series(count: int, seed: int = 0) -> dict[str, np.ndarray]:
    """``count`` daily demand series of DAYS days (units/day)."""
    rng = np.random.default_rng(seed)
    days = np.arange(DAYS)
    series = {}
    for index in range(count):
        level = rng.lognormal(1.0, 1.2)
        weekly = 1 + rng.uniform(0, 0.6) * np.sin(2 * np.pi * days / 7 + rng.uniform(0, 7))
        yearly = 1 + rng.uniform(0, 0.4) * np.sin(2 * np.pi * days / 365 + rng.uniform(0, 6))
        trend = 1 + rng.uniform(-0.3, 0.5) * days / DAYS
        mean = np.clip(level * weekly * yearly * trend, 0.01, None)
        dispersion = rng.uniform(0.5, 5)
        values = rng.negative_binomial(dispersion, dispersion / (dispersion + mean)).astype(float)
        if rng.random() < 0.15:  # launched later
            values[: rng.integers(100, 700)] = 0
        series[f"SKU-{index:05d}"] = values
    return series


def _peak_rss_kib() -> int:
    """Largest resident set of this process or any of its finished workers (KiB)."""
    return max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )


def _replenish(count: int, horizon: int, jobs: int, queue: multiprocessing.Queue) -> None:
    from forecasting.engine import forecast_all

    series = make_series(count)
    started = time.perf_counter()
    forecast_all(series, horizon, "D", (0.05, 0.5, 0.95), "auto", n_jobs=jobs, progress=False)
    queue.put((time.perf_counter() - started, _peak_rss_kib()))


def _statsforecast(count: int, horizon: int, jobs: int, queue: multiprocessing.Queue) -> None:
    from statsforecast import StatsForecast
    from statsforecast.models import AutoETS

    series = make_series(count)
    dates = pd.date_range("2023-11-23", periods=DAYS, freq="D")
    frame = pd.DataFrame(
        {
            "unique_id": np.repeat(list(series), DAYS),
            "ds": np.tile(dates, len(series)),
            "y": np.concatenate(list(series.values())),
        }
    )
    started = time.perf_counter()
    StatsForecast(models=[AutoETS(season_length=7)], freq="D", n_jobs=jobs).forecast(df=frame, h=horizon, level=[90])
    queue.put((time.perf_counter() - started, _peak_rss_kib()))


def measure(target, count: int, horizon: int, jobs: int) -> tuple[float, float]:
    """Seconds and peak RSS (MiB, largest single process of the run) of one run in a child."""
    queue: multiprocessing.Queue = multiprocessing.Queue()
    child = multiprocessing.Process(target=target, args=(count, horizon, jobs, queue))
    child.start()
    seconds, peak_kib = queue.get()
    child.join()
    return seconds, peak_kib / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100])
    parser.add_argument("--horizon", type=int, default=28)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    table = Table(title=f"Forecasting daily series × {DAYS} days, h={args.horizon}, {args.jobs} processes")
    for header in ("series", "method", "seconds", "s/series", "peak MiB", "× anchor", "growth"):
        table.add_column(header, justify="right" if header not in ("method",) else "left")
    previous: dict[str, float] = {}
    for count in args.sizes:
        anchor_seconds, anchor_rss = measure(_statsforecast, count, args.horizon, args.jobs)
        ours_seconds, ours_rss = measure(_replenish, count, args.horizon, args.jobs)
        for method, seconds, rss in (
            ("statsforecast AutoETS", anchor_seconds, anchor_rss),
            ("replenish auto", ours_seconds, ours_rss),
        ):
            growth = f"{seconds / previous[method]:.1f}" if method in previous else ""
            table.add_row(
                str(count), method, f"{seconds:.1f}", f"{seconds / count:.3f}", f"{rss:.0f}",
                f"{seconds / anchor_seconds:.1f}", growth,
            )
            previous[method] = seconds
    Console(width=120).print(table)
    print("anchor = statsforecast AutoETS(season_length=7), level=[90], no backtest; replenish auto = "
          "3-fold backtest of the suited models, per-series selection, calibrated quantiles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
