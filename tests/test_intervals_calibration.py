"""Calibration of the conformal intervals: effective number of errors and coverage."""

from __future__ import annotations

import numpy as np
import pytest

from forecasting.intervals import (
    EFFECTIVE_ERRORS_PER_WINDOW,
    calibration_origins,
    conformal_quantiles,
    effective_error_count,
    quantile_forecast,
    window_correlation,
)

WINDOWS, HORIZON = 20, 28


def _iid_errors(rng: np.random.Generator, windows: int = WINDOWS, horizon: int = HORIZON) -> np.ndarray:
    return rng.normal(size=(windows, horizon))


def _window_shift_errors(rng: np.random.Generator, windows: int = WINDOWS, horizon: int = HORIZON) -> np.ndarray:
    """Each window one level error repeated over its steps, plus a little noise."""
    return rng.normal(size=(windows, 1)) + 0.05 * rng.normal(size=(windows, horizon))


def test_window_correlation_tells_independent_from_shared_errors() -> None:
    rng = np.random.default_rng(0)
    assert window_correlation(_iid_errors(rng)) < 0.05
    assert window_correlation(_window_shift_errors(rng)) > 0.9
    # One error per window: no pair to measure, treated as fully correlated.
    assert window_correlation(rng.normal(size=(10, 1))) == 1.0


def test_effective_count_independent_disjoint_windows_is_about_all_errors() -> None:
    rng = np.random.default_rng(1)
    errors = _iid_errors(rng)
    origins = [100 + HORIZON * k for k in range(WINDOWS)]  # windows side by side
    count = effective_error_count(errors, origins=origins)
    assert 0.8 * WINDOWS * HORIZON < count <= WINDOWS * HORIZON


def test_effective_count_floor_for_correlated_or_overlapping_windows() -> None:
    rng = np.random.default_rng(2)
    floor = EFFECTIVE_ERRORS_PER_WINDOW * WINDOWS
    assert effective_error_count(_window_shift_errors(rng)) == pytest.approx(floor)
    errors = _iid_errors(rng)
    disjoint = effective_error_count(errors, origins=[HORIZON * k for k in range(WINDOWS)])
    overlapping = effective_error_count(errors, origins=list(range(WINDOWS)))  # one period apart
    assert overlapping < disjoint / 5
    assert overlapping >= floor


def test_effective_count_ignores_unobserved_steps_and_empty_windows() -> None:
    errors = np.full((4, 5), np.nan)
    assert effective_error_count(errors) == 0.0
    errors[0, :3] = [1.0, -1.0, 0.5]
    assert effective_error_count(errors) >= EFFECTIVE_ERRORS_PER_WINDOW


def test_conformal_quantiles_keep_their_signature_without_origins() -> None:
    rng = np.random.default_rng(3)
    bands = conformal_quantiles(np.full(HORIZON, 10.0), _iid_errors(rng), (0.05, 0.5, 0.95))
    assert set(bands) == {0.05, 0.5, 0.95}
    assert np.all(bands[0.05] < bands[0.5]) and np.all(bands[0.5] < bands[0.95])


def test_independent_errors_give_intervals_near_nominal_not_the_floor_width() -> None:
    """Many nearly independent errors: the 0.95 quantile is close to the true one (1.645 sd);
    the floor alone (30 effective errors) would take about the 98th percentile (2.1 sd)."""
    rng = np.random.default_rng(4)
    widths = []
    for _ in range(30):
        errors = _iid_errors(rng)
        origins = [HORIZON * k for k in range(WINDOWS)]
        bands = conformal_quantiles(np.zeros(HORIZON), errors, (0.05, 0.95), origins)
        # step_scale fits mean |error| per step (0.8 sd for a normal): back to sd units.
        widths.append(np.median(bands[0.95] - bands[0.05]) / 2)
    assert 1.5 < np.mean(widths) < 1.85


def test_quantile_forecast_covers_about_90_percent_of_daily_counts() -> None:
    """Poisson daily demand, forecast by the running mean: 90% intervals on fresh days.

    The data are counts, so the interval [q0.05, q0.95] counts ties at its bounds: its
    coverage with bounds included must be 0.88-0.94 and the share strictly above q0.95
    near 0.05 (with the per-window floor alone: coverage 0.96, 0.02 above).
    """
    rng = np.random.default_rng(5)
    inside, above, below = [], [], []
    horizon = 28
    forecaster = lambda history, steps: np.full(steps, history.mean())  # noqa: E731
    for _ in range(40):
        y = rng.poisson(4.0, size=700).astype(float)
        future = rng.poisson(4.0, size=horizon).astype(float)
        point = np.full(horizon, y.mean())
        bands = quantile_forecast(y, point, forecaster, (0.05, 0.5, 0.95), min_train=28)
        inside.append(np.mean((future >= bands[0.05]) & (future <= bands[0.95])))
        above.append(np.mean(future > bands[0.95]))
        below.append(np.mean(future < bands[0.05]))
    assert 0.88 <= np.mean(inside) <= 0.94
    assert 0.03 <= np.mean(above) <= 0.08
    assert np.mean(below) <= 0.08


def test_overlapping_origins_from_short_history_stay_conservative() -> None:
    """A short monthly-like history: windows overlap, the count stays at the floor."""
    n, horizon = 60, 18
    origins = calibration_origins(n, horizon, min_train=24)
    rng = np.random.default_rng(6)
    errors = np.cumsum(rng.normal(size=(len(origins), horizon)), axis=1)  # random-walk errors
    count = effective_error_count(errors, origins=origins)
    assert count == pytest.approx(EFFECTIVE_ERRORS_PER_WINDOW * len(origins))
