"""The Inventory tab's per-sku plot: the outlook read from the tools and the figure drawn from it."""

from __future__ import annotations

import datetime as dt

import pytest
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from sqlalchemy import Engine

from assistant.dashboard_ui import figure_for_sku, outlook_figure, sku_choices
from data.store import session_scope
from tests.conftest import TODAY
from tests.test_ui import fill_dashboard_store
from tools.inventory import SkuArguments, inventory_status
from tools.outlook import expected_arrivals, project_on_hand, sku_outlook
from tools.registry import ToolContext


def artists(figure: Figure, gid: str) -> list:
    return [artist for axes in figure.axes for artist in axes.get_children() if artist.get_gid() == gid]


def all_text(figure: Figure) -> str:
    texts = [text.get_text() for text in figure.findobj(lambda artist: hasattr(artist, "get_text"))]
    return "\n".join(texts)


def outlook(**overrides: object) -> dict[str, object]:
    """A hand-made sku_outlook result: 10 days of sales, a 5-day forecast, one arrival."""
    periods = [
        {"date": (TODAY + dt.timedelta(days=step)).isoformat(), "forecast": 10.0,
         "lo": 2.0, "hi": 20.0, "lo50": 7.0, "hi50": 13.0}
        for step in range(5)
    ]
    base = {
        "sku": "BRK-1042",
        "name": "Brake pad set",
        "planning_date": TODAY.isoformat(),
        "status": {"on_hand": 30.0, "on_order": 50.0, "reorder_point": 42.5, "safety_stock": 12.5},
        "history": [{"date": (TODAY - dt.timedelta(days=10 - offset)).isoformat(), "quantity": 9.0}
                    for offset in range(10)],
        "forecast": {"model": "AutoETS", "periods": periods, "interval_level": 0.9, "inner_interval_level": 0.5},
        "arrivals": [{"po_id": "PO-1", "date": (TODAY + dt.timedelta(days=2)).isoformat(), "quantity": 50.0,
                      "basis": "promised"}],
    }
    base["projection"] = project_on_hand(30.0, base["arrivals"], periods)
    base.update(overrides)
    return base


def test_projection_adds_arrivals_on_their_day_and_subtracts_mean_demand() -> None:
    data = outlook()
    assert [row["on_hand"] for row in data["projection"]] == [20.0, 10.0, 50.0, 40.0, 30.0]


def test_figure_has_both_interval_bands_with_the_tool_numbers() -> None:
    figure = outlook_figure(outlook())
    outer, = artists(figure, "interval-outer")
    inner, = artists(figure, "interval-inner")
    assert isinstance(outer, PolyCollection)
    outer_y = outer.get_paths()[0].vertices[:, 1]
    inner_y = inner.get_paths()[0].vertices[:, 1]
    assert outer_y.min() == pytest.approx(2.0) and outer_y.max() == pytest.approx(20.0)
    assert inner_y.min() == pytest.approx(7.0) and inner_y.max() == pytest.approx(13.0)
    forecast, = artists(figure, "forecast")
    assert list(forecast.get_ydata()) == [10.0] * 5
    text = all_text(figure)
    for label in ("90% interval", "50% interval", "Units per day", "Units on hand", "BRK-1042 — Brake pad set"):
        assert label in text


def test_figure_draws_reorder_point_and_projected_on_hand() -> None:
    figure = outlook_figure(outlook())
    reorder, = artists(figure, "reorder-point")
    assert isinstance(reorder, Line2D)
    assert set(reorder.get_ydata()) == {42.5}
    on_hand, = artists(figure, "projected-on-hand")
    assert list(on_hand.get_ydata()) == [30.0, 20.0, 10.0, 50.0, 40.0, 30.0]
    assert "Reorder point 42" in all_text(figure)
    assert "+50 PO-1" in all_text(figure)


def test_older_forecast_without_inner_band_still_draws() -> None:
    data = outlook()
    for period in data["forecast"]["periods"]:
        del period["lo50"], period["hi50"]
    figure = outlook_figure(data)
    assert artists(figure, "interval-outer") and not artists(figure, "interval-inner")


