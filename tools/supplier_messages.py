"""Closing the loop: a parsed supplier message changes the store only once a person confirms it.

Flow: the parser (``assistant/message_parser.py``) turns a message into the SPEC §8 object;
:func:`record_message` stores it as a *pending* :class:`~data.schema.SupplierMessage`
(nothing else changes); :func:`preview_changes` lists, without writing, what a
confirmation would do; :func:`confirm_message` (a person, in the Inbox tab or on the CLI
after review) applies exactly that list in one transaction, or :func:`reject_message`
drops it. Both write an :class:`~data.schema.AuditLog` row (who, when, message id, what
changed). Only the parsed fields (as the person saw or edited them) ever act: text in the
message body is never read here, so an instruction inside a message cannot do anything.

Rules (what a confirmed message changes):

- **Purchase order** (``order_confirmation``, ``shipment_notice``, ``delay_notice``,
  ``partial_shipment``, ``cancellation``): the PO named by ``po_number`` must exist, belong
  to the message's supplier (when one was resolved) and be open (``approved``, ``sent``,
  ``partially_received``). Otherwise every PO change is skipped with a note; a message
  never creates a PO or a line and never approves a draft. Lines are matched by catalog
  sku; a line without a sku, or with a sku not on the PO, is skipped with a note.
- **Dates**: a new ``delivery_date`` (for a delay notice without one: the old promise +
  ``delay_days``) becomes the promised date of the lines the message names (all open
  lines when it names none; for a partial shipment only named lines whose whole open
  balance was shipped); the PO's promised date becomes the latest promised date of its
  open lines. A message older than a receipt already in the store (a line received after
  the message's date) changes no dates.
- **Status**, within the store's vocabulary (``data.schema.PO_STATUSES``, which has no
  "confirmed" or "shipped"): an order confirmation moves ``approved`` → ``sent`` (the
  supplier has the order); a shipment keeps the status and adds a note to the PO;
  receipts give ``partially_received`` / ``received``; a cancellation without lines
  cancels the PO, with lines it cancels their open balance (the line quantity drops by
  the cancelled quantity; a PO with nothing left open becomes ``cancelled``, or
  ``received`` if something arrived).
- **Receipts: shipped ≠ received.** The §8 object describes what was shipped, never what
  arrived, so a shipment or partial-shipment notice books nothing into stock. Goods are
  booked only when the confirming person enters ``received_quantity`` on a line (and
  optionally ``received_date``, default today) in ``edited``: the line's received
  quantity and date, the item's on hand (+) and on order (−) move together. Receiving
  more than a line's open balance is refused for that line.
- **Prices and MOQ**: ``price_change`` sets ``Item.unit_cost`` of each named sku,
  ``moq_change`` sets ``Item.moq`` (from ``minimum_order_quantity``) of each named sku,
  both only for items of the message's (resolved) supplier. The catalog keeps no
  currency per item, so the preview says which currency the supplier quoted. Price
  differences in an order confirmation are noted, not applied. Quotes change nothing.
- **Lead-time observations** (``LeadTimeObservation``, ``source="message"``): one per
  PO line, ``order_date`` from the PO, ``promised_date`` = the promise before the first
  message that moved it, ``actual_date`` = the date the supplier now gives (new delivery
  date/ETA) or, once the person books the line as fully received, the receipt date.
  A later message about the same line updates that observation (the original promise
  stays), so a line counts once. Written only when a previous promise existed and the
  date really moved (or on a full receipt). Readers: ``tools.lead_time`` counts it from
  the day the message was received; ``supplier_performance`` counts it as a delivery once
  its date has passed and lists it under ``announced_delays`` while ahead;
  ``list_alerts`` raises ``supplier_delay`` for open lines re-promised later than first
  promised.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from data.errors import UserInputError
from data.schema import (
    OPEN_PO_STATUSES,
    AuditLog,
    Item,
    LeadTimeObservation,
    PurchaseOrder,
    PurchaseOrderLine,
    SupplierMessage,
)
from data.store import session_scope

SOURCE = "message"
PO_MESSAGE_TYPES = ("order_confirmation", "shipment_notice", "delay_notice", "partial_shipment", "cancellation")
DATE_MESSAGE_TYPES = ("order_confirmation", "shipment_notice", "delay_notice", "partial_shipment")


@dataclass
class Change:
    """One thing a confirmation would change (``applies``) or a note on what it will not."""

    kind: str
    """``po_status``, ``po_promised_date``, ``line_promised_date``, ``po_note``, ``receipt``,
    ``cancel_line``, ``cancel_po``, ``item_unit_cost``, ``item_moq``, ``observation`` or ``note``."""
    text: str
    applies: bool = True
    entity: str | None = None
    entity_id: str | None = None
    before: Any = None
    after: Any = None
    data: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe (dates as ISO strings) for the audit log and ``--json`` output."""
        return _jsonable(asdict(self))


