"""Model-assisted message extraction: the local model fills what the rules left empty, and
every value it proposes is checked against the message before it is kept.

Division of labour. The rule parser (:mod:`assistant.message_parser`) reads what it can
and never invents. The model then reads the sender's current text — quoted replies, the
signature and injected instructions already removed by the same functions the rules use
— and answers with JSON of the SPEC §8 fields (prompt: ``prompts/message_extraction.txt``),
decoded under the grammar of ``ModelAnswer``'s JSON Schema on the local model: always one
well-formed object with exactly those keys, a type from SPEC §8, ISO dates, numbers where
numbers belong. A value the rules found always wins. A model value
fills an empty field only when the message supports it:

- ``po_number``: written in the text (case and spaces ignored);
- ``ship_date`` / ``delivery_date``: a date the date finder reads in the text (absolute,
  or relative to the received date);
- ``delay_days`` / ``minimum_order_quantity``: a number written in the text;
- ``message_type``: only replaces the rules' ``other``;
- ``lines``: only when the rules found none; each line's sku must resolve in the catalog
  from a code or description that is in the text, its quantity must be a number of the
  text (or the product of two: cartons × pack) and its price a number of the text.

Anything else is dropped with a warning naming the field, so the model can add recall but
no value that is not in the message. ``parse_file_with_model`` is the entry point;
``python -m assistant.evaluate_parser --extractor model`` measures it.
"""

from __future__ import annotations

import datetime as dt
import inspect
import itertools
import json
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.catalog_resolver import CatalogResolver
from assistant.email_reader import read_message_file, split_current
from assistant.llm import ChatBackend
from assistant.message_fields import find_dates, normalize_text, numbers_in
from assistant.message_parser import MessageType, parse_message, remove_injections
from data.errors import UserInputError

PROMPT_PATH = Path(__file__).resolve().parent.parent / "prompts" / "message_extraction.txt"
MESSAGE_TYPES: tuple[str, ...] = tuple(MessageType.__args__)  # type: ignore[attr-defined]
MAX_NEW_TOKENS = 320
MAX_MESSAGE_CHARS = 3000
"""The current text is cut here before it goes to the model (its context is small)."""
CURRENCIES = ("USD", "CNY", "EUR", "GBP", "HKD", "JPY")

IsoDate = Annotated[str, Field(pattern=r"^20[0-9]{2}-[01][0-9]-[0-3][0-9]$")]
ShortText = Annotated[str, Field(max_length=80)]


class AnswerLine(BaseModel):
    """One item line as the model writes it (before any check)."""

    model_config = ConfigDict(extra="forbid")
    sku: ShortText | None
    description: ShortText | None
    quantity: float | None
    unit_price: float | None
    currency: Literal["USD", "CNY", "EUR", "GBP"] | None


class ModelAnswer(BaseModel):
    """The model's answer: the SPEC §8 fields it is asked, in the order of the prompt and of
    the training corpus. Its JSON Schema is the grammar the model decodes under."""

    model_config = ConfigDict(extra="forbid")
    message_type: Literal[MESSAGE_TYPES]  # type: ignore[valid-type]
    po_number: ShortText | None
    ship_date: IsoDate | None
    delivery_date: IsoDate | None
    delay_days: int | None
    minimum_order_quantity: float | None
    lines: Annotated[list[AnswerLine], Field(max_length=12)]


ANSWER_SCHEMA: dict[str, Any] = ModelAnswer.model_json_schema()


def current_text(body: str, notes: list[str] | None = None) -> str:
    """The sender's own text as the rules see it: no quotes, signature or injections."""
    current = split_current(body)
    text, _ = remove_injections(current.text, current.signature + "\n" + "\n".join(notes or []))
    return normalize_text(text)


def extraction_messages(text: str, received: dt.date | None) -> list[dict[str, str]]:
    """The chat for one message: the instructions, then the message."""
    instructions = PROMPT_PATH.read_text(encoding="utf-8").replace(
        "{received}", received.isoformat() if received else "an unknown date"
    )
    return [{"role": "system", "content": instructions}, {"role": "user", "content": text[:MAX_MESSAGE_CHARS]}]


def read_json_object(text: str) -> dict[str, Any] | None:
    """The first JSON object in a model's answer, or None when there is none."""
    start = text.find("{")
    if start < 0:
        return None
    try:
        value, _ = json.JSONDecoder().raw_decode(text[start:])
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None


