"""Metrics and demand classification against values computed by hand."""

from __future__ import annotations

import math

import pytest

from forecasting.classification import classify_demand
from forecasting.metrics import coverage, mase, pinball_loss, rmsse, scaled_pinball_loss, smape


def test_mase_by_hand() -> None:
    train = [1, 3, 2, 4]  # naive one-step errors 2, 1, 2 → scale 5/3
    assert mase([5, 5], [4, 7], train) == pytest.approx(1.5 / (5 / 3))


def test_seasonal_mase_uses_the_season_lag() -> None:
    train = [1, 2, 1, 2, 3, 2]  # lag-2 errors 0, 0, 2, 0 → scale 0.5
    assert mase([2], [3], train, season_length=2) == pytest.approx(2.0)


def test_rmsse_by_hand() -> None:
    train = [1, 3, 2, 4]  # squared errors 4, 1, 4 → scale 3
    assert rmsse([5, 5], [4, 7], train) == pytest.approx(math.sqrt(2.5 / 3))


def test_constant_training_series_does_not_divide_by_zero() -> None:
    assert mase([3], [1], [5, 5, 5]) == pytest.approx(2.0)


def test_smape_by_hand() -> None:
    assert smape([100, 0], [50, 0]) == pytest.approx(100 * (2 * 50 / 150 + 0) / 2)
    assert smape([0], [10]) == pytest.approx(200)


def test_pinball_by_hand() -> None:
    # q=0.9: under-forecast by 10 costs 9; over-forecast by 10 costs 1
    assert pinball_loss([10], [0], 0.9) == pytest.approx(9)
    assert pinball_loss([0], [10], 0.9) == pytest.approx(1)
    assert scaled_pinball_loss([10], {0.9: [0], 0.1: [0]}, [0, 2]) == pytest.approx((9 + 1) / 2 / 2)


def test_coverage_by_hand() -> None:
    assert coverage([1, 5, 10, 3], [0, 0, 0, 4], [2, 5, 9, 6]) == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("series", "expected"),
    [
        ([5, 5, 6, 5, 5, 6], "smooth"),
        ([1, 20, 2, 30, 1, 25], "erratic"),
        ([0, 0, 5, 0, 0, 5, 0, 6], "intermittent"),
        ([0, 0, 1, 0, 0, 40, 0, 2], "lumpy"),
        ([0, 0, 0], "no_demand"),
        ([], "no_demand"),
    ],
)
def test_demand_classes(series: list[float], expected: str) -> None:
    assert classify_demand(series).demand_class == expected


def test_adi_and_cv2_by_hand() -> None:
    profile = classify_demand([0, 4, 0, 0, 8, 0])  # 2 demands in 6 periods; sizes 4, 8
    assert profile.adi == pytest.approx(3.0)
    assert profile.cv2 == pytest.approx((2 / 6) ** 2)
    assert profile.zero_share == pytest.approx(4 / 6)