@dataclass
class ApplyResult:
    message_id: int
    status: str
    person: str
    applied: list[Change]
    notes: list[Change]
    audit_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "message_id": self.message_id,
            "status": self.status,
            "person": self.person,
            "applied": [change.to_dict() for change in self.applied],
            "notes": [change.to_dict() for change in self.notes],
            "audit_id": self.audit_id,
        }


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    return value


def _qty(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"


def _shift(before: dt.date | None, after: dt.date) -> str:
    if before is None:
        return "(no earlier promise)"
    days = (after - before).days
    return f"({days:+d} days)"


def _note(text: str) -> Change:
    return Change(kind="note", text=text, applies=False)


# --------------------------------------------------------------------------------------
# Input: the §8 object as parsed or as a person edited it
# --------------------------------------------------------------------------------------
def _date(value: Any, name: str) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise UserInputError(f"{name}: expected a date YYYY-MM-DD, got {value!r}") from None


def _number(value: Any, name: str) -> float | None:
    if value is None or isinstance(value, bool) or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(str(value).replace(",", "").strip()) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise UserInputError(f"{name}: expected a number, got {value!r}") from None
    if math.isnan(number):
        return None
    if not math.isfinite(number) or number < 0:
        raise UserInputError(f"{name}: expected a finite number ≥ 0, got {value!r}")
    return number


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def normalize_fields(parsed: dict[str, Any]) -> dict[str, Any]:
    """The §8 fields checked and typed (dates as ``date``, numbers as ``float``).

    Extra keys a person may add when confirming: ``received_date`` and, per line,
    ``received_quantity``. Bad values raise :class:`UserInputError`.
    """
    if not isinstance(parsed, dict):
        raise UserInputError("the parsed message must be an object")
    lines = []
    for index, line in enumerate(parsed.get("lines") or [], start=1):
        if not isinstance(line, dict):
            raise UserInputError(f"line {index}: expected an object")
        lines.append({
            "sku": _text(line.get("sku")),
            "description": _text(line.get("description")),
            "quantity": _number(line.get("quantity"), f"line {index} quantity"),
            "unit_price": _number(line.get("unit_price"), f"line {index} unit_price"),
            "currency": _text(line.get("currency")),
            "received_quantity": _number(line.get("received_quantity"), f"line {index} received_quantity"),
        })
    delay = parsed.get("delay_days")
    try:
        delay_days = None if delay is None or (isinstance(delay, str) and not delay.strip()) else int(float(delay))
    except (TypeError, ValueError):
        raise UserInputError(f"delay_days: expected a whole number, got {delay!r}") from None
    return {
        "message_type": _text(parsed.get("message_type")) or "other",
        "supplier": _text(parsed.get("supplier")),
        "po_number": _text(parsed.get("po_number")),
        "lines": lines,
        "ship_date": _date(parsed.get("ship_date"), "ship_date"),
        "delivery_date": _date(parsed.get("delivery_date"), "delivery_date"),
        "delay_days": delay_days,
        "minimum_order_quantity": _number(parsed.get("minimum_order_quantity"), "minimum_order_quantity"),
        "received_date": _date(parsed.get("received_date"), "received_date"),
    }


# --------------------------------------------------------------------------------------
# Planning: what a confirmation would change (reads only)
# --------------------------------------------------------------------------------------
def _message_observation(session: Session, po_id: str, sku: str) -> LeadTimeObservation | None:
    return session.execute(
        select(LeadTimeObservation)
        .where(LeadTimeObservation.po_id == po_id, LeadTimeObservation.sku == sku,
               LeadTimeObservation.source == SOURCE)
        .order_by(LeadTimeObservation.id.desc())
    ).scalars().first()


def _observation_change(
    session: Session, order: PurchaseOrder, line: PurchaseOrderLine, old: dt.date | None, actual: dt.date, why: str
) -> Change | None:
    """The message observation of ``line``: a new one, or the existing one moved to ``actual``."""
    if order.order_date is None:
        return None
    existing = _message_observation(session, order.po_id, line.sku)
    promised = existing.promised_date if existing is not None else old
    if promised is None:
        return None
    delay = (actual - promised).days
    text = (f"Lead-time observation {order.supplier} {order.po_id} {line.sku}: ordered {order.order_date}, "
            f"promised {promised}, {why} {actual} ({delay:+d} days; lead time {(actual - order.order_date).days} days)")
    return Change(
        kind="observation", text=text, entity="lead_time_observation",
        entity_id=str(existing.id) if existing is not None else None,
        before=existing.actual_date if existing is not None else None, after=actual,
        data={"observation_id": existing.id if existing is not None else None, "supplier": order.supplier,
              "po_id": order.po_id, "sku": line.sku, "order_date": order.order_date,
              "promised_date": promised, "actual_date": actual},
    )


def _plan_purchase_order(
    session: Session, fields: dict[str, Any], today: dt.date, received: dt.date | None = None
) -> list[Change]:
    kind = fields["message_type"]
    po_id = fields["po_number"]
    receipts_given = any(line["received_quantity"] for line in fields["lines"])
    if kind not in PO_MESSAGE_TYPES and not receipts_given:
        return []
    if not po_id:
        return [_note("No PO number in the message: no purchase order is changed.")]
    order = session.get(PurchaseOrder, po_id)
    if order is None:
        return [_note(f"Unknown purchase order {po_id}: skipped (a message never creates an order).")]
    supplier = fields["supplier"]
    if supplier and order.supplier and supplier != order.supplier:
        return [_note(f"{po_id} belongs to {order.supplier}, not to {supplier}: the order is not changed.")]
    if order.status not in OPEN_PO_STATUSES:
        return [_note(f"{po_id} is {order.status}: a supplier message only changes open orders "
                      f"({', '.join(OPEN_PO_STATUSES)}); nothing changed.")]
    changes: list[Change] = []
    if not supplier:
        changes.append(_note(f"The sender is not matched to a catalog supplier; {po_id} is {order.supplier}'s order."))
    by_sku = {line.sku: line for line in order.lines}
    named: list[tuple[PurchaseOrderLine, dict[str, Any]]] = []
    for line in fields["lines"]:
        label = line["sku"] or line["description"] or "a line"
        if not line["sku"]:
            changes.append(_note(f"Line {label!r} has no catalog sku: skipped."))
        elif line["sku"] not in by_sku:
            changes.append(_note(f"{line['sku']} is not on {po_id}: skipped."))
        else:
            named.append((by_sku[line["sku"]], line))

    received_after = {line.id: line.received_quantity for line in order.lines}
    quantity_after = {line.id: line.quantity for line in order.lines}

    if kind == "cancellation":
        if fields["lines"] and not named:
            changes.append(_note(f"None of the cancelled lines is on {po_id}: nothing cancelled."))
        elif not fields["lines"]:
            balances = [(line.sku, line.quantity - line.received_quantity) for line in order.lines
                        if line.quantity > line.received_quantity]
            changes.append(Change(
                kind="cancel_po", text=f"{po_id} cancelled ({order.status} → cancelled); open balances "
                + "; ".join(f"{sku} {_qty(q)}" for sku, q in balances) + " leave on order",
                entity="purchase_order", entity_id=po_id, before=order.status, after="cancelled",
                data={"po_id": po_id, "balances": balances},
            ))
            return changes
        for line, message_line in named:
            balance = line.quantity - line.received_quantity
            if balance <= 0:
                changes.append(_note(f"{po_id} {line.sku} is already fully received: not cancelled."))
                continue
            wanted = message_line["quantity"]
            cancel = balance if wanted is None or wanted >= balance else wanted
            if wanted is not None and wanted > balance:
                changes.append(_note(f"{line.sku}: {_qty(wanted)} cancelled but only {_qty(balance)} open: "
                                     f"the open {_qty(balance)} are cancelled."))
            quantity_after[line.id] = line.quantity - cancel
            changes.append(Change(
                kind="cancel_line", entity="purchase_order_line", entity_id=f"{po_id}/{line.sku}",
                text=f"{po_id} {line.sku} cancelled {_qty(cancel)} of {_qty(balance)} open "
                     f"(ordered {_qty(line.quantity)} → {_qty(line.quantity - cancel)})",
                before=line.quantity, after=line.quantity - cancel,
                data={"line_id": line.id, "sku": line.sku, "quantity": cancel},
            ))

    if kind in DATE_MESSAGE_TYPES:
        targets = named if (named or kind == "partial_shipment") else [(line, None) for line in order.lines]
        new_date = fields["delivery_date"]
        later_receipts = sorted(line.received_date for line in order.lines
                                if received is not None and line.received_date and line.received_date > received)
        if later_receipts:
            changes.append(_note(f"The store has a receipt on {po_id} dated {later_receipts[-1]}, after this message "
                                 f"({received}): the message is older than what the store knows, dates not changed."))
            targets = []
        if new_date is None and kind == "delay_notice" and fields["delay_days"] is not None:
            changes.append(_note(f"No new delivery date: derived as the old promise + {fields['delay_days']} days."))
        line_dates: dict[int, dt.date | None] = {line.id: line.promised_date for line in order.lines}
        for line, message_line in targets:
            if line.received_quantity >= line.quantity:
                if named:
                    changes.append(_note(f"{po_id} {line.sku} is already received: its date is not changed."))
                continue
            old = line.promised_date or order.promised_date
            target = new_date
            if target is None and kind == "delay_notice" and fields["delay_days"] is not None and old is not None:
                target = old + dt.timedelta(days=fields["delay_days"])
            if target is None or target == line.promised_date:
                continue
            if kind == "partial_shipment" and message_line is not None and message_line["quantity"] is not None \
                    and message_line["quantity"] < line.quantity - line.received_quantity:
                changes.append(_note(f"{line.sku}: {_qty(message_line['quantity'])} shipped of "
                                     f"{_qty(line.quantity - line.received_quantity)} open; the ETA covers the shipped "
                                     "part only, so the line's promised date is unchanged."))
                continue
            line_dates[line.id] = target
            changes.append(Change(
                kind="line_promised_date", entity="purchase_order_line", entity_id=f"{po_id}/{line.sku}",
                text=f"{po_id} {line.sku} promised date {old or '—'} → {target} {_shift(old, target)}",
                before=line.promised_date, after=target, data={"line_id": line.id},
            ))
            observation = _observation_change(session, order, line, old, target, "now expected")
            if observation is not None:
                changes.append(observation)
        if kind == "partial_shipment" and not named:
            changes.append(_note("The partial shipment names no line of the order: no dates changed."))
        if new_date is None and fields["delay_days"] is None and kind in ("delay_notice", "shipment_notice"):
            changes.append(_note("No new delivery date in the message: promised dates unchanged."))
        open_dates = [line_dates[line.id] for line in order.lines
                      if line.received_quantity < line.quantity and line_dates[line.id] is not None]
        po_date = max(open_dates) if open_dates else None
        moved = any(change.kind == "line_promised_date" for change in changes)
        if moved and po_date is not None and po_date != order.promised_date:
            changes.append(Change(
                kind="po_promised_date", entity="purchase_order", entity_id=po_id,
                text=f"{po_id} promised date {order.promised_date or '—'} → {po_date} "
                     f"{_shift(order.promised_date, po_date)}",
                before=order.promised_date, after=po_date, data={"po_id": po_id},
            ))

    if kind == "order_confirmation":
        if order.status == "approved":
            changes.append(Change(kind="po_status", entity="purchase_order", entity_id=po_id,
                                  text=f"{po_id} status approved → sent (the supplier confirmed the order)",
                                  before="approved", after="sent", data={"po_id": po_id}))
        for line, message_line in named:
            quantity, price = message_line["quantity"], message_line["unit_price"]
            if quantity is not None and abs(quantity - line.quantity) > 1e-9:
                changes.append(_note(f"{line.sku}: confirmed quantity {_qty(quantity)} differs from the PO's "
                                     f"{_qty(line.quantity)}: not changed, check with the supplier."))
            if price is not None and line.unit_cost is not None and abs(price - line.unit_cost) > 1e-9:
                changes.append(_note(f"{line.sku}: confirmed price {_num(price)} {message_line['currency'] or ''} "
                                     f"differs from the PO's {_num(line.unit_cost)}: not changed, check with the "
                                     "supplier.".replace("  ", " ")))

    if kind in ("shipment_notice", "partial_shipment"):
        shipped = fields["ship_date"]
        what = "; ".join(f"{line.sku} {_qty(message_line['quantity'])}" for line, message_line in named
                         if message_line["quantity"] is not None)
        text = f"Shipped {shipped or '(date not given)'}" + (f": {what}" if what else "")
        if fields["delivery_date"]:
            text += f", ETA {fields['delivery_date']}"
        changes.append(Change(kind="po_note", entity="purchase_order", entity_id=po_id,
                              text=f"{po_id} note: {text} (status stays {order.status}: the store has no "
                                   "'shipped' status; nothing is booked as received)",
                              after=text, data={"po_id": po_id}))

    received_on = fields["received_date"] or today
    for line, message_line in named:
        quantity = message_line["received_quantity"]
        if not quantity:
            continue
        balance = quantity_after[line.id] - received_after[line.id]
        if quantity > balance + 1e-9:
            changes.append(_note(f"{line.sku}: {_qty(quantity)} received but only {_qty(balance)} open on "
                                 f"{po_id}: receipt skipped."))
            continue
        received_after[line.id] += quantity
        changes.append(Change(
            kind="receipt", entity="purchase_order_line", entity_id=f"{po_id}/{line.sku}",
            text=f"{line.sku} received {_qty(received_after[line.id])} of {_qty(quantity_after[line.id])} "
                 f"({_qty(quantity)} on {received_on}; on hand +{_qty(quantity)}, on order −{_qty(quantity)})",
            before=line.received_quantity, after=received_after[line.id],
            data={"line_id": line.id, "sku": line.sku, "quantity": quantity, "date": received_on},
        ))
        if received_after[line.id] >= quantity_after[line.id]:
            observation = _observation_change(session, order, line, line.promised_date or order.promised_date,
                                              received_on, "received")
            if observation is not None:
                changes.append(observation)

    if any(change.kind in ("receipt", "cancel_line") for change in changes):
        lines = order.lines
        if all(received_after[line.id] >= quantity_after[line.id] for line in lines):
            status = "received" if any(received_after[line.id] > 0 for line in lines) else "cancelled"
        elif any(received_after[line.id] > 0 for line in lines):
            status = "partially_received"
        else:
            status = order.status
        if status != order.status:
            changes.append(Change(kind="po_status", entity="purchase_order", entity_id=po_id,
                                  text=f"{po_id} status {order.status} → {status}",
                                  before=order.status, after=status, data={"po_id": po_id}))
    return changes


def _catalog_items(session: Session, fields: dict[str, Any], what: str) -> tuple[list[tuple[Item, dict[str, Any]]], list[Change]]:
    notes: list[Change] = []
    supplier = fields["supplier"]
    if not supplier:
        return [], [_note(f"The sender is not matched to a catalog supplier: no {what} is changed.")]
    found = []
    for line in fields["lines"]:
        if not line["sku"]:
            notes.append(_note(f"Line {line['description'] or ''!r} has no catalog sku: {what} not changed."))
            continue
        item = session.get(Item, line["sku"])
        if item is None:
            notes.append(_note(f"Unknown sku {line['sku']}: skipped."))
        elif item.supplier != supplier:
            notes.append(_note(f"{item.sku} is supplied by {item.supplier or 'nobody'}, not {supplier}: "
                               f"{what} not changed."))
        else:
            found.append((item, line))
    if not fields["lines"]:
        notes.append(_note(f"The message names no item: no {what} is changed."))
    return found, notes


def _plan_prices(session: Session, fields: dict[str, Any]) -> list[Change]:
    items, changes = _catalog_items(session, fields, "price")
    currencies = set()
    for item, line in items:
        price = line["unit_price"]
        if price is None:
            changes.append(_note(f"{item.sku}: no new price in the message."))
            continue
        currency = line["currency"] or ""
        if currency:
            currencies.add(currency)
        if item.unit_cost is not None and abs(price - item.unit_cost) < 1e-12:
            changes.append(_note(f"{item.sku}: price {_num(price)} is already the item's unit cost."))
            continue
        changes.append(Change(
            kind="item_unit_cost", entity="item", entity_id=item.sku,
            text=f"Price {item.sku} {_num(item.unit_cost)} → {_num(price)} {currency} "
                 "(proposed; item unit cost updated only on confirm)".replace("  ", " "),
            before=item.unit_cost, after=price, data={"sku": item.sku, "currency": currency or None},
        ))
    if currencies:
        changes.append(_note(f"Prices quoted in {', '.join(sorted(currencies))}; the catalog keeps no currency "
                             "per item: check it is the currency of the unit costs."))
    return changes


def _plan_moq(session: Session, fields: dict[str, Any]) -> list[Change]:
    moq = fields["minimum_order_quantity"]
    if moq is None:
        return [_note("No minimum order quantity in the message: nothing changed.")]
    items, changes = _catalog_items(session, fields, "MOQ")
    for item, _ in items:
        if abs((item.moq or 0) - moq) < 1e-12:
            changes.append(_note(f"{item.sku}: MOQ is already {_qty(moq)}."))
            continue
        changes.append(Change(kind="item_moq", entity="item", entity_id=item.sku,
                              text=f"MOQ {item.sku} {_qty(item.moq)} → {_qty(moq)}",
                              before=item.moq, after=moq, data={"sku": item.sku}))
    return changes


def plan_changes(
    session: Session, parsed: dict[str, Any], today: dt.date, received: dt.date | None = None
) -> list[Change]:
    """What confirming ``parsed`` (a message received on ``received``) would change, read from
    the store through ``session`` (no writes)."""
    fields = normalize_fields(parsed)
    kind = fields["message_type"]
    changes = _plan_purchase_order(session, fields, today, received)
    if kind == "price_change":
        changes += _plan_prices(session, fields)
    elif kind == "moq_change":
        changes += _plan_moq(session, fields)
    elif kind not in PO_MESSAGE_TYPES and not changes:
        changes.append(_note(f"A message of type {kind!r} changes nothing in the store."))
    return changes


def preview_changes(
    engine: Engine, parsed: dict[str, Any], today: dt.date, received: dt.date | None = None
) -> list[Change]:
    """The changes a confirmation of ``parsed`` would make (``applies``) and notes on what it
    would skip; human-readable ``text`` on each. Pure: nothing is written. ``received`` (the
    message's date) lets a message older than a receipt in the store leave dates alone."""
    with session_scope(engine) as session:
        changes = plan_changes(session, parsed, today, received)
        session.rollback()
    return changes


# --------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------
def _as_datetime(value: Any) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None) if value.tzinfo is None else value.astimezone(dt.UTC).replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(0, 0))
    text = str(value).strip()
    try:
        return _as_datetime(dt.datetime.fromisoformat(text))
    except ValueError:
        raise UserInputError(f"received_at: expected a date or date-time, got {value!r}") from None


