"""Rolling-origin backtest (no leakage), model selection, series preparation and runners."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Self

import numpy as np
import pandas as pd
import pytest

from data.errors import InputFileError, UserInputError
from forecasting import engine
from forecasting.backtest import ENSEMBLE, backtest_series, fold_origins, single_beats_ensemble
from forecasting.base import Forecast
from forecasting.engine import (
    backtest_all,
    forecast_all,
    forecast_series,
    infer_freq,
    prepare_series,
    run_backtest,
    run_forecast,
)
from forecasting.models import (
    ARIMA_MAX_HISTORY,
    ETS_MAX_HISTORY,
    AutoARIMA,
    AutoETS,
    SeasonalNaive,
    StatsforecastModel,
    Theta,
    make_model,
)
from forecasting.sales_input import read_sales

QUANTILES = (0.05, 0.5, 0.95)


# -- folds and leakage --------------------------------------------------------------------


def test_fold_origins_are_the_last_k_steps() -> None:
    assert fold_origins(20, horizon=4, folds=3) == [8, 12, 16]
    assert fold_origins(20, horizon=4, folds=3, step=2) == [12, 14, 16]
    assert fold_origins(10, horizon=4, folds=3) == [6]  # origins 2 and -2 leave too little to fit


class RecordingSeasonalNaive(SeasonalNaive):
    """Seasonal naive that records every history it is fitted on (calibration refits too)."""

    def __init__(self, season_length: int) -> None:
        super().__init__(season_length)
        self.seen: list[np.ndarray] = []

    def _fit_chain(self, y, chain):  # type: ignore[override]
        self.seen.append(np.array(y))
        return super()._fit_chain(y, chain)


def test_each_fold_sees_only_data_before_its_origin() -> None:
    y = np.arange(1.0, 41.0)  # strictly increasing: any later value would show
    recorders: list[RecordingSeasonalNaive] = []

    def factory() -> RecordingSeasonalNaive:
        recorders.append(RecordingSeasonalNaive(4))
        return recorders[-1]

    result = backtest_series(y, 5, folds=3, models={"rec": factory}, ensemble=False)
    assert result.origins == [25, 30, 35] and len(recorders) == 3
    for origin, recorder in zip(result.origins, recorders, strict=True):
        assert recorder.seen[0].size == origin  # the fold's fit
        assert len(recorder.seen) > 1  # ... and its quantile calibration refits
        for history in recorder.seen:
            assert history.size <= origin
            np.testing.assert_array_equal(history, y[: history.size])


def test_a_future_spike_does_not_change_earlier_folds() -> None:
    rng = np.random.default_rng(0)
    y = rng.poisson(10, 48).astype(float)
    spiked = y.copy()
    spiked[-3] = 10_000.0  # inside the last fold's test window only
    models = ["SeasonalNaive", "AutoETS", "CrostonSBA"]
    clean = backtest_series(y, 6, folds=3, season_length=4, models=models, ensemble=False)
    dirty = backtest_series(spiked, 6, folds=3, season_length=4, models=models, ensemble=False)
    for name in models:
        for fold in range(2):  # the folds whose origin is before the spike
            a, b = clean.forecasts[name][fold], dirty.forecasts[name][fold]
            np.testing.assert_array_equal(a.mean, b.mean)
            for q in a.quantiles:
                np.testing.assert_array_equal(a.quantiles[q], b.quantiles[q])
            assert b.quantiles[0.95].max() < 1_000
        # the last fold is scored against the spike
        assert dirty.scores[name].mase > clean.scores[name].mase


# -- selection ----------------------------------------------------------------------------


def test_selection_picks_seasonal_naive_on_a_strongly_seasonal_series() -> None:
    rng = np.random.default_rng(1)
    y = np.tile([0.0, 40.0, 5.0, 80.0, 10.0, 20.0, 60.0], 10) + rng.normal(0, 1, 70).round().clip(0)
    result = backtest_series(y, 7, folds=3, season_length=7, models=["CrostonSBA", "SeasonalNaive"], ensemble=False)
    assert result.selected == "SeasonalNaive"
    assert result.scores["SeasonalNaive"].mase < result.scores["CrostonSBA"].mase


def test_selection_picks_a_smoother_on_flat_noisy_demand() -> None:
    rng = np.random.default_rng(2)
    y = rng.poisson(30, 84).astype(float)
    result = backtest_series(y, 7, folds=3, season_length=7, models=["SeasonalNaive", "ADIDA"], ensemble=False)
    assert result.selected == "ADIDA"


def test_auto_backtest_reports_all_models_the_ensemble_and_an_honest_auto_score() -> None:
    rng = np.random.default_rng(4)
    y = (20 + 5 * np.sin(np.arange(40) * 2 * np.pi / 4) + rng.normal(0, 2, 40)).clip(0)
    result = backtest_series(y, 4, folds=3, season_length=4, quantiles=QUANTILES)
    assert set(result.scores) >= {"SeasonalNaive", "AutoETS", "AutoARIMA", "Theta", "IMAPA", ENSEMBLE}
    assert len(result.ensemble_members) == 3
    assert result.selected in result.scores
    assert result.auto is not None and result.auto.per_fold.shape[0] == 2  # folds 2 and 3
    summary = result.as_dict()
    json.dumps(summary)
    assert summary["demand_class"] == "smooth"


def test_a_single_model_beats_the_ensemble_only_when_clearly_better_on_every_fold() -> None:
    ensemble = np.array([1.0, 1.0, 1.0])
    assert single_beats_ensemble(np.array([0.8, 0.85, 0.8]), ensemble)
    # 20% better on average, but thanks to one lucky fold: the ensemble stays
    assert not single_beats_ensemble(np.array([0.3, 1.05, 1.05]), ensemble)
    # better on every fold, but by less than the margin
    assert not single_beats_ensemble(np.array([0.95, 0.95, 0.95]), ensemble)
    # an ensemble that could not be scored loses to a finite score; an unscored model never wins
    assert single_beats_ensemble(np.array([0.9, 0.9]), np.array([np.nan, 1.0]))
    assert not single_beats_ensemble(np.array([np.nan, 0.5]), ensemble)
    assert not single_beats_ensemble(np.array([]), np.array([]))


def test_too_short_to_backtest_falls_back_to_the_demand_class() -> None:
    assert backtest_series([0, 0, 3, 0], 4, folds=3).selected == "CrostonSBA"
    assert backtest_series([5, 6, 5], 4, folds=3).selected == "AutoETS"
    result = forecast_series([5, 6, 5], 4, quantiles=QUANTILES)
    assert result.backtest_mase is None and result.forecast.horizon == 4
    assert result.model in ("AutoETS", "SES", "Naive")  # AutoETS, degraded on 3 points
    assert forecast_series([0, 0, 3, 0], 4).model == "CrostonSBA"


# -- series preparation -------------------------------------------------------------------


def sales_frame(rows: Sequence[tuple[str, str, float]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["sku", "date", "quantity"])
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


def test_prepare_series_daily_fills_gaps_and_runs_to_the_last_date_of_the_file() -> None:
    sales = sales_frame(
        [("A", "2024-03-01", 2), ("A", "2024-03-01", 3), ("A", "2024-03-04", 1), ("B", "2024-03-03", 0),
         ("B", "2024-03-05", 4), ("C", "2024-03-06", 7)]
    )
    series, dates = prepare_series(sales, "D")
    np.testing.assert_array_equal(series["A"], [5, 0, 0, 1, 0, 0])  # summed; zeros to the file's end
    np.testing.assert_array_equal(series["B"], [4, 0])  # starts at its first sale, not its zero row
    np.testing.assert_array_equal(series["C"], [7])
    assert dates[0] == pd.Timestamp("2024-03-01") and dates[-1] == pd.Timestamp("2024-03-06")


def test_prepare_series_weekly_periods_start_on_monday() -> None:
    sales = sales_frame([("A", "2024-01-03", 1), ("A", "2024-01-07", 2), ("A", "2024-01-08", 4), ("B", "2024-01-24", 1)])
    series, dates = prepare_series(sales, "W")
    assert list(dates) == list(pd.to_datetime(["2024-01-01", "2024-01-08", "2024-01-15", "2024-01-22"]))
    assert all(d.dayofweek == 0 for d in dates)
    np.testing.assert_array_equal(series["A"], [3, 4, 0, 0])  # Wed + Sun in the week of Mon 1 Jan
    np.testing.assert_array_equal(series["B"], [1])


def test_prepare_series_monthly_periods_start_on_the_first() -> None:
    sales = sales_frame([("A", "2024-01-31", 1), ("A", "2024-01-05", 1), ("A", "2024-03-15", 2), ("B", "2024-02-29", 3)])
    series, dates = prepare_series(sales, "M")
    assert list(dates) == list(pd.to_datetime(["2024-01-01", "2024-02-01", "2024-03-01"]))
    np.testing.assert_array_equal(series["A"], [2, 0, 2])
    np.testing.assert_array_equal(series["B"], [3, 0])


def test_infer_freq_from_date_spacing() -> None:
    assert infer_freq(pd.to_datetime(["2024-01-01", "2024-01-02", "2024-01-05"])) == "D"
    assert infer_freq(pd.to_datetime(["2024-01-01", "2024-01-08", "2024-01-22"])) == "W"
    assert infer_freq(pd.to_datetime(["2024-01-01", "2024-02-01", "2024-04-01"])) == "M"
    assert infer_freq(pd.to_datetime(["2024-01-31", "2024-02-29", "2024-03-31"])) == "M"


# -- many series, runners ------------------------------------------------------------------


def write_sales(path: Path, days: int = 28, skus: int = 3) -> Path:
    rng = np.random.default_rng(7)
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sku", "date", "quantity"])
        for s in range(skus):
            for day in pd.date_range("2024-05-01", periods=days, freq="D"):
                quantity = int(rng.poisson(3 + 2 * (day.dayofweek >= 5))) if s != 1 else int(rng.random() < 0.2)
                if quantity or s == 0:
                    writer.writerow([f"SKU-{s:03d}", day.date().isoformat(), quantity])
        last = pd.Timestamp("2024-05-01") + pd.Timedelta(days=days - 1)
        writer.writerow(["NEW", (last - pd.Timedelta(days=1)).date().isoformat(), 5])  # a two-day-old sku
    return path


def test_run_forecast_writes_the_spec_columns_with_shared_dates(tmp_path: Path) -> None:
    sales = write_sales(tmp_path / "sales.csv")
    out = tmp_path / "out" / "forecast.csv"
    result = run_forecast(sales, horizon=7, quantiles=(0.05, 0.5, 0.95), out_path=out, model="auto", n_jobs=1, progress=False)
    assert result["series"] == 4 and result["freq"] == "D"
    assert sum(result["models"].values()) == 4
    assert isinstance(result["seconds"], float)
    json.dumps(result)
    table = pd.read_csv(out, dtype={"sku": str})
    assert list(table.columns) == ["sku", "date", "model", "forecast", "q0.05", "q0.5", "q0.95"]
    assert len(table) == 4 * 7
    dates = table.groupby("sku")["date"].apply(tuple)
    assert dates.nunique() == 1 and dates.iloc[0][0] == "2024-05-29" and dates.iloc[0][-1] == "2024-06-04"
    assert (table["q0.05"] <= table["forecast"]).all() and (table["forecast"] <= table["q0.95"]).all()
    assert (table[["forecast", "q0.05", "q0.5", "q0.95"]] >= 0).all().all()


def test_forecast_all_in_a_process_pool_matches_in_process(tmp_path: Path) -> None:
    series = {f"S{i}": np.tile([1.0, 4.0, 2.0, 9.0, 0.0, 3.0, 5.0], 3) + i for i in range(4)}
    one = forecast_all(series, 5, "D", QUANTILES, model="SeasonalNaive", n_jobs=1, progress=False)
    two = forecast_all(series, 5, "D", QUANTILES, model="SeasonalNaive", n_jobs=2, progress=False)
    pd.testing.assert_frame_equal(one, two)
    assert list(one["date"][:5]) == [1, 2, 3, 4, 5]  # no calendar given: steps


def test_run_backtest_is_json_ready_with_per_model_and_per_series_metrics(tmp_path: Path) -> None:
    sales = write_sales(tmp_path / "sales.csv", days=42)
    result = run_backtest(sales, horizon=7, folds=2, n_jobs=1, progress=False)
    text = json.dumps(result)
    assert "NaN" not in text
    assert result["series"] == 4 and result["folds"] == 2
    assert {"SeasonalNaive", "AutoETS", "Ensemble", "auto"} <= set(result["models"])
    for metrics in result["models"]["AutoETS"], result["per_series"]["SKU-000"]["metrics"]["AutoETS"]:
        assert {"mase", "rmsse", "smape", "spl", "coverage_90"} <= set(metrics)
    assert result["models"]["SeasonalNaive"]["relative_mase"] == pytest.approx(1.0)
    assert result["per_series"]["SKU-001"]["demand_class"] in ("intermittent", "lumpy")
    assert result["per_series"]["NEW"]["folds"] == 0


class MeanGlobal:
    """A stand-in global model: the mean over all series' last 7 periods."""

    name = "MeanGlobal"
    fitted_lengths: list[list[int]] = []

    def fit(self, series: Sequence[np.ndarray]) -> Self:
        MeanGlobal.fitted_lengths.append([len(s) for s in series])
        self.level = float(np.mean([np.mean(s[-7:]) for s in series]))
        return self

    def predict(self, series: Sequence[np.ndarray], horizon: int, quantiles: Sequence[float] = QUANTILES) -> list[Forecast]:
        mean = np.full(horizon, self.level)
        return [Forecast(mean, {q: mean * (0.5 + q) for q in quantiles}) for _ in series]


