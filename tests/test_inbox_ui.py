"""The Inbox tab's pure functions: parsing input, highlighting, tables, decisions (no browser)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import Engine

from assistant import inbox_ui
from data.errors import UserInputError
from tests.conftest import REPO_ROOT, TODAY
from tools.supplier_messages import Change, get_message, record_message

EMAILS = REPO_ROOT / "data" / "demo" / "emails"
EVIL = "<script>alert('x')</script><img src=x onerror=alert(1)>"


def marks(fragment: str) -> list[tuple[str, str]]:
    return re.findall(r'<mark class="rp-span" title="([^"]*)">(.*?)</mark>', fragment)


PARSED = {
    "message_type": "delay_notice", "supplier": "Acme", "po_number": "PO-2026-0118",
    "lines": [{"sku": "BRK-1042", "description": "bracket", "quantity": 2500, "unit_price": 0.62, "currency": "USD"}],
    "ship_date": "2026-11-18", "delivery_date": "2026-12-17", "delay_days": 33,
    "minimum_order_quantity": None, "confidence": 0.9, "warnings": [],
}


def test_highlighting_marks_the_values_and_escapes_everything_else() -> None:
    body = (f"{EVIL}\nYour PO-2026-0118: BRK-1042 2,500 pcs at USD 0.62, 30 days net.\n"
            "Ships 18 November, arrives 17 December 2026 (33 days late). 预计12月17日到达 & <b>done</b>")
    out = inbox_ui.highlight_html(body, PARSED)
    assert "<script>" not in out and "<img" not in out and "<b>" not in out
    assert "&lt;script&gt;" in out and "&amp;" in out and "&lt;b&gt;done&lt;/b&gt;" in out
    found = marks(out)
    assert ("PO number", "PO-2026-0118") in found
    assert ("sku BRK-1042", "BRK-1042") in found
    assert ("quantity BRK-1042", "2,500") in found
    assert ("unit price BRK-1042", "0.62") in found
    assert ("ship date", "18 November") in found
    assert ("delivery date", "17 December 2026") in found and ("delivery date", "12月17日") in found
    assert ("delay (days)", "33") in found
    assert not any(text == "30" for _, text in found)  # "30 days net" is not an extracted value
    # removing the tags gives back the text exactly (nothing dropped or added)
    plain = re.sub(r"</?mark[^>]*>", "", out.removeprefix('<pre class="rp-inbox-body">').removesuffix("</pre>"))
    import html

    assert html.unescape(plain) == body


def test_highlighting_escapes_hostile_extracted_values() -> None:
    parsed = {"po_number": '"><script>x</script>', "lines": [{"sku": EVIL, "quantity": None}]}
    out = inbox_ui.highlight_html(f'ref "><script>x</script> and {EVIL}', parsed)
    assert "<script>" not in out and "<img" not in out
    assert len(marks(out)) == 2


def test_upload_size_limit(tmp_path: Path) -> None:
    small = tmp_path / "small.eml"
    small.write_bytes(b"x" * 100)
    assert inbox_ui.check_upload_size(small) == 100
    big = tmp_path / "big.eml"
    big.write_bytes(b"x" * (inbox_ui.MAX_UPLOAD_BYTES + 1))
    with pytest.raises(UserInputError, match="up to 2 MB"):
        inbox_ui.check_upload_size(big)
    with pytest.raises(UserInputError, match="limit is 2 MB"):
        inbox_ui.check_text_size("é" * inbox_ui.MAX_UPLOAD_BYTES)


def test_parse_input_refuses_big_wrong_or_empty_input(demo: Engine, tmp_path: Path) -> None:
    big = tmp_path / "big.eml"
    big.write_bytes(b"Subject: x\n\n" + b"a" * (inbox_ui.MAX_UPLOAD_BYTES + 10))
    with pytest.raises(UserInputError, match="2 MB"):
        inbox_ui.parse_input(demo, str(big), None, None, TODAY)
    pdf = tmp_path / "note.pdf"
    pdf.write_bytes(b"%PDF")
    with pytest.raises(UserInputError, match=r"\.eml or \.txt"):
        inbox_ui.parse_input(demo, str(pdf), None, None, TODAY)
    with pytest.raises(UserInputError, match="paste a message"):
        inbox_ui.parse_input(demo, None, "   ", None, TODAY)
    with pytest.raises(UserInputError, match="YYYY-MM-DD"):
        inbox_ui.parse_input(demo, None, "hello", "23/11/2026", TODAY)


def test_parse_a_demo_email_and_confirm_it_through_the_tab_functions(demo: Engine) -> None:
    result = inbox_ui.parse_input(demo, str(EMAILS / "12_pennine_delay_notice_en.eml"), None, None, TODAY)
    assert result.parsed["po_number"] == "PO-2026-0144" and result.parsed["message_type"] == "delay_notice"
    assert "PO-2026-0144" in result.body and result.subject
    message_id = record_message(demo, result.parsed, result.body, result.sender, result.subject, result.received)
    fields = inbox_ui.fields_frame(result.parsed)
    lines = inbox_ui.lines_frame(result.parsed)
    edited = inbox_ui.edited_from_frames(result.parsed, fields, lines)
    assert edited["po_number"] == "PO-2026-0144" and edited["lines"][0]["sku"] == "CBL-1150"
    preview = inbox_ui.preview_for(demo, result.parsed, fields, lines, TODAY)
    assert "PO-2026-0144 promised date 2026-11-16 → 2026-11-25 (+9 days)" in preview
    # a person edits the delivery date in the table
    fields.loc[fields["Field"] == "Delivery date", "Value"] = "2026-11-26"
    assert "→ 2026-11-26 (+10 days)" in inbox_ui.preview_for(demo, result.parsed, fields, lines, TODAY)
    bad = fields.copy()
    bad.loc[bad["Field"] == "Delivery date", "Value"] = "soon"
    assert "Cannot preview" in inbox_ui.preview_for(demo, result.parsed, bad, lines, TODAY)
    with pytest.raises(UserInputError, match="type your name"):
        inbox_ui.decide(demo, message_id, "confirm", " ", result.parsed, fields, lines, None, TODAY)
    text = inbox_ui.decide(demo, message_id, "confirm", "Ana Buyer", result.parsed, fields, lines, None, TODAY)
    assert text.startswith(f"Message #{message_id} confirmed by Ana Buyer")
    assert get_message(demo, message_id)["status"] == "confirmed"
    listing = inbox_ui.messages_frame(demo)
    assert listing.loc[listing["#"] == message_id, "Status"].tolist() == ["confirmed"]
    with pytest.raises(UserInputError, match="already confirmed"):
        inbox_ui.decide(demo, message_id, "reject", "Bob", result.parsed, fields, lines, None, TODAY)


def test_tables_round_trip_and_blank_cells_mean_missing() -> None:
    fields = inbox_ui.fields_frame(PARSED)
    lines = inbox_ui.lines_frame(PARSED)
    edited = inbox_ui.edited_from_frames(PARSED, fields, lines)
    assert edited["delivery_date"] == "2026-12-17" and edited["delay_days"] == "33"
    assert edited["minimum_order_quantity"] is None
    assert edited["lines"] == [{"sku": "BRK-1042", "description": "bracket", "quantity": "2500",
                                "unit_price": "0.62", "currency": "USD", "received_quantity": None}]
    lines.loc[0, "Received qty"] = "1200"
    assert inbox_ui.edited_from_frames(PARSED, fields, lines)["lines"][0]["received_quantity"] == "1200"


def test_summary_and_preview_escape_text() -> None:
    summary = inbox_ui.summary_html({**PARSED, "warnings": [EVIL]}, "pending", 3)
    assert "<script>" not in summary and "&lt;script&gt;" in summary and "confidence <b>90%</b>" in summary
    preview = inbox_ui.preview_html([Change(kind="note", text=EVIL, applies=False),
                                     Change(kind="item_moq", text="MOQ X 1 → 2")])
    assert "<script>" not in preview and "MOQ X 1 → 2" in preview


def test_the_tab_builds_inside_the_app(demo: Engine) -> None:
    from assistant import ui

    app = ui.build_app(demo, TODAY)
    ids = {getattr(block, "elem_id", None) for block in app.blocks.values()}
    assert {"rp-inbox-tab", "rp-inbox-file", "rp-inbox-text", "rp-inbox-confirm", "rp-inbox-list"} <= ids
