"""The importer (SPEC §4, §9): validation with file/line/column, atomicity, idempotence.

Every bad-input fixture is checked twice: in-process (the exact line and column of the
InputFileError) and through ``replenish import`` as a subprocess (exit code 2, one line
naming file, line and column, no traceback, store unchanged).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, select

from data.errors import InputFileError, UserInputError
from data.importer import ITEM_COLUMNS, ImportSummary, import_files
from data.schema import Item, Sale, Supplier
from data.store import create_store_engine, upgrade_schema
from tests.conftest import run_cli

FIXTURES = Path(__file__).parent / "fixtures"
GOOD = FIXTURES / "good"
BAD = FIXTURES / "bad_input"
GOOD_FILES = {"items": GOOD / "items.csv", "sales": GOOD / "sales.csv", "suppliers": GOOD / "suppliers.csv"}


@dataclass(frozen=True)
class BadCase:
    """One bad file, the option it is passed with, and where the error must point."""

    file: str
    option: str  # items | sales | suppliers
    line: int | None
    column: str | None
    says: str

    def __str__(self) -> str:
        return self.file


BAD_CASES = [
    BadCase("items_unknown_column.csv", "items", 1, "unit_cst", "did you mean 'unit_cost'"),
    BadCase("items_missing_sku_column.csv", "items", 1, "sku", "missing required column 'sku'"),
    BadCase("items_non_numeric_cost.csv", "items", 4, "unit_cost", "expected a number > 0, got 'abc'"),
    BadCase("items_zero_unit_cost.csv", "items", 3, "unit_cost", "expected a number > 0, got '0'"),
    BadCase("items_fractional_pack_size.csv", "items", 3, "pack_size", "expected a whole number >= 1, got '2.5'"),
    BadCase("items_service_level_one.csv", "items", 3, "service_level", "expected a number > 0 and < 1, got '1'"),
    BadCase("items_nan_order_cost.csv", "items", 3, "order_cost", "expected a number >= 0, got 'nan'"),
    BadCase("items_inf_lead_time.csv", "items", 3, "lead_time_days", "got 'inf'"),
    BadCase("items_negative_lead_time.csv", "items", 2, "lead_time_days", "expected a number >= 0, got '-1'"),
    BadCase("items_negative_on_hand.csv", "items", 3, "on_hand", "got '-5'"),
    BadCase("items_empty_sku.csv", "items", 3, "sku", "is empty"),
    BadCase("items_duplicate_sku.csv", "items", 5, "sku", "'A-100' appears twice: lines 2 and 5"),
    BadCase("items_empty.csv", "items", 1, None, "empty (0 bytes)"),
    BadCase("items_header_only.csv", "items", 2, None, "no data rows"),
    BadCase("items_latin1.csv", "items", 3, "name", "not UTF-8 encoded"),
    BadCase("items_utf16.csv", "items", 1, None, "not UTF-8 encoded"),
    BadCase("items_ragged.csv", "items", 4, None, "too many fields: 4 fields, but the header has 3"),
    BadCase("items_quoted_newline.csv", "items", 5, "unit_cost", "got '-1'"),
    BadCase("items_crlf.csv", "items", 4, "unit_cost", "got 'cheap'"),
    BadCase("items_semicolon.csv", "items", 1, "sku;name;unit_cost", "separated by ';'"),
    BadCase("items_duplicate_header.csv", "items", 1, "sku", "appears twice in the header"),
    BadCase("items.json", "items", None, None, "unsupported file type ('.json')"),
    BadCase("sales_negative_quantity.csv", "sales", 5, "quantity", "expected a number >= 0, got '-3'"),
    BadCase("sales_bad_date.csv", "sales", 3, "date", "expected a date YYYY-MM-DD, got '03/11/2026'"),
    BadCase("sales_impossible_date.csv", "sales", 2, "date", "got '2026-02-30' (no such day)"),
    BadCase("sales_unknown_sku.csv", "sales", 4, "sku", "'ZZZ-999' is not a known item"),
    BadCase("sales_missing_date_column.csv", "sales", 1, "date", "missing required column 'date'"),
    BadCase("sales_non_numeric_quantity.csv", "sales", 2, "quantity", "got '12 pcs'"),
    BadCase("sales_empty_quantity.csv", "sales", 3, "quantity", "is empty"),
    BadCase("suppliers_negative_lead_time.csv", "suppliers", 3, "lead_time_days", "got '-2'"),
    BadCase("suppliers_duplicate.csv", "suppliers", 4, "supplier", "'Acme Fasteners' appears twice: lines 2 and 4"),
]


# --------------------------------------------------------------------------- helpers


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """A fresh SQLite store in a temporary file."""
    store = create_store_engine(f"sqlite:///{tmp_path / 't.db'}")
    upgrade_schema(store)
    yield store
    store.dispose()


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables the importer writes, in key order."""
    with engine.connect() as connection:
        return {
            table.__tablename__: [tuple(row) for row in connection.execute(select(table.__table__).order_by(*table.__table__.primary_key))]
            for table in (Item, Sale, Supplier)
        }


