"""The grounding check: every number in an answer must come from a tool result or the question.

A number in the answer is grounded when some number in the sources equals it after
rounding to the answer's own precision (12.49 → "12.5" or "12"), or as a percentage
(0.1695 → "17%"), or when it is part of a date present in the sources; the length of
a result list counts too ("3 alerts"). Thousands
separators are ignored. The agent regenerates or falls back to a templated answer when
the check fails (SPEC §7).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

NUMBER = re.compile(r"(?<![\w.])[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.])[-+]?\d+(?:\.\d+)?")
DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
# Codes like LCK-3105 or PO-20261123-001 are identifiers, not quantities.
SKU_LIKE = re.compile(r"\b[A-Za-z]{2,}-?\d+[A-Za-z0-9-]*\b")


@dataclass
class GroundingReport:
    """Numbers found in the answer, and the ones no source supports."""

    numbers: list[str] = field(default_factory=list)
    ungrounded: list[str] = field(default_factory=list)

    @property
    def grounded(self) -> bool:
        return not self.ungrounded


def source_numbers(value: Any) -> set[float]:
    """Every number inside a JSON-like value, including numbers written inside strings."""
    found: set[float] = set()
    if isinstance(value, bool) or value is None:
        return found
    if isinstance(value, (int, float)):
        if math.isfinite(value):
            found.add(float(value))
    elif isinstance(value, str):
        for date in DATE.findall(value):
            found.update(float(part) for part in date.split("-"))
        for token in NUMBER.findall(value):
            found.add(float(token.replace(",", "")))
    elif isinstance(value, dict):
        for item in value.values():
            found |= source_numbers(item)
    elif isinstance(value, (list, tuple)):
        found.add(float(len(value)))  # "3 alerts" counts the entries of a result list
        for item in value:
            found |= source_numbers(item)
    return found


def _decimals(token: str) -> int:
    return len(token.split(".", 1)[1]) if "." in token else 0


def _is_supported(token: str, percent: bool, sources: set[float]) -> bool:
    value = float(token.replace(",", ""))
    places = _decimals(token)
    tolerance = 0.5 * 10 ** (-places) + 1e-9
    for source in sources:
        if abs(round(source, places) - value) < tolerance or abs(source - value) < tolerance:
            return True
        if percent and abs(source * 100 - value) < tolerance:
            return True
    return False


def check_grounding(answer: str, tool_results: list[Any], question: str) -> GroundingReport:
    """Which numbers of ``answer`` no tool result or the question supports."""
    sources = source_numbers(tool_results) | source_numbers(question)
    source_text = question + " " + repr(tool_results)
    report = GroundingReport()
    for date in DATE.findall(answer):
        if date not in source_text:
            report.ungrounded.append(date)
    masked = DATE.sub(" ", SKU_LIKE.sub(" ", answer))
    for match in NUMBER.finditer(masked):
        token = match.group(0).lstrip("+")
        report.numbers.append(token)
        percent = masked[match.end() :].lstrip().startswith("%")
        if not _is_supported(token, percent, sources):
            report.ungrounded.append(token)
    return report
