"""The Inbox tab: supplier messages in, parsed fields checked by a person, the store updated.

Upload a .eml/.txt or paste a message → the parser (``assistant.message_parser``) fills the
SPEC §8 fields → the message is stored as *pending* (nothing else changes) → the message
text is shown with every extracted value highlighted, beside editable tables of the
fields and lines, the warnings, the confidence and a preview of what a confirmation would
change → a person types a name and confirms or rejects (``tools.supplier_messages``,
which writes the store and the audit log in one transaction).

As in :mod:`assistant.orders_ui`: *pure functions* take the engine and return HTML,
frames or messages; ``build_inbox_tab`` only wires them to Gradio components. Every
event is private (``api_visibility="private"``) and all text from a message or a person
is HTML-escaped. Nothing here is a tool: the chat model cannot confirm a message.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import math
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # before gradio is imported

import gradio as gr  # noqa: E402
import pandas as pd  # noqa: E402
from sqlalchemy import Engine  # noqa: E402

from assistant.catalog_resolver import CatalogResolver  # noqa: E402
from assistant.formatting import DASH  # noqa: E402,F401
from assistant.i18n import (  # noqa: E402
    LANGUAGES,
    Language,
    html_label,
    label,
    language_of,
    text,
    with_headers,
)
from assistant.email_reader import message_from_text, read_message_file  # noqa: E402
from assistant.message_parser import parse_file, parse_text  # noqa: E402
from assistant.orders_ui import message_html  # noqa: E402
from data.errors import UserInputError  # noqa: E402
from tools.supplier_messages import (  # noqa: E402
    Change,
    confirm_message,
    get_message,
    list_messages,
    preview_changes,
    record_message,
    reject_message,
)

logger = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
"""Largest message file (or pasted text, in UTF-8 bytes) the Inbox accepts: 2 MB."""
UPLOAD_TYPES = [".eml", ".txt"]

FIELD_COLUMNS = ["Field", "Value"]
FIELD_KEYS = ("message_type", "supplier", "po_number", "ship_date", "delivery_date", "delay_days",
              "minimum_order_quantity", "received_date")
"""The §8 fields shown one per row; their labels are ``field_<key>`` in assistant/locales."""
FIELD_LABELS = {text(f"field_{key}", language): key for key in FIELD_KEYS for language in LANGUAGES}
"""Field label (English or Chinese, as shown in the table) → §8 key."""
LINE_COLUMNS = ["SKU", "Description", "Quantity", "Unit price", "Currency", "Received qty"]
LINE_KEYS = ["sku", "description", "quantity", "unit_price", "currency", "received_quantity"]
FIELD_HEADER_KEYS = dict(zip(FIELD_COLUMNS, ["col_field", "col_value"]))
LINE_HEADER_KEYS = dict(zip(LINE_COLUMNS, ["col_sku", "col_description", "col_quantity", "col_unit_price",
                                           "col_currency", "col_received_qty"]))
"""English column header → its text in assistant/locales (edited tables are read back by position)."""
MESSAGE_COLUMNS = ["#", "Received", "From", "Subject", "Type", "Supplier", "PO", "Status", "Decided by"]
MESSAGE_KEYS = dict(zip(MESSAGE_COLUMNS, ["col_number", "col_received", "col_from", "col_subject", "col_type",
                                          "col_supplier", "col_po", "col_status", "col_decided_by"]))
"""English column header of the message list → its text in assistant/locales."""
MESSAGE_STATUSES = ("pending", "confirmed", "rejected")

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


# --------------------------------------------------------------------------------------
# Reading the input
# --------------------------------------------------------------------------------------
def check_upload_size(path: str | Path, limit: int = MAX_UPLOAD_BYTES) -> int:
    """Size of the uploaded file in bytes; over ``limit`` → :class:`UserInputError`."""
    size = Path(path).stat().st_size
    if size > limit:
        raise UserInputError(
            f"{Path(path).name} is {size / 1_048_576:.1f} MB; the Inbox accepts messages up to "
            f"{limit / 1_048_576:.0f} MB (save the e-mail without attachments)"
        )
    return size


def check_text_size(text: str, limit: int = MAX_UPLOAD_BYTES) -> None:
    size = len(text.encode("utf-8", errors="replace"))
    if size > limit:
        raise UserInputError(f"the pasted text is {size / 1_048_576:.1f} MB; the limit is {limit / 1_048_576:.0f} MB")


def parse_received(text: str | None) -> dt.date | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserInputError(f"received date: expected YYYY-MM-DD, got {text!r}") from None


@dataclass
class ParsedInput:
    parsed: dict[str, Any]
    body: str
    sender: str | None
    subject: str | None
    received: dt.date | None


def parse_input(engine: Engine, file_path: str | None, text: str | None, received_text: str | None,
                today: dt.date) -> ParsedInput:
    """Parse an uploaded file (preferred) or pasted text; nothing is stored here."""
    received = parse_received(received_text)
    resolver = CatalogResolver.from_engine(engine)
    if not getattr(resolver, "items", True):
        resolver = None
    if file_path:
        path = Path(file_path)
        if path.suffix.casefold() not in UPLOAD_TYPES:
            raise UserInputError(f"{path.name}: upload a .eml or .txt file")
        check_upload_size(path)
        message = read_message_file(path)
        when = received or message.received or today
        parsed = parse_file(path, resolver, when)
    elif text and text.strip():
        check_text_size(text)
        message = message_from_text(text)
        when = received or message.received or today
        parsed = parse_text(text, resolver, when)
    else:
        raise UserInputError("upload a .eml/.txt file or paste a message first")
    sender = " ".join(part for part in (message.sender_name, f"<{message.sender_address}>"
                                        if message.sender_address else "") if part) or None
    return ParsedInput(parsed, message.body, sender, message.subject or None, when)


# --------------------------------------------------------------------------------------
# Highlighting the extracted values in the message text
# --------------------------------------------------------------------------------------
def _number_patterns(value: Any) -> list[str]:
    if value is None or isinstance(value, bool):
        return []
    try:
        number = float(value)
    except (TypeError, ValueError):
        return []
    if not math.isfinite(number):
        return []
    variants: set[str] = set()
    if number.is_integer():
        whole = int(number)
        variants |= {str(whole), f"{whole:,}", f"{whole:,}".replace(",", " "), f"{whole:,}".replace(",", ".")}
        variants |= {f"{whole}.00", f"{whole:,}.00"}
    else:
        variants |= {f"{number:g}", f"{number:.2f}", f"{number:,.2f}", f"{number:g}".replace(".", ","),
                     f"{number:.2f}".replace(".", ",")}
    return [rf"(?<![\w.,]){re.escape(variant)}(?![\d]|[.,]\d)" for variant in sorted(variants, key=len, reverse=True)]


def _date_patterns(value: Any) -> list[str]:
    try:
        day = dt.date.fromisoformat(str(value))
    except (TypeError, ValueError):
        return []
    month, short = MONTHS[day.month - 1], MONTHS[day.month - 1][:3]
    names = rf"(?:{month}|{short}\.?)"
    suffix = r"(?:st|nd|rd|th)?"
    return [
        re.escape(day.isoformat()),
        rf"{day.year}\s*年\s*0?{day.month}\s*月\s*0?{day.day}\s*[日号]",
        rf"(?<!\d)0?{day.month}\s*月\s*0?{day.day}\s*[日号]",
        rf"(?<!\d)0?{day.day}{suffix}\s+(?:of\s+)?{names}(?:,?\s+{day.year})?(?![a-z])",
        rf"(?<![a-z]){names}\s+0?{day.day}{suffix}(?:,?\s+{day.year})?(?!\d)",
        rf"(?<!\d)0?{day.day}[./]0?{day.month}[./](?:{day.year}|{day.year % 100:02d})(?!\d)",
        rf"(?<!\d){day.year}[./]0?{day.month}[./]0?{day.day}(?!\d)",
    ]


@dataclass
class ExtractedValue:
    """One extracted value to find in the text: its label, regex patterns, and for numbers
    (which recur: "30 days net") only the first match, after its line's sku when there is one."""

    label: str
    patterns: list[str]
    first_only: bool = False
    anchor: str | None = None