def test_global_models_plug_in_for_forecast_and_backtest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(engine.GLOBAL_MODELS, "MeanGlobal", f"{__name__}:MeanGlobal")
    series = {"A": np.arange(1.0, 29.0), "B": np.full(21, 3.0)}
    table = forecast_all(series, 3, "D", QUANTILES, model="MeanGlobal", progress=False)
    assert set(table["model"]) == {"MeanGlobal"} and len(table) == 6
    MeanGlobal.fitted_lengths = []
    result = backtest_all(series, 7, 2, "D", QUANTILES, models=["SeasonalNaive", "MeanGlobal"], n_jobs=1, progress=False)
    assert MeanGlobal.fitted_lengths == [[14, 7], [21, 14]]  # each fold: data before its origin only
    assert "MeanGlobal" in result["per_series"]["A"]["metrics"]


def test_bad_arguments_are_user_errors(tmp_path: Path) -> None:
    sales = write_sales(tmp_path / "sales.csv")
    with pytest.raises(UserInputError, match="horizon"):
        run_forecast(sales, horizon=0, out_path=tmp_path / "f.csv", progress=False)
    with pytest.raises(UserInputError, match="frequency"):
        run_forecast(sales, horizon=3, freq="Q", out_path=tmp_path / "f.csv", progress=False)
    with pytest.raises(UserInputError, match="quantiles"):
        run_forecast(sales, horizon=3, quantiles=(0.5, 1.5), out_path=tmp_path / "f.csv", progress=False)
    with pytest.raises(UserInputError, match="unknown model"):
        run_forecast(sales, horizon=3, model="prophet", out_path=tmp_path / "f.csv", progress=False)
    with pytest.raises(UserInputError, match="folds"):
        run_backtest(sales, horizon=3, folds=0, progress=False)


