"""An alert's subject and detail text in English or Chinese, written from the alert's numbers.

Used by the dashboard (assistant/ui.py) and by the agent's templated answers, so a Chinese
question about alerts gets Chinese details, as the Chinese dashboard shows them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assistant.formatting import format_number, format_quantity
from assistant.texts import Language, text, translations


def alert_subject(alert: Mapping[str, Any]) -> str:
    return str(alert.get("sku") or alert.get("supplier") or "")


ALERT_DETAIL_FIELDS: dict[str, tuple[str, ...]] = {
    "stockout_risk": ("on_hand", "on_order", "lead_time_days", "avg_daily_demand"),
    "below_safety_stock": ("on_hand", "safety_stock"),
    "overstock": ("on_hand", "on_order"),
}
"""The numbers each stock alert's detail text (``alert_detail_<type>``) is written from."""


def _supplier_delay_detail(alert: Mapping[str, Any], language: Language) -> str | None:
    """Overdue and re-promised lines of a ``supplier_delay`` alert, from its counts."""
    counts = ("overdue_lines", "max_days_late", "announced_late_lines", "max_announced_delay_days")
    if any(alert.get(name) is None for name in counts):
        return None
    po_ids = ", ".join(str(po) for po in alert.get("po_ids") or ())
    parts = []
    if alert["overdue_lines"]:
        parts.append(text("alert_detail_supplier_overdue", language, count=alert["overdue_lines"],
                          po_ids=po_ids, days=alert["max_days_late"]))
    if alert["announced_late_lines"]:
        parts.append(text("alert_detail_supplier_announced", language, count=alert["announced_late_lines"],
                          po_ids=po_ids, days=alert["max_announced_delay_days"]))
    if not parts:
        return None
    return text("alert_detail_joiner", language).join(parts) + text("alert_detail_end", language)


def alert_message(alert: Mapping[str, Any], language: Language = "en") -> str:
    """The alert's detail in ``language``, written from the numbers the tool returned.

    An alert without them (an older or foreign one) shows the tool's own English message,
    without the leading "SUBJECT: " the tools put in front of it.
    """
    kind = str(alert.get("type", ""))
    fields = ALERT_DETAIL_FIELDS.get(kind)
    if kind == "supplier_delay":
        detail = _supplier_delay_detail(alert, language)
        if detail:
            return detail
    elif fields and all(alert.get(name) is not None for name in fields):
        cover = alert.get("days_of_cover")
        return text(
            f"alert_detail_{kind}", language,
            on_hand=format_quantity(alert.get("on_hand")),
            on_order=format_quantity(alert.get("on_order")),
            safety_stock=format_number(alert.get("safety_stock"), 1),
            lead_time_days=format_number(alert.get("lead_time_days"), 1),
            avg_daily_demand=format_number(alert.get("avg_daily_demand"), 2),
            cover=text("alert_cover_days", language, days=format_number(cover, 1)) if cover is not None
            else text("alert_cover_none", language),
        )
    message = str(alert.get("message", "")).removeprefix(f"{alert_subject(alert)}: ")
    return message[:1].upper() + message[1:]


def severity_label(severity: str, language: Language) -> str:
    """"high" / "高" …; an unknown severity as given."""
    key = f"severity_{severity}"
    return text(key, language) if key in translations()["en"] else severity
