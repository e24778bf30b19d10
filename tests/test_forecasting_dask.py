"""The Dask backend on a real local cluster gives the same forecasts as the process pool."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from forecasting.engine import forecast_all

pytest.importorskip("distributed", reason="install the 'cluster' extra for the Dask backend")


def test_dask_local_cluster_matches_process_pool() -> None:
    rng = np.random.default_rng(7)
    weekly = np.tile([12.0, 10, 9, 11, 14, 3, 1], 20)
    series = {
        "A-1": weekly + rng.integers(0, 3, weekly.size),
        "B-2": np.where(rng.random(140) < 0.2, rng.integers(1, 9, 140), 0).astype(float),
        "C-3": np.full(140, 4.0),
    }
    options = {"horizon": 7, "freq": "D", "quantiles": (0.05, 0.5, 0.95), "model": "AutoETS", "progress": False}
    pooled = forecast_all(series, backend="process", n_jobs=2, **options)
    clustered = forecast_all(series, backend="dask", n_jobs=2, **options)
    pd.testing.assert_frame_equal(
        pooled.sort_values(["sku", "date"]).reset_index(drop=True),
        clustered.sort_values(["sku", "date"]).reset_index(drop=True),
    )
    assert set(clustered["sku"]) == {"A-1", "B-2", "C-3"}