def test_dask_backend_needs_dask() -> None:
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        with pytest.raises(UserInputError, match="dask=="):
            forecast_all({"A": np.ones(10)}, 2, "D", backend="dask", progress=False)
    else:
        table = forecast_all({"A": np.ones(10)}, 2, "D", model="SeasonalNaive", backend="dask", n_jobs=1, progress=False)
        assert len(table) == 2


@pytest.mark.parametrize(
    ("content", "line", "column"),
    [
        ("sku,date,quantity\nA,2024-01-01,3\nA,2024-01-02,-1\n", 3, "quantity"),
        ("sku,date,quantity\nA,2024-01-01,3\nA,2024-01-02,lots\n", 3, "quantity"),
        ("sku,date,quantity\nA,01/02/2024,3\n", 2, "date"),
        ("sku,date,quantity\nA,2024-02-30,3\n", 2, "date"),
        ("sku,date\nA,2024-01-01\n", 1, "quantity"),
    ],
)
def test_sales_reader_names_file_line_and_column(tmp_path: Path, content: str, line: int, column: str) -> None:
    path = tmp_path / "sales.csv"
    path.write_text(content)
    with pytest.raises(InputFileError) as caught:
        read_sales(path)
    assert caught.value.line == line and caught.value.column == column
    assert "sales.csv" in str(caught.value)
    with pytest.raises(InputFileError):
        run_forecast(path, horizon=2, out_path=tmp_path / "f.csv", progress=False)


