"""Local models, quantile calibration and the ensemble on series with known answers."""

from __future__ import annotations

import numpy as np
import pytest

from forecasting.base import Forecast
from forecasting.ensemble import Ensemble, combine_forecasts
from forecasting.intervals import calibration_origins, quantile_forecast
from forecasting.models import LOCAL_MODELS, SeasonalNaive, make_model, season_length_for
from data.errors import UserInputError

QUANTILES = (0.05, 0.25, 0.5, 0.75, 0.95)
SEASON = 4  # short seasons keep the statsforecast searches fast


def assert_sane(forecast: Forecast, horizon: int) -> None:
    """Finite, non-negative, non-crossing quantiles; the point inside the central intervals."""
    assert forecast.horizon == horizon
    assert np.all(np.isfinite(forecast.mean)) and np.all(forecast.mean >= 0)
    levels = sorted(forecast.quantiles)
    stacked = np.vstack([forecast.quantiles[q] for q in levels])
    assert np.all(np.isfinite(stacked)) and np.all(stacked >= 0)
    assert np.all(np.diff(stacked, axis=0) >= -1e-9), "quantiles cross"
    for q in levels:
        if q < 0.5:
            assert np.all(forecast.quantiles[q] <= forecast.mean + 1e-9)
        if q > 0.5:
            assert np.all(forecast.quantiles[q] >= forecast.mean - 1e-9)


def test_season_length_by_frequency() -> None:
    assert [season_length_for(f) for f in "DWM"] == [7, 52, 12]
    with pytest.raises(UserInputError):
        season_length_for("Q")


def test_pure_seasonal_series_is_forecast_exactly_by_seasonal_naive() -> None:
    pattern = np.array([3.0, 10.0, 0.0, 7.0, 5.0, 1.0, 2.0])
    y = np.tile(pattern, 6)
    forecast = SeasonalNaive(season_length=7).fit(y).predict(10, QUANTILES)
    np.testing.assert_allclose(forecast.mean, np.tile(pattern, 2)[:10])
    for values in forecast.quantiles.values():  # no error in calibration: no spread
        np.testing.assert_allclose(values, forecast.mean)


def test_seasonal_naive_falls_back_to_naive_below_one_season() -> None:
    model = SeasonalNaive(season_length=12).fit([4.0, 9.0, 6.0])
    forecast = model.predict(3, QUANTILES)
    assert model.fitted_name == "Naive"
    np.testing.assert_allclose(forecast.mean, [6.0, 6.0, 6.0])
    assert_sane(forecast, 3)


@pytest.mark.parametrize("name", list(LOCAL_MODELS))
def test_constant_series_forecasts_the_constant_with_a_zero_width_band(name: str) -> None:
    forecast = make_model(name, SEASON).fit(np.full(30, 4.0)).predict(6, QUANTILES)
    np.testing.assert_allclose(forecast.mean, 4.0)
    for values in forecast.quantiles.values():
        np.testing.assert_allclose(values, 4.0)


@pytest.mark.parametrize("name", list(LOCAL_MODELS))
@pytest.mark.parametrize("length", [1, 2, 3, 30])
def test_all_zero_series_forecasts_zero(name: str, length: int) -> None:
    forecast = make_model(name, SEASON).fit(np.zeros(length)).predict(5, QUANTILES)
    np.testing.assert_allclose(forecast.mean, 0.0)
    for values in forecast.quantiles.values():
        np.testing.assert_allclose(values, 0.0)


@pytest.mark.parametrize("name", list(LOCAL_MODELS))
@pytest.mark.parametrize("history", [[7.0], [2.0, 9.0], [0.0, 5.0, 1.0], [12.0, 0.0, 0.0]])
def test_very_short_series_never_crash(name: str, history: list[float]) -> None:
    model = make_model(name, SEASON).fit(history)
    forecast = model.predict(4, QUANTILES)
    assert_sane(forecast, 4)
    assert model.fitted_name  # says which model (after fallback) produced the numbers
    assert forecast.quantiles[0.95].max() > 0  # some demand seen: the band is not empty