def test_no_sales_history_gives_a_message_not_a_crash() -> None:
    figure = outlook_figure(outlook(history=[], forecast=None, projection=None))
    assert "No sales history for BRK-1042" in all_text(figure)
    assert not artists(figure, "reorder-point")


def test_a_failing_read_gives_a_message() -> None:
    def broken(sku: str) -> dict[str, object]:
        raise RuntimeError("database is locked")

    assert "database is locked" in all_text(figure_for_sku(broken, "BRK-1042"))
    assert "No item selected" in all_text(figure_for_sku(broken, None))


def test_sku_choices_show_name_and_keep_order() -> None:
    rows = [{"sku": "B-2", "name": "Bolt"}, {"sku": "A-1", "name": None}]
    assert sku_choices(rows) == [("B-2 — Bolt", "B-2"), ("A-1", "A-1")]


# --------------------------------------------------------------------------------------
# The outlook read from a store (tools.outlook) and drawn.
# --------------------------------------------------------------------------------------
@pytest.fixture
def store(sqlite_store: Engine) -> Engine:
    return fill_dashboard_store(sqlite_store)


def test_outlook_uses_the_tools_numbers(store: Engine) -> None:
    with session_scope(store) as session:
        data = sku_outlook(session, "cbl-3300", TODAY)
    status = inventory_status(SkuArguments(sku="CBL-3300"), ToolContext(store, TODAY))
    assert data["status"]["reorder_point"] == pytest.approx(status["reorder_point"])
    assert len(data["history"]) == 90 and data["history"][-1]["date"] == "2026-11-22"
    periods = data["forecast"]["periods"]
    assert periods[0]["date"] == TODAY.isoformat() and {"lo", "hi", "lo50", "hi50"} <= set(periods[0])
    # the overdue PO line (promised 2 Nov) is expected on the planning date
    assert data["arrivals"] == [{"po_id": "PO-2026-0311", "date": TODAY.isoformat(), "quantity": 200.0,
                                 "basis": "overdue"}]
    assert data["projection"][0]["on_hand"] == pytest.approx(500 + 200 - periods[0]["forecast"])
    figure = outlook_figure(data)
    reorder, = artists(figure, "reorder-point")
    assert list(reorder.get_ydata()) == pytest.approx([status["reorder_point"]] * 2)


def test_outlook_does_not_change_the_policy(store: Engine) -> None:
    """Viewing a plot caches a forecast, but not the one the policy plans with."""
    context = ToolContext(store, TODAY)
    before = inventory_status(SkuArguments(sku="BRK-1042"), context)
    with session_scope(store) as session:
        sku_outlook(session, "BRK-1042", TODAY)
    assert inventory_status(SkuArguments(sku="BRK-1042"), context) == before


def test_outlook_of_an_item_without_sales(store: Engine) -> None:
    with session_scope(store) as session:
        data = sku_outlook(session, "EVIL-1", TODAY)
    assert data["history"] == [] and data["forecast"] is None
    assert "No sales history" in all_text(outlook_figure(data))


def test_on_order_without_an_open_line_arrives_one_lead_time_out(store: Engine) -> None:
    with session_scope(store) as session:
        arrivals = expected_arrivals(session, "HNG-2201", on_order=120.0, lead_time_days=40, today=TODAY)
    assert arrivals == [{"po_id": None, "date": "2027-01-02", "quantity": 120.0, "basis": "lead_time"}]


def test_two_pages_caching_the_same_forecast_at_once(store: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """The losing insert of a concurrent first view is retried and reads the cached forecast."""
    from sqlalchemy.exc import IntegrityError

    from assistant import ui

    real = ui.sku_outlook
    calls: list[str] = []

    def racing(session, sku, today):  # type: ignore[no-untyped-def]
        calls.append(sku)
        if len(calls) == 1:
            raise IntegrityError("INSERT INTO forecast_cache", {}, Exception("UNIQUE constraint failed"))
        return real(session, sku, today)

    monkeypatch.setattr(ui, "sku_outlook", racing)
    assert ui.load_outlook(store, TODAY, "BRK-1042")["sku"] == "BRK-1042"
    assert calls == ["BRK-1042", "BRK-1042"]
