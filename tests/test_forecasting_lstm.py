"""The global LSTM forecaster on small synthetic data (kept fast: tiny network, CPU)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from forecasting.base import GlobalModel
from forecasting.lstm import TRAINING_QUANTILES, LSTMForecaster
from forecasting.metrics import pinball_loss

HORIZON = 7
WEEKLY = np.array([1.0, 2.0, 3.0, 8.0, 3.0, 2.0, 1.0])
# A tiny network on one CPU thread keeps the tests fast even with parallel test workers.
SMALL: dict[str, Any] = {
    "horizon": HORIZON,
    "input_size": 21,
    "hidden_size": 32,
    "batch_size": 64,
    "device": "cpu",
    "progress": False,
    "num_threads": 1,
}


def weekly_series(n_series: int = 6, weeks: int = 30, seed: int = 1) -> list[np.ndarray]:
    """Poisson counts around a strong weekly pattern; levels differ by series (×1 … ×10)."""
    rng = np.random.default_rng(seed)
    levels = np.geomspace(1, 10, n_series)
    return [rng.poisson(level * np.tile(WEEKLY, weeks)).astype(float) for level in levels]


@pytest.fixture(scope="module")
def weekly() -> list[np.ndarray]:
    return weekly_series()


@pytest.fixture(scope="module")
def trained(weekly: list[np.ndarray]) -> LSTMForecaster:
    histories = [y[:-HORIZON] for y in weekly]
    return LSTMForecaster(
        **SMALL, max_epochs=12, steps_per_epoch=40, learning_rate=5e-3, seed=0
    ).fit(histories)


def mean_pinball(actual: np.ndarray, quantiles: dict[float, np.ndarray]) -> float:
    return float(np.mean([pinball_loss(actual, values, q) for q, values in quantiles.items()]))


def test_follows_the_global_model_protocol() -> None:
    model: GlobalModel = LSTMForecaster(**SMALL)
    assert model.name == "lstm"


def test_learns_weekly_pattern_better_than_constant_quantiles(
    trained: LSTMForecaster, weekly: list[np.ndarray]
) -> None:
    levels = (0.05, 0.25, 0.5, 0.75, 0.95)
    forecasts = trained.predict([y[:-HORIZON] for y in weekly], HORIZON, levels)
    model_loss, baseline_loss = [], []
    for y, forecast in zip(weekly, forecasts, strict=True):
        history, actual = y[:-HORIZON], y[-HORIZON:]
        # Baseline: the empirical quantiles of the last 8 weeks, the same every day.
        constant = {q: np.full(HORIZON, np.quantile(history[-56:], q)) for q in levels}
        model_loss.append(mean_pinball(actual, forecast.quantiles) / history.mean())
        baseline_loss.append(mean_pinball(actual, constant) / history.mean())
    # Seeds 0-1 on three data sets gave 0.45-0.57 (a perfect Poisson oracle: 0.38-0.47).
    assert np.mean(model_loss) < 0.75 * np.mean(baseline_loss)
    # The point forecast puts the peak (pattern index 3) on the right day of the week.
    expected_peak = (3 - (len(weekly[0]) - HORIZON)) % 7
    assert all(int(np.argmax(f.mean)) == expected_peak for f in forecasts)


def test_quantiles_are_monotone_non_negative_and_interpolated(
    trained: LSTMForecaster, weekly: list[np.ndarray]
) -> None:
    levels = (0.05, 0.1, 0.33, 0.5, 0.9, 0.95)
    for forecast in trained.predict(weekly, HORIZON, levels):
        stacked = np.stack([forecast.quantiles[q] for q in levels])
        assert stacked.shape == (len(levels), HORIZON)
        assert np.all(np.diff(stacked, axis=0) >= 0)
        assert np.all(stacked >= 0) and np.all(forecast.mean >= 0)
        # 0.33 lies between the trained 0.30 and 0.35, so between 0.1 and 0.5.
        assert np.all(forecast.quantiles[0.1] <= forecast.quantiles[0.33])
        assert np.all(forecast.quantiles[0.33] <= forecast.quantiles[0.5])
    assert 0.05 in TRAINING_QUANTILES and 0.5 in TRAINING_QUANTILES and 0.95 in TRAINING_QUANTILES


def test_shorter_horizon_is_the_start_of_the_full_one(
    trained: LSTMForecaster, weekly: list[np.ndarray]
) -> None:
    full = trained.predict(weekly[:2], HORIZON)
    short = trained.predict(weekly[:2], 3)
    for long_forecast, short_forecast in zip(full, short, strict=True):
        assert short_forecast.horizon == 3
        np.testing.assert_allclose(short_forecast.mean, long_forecast.mean[:3])
        np.testing.assert_allclose(
            short_forecast.quantiles[0.95], long_forecast.quantiles[0.95][:3]
        )


def test_handles_all_zero_short_empty_and_missing_series(weekly: list[np.ndarray]) -> None:
    awkward = [
        np.zeros(120),
        np.array([0.0, 3.0, 1.0]),
        np.array([5.0, np.nan, 4.0, 6.0] * 10),
        *weekly[:2],
    ]
    model = LSTMForecaster(**SMALL, max_epochs=2, steps_per_epoch=10).fit(awkward)
    assert all(np.isfinite(loss) for loss in model.training_loss_)
    queries = [
        np.zeros(120),
        np.array([2.0]),
        np.array([]),
        np.array([5.0, np.nan, 4.0]),
        np.zeros(3),
    ]
    forecasts = model.predict(queries, HORIZON)
    assert len(forecasts) == len(queries)
    for forecast in forecasts:
        assert forecast.horizon == HORIZON
        for values in (forecast.mean, *forecast.quantiles.values()):
            assert (
                values.shape == (HORIZON,) and np.all(np.isfinite(values)) and np.all(values >= 0)
            )
    assert model.predict([], HORIZON) == []


def test_same_seed_same_forecasts_other_seed_differs(weekly: list[np.ndarray]) -> None:
    def fit_predict(seed: int) -> np.ndarray:
        model = LSTMForecaster(**SMALL, max_epochs=1, steps_per_epoch=5, seed=seed).fit(weekly)
        forecast = model.predict(weekly[:2], HORIZON)[1]
        return np.concatenate([forecast.mean, *forecast.quantiles.values()])

    first = fit_predict(3)
    np.testing.assert_array_equal(first, fit_predict(3))
    assert not np.array_equal(first, fit_predict(4))


def test_save_load_round_trip(
    trained: LSTMForecaster, weekly: list[np.ndarray], tmp_path: Path
) -> None:
    path = tmp_path / "lstm.pt"
    trained.save(path)
    restored = LSTMForecaster.load(path, device="cpu", progress=False, num_threads=1)
    assert restored.config == trained.config
    levels = (0.05, 0.42, 0.95)
    for original, copy in zip(
        trained.predict(weekly, HORIZON, levels),
        restored.predict(weekly, HORIZON, levels),
        strict=True,
    ):
        np.testing.assert_array_equal(original.mean, copy.mean)
        for q in levels:
            np.testing.assert_array_equal(original.quantiles[q], copy.quantiles[q])


def test_refuses_what_it_was_not_trained_for(
    trained: LSTMForecaster, weekly: list[np.ndarray]
) -> None:
    with pytest.raises(ValueError, match="horizon"):
        trained.predict(weekly, HORIZON + 1)
    with pytest.raises(ValueError, match="outside the trained grid"):
        trained.predict(weekly, HORIZON, (0.01, 0.5))
    with pytest.raises(RuntimeError, match="not trained"):
        LSTMForecaster(**SMALL).predict(weekly, HORIZON)
    with pytest.raises(ValueError, match="no training windows"):
        LSTMForecaster(**SMALL).fit([np.array([1.0])])


def test_progress_bar_goes_to_stderr_and_can_be_switched_off(
    weekly: list[np.ndarray], capsys: pytest.CaptureFixture[str]
) -> None:
    options = {**SMALL, "max_epochs": 1, "steps_per_epoch": 1}
    LSTMForecaster(**{**options, "progress": False}).fit(weekly)
    assert capsys.readouterr().err == ""
    LSTMForecaster(**{**options, "progress": True}).fit(weekly)
    captured = capsys.readouterr()
    assert "lstm" in captured.err and captured.out == ""


def test_default_device_goes_through_accelerate_when_installed(weekly: list[np.ndarray]) -> None:
    """device=None: accelerate's Accelerator picks the device (the CPU here, a GPU if any)."""
    options = {**SMALL, "device": None, "max_epochs": 1, "steps_per_epoch": 2}
    model = LSTMForecaster(**options).fit(weekly)
    forecast = model.predict(weekly[:1], HORIZON)[0]
    assert np.all(np.isfinite(forecast.mean))
