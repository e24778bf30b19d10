"""Number formatting for the UI tables and notes (display only: the data keeps full precision)."""

from __future__ import annotations

import math
from typing import Any

DASH = "—"
"""Shown where a number does not exist (e.g. days of cover without demand)."""


def is_missing(value: Any) -> bool:
    """None or NaN: nothing to show."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def format_number(value: Any, decimals: int = 1) -> str:
    """A number rounded for display with thousands separators; ``—`` when missing."""
    if is_missing(value):
        return DASH
    return f"{float(value):,.{decimals}f}"


def format_quantity(value: Any, decimals: int = 1) -> str:
    """Quantities in units: whole numbers without decimals, others with ``decimals``; ``—`` when missing."""
    if is_missing(value):
        return DASH
    number = float(value)
    return f"{number:,.0f}" if number.is_integer() else f"{number:,.{decimals}f}"


def format_money(value: Any) -> str:
    """An amount in the item's currency with two decimals; ``—`` when missing."""
    return format_number(value, 2)


def format_percent(value: Any, decimals: int = 0) -> str:
    """A fraction 0..1 as a percentage (0.875 → ``88%``); ``—`` when missing."""
    if is_missing(value):
        return DASH
    return f"{float(value) * 100:.{decimals}f}%"
