"""The buyer's dashboard of ``replenish serve``: alerts first, then stock and proposed orders.

Two layers, kept apart on purpose:

- *table builders* (``alerts_html``, ``inventory_styler``, ``orders_styler``, ...) turn tool
  results into display tables. They are plain functions, unit-tested without a browser;
  they round numbers for display only and escape every string that came from user files;
- *layout* (``build_app``, ``launch``) places those tables on one Gradio 6 page and wires
  the Refresh button.

Every number on the page comes from the code behind the registered tools
``list_alerts``, ``inventory_status`` and ``recommend_order`` (each sku's policy computed
once per load and shared by the three), ``supplier_performance`` (Suppliers tab) and
``forecast_demand`` (the per-sku plot, via ``tools.outlook``); the page computes nothing
but sums and counts for display.

Texts are in English or Chinese (``assistant.i18n``): component labels through ``gr.I18n``,
the HTML and tables built here in the language of the browser's request.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import math
import os
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # before gradio is imported

import gradio as gr  # noqa: E402
import pandas as pd  # noqa: E402
from pandas.io.formats.style import Styler  # noqa: E402
from sqlalchemy import Engine  # noqa: E402
from sqlalchemy.exc import IntegrityError  # noqa: E402

from assistant.agent import Agent  # noqa: E402
from assistant.alert_text import alert_message, alert_subject, severity_label  # noqa: E402
from assistant.chat_ui import LazyAgent, build_chat_tab  # noqa: E402
from assistant.dashboard_ui import figure_for_sku, sku_choices  # noqa: E402
from assistant.formatting import DASH, format_number, format_quantity, is_missing  # noqa: E402,F401
from assistant.i18n import I18N, Language, html_label, label, language_of, text  # noqa: E402
from assistant.inbox_ui import MAX_UPLOAD_BYTES, build_inbox_tab  # noqa: E402
from assistant.orders_ui import build_orders_tab  # noqa: E402
from assistant.suppliers_ui import SUPPLIER_COLUMNS, suppliers_styler  # noqa: E402
from data.store import session_scope  # noqa: E402
from tools.alerts import alerts_from_policies  # noqa: E402
from tools.inventory import all_policies, recommendation_result, status_result  # noqa: E402
from tools.outlook import sku_outlook  # noqa: E402
from tools.registry import ToolContext  # noqa: E402
from tools.suppliers import all_supplier_performance  # noqa: E402

logger = logging.getLogger(__name__)

PAGE_TITLE = "replenish — replenishment assistant"

# --------------------------------------------------------------------------------------
# Colours and labels (text colour, background) — one place to change the look.
# --------------------------------------------------------------------------------------
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
SEVERITY_COLOURS: dict[str, tuple[str, str]] = {
    "high": ("#b91c1c", "#fee2e2"),  # red
    "medium": ("#b45309", "#fef3c7"),  # amber
    "low": ("#4b5563", "#f3f4f6"),  # grey
}
STATUS_ORDER = {"stockout_risk": 0, "reorder": 1, "overstock": 2, "ok": 3}
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "stockout_risk": ("#b91c1c", "#fee2e2"),  # red
    "reorder": ("#b45309", "#fef3c7"),  # amber
    "overstock": ("#1d4ed8", "#dbeafe"),  # blue
    "ok": ("#15803d", "#dcfce7"),  # green
}
STATUS_ACCENTS: dict[str, str] = {
    # mid tones for numbers and stripes on the page background (light or dark theme)
    "stockout_risk": "#dc2626",
    "reorder": "#d97706",
    "overstock": "#2563eb",
    "ok": "#16a34a",
}
STATUS_ROW_TINTS: dict[str, str] = {
    # translucent, so rows read well on the light and the dark theme alike
    "stockout_risk": "rgba(220, 38, 38, 0.06)",
    "reorder": "rgba(217, 119, 6, 0.08)",
    "overstock": "rgba(37, 99, 235, 0.06)",
    "ok": "transparent",
}
ALERT_TYPES = ("stockout_risk", "below_safety_stock", "overstock", "supplier_delay")
"""Alert types of ``list_alerts``; their labels (and the statuses') are in assistant/locales."""


def status_label(status: str, language: Language = "en") -> str:
    """The buyer's word for a stock status (``stockout_risk`` → "Stockout risk" / "缺货风险")."""
    return text(f"status_{status}", language) if status in STATUS_ORDER else status


def alert_type_label(kind: str, language: Language = "en") -> str:
    """The buyer's word for an alert type."""
    return text(f"alert_{kind}", language) if kind in ALERT_TYPES else kind


DUE_COLOUR = "#dc2626"
"""Order-by dates on or before the planning date."""
NEUTRAL_COLOUR = "var(--body-text-color)"
NUMBER_ALIGN = "; text-align: right; justify-content: flex-end"

INVENTORY_COLUMNS = [
    "Status", "SKU", "Name", "Supplier", "On hand", "On order", "Avg daily demand",
    "Days of cover", "Safety stock", "Reorder point", "Lead time (days)",
]
ORDER_COLUMNS = [
    "SKU", "Name", "Supplier", "Order qty", "Order by", "Unit cost", "Est. value", "Reason",
]
COLUMN_KEYS = {
    "Status": "col_status", "SKU": "col_sku", "Name": "col_name", "Supplier": "col_supplier",
    "On hand": "col_on_hand", "On order": "col_on_order", "Avg daily demand": "col_avg_daily_demand",
    "Days of cover": "col_days_of_cover", "Safety stock": "col_safety_stock", "Reorder point": "col_reorder_point",
    "Lead time (days)": "col_lead_time_days", "Order qty": "col_order_qty", "Order by": "col_order_by",
    "Unit cost": "col_unit_cost", "Est. value": "col_est_value", "Reason": "col_reason",
}
"""Column header (English, used as the frame's key) → its text in assistant/locales."""


def column_names(columns: Iterable[str], language: Language = "en") -> dict[str, str]:
    """Header shown for each column in ``language``."""
    return {column: text(COLUMN_KEYS[column], language) for column in columns}


# --------------------------------------------------------------------------------------
# Number formatting (display only): shared helpers in assistant.formatting.
# --------------------------------------------------------------------------------------
_missing = is_missing


def format_days_of_cover(value: Any) -> str:
    """Days of cover with one decimal, ``—`` when there is no demand (cover undefined)."""
    return format_number(value, 1)


# --------------------------------------------------------------------------------------
# Data: one read of the store per page load / refresh.
# --------------------------------------------------------------------------------------
@dataclass
class DashboardData:
    """Everything the page shows, as returned by the tools."""

    today: dt.date
    alerts: list[dict[str, Any]] = field(default_factory=list)
    inventory: list[dict[str, Any]] = field(default_factory=list)
    recommendations: list[dict[str, Any]] = field(default_factory=list)
    suppliers: list[dict[str, Any]] = field(default_factory=list)
    loaded_at: dt.datetime = field(default_factory=dt.datetime.now)


def load_dashboard(engine: Engine, today: dt.date) -> DashboardData:
    """Read alerts, inventory status and recommendations from the store."""
    context = ToolContext(engine=engine, today=today)
    with session_scope(engine) as session:  # one policy per sku serves all three sections
        policies = all_policies(session, today)
    return DashboardData(
        today=today,
        alerts=alerts_from_policies(policies, context),
        inventory=[status_result(policy) for policy in policies],
        recommendations=[recommendation_result(policy, today) for policy in policies],
        suppliers=all_supplier_performance(context),
    )


# --------------------------------------------------------------------------------------
# Table builders: tool results -> display tables.
# --------------------------------------------------------------------------------------
def sort_alerts(alerts: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Most severe first (stable: the tool's own order is kept within a severity)."""
    return sorted(alerts, key=lambda alert: SEVERITY_ORDER.get(alert.get("severity", "low"), 3))


def alert_counts(alerts: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """Number of alerts per severity, always with the keys high, medium, low."""
    counts = Counter(alert.get("severity", "low") for alert in alerts)
    return {severity: counts.get(severity, 0) for severity in SEVERITY_ORDER}


def _badge(label: str, colours: tuple[str, str], css_class: str = "badge") -> str:
    """A rounded label in the given (text, background) colours."""
    text, background = colours
    return (
        f'<span class="{css_class}" style="color:{text};background:{background}">'
        f"{html.escape(label)}</span>"
    )


def alerts_html(alerts: list[Mapping[str, Any]], names: Mapping[str, str | None] | None = None,
                language: Language = "en") -> str:
    """The alert list: counts per severity, then one coloured row per alert, most severe first."""
    names = names or {}
    counts = alert_counts(alerts)
    chips = "".join(
        _badge(f"{counts[severity]} {severity_label(severity, language)}", SEVERITY_COLOURS[severity], "chip")
        for severity in SEVERITY_ORDER
    )
    header = (
        f'<div class="alerts-head"><h2>{html.escape(text("alerts", language))} '
        f'<span class="total">{len(alerts)}</span></h2><div class="chips">{chips}</div></div>'
    )
    if not alerts:
        return (
            f'<section class="alerts">{header}'
            f'<p class="all-clear">{html.escape(text("no_alerts", language))}</p></section>'
        )
    rows = []
    for alert in sort_alerts(alerts):
        severity = str(alert.get("severity", "low"))
        colours = SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS["low"])
        subject = alert_subject(alert)
        name = names.get(subject) if alert.get("sku") else None
        subject_cell = f'<span class="code">{html.escape(subject)}</span>'
        if name:
            subject_cell += f'<span class="muted">{html.escape(str(name))}</span>'
        kind = str(alert.get("type", ""))
        rows.append(
            f'<tr class="sev-{html.escape(severity)}">'
            f'<td style="box-shadow: inset 4px 0 0 {colours[0]}">'
            f"{_badge(severity_label(severity, language).upper(), colours)}</td>"
            f'<td class="type">{html.escape(alert_type_label(kind, language))}</td>'
            f'<td class="subject">{subject_cell}</td>'
            f"<td>{html.escape(alert_message(alert, language))}</td></tr>"
        )
    table = (
        '<div class="alerts-scroll"><table class="alerts-table"><thead><tr>'
        + "".join(f"<th>{html.escape(text(key, language))}</th>" for key in
                  ("alerts_col_severity", "alerts_col_alert", "alerts_col_subject", "alerts_col_details"))
        + f"</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )
    return f'<section class="alerts">{header}{table}</section>'


def _status_key(row: Mapping[str, Any]) -> tuple[int, float, str]:
    cover = row.get("days_of_cover")
    return (
        STATUS_ORDER.get(row.get("status", "ok"), 9),
        math.inf if _missing(cover) else float(cover),
        str(row.get("sku", "")),
    )


def inventory_frame(rows: Iterable[Mapping[str, Any]], language: Language = "en") -> pd.DataFrame:
    """One row per sku, most urgent first; numbers kept unrounded (the Styler rounds).

    Columns are keyed by their English headers (``INVENTORY_COLUMNS``); the status label
    is in ``language``.
    """
    ordered = sorted(rows, key=_status_key)
    records = [
        {
            "Status": status_label(str(row.get("status", "")), language),
            "SKU": str(row.get("sku", "")),
            "Name": row.get("name") or "",
            "Supplier": row.get("supplier") or "",
            "On hand": row.get("on_hand"),
            "On order": row.get("on_order"),
            "Avg daily demand": row.get("avg_daily_demand"),
            "Days of cover": row.get("days_of_cover"),
            "Safety stock": row.get("safety_stock"),
            "Reorder point": row.get("reorder_point"),
            "Lead time (days)": row.get("lead_time_days"),
        }
        for row in ordered
    ]
    frame = pd.DataFrame.from_records(records, columns=INVENTORY_COLUMNS)
    numeric = INVENTORY_COLUMNS[4:]
    frame[numeric] = frame[numeric].apply(pd.to_numeric, errors="coerce").astype(float)
    frame.attrs["statuses"] = [row.get("status", "ok") for row in ordered]
    return frame


def status_cell_style(status: str) -> str:
    """CSS of the Status cell: the status colour, bold."""
    text, background = STATUS_COLOURS.get(status, STATUS_COLOURS["ok"])
    return f"background-color: {background}; color: {text}; font-weight: 600"


def status_row_style(status: str) -> str:
    """CSS of the other cells of a row: a light tint of the status colour."""
    return f"background-color: {STATUS_ROW_TINTS.get(status, 'transparent')}"


def inventory_styler(rows: Iterable[Mapping[str, Any]], language: Language = "en") -> Styler:
    """The inventory table, coloured per status and rounded for display, headers in ``language``."""
    frame = inventory_frame(rows, language)
    statuses: list[str] = frame.attrs["statuses"]
    names = column_names(INVENTORY_COLUMNS, language)
    frame = frame.rename(columns=names)
    numeric = [names[column] for column in INVENTORY_COLUMNS[4:]]
    cover = names["Days of cover"]

    def colour(table: pd.DataFrame) -> pd.DataFrame:
        styles = pd.DataFrame("", index=table.index, columns=table.columns)
        for position, status in enumerate(statuses):
            styles.iloc[position, :] = status_row_style(status)
            styles.iloc[position, 0] = status_cell_style(status)
        styles[numeric] = styles[numeric] + NUMBER_ALIGN
        return styles

    return (
        frame.style.apply(colour, axis=None)
        .format(format_number, subset=[c for c in numeric if c != cover])
        .format(format_days_of_cover, subset=[cover])
        .hide(axis="index")
    )


def order_lines(recommendations: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Recommendations with something to order, earliest order-by date first."""
    lines = [r for r in recommendations if (r.get("order_quantity") or 0) > 0]

    def key(line: Mapping[str, Any]) -> tuple[str, str, str]:
        return (line.get("order_by") or "9999-12-31", str(line.get("supplier") or ""), str(line["sku"]))

    return sorted(lines, key=key)


def order_value(recommendation: Mapping[str, Any]) -> float | None:
    """Estimated value of a recommended order: quantity × unit cost (None without a cost)."""
    unit_cost = recommendation.get("unit_cost")
    if _missing(unit_cost):
        return None
    return float(recommendation.get("order_quantity") or 0) * float(unit_cost)


def orders_frame(recommendations: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """One row per sku to order now, with quantity, date, supplier, value and reason."""
    records = [
        {
            "SKU": str(r["sku"]),
            "Name": r.get("name") or "",
            "Supplier": r.get("supplier") or "",
            "Order qty": r.get("order_quantity"),
            "Order by": r.get("order_by") or "",
            "Unit cost": r.get("unit_cost"),
            "Est. value": order_value(r),
            "Reason": r.get("reason") or "",
        }
        for r in order_lines(recommendations)
    ]
    frame = pd.DataFrame.from_records(records, columns=ORDER_COLUMNS)
    for column in ("Order qty", "Unit cost", "Est. value"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype(float)
    return frame


def orders_styler(recommendations: Iterable[Mapping[str, Any]], today: dt.date | None = None,
                  language: Language = "en") -> Styler:
    """The recommended-orders table; an order-by date on or before today is shown in red."""
    names = column_names(ORDER_COLUMNS, language)
    frame = orders_frame(recommendations).rename(columns=names)
    due = (today or dt.date.today()).isoformat()
    order_by, quantity = names["Order by"], names["Order qty"]
    money = [names["Unit cost"], names["Est. value"]]

    def colour(table: pd.DataFrame) -> pd.DataFrame:
        styles = pd.DataFrame("", index=table.index, columns=table.columns)
        urgent = table[order_by].astype(str).map(lambda day: bool(day) and day <= due)
        styles.loc[urgent, order_by] = f"color: {DUE_COLOUR}; font-weight: 600"
        styles[quantity] = styles[quantity] + "; font-weight: 600"
        for column in (quantity, *money):
            styles[column] = styles[column] + NUMBER_ALIGN
        return styles

    return (
        frame.style.apply(colour, axis=None)
        .format(format_quantity, subset=[quantity])
        .format(lambda v: format_number(v, 2), subset=money)
        .hide(axis="index")
    )


def orders_summary_html(recommendations: Iterable[Mapping[str, Any]], language: Language = "en") -> str:
    """One line above the orders table: how many lines, suppliers and the total value."""
    lines = order_lines(recommendations)
    if not lines:
        return f'<p class="orders-summary">{html.escape(text("orders_none", language))}</p>'
    values = [order_value(line) for line in lines]
    total = sum(v for v in values if v is not None)
    suppliers = {line.get("supplier") or "(no supplier)" for line in lines}
    missing = sum(1 for v in values if v is None)
    note = text("orders_summary_missing_cost", language, n=missing) if missing else ""
    summary = text("orders_summary", language, lines=len(lines), suppliers=len(suppliers),
                   value=format_number(total, 2), note=html.escape(note))
    return f'<p class="orders-summary">{summary}</p>'


def planning_day(today: dt.date, language: Language = "en") -> str:
    """The planning date as a buyer reads it: "Mon 23 Nov 2026" / "2026年11月23日 周一"."""
    if language == "zh":
        return f"{today.year}年{today.month}月{today.day}日 周{'一二三四五六日'[today.weekday()]}"
    return f"{today:%a %d %b %Y}"


def title_html(today: dt.date, data: DashboardData | None = None, language: Language = "en") -> str:
    """Page title with the planning date, the number of skus and when the store was read."""
    detail = (
        f"<span>·</span>{html.escape(text('n_skus', language, n=len(data.inventory)))}<span>·</span>"
        f"{html.escape(text('data_read_at', language, time=f'{data.loaded_at:%H:%M:%S}'))}"
        if data is not None
        else f"<span>·</span>{html.escape(text('reading_store', language))}"
    )
    return (
        f'<div class="title"><h1>{html.escape(text("page_title", language))}</h1>'
        f'<p class="meta">{html.escape(text("planning_date", language))} '
        f"<b>{html.escape(planning_day(today, language))}</b>{detail}</p></div>"
    )


def _card(value: str, label: str, colour: str) -> str:
    return (
        f'<div class="card" style="border-top-color:{colour}">'
        f'<div class="card-value" style="color:{colour}">{value}</div>'
        f'<div class="card-label">{html.escape(label)}</div></div>'
    )


def status_cards_html(data: DashboardData, language: Language = "en") -> str:
    """One card per stock status (coloured like the table rows), then the orders to place."""
    statuses = Counter(row.get("status", "ok") for row in data.inventory)
    cards = [
        _card(str(statuses.get(status, 0)), status_label(status, language), STATUS_ACCENTS[status])
        for status in STATUS_ORDER
    ]
    lines = order_lines(data.recommendations)
    total = sum(v for v in (order_value(line) for line in lines) if v is not None)
    cards.append(_card(str(len(lines)), text("card_order_lines", language), NEUTRAL_COLOUR))
    cards.append(_card(format_number(total, 2), text("card_order_value", language), NEUTRAL_COLOUR))
    return f'<div class="cards">{"".join(cards)}</div>'


# --------------------------------------------------------------------------------------
# Layout: one dashboard page. Alerts first (always visible), then tabs with the tables.
# --------------------------------------------------------------------------------------
PAGE_HEAD = """<style>
/* Gradio 6.31 ships a SemiBold Source Sans Pro holding 55 glyphs only (capital A and B but
   not C-Z), so semibold words mix two fonts. Serve weight 600 from the complete Bold file. */
@font-face { font-family: "Source Sans Pro"; font-style: normal; font-weight: 600;
  font-display: swap; src: url("static/fonts/SourceSansPro/SourceSansPro-Bold.woff2") format("woff2"); }
/* Tables read like a planning sheet: the UI font with aligned digits, not monospace. */
.rp-table .virtual-row, .rp-table th, .rp-table .body-cell {
  font-family: var(--font) !important; font-variant-numeric: tabular-nums; }
.rp-refresh { align-self: center; }
</style>"""

TITLE_CSS = """
h1 { font-size: 1.6rem; font-weight: 600; margin: 0 0 2px 0; color: var(--body-text-color); }
.meta { margin: 0; font-size: 0.95rem; color: color-mix(in srgb, var(--body-text-color) 72%, transparent); }
.meta b { color: var(--body-text-color); font-weight: 600; }
.meta span { margin: 0 8px; }
"""

CARDS_CSS = """
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr)); gap: 10px; }
.card { padding: 8px 14px; border: 1px solid var(--border-color-primary); border-top: 4px solid;
        border-radius: 8px; background: var(--background-fill-primary); }
.card-value { font-size: 1.4rem; font-weight: 600; line-height: 1.25; font-variant-numeric: tabular-nums; }
.card-label { font-size: 0.8rem; white-space: nowrap;
              color: color-mix(in srgb, var(--body-text-color) 72%, transparent); }
"""

ALERTS_CSS = """
.alerts-head { display: flex; align-items: center; gap: 12px; margin-bottom: 8px; }
h2 { font-size: 1.15rem; font-weight: 600; margin: 0; color: var(--body-text-color); }
.total { font-weight: 400; color: color-mix(in srgb, var(--body-text-color) 72%, transparent); }
.chips { display: flex; gap: 6px; }
.chip, .badge { display: inline-block; border-radius: 999px; font-weight: 600; white-space: nowrap; }
.chip { padding: 1px 10px; font-size: 0.8rem; }
.badge { padding: 1px 8px; font-size: 0.72rem; letter-spacing: 0.03em; }
.alerts-scroll { max-height: 290px; overflow-y: auto; border: 1px solid var(--border-color-primary);
                 border-radius: 8px; }
table.alerts-table { width: 100%; border-collapse: collapse; border: none; margin: 0;
                     font-size: 0.9rem; background: var(--background-fill-primary); }
.alerts-table th { position: sticky; top: 0; z-index: 1; background: var(--background-fill-secondary);
                   color: color-mix(in srgb, var(--body-text-color) 72%, transparent);
                   text-align: left; font-weight: 600; font-size: 0.75rem; text-transform: uppercase;
                   letter-spacing: 0.04em; padding: 6px 12px; border: none;
                   border-bottom: 1px solid var(--border-color-primary); }
.alerts-table td { padding: 6px 12px; border: none; color: var(--body-text-color);
                   border-bottom: 1px solid var(--border-color-primary); vertical-align: middle;
                   background: transparent; }
.alerts-table tr { border: none; }
.alerts-table tr:last-child td { border-bottom: none; }
.alerts-table tr.sev-high td { background: rgba(220, 38, 38, 0.05); }
.type { white-space: nowrap; font-weight: 600; }
.subject { white-space: nowrap; }
.code { font-weight: 600; margin-right: 6px; }
.muted { color: color-mix(in srgb, var(--body-text-color) 72%, transparent); }
.all-clear { margin: 0; padding: 10px 12px; border-radius: 8px; background: #dcfce7; color: #166534; }
"""

NOTE_CSS = """
.orders-summary { margin: 2px 0 6px 0; color: var(--body-text-color); }
.empty { margin: 0; padding: 10px 12px; border-radius: 8px; background: #fef3c7; color: #78350f; }
"""


def _html(css: str, head: str | None = None, visible: bool = True, value: str = "") -> gr.HTML:
    """An HTML block with scoped CSS and no click handler."""
    return gr.HTML(value, css_template=css, js_on_load=None, head=head, visible=visible)


def load_outlook(engine: Engine, today: dt.date, sku: str) -> dict[str, Any]:
    """The per-sku plot's data (``tools.outlook.sku_outlook``) read from the store.

    Two pages opening the same sku at once may both cache its forecast; the second insert
    fails and is retried once, then reading the forecast the first one cached.
    """
    try:
        with session_scope(engine) as session:
            return sku_outlook(session, sku, today)
    except IntegrityError:
        with session_scope(engine) as session:
            return sku_outlook(session, sku, today)


def default_agent_factory(engine: Engine, today: dt.date) -> Callable[[], Agent]:
    """The local default model (or ``REPLENISH_LLM_URL``) behind the Chat tab."""

    def build() -> Agent:
        from assistant.llm import make_backend
        from tools.registry import ToolContext

        return Agent(make_backend(), ToolContext(engine, today))

    return build


class Workspace(gr.Blocks):
    """``gr.Blocks`` whose ``launch`` serves the interface's translations (``assistant.i18n``)
    unless told otherwise, so every launcher (CLI, tests, benchmarks) shows the same texts."""

    def launch(self, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("i18n", I18N)
        return super().launch(*args, **kwargs)


def build_app(engine: Engine, today: dt.date, agent_factory: Callable[[], Agent] | None = None) -> gr.Blocks:
    """The workspace for the store behind ``engine`` on planning date ``today``.

    ``agent_factory`` builds the Chat tab's agent on the first question (default: the
    local model); tests pass one with a scripted backend.
    """
    agent = LazyAgent(agent_factory or default_agent_factory(engine, today))

    def refresh(selected: str | None = None, request: gr.Request | None = None) -> tuple[Any, ...]:
        language = language_of(request)
        try:
            data = load_dashboard(engine, today)
        except Exception as error:  # the buyer sees a message; the log keeps the traceback
            logger.exception("reading the dashboard data failed")
            raise gr.Error(f"Could not read the store: {error}") from error
        names = {str(row.get("sku")): row.get("name") for row in data.inventory}
        choices = sku_choices(sorted(data.inventory, key=_status_key))
        skus = [sku for _, sku in choices]
        chosen = selected if selected in skus else (skus[0] if skus else None)
        return (
            title_html(today, data, language),
            gr.HTML(value=text("empty_store", language), visible=not data.inventory),
            status_cards_html(data, language),
            alerts_html(data.alerts, names, language),
            inventory_styler(data.inventory, language),
            orders_summary_html(data.recommendations, language),
            orders_styler(data.recommendations, today, language),
            gr.Dropdown(choices=choices, value=chosen),
            suppliers_styler(data.suppliers, language),
        )

    def plot(sku: str | None) -> Any:
        return figure_for_sku(lambda chosen: load_outlook(engine, today, chosen), sku)

    with Workspace(title=PAGE_TITLE, analytics_enabled=False, fill_width=True) as demo:
        with gr.Row(equal_height=True):
            title = _html(TITLE_CSS, head=PAGE_HEAD, value=title_html(today))
            refresh_button = gr.Button(
                label("refresh"), size="md", scale=0, min_width=120, elem_classes=["rp-refresh"]
            )
        empty_note = _html(NOTE_CSS, visible=False)
        cards = _html(CARDS_CSS)
        alerts = _html(ALERTS_CSS)
        with gr.Tabs():
            with gr.Tab(label("tab_inventory"), elem_id="rp-inventory-tab"):
                inventory = gr.Dataframe(
                    headers=INVENTORY_COLUMNS,
                    interactive=False,
                    show_label=False,
                    show_search="search",
                    wrap=True,
                    max_height=560,
                    column_widths=["10%", "9%", "17%", "13%", "7%", "7%", "8%", "7%", "7%", "8%", "7%"],
                    buttons=["fullscreen", "copy"],
                    elem_classes=["rp-table"],
                )
                sku_picker = gr.Dropdown(
                    label=label("sku_picker"), choices=[], value=None, interactive=True, filterable=True,
                    elem_id="rp-sku-picker", info=label("sku_picker_info"),
                )
                sku_plot = gr.Plot(show_label=False, elem_id="rp-sku-plot")
            with gr.Tab(label("tab_recommended"), elem_id="rp-recommended-tab"):
                orders_summary = _html(NOTE_CSS)
                orders = gr.Dataframe(
                    headers=ORDER_COLUMNS,
                    interactive=False,
                    show_label=False,
                    wrap=True,
                    max_height=560,
                    column_widths=["9%", "14%", "12%", "7%", "8%", "7%", "8%", "35%"],
                    buttons=["fullscreen", "copy"],
                    elem_classes=["rp-table"],
                )
            with gr.Tab(label("tab_suppliers"), elem_id="rp-suppliers-tab"):
                _html(NOTE_CSS, value=html_label("suppliers_note"))
                suppliers = gr.Dataframe(
                    headers=SUPPLIER_COLUMNS,
                    interactive=False,
                    show_label=False,
                    wrap=True,
                    max_height=560,
                    column_widths=["17%", "7%", "6%", "7%", "7%", "7%", "7%", "8%", "7%", "5%", "10%", "12%"],
                    buttons=["fullscreen", "copy"],
                    elem_classes=["rp-table"],
                    elem_id="rp-suppliers",
                )
            with gr.Tab(label("tab_inbox"), elem_id="rp-inbox-tab"):
                inbox_tab = build_inbox_tab(engine, today)
            with gr.Tab(label("tab_orders"), elem_id="rp-orders-tab"):
                orders_tab = build_orders_tab(engine, today)
            with gr.Tab(label("tab_chat"), elem_id="rp-chat-tab"):
                build_chat_tab(agent)
        outputs = [title, empty_note, cards, alerts, inventory, orders_summary, orders, sku_picker, suppliers]
        # Every re-read of the dashboard runs in one queue, in order: a slow first load that
        # read the store before an approval must not finish after, and overwrite, the re-read
        # that follows the approval.
        queue = {"concurrency_id": "dashboard-refresh", "concurrency_limit": 1}
        demo.load(refresh, inputs=sku_picker, outputs=outputs, api_visibility="private", **queue)
        refresh_button.click(refresh, inputs=sku_picker, outputs=outputs, api_visibility="private", **queue).then(
            plot, inputs=sku_picker, outputs=sku_plot, api_visibility="private")
        sku_picker.change(plot, inputs=sku_picker, outputs=sku_plot, api_visibility="private")
        for trigger in (demo.load, refresh_button.click):
            trigger(orders_tab.refresh, inputs=orders_tab.inputs, outputs=orders_tab.outputs,
                    api_visibility="private")
            trigger(inbox_tab.refresh, inputs=inbox_tab.inputs, outputs=inbox_tab.outputs,
                    api_visibility="private")
        # A re-read chained to a decision must never be dropped: with Gradio's default
        # trigger_mode "once" the browser skips it while the previous decision's re-read is
        # still pending (a slow first load ahead of it in the queue), and the cards keep
        # showing the store as it was before the approval. "always_last" runs it afterwards.
        chained = {"api_visibility": "private", "trigger_mode": "always_last"}
        for decision in orders_tab.decision_events:  # an approved PO is stock on order: re-read
            decision.then(refresh, inputs=sku_picker, outputs=outputs, **chained, **queue).then(
                plot, inputs=sku_picker, outputs=sku_plot, **chained)
        for decision in inbox_tab.decision_events:  # a confirmed message may move dates, stock, costs
            decision.then(refresh, inputs=sku_picker, outputs=outputs, **chained, **queue).then(
                plot, inputs=sku_picker, outputs=sku_plot, **chained).then(
                orders_tab.refresh, inputs=orders_tab.inputs, outputs=orders_tab.outputs, **chained)
    return demo


def launch(
    engine: Engine,
    today: dt.date,
    host: str = "127.0.0.1",
    port: int = 7860,
    auth: tuple[str, str] | None = None,
) -> None:
    """Serve the dashboard on ``host:port`` (loopback by default); blocks until stopped.

    ``auth`` (``replenish serve --auth USER:PASS`` or ``REPLENISH_AUTH``) puts every page
    and API route behind Gradio's login form. Uploads larger than the Inbox's limit
    (``MAX_UPLOAD_BYTES``, 2 MB) are refused by the server before any handler runs.
    """
    demo = build_app(engine, today)
    demo.launch(
        server_name=host,
        server_port=port,
        auth=auth,
        auth_message="replenish: log in with the user and password given to replenish serve --auth / REPLENISH_AUTH",
        share=False,
        show_error=True,
        max_file_size=MAX_UPLOAD_BYTES,
        footer_links=["settings"],
        i18n=I18N,
    )
