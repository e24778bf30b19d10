"""CLI contract of forecast, backtest and policy (SPEC §5), run as subprocesses."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_cli import assert_user_error

START = dt.date(2026, 5, 1)


def write_sales(folder: Path, days: int = 150) -> Path:
    """Two skus: a weekly pattern and an intermittent one; the last date is shared."""
    rows = ["sku,date,quantity"]
    for offset in range(days):
        day = START + dt.timedelta(days=offset)
        rows.append(f"A-1,{day.isoformat()},{[12, 10, 9, 11, 14, 3, 1][day.weekday()]}")
        if offset % 9 == 0:
            rows.append(f"B-2,{day.isoformat()},{5 + offset % 4}")
    path = folder / "sales.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def write_items(folder: Path) -> Path:
    path = folder / "items.csv"
    path.write_text(
        "sku,unit_cost,order_cost,lead_time_days,pack_size,moq,stockout_cost\n"
        "A-1,2.0,40,7,12,24,1.5\n"
        "B-2,5.0,20,14,1,0,\n",
        encoding="utf-8",
    )
    return path


def test_forecast_daily_writes_the_spec_csv(tmp_path: Path) -> None:
    sales = write_sales(tmp_path)
    out = tmp_path / "forecast.csv"
    result = run_cli("forecast", "--sales", str(sales), "--horizon", "7", "--freq", "D",
                     "--quantiles", "0.1,0.5,0.9", "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["series"] == 2 and sum(summary["models"].values()) == 2
    with out.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["sku", "date", "model", "forecast", "q0.1", "q0.5", "q0.9"]
    last = START + dt.timedelta(days=149)
    expected_dates = [(last + dt.timedelta(days=step)).isoformat() for step in range(1, 8)]
    for sku in ("A-1", "B-2"):
        sku_rows = [row for row in rows if row["sku"] == sku]
        assert [row["date"] for row in sku_rows] == expected_dates
        for row in sku_rows:
            assert float(row["q0.1"]) <= float(row["q0.5"]) <= float(row["q0.9"])


def test_forecast_weekly_uses_period_starts(tmp_path: Path) -> None:
    sales = write_sales(tmp_path)
    out = tmp_path / "weekly.csv"
    result = run_cli("forecast", "--sales", str(sales), "--horizon", "4", "--freq", "W", "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    with out.open(newline="") as handle:
        dates = {row["date"] for row in csv.DictReader(handle)}
    assert len(dates) == 4
    assert all(dt.date.fromisoformat(day).weekday() == 0 for day in dates)  # Mondays


def test_backtest_reports_models_and_series(tmp_path: Path) -> None:
    sales = write_sales(tmp_path)
    result = run_cli("backtest", "--sales", str(sales), "--horizon", "7", "--folds", "2", "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert "SeasonalNaive" in document["models"]
    assert set(document["per_series"]) == {"A-1", "B-2"}


def test_policy_writes_pack_rounded_quantities(tmp_path: Path) -> None:
    sales, items = write_sales(tmp_path), write_items(tmp_path)
    out = tmp_path / "policy.csv"
    result = run_cli("policy", "--items", str(items), "--sales", str(sales), "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"skus": 2}
    with out.open(newline="") as handle:
        rows = {row["sku"]: row for row in csv.DictReader(handle)}
    assert list(next(iter(rows.values()))) == ["sku", "reorder_point", "order_quantity", "safety_stock"]
    quantity = float(rows["A-1"]["order_quantity"])
    assert quantity >= 24 and quantity % 12 == 0
    assert float(rows["A-1"]["reorder_point"]) > 0


@pytest.mark.parametrize(
    ("extra", "content", "fragments"),
    [
        (["--horizon", "0"], None, ["horizon"]),
        (["--horizon", "7", "--freq", "Q"], None, ["Q"]),
        (["--horizon", "7", "--quantiles", "0.5,1.5"], None, ["--quantiles"]),
        (["--horizon", "7"], "sku,date,quantity\nA-1,2026-01-01,lots\n", ["line 2", "quantity"]),
        (["--horizon", "7"], "sku,date,quantity\nA-1,2026-01-01,-3\n", ["line 2", "quantity"]),
        (["--horizon", "7"], "sku,date,quantity\nA-1,01/02/2026,3\n", ["line 2", "date"]),
    ],
)
def test_forecast_bad_input_exits_2(tmp_path: Path, extra: list[str], content: str | None, fragments: list[str]) -> None:
    sales = write_sales(tmp_path)
    if content is not None:
        sales.write_text(content, encoding="utf-8")
    out = tmp_path / "never.csv"
    result = run_cli("forecast", "--sales", str(sales), "--out", str(out), *extra, "--json")
    assert_user_error(result, *fragments)
    assert not out.exists()


def test_policy_with_a_store_uses_observed_lead_times(tmp_path: Path) -> None:
    from data.schema import LeadTimeObservation
    from data.store import open_store, session_scope

    sales = write_sales(tmp_path)
    items = tmp_path / "items.csv"
    items.write_text("sku,supplier,unit_cost,order_cost,lead_time_days,stockout_cost\nA-1,Acme,2.0,40,7,1.5\nB-2,Other,5.0,20,14,\n",
                     encoding="utf-8")
    database = f"sqlite:///{tmp_path / 's.db'}"
    assert run_cli("import", "--items", str(items), "--db", database).returncode == 0
    with session_scope(open_store(database)) as session:  # Acme states 7 days, delivers in 21
        for number in range(6):
            ordered = START + dt.timedelta(days=14 * number)
            session.add(LeadTimeObservation(supplier="Acme", sku="A-1", order_date=ordered,
                                            actual_date=ordered + dt.timedelta(days=21)))
    reorder_points = {}
    for label, extra in (("stated", []), ("observed", ["--db", database])):
        out = tmp_path / f"{label}.csv"
        result = run_cli("policy", "--items", str(items), "--sales", str(sales), "--out", str(out),
                         "--today", "2026-10-01", *extra, "--json")
        assert result.returncode == 0, result.stderr
        with out.open(newline="") as handle:
            reorder_points[label] = float(next(csv.DictReader(handle))["reorder_point"])
    # about 14 more days of demand (≈ 8.6/day) must be covered
    assert reorder_points["observed"] > reorder_points["stated"] + 80