def extracted_values(parsed: Mapping[str, Any]) -> list[ExtractedValue]:
    """The values the parser extracted, as things to look for in the message text."""
    values: list[ExtractedValue] = []
    if parsed.get("po_number"):
        values.append(ExtractedValue("PO number", [re.escape(str(parsed["po_number"]))]))
    for key, label in (("ship_date", "ship date"), ("delivery_date", "delivery date")):
        if parsed.get(key):
            values.append(ExtractedValue(label, _date_patterns(parsed[key])))
    if parsed.get("minimum_order_quantity") is not None:
        values.append(ExtractedValue("minimum order quantity", _number_patterns(parsed["minimum_order_quantity"]),
                                     first_only=True))
    if parsed.get("delay_days") is not None:
        values.append(ExtractedValue("delay (days)", [rf"{pattern}(?=\s*(?:days?|天|日))"
                                                      for pattern in _number_patterns(parsed["delay_days"])]))
    for line in parsed.get("lines") or []:
        sku = line.get("sku")
        sku_pattern = rf"(?<![\w-]){re.escape(str(sku))}(?![\w-])" if sku else None
        if sku_pattern:
            values.append(ExtractedValue(f"sku {sku}", [sku_pattern]))
        if line.get("quantity") is not None:
            values.append(ExtractedValue(f"quantity {sku or ''}".strip(), _number_patterns(line["quantity"]),
                                         first_only=True, anchor=sku_pattern))
        if line.get("unit_price") is not None:
            values.append(ExtractedValue(f"unit price {sku or ''}".strip(), _number_patterns(line["unit_price"]),
                                         first_only=True, anchor=sku_pattern))
    return values


