"""The interface's two languages: one table of texts, the browser's language picked per request."""

from __future__ import annotations

import datetime as dt
import re
import string

import pandas as pd
import pytest

from assistant import i18n, orders_ui, ui
from assistant.suppliers_ui import suppliers_styler
from tests.test_ui import inventory_row, styled_cells


def test_every_text_exists_in_both_languages_with_the_same_placeholders() -> None:
    tables = i18n.translations()
    assert set(tables["en"]) == set(tables["zh"])
    fields = string.Formatter()
    for key, english in tables["en"].items():
        chinese = tables["zh"][key]
        assert chinese.strip(), key
        assert {f for _, f, _, _ in fields.parse(english) if f} == {f for _, f, _, _ in fields.parse(chinese) if f}, key


def test_chinese_texts_are_chinese() -> None:
    tables = i18n.translations()
    untranslated = [key for key, value in tables["zh"].items()
                    if value == tables["en"][key] and re.search(r"[a-z]{3}", value)
                    and not key.startswith(("col_sku", "col_po", "col_number"))]
    assert untranslated == []


@pytest.mark.parametrize(("header", "language"), [
    ("zh-CN,zh;q=0.9,en;q=0.8", "zh"),
    ("zh-TW", "zh"),
    ("en-GB,en;q=0.9,zh;q=0.8", "en"),
    ("fr-FR,zh;q=0.5", "zh"),
    ("de-DE,fr;q=0.9", "en"),
    ("en;q=0.2,zh-CN;q=0.9", "zh"),
    ("", "en"),
    (None, "en"),
])
def test_language_from_accept_language(header: str | None, language: str) -> None:
    assert i18n.language_from_header(header) == language


def test_text_fills_placeholders_and_falls_back_to_english() -> None:
    assert i18n.text("n_skus", "zh", n=3) == "3 个 SKU"
    assert i18n.text("n_skus", "fr", n=3) == "3 SKUs"
    with pytest.raises(KeyError):
        i18n.label("no_such_text")


def test_labels_are_gradio_translation_keys() -> None:
    assert str(i18n.label("tab_chat")).startswith("__i18n__")
    assert i18n.I18N.translations_dict["zh"]["tab_chat"] == "对话"
    assert i18n.I18N.translations_dict["zh"]["tab_inventory"] == "库存"


def test_dashboard_tables_and_cards_in_chinese() -> None:
    rows = [inventory_row("A-1", "stockout_risk"), inventory_row("B-2", "ok")]
    headers, values, _ = styled_cells(ui.inventory_styler(rows, "zh"))
    assert headers[:5] == ["状态", "SKU", "名称", "供应商", "现有库存"]
    assert values[0][0] == "缺货风险"
    data = ui.DashboardData(today=dt.date(2026, 11, 23), inventory=rows)
    assert "缺货风险" in ui.status_cards_html(data, "zh")
    title = ui.title_html(dt.date(2026, 11, 23), data, "zh")
    assert "计划日期" in title and "2026年11月23日 周一" in title and "2 个 SKU" in title
    alerts = [{"type": "supplier_delay", "supplier": "Acme", "severity": "high", "message": "Acme: late"}]
    shown = ui.alerts_html(alerts, language="zh")
    assert "供应商延误" in shown and "警报" in shown
    assert "没有警报" in ui.alerts_html([], language="zh")
    order = {"sku": "A-1", "order_quantity": 24.0, "order_by": "2026-11-23", "unit_cost": 2.0, "reason": "low"}
    headers, values, _ = styled_cells(ui.orders_styler([order], dt.date(2026, 11, 23), "zh"))
    assert "订购数量" in headers and values[0][headers.index("订购数量")] == "24"
    supplier = {"supplier": "Acme", "deliveries": 4, "on_time_rate": 0.5, "overdue_po_ids": ["PO-9"]}
    headers, values, _ = styled_cells(suppliers_styler([supplier], "zh"))
    assert headers[2] == "准时率" and values[0][2] == "50%"


def test_english_output_is_unchanged() -> None:
    rows = [inventory_row("A-1", "reorder")]
    headers, values, _ = styled_cells(ui.inventory_styler(rows))
    assert headers == ui.INVENTORY_COLUMNS and values[0][0] == "Reorder"
    assert ui.title_html(dt.date(2026, 11, 23)).count("Planning date") == 1