def sales_totals(engine: Engine) -> dict[tuple[str, dt.date], float]:
    with engine.connect() as connection:
        rows = connection.execute(select(Sale.sku, Sale.date, Sale.quantity)).all()
    return {(sku, day): quantity for sku, day, quantity in rows}


def item(engine: Engine, sku: str) -> Item:
    with engine.connect() as connection:
        row = connection.execute(select(Item.__table__).where(Item.sku == sku)).one()
    return Item(**row._asdict())


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """Write an .xlsx file with the given sheets (name -> rows)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


# --------------------------------------------------------------------------- bad input


def test_every_bad_fixture_has_a_case() -> None:
    on_disk = {path.name for path in BAD.iterdir() if not path.name.startswith(".")}
    assert on_disk == {case.file for case in BAD_CASES}
    assert len(on_disk) >= 18


@pytest.mark.parametrize("case", BAD_CASES, ids=str)
def test_bad_input_names_file_line_and_column(case: BadCase, engine: Engine) -> None:
    import_files(engine, **GOOD_FILES)
    before = snapshot(engine)
    path = BAD / case.file
    with pytest.raises(InputFileError) as caught:
        import_files(engine, **{case.option: path})
    error = caught.value
    assert (error.file, error.line, error.column) == (str(path), case.line, case.column), str(error)
    assert case.says in str(error)
    assert snapshot(engine) == before


@pytest.mark.parametrize("case", BAD_CASES, ids=str)
def test_cli_rejects_bad_input_with_exit_2_and_changes_nothing(case: BadCase, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    store = create_store_engine(url)
    upgrade_schema(store)
    import_files(store, **GOOD_FILES)
    before = snapshot(store)
    path = BAD / case.file
    result = run_cli("import", f"--{case.option}", str(path), "--json", "--db", url)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message
    assert str(path) in message and case.says in message
    if case.line is not None:
        assert f"line {case.line}" in message
    if case.column is not None:
        assert f"column '{case.column}'" in message
    assert snapshot(store) == before
    store.dispose()


def test_missing_file(engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="file not found"):
        import_files(engine, items=tmp_path / "nope.csv")


def test_whitespace_only_line_is_blank_and_lines_still_count(engine: Engine, tmp_path: Path) -> None:
    path = write(tmp_path / "items.csv", "sku,unit_cost\nA-1,1\n   \nD-4,x\n")
    with pytest.raises(InputFileError) as caught:
        import_files(engine, items=path)
    assert (caught.value.line, caught.value.column) == (4, "unit_cost")


def test_text_longer_than_the_store_allows(engine: Engine, tmp_path: Path) -> None:
    path = write(tmp_path / "items.csv", f"sku,name\nA-1,ok\n{'X' * 101},too long\n")
    with pytest.raises(InputFileError, match="at most 100 characters") as caught:
        import_files(engine, items=path)
    assert (caught.value.line, caught.value.column) == (3, "sku")


def test_first_problem_in_the_file_is_reported(engine: Engine, tmp_path: Path) -> None:
    path = write(tmp_path / "items.csv", "sku,unit_cost,pack_size\nA-1,1,1\nB-2,2,0\nC-3,-1,1\n")
    with pytest.raises(InputFileError) as caught:
        import_files(engine, items=path)
    assert (caught.value.line, caught.value.column) == (3, "pack_size")


def test_input_file_error_is_a_user_input_error() -> None:
    assert issubclass(InputFileError, UserInputError)


# --------------------------------------------------------------------------- atomicity


def test_error_in_one_file_writes_none_of_them(engine: Engine, tmp_path: Path) -> None:
    items = write(tmp_path / "items.csv", "sku,unit_cost\nNEW-1,2.5\n")
    suppliers = write(tmp_path / "suppliers.csv", "supplier\nNew Supplier\n")
    with pytest.raises(InputFileError, match="got '-3'"):
        import_files(engine, items=items, suppliers=suppliers, sales=BAD / "sales_negative_quantity.csv")
    assert snapshot(engine) == {"items": [], "sales": [], "suppliers": []}


def test_unknown_sku_rolls_back_items_and_suppliers_on_both_stores(store: Engine, tmp_path: Path) -> None:
    """The sku check runs inside the write transaction: SQLite and PostgreSQL roll back."""
    items = write(tmp_path / "items.csv", "sku,unit_cost\nNEW-1,2.5\n")
    sales = write(tmp_path / "sales.csv", "sku,date,quantity\nNEW-1,2026-11-01,1\nZZZ-999,2026-11-01,1\n")
    with pytest.raises(InputFileError, match="line 3, column 'sku': sku 'ZZZ-999' is not a known item"):
        import_files(store, items=items, suppliers=GOOD_FILES["suppliers"], sales=sales)
    assert snapshot(store) == {"items": [], "sales": [], "suppliers": []}


def test_sales_for_a_sku_in_the_same_import_but_another_bad_file_are_not_written(engine: Engine, tmp_path: Path) -> None:
    sales = write(tmp_path / "sales.csv", "sku,date,quantity\nNEW-1,2026-11-01,3\n")
    with pytest.raises(InputFileError):
        import_files(engine, items=BAD / "items_non_numeric_cost.csv", sales=sales)
    assert snapshot(engine)["sales"] == []


# --------------------------------------------------------------------------- good input


def test_good_files_import_with_defaults_for_empty_cells(engine: Engine) -> None:
    summary = import_files(engine, **GOOD_FILES)
    assert summary == ImportSummary(items=3, sales_rows=5, suppliers=2)
    assert summary.as_json() == {"items": 3, "sales_rows": 5, "suppliers": 2}
    anchor_bolt = item(engine, "A-100")
    assert anchor_bolt.name == "Anchor bolt M8, zinc"
    assert (anchor_bolt.lead_time_days, anchor_bolt.pack_size, anchor_bolt.service_level) == (10.5, 50, 0.97)
    cable_tie = item(engine, "B-200")  # every optional cell but on_hand empty
    assert (cable_tie.on_hand, cable_tie.stockout_cost) == (300, None)
    assert (cable_tie.order_cost, cable_tie.holding_cost_rate, cable_tie.lead_time_days) == (0, 0.25, 7)
    assert (cable_tie.lead_time_sd_days, cable_tie.pack_size, cable_tie.moq) == (0, 1, 0)
    assert (cable_tie.on_order, cable_tie.service_level) == (0, 0.95)
    with engine.connect() as connection:
        suppliers = {name: days for name, days in connection.execute(select(Supplier.name, Supplier.lead_time_days))}
    assert suppliers == {"Acme Fasteners": 10, "Thames Sealants": None}


def test_defaults_match_the_schema() -> None:
    for column in ITEM_COLUMNS:
        schema_default = Item.__table__.c[column.store_field].default
        assert (schema_default.arg if schema_default is not None else None) == column.default, column.name


def test_rows_for_one_sku_and_day_are_summed(engine: Engine) -> None:
    import_files(engine, **GOOD_FILES)
    totals = sales_totals(engine)
    assert totals[("B-200", dt.date(2026, 11, 1))] == 15
    assert totals[("C-300", dt.date(2026, 11, 2))] == 4.5
    assert len(totals) == 4


def test_reimport_changes_nothing(store: Engine) -> None:
    """Runs on SQLite and PostgreSQL (the upserts are portable)."""
    first = import_files(store, **GOOD_FILES)
    before = snapshot(store)
    second = import_files(store, **GOOD_FILES)
    assert first == second
    assert snapshot(store) == before


def test_reimport_replaces_the_quantity_of_the_days_it_names(store: Engine, tmp_path: Path) -> None:
    import_files(store, **GOOD_FILES)
    correction = write(tmp_path / "sales.csv", "sku,date,quantity\nA-100,2026-11-01,7\nA-100,2026-11-03,1\nA-100,2026-11-03,2\n")
    assert import_files(store, sales=correction).sales_rows == 3
    totals = sales_totals(store)
    assert totals[("A-100", dt.date(2026, 11, 1))] == 7  # replaced, not 127
    assert totals[("A-100", dt.date(2026, 11, 2))] == 95  # not in the file: kept
    assert totals[("A-100", dt.date(2026, 11, 3))] == 3  # new day, summed


def test_reimport_of_items_updates_only_the_columns_in_the_file(store: Engine, tmp_path: Path) -> None:
    import_files(store, **GOOD_FILES)
    stock = write(tmp_path / "stock.csv", "sku,on_hand,service_level\nA-100,5,\nNEW-1,9,0.9\n")
    assert import_files(store, items=stock).items == 2
    anchor_bolt = item(store, "A-100")
    assert (anchor_bolt.on_hand, anchor_bolt.unit_cost, anchor_bolt.name) == (5, 0.35, "Anchor bolt M8, zinc")
    assert anchor_bolt.service_level == 0.95  # an empty cell means the default
    new = item(store, "NEW-1")
    assert (new.on_hand, new.service_level, new.lead_time_days, new.unit_cost) == (9, 0.9, 7, None)


def test_sales_may_refer_to_items_already_in_the_store(engine: Engine) -> None:
    import_files(engine, items=GOOD_FILES["items"])
    assert import_files(engine, sales=GOOD_FILES["sales"]).as_json() == {"items": 0, "sales_rows": 5, "suppliers": 0}


def test_utf8_with_bom_and_crlf_and_spaces(engine: Engine, tmp_path: Path) -> None:
    items = write(tmp_path / "items.csv", "sku,name,unit_cost\r\n A-1 , Écrou 螺母 ,  2.5 \r\n", encoding="utf-8-sig")
    sales = write(tmp_path / "sales.csv", "\ufeffSKU , Date,Quantity\n A-1 , 2026-11-01 , 3 \n\n")
    assert import_files(engine, items=items, sales=sales).as_json() == {"items": 1, "sales_rows": 1, "suppliers": 0}
    assert (item(engine, "A-1").name, item(engine, "A-1").unit_cost) == ("Écrou 螺母", 2.5)
    assert sales_totals(engine) == {("A-1", dt.date(2026, 11, 1)): 3}


def test_quoted_fields_and_embedded_newlines(engine: Engine, tmp_path: Path) -> None:
    items = write(tmp_path / "items.csv", 'sku,name,unit_cost\n"A-1","Bolt\nlong, zinc",1\n')
    import_files(engine, items=items)
    assert item(engine, "A-1").name == "Bolt\nlong, zinc"


def test_xlsx_with_one_sheet(engine: Engine, tmp_path: Path) -> None:
    items = workbook(
        tmp_path / "items.xlsx",
        {"Items": [["sku", "name", "unit_cost", "pack_size", None], [1001, "Bolt", 2.5, 12.0, None], ["B-2", None, 1, None]]},
    )
    sales = workbook(
        tmp_path / "sales.xlsx",
        {"Sales": [["sku", "date", "quantity"], ["1001", dt.datetime(2026, 11, 1), 3], ["B-2", "2026-11-02", 4.5], [None, None, None]]},
    )
    assert import_files(engine, items=items, sales=sales).as_json() == {"items": 2, "sales_rows": 2, "suppliers": 0}
    assert (item(engine, "1001").pack_size, item(engine, "B-2").pack_size) == (12, 1)
    assert sales_totals(engine) == {("1001", dt.date(2026, 11, 1)): 3, ("B-2", dt.date(2026, 11, 2)): 4.5}


def test_xlsx_with_two_sheets_is_rejected(engine: Engine, tmp_path: Path) -> None:
    path = workbook(tmp_path / "items.xlsx", {"Items": [["sku"], ["A-1"]], "Notes": [["hello"]]})
    with pytest.raises(InputFileError, match="exactly one sheet, found 2: 'Items', 'Notes'"):
        import_files(engine, items=path)
    assert snapshot(engine)["items"] == []


def test_xlsx_errors_give_the_row_number(engine: Engine, tmp_path: Path) -> None:
    path = workbook(tmp_path / "items.xlsx", {"Items": [["sku", "unit_cost"], ["A-1", 2], [], ["B-2", -1]]})
    with pytest.raises(InputFileError) as caught:
        import_files(engine, items=path)
    assert (caught.value.line, caught.value.column) == (4, "unit_cost")


def test_file_that_is_not_a_workbook(engine: Engine, tmp_path: Path) -> None:
    path = write(tmp_path / "items.xlsx", "sku\nA-1\n")
    with pytest.raises(InputFileError, match="not a readable .xlsx workbook"):
        import_files(engine, items=path)


def test_progress_does_not_break_the_import(engine: Engine) -> None:
    assert import_files(engine, **GOOD_FILES, progress=True).items == 3


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(
        st.tuples(st.sampled_from(["A-100", "B-200", "C-300"]), st.integers(1, 5), st.integers(0, 1000).map(lambda q: q / 4)),
        min_size=1,
        max_size=30,
    )
)
def test_import_keeps_the_stored_days_it_does_not_name_and_sets_the_ones_it_does(
    rows: list[tuple[str, int, float]], engine: Engine, tmp_path: Path
) -> None:
    if not snapshot(engine)["items"]:
        import_files(engine, items=GOOD_FILES["items"])
    before = sales_totals(engine)
    file_totals: dict[tuple[str, dt.date], float] = {}
    for sku, day, quantity in rows:
        key = (sku, dt.date(2026, 11, day))
        file_totals[key] = file_totals.get(key, 0.0) + quantity
    text = "sku,date,quantity\n" + "".join(f"{sku},2026-11-{day:02d},{quantity}\n" for sku, day, quantity in rows)
    path = write(tmp_path / "sales.csv", text)
    for _ in range(2):  # importing twice gives the same store
        import_files(engine, sales=path)
        after = sales_totals(engine)
        assert after.keys() == before.keys() | file_totals.keys()
        for key, quantity in after.items():
            assert math.isclose(quantity, file_totals.get(key, before.get(key, math.nan)))


def test_cli_import_prints_the_summary(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    arguments = ["--items", str(GOOD_FILES["items"]), "--sales", str(GOOD_FILES["sales"])]
    result = run_cli("import", *arguments, "--suppliers", str(GOOD_FILES["suppliers"]), "--json", "--db", url)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"items": 3, "sales_rows": 5, "suppliers": 2}
