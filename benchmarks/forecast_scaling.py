"""Wall time and peak memory of forecasting N daily series × 3 years, against statsforecast.

For each N (default 100; the issue asks for 100 / 1,000 / 10,000) it generates N
realistic daily demand series (negative binomial with weekly and yearly seasonality,
trends, a share of intermittent and late-launched items; seeded), then measures in
child processes, one at a time so peak memory is each run's own:

- ``replenish auto``: backtest of every suited model on 3 folds, per-series
  selection, calibrated quantiles (``forecasting.engine.forecast_all``, process pool);
- anchor: statsforecast's ``StatsForecast(models=[AutoETS(season_length=7)])`` with
  ``level=[90]`` on the same series and cores (no backtest, no selection).

Prints a table with wall seconds, seconds per series, CPU seconds per series (all
processes of the run: a busy machine stretches the wall time, not the CPU time), peak
RSS of the largest process of the run (the parent or one of the ``--jobs`` workers) and
the ratio to the anchor, and the growth factor between consecutive N (linear scaling ⇒
≈ the ratio of N). ``--anchor-max M`` measures the anchor on the first M series only and
scales its time linearly to N (marked ``scaled from M``): the anchor alone takes about
0.1 s per series. Each row is also printed as it is measured (``--json PATH`` appends
it as a JSON line), so a long run in the background leaves partial results. The load
average before and after each run shows how busy the machine was. Usage::

    python benchmarks/forecast_scaling.py --sizes 100 1000 --horizon 28 --jobs 2
    python benchmarks/forecast_scaling.py --sizes 10000 --anchor-max 1000 --json scaling.jsonl
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
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


def _cpu_seconds() -> float:
    """User + system CPU time of this process and its finished workers."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _replenish(count: int, horizon: int, jobs: int, queue: multiprocessing.Queue) -> None:
    from forecasting.engine import forecast_all

    series = make_series(count)
    cpu, started = _cpu_seconds(), time.perf_counter()
    forecast_all(series, horizon, "D", (0.05, 0.5, 0.95), "auto", n_jobs=jobs, progress=False)
    queue.put((time.perf_counter() - started, _cpu_seconds() - cpu, _peak_rss_kib()))


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
    cpu, started = _cpu_seconds(), time.perf_counter()
    StatsForecast(models=[AutoETS(season_length=7)], freq="D", n_jobs=jobs).forecast(df=frame, h=horizon, level=[90])
    queue.put((time.perf_counter() - started, _cpu_seconds() - cpu, _peak_rss_kib()))


def measure(target, count: int, horizon: int, jobs: int) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MiB, largest single process) of one run in a child."""
    queue: multiprocessing.Queue = multiprocessing.Queue()
    child = multiprocessing.Process(target=target, args=(count, horizon, jobs, queue))
    child.start()
    seconds, cpu, peak_kib = queue.get()
    child.join()
    return seconds, cpu, peak_kib / 1024


def _load() -> str:
    return "/".join(f"{value:.1f}" for value in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100])
    parser.add_argument("--horizon", type=int, default=28)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument(
        "--anchor-max", type=int, default=1000,
        help="measure the anchor on at most this many series and scale linearly (0: no anchor)",
    )
    parser.add_argument("--json", type=Path, help="append each measured row to this file as a JSON line")
    args = parser.parse_args(argv)
    table = Table(title=f"Forecasting daily series × {DAYS} days, h={args.horizon}, {args.jobs} processes")
    headers = ("series", "method", "seconds", "s/series", "CPU s/series", "peak MiB", "× anchor", "growth", "load 1/5/15 min")
    for header in headers:
        table.add_column(header, justify="left" if header in ("method", "load 1/5/15 min") else "right")
    previous: dict[str, float] = {}
    for count in args.sizes:
        runs = []
        anchor_seconds = None
        if args.anchor_max > 0:
            subset = min(count, args.anchor_max)
            load = _load()
            seconds, cpu, rss = measure(_statsforecast, subset, args.horizon, args.jobs)
            scale = count / subset
            anchor_seconds = seconds * scale
            method = "statsforecast AutoETS" + (f" (scaled from {subset})" if subset < count else "")
            runs.append((method, "anchor", anchor_seconds, cpu * scale, rss, f"{load} → {_load()}"))
        load = _load()
        seconds, cpu, rss = measure(_replenish, count, args.horizon, args.jobs)
        runs.append(("replenish auto", "replenish", seconds, cpu, rss, f"{load} → {_load()}"))
        for method, key, seconds, cpu, rss, loads in runs:
            growth = f"{seconds / previous[key]:.1f}" if key in previous else ""
            ratio = f"{seconds / anchor_seconds:.1f}" if anchor_seconds else ""
            row = (
                str(count), method, f"{seconds:.1f}", f"{seconds / count:.3f}", f"{cpu / count:.3f}", f"{rss:.0f}",
                ratio, growth, loads,
            )
            table.add_row(*row)
            print("  ".join(f"{h}={v}" for h, v in zip(headers, row, strict=True)), flush=True)
            if args.json:
                with args.json.open("a") as out:
                    out.write(json.dumps(dict(zip(headers, row, strict=True))) + "\n")
            previous[key] = seconds
    Console(width=160).print(table)
    print("anchor = statsforecast AutoETS(season_length=7), level=[90], no backtest; replenish auto = "
          "3-fold backtest of the suited models, per-series selection, calibrated quantiles; "
          f"peak MiB = largest single process (the parent and {args.jobs} workers run at once)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