def find_spans(text: str, parsed: Mapping[str, Any]) -> list[tuple[int, int, str]]:
    """Non-overlapping ``(start, end, label)`` spans of the extracted values in ``text``."""
    found: list[tuple[int, int, str]] = []
    for value in extracted_values(parsed):
        after = 0
        if value.anchor:
            anchor = re.search(value.anchor, text, flags=re.IGNORECASE)
            after = anchor.end() if anchor else 0
        matches = [match for pattern in value.patterns
                   for match in re.finditer(pattern, text, flags=re.IGNORECASE) if match.end() > match.start()]
        if value.first_only and matches:
            later = [match for match in matches if match.start() >= after]
            matches = [min(later or matches, key=lambda match: (match.start(), -match.end()))]
        found.extend((match.start(), match.end(), value.label) for match in matches)
    found.sort(key=lambda span: (span[0], -(span[1] - span[0])))
    spans: list[tuple[int, int, str]] = []
    for start, end, label in found:
        if spans and start < spans[-1][1]:
            continue
        spans.append((start, end, label))
    return spans


def highlight_html(text: str, parsed: Mapping[str, Any] | None) -> str:
    """The message text, HTML-escaped, with each extracted value wrapped in ``<mark>``."""
    text = text or ""
    parts: list[str] = []
    position = 0
    for start, end, label in find_spans(text, parsed or {}):
        parts.append(html.escape(text[position:start]))
        parts.append(f'<mark class="rp-span" title="{html.escape(label, quote=True)}">'
                     f"{html.escape(text[start:end])}</mark>")
        position = end
    parts.append(html.escape(text[position:]))
    return f'<pre class="rp-inbox-body">{"".join(parts)}</pre>'


# --------------------------------------------------------------------------------------
# Editable tables ↔ the §8 object
# --------------------------------------------------------------------------------------
def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def fields_frame(parsed: Mapping[str, Any], language: Language = "en") -> pd.DataFrame:
    """The message-level fields, one row each (labels and headers in ``language``)."""
    records = [{"Field": text(f"field_{key}", language), "Value": _cell(parsed.get(key))} for key in FIELD_KEYS]
    return with_headers(pd.DataFrame.from_records(records, columns=FIELD_COLUMNS), FIELD_HEADER_KEYS, language)


