"""The Suppliers tab: one row per supplier from the ``supplier_performance`` tool, worst first.

A plain table builder (tool results -> display table), unit-tested without a browser.
Worst first means: lowest on-time rate first (suppliers without any delivery yet last),
then the longest mean delay, then the most overdue POs and announced delays.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd
from pandas.io.formats.style import Styler

from assistant.formatting import format_number, format_percent, is_missing
from assistant.i18n import Language, text

SUPPLIER_COLUMNS = [
    "Supplier", "Deliveries", "On-time rate", "Mean delay (days)", "Max delay (days)",
    "Lead time mean (days)", "Lead time SD (days)", "Promised lead time (days)", "Stated lead time (days)",
    "Open POs", "Overdue POs", "Announced delays",
]
COLUMN_KEYS = dict(zip(SUPPLIER_COLUMNS, [
    "col_supplier", "col_deliveries", "col_on_time_rate", "col_mean_delay_days", "col_max_delay_days",
    "col_lead_time_mean_days", "col_lead_time_sd_days", "col_promised_lead_time_days",
    "col_stated_lead_time_days", "col_open_pos", "col_overdue_pos", "col_announced_delays",
]))
"""Column header (English, the frame's key) → its text in assistant/locales."""
NUMERIC_COLUMNS = SUPPLIER_COLUMNS[1:10]
ON_TIME_GOOD, ON_TIME_FAIR = 0.95, 0.8
"""On-time rate at or above GOOD is green, at or above FAIR amber, below it red."""
RATE_COLOURS = {"good": "#15803d", "fair": "#b45309", "poor": "#b91c1c"}
NUMBER_ALIGN = "text-align: right; justify-content: flex-end"


def _worst_first(row: Mapping[str, Any]) -> tuple[float, float, int, str]:
    rate = row.get("on_time_rate")
    delay = row.get("avg_delay_days")
    trouble = len(row.get("overdue_po_ids") or []) + len(row.get("announced_delays") or [])
    return (
        2.0 if is_missing(rate) else float(rate),
        -(0.0 if is_missing(delay) else float(delay)),
        -trouble,
        str(row.get("supplier", "")),
    )


def sort_suppliers(rows: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Worst delivery record first (see the module docstring)."""
    return sorted(rows, key=_worst_first)


def announced_delays_text(delays: Iterable[Mapping[str, Any]]) -> str:
    """``PO-1 BRK-1042 +7 d → 2026-12-04`` per delay announced in a confirmed supplier message."""
    parts = []
    for delay in delays:
        days = delay.get("delay_days")
        shift = f" +{days} d" if days is not None else ""
        what = f"{delay.get('po_id') or ''} {delay.get('sku') or ''}{shift}".strip()
        parts.append(f"{what} → {delay.get('expected_date')}")
    return "; ".join(parts)


def suppliers_frame(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """One row per supplier, worst first; numbers unrounded (the Styler rounds)."""
    ordered = sort_suppliers(rows)
    records = [
        {
            "Supplier": str(row.get("supplier", "")),
            "Deliveries": row.get("deliveries"),
            "On-time rate": row.get("on_time_rate"),
            "Mean delay (days)": row.get("avg_delay_days"),
            "Max delay (days)": row.get("max_delay_days"),
            "Lead time mean (days)": row.get("avg_actual_lead_days"),
            "Lead time SD (days)": row.get("sd_actual_lead_days"),
            "Promised lead time (days)": row.get("avg_promised_lead_days"),
            "Stated lead time (days)": row.get("stated_lead_time_days"),
            "Open POs": row.get("open_orders"),
            "Overdue POs": ", ".join(row.get("overdue_po_ids") or []),
            "Announced delays": announced_delays_text(row.get("announced_delays") or []),
        }
        for row in ordered
    ]
    frame = pd.DataFrame.from_records(records, columns=SUPPLIER_COLUMNS)
    frame[NUMERIC_COLUMNS] = frame[NUMERIC_COLUMNS].apply(pd.to_numeric, errors="coerce").astype(float)
    return frame


def rate_grade(rate: Any) -> str | None:
    """good / fair / poor for an on-time rate (0..1); None when there were no deliveries."""
    if is_missing(rate):
        return None
    return "good" if rate >= ON_TIME_GOOD else "fair" if rate >= ON_TIME_FAIR else "poor"


def suppliers_styler(rows: Iterable[Mapping[str, Any]], language: Language = "en") -> Styler:
    """The supplier table: on-time rate coloured by grade, overdue POs in red, numbers rounded;
    headers in ``language``."""
    names = {column: text(key, language) for column, key in COLUMN_KEYS.items()}
    frame = suppliers_frame(rows).rename(columns=names)
    rate_column, overdue = names["On-time rate"], names["Overdue POs"]
    numeric = [names[column] for column in NUMERIC_COLUMNS]
    whole = [names["Deliveries"], names["Open POs"]]
    days = [column for column in numeric if column not in whole and column != rate_column]

    def colour(table: pd.DataFrame) -> pd.DataFrame:
        styles = pd.DataFrame("", index=table.index, columns=table.columns)
        for position, rate in enumerate(table[rate_column]):
            grade = rate_grade(rate)
            if grade:
                styles.iloc[position, 2] = f"color: {RATE_COLOURS[grade]}; font-weight: 600"
        styles.loc[table[overdue] != "", overdue] = f"color: {RATE_COLOURS['poor']}; font-weight: 600"
        styles[numeric] = styles[numeric] + "; " + NUMBER_ALIGN
        return styles

    return (
        frame.style.apply(colour, axis=None)
        .format(lambda value: format_number(value, 0), subset=whole)
        .format(format_percent, subset=[rate_column])
        .format(format_number, subset=days)
        .hide(axis="index")
    )

