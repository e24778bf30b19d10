"""The Orders tab: a buyer turns recommendations into draft POs; a person approves them.

Two layers, as in :mod:`assistant.ui`:

- *pure functions* (``create_drafts``, ``po_list_frame``, ``lines_frame``,
  ``edited_quantities``, ``decide``, ``audit_frame``, ``export_files``, ...) take the
  engine and return frames, messages or files. The business logic stays in ``tools/``:
  drafts come from the ``draft_purchase_order`` tool, decisions go through
  :func:`tools.purchase_orders.decide_purchase_order`, which writes the audit log;
- *layout* (``build_orders_tab``) wires Gradio components to those functions.

Nothing here is a tool: the chat model cannot reach it. Every event is registered with
``api_visibility="private"``, so only a person pressing a button triggers a decision,
and a decision always carries the name that person typed.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import math
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # before gradio is imported

import gradio as gr  # noqa: E402
import pandas as pd  # noqa: E402
from sqlalchemy import Engine, select  # noqa: E402

from assistant.i18n import (  # noqa: E402
    Language,
    english_headers,
    html_label,
    label,
    language_of,
    text,
    with_headers,
)
from assistant.formatting import DASH, format_money, is_missing  # noqa: E402,F401
from assistant.formatting import format_quantity as shared_format_quantity  # noqa: E402
from data.errors import UserInputError  # noqa: E402
from data.schema import AuditLog, Item, PurchaseOrder  # noqa: E402
from data.store import session_scope  # noqa: E402
from tools.inventory import all_policies, recommendation_result  # noqa: E402
from tools.purchase_orders import decide_purchase_order, po_result  # noqa: E402
from tools.registry import ToolContext, call_tool  # noqa: E402

logger = logging.getLogger(__name__)

PO_LIST_COLUMNS = ["PO", "Supplier", "Status", "Lines", "Total", "Created by", "Decided by"]
LINE_COLUMNS = ["SKU", "Name", "Quantity", "Drafted qty", "Pack size", "MOQ", "Unit cost", "Line total"]
EDITABLE_LINE_COLUMN = LINE_COLUMNS.index("Quantity")
AUDIT_COLUMNS = ["When", "Who", "Action", "PO", "Recommended (assistant)", "Approved / decided", "Changes", "Note"]
PO_LIST_KEYS = dict(zip(PO_LIST_COLUMNS, ["col_po", "col_supplier", "col_status", "col_lines", "col_total",
                                          "col_created_by", "col_decided_by"]))
LINE_KEYS = dict(zip(LINE_COLUMNS, ["col_sku", "col_name", "col_quantity", "col_drafted_qty", "col_pack_size",
                                    "col_moq", "col_unit_cost", "col_line_total"]))
AUDIT_KEYS = dict(zip(AUDIT_COLUMNS, ["col_when", "col_who", "col_action", "col_po", "col_recommended",
                                      "col_decided", "col_changes", "col_note"]))
"""English column header (the frames' key) → its text in assistant/locales."""
EXPORT_COLUMNS = [
    "po_id", "supplier", "status", "created_by", "created_at", "approved_by", "approved_at",
    "sku", "name", "quantity", "unit_cost", "line_total",
]

LIST_ASSISTANT = "Assistant drafts"
LIST_OPEN = "Open drafts"
LIST_ALL = "All POs"
LIST_FILTERS = (LIST_ASSISTANT, LIST_OPEN, LIST_ALL)

ACTIONS = ("draft_created", "purchase_order_approved", "purchase_order_rejected")
"""Audit actions on purchase orders; their labels are in assistant/locales (``action_*``)."""
PO_STATUSES = ("draft", "approved", "sent", "partially_received", "received", "cancelled")
"""Their labels are in assistant/locales (``po_status_*``); a rejected draft is stored as cancelled."""
DECISION_ACTIONS = ("purchase_order_approved", "purchase_order_rejected")
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
"""Spreadsheet programs run a cell starting with one of these as a formula."""


# --------------------------------------------------------------------------------------
# Formatting helpers (display only)
# --------------------------------------------------------------------------------------
_missing = is_missing


def format_quantity(value: Any) -> str:
    """PO quantities: whole units without decimals, others with two (edits may be fractional)."""
    return shared_format_quantity(value, decimals=2)


def status_label(status: str | None, language: Language = "en") -> str:
    """A PO status as the buyer reads it (a ``cancelled`` draft reads "rejected")."""
    status = status or ""
    return text(f"po_status_{status}", language) if status in PO_STATUSES else status


def message_html(text: str, kind: str = "info") -> str:
    """A one-line message box; ``text`` is escaped (it may carry names typed by a person)."""
    kind = kind if kind in {"info", "ok", "error", "warning"} else "info"
    return f'<div class="rp-msg rp-msg-{kind}">{html.escape(text)}</div>'


def lines_summary(lines: Iterable[Mapping[str, Any]]) -> str:
    """``SKU × qty; SKU × qty`` for the audit table."""
    return "; ".join(f"{line.get('sku')} × {format_quantity(line.get('quantity'))}" for line in lines)


# --------------------------------------------------------------------------------------
# Drafts from today's recommendations
# --------------------------------------------------------------------------------------
@dataclass
class DraftsCreated:
    created: list[dict[str, Any]]
    """``draft_purchase_order`` results, one per supplier."""
    skipped: list[str]
    """Skus that need an order but are already on an open draft."""
    message: str


def open_draft_skus(engine: Engine) -> set[str]:
    """Skus already on a draft nobody has decided yet (a second draft would double them)."""
    with session_scope(engine) as session:
        drafts = session.execute(select(PurchaseOrder).where(PurchaseOrder.status == "draft")).scalars()
        return {line.sku for draft in drafts for line in draft.lines}


def skus_to_order(engine: Engine, today: dt.date) -> list[str]:
    """Skus whose recommendation (``recommend_order``) says to order something today."""
    with session_scope(engine) as session:
        policies = all_policies(session, today)
        recommendations = [recommendation_result(policy, today) for policy in policies]
    return [str(r["sku"]) for r in recommendations if (r.get("order_quantity") or 0) > 0]


def create_drafts(engine: Engine, today: dt.date) -> DraftsCreated:
    """One draft per supplier for every sku that needs an order today (the PO-draft tool does it).

    Skus already on an open draft are left out, so pressing the button twice does not
    order twice. Nothing is ordered: a person still approves each draft.
    """
    needed = skus_to_order(engine, today)
    pending = open_draft_skus(engine)
    skipped = [sku for sku in needed if sku in pending]
    skus = [sku for sku in needed if sku not in pending]
    if not skus:
        if skipped:
            text = (f"No new drafts: the {len(skipped)} sku(s) that need an order today are already "
                    "on open drafts. Approve or reject those first.")
        else:
            text = f"No sku needs an order on {today.isoformat()}: nothing to draft."
        return DraftsCreated([], skipped, text)
    result = call_tool("draft_purchase_order", {"skus": skus}, ToolContext(engine, today))
    created = [{k: v for k, v in result.items() if k != "other_drafts"}, *result.get("other_drafts", [])]
    parts = [
        f"{po['po_id']} ({po.get('supplier') or 'no supplier'}, {len(po['lines'])} line(s), "
        f"{format_money(po['total'])})"
        for po in created
    ]
    text = f"Created {len(created)} draft(s): " + "; ".join(parts) + "."
    if skipped:
        text += f" {len(skipped)} sku(s) already on open drafts were left out."
    text += " Nothing is ordered until a person approves a draft."
    return DraftsCreated(created, skipped, text)


# --------------------------------------------------------------------------------------
# List and detail
# --------------------------------------------------------------------------------------
def _decisions(session: Any, po_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The last decision on each PO from the audit log: ``{po_id: {by, action, at}}``."""
    po_ids = list(po_ids)
    if not po_ids:
        return {}
    entries = session.execute(
        select(AuditLog)
        .where(AuditLog.entity == "purchase_order", AuditLog.action.in_(DECISION_ACTIONS),
               AuditLog.entity_id.in_(po_ids))
        .order_by(AuditLog.id)
    ).scalars()
    return {entry.entity_id: {"by": entry.actor, "action": entry.action, "at": entry.at} for entry in entries}


def list_purchase_orders(engine: Engine, show: str = LIST_ASSISTANT) -> list[dict[str, Any]]:
    """POs for the list, newest first: ``po_result`` plus who created and decided them."""
    query = select(PurchaseOrder)
    if show == LIST_OPEN:
        query = query.where(PurchaseOrder.status == "draft")
    elif show != LIST_ALL:
        query = query.where(PurchaseOrder.created_by == "assistant")
    with session_scope(engine) as session:
        orders = session.execute(query).scalars().all()
        decisions = _decisions(session, [order.po_id for order in orders])
        rows = [
            {
                **po_result(order),
                "created_by": order.created_by,
                "created_at": order.created_at,
                "approved_by": order.approved_by,
                "decided_by": decisions.get(order.po_id, {}).get("by") or order.approved_by,
            }
            for order in orders
        ]
    drafts = [row for row in rows if row["status"] == "draft"]
    others = sorted((row for row in rows if row["status"] != "draft"), key=lambda row: row["po_id"], reverse=True)
    return drafts + others


def po_list_frame(orders: Iterable[Mapping[str, Any]], language: Language = "en") -> pd.DataFrame:
    """One row per PO: id, supplier, status, number of lines, total (rounded for display)."""
    records = [
        {
            "PO": order["po_id"],
            "Supplier": order.get("supplier") or "",
            "Status": status_label(order.get("status"), language),
            "Lines": len(order.get("lines", [])),
            "Total": format_money(order.get("total")),
            "Created by": order.get("created_by") or "",
            "Decided by": order.get("decided_by") or order.get("approved_by") or "",
        }
        for order in orders
    ]
    return with_headers(pd.DataFrame.from_records(records, columns=PO_LIST_COLUMNS), PO_LIST_KEYS, language)


def _drafted_quantities(session: Any, po_id: str) -> dict[str, float]:
    """What the assistant drafted, from the ``draft_created`` audit entry."""
    entry = session.execute(
        select(AuditLog)
        .where(AuditLog.entity == "purchase_order", AuditLog.entity_id == po_id,
               AuditLog.action == "draft_created")
        .order_by(AuditLog.id)
    ).scalars().first()
    if entry is None or not entry.details:
        return {}
    return {str(line["sku"]): float(line["quantity"]) for line in entry.details.get("lines", [])}


def po_detail(engine: Engine, po_id: str) -> dict[str, Any]:
    """A PO with its lines enriched by item name, pack size, MOQ and the drafted quantity."""
    with session_scope(engine) as session:
        order = session.get(PurchaseOrder, po_id)
        if order is None:
            raise UserInputError(f"unknown purchase order {po_id!r}")
        result = po_result(order)
        drafted = _drafted_quantities(session, po_id)
        decision = _decisions(session, [po_id]).get(po_id, {})
        for line in result["lines"]:
            item = session.get(Item, line["sku"])
            line["name"] = item.name if item is not None else None
            line["pack_size"] = item.pack_size if item is not None else None
            line["moq"] = item.moq if item is not None else None
            line["drafted_quantity"] = drafted.get(line["sku"])
        result.update(
            created_by=order.created_by,
            created_at=order.created_at,
            approved_by=order.approved_by,
            approved_at=order.approved_at,
            decided_by=decision.get("by") or order.approved_by,
            decided_at=decision.get("at") or order.approved_at,
        )
    return result


def lines_frame(detail: Mapping[str, Any], language: Language = "en") -> pd.DataFrame:
    """The PO's lines; only the Quantity column is editable in the UI (read back by position)."""
    records = [
        {
            "SKU": line["sku"],
            "Name": line.get("name") or "",
            "Quantity": float(line["quantity"]),
            "Drafted qty": format_quantity(line.get("drafted_quantity")),
            "Pack size": format_quantity(line.get("pack_size")),
            "MOQ": format_quantity(line.get("moq")),
            "Unit cost": format_money(line.get("unit_cost")),
            "Line total": format_money(line.get("line_total")),
        }
        for line in detail.get("lines", [])
    ]
    return with_headers(pd.DataFrame.from_records(records, columns=LINE_COLUMNS), LINE_KEYS, language)


def po_header_html(detail: Mapping[str, Any] | None, language: Language = "en") -> str:
    """Title of the detail view: PO, supplier, status, total and who decided it."""
    if detail is None:
        return f'<p class="rp-po-none">{html.escape(text("po_none", language))}</p>'
    status = str(detail.get("status") or "")
    decided = ""
    decided_by = detail.get("decided_by") or detail.get("approved_by")
    if decided_by and status != "draft":
        when = detail.get("decided_at") or detail.get("approved_at")
        when_text = ""
        if isinstance(when, dt.datetime):
            when_text = text("po_decided_on", language, when=f"{when:%Y-%m-%d %H:%M}")
        verb = status_label("cancelled" if status == "cancelled" else "approved", language)
        who = f"<b>{html.escape(str(decided_by))}</b>"
        decided = f" · {text('po_decided_by', language, verb=html.escape(verb), who=who)}{html.escape(when_text)}"
    hint = text("po_hint_draft" if status == "draft" else "po_hint_decided", language)
    supplier = detail.get("supplier") or text("po_no_supplier", language)
    count = text("po_n_lines", language, n=len(detail.get("lines", [])))
    return (
        f'<div class="rp-po-head"><h3>{html.escape(str(detail["po_id"]))} · {html.escape(str(supplier))}</h3>'
        f'<p><span class="rp-status rp-status-{html.escape(status)}">{html.escape(status_label(status, language))}'
        f"</span> · {html.escape(count)} · {html.escape(text('po_total', language))} "
        f"<b>{format_money(detail.get('total'))}</b>{decided}</p>"
        f'<p class="rp-hint">{html.escape(hint)}</p></div>'
    )


# --------------------------------------------------------------------------------------
# Edits and decisions
# --------------------------------------------------------------------------------------
def parse_quantity(value: Any, sku: str) -> float:
    """A quantity typed in the table: a finite number > 0 (``1200``, ``1200.0``, ``" 24 "``)."""
    if isinstance(value, bool):
        raise UserInputError(f"{sku}: quantity must be a number, got {value!r}")
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value if value is not None else "").strip().replace("_", "")
        if not text:
            raise UserInputError(f"{sku}: quantity is empty; type a number greater than 0")
        try:
            number = float(text)
        except ValueError:
            raise UserInputError(f"{sku}: quantity {text!r} is not a number (type digits only, e.g. 1200)") from None
    if not math.isfinite(number):
        raise UserInputError(f"{sku}: quantity must be a finite number, got {value!r}")
    if number <= 0:
        raise UserInputError(
            f"{sku}: quantity must be greater than 0, got {format_quantity(number)} "
            "(reject the draft to order nothing)"
        )
    return number


def edited_quantities(detail: Mapping[str, Any], frame: pd.DataFrame | None) -> dict[str, float]:
    """The quantities in the edited table, checked against the PO: same skus, each > 0.

    Raises :class:`UserInputError` with a message a buyer can act on; nothing is saved here.
    """
    expected = [str(line["sku"]) for line in detail.get("lines", [])]
    frame = english_headers(frame, LINE_COLUMNS)  # the browser may show them in another language
    if frame is None or len(frame) == 0:
        raise UserInputError("the lines table is empty; select the purchase order again")
    if "SKU" not in frame.columns or "Quantity" not in frame.columns:
        raise UserInputError("the lines table lost its SKU or Quantity column; select the purchase order again")
    skus = [str(sku).strip() for sku in frame["SKU"].tolist()]
    if sorted(skus) != sorted(expected):
        raise UserInputError(
            f"the table's skus ({', '.join(skus) or 'none'}) are not the lines of {detail['po_id']} "
            f"({', '.join(expected)}); only quantities can be edited — select the purchase order again"
        )
    return {sku: parse_quantity(value, sku) for sku, value in zip(skus, frame["Quantity"].tolist(), strict=True)}


def quantity_warnings(detail: Mapping[str, Any], quantities: Mapping[str, float]) -> list[str]:
    """Advice, not errors: a quantity that is not a pack multiple or is below the MOQ."""
    warnings = []
    for line in detail.get("lines", []):
        quantity = quantities.get(line["sku"])
        if quantity is None:
            continue
        pack = line.get("pack_size") or 1
        if pack > 1 and not math.isclose(quantity / pack, round(quantity / pack), abs_tol=1e-9):
            warnings.append(f"{line['sku']}: {format_quantity(quantity)} is not a multiple of the pack size {pack}")
        moq = line.get("moq") or 0
        if moq and quantity < moq:
            warnings.append(f"{line['sku']}: {format_quantity(quantity)} is below the MOQ {format_quantity(moq)}")
    return warnings


def changes(before: Iterable[Mapping[str, Any]], after: Mapping[str, float]) -> list[str]:
    """``SKU: 864 → 876`` for each line whose quantity differs."""
    return [
        f"{line['sku']}: {format_quantity(line['quantity'])} → {format_quantity(after[line['sku']])}"
        for line in before
        if line["sku"] in after and not math.isclose(float(line["quantity"]), after[line["sku"]])
    ]


def check_edits_html(engine: Engine, po_id: str | None, frame: pd.DataFrame | None) -> str:
    """Feedback while editing: the changed lines and new total, or why an edit is invalid."""
    if not po_id:
        return ""
    try:
        detail = po_detail(engine, po_id)
        if detail["status"] != "draft":
            return message_html(f"{po_id} is {status_label(detail['status'])}: edits are not saved.", "warning")
        quantities = edited_quantities(detail, frame)
    except UserInputError as error:
        return message_html(f"Invalid edit: {error}. Nothing was changed.", "error")
    changed = changes(detail["lines"], quantities)
    if not changed:
        return ""
    total = sum(quantities[line["sku"]] * (line.get("unit_cost") or 0.0) for line in detail["lines"])
    text = f"Edited (saved when you approve): {'; '.join(changed)}. New total {format_money(total)}."
    warnings = quantity_warnings(detail, quantities)
    if warnings:
        text += " Note: " + "; ".join(warnings) + "."
    return message_html(text, "warning" if warnings else "info")


def decide(
    engine: Engine,
    po_id: str | None,
    decision: str,
    person: str | None,
    frame: pd.DataFrame | None = None,
    note: str | None = None,
) -> str:
    """A person approves (with the table's quantities) or rejects a draft; returns the outcome.

    Every refusal raises :class:`UserInputError` before anything is written. The decision
    itself, its edits and its audit entry are one transaction in
    :func:`tools.purchase_orders.decide_purchase_order`.
    """
    if decision not in {"approve", "reject"}:
        raise UserInputError(f"unknown decision {decision!r}")
    person = (person or "").strip()
    if not po_id:
        raise UserInputError("select a purchase order first")
    if not person:
        raise UserInputError("type your name in \"Your name\": every decision records who made it")
    detail = po_detail(engine, po_id)
    if detail["status"] != "draft":
        by = f" by {detail['decided_by']}" if detail.get("decided_by") else ""
        raise UserInputError(
            f"{po_id} is already {status_label(detail['status'])}{by}; "
            "a decided purchase order cannot be approved or rejected again"
        )
    quantities = edited_quantities(detail, frame) if decision == "approve" and frame is not None else None
    changed = changes(detail["lines"], quantities) if quantities else []
    note = (note or "").strip() or None
    decided = decide_purchase_order(engine, po_id, decision, person=person, quantities=quantities, note=note)
    if decision == "approve":
        text = (f"{po_id} approved by {person}: {len(decided['lines'])} line(s), total "
                f"{format_money(decided['total'])}. It now counts as stock on order; "
                "sending it to the supplier is up to you.")
        if changed:
            text += " Quantities changed: " + "; ".join(changed) + "."
    else:
        text = f"{po_id} rejected by {person}: nothing will be ordered."
    return text


# --------------------------------------------------------------------------------------
# Audit log
# --------------------------------------------------------------------------------------
def audit_entries(engine: Engine, limit: int = 500) -> list[dict[str, Any]]:
    """Purchase-order entries of the append-only audit log, newest first."""
    with session_scope(engine) as session:
        entries = session.execute(
            select(AuditLog)
            .where(AuditLog.entity == "purchase_order")
            .order_by(AuditLog.id.desc())
            .limit(limit)
        ).scalars().all()
        return [
            {"at": entry.at, "actor": entry.actor, "action": entry.action, "po_id": entry.entity_id,
             "details": dict(entry.details or {})}
            for entry in entries
        ]


def audit_row(entry: Mapping[str, Any], language: Language = "en") -> dict[str, str]:
    """One audit entry: what the assistant had recommended and what the person decided."""
    details = entry.get("details") or {}
    action = str(entry.get("action") or "")
    recommended = decided = changed = ""
    if action == "draft_created":
        recommended = lines_summary(details.get("lines", []))
    elif "drafted" in details:
        drafted_lines = details["drafted"].get("lines", [])
        decided_lines = (details.get("decided") or {}).get("lines", [])
        recommended = lines_summary(drafted_lines)
        if action == "purchase_order_rejected":
            decided = "rejected: nothing ordered"
        else:
            decided = lines_summary(decided_lines)
            after = {str(line["sku"]): float(line["quantity"]) for line in decided_lines}
            changed = "; ".join(changes(drafted_lines, after)) or "as recommended"
    when = entry.get("at")
    return {
        "When": when.strftime("%Y-%m-%d %H:%M:%S") if isinstance(when, dt.datetime) else str(when or ""),
        "Who": str(entry.get("actor") or ""),
        "Action": text(f"action_{action}", language) if action in ACTIONS else action,
        "PO": str(entry.get("po_id") or ""),
        "Recommended (assistant)": recommended,
        "Approved / decided": decided,
        "Changes": changed,
        "Note": str(details.get("note") or ""),
    }


def audit_frame(entries: Iterable[Mapping[str, Any]], language: Language = "en") -> pd.DataFrame:
    """The audit log table, headers and action names in ``language``."""
    frame = pd.DataFrame.from_records([audit_row(entry, language) for entry in entries], columns=AUDIT_COLUMNS)
    return with_headers(frame, AUDIT_KEYS, language)


# --------------------------------------------------------------------------------------
# Export
# --------------------------------------------------------------------------------------
def spreadsheet_safe(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def export_frame(engine: Engine, po_ids: Sequence[str]) -> pd.DataFrame:
    """One row per PO line, numbers unrounded; text cells made safe for spreadsheets."""
    rows = []
    with session_scope(engine) as session:
        for po_id in po_ids:
            order = session.get(PurchaseOrder, po_id)
            if order is None:
                raise UserInputError(f"unknown purchase order {po_id!r}")
            for line in order.lines:
                item = session.get(Item, line.sku)
                rows.append({
                    "po_id": order.po_id,
                    "supplier": order.supplier,
                    "status": order.status,
                    "created_by": order.created_by,
                    "created_at": order.created_at.isoformat(sep=" ") if order.created_at else None,
                    "approved_by": order.approved_by,
                    "approved_at": order.approved_at.isoformat(sep=" ") if order.approved_at else None,
                    "sku": line.sku,
                    "name": item.name if item is not None else None,
                    "quantity": line.quantity,
                    "unit_cost": line.unit_cost,
                    "line_total": line.quantity * (line.unit_cost or 0.0),
                })
    frame = pd.DataFrame.from_records(rows, columns=EXPORT_COLUMNS)
    for column in frame.columns:
        if frame[column].dtype == object:
            frame[column] = frame[column].map(spreadsheet_safe)
    return frame


def xlsx_available() -> bool:
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        return False
    return True


def export_files(engine: Engine, po_ids: Sequence[str], directory: str | Path | None = None) -> list[Path]:
    """``purchase-orders-….csv`` and (with openpyxl) ``….xlsx`` holding the POs' lines."""
    po_ids = list(dict.fromkeys(po_ids))
    if not po_ids:
        raise UserInputError("no purchase order to export: select one, or list some first")
    frame = export_frame(engine, po_ids)
    folder = Path(directory) if directory is not None else Path(tempfile.mkdtemp(prefix="replenish-export-"))
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"purchase-orders-{po_ids[0]}" if len(po_ids) == 1 else f"purchase-orders-{len(po_ids)}"
    csv_path = folder / f"{stem}.csv"
    frame.to_csv(csv_path, index=False)
    paths = [csv_path]
    if xlsx_available():
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "PO lines"
        sheet.append(EXPORT_COLUMNS)
        for record in frame.itertuples(index=False):
            sheet.append([None if _missing(value) else value for value in record])
        for row in sheet.iter_rows(min_row=2):
            for cell in row:  # openpyxl would store "=..." as a formula: force text
                if isinstance(cell.value, str):
                    cell.data_type = "s"
        xlsx_path = folder / f"{stem}.xlsx"
        workbook.save(xlsx_path)
        paths.append(xlsx_path)
    return paths


# --------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------
ORDERS_CSS = """
.rp-msg { margin: 0; padding: 8px 12px; border-radius: 8px; }
.rp-msg-info { background: #dbeafe; color: #1e3a8a; }
.rp-msg-ok { background: #dcfce7; color: #166534; }
.rp-msg-warning { background: #fef3c7; color: #78350f; }
.rp-msg-error { background: #fee2e2; color: #991b1b; }
h3 { font-size: 1.05rem; font-weight: 600; margin: 0 0 2px 0; color: var(--body-text-color); }
p { margin: 0 0 2px 0; color: var(--body-text-color); }
.rp-hint, .rp-po-none { color: color-mix(in srgb, var(--body-text-color) 72%, transparent); }
.rp-status { font-weight: 600; padding: 1px 8px; border-radius: 999px; background: #f3f4f6; color: #374151; }
.rp-status-draft { background: #fef3c7; color: #92400e; }
.rp-status-approved { background: #dcfce7; color: #166534; }
.rp-status-cancelled { background: #fee2e2; color: #991b1b; }
"""


@dataclass
class OrdersTab:
    """The tab's refresh function, what it reads and what it fills (for ``demo.load``)."""

    refresh: Callable[..., tuple[Any, ...]]
    inputs: list[Any]
    outputs: list[Any]
    decision_events: list[Any]
    """The Approve / Reject events: the page chains a dashboard refresh to them."""


def build_orders_tab(engine: Engine, today: dt.date) -> OrdersTab:
    """The Orders tab's components, inside an enclosing ``gr.Tab``; returns how to fill them."""

    def html_block(value: str = "", elem_id: str | None = None) -> gr.HTML:
        return gr.HTML(value, css_template=ORDERS_CSS, js_on_load=None, elem_id=elem_id)

    html_block(html_label("orders_intro"))
    with gr.Row(equal_height=True):
        create_button = gr.Button(label("orders_create"), variant="primary",
                                  scale=0, min_width=380, elem_id="rp-create-drafts")
        show = gr.Radio(list(LIST_FILTERS), value=LIST_ASSISTANT, show_label=False, scale=1,
                        elem_id="rp-po-filter")
    message = html_block(elem_id="rp-orders-message")
    po_list = gr.Dataframe(
        headers=PO_LIST_COLUMNS, interactive=False, show_label=False, wrap=True, max_height=300,
        elem_id="rp-po-list", elem_classes=["rp-table"],
    )
    po_select = gr.Dropdown(choices=[], value=None, label=label("orders_po"), allow_custom_value=False,
                            elem_id="rp-po-select", filterable=True)
    header = html_block(po_header_html(None), elem_id="rp-po-header")
    lines = gr.Dataframe(
        headers=LINE_COLUMNS, interactive=True, show_label=False, wrap=True, max_height=360,
        static_columns=[i for i in range(len(LINE_COLUMNS)) if i != EDITABLE_LINE_COLUMN],
        datatype=["str", "str", "number", "str", "str", "str", "str", "str"],
        elem_id="rp-po-lines", elem_classes=["rp-table"],
    )
    edit_message = html_block(elem_id="rp-edit-message")
    with gr.Row(equal_height=True):
        person = gr.Textbox(label=label("your_name"), placeholder=label("your_name_placeholder"), max_length=100,
                            elem_id="rp-person", scale=1)
        note = gr.Textbox(label=label("note"), placeholder=label("note_placeholder"), max_length=500,
                          elem_id="rp-note", scale=2)
    with gr.Row():
        approve_button = gr.Button(label("approve"), variant="primary", elem_id="rp-approve", interactive=False)
        reject_button = gr.Button(label("reject"), variant="stop", elem_id="rp-reject", interactive=False)
    with gr.Row():
        with gr.Column(scale=0, min_width=220):
            export_selected = gr.Button(label("orders_export_selected"), elem_id="rp-export-selected")
            export_listed = gr.Button(label("orders_export_listed"), elem_id="rp-export-listed")
        files = gr.File(label=label("orders_files" if xlsx_available() else "orders_files_csv_only"),
                        file_count="multiple", interactive=False, elem_id="rp-export-files", scale=1,
                        height=140)
    html_block(html_label("orders_audit"))
    audit = gr.Dataframe(
        headers=AUDIT_COLUMNS, interactive=False, show_label=False, wrap=True, max_height=360,
        elem_id="rp-audit", elem_classes=["rp-table"],
    )

    # Tables are built in the browser's language (Accept-Language, see assistant.i18n) and
    # read back by position, so the handlers below take the request.
    def list_outputs(filter_value: str, selected: str | None, language: Language = "en") -> tuple[Any, Any]:
        orders = list_purchase_orders(engine, filter_value)
        ids = [order["po_id"] for order in orders]
        if selected and selected not in ids:
            ids.append(selected)
        return (po_list_frame(orders, language),
                gr.Dropdown(choices=ids, value=selected if selected in ids else None))

    def detail_outputs(po_id: str | None, language: Language = "en") -> tuple[Any, Any, Any, Any, Any]:
        if not po_id:
            return (po_header_html(None, language), lines_frame({}, language), "",
                    gr.Button(interactive=False), gr.Button(interactive=False))
        detail = po_detail(engine, po_id)
        is_draft = detail["status"] == "draft"
        return (po_header_html(detail, language),
                gr.Dataframe(value=lines_frame(detail, language), interactive=is_draft),
                "", gr.Button(interactive=is_draft), gr.Button(interactive=is_draft))

    def show_detail(po_id: str | None, request: gr.Request | None = None) -> tuple[Any, Any, Any, Any, Any]:
        return detail_outputs(po_id, language_of(request))

    def audit_table(language: Language) -> pd.DataFrame:
        return audit_frame(audit_entries(engine), language)

    def refresh(filter_value: str = LIST_ASSISTANT, selected: str | None = None,
                request: gr.Request | None = None) -> tuple[Any, ...]:
        """Re-read the list, the selected PO and the audit log (the selection is kept)."""
        language = language_of(request)
        try:
            listed, dropdown = list_outputs(filter_value or LIST_ASSISTANT, selected, language)
            return listed, dropdown, *detail_outputs(selected, language), audit_table(language)
        except Exception as error:
            logger.exception("reading purchase orders failed")
            raise gr.Error(f"Could not read purchase orders: {error}") from error

    def on_create(filter_value: str, request: gr.Request | None = None) -> tuple[Any, ...]:
        language = language_of(request)
        try:
            result = create_drafts(engine, today)
        except UserInputError as error:
            return (message_html(str(error), "error"), *list_outputs(filter_value, None, language),
                    audit_table(language))
        selected = result.created[0]["po_id"] if result.created else None
        if result.created and filter_value == LIST_ALL:
            filter_value = LIST_ASSISTANT
        kind = "ok" if result.created else "info"
        return (message_html(result.message, kind), *list_outputs(filter_value, selected, language),
                audit_table(language))

    def on_filter(filter_value: str, selected: str | None, request: gr.Request | None = None) -> tuple[Any, Any]:
        return list_outputs(filter_value, selected, language_of(request))

    def on_pick(frame: pd.DataFrame, event: gr.SelectData) -> Any:
        row = event.index[0] if isinstance(event.index, (list, tuple)) else event.index
        try:
            return str(frame.iloc[int(row), 0])  # the PO column, whatever its header's language
        except (IndexError, KeyError, TypeError, ValueError):
            return gr.skip()

    def on_decide(decision: str) -> Callable[..., tuple[Any, ...]]:
        def run(po_id: str | None, who: str, why: str, frame: pd.DataFrame, filter_value: str,
                request: gr.Request | None = None) -> tuple[Any, ...]:
            language = language_of(request)
            try:
                outcome = message_html(decide(engine, po_id, decision, who, frame, why), "ok")
            except UserInputError as error:
                outcome = message_html(f"Not {decision}d: {error}. Nothing was changed.", "error")
                return (outcome, *[gr.skip()] * 7, audit_table(language))
            listed, dropdown = list_outputs(filter_value, po_id, language)
            return (outcome, listed, dropdown, *detail_outputs(po_id, language), audit_table(language))

        return run

    def on_export(po_ids: list[str]) -> tuple[Any, Any]:
        try:
            paths = export_files(engine, po_ids)
        except UserInputError as error:
            return message_html(f"Nothing exported: {error}.", "error"), None
        what = "XLSX and CSV" if len(paths) > 1 else "CSV (openpyxl is not installed: no XLSX)"
        return message_html(f"Exported {len(po_ids)} purchase order(s) as {what}.", "ok"), [str(p) for p in paths]

    private = {"api_visibility": "private"}
    create_button.click(on_create, inputs=[show], outputs=[message, po_list, po_select, audit], **private)
    show.change(on_filter, inputs=[show, po_select], outputs=[po_list, po_select], **private)
    po_list.select(on_pick, inputs=[po_list], outputs=[po_select], **private)
    po_select.change(show_detail, inputs=[po_select],
                     outputs=[header, lines, edit_message, approve_button, reject_button], **private)
    lines.input(lambda po_id, frame: check_edits_html(engine, po_id, frame), inputs=[po_select, lines],
                outputs=[edit_message], **private)
    decision_outputs = [message, po_list, po_select, header, lines, edit_message, approve_button, reject_button,
                        audit]
    decision_inputs = [po_select, person, note, lines, show]
    decision_events = [
        approve_button.click(on_decide("approve"), inputs=decision_inputs, outputs=decision_outputs, **private),
        reject_button.click(on_decide("reject"), inputs=decision_inputs, outputs=decision_outputs, **private),
    ]
    export_selected.click(lambda po_id: on_export([po_id] if po_id else []), inputs=[po_select],
                          outputs=[message, files], **private)
    export_listed.click(lambda frame: on_export([str(v) for v in frame.iloc[:, 0].tolist()]
                                                if frame is not None and len(frame.columns) else []),
                        inputs=[po_list], outputs=[message, files], **private)
    return OrdersTab(
        refresh=refresh,
        inputs=[show, po_select],
        outputs=[po_list, po_select, header, lines, edit_message, approve_button, reject_button, audit],
        decision_events=decision_events,
    )
