"""Durations a buyer writes ("next 2 weeks", "for a year", "未来8周", "模拟一年"), in days.

Used to check the model's day counts (``horizon_days``, ``days``) against the question: a
month counts 30 days, a quarter 91, a year 365 (the tools' own calendar: daily buckets).
"""

from __future__ import annotations

import re

import cn2an

UNIT_DAYS = {
    "day": 1, "days": 1, "week": 7, "weeks": 7, "wk": 7, "wks": 7, "fortnight": 14, "fortnights": 14,
    "month": 30, "months": 30, "mo": 30, "mos": 30, "quarter": 91, "quarters": 91, "year": 365, "years": 365, "yr": 365, "yrs": 365,
    "天": 1, "日": 1, "周": 7, "星期": 7, "礼拜": 7, "月": 30, "季度": 91, "季": 91, "年": 365,
}
ENGLISH_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "twelve": 12}
ENGLISH = re.compile(
    r"\b(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|eight|twelve)[\s-]*"
    r"(days?|weeks?|wks?|fortnights?|months?|mos?|quarters?|years?|yrs?)\b",
    re.IGNORECASE,
)
ENGLISH_NEXT = re.compile(r"\b(next|coming|this)\s+(week|fortnight|month|quarter|year)\b", re.IGNORECASE)
CHINESE = re.compile(r"(\d+|[一二两三四五六七八九十百]+)\s*(?:个)?\s*(天|日|周|星期|礼拜|月|季度|季|年)")
CHINESE_NEXT = re.compile(r"(下|本|这)(?:个)?\s*(周|星期|礼拜|月|季度|季)|(明|今)(年)")


def _count(token: str) -> float | None:
    token = token.lower()
    if token in ENGLISH_COUNTS:
        return ENGLISH_COUNTS[token]
    try:
        return float(token) if token[0].isdigit() else float(cn2an.cn2an(token, "smart"))
    except ValueError:
        return None


def _is_duration(match: re.Match[str], text: str) -> bool:
    """Not a rate ("40 a day", "20k a year"), a date ("12月31日") or a year label ("2026年")."""
    count, unit = match.group(1).lower(), match.group(2)
    before, after = text[: match.start()].rstrip(), text[match.end() :]
    if count in ("a", "an") and re.search(r"[\dkK]$", before):
        return False
    if unit == "月" and re.match(r"\s*\d+\s*[日号]", after) or unit == "日" and before.endswith("月"):
        return False
    return not (unit == "年" and count.isdigit() and int(count) >= 1900)


def durations_in_days(text: str) -> set[int]:
    """Every duration written in ``text``, in whole days ("2 years (730 days)" → {730})."""
    found: set[int] = set()
    for match in [*ENGLISH.finditer(text), *CHINESE.finditer(text)]:
        value = _count(match.group(1))
        if value is not None and _is_duration(match, text):
            found.add(round(value * UNIT_DAYS[match.group(2).lower()]))
    for match in ENGLISH_NEXT.finditer(text):
        found.add(UNIT_DAYS[match.group(2).lower()])
    for match in CHINESE_NEXT.finditer(text):
        found.add(UNIT_DAYS[match.group(2) or match.group(4)])
    return found