@pytest.mark.parametrize("name", list(LOCAL_MODELS))
def test_intermittent_series_with_filled_gaps(name: str) -> None:
    rng = np.random.default_rng(3)
    y = np.where(rng.random(40) < 0.3, rng.integers(1, 8, 40), 0).astype(float)
    forecast = make_model(name, SEASON).fit(y).predict(8, QUANTILES)
    assert_sane(forecast, 8)
    assert forecast.quantiles[0.05].min() == 0.0  # zero demand is a likely outcome


@pytest.mark.parametrize("name", list(LOCAL_MODELS))
def test_trending_seasonal_series_gives_sane_quantiles(name: str) -> None:
    rng = np.random.default_rng(5)
    t = np.arange(36)
    y = 20 + 0.5 * t + 6 * np.sin(2 * np.pi * t / SEASON) + rng.normal(0, 2, t.size)
    forecast = make_model(name, SEASON).fit(y).predict(6, QUANTILES)
    assert_sane(forecast, 6)
    assert np.all(forecast.quantiles[0.95] - forecast.quantiles[0.05] > 0)


def test_negative_forecasts_are_clipped_for_demand() -> None:
    y = np.array([50.0, 40, 30, 20, 10, 5, 2, 1, 0.5, 0.2] * 1)
    forecast = make_model("AutoARIMA", 1).fit(y).predict(12, QUANTILES)
    assert_sane(forecast, 12)


def test_ninety_percent_interval_covers_about_ninety_percent_of_iid_demand() -> None:
    rng = np.random.default_rng(11)
    inside = []
    for _ in range(60):
        y = rng.poisson(20, 66).astype(float)
        forecast = make_model("ADIDA").fit(y[:60]).predict(6, (0.05, 0.95))
        actual = y[60:]
        inside.append((actual >= forecast.quantiles[0.05]) & (actual <= forecast.quantiles[0.95]))
    assert 0.82 <= np.mean(inside) <= 0.98


def test_calibration_origins_leave_a_full_window_and_stay_in_the_history() -> None:
    origins = calibration_origins(n=100, horizon=10, min_train=24)
    assert origins[0] == 24 and origins[-1] == 90 and len(origins) == 20
    short = calibration_origins(n=6, horizon=10, min_train=2)
    assert short == [2, 3, 4, 5]


def test_quantiles_of_a_too_short_history_fall_back_to_a_poisson_band() -> None:
    point = np.array([4.0, 4.0])
    bands = quantile_forecast(np.array([4.0]), point, lambda h, steps: np.full(steps, 4.0), (0.05, 0.5, 0.95))
    assert bands[0.05][0] < 4.0 < bands[0.95][0]  # Poisson(4): 1 .. 8


def test_combine_forecasts_averages_points_and_quantiles() -> None:
    a = Forecast(np.array([1.0, 2.0]), {0.05: np.array([0.0, 1.0]), 0.95: np.array([3.0, 4.0])})
    b = Forecast(np.array([3.0, 4.0]), {0.05: np.array([2.0, 1.0]), 0.95: np.array([5.0, 8.0])})
    combined = combine_forecasts([a, b])
    np.testing.assert_allclose(combined.mean, [2.0, 3.0])
    np.testing.assert_allclose(combined.quantiles[0.05], [1.0, 1.0])
    np.testing.assert_allclose(combined.quantiles[0.95], [4.0, 6.0])
    np.testing.assert_allclose(combine_forecasts([a, b, b], how="median").mean, [3.0, 4.0])


def test_ensemble_is_a_local_model() -> None:
    y = np.tile([1.0, 5.0, 3.0, 8.0], 8)
    ensemble = Ensemble([make_model("SeasonalNaive", SEASON), make_model("CrostonSBA")])
    forecast = ensemble.fit(y).predict(4, QUANTILES)
    assert_sane(forecast, 4)
    assert ensemble.fitted_name == "Ensemble(SeasonalNaive+CrostonSBA)"


def test_unknown_model_is_a_user_error() -> None:
    with pytest.raises(UserInputError, match="unknown model"):
        make_model("prophet")
