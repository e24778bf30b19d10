"""CLI contract (SPEC §5, §9): run as a subprocess, the way users' scripts call it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

SPEC_TOOLS_NOW = {
    "inventory_status",
    "recommend_order",
    "compute_eoq",
    "reorder_point",
    "newsvendor",
    "simulate_policy",
    "list_alerts",
    "draft_purchase_order",
    "supplier_performance",
    "forecast_demand",
}
SPEC_TOOLS_ALL = SPEC_TOOLS_NOW | {"parse_supplier_message"}


def assert_user_error(result, *fragments: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    for fragment in fragments:
        assert fragment in result.stderr


def write_small_catalog(folder: Path) -> tuple[Path, Path]:
    items = folder / "items.csv"
    items.write_text(
        "sku,name,supplier,unit_cost,order_cost,lead_time_days,pack_size,on_hand\n"
        "A-1,Anchor bolt,Acme,2.0,50,7,12,60\n"
        "B-2,Bracket,Acme,4.0,20,10,1,5000\n",
        encoding="utf-8",
    )
    sales = folder / "sales.csv"
    rows = ["sku,date,quantity"]
    for day in range(1, 31):
        rows.append(f"A-1,2026-10-{day:02d},10")
        rows.append(f"B-2,2026-10-{day:02d},3")
    sales.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return items, sales


def test_tool_list_json_has_only_spec_tools(tmp_path: Path) -> None:
    result = run_cli("tool", "--list", "--json", "--db", f"sqlite:///{tmp_path / 's.db'}")
    assert result.returncode == 0, result.stderr
    schemas = json.loads(result.stdout)
    names = {schema["function"]["name"] for schema in schemas}
    assert SPEC_TOOLS_NOW <= names <= SPEC_TOOLS_ALL
    for schema in schemas:
        assert schema["type"] == "function"
        assert schema["function"]["description"]
        assert schema["function"]["parameters"]["type"] == "object"


def test_pure_tool_prints_its_result_object() -> None:
    result = run_cli("tool", "compute_eoq", '{"annual_demand": 1000, "order_cost": 10, "holding_cost": 0.5}', "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["eoq"] == pytest.approx(200)


@pytest.mark.parametrize(
    ("arguments", "fragments"),
    [
        (["tool", "no_such_tool", "{}"], ["unknown tool 'no_such_tool'"]),
        (["tool", "compute_eoq", '{"annual_demand": "lots", "order_cost": 1, "holding_cost": 1}'], ["annual_demand"]),
        (["tool", "compute_eoq", '{"annual_demand": 10, "order_cost": 1, "holding_cost": 1, "colour": 3}'], ["colour"]),
        (["tool", "compute_eoq", "{not json"], ["not valid JSON"]),
        (["tool", "compute_eoq", "[1, 2]"], ["JSON object"]),
        (["tool", "reorder_point", '{"mean_daily_demand": 1, "sd_daily_demand": 1, "lead_time_days": 2, "service_level": 1.5}'], ["service_level"]),
        (["tool"], ["NAME"]),
        (["tool", "list_alerts", "--today", "23/11/2026"], ["--today", "YYYY-MM-DD"]),
        (["frobnicate"], ["No such command"]),
        (["import", "--json"], ["--items"]),
        (["import", "--items", "/nonexistent/items.csv", "--json"], ["/nonexistent/items.csv"]),
    ],
)
def test_usage_and_input_errors_exit_2_without_traceback(tmp_path: Path, arguments: list[str], fragments: list[str]) -> None:
    result = run_cli(*arguments, "--db", f"sqlite:///{tmp_path / 's.db'}") if arguments[0] != "frobnicate" else run_cli(*arguments)
    assert_user_error(result, *fragments)


def test_help_exits_0() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("import", "demo", "serve", "tool", "recommend"):
        assert command in result.stdout


def test_import_then_store_tools_and_recommend(tmp_path: Path) -> None:
    items, sales = write_small_catalog(tmp_path)
    database = f"sqlite:///{tmp_path / 's.db'}"
    imported = run_cli("import", "--items", str(items), "--sales", str(sales), "--json", "--db", database)
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout) == {"items": 2, "sales_rows": 60, "suppliers": 0}

    # common options anywhere after the subcommand; REPLENISH_DB honoured
    status = run_cli("tool", "--json", "inventory_status", '{"sku": "A-1"}', "--today", "2026-11-01",
                     env={"REPLENISH_DB": database})
    assert status.returncode == 0, status.stderr
    document = json.loads(status.stdout)
    assert document["sku"] == "A-1"
    assert document["avg_daily_demand"] == pytest.approx(10 * 30 / 31)  # Oct 1..31, Oct 31 no sale

    recommend = run_cli("recommend", "--today", "2026-11-01", "--db", database, "--json")
    assert recommend.returncode == 0, recommend.stderr
    rows = json.loads(recommend.stdout)
    assert [row["sku"] for row in rows] == ["A-1", "B-2"]
    a1 = rows[0]
    assert a1["order_quantity"] > 0 and a1["order_quantity"] % 12 == 0
    assert rows[1]["order_quantity"] == 0


def test_unknown_sku_through_cli_is_exit_2(tmp_path: Path) -> None:
    items, sales = write_small_catalog(tmp_path)
    database = f"sqlite:///{tmp_path / 's.db'}"
    assert run_cli("import", "--items", str(items), "--db", database).returncode == 0
    result = run_cli("tool", "recommend_order", '{"sku": "ZZZ"}', "--db", database, "--json")
    assert_user_error(result, "unknown sku 'ZZZ'")


def test_a_person_approves_a_draft_from_the_cli(tmp_path: Path) -> None:
    items, sales = write_small_catalog(tmp_path)
    database = f"sqlite:///{tmp_path / 's.db'}"
    assert run_cli("import", "--items", str(items), "--sales", str(sales), "--db", database).returncode == 0
    drafted = run_cli("tool", "draft_purchase_order", '{"skus": ["A-1"]}', "--today", "2026-11-01",
                      "--db", database, "--json")
    assert drafted.returncode == 0, drafted.stderr
    po_id = json.loads(drafted.stdout)["po_id"]
    bad = run_cli("approve", po_id, "--by", "ana", "--set", "A-1=lots", "--db", database)
    assert_user_error(bad, "SKU=QUANTITY")
    approved = run_cli("approve", po_id, "--by", "ana", "--set", "A-1=240", "--db", database, "--json")
    assert approved.returncode == 0, approved.stderr
    document = json.loads(approved.stdout)
    assert document["status"] == "approved"
    assert document["lines"][0]["quantity"] == 240
    again = run_cli("approve", po_id, "--by", "ana", "--db", database)
    assert_user_error(again, "only drafts")
