"""`replenish parse-email` contract (SPEC §5, §8): one object, JSON Lines, errors, stdin."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import REPO_ROOT, run_cli

DEMO = REPO_ROOT / "data" / "demo"
EMAILS = DEMO / "emails"
CATALOG = ["--catalog", str(DEMO / "items.csv")]


def db_option(tmp_path: Path) -> list[str]:
    return ["--db", f"sqlite:///{tmp_path / 'store.db'}"]


def test_one_path_prints_one_object(tmp_path: Path) -> None:
    result = run_cli("parse-email", str(EMAILS / "07_kessler_order_confirmation_en.eml"), *CATALOG, "--json", *db_option(tmp_path))
    assert result.returncode == 0, result.stderr
    parsed = json.loads(result.stdout)
    assert "file" not in parsed
    assert parsed["message_type"] == "order_confirmation"
    assert parsed["supplier"] == "Kessler Werkzeug GmbH"
    assert parsed["po_number"] == "PO-2026-0147"
    assert [(line["sku"], line["quantity"], line["unit_price"], line["currency"]) for line in parsed["lines"]] == [
        ("TOL-1101", 48, 10.2, "EUR"),
        ("TOL-1120", 30, 18.9, "EUR"),
    ]


def test_several_paths_are_json_lines_with_file_and_error_lines(tmp_path: Path) -> None:
    broken = tmp_path / "broken.eml"
    broken.write_bytes(b"\x00\x01\x02binary")
    first = str(EMAILS / "01_ningbo_delay_notice_zh.eml")
    second = str(EMAILS / "05_yiwu_quote_tiers_zh.eml")
    result = run_cli("parse-email", first, str(broken), second, *CATALOG, "--json", *db_option(tmp_path))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["file"] for row in rows] == [first, str(broken), second]
    assert rows[0]["message_type"] == "delay_notice" and rows[0]["delay_days"] == 33
    assert set(rows[1]) == {"file", "error"} and "binary" in rows[1]["error"]
    assert [line["unit_price"] for line in rows[2]["lines"]] == [8.5, 7.8, 7.2]


def test_exit_2_when_nothing_parsed(tmp_path: Path) -> None:
    missing = tmp_path / "missing.eml"
    single = run_cli("parse-email", str(missing), "--json", *db_option(tmp_path))
    assert single.returncode == 2 and single.stdout == ""
    assert "missing.eml" in single.stderr and "Traceback" not in single.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    several = run_cli("parse-email", str(missing), str(empty), "--json", *db_option(tmp_path))
    assert several.returncode == 2, several.stderr
    assert [json.loads(line)["file"] for line in several.stdout.splitlines()] == [str(missing), str(empty)]
    assert "none of the 2 messages" in several.stderr


def test_bad_received_date_is_exit_2(tmp_path: Path) -> None:
    result = run_cli("parse-email", str(EMAILS / "12_pennine_delay_notice_en.eml"), "--received", "23/11/2026", *db_option(tmp_path))
    assert result.returncode == 2 and "--received" in result.stderr and "Traceback" not in result.stderr


def test_stdin_and_received(tmp_path: Path) -> None:
    text = "Hi Dana, your PO-2026-0148 leaves our warehouse today, delivery within 2 days:\nSCR-1001  wood screws  20 cartons of 10 boxes\n"
    result = run_cli("parse-email", "-", *CATALOG, "--received", "2026-12-01", "--json", *db_option(tmp_path), stdin=text)
    assert result.returncode == 0, result.stderr
    parsed = json.loads(result.stdout)
    assert (parsed["ship_date"], parsed["delivery_date"]) == ("2026-12-01", "2026-12-03")
    assert [(line["sku"], line["quantity"]) for line in parsed["lines"]] == [("SCR-1001", 200)]


def test_store_catalog_is_used_without_catalog_option(tmp_path: Path) -> None:
    path = str(EMAILS / "02_ningbo_shipment_notice_gb2312.eml")
    no_catalog = run_cli("parse-email", path, "--json", *db_option(tmp_path))
    assert no_catalog.returncode == 0, no_catalog.stderr
    bare = json.loads(no_catalog.stdout)
    assert bare["supplier"] is None and {line["sku"] for line in bare["lines"]} == {None}
    assert run_cli("demo", "--json", *db_option(tmp_path)).returncode == 0
    with_store = run_cli("parse-email", path, "--json", *db_option(tmp_path))
    parsed = json.loads(with_store.stdout)
    assert parsed["supplier"] == "Ningbo Haitian Hardware Co., Ltd."  # by the sender's domain in the store
    assert [(line["sku"], line["quantity"]) for line in parsed["lines"]] == [("BRK-1050", 6000), ("HDL-6120", 300), ("HNG-2230", 1200)]


def test_readable_output_without_json(tmp_path: Path) -> None:
    result = run_cli("parse-email", str(EMAILS / "11_thames_confirmation_injection_en.eml"), *CATALOG, *db_option(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "order_confirmation" in result.stdout and "SIL-1010" in result.stdout and "warning" in result.stdout


def test_tool_through_the_cli(tmp_path: Path) -> None:
    assert run_cli("demo", "--json", *db_option(tmp_path)).returncode == 0
    arguments = json.dumps({"text": "Subject: PO-2026-0144\n\nPO-2026-0144 (CBL-1150, 10 drums) is delayed by 5 days. New delivery: 30 November.", "received": "2026-11-23"})
    result = run_cli("tool", "parse_supplier_message", arguments, "--json", *db_option(tmp_path))
    assert result.returncode == 0, result.stderr
    parsed = json.loads(result.stdout)
    assert (parsed["message_type"], parsed["delay_days"], parsed["delivery_date"]) == ("delay_notice", 5, "2026-11-30")
    listed = run_cli("tool", "--list", "--json", *db_option(tmp_path))
    assert "parse_supplier_message" in {schema["function"]["name"] for schema in json.loads(listed.stdout)}
