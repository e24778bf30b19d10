"""The per-sku view of the Inventory tab: a sku picker and one forecast plot.

``outlook_figure`` is a pure function of the ``tools.outlook.sku_outlook`` result (sales
history, ``forecast_demand`` periods with their 50% and 90% intervals, expected arrivals,
projected on hand and the ``inventory_status`` policy); it draws and computes nothing else,
so it is unit-tested without a browser or a store. The figure is built with
``matplotlib.figure.Figure`` (no pyplot state), safe in Gradio's worker threads.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display on a server

from matplotlib.axes import Axes  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

logger = logging.getLogger(__name__)

SALES_COLOUR = "#6b7280"
FORECAST_COLOUR = "#2563eb"
ON_HAND_COLOUR = "#15803d"
REORDER_COLOUR = "#d97706"
SAFETY_COLOUR = "#dc2626"
ARRIVAL_COLOUR = "#7c3aed"

def sku_choices(inventory: Iterable[Mapping[str, Any]]) -> list[tuple[str, str]]:
    """Dropdown choices ``("SKU — name", sku)`` in the given order (the caller's: most urgent first)."""
    choices = []
    for row in inventory:
        sku = str(row.get("sku"))
        name = row.get("name")
        choices.append((f"{sku} — {name}" if name else sku, sku))
    return choices


def _dates(rows: Iterable[Mapping[str, Any]]) -> list[dt.date]:
    return [dt.date.fromisoformat(str(row["date"])) for row in rows]


def _title(outlook: Mapping[str, Any]) -> str:
    name = outlook.get("name")
    return f"{outlook['sku']} — {name}" if name else str(outlook["sku"])


def message_figure(title: str, message: str) -> Figure:
    """A figure holding only a title and a sentence (no data to plot)."""
    figure = Figure(figsize=(11, 3))
    figure.suptitle(title, fontsize=13, fontweight="bold")
    figure.text(0.5, 0.45, message, ha="center", va="center", fontsize=12, color=SALES_COLOUR, wrap=True,
                gid="message")
    return figure


def _demand_axes(axes: Axes, outlook: Mapping[str, Any]) -> None:
    """Top panel: daily sales, forecast mean and its 50% / 90% intervals (units/day)."""
    history = outlook["history"]
    forecast = outlook["forecast"]
    periods = forecast["periods"]
    axes.bar(_dates(history), [row["quantity"] for row in history], width=1.0, color=SALES_COLOUR,
             alpha=0.55, label="Daily sales", gid="sales")
    days = _dates(periods)
    level = forecast.get("interval_level", 0.9)
    axes.fill_between(days, [p["lo"] for p in periods], [p["hi"] for p in periods], color=FORECAST_COLOUR,
                      alpha=0.15, linewidth=0, label=f"{level:.0%} interval", gid="interval-outer")
    if periods and "lo50" in periods[0]:
        inner = forecast.get("inner_interval_level", 0.5)
        axes.fill_between(days, [p["lo50"] for p in periods], [p["hi50"] for p in periods],
                          color=FORECAST_COLOUR, alpha=0.3, linewidth=0, label=f"{inner:.0%} interval",
                          gid="interval-inner")
    axes.plot(days, [p["forecast"] for p in periods], color=FORECAST_COLOUR, linewidth=2,
              label=f"Forecast mean ({forecast.get('model', '')})", gid="forecast")
    axes.set_ylabel("Units per day")
    axes.set_ylim(bottom=0)
    axes.legend(loc="upper left", fontsize=8, ncols=4)
    axes.grid(axis="y", alpha=0.3)


def _position_axes(axes: Axes, outlook: Mapping[str, Any]) -> None:
    """Bottom panel: projected on hand over the horizon against reorder point and safety stock (units)."""
    status = outlook["status"]
    projection = outlook["projection"]
    days = [dt.date.fromisoformat(outlook["planning_date"]), *_dates(projection)]
    levels = [float(status["on_hand"]), *(row["on_hand"] for row in projection)]
    axes.step(days, levels, where="post", color=ON_HAND_COLOUR, linewidth=2,
              label="Projected on hand (on hand + arrivals − forecast mean)", gid="projected-on-hand")
    reorder_point = float(status["reorder_point"])
    axes.axhline(reorder_point, color=REORDER_COLOUR, linestyle="--", linewidth=1.5,
                 label=f"Reorder point {reorder_point:,.0f}", gid="reorder-point")
    safety = float(status["safety_stock"])
    axes.axhline(safety, color=SAFETY_COLOUR, linestyle=":", linewidth=1.2,
                 label=f"Safety stock {safety:,.0f}", gid="safety-stock")
    axes.axhline(0, color=SALES_COLOUR, linewidth=0.8)
    last = days[-1].isoformat()
    for arrival in outlook["arrivals"]:
        if arrival["date"] > last:
            continue
        day = dt.date.fromisoformat(arrival["date"])
        axes.axvline(day, color=ARRIVAL_COLOUR, alpha=0.5, linewidth=1, gid="arrival")
        axes.annotate(f"+{arrival['quantity']:,.0f} {arrival['po_id'] or 'on order'}", (day, axes.get_ylim()[1]),
                      xytext=(3, -12), textcoords="offset points", fontsize=8, color=ARRIVAL_COLOUR)
    axes.set_ylabel("Units on hand")
    axes.legend(loc="best", fontsize=8)
    axes.grid(axis="y", alpha=0.3)


def outlook_figure(outlook: Mapping[str, Any]) -> Figure:
    """The sku's plot: sales and forecast bands on top, projected on hand against the reorder point below.

    Without any sales history the figure holds a sentence saying so instead.
    """
    title = _title(outlook)
    if not outlook.get("history") or not outlook.get("forecast"):
        return message_figure(
            title,
            f"No sales history for {outlook['sku']}: nothing to forecast yet. "
            "Import its sales (replenish import --sales) to see the forecast.",
        )
    figure = Figure(figsize=(11, 6.2), layout="constrained")
    demand, position = figure.subplots(2, 1, height_ratios=[3, 2])  # own x ranges: past + future, future
    _demand_axes(demand, outlook)
    _position_axes(position, outlook)
    today = dt.date.fromisoformat(outlook["planning_date"])
    demand.axvline(today, color="#111827", linewidth=0.8, alpha=0.6)
    demand.set_xlabel("Date (day; vertical line: planning date)")
    position.set_xlabel("Date (day, over the forecast horizon)")
    forecast = outlook["forecast"]
    figure.suptitle(
        f"{title}\nplanning date {today.isoformat()} · {len(outlook['history'])} days of sales, "
        f"{len(forecast['periods'])}-day forecast",
        fontsize=12,
    )
    return figure


def figure_for_sku(load_outlook: Any, sku: str | None) -> Figure:
    """The plot of ``sku`` via ``load_outlook(sku)``; a figure with the error when it fails."""
    if not sku:
        return message_figure("", "No item selected.")
    try:
        return outlook_figure(load_outlook(sku))
    except Exception as error:  # the buyer sees a sentence; the log keeps the traceback
        logger.exception("building the plot of %s failed", sku)
        return message_figure(str(sku), f"Could not build the plot: {error}")