def test_po_tables_in_chinese_are_read_back_by_position() -> None:
    detail = {"po_id": "PO-1", "status": "draft",
              "lines": [{"sku": "A-1", "name": "Bolt", "quantity": 10.0, "unit_cost": 2.0, "line_total": 20.0}]}
    frame = orders_ui.lines_frame(detail, "zh")
    assert list(frame.columns)[:3] == ["SKU", "名称", "数量"]
    frame.iloc[0, 2] = 12
    assert orders_ui.edited_quantities(detail, frame) == {"A-1": 12.0}
    listed = orders_ui.po_list_frame([{"po_id": "PO-1", "status": "cancelled", "lines": [], "total": 0}], "zh")
    assert list(listed.columns)[0] == "采购单号" and listed.iloc[0]["状态"] == "已拒绝"
    audit = orders_ui.audit_frame([{"action": "purchase_order_approved", "actor": "Ana", "po_id": "PO-1"}], "zh")
    assert audit.iloc[0]["操作"] == "已批准"


def test_english_headers_leave_other_tables_alone() -> None:
    frame = pd.DataFrame({"a": [1]})
    assert i18n.english_headers(frame, ["x", "y"]) is frame
    assert list(i18n.english_headers(frame, ["x"]).columns) == ["x"]
    assert i18n.english_headers(None, ["x"]) is None


def test_po_header_in_chinese() -> None:
    detail = {"po_id": "PO-1", "supplier": None, "status": "cancelled", "total": 20.0, "lines": [{}],
              "decided_by": "Ana", "decided_at": dt.datetime(2026, 11, 23, 9, 30)}
    shown = orders_ui.po_header_html(detail, "zh")
    assert "无供应商" in shown and "已拒绝" in shown and "<b>Ana</b> 已拒绝" in shown and "1 行" in shown
    english = orders_ui.po_header_html(detail)
    assert "rejected by <b>Ana</b> on 2026-11-23 09:30" in english and "1 line(s) · total" in english


def test_inbox_tables_in_chinese_are_read_back() -> None:
    from assistant import inbox_ui

    parsed = {"message_type": "delay_notice", "po_number": "PO-1", "delivery_date": "2026-12-01",
              "lines": [{"sku": "A-1", "quantity": 10}]}
    fields = inbox_ui.fields_frame(parsed, "zh")
    lines = inbox_ui.lines_frame(parsed, "zh")
    assert list(fields.columns) == ["字段", "值"] and "到货日期" in fields["字段"].tolist()
    assert list(lines.columns)[:3] == ["SKU", "描述", "数量"]
    fields.loc[fields["字段"] == "到货日期", "值"] = "2026-12-05"
    edited = inbox_ui.edited_from_frames(parsed, fields, lines)
    assert edited["delivery_date"] == "2026-12-05" and edited["po_number"] == "PO-1"
    assert edited["lines"][0]["sku"] == "A-1" and edited["lines"][0]["quantity"] == "10"
    assert "待处理" in inbox_ui.summary_html(parsed, "pending", 1, "zh")
    assert "数据库不会有任何改动" in inbox_ui.preview_html([], language="zh")


def test_alert_details_are_written_from_the_tools_numbers_in_both_languages() -> None:
    stockout = {"type": "stockout_risk", "sku": "CBL-1150", "severity": "high", "message": "CBL-1150: tool text",
                "on_hand": 10.0, "on_order": 10.0, "lead_time_days": 7.7561, "avg_daily_demand": 4.2391,
                "days_of_cover": 2.36, "safety_stock": 21.9, "reorder_point": 54.8}
    delay = {"type": "supplier_delay", "supplier": "Ningbo", "severity": "high", "message": "Ningbo: tool text",
             "po_ids": ["PO-2026-0118"], "overdue_lines": 4, "max_days_late": 20, "announced_late_lines": 0,
             "max_announced_delay_days": 0}
    english = ui.alerts_html([stockout, delay])
    assert "On hand 10 + on order 10 does not cover 7.8 days of lead time at 4.24/day (cover 2.4 days)." in english
    assert "4 open PO line(s) on PO-2026-0118 past the promised date, up to 20 days late." in english
    assert "re-promised" not in english and "tool text" not in english
    chinese = ui.alerts_html([stockout, delay], language="zh")
    assert "现有 10 + 在途 10 不够 7.8 天交货期的需求（日均 4.24，可用 2.4 天）。" in chinese
    assert "PO-2026-0118 上 4 条未完成采购行已过承诺交期，最多晚 20 天。" in chinese
    # an alert without its numbers keeps the tool's message
    assert "Tool text" in ui.alerts_html([{"type": "stockout_risk", "sku": "X", "severity": "high",
                                            "message": "X: tool text"}], language="zh")
