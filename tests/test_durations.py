"""Durations the buyer writes, in days (assistant/durations.py)."""

from __future__ import annotations

import pytest

from assistant.durations import durations_in_days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("forecast the next 2 weeks", {14}),
        ("sim it for a year", {365}),
        ("2 years (730 days), seed 7", {730}),
        ("next month pls", {30}),
        ("three months out", {90}),
        ("未来8周需求多少", {56}),
        ("模拟一年（365天）", {365}),
        ("下个月能卖多少？", {30}),
        ("三个月", {90}),
        ("lead time 60 days, forecast 30 days", {60, 30}),
    ],
)
def test_durations_in_english_and_chinese(text: str, days: set[int]) -> None:
    assert durations_in_days(text) == days


@pytest.mark.parametrize(
    "text",
    ["sells 40 a day", "demand 20k a year", "交期12月31日", "2026年的计划", "应急灯(3小时那款)", "AA电池（24节装）", "how many left?"],
)
def test_rates_dates_year_labels_and_pack_sizes_are_not_durations(text: str) -> None:
    assert durations_in_days(text) == set()