def record_message(
    engine: Engine,
    parsed: dict[str, Any],
    body: str,
    sender: str | None = None,
    subject: str | None = None,
    received_at: dt.datetime | dt.date | str | None = None,
) -> int:
    """Store a parsed message as *pending* and return its id. Nothing else changes."""
    message = _new_message(parsed, body, sender, subject, received_at)
    with session_scope(engine) as session:
        session.add(message)
        session.flush()
        return int(message.id)


def _new_message(
    parsed: dict[str, Any], body: str, sender: str | None, subject: str | None,
    received_at: dt.datetime | dt.date | str | None,
) -> SupplierMessage:
    """A pending :class:`SupplierMessage` row (not yet added to a session)."""
    if not isinstance(parsed, dict):
        raise UserInputError("the parsed message must be an object")
    return SupplierMessage(
        received_at=_as_datetime(received_at),
        sender=(sender or None) and str(sender)[:320],
        subject=(subject or None) and str(subject)[:500],
        body=body or "",
        supplier=_text(parsed.get("supplier")),
        po_id=_text(parsed.get("po_number")),
        parsed=_jsonable(parsed),
        status="pending",
    )


def _apply_change(session: Session, change: Change, message: SupplierMessage, person: str) -> None:
    """Write one planned change (inside the confirmation's transaction)."""
    data = change.data
    kind = change.kind
    if kind in ("po_status", "po_promised_date", "po_note", "cancel_po"):
        order = session.get(PurchaseOrder, data["po_id"])
        if kind == "po_status":
            order.status = change.after
        elif kind == "po_promised_date":
            order.promised_date = change.after
        elif kind == "po_note":
            entry = f"{change.after} (message #{message.id}, confirmed by {person})"
            order.notes = f"{order.notes}\n{entry}" if order.notes else entry
        else:
            for sku, balance in data["balances"]:
                item = session.get(Item, sku)
                if item is not None:
                    item.on_order = max(0.0, item.on_order - balance)
            order.status = "cancelled"
    elif kind in ("line_promised_date", "receipt", "cancel_line"):
        line = session.get(PurchaseOrderLine, data["line_id"])
        if kind == "line_promised_date":
            line.promised_date = change.after
            return
        item = session.get(Item, line.sku)
        quantity = data["quantity"]
        if kind == "receipt":
            line.received_quantity += quantity
            line.received_date = data["date"]
            if item is not None:
                item.on_hand += quantity
                item.on_order = max(0.0, item.on_order - quantity)
        else:
            line.quantity -= quantity
            if item is not None:
                item.on_order = max(0.0, item.on_order - quantity)
    elif kind == "item_unit_cost":
        session.get(Item, data["sku"]).unit_cost = change.after
    elif kind == "item_moq":
        session.get(Item, data["sku"]).moq = change.after
    elif kind == "observation":
        if data["observation_id"] is not None:
            observation = session.get(LeadTimeObservation, data["observation_id"])
            observation.actual_date = data["actual_date"]
            observation.message_id = message.id
        else:
            session.add(LeadTimeObservation(
                supplier=data["supplier"], po_id=data["po_id"], sku=data["sku"], order_date=data["order_date"],
                promised_date=data["promised_date"], actual_date=data["actual_date"], source=SOURCE,
                message_id=message.id,
            ))
    session.flush()


