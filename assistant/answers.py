"""Answers written from tool results with the templates in prompts/answers.toml.

The templated answer is the grounded fallback of SPEC §7: it only prints fields of the
results, rounded for prose, so the grounding check holds by construction.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.alert_text import alert_message, alert_subject, severity_label
from assistant.language import Language

PROMPTS = Path(__file__).resolve().parent.parent / "prompts"
MAX_ALERTS_LISTED = 5


@lru_cache(maxsize=None)
def load_prompt_table(name: str) -> dict[str, Any]:
    """A TOML file from prompts/, parsed once."""
    with (PROMPTS / name).open("rb") as handle:
        return tomllib.load(handle)


def reply(kind: str, language: Language, **fields: str) -> str:
    """A fixed reply from prompts/replies.toml (greeting, decline, refuse_approval, ...)."""
    return load_prompt_table("replies.toml")[kind][language].format(**fields)


def _key_figures(result: dict[str, Any]) -> str:
    shown = []
    for key, value in result.items():
        if isinstance(value, bool) or not isinstance(value, (int, float, str)) or len(shown) >= 6:
            continue
        shown.append(f"{key} {value:,.2f}" if isinstance(value, float) else f"{key} {value}")
    return "; ".join(shown)


def answer_for_result(tool: str, result: Any, language: Language) -> str:
    """One sentence (or a short list) for one tool result."""
    templates = load_prompt_table("answers.toml")
    if isinstance(result, dict) and "error" in result:
        return templates["error"][language].format(tool=tool, error=result["error"])
    if tool == "list_alerts":
        alerts = result if isinstance(result, list) else []
        if not alerts:
            return templates["list_alerts"][f"none_{language}"]
        lines = [templates["list_alerts"][language].format(count=len(alerts))]
        lines += [
            f"- [{severity_label(str(alert.get('severity', '')), language)}] {alert_subject(alert)}: {alert_message(alert, language)}"
            for alert in alerts[:MAX_ALERTS_LISTED]
        ]
        return "\n".join(lines)
    fields = dict(result) if isinstance(result, dict) else {}
    if tool == "draft_purchase_order":
        fields["line_count"] = len(fields.get("lines", []))
    for key in ("supplier", "po_number", "message_type"):
        fields.setdefault(key, None)
    # "<language>_alt" is for results without some figures (an EOQ without a unit price)
    for template in (templates.get(tool, {}).get(language), templates.get(tool, {}).get(f"{language}_alt")):
        if not template:
            continue
        try:
            return template.format(**{key: "—" if value is None else value for key, value in fields.items()})
        except (KeyError, ValueError, TypeError):
            continue
    return f"{tool}: {_key_figures(fields)}"


def templated_answer(executed: list[tuple[str, Any]], language: Language) -> str:
    """The answer for a list of (tool name, result) pairs, one paragraph per call."""
    return "\n".join(answer_for_result(tool, result, language) for tool, result in executed)