def test_sales_reader_keeps_sku_text(tmp_path: Path) -> None:
    path = tmp_path / "sales.csv"
    path.write_bytes("\ufeffSKU,Date,Quantity\n007,2024-01-01,2.5\n007,2024-01-02,1\n".encode())
    frame = read_sales(path)
    assert list(frame["sku"]) == ["007", "007"] and frame["quantity"].sum() == 3.5
    assert frame["date"].dt.year.tolist() == [2024, 2024]


def test_auto_chooses_among_the_models_suited_to_the_demand_class() -> None:
    rng = np.random.default_rng(8)
    intermittent = np.where(rng.random(60) < 0.25, rng.integers(1, 6, 60), 0).astype(float)
    result = backtest_series(intermittent, 6, folds=3)
    assert result.demand_class in ("intermittent", "lumpy")
    assert "AutoARIMA" in result.scores  # every model is scored and reported ...
    chosen = result.ensemble_members if result.selected == ENSEMBLE else [result.selected]
    assert not {"AutoARIMA", "Theta"} & set(chosen)  # ... but only suited ones compete
    auto = forecast_series(intermittent, 6, quantiles=QUANTILES)
    assert auto.backtest is not None and "AutoARIMA" not in auto.backtest.scores  # not even fitted
    assert auto.backtest_mase is not None