def _claim(session: Session, message_id: int, status: str, person: str) -> SupplierMessage:
    """Move a pending message to ``status`` (an atomic check: deciding twice is refused)."""
    message = session.get(SupplierMessage, message_id)
    if message is None:
        raise UserInputError(f"unknown message #{message_id}")
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    claimed = session.execute(
        update(SupplierMessage)
        .where(SupplierMessage.id == message_id, SupplierMessage.status == "pending")
        .values(status=status, decided_by=person, decided_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    if claimed != 1:
        session.refresh(message)
        by = f" by {message.decided_by}" if message.decided_by else ""
        raise UserInputError(f"message #{message_id} is already {message.status}{by}: it cannot be decided again")
    session.refresh(message)
    return message


def confirm_message(
    engine: Engine,
    message_id: int,
    person: str,
    edited: dict[str, Any] | None = None,
    today: dt.date | None = None,
) -> ApplyResult:
    """A person confirms a pending message: its changes are applied in one transaction.

    ``edited`` is the §8 object as the person corrected it (default: the stored parse),
    optionally with ``received_date`` and per-line ``received_quantity`` for goods that
    actually arrived. Exactly the changes :func:`preview_changes` lists are written, with
    the message's status, the decider and an audit entry; any error leaves the store as it
    was. Confirming a message that is not pending raises :class:`UserInputError`.

    The CLI (``replenish parse-email FILE --apply --by NAME``) uses
    :func:`record_and_confirm`, which stores and confirms in a single transaction.
    """
    person = _person(person, "a confirmation")
    today = today or dt.date.today()
    with session_scope(engine) as session:
        return _confirm(session, message_id, person, edited, today)


def record_and_confirm(
    engine: Engine,
    parsed: dict[str, Any],
    body: str,
    person: str,
    sender: str | None = None,
    subject: str | None = None,
    received_at: dt.datetime | dt.date | str | None = None,
    today: dt.date | None = None,
) -> ApplyResult:
    """Store a parsed message and confirm it as ``person`` in **one** transaction.

    Either the message lands as ``confirmed`` with its changes and audit entry, or nothing
    is written at all: a crash or an error between the two steps can never leave a pending
    copy behind that someone could confirm a second time (a line cancellation or a receipt
    applied twice would change stock twice).
    """
    person = _person(person, "a confirmation")
    today = today or dt.date.today()
    with session_scope(engine) as session:
        message = _new_message(parsed, body, sender, subject, received_at)
        session.add(message)
        session.flush()
        return _confirm(session, int(message.id), person, None, today)


def _lock_rows(session: Session, fields: dict[str, Any]) -> None:
    """Lock (``SELECT ... FOR UPDATE``) the PO and the items a confirmation may change,
    before it reads them to plan, and load them fresh.

    Without this, on PostgreSQL (read committed) a confirmation racing an approval or
    another confirmation read ``on_order``/``on_hand``/line quantities, then wrote values
    computed from that stale read: a lost update. Order: the PO, then items by sku — the
    same order :func:`tools.purchase_orders.decide_purchase_order` takes, so two
    decisions never wait on each other in a cycle. SQLite ignores ``FOR UPDATE``; there
    the claim's write already holds the database's write lock until commit.
    """
    skus = {line["sku"] for line in fields["lines"] if line["sku"]}
    if fields["po_number"]:
        order = session.execute(
            select(PurchaseOrder).where(PurchaseOrder.po_id == fields["po_number"])
            .with_for_update().execution_options(populate_existing=True)
        ).scalars().first()
        if order is not None:
            lines = session.execute(
                select(PurchaseOrderLine).where(PurchaseOrderLine.po_id == order.po_id)
                .execution_options(populate_existing=True)
            ).scalars().all()
            skus |= {line.sku for line in lines}
    if skus:
        session.execute(
            select(Item).where(Item.sku.in_(sorted(skus))).order_by(Item.sku)
            .with_for_update().execution_options(populate_existing=True)
        ).scalars().all()


def _person(person: str | None, what: str) -> str:
    person = (person or "").strip()
    if not person:
        raise UserInputError(f"{what} needs the name of the person making it")
    return person


def _confirm(
    session: Session, message_id: int, person: str, edited: dict[str, Any] | None, today: dt.date
) -> ApplyResult:
    """The confirmation inside the caller's transaction (claim, plan, apply, audit)."""
    message = _claim(session, message_id, "confirmed", person)
    fields_source = edited if edited is not None else (message.parsed or {})
    received = message.received_at.date() if message.received_at else None
    _lock_rows(session, normalize_fields(fields_source))
    changes = plan_changes(session, fields_source, today, received)
    applied = [change for change in changes if change.applies]
    for change in applied:
        _apply_change(session, change, message, person)
    if edited is not None:
        message.supplier = _text(edited.get("supplier"))
        message.po_id = _text(edited.get("po_number"))
    notes = [change for change in changes if not change.applies]
    audit = AuditLog(
        actor=person, action="supplier_message_confirmed", entity="supplier_message",
        entity_id=str(message_id),
        details={
            "message_id": message_id,
            "planning_date": today.isoformat(),
            "edited": edited is not None,
            "parsed": message.parsed,
            "confirmed_fields": _jsonable(edited) if edited is not None else None,
            "changes": [change.to_dict() for change in applied],
            "notes": [change.text for change in notes],
        },
    )
    session.add(audit)
    session.flush()
    return ApplyResult(message_id, "confirmed", person, applied, notes, int(audit.id))


def reject_message(engine: Engine, message_id: int, person: str, note: str | None = None) -> ApplyResult:
    """A person rejects a pending message: only its status and the audit log change."""
    person = _person(person, "a rejection")
    with session_scope(engine) as session:
        _claim(session, message_id, "rejected", person)
        audit = AuditLog(actor=person, action="supplier_message_rejected", entity="supplier_message",
                         entity_id=str(message_id), details={"message_id": message_id, "note": note, "changes": []})
        session.add(audit)
        session.flush()
        return ApplyResult(message_id, "rejected", person, [], [], int(audit.id))


def list_messages(engine: Engine, limit: int = 200) -> list[dict[str, Any]]:
    """Stored messages, newest first: id, received, sender, subject, type, supplier, PO, status, decider."""
    with session_scope(engine) as session:
        rows = session.execute(
            select(SupplierMessage).order_by(SupplierMessage.id.desc()).limit(limit)
        ).scalars().all()
        return [
            {
                "id": row.id,
                "received_at": row.received_at,
                "sender": row.sender,
                "subject": row.subject,
                "message_type": (row.parsed or {}).get("message_type"),
                "supplier": row.supplier,
                "po_id": row.po_id,
                "status": row.status,
                "decided_by": row.decided_by,
                "decided_at": row.decided_at,
            }
            for row in rows
        ]


def get_message(engine: Engine, message_id: int) -> dict[str, Any]:
    """One stored message with its body and parse."""
    with session_scope(engine) as session:
        row = session.get(SupplierMessage, message_id)
        if row is None:
            raise UserInputError(f"unknown message #{message_id}")
        return {
            "id": row.id, "received_at": row.received_at, "sender": row.sender, "subject": row.subject,
            "body": row.body, "parsed": row.parsed, "status": row.status, "supplier": row.supplier,
            "po_id": row.po_id, "decided_by": row.decided_by, "decided_at": row.decided_at,
        }