def lines_frame(parsed: Mapping[str, Any], language: Language = "en") -> pd.DataFrame:
    """The message's lines (headers in ``language``)."""
    records = [{column: _cell(line.get(key)) for column, key in zip(LINE_COLUMNS, LINE_KEYS)}
               for line in parsed.get("lines") or []]
    return with_headers(pd.DataFrame.from_records(records, columns=LINE_COLUMNS), LINE_HEADER_KEYS, language)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value).strip() == ""


def edited_from_frames(parsed: Mapping[str, Any], fields: pd.DataFrame | None,
                       lines: pd.DataFrame | None) -> dict[str, Any]:
    """The §8 object as the person edited it (values are checked on preview/confirm)."""
    edited: dict[str, Any] = {key: parsed.get(key) for key in
                              ("message_type", "supplier", "po_number", "ship_date", "delivery_date", "delay_days",
                               "minimum_order_quantity", "confidence", "warnings")}
    if fields is not None and len(fields.columns) >= 2:
        for label, value in zip(fields.iloc[:, 0].tolist(), fields.iloc[:, 1].tolist()):
            key = FIELD_LABELS.get(str(label))
            if key:
                edited[key] = None if _blank(value) else str(value).strip()
    edited["lines"] = []
    if lines is not None and len(lines.columns) >= len(LINE_KEYS):
        for row in lines.itertuples(index=False):
            line = {key: (None if _blank(value) else str(value).strip()) for key, value in zip(LINE_KEYS, row)}
            if any(value is not None for value in line.values()):
                edited["lines"].append(line)
    return edited


# --------------------------------------------------------------------------------------
# What the person reads next to the message
# --------------------------------------------------------------------------------------
def summary_html(parsed: Mapping[str, Any] | None, status: str | None = None, message_id: int | None = None,
                 language: Language = "en") -> str:
    """Message number, status, type, confidence and the parser's warnings."""
    if not parsed:
        return f'<p class="rp-hint">{html.escape(text("inbox_hint", language))}</p>'
    confidence = parsed.get("confidence")
    head = []
    if message_id is not None:
        head.append(f"{html.escape(text('inbox_summary_message', language))} <b>#{int(message_id)}</b>")
    if status:
        head.append(f'<span class="rp-status rp-status-{html.escape(status)}">'
                    f"{html.escape(message_status_label(status, language))}</span>")
    head.append(f"{html.escape(text('inbox_summary_type', language))} "
                f"<b>{html.escape(str(parsed.get('message_type') or 'other'))}</b>")
    if isinstance(confidence, (int, float)):
        head.append(f"{html.escape(text('inbox_summary_confidence', language))} <b>{float(confidence):.0%}</b>")
    warnings = "".join(f"<li>{html.escape(str(w))}</li>" for w in parsed.get("warnings") or [])
    warn_html = f'<ul class="rp-warnings">{warnings}</ul>' if warnings else ""
    return f'<div class="rp-inbox-head"><p>{" · ".join(head)}</p>{warn_html}</div>'


def preview_html(changes: list[Change] | None, error: str | None = None, language: Language = "en") -> str:
    """What a confirmation would write (the change texts come from tools.supplier_messages)."""
    if error:
        return message_html(text("preview_cannot", language, error=error), "error")
    if changes is None:
        return ""
    applied = [change for change in changes if change.applies]
    notes = [change for change in changes if not change.applies]
    parts = [f"<h3>{html.escape(text('preview_title', language))}</h3>"]
    if applied:
        parts.append("<ul class='rp-changes'>" + "".join(f"<li>{html.escape(c.text)}</li>" for c in applied) + "</ul>")
    else:
        parts.append(f"<p>{html.escape(text('preview_nothing', language))}</p>")
    if notes:
        parts.append(f"<p class='rp-hint'>{html.escape(text('preview_not_changed', language))}</p>"
                     "<ul class='rp-notes'>" + "".join(f"<li>{html.escape(c.text)}</li>" for c in notes) + "</ul>")
    return '<div class="rp-preview">' + "".join(parts) + "</div>"