def _number(value: Any) -> float | None:
    """A number the model wrote as a JSON number or as text ("1,200", "两千"), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        found = numbers_in(normalize_text(value))
        return next(iter(found)) if len(found) == 1 else None
    return None


def _as_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


class Verifier:
    """What the current text supports: its numbers, dates and words."""

    def __init__(self, text: str, received: dt.date | None, resolver: CatalogResolver | None) -> None:
        self.text = text
        self.squeezed = _squeezed(text)
        self.numbers = numbers_in(text)
        self.dates = {mention.date for mention in find_dates(text, received)}
        self.resolver = resolver

    def number(self, value: Any) -> float | None:
        number = _number(value)
        return number if number is not None and number in self.numbers else None

    def quantity(self, value: Any) -> float | None:
        """A number of the text, or the product of two of them (cartons × units per carton)."""
        number = _number(value)
        if number is None or number <= 0:
            return None
        if number in self.numbers:
            return number
        small = [n for n in self.numbers if 1 < n < number]
        if any(abs(a * b - number) < 1e-9 for a, b in itertools.combinations(small, 2)):
            return number
        return None

    def date(self, value: Any) -> str | None:
        try:
            day = dt.date.fromisoformat(str(value))
        except ValueError:
            return None
        return day.isoformat() if day in self.dates else None

    def written(self, value: Any) -> str | None:
        if not isinstance(value, str) or not value.strip():
            return None
        return value.strip() if _squeezed(value) in self.squeezed else None

    def sku(self, code: Any, description: Any) -> str | None:
        """The catalog sku of a line whose code or description is in the text."""
        if self.resolver is None:
            return None
        written_code, written_description = self.written(code), self.written(description)
        if written_code and (sku := self.resolver.find_code(written_code)):
            return sku
        if written_description:
            return self.resolver.resolve_description(written_description)
        return None

    def currency(self, value: Any) -> str | None:
        code = str(value or "").upper().strip()
        return code if code in CURRENCIES else None


def merge_model_answer(
    parsed: dict[str, Any], answer: dict[str, Any] | None, verifier: Verifier
) -> dict[str, Any]:
    """``parsed`` (the rules' object) with its empty fields filled from ``answer`` where verified."""
    result = json.loads(json.dumps(parsed))
    warnings: list[str] = list(result.get("warnings", []))
    if not answer:
        result["warnings"] = warnings + ["the model gave no readable JSON; rules only"]
        return result

    def reject(field: str, value: Any) -> None:
        if value not in (None, "", [], {}):
            warnings.append(f"model proposed {field} {value!r}, which is not in the message; left empty")

    if result.get("message_type") == "other" and answer.get("message_type") in MESSAGE_TYPES:
        result["message_type"] = answer["message_type"]
    checks = {
        "po_number": verifier.written,
        "ship_date": verifier.date,
        "delivery_date": verifier.date,
        "minimum_order_quantity": verifier.number,
    }
    for field, check in checks.items():
        if result.get(field) is None and answer.get(field) is not None:
            value = check(answer[field])
            if value is None:
                reject(field, answer[field])
            else:
                result[field] = _as_number(value) if isinstance(value, float) else value
    if result.get("delay_days") is None and answer.get("delay_days") is not None:
        delay = verifier.number(answer["delay_days"])
        if delay is not None and delay.is_integer():
            result["delay_days"] = int(delay)
        else:
            reject("delay_days", answer["delay_days"])
    if not result.get("lines") and isinstance(answer.get("lines"), list) and result.get("message_type") != "other":
        for line in answer["lines"]:
            if not isinstance(line, dict):
                continue
            sku = verifier.sku(line.get("sku"), line.get("description"))
            if sku is None:
                reject("line", line.get("sku") or line.get("description"))
                continue
            quantity = verifier.quantity(line.get("quantity")) if line.get("quantity") is not None else None
            price = verifier.number(line.get("unit_price")) if line.get("unit_price") is not None else None
            if line.get("quantity") is not None and quantity is None:
                reject("quantity", line.get("quantity"))
            if line.get("unit_price") is not None and price is None:
                reject("unit_price", line.get("unit_price"))
            if quantity is None and price is None and result.get("message_type") not in ("price_change", "moq_change"):
                continue
            result["lines"].append({
                "sku": sku,
                "description": line.get("description") if verifier.written(line.get("description")) else None,
                "quantity": _as_number(quantity) if quantity is not None else None,
                "unit_price": _as_number(price) if price is not None else None,
                "currency": verifier.currency(line.get("currency")) if price is not None else None,
            })
    result["warnings"] = list(dict.fromkeys(warnings))
    return result


def parse_file_with_model(
    path: Path, resolver: CatalogResolver | None, received: dt.date | None, backend: ChatBackend,
    model_only: bool = False,
) -> dict[str, Any]:
    """``parse_file``, then the model fills the fields the rules left empty (verified).

    ``model_only`` keeps only the rules' supplier (the sender, which the model is not asked)
    and their warnings, so that every other field is the model's: how well the model reads
    on its own, still under the same checks."""
    message = read_message_file(Path(path))
    try:
        parsed = parse_message(message, resolver, received)
    except UserInputError as error:
        raise UserInputError(f"{path}: {error}") from None
    if model_only:
        parsed = {**{field: None for field in parsed}, "message_type": "other", "lines": [],
                  "supplier": parsed["supplier"], "warnings": parsed["warnings"], "confidence": parsed["confidence"]}
    received = received or message.received
    text = current_text(message.body, message.notes)
    subject = normalize_text(message.subject or "")
    shown = f"Subject: {subject}\n\n{text}" if subject else text
    answer = read_json_object(ask_model(backend, extraction_messages(shown, received)))
    return merge_model_answer(parsed, answer, Verifier(f"{subject}\n{text}", received, resolver))


def ask_model(backend: ChatBackend, messages: list[dict[str, str]]) -> str:
    """The model's answer: decoded under ``ANSWER_SCHEMA``'s grammar on a local model, else
    forced to open with ``{`` where the backend can force a prefix."""
    if hasattr(backend, "generate_json"):
        return backend.generate_json(messages, ANSWER_SCHEMA, max_new_tokens=MAX_NEW_TOKENS).text  # type: ignore[attr-defined]
    if "prefix" in inspect.signature(backend.generate).parameters:
        return backend.generate(messages, max_new_tokens=MAX_NEW_TOKENS, prefix="{").text  # type: ignore[call-arg]
    return backend.generate(messages, max_new_tokens=MAX_NEW_TOKENS).text
