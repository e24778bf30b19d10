"""The Orders tab's logic on the demo store: drafts, edits, decisions, audit log, export."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import Engine, select

from assistant import orders_ui
from data.errors import UserInputError
from data.schema import AuditLog, Item, PurchaseOrder
from data.store import session_scope
from tests.conftest import TODAY
from tools.registry import all_tools

ORDERS_ELEMENTS = ("rp-create-drafts", "rp-po-", "rp-approve", "rp-reject", "rp-export-")
EVIL = "<script>alert('x')</script><img src=x onerror=alert(1)>"


def audit_actions(engine: Engine, po_id: str) -> list[tuple[str, str]]:
    with session_scope(engine) as session:
        entries = session.execute(
            select(AuditLog).where(AuditLog.entity_id == po_id).order_by(AuditLog.id)
        ).scalars()
        return [(entry.actor, entry.action) for entry in entries]


def po_state(engine: Engine, po_id: str) -> tuple[str, list[tuple[str, float]]]:
    with session_scope(engine) as session:
        order = session.get(PurchaseOrder, po_id)
        return order.status, [(line.sku, line.quantity) for line in order.lines]


def first_draft(engine: Engine) -> dict:
    created = orders_ui.create_drafts(engine, TODAY).created
    multi_line = [po for po in created if len(po["lines"]) > 1]
    return orders_ui.po_detail(engine, (multi_line or created)[0]["po_id"])


# ---------------------------------------------------------------------------------------
# Drafts
# ---------------------------------------------------------------------------------------
def test_create_drafts_one_per_supplier_from_todays_recommendations(demo: Engine) -> None:
    needed = orders_ui.skus_to_order(demo, TODAY)
    assert needed, "the demo is built so that some skus need an order on 2026-11-23"
    result = orders_ui.create_drafts(demo, TODAY)
    suppliers = [po["supplier"] for po in result.created]
    assert len(suppliers) == len(set(suppliers)) >= 2
    assert sorted(line["sku"] for po in result.created for line in po["lines"]) == sorted(needed)
    assert all(po["status"] == "draft" and po["po_id"].startswith("PO-20261123-") for po in result.created)
    assert result.message.startswith(f"Created {len(result.created)} draft(s)")
    listed = orders_ui.list_purchase_orders(demo, orders_ui.LIST_ASSISTANT)
    assert {po["po_id"] for po in listed} == {po["po_id"] for po in result.created}
    frame = orders_ui.po_list_frame(listed)
    assert list(frame.columns) == orders_ui.PO_LIST_COLUMNS
    row = frame.iloc[0]
    created = {po["po_id"]: po for po in result.created}[row["PO"]]
    assert row["Status"] == "draft" and row["Lines"] == len(created["lines"])
    assert row["Total"] == orders_ui.format_money(created["total"])
    # the demo's own history is not in the assistant's list, but is under "All POs"
    assert len(orders_ui.list_purchase_orders(demo, orders_ui.LIST_ALL)) > len(listed)
    for po in result.created:
        assert audit_actions(demo, po["po_id"]) == [("assistant", "draft_created")]
        with session_scope(demo) as session:  # a draft is not stock on order
            assert session.get(PurchaseOrder, po["po_id"]).status == "draft"


def test_create_drafts_twice_does_not_double_the_order(demo: Engine) -> None:
    first = orders_ui.create_drafts(demo, TODAY)
    second = orders_ui.create_drafts(demo, TODAY)
    assert second.created == []
    assert sorted(second.skipped) == sorted(line["sku"] for po in first.created for line in po["lines"])
    assert "already on open drafts" in second.message
    assert len(orders_ui.list_purchase_orders(demo, orders_ui.LIST_OPEN)) == len(first.created)


def test_lines_frame_shows_drafted_quantity_and_only_quantity_is_editable(demo: Engine) -> None:
    detail = first_draft(demo)
    frame = orders_ui.lines_frame(detail)
    assert list(frame.columns) == orders_ui.LINE_COLUMNS
    assert orders_ui.LINE_COLUMNS[orders_ui.EDITABLE_LINE_COLUMN] == "Quantity"
    assert frame["SKU"].tolist() == [line["sku"] for line in detail["lines"]]
    assert frame["Quantity"].tolist() == [line["quantity"] for line in detail["lines"]]
    assert frame["Drafted qty"].tolist() == [orders_ui.format_quantity(line["quantity"]) for line in detail["lines"]]
    assert all(name for name in frame["Name"])


# ---------------------------------------------------------------------------------------
# Decisions
# ---------------------------------------------------------------------------------------
def test_edit_and_approve_records_person_and_recommended_vs_approved(demo: Engine) -> None:
    detail = first_draft(demo)
    po_id = detail["po_id"]
    line = detail["lines"][0]
    pack = int(line["pack_size"] or 1)
    new_quantity = line["quantity"] + pack
    with session_scope(demo) as session:
        on_order_before = session.get(Item, line["sku"]).on_order
    frame = orders_ui.lines_frame(detail).astype({"Quantity": object})
    frame.loc[0, "Quantity"] = str(int(new_quantity))  # typed into the table
    feedback = orders_ui.check_edits_html(demo, po_id, frame)
    assert "saved when you approve" in feedback and orders_ui.format_quantity(new_quantity) in feedback
    assert po_state(demo, po_id)[1][0] == (line["sku"], line["quantity"])  # checking saves nothing

    text = orders_ui.decide(demo, po_id, "approve", "  Ana Buyer ", frame, note="bigger pallet")
    assert text.startswith(f"{po_id} approved by Ana Buyer")
    assert f"{line['sku']}: {orders_ui.format_quantity(line['quantity'])} → " in text
    status, lines = po_state(demo, po_id)
    assert status == "approved"
    assert lines[0] == (line["sku"], new_quantity)
    assert [q for _, q in lines[1:]] == [other["quantity"] for other in detail["lines"][1:]]
    with session_scope(demo) as session:
        order = session.get(PurchaseOrder, po_id)
        assert order.approved_by == "Ana Buyer"
        assert session.get(Item, line["sku"]).on_order == pytest.approx(on_order_before + new_quantity)
    assert audit_actions(demo, po_id) == [("assistant", "draft_created"), ("Ana Buyer", "purchase_order_approved")]

    rows = orders_ui.audit_frame(orders_ui.audit_entries(demo))
    assert list(rows.columns) == orders_ui.AUDIT_COLUMNS
    approved = rows[(rows["PO"] == po_id) & (rows["Action"] == "Approved")].iloc[0]
    assert approved["Who"] == "Ana Buyer" and approved["Note"] == "bigger pallet"
    assert f"{line['sku']} × {orders_ui.format_quantity(line['quantity'])}" in approved["Recommended (assistant)"]
    assert f"{line['sku']} × {orders_ui.format_quantity(new_quantity)}" in approved["Approved / decided"]
    assert approved["Changes"] == (f"{line['sku']}: {orders_ui.format_quantity(line['quantity'])} → "
                                   f"{orders_ui.format_quantity(new_quantity)}")
    assert approved["When"][:4] == str(pd.Timestamp.utcnow().year)
    assert rows.iloc[0]["Action"] == "Approved"  # newest first
    drafted = rows[(rows["PO"] == po_id) & (rows["Action"] == "Draft created")].iloc[0]
    assert drafted["Who"] == "assistant" and drafted["Approved / decided"] == ""
    header = orders_ui.po_header_html(orders_ui.po_detail(demo, po_id))
    assert "approved by <b>Ana Buyer</b>" in header and "cannot be approved or rejected again" in header


def test_approve_unchanged_says_as_recommended(demo: Engine) -> None:
    detail = first_draft(demo)
    orders_ui.decide(demo, detail["po_id"], "approve", "Ana", orders_ui.lines_frame(detail))
    row = orders_ui.audit_frame(orders_ui.audit_entries(demo)).iloc[0]
    assert row["Changes"] == "as recommended"
    assert row["Recommended (assistant)"] == row["Approved / decided"]


def test_reject_orders_nothing_and_is_logged(demo: Engine) -> None:
    detail = first_draft(demo)
    po_id = detail["po_id"]
    skus = [line["sku"] for line in detail["lines"]]
    with session_scope(demo) as session:
        before = [session.get(Item, sku).on_order for sku in skus]
    text = orders_ui.decide(demo, po_id, "reject", "Bo Planner", orders_ui.lines_frame(detail), note="wait for promo")
    assert text == f"{po_id} rejected by Bo Planner: nothing will be ordered."
    assert po_state(demo, po_id)[0] == "cancelled"
    with session_scope(demo) as session:
        assert [session.get(Item, sku).on_order for sku in skus] == before
    row = orders_ui.audit_frame(orders_ui.audit_entries(demo)).iloc[0]
    assert (row["Who"], row["Action"], row["PO"], row["Note"]) == ("Bo Planner", "Rejected", po_id, "wait for promo")
    assert row["Approved / decided"] == "rejected: nothing ordered"
    listed = orders_ui.po_list_frame(orders_ui.list_purchase_orders(demo)).set_index("PO")
    assert (listed.loc[po_id, "Status"], listed.loc[po_id, "Decided by"]) == ("rejected", "Bo Planner")
    header = orders_ui.po_header_html(orders_ui.po_detail(demo, po_id))
    assert "rejected by <b>Bo Planner</b>" in header and ">rejected</span>" in header
    with pytest.raises(UserInputError, match="already rejected by Bo Planner"):
        orders_ui.decide(demo, po_id, "approve", "Ana", orders_ui.lines_frame(detail))


@pytest.mark.parametrize(("first", "second"), [("approve", "approve"), ("approve", "reject"), ("reject", "approve")])
def test_a_decided_po_cannot_be_decided_again(demo: Engine, first: str, second: str) -> None:
    detail = first_draft(demo)
    po_id = detail["po_id"]
    orders_ui.decide(demo, po_id, first, "Ana", orders_ui.lines_frame(detail))
    state = po_state(demo, po_id)
    entries = audit_actions(demo, po_id)
    with pytest.raises(UserInputError, match="already .* cannot be approved or rejected again"):
        orders_ui.decide(demo, po_id, second, "Bo", orders_ui.lines_frame(detail))
    assert po_state(demo, po_id) == state
    assert audit_actions(demo, po_id) == entries


@pytest.mark.parametrize("person", ["", "   ", None])
def test_a_decision_needs_a_name(demo: Engine, person: str | None) -> None:
    detail = first_draft(demo)
    with pytest.raises(UserInputError, match="Your name"):
        orders_ui.decide(demo, detail["po_id"], "approve", person, orders_ui.lines_frame(detail))
    assert po_state(demo, detail["po_id"])[0] == "draft"
    assert len(audit_actions(demo, detail["po_id"])) == 1


def test_no_po_selected_is_refused(demo: Engine) -> None:
    with pytest.raises(UserInputError, match="select a purchase order"):
        orders_ui.decide(demo, None, "approve", "Ana")
    with pytest.raises(UserInputError, match="unknown purchase order"):
        orders_ui.decide(demo, "PO-NOPE", "approve", "Ana")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (0, "greater than 0"),
        (-24, "greater than 0"),
        ("-5", "greater than 0"),
        ("abc", "is not a number"),
        ("1,200", "is not a number"),
        ("", "is empty"),
        (None, "is empty"),
        (float("nan"), "finite"),
        (float("inf"), "finite"),
    ],
)
def test_invalid_quantity_edit_is_refused_and_changes_nothing(demo: Engine, value: object, message: str) -> None:
    detail = first_draft(demo)
    po_id = detail["po_id"]
    state = po_state(demo, po_id)
    frame = orders_ui.lines_frame(detail).astype({"Quantity": object})
    frame.loc[0, "Quantity"] = value
    feedback = orders_ui.check_edits_html(demo, po_id, frame)
    assert "Invalid edit" in feedback and "Nothing was changed" in feedback and message in feedback
    with pytest.raises(UserInputError, match=message):
        orders_ui.decide(demo, po_id, "approve", "Ana", frame)
    assert po_state(demo, po_id) == state
    assert audit_actions(demo, po_id) == [("assistant", "draft_created")]


def test_table_of_another_po_or_with_added_rows_is_refused(demo: Engine) -> None:
    detail = first_draft(demo)
    frame = orders_ui.lines_frame(detail)
    renamed = frame.copy()
    renamed.loc[0, "SKU"] = "OTHER-1"
    extra = pd.concat([frame, frame.iloc[[0]]], ignore_index=True)
    for bad in (renamed, extra, frame.iloc[0:0]):
        with pytest.raises(UserInputError):
            orders_ui.decide(demo, detail["po_id"], "approve", "Ana", bad)
    assert po_state(demo, detail["po_id"])[0] == "draft"


def test_parse_quantity_accepts_numbers_and_numeric_text() -> None:
    assert orders_ui.parse_quantity(24, "A") == 24.0
    assert orders_ui.parse_quantity(" 1200 ", "A") == 1200.0
    assert orders_ui.parse_quantity("12.5", "A") == 12.5
    with pytest.raises(UserInputError, match="must be a number"):
        orders_ui.parse_quantity(True, "A")


def test_pack_and_moq_warnings_do_not_block() -> None:
    detail = {"po_id": "P", "lines": [{"sku": "A", "quantity": 24.0, "pack_size": 12, "moq": 48.0}]}
    warnings = orders_ui.quantity_warnings(detail, {"A": 30.0})
    assert any("pack size 12" in w for w in warnings) and any("below the MOQ 48" in w for w in warnings)
    assert orders_ui.quantity_warnings(detail, {"A": 48.0}) == []


# ---------------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------------
def test_empty_store_has_nothing_to_draft(sqlite_store: Engine) -> None:
    result = orders_ui.create_drafts(sqlite_store, TODAY)
    assert result.created == [] and result.message == "No sku needs an order on 2026-11-23: nothing to draft."
    assert orders_ui.po_list_frame(orders_ui.list_purchase_orders(sqlite_store)).empty
    assert orders_ui.audit_frame(orders_ui.audit_entries(sqlite_store)).empty


def test_export_csv_and_xlsx_hold_the_lines_unrounded(demo: Engine, tmp_path: Path) -> None:
    created = orders_ui.create_drafts(demo, TODAY).created
    with session_scope(demo) as session:  # a name a spreadsheet would run as a formula
        sku = created[0]["lines"][0]["sku"]
        session.get(Item, sku).name = '=HYPERLINK("http://evil","click")'
    ids = [po["po_id"] for po in created]
    paths = orders_ui.export_files(demo, ids, tmp_path / "out")
    assert [p.suffix for p in paths] == [".csv", ".xlsx"]
    with paths[0].open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == orders_ui.EXPORT_COLUMNS
    expected = [(po["po_id"], line["sku"], line["quantity"], line["unit_cost"]) for po in created for line in po["lines"]]
    assert [(r["po_id"], r["sku"], float(r["quantity"]), float(r["unit_cost"])) for r in rows] == expected
    assert all(r["status"] == "draft" and r["created_by"] == "assistant" for r in rows)
    assert math.isclose(sum(float(r["line_total"]) for r in rows), sum(po["total"] for po in created))
    evil_row = next(r for r in rows if r["sku"] == sku)
    assert evil_row["name"] == "'" + '=HYPERLINK("http://evil","click")'

    import openpyxl

    sheet = openpyxl.load_workbook(paths[1]).active
    values = list(sheet.values)
    assert list(values[0]) == orders_ui.EXPORT_COLUMNS
    assert [(v[0], v[7], v[9]) for v in values[1:]] == [(p, s, q) for p, s, q, _ in expected]
    name_cells = [row[8] for row in sheet.iter_rows(min_row=2) if row[7].value == sku]
    assert name_cells[0].data_type == "s" and name_cells[0].value.startswith("'=")
    # one selected PO: its own file name, only its lines
    single = orders_ui.export_files(demo, [ids[0]], tmp_path / "one")
    assert single[0].name == f"purchase-orders-{ids[0]}.csv"
    assert set(pd.read_csv(single[0])["po_id"]) == {ids[0]}


def test_export_without_selection_is_refused(demo: Engine, tmp_path: Path) -> None:
    with pytest.raises(UserInputError, match="no purchase order to export"):
        orders_ui.export_files(demo, [], tmp_path)
    with pytest.raises(UserInputError, match="unknown purchase order"):
        orders_ui.export_files(demo, ["PO-NOPE"], tmp_path)


# ---------------------------------------------------------------------------------------
# Escaping and who can decide
# ---------------------------------------------------------------------------------------
def test_user_text_is_escaped_in_html() -> None:
    box = orders_ui.message_html(f"PO-1 approved by {EVIL}", "ok")
    assert "<script>" not in box and "<img" not in box and "&lt;script&gt;" in box
    header = orders_ui.po_header_html({"po_id": "PO-<b>1</b>", "supplier": EVIL, "status": "approved",
                                       "lines": [], "total": 0.0, "approved_by": EVIL, "approved_at": None})
    assert "<script>" not in header and "<img" not in header and "<b>1</b>" not in header
    assert "&lt;img src=x onerror=alert(1)&gt;" in header
    assert 'class="rp-msg rp-msg-info"' in orders_ui.message_html("x", 'x" onclick="alert(1)')


def test_hostile_name_is_stored_and_shown_as_text(demo: Engine) -> None:
    detail = first_draft(demo)
    text = orders_ui.decide(demo, detail["po_id"], "approve", EVIL, orders_ui.lines_frame(detail), note=EVIL)
    assert EVIL in text  # plain text; the UI puts it through message_html
    assert "&lt;script&gt;" in orders_ui.message_html(text)
    row = orders_ui.audit_frame(orders_ui.audit_entries(demo)).iloc[0]
    assert row["Who"] == EVIL and row["Note"] == EVIL  # Dataframe cells are text, not markup
    assert "<script>" not in orders_ui.po_header_html(orders_ui.po_detail(demo, detail["po_id"]))


def test_deciding_is_not_a_tool_the_model_can_call() -> None:
    names = set(all_tools())
    assert "draft_purchase_order" in names
    assert not {name for name in names if "approve" in name or "decide" in name or "reject" in name}


def english(value: str) -> str:
    """A component text as an English browser shows it (``gr.I18n`` keys → assistant/locales/en.json)."""
    import json

    from assistant.i18n import text

    if isinstance(value, str) and value.startswith("__i18n__"):
        return text(json.loads(value.removeprefix("__i18n__"))["key"], "en")
    return value


def test_orders_tab_events_are_not_an_api(demo: Engine) -> None:
    from assistant import ui

    app = ui.build_app(demo, TODAY, agent_factory=lambda: None)  # type: ignore[arg-type,return-value]
    labels = {english(block["props"]["value"]) for block in app.config["components"]
              if block.get("type") == "button"}
    assert "Approve" in labels and "Reject" in labels
    assert "Create drafts from today's recommendations" in labels
    orders_ids = {block["id"] for block in app.config["components"]
                  if str(block.get("props", {}).get("elem_id") or "").startswith(ORDERS_ELEMENTS)}
    events = [dep for dep in app.config["dependencies"]
              if any(target[0] in orders_ids for target in dep["targets"])]
    assert len(events) >= 8  # create, filter, pick, select, edit, approve, reject, 2 exports
    assert all(dep["api_visibility"] == "private" for dep in events)