def preview_for(engine: Engine, parsed: Mapping[str, Any], fields: pd.DataFrame | None,
                lines: pd.DataFrame | None, today: dt.date, received: dt.date | None = None,
                language: Language = "en") -> str:
    """The preview of the edited fields (errors in the edits shown as a message)."""
    try:
        edited = edited_from_frames(parsed, fields, lines)
        return preview_html(preview_changes(engine, edited, today, received), language=language)
    except UserInputError as error:
        return preview_html(None, str(error), language)


def message_status_label(status: str, language: Language = "en") -> str:
    """A message's status (pending / confirmed / rejected) in ``language``."""
    return text(f"message_status_{status}", language) if status in MESSAGE_STATUSES else status


def messages_frame(engine: Engine, language: Language = "en") -> pd.DataFrame:
    """The stored messages, newest first, headers and statuses in ``language``."""
    records = [
        {
            "#": row["id"],
            "Received": row["received_at"].date().isoformat() if row["received_at"] else "",
            "From": row["sender"] or "",
            "Subject": row["subject"] or "",
            "Type": row["message_type"] or "",
            "Supplier": row["supplier"] or "",
            "PO": row["po_id"] or "",
            "Status": message_status_label(row["status"], language),
            "Decided by": row["decided_by"] or "",
        }
        for row in list_messages(engine)
    ]
    return with_headers(pd.DataFrame.from_records(records, columns=MESSAGE_COLUMNS), MESSAGE_KEYS, language)


def message_choices(engine: Engine) -> list[tuple[str, int]]:
    return [(f"#{row['id']} · {row['status']} · {(row['subject'] or row['sender'] or '')[:60]}", int(row["id"]))
            for row in list_messages(engine)]


def decide(engine: Engine, message_id: int | None, action: str, person: str, parsed: Mapping[str, Any],
           fields: pd.DataFrame | None, lines: pd.DataFrame | None, note: str | None, today: dt.date) -> str:
    """Confirm (with the edited fields) or reject; returns the one-line outcome. Raises UserInputError."""
    if message_id is None:
        raise UserInputError("parse or pick a message first")
    if not (person or "").strip():
        raise UserInputError("type your name first: every decision is made by a named person")
    if action == "confirm":
        result = confirm_message(engine, int(message_id), person.strip(),
                                 edited=edited_from_frames(parsed, fields, lines), today=today)
        return (f"Message #{message_id} confirmed by {person.strip()}: {len(result.applied)} change(s) written"
                + (f", {len(result.notes)} note(s)." if result.notes else "."))
    reject_message(engine, int(message_id), person.strip(), note)
    return f"Message #{message_id} rejected by {person.strip()}: nothing in the store changed."


# --------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------
INBOX_CSS = """
.rp-msg { margin: 0; padding: 8px 12px; border-radius: 8px; }
.rp-msg-info { background: #dbeafe; color: #1e3a8a; }
.rp-msg-ok { background: #dcfce7; color: #166534; }
.rp-msg-warning { background: #fef3c7; color: #78350f; }
.rp-msg-error { background: #fee2e2; color: #991b1b; }
h3 { font-size: 1.05rem; font-weight: 600; margin: 4px 0 2px 0; color: var(--body-text-color); }
p, li { color: var(--body-text-color); }
.rp-hint { color: color-mix(in srgb, var(--body-text-color) 72%, transparent); }
.rp-inbox-body { white-space: pre-wrap; word-break: break-word; font-family: var(--font-mono); font-size: 0.85rem;
  max-height: 560px; overflow: auto; padding: 10px; border: 1px solid var(--border-color-primary);
  border-radius: 8px; background: var(--background-fill-secondary); color: var(--body-text-color); }
mark.rp-span { background: #fde68a; color: #111827; border-radius: 3px; padding: 0 1px; }
.rp-warnings li { color: #92400e; }
.rp-status { font-weight: 600; padding: 1px 8px; border-radius: 999px; background: #f3f4f6; color: #374151; }
.rp-status-pending { background: #fef3c7; color: #92400e; }
.rp-status-confirmed { background: #dcfce7; color: #166534; }
.rp-status-rejected { background: #fee2e2; color: #991b1b; }
"""


@dataclass
class InboxTab:
    refresh: Callable[..., tuple[Any, ...]]
    inputs: list[Any]
    outputs: list[Any]
    decision_events: list[Any]