def test_named_model_with_backtest_reports_its_backtest_mase() -> None:
    y = np.tile([2.0, 8.0, 4.0, 6.0], 10)
    result = forecast_series(y, 4, season_length=4, model="seasonalnaive", backtest=True)
    assert result.model == "SeasonalNaive" and result.backtest_mase == pytest.approx(0.0)


# -- long series: bounded fit window, one fit per model -----------------------------------


def test_searching_models_fit_only_the_most_recent_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(AutoETS, "max_history", 60)
    rng = np.random.default_rng(11)
    recent = rng.poisson(10, 60).astype(float)
    model = make_model("AutoETS").fit(np.r_[np.full(100, 500.0), recent])  # an old level outside the window
    assert model.windowed
    forecast = model.predict(7, QUANTILES)
    assert forecast.quantiles[0.95].max() < 25  # the calibrated band does not see the old level (37 without)
    assert not make_model("AutoETS").fit(recent[:50]).windowed  # a shorter history is fitted whole


def test_long_windows_search_narrower_spaces() -> None:
    arima, ets = make_model("AutoARIMA", 7), make_model("AutoETS", 7)
    assert arima.max_history == ARIMA_MAX_HISTORY == 365 and ets.max_history == ETS_MAX_HISTORY == 730
    assert arima.candidates(np.ones(365))[0][1]().max_p == 1  # a year of days: p, q <= 1
    assert arima.candidates(np.ones(200))[0][1]().max_p == 3  # shorter (monthly, weekly) series: as before
    assert ets.candidates(np.ones(730))[0][1]().model == "ZNZ"  # two years of days: no trended forms
    assert ets.candidates(np.ones(200))[0][1]().model == "ZZZ"


def test_long_series_fit_each_model_once_and_stay_honest(monkeypatch: pytest.MonkeyPatch) -> None:
    fits: list[int] = []

    class CountingETS(AutoETS):
        max_history = 100

        def fit(self, y):  # type: ignore[no-untyped-def, override]
            fits.append(len(y))
            return super().fit(y)

    rng = np.random.default_rng(12)
    y = rng.poisson(20, 160).astype(float)
    models = {"AutoETS": lambda: CountingETS(1)}
    clean = backtest_series(y, 7, folds=3, models=models, ensemble=False, keep_fitted=True)
    assert fits == [clean.origins[0]]  # one fit (and form search) for the three folds
    assert set(clean.fitted) == {"AutoETS"}
    spiked = y.copy()
    spiked[-3] = 10_000.0  # inside the last fold's test window only
    dirty = backtest_series(spiked, 7, folds=3, models=models, ensemble=False)
    for fold in range(2):  # the folds continued from the first fit still see nothing after their origin
        np.testing.assert_array_equal(clean.forecasts["AutoETS"][fold].mean, dirty.forecasts["AutoETS"][fold].mean)
    assert not clean.forecasts["AutoETS"][1].mean.tolist() == clean.forecasts["AutoETS"][0].mean.tolist()
    fits.clear()
    backtest_series(y[:90], 7, folds=3, models=models, ensemble=False)  # short: a fit per fold, as before
    assert len(fits) == 3


def test_auto_on_a_long_series_forecasts_from_the_backtest_fits(monkeypatch: pytest.MonkeyPatch) -> None:
    for cls in (AutoETS, AutoARIMA, Theta):
        monkeypatch.setattr(cls, "max_history", 60)
    searches: list[str] = []
    real_fit = StatsforecastModel.fit

    def counting_fit(self, y):  # type: ignore[no-untyped-def]
        searches.append(self.name)
        return real_fit(self, y)

    monkeypatch.setattr(StatsforecastModel, "fit", counting_fit)
    rng = np.random.default_rng(13)
    y = (30 + 10 * np.sin(np.arange(140) * 2 * np.pi / 7) + rng.normal(0, 3, 140)).round().clip(0)
    result = forecast_series(y, 7, season_length=7, quantiles=QUANTILES)
    assert result.backtest is not None and result.backtest.demand_class == "smooth"
    for name in ("AutoETS", "AutoARIMA", "Theta"):
        assert searches.count(name) == 1  # the first fold's fit serves all folds and the final forecast
    assert result.forecast.horizon == 7 and np.all(result.forecast.quantiles[0.95] >= result.forecast.mean)