def build_inbox_tab(engine: Engine, today: dt.date) -> InboxTab:
    """The Inbox tab's components, inside an enclosing ``gr.Tab``; returns how to fill them."""

    def html_block(value: str = "", elem_id: str | None = None) -> gr.HTML:
        return gr.HTML(value, css_template=INBOX_CSS, js_on_load=None, elem_id=elem_id)

    html_block(html_label("inbox_intro"))
    with gr.Row():
        upload = gr.File(label=label("inbox_file"), file_types=UPLOAD_TYPES, type="filepath",
                         file_count="single", elem_id="rp-inbox-file", height=120, scale=1)
        with gr.Column(scale=2):
            pasted = gr.Textbox(label=label("inbox_paste"), lines=6, max_lines=14,
                                elem_id="rp-inbox-text")
            with gr.Row(equal_height=True):
                received = gr.Textbox(label=label("inbox_received"), max_length=10,
                                      elem_id="rp-inbox-received", scale=1)
                parse_button = gr.Button(label("inbox_parse"), variant="primary", elem_id="rp-inbox-parse", scale=0,
                                         min_width=160)
    status_message = html_block(elem_id="rp-inbox-message")
    picker = gr.Dropdown(choices=[], value=None, label=label("inbox_message"), elem_id="rp-inbox-select",
                         allow_custom_value=False)
    parsed_state = gr.State({})
    received_state = gr.State(None)
    with gr.Row():
        with gr.Column(scale=1):
            body = html_block(highlight_html("", {}), elem_id="rp-inbox-body")
        with gr.Column(scale=1):
            summary = html_block(summary_html(None), elem_id="rp-inbox-summary")
            fields = gr.Dataframe(headers=FIELD_COLUMNS, interactive=True, show_label=False, wrap=True,
                                  static_columns=[0], datatype=["str", "str"], elem_id="rp-inbox-fields",
                                  elem_classes=["rp-table"])
            lines = gr.Dataframe(headers=LINE_COLUMNS, interactive=True, show_label=False, wrap=True,
                                 datatype=["str"] * len(LINE_COLUMNS), elem_id="rp-inbox-lines",
                                 elem_classes=["rp-table"])
            preview = html_block(elem_id="rp-inbox-preview")
            with gr.Row(equal_height=True):
                person = gr.Textbox(label=label("your_name"), max_length=100, elem_id="rp-inbox-person")
                note = gr.Textbox(label=label("note"), max_length=500, elem_id="rp-inbox-note")
            with gr.Row():
                confirm_button = gr.Button(label("confirm"), variant="primary", elem_id="rp-inbox-confirm",
                                           interactive=False)
                reject_button = gr.Button(label("reject"), variant="stop", elem_id="rp-inbox-reject", interactive=False)
    html_block(html_label("inbox_messages"))
    listing = gr.Dataframe(headers=MESSAGE_COLUMNS, interactive=False, show_label=False, wrap=True,
                           max_height=320, elem_id="rp-inbox-list", elem_classes=["rp-table"],
                           column_widths=["4%", "9%", "18%", "21%", "11%", "13%", "10%", "7%", "7%"])

    def show(message_id: int | None, request: gr.Request | None = None) -> tuple[Any, ...]:
        """Body, summary, tables, preview, buttons and state for one stored message."""
        language = language_of(request)
        if message_id is None:
            return (highlight_html("", {}), summary_html(None, language=language), fields_frame({}, language),
                    lines_frame({}, language), "",
                    gr.Button(interactive=False), gr.Button(interactive=False), {}, None)
        stored = get_message(engine, int(message_id))
        parsed = dict(stored["parsed"] or {})
        pending = stored["status"] == "pending"
        when = stored["received_at"].date() if stored["received_at"] else None
        if pending:
            try:
                shown = preview_html(preview_changes(engine, parsed, today, when), language=language)
            except UserInputError as error:
                shown = preview_html(None, str(error), language)
        else:
            by = f" by {stored['decided_by']}" if stored["decided_by"] else ""
            shown = message_html(f"Already {stored['status']}{by}: it cannot be decided again.", "info")
        return (highlight_html(stored["body"], parsed),
                summary_html(parsed, stored["status"], stored["id"], language),
                gr.Dataframe(value=fields_frame(parsed, language), interactive=pending),
                gr.Dataframe(value=lines_frame(parsed, language), interactive=pending), shown,
                gr.Button(interactive=pending), gr.Button(interactive=pending), parsed, when)

    detail_outputs = [body, summary, fields, lines, preview, confirm_button, reject_button, parsed_state,
                      received_state]

    def refresh(selected: int | None = None, request: gr.Request | None = None) -> tuple[Any, ...]:
        try:
            choices = message_choices(engine)
            ids = [value for _, value in choices]
            keep = selected if selected in ids else None
            return messages_frame(engine, language_of(request)), gr.Dropdown(choices=choices, value=keep)
        except Exception as error:
            logger.exception("reading supplier messages failed")
            raise gr.Error(f"Could not read messages: {error}") from error

    def on_parse(file_path: str | None, text: str, received_text: str,
                 request: gr.Request | None = None) -> tuple[Any, ...]:
        try:
            result = parse_input(engine, file_path, text, received_text, today)
            message_id = record_message(engine, result.parsed, result.body, result.sender, result.subject,
                                        result.received)
        except UserInputError as error:
            return (message_html(f"Not parsed: {error}.", "error"), gr.skip(), gr.skip())
        except Exception as error:  # a parser bug must not kill the page
            logger.exception("parsing a message failed")
            return (message_html(f"Could not parse the message: {error}", "error"), gr.skip(), gr.skip())
        listed, dropdown = refresh(message_id, request)
        text_out = (f"Parsed and stored as pending message #{message_id}. Check the fields, then confirm "
                    "or reject under your name.")
        return message_html(text_out, "ok"), listed, dropdown

    def on_edit(parsed: dict[str, Any], fields_value: pd.DataFrame, lines_value: pd.DataFrame,
                when: dt.date | None, request: gr.Request | None = None) -> str:
        return preview_for(engine, parsed or {}, fields_value, lines_value, today, when, language_of(request))

    def on_pick(frame: pd.DataFrame, event: gr.SelectData) -> Any:
        row = event.index[0] if isinstance(event.index, (list, tuple)) else event.index
        try:
            return int(frame.iloc[int(row), 0])  # the "#" column
        except (IndexError, KeyError, TypeError, ValueError):
            return gr.skip()

    def on_decide(action: str) -> Callable[..., tuple[Any, ...]]:
        def run(message_id: int | None, who: str, why: str, parsed: dict[str, Any], fields_value: pd.DataFrame,
                lines_value: pd.DataFrame, request: gr.Request | None = None) -> tuple[Any, ...]:
            verb = "confirmed" if action == "confirm" else "rejected"
            try:
                outcome = message_html(decide(engine, message_id, action, who, parsed or {}, fields_value,
                                              lines_value, why, today), "ok")
            except UserInputError as error:
                return (message_html(f"Not {verb}: {error}. Nothing was changed.", "error"), gr.skip(), gr.skip())
            listed, dropdown = refresh(message_id, request)
            return outcome, listed, dropdown

        return run

    private = {"api_visibility": "private"}
    parse_button.click(on_parse, inputs=[upload, pasted, received], outputs=[status_message, listing, picker],
                       **private)
    picker.change(show, inputs=[picker], outputs=detail_outputs, **private)
    listing.select(on_pick, inputs=[listing], outputs=[picker], **private)
    for table in (fields, lines):
        table.input(on_edit, inputs=[parsed_state, fields, lines, received_state], outputs=[preview], **private)
    decision_inputs = [picker, person, note, parsed_state, fields, lines]
    decision_events = []
    for button, action in ((confirm_button, "confirm"), (reject_button, "reject")):
        event = button.click(on_decide(action), inputs=decision_inputs, outputs=[status_message, listing, picker],
                             **private)
        event = event.then(show, inputs=[picker], outputs=detail_outputs, **private)
        decision_events.append(event)
    return InboxTab(refresh=refresh, inputs=[picker], outputs=[listing, picker], decision_events=decision_events)
