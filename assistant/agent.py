"""The agent turn (SPEC §7): question → tool calls → tool results → grounded answer.

One model pass chooses the tools (the fine-tuned model writes every needed call at
once); we parse, allow-list, resolve product and supplier mentions to the catalog,
validate arguments with the tools' pydantic models, send a corrective message and retry
(bounded) when something is wrong, execute, and answer. By default the answer is written
from the results with prompts/answers.toml (fast on CPU, grounded by construction);
``explain="model"`` feeds the results back for the model to word the answer, and any
answer whose numbers no result supports is replaced by the templated one.

Safety: approving or placing orders is never a tool; a request to do so is refused
before the model sees it. A pasted message is data: it only ever reaches
``parse_supplier_message``.
"""

from __future__ import annotations

import json
import math
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from assistant.answers import reply, templated_answer
from assistant.catalog_resolver import CatalogResolver, ResolutionError, chinese_glossary
from assistant.durations import durations_in_days
from assistant.grounding import check_grounding, source_numbers
from assistant.language import Language, detect_language
from assistant.llm import ChatBackend, Generation, Message
from assistant.tool_calls import ToolCallRequest, parse_model_output, render_tool_call
from data.errors import UserInputError
from tools.registry import SPEC_TOOL_NAMES, ToolContext, all_tools, format_validation_error

PROMPTS = Path(__file__).resolve().parent.parent / "prompts"
SPEC_TOOLS = frozenset(SPEC_TOOL_NAMES)
# Arguments a later call may take from an earlier result of the same turn
# ("simulate the recommended policy for X").
CHAINED_ARGUMENTS = {"reorder_point", "order_quantity"}
# The buyer's own words asking us to approve, place, send or confirm an order.
APPROVAL_REQUEST = re.compile(
    r"\b(approve|approving|place|placing|submit|send|release|confirm|sign off)\b[^.?!\n]{0,40}\b(po|pos|order|orders|purchase|drafts?|them|it)\b"
    r"|\bapprove_\w+|\bjust order\b|\border it now\b"
    r"|(帮我|替我|给我|直接|马上|立即|现在就?|去)下单|下单吧|批准|审批通过|确认订单|提交订单|发出采购单|发给供应商",
    re.IGNORECASE,
)
# Day counts the buyer usually writes as a duration ("next 2 weeks", "模拟一年").
DAY_COUNT_ARGUMENTS = {"forecast_demand": "horizon_days", "simulate_policy": "days"}
# What buyers call the forecasting models (forecasting/models.py) besides their names.
FORECAST_MODEL_ALIASES = {"ets": "AutoETS", "arima": "AutoARIMA", "croston": "CrostonSBA", "naive": "SeasonalNaive"}
PASTED_MESSAGE = re.compile(r"(^|\n)\s*(from|subject|发件人|主题|dear|尊敬的|>)[:：\s]", re.IGNORECASE)
PARSE_CALL_STOP = '"parse_supplier_message"'
# Tool calls are short (a pasted message is never copied: generation stops at the parser's
# name); replies are one sentence; two what-if calls with five numbers each need ~130.
MAX_NEW_TOKENS = 160
# How a base model's plain replies begin (greeting, thanks, decline); a reply whose first
# token is likelier to open one of these than a JSON tool call is not a tool call.
REPLY_STARTS = ("Hello", "Hi", "You're welcome", "Sorry", "I can", "你好", "不客气", "抱歉", "我")


def system_prompt(fine_tuned: bool = False) -> str:
    """The fine-tuned model needs one line; a base model gets the rules and worked examples.

    The examples (prompts/agent_examples.txt) come from the synthetic training corpus's
    made-up catalog, never from the evaluation set. The prompt is a fixed prefix, so its
    key/value cache is computed once per process (assistant/llm.py).
    """
    if fine_tuned:
        return (PROMPTS / "agent_system_finetuned.txt").read_text(encoding="utf-8")
    return (PROMPTS / "agent_system.txt").read_text(encoding="utf-8") + (PROMPTS / "agent_examples.txt").read_text(encoding="utf-8")


def buyer_text(question: str) -> str:
    """The buyer's own words: the question without a pasted message that follows it.

    A paste starts on a new line (after "parse this:" or a blank line) or with mail
    headers; the buyer's request is the first line.
    """
    match = PASTED_MESSAGE.search(question)
    own = question[: match.start()] if match else question
    return own.strip().split("\n", 1)[0]


def forecast_model_named(text: str) -> str | None:
    """The forecasting model the buyer asks for by name ("use AutoETS", "croston please"),
    when exactly one is named; the model sometimes leaves that argument out."""
    from forecasting.engine import ENSEMBLE
    from forecasting.models import LOCAL_MODELS

    names = {name.lower(): name for name in (*LOCAL_MODELS, ENSEMBLE)} | FORECAST_MODEL_ALIASES
    found = {names[word.lower()] for word in re.findall(r"[A-Za-z]+", text) if word.lower() in names}
    return found.pop() if len(found) == 1 else None


# "when should I place the next order?" asks for planning advice, not for an order.
PLANNING_QUESTION = re.compile(r"\b(when|should|need to|have to|must|by when)\s+(i|we)?\s*$", re.IGNORECASE)


def is_approval_request(question: str) -> bool:
    """The buyer asks us to approve, place or send an order (never done by the assistant)."""
    text = buyer_text(question)
    for match in APPROVAL_REQUEST.finditer(text):
        if not PLANNING_QUESTION.search(text[max(0, match.start() - 25) : match.start()]):
            return True
    return False


@dataclass
class ExecutedCall:
    name: str
    arguments: dict[str, Any]
    result: Any


@dataclass
class AgentTurn:
    """One question's outcome; ``to_json`` is the SPEC §7 object."""

    question: str
    answer: str
    language: Language
    tool_calls: list[ExecutedCall] = field(default_factory=list)
    model_outputs: list[str] = field(default_factory=list)
    retries: int = 0
    answer_source: Literal["template", "model", "reply"] = "template"
    grounded: bool = True
    seconds: float = 0.0
    new_tokens: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "language": self.language,
            "tool_calls": [{"name": call.name, "arguments": call.arguments, "result": call.result} for call in self.tool_calls],
        }


class ClarificationNeeded(Exception):
    def __init__(self, candidates: list[str]) -> None:
        super().__init__(", ".join(candidates))
        self.candidates = candidates


class NotInCatalog(Exception):
    """The buyer named an item or supplier that matches nothing in the catalog."""

    def __init__(self, mention: str) -> None:
        super().__init__(mention)
        self.mention = mention


class Agent:
    """Answers buyers' questions with tools; never approves or orders anything."""

    def __init__(
        self,
        backend: ChatBackend,
        context: ToolContext,
        resolver: CatalogResolver | None = None,
        max_retries: int = 2,
        max_steps: int = 3,
        explain: Literal["template", "model"] = "template",
    ) -> None:
        self.backend = backend
        self.context = context
        self.resolver = resolver if resolver is not None else (
            CatalogResolver.from_engine(context.engine) if context.engine is not None else CatalogResolver([], [])
        )
        self.max_retries = max_retries
        self.max_steps = max_steps
        self.explain = explain
        self.tools = {name: tool for name, tool in all_tools().items() if name in SPEC_TOOLS}
        self.fine_tuned = bool(getattr(backend, "fine_tuned", False))

    # -- preparing calls -------------------------------------------------------------
    def _resolve_sku(self, mention: str, question: str) -> str:
        """The sku for a product mention; a clipped Chinese mention ("泡胶" of the buyer's
        "发泡胶") is retried as the glossary word of the question that contains it."""
        try:
            return self.resolver.resolve_sku(mention)
        except ResolutionError as error:
            if error.candidates:
                raise
            for term, _ in chinese_glossary():
                if mention in term and term != mention and term in question:
                    try:
                        return self.resolver.resolve_sku(term)
                    except ResolutionError:
                        continue
            raise

    def _resolve_arguments(self, name: str, arguments: dict[str, Any], question: str = "") -> dict[str, Any]:
        """Catalog skus and supplier names for what the buyer wrote."""
        resolved = dict(arguments)
        if name == "draft_purchase_order" and not resolved.get("supplier") and len(resolved.get("skus") or []) == 1:
            resolved = self._supplier_named_as_sku(resolved)
        resolved = self._day_count_from_question(name, resolved, question)
        if name == "forecast_demand" and "model" not in resolved:
            named = forecast_model_named(question)
            if named:
                resolved["model"] = named
        try:
            if isinstance(resolved.get("sku"), str):
                resolved["sku"] = self._resolve_sku(resolved["sku"], question)
            if isinstance(resolved.get("skus"), list):
                resolved["skus"] = [self._resolve_sku(str(sku), question) for sku in resolved["skus"]]
            if isinstance(resolved.get("supplier"), str) and name != "parse_supplier_message":
                resolved["supplier"] = self.resolver.resolve_supplier(resolved["supplier"])
        except ResolutionError as error:
            if error.candidates:
                raise ClarificationNeeded([self.resolver.describe(c) for c in error.candidates]) from None
            raise
        return resolved

    def _day_count_from_question(self, name: str, arguments: dict[str, Any], question: str) -> dict[str, Any]:
        """The one duration the buyer wrote ("next 2 weeks" → 14) replaces a day count the
        model made up: one that is neither in the question nor the tool's default."""
        field = DAY_COUNT_ARGUMENTS.get(name)
        value = arguments.get(field) if field else None
        if field is None or isinstance(value, bool) or not isinstance(value, (int, float)):
            return arguments
        written = durations_in_days(question)
        if len(written) != 1:
            return arguments
        days = written.pop()
        default = self.tools[name].arguments.model_fields[field].default
        if value in (days, default) or value in source_numbers(question):
            return arguments
        return arguments | {field: days}

    def _supplier_named_as_sku(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """``{"skus": ["midlands fixings"]}``: a supplier, not an item, when it names no item."""
        mention = str(arguments["skus"][0])
        try:
            self.resolver.resolve_sku(mention)
            return arguments
        except ResolutionError:
            pass
        try:
            supplier = self.resolver.resolve_supplier(mention)
        except ResolutionError:
            return arguments
        return {key: value for key, value in arguments.items() if key != "skus"} | {"supplier": supplier}

    def _check_batch(self, calls: list[ToolCallRequest], question: str = "") -> tuple[list[ToolCallRequest], list[str], list[str]]:
        """Allow-list, resolve and validate a batch: prepared calls, problems, unknown mentions."""
        prepared: list[ToolCallRequest] = []
        problems: list[str] = []
        unresolved: list[str] = []
        produced: set[str] = set()
        for call in calls:
            if call.name not in self.tools:
                problems.append(f"unknown tool {call.name!r}; use one of: {', '.join(sorted(self.tools))}")
                continue
            try:
                arguments = self._resolve_arguments(call.name, call.arguments, question)
            except ResolutionError as error:
                problems.append(f"{call.name}: {error}")
                if error.mention:
                    unresolved.append(error.mention)
                continue
            trial = dict(arguments)
            for key in CHAINED_ARGUMENTS & produced & self.tools[call.name].arguments.model_fields.keys():
                trial.setdefault(key, 1.0)  # filled from the earlier result at execution
            try:
                self.tools[call.name].arguments.model_validate(trial)
            except ValidationError as error:
                problems.append(format_validation_error(call.name, error))
                continue
            prepared.append(ToolCallRequest(call.name, arguments))
            if call.name in {"recommend_order", "inventory_status"}:
                produced |= CHAINED_ARGUMENTS
        return prepared, problems, unresolved

    def _execute(self, calls: list[ToolCallRequest]) -> list[ExecutedCall]:
        executed: list[ExecutedCall] = []
        seen: set[str] = set()
        for call in calls:
            key = render_tool_call(call)
            if key in seen:
                continue  # the same call twice in one batch runs once
            seen.add(key)
            arguments = dict(call.arguments)
            fillable = CHAINED_ARGUMENTS & self.tools[call.name].arguments.model_fields.keys()
            for earlier in reversed(executed):
                if isinstance(earlier.result, dict) and earlier.result.get("sku") == arguments.get("sku"):
                    for name in fillable - arguments.keys():
                        if name in earlier.result:
                            arguments[name] = earlier.result[name]
            try:
                validated = self.tools[call.name].arguments.model_validate(arguments)
                result = self.tools[call.name].function(validated, self.context)
            except ValidationError as error:
                result = {"error": format_validation_error(call.name, error)}
            except UserInputError as error:
                result = {"error": str(error)}
            executed.append(ExecutedCall(call.name, arguments, result))
        return executed

    # -- the turn ----------------------------------------------------------------------
    def _route_by_likelihood(self, messages: list[Message]) -> str:
        """For a base model: the forced start of its reply, chosen by the model's likelihood.

        Free generation lets a small base model chat where it should call a tool. Instead
        we score the starts of a tool call for every allowed tool name against the starts
        of a plain reply, and generate from the best start (constrained decoding of the
        routing decision; the arguments are then generated freely and validated).
        Returns "" for a plain reply.
        """
        names = sorted(self.tools)
        tool_starts = [f'{{"name": "{name}", "arguments": ' for name in names]
        scores = self.backend.score_starts(messages, ['{"', *tool_starts, *REPLY_STARTS])  # type: ignore[attr-defined]
        call_opening, tool_scores, reply_scores = scores[0], scores[1 : len(names) + 1], scores[len(names) + 1 :]
        best = max(range(len(names)), key=lambda index: tool_scores[index])
        if call_opening < max(reply_scores):
            return ""
        return tool_starts[best]

    def _generate(self, messages: list[Message], turn: AgentTurn, first: bool = False) -> Generation:
        decoder = getattr(self.backend, "call_decoder", None)
        if decoder is not None:  # the fine-tuned local model: probe-routed, grammar-constrained
            generation = decoder.generate(messages, MAX_NEW_TOKENS, stop=[PARSE_CALL_STOP])
        elif first and not self.fine_tuned and hasattr(self.backend, "score_starts"):
            start = self._route_by_likelihood(messages)
            generation = self.backend.generate(messages, MAX_NEW_TOKENS, stop=[PARSE_CALL_STOP], prefix=start)  # type: ignore[call-arg]
        else:
            generation = self.backend.generate(messages, MAX_NEW_TOKENS, stop=[PARSE_CALL_STOP])
        turn.model_outputs.append(generation.text)
        turn.new_tokens += generation.new_tokens
        return generation

    def ask(self, question: str) -> AgentTurn:
        started = time.perf_counter()
        language = detect_language(buyer_text(question) or question)
        turn = AgentTurn(question=question, answer="", language=language)
        try:
            self._run(question, turn)
        except ClarificationNeeded as clarification:
            turn.answer = reply("clarify", language, candidates="; ".join(clarification.candidates))
            turn.answer_source = "reply"
        except NotInCatalog as missing:
            turn.answer = reply("not_found", language, mention=missing.mention)
            turn.answer_source = "reply"
        turn.seconds = time.perf_counter() - started
        return turn

    def _run(self, question: str, turn: AgentTurn) -> None:
        language = turn.language
        if is_approval_request(question):
            turn.answer, turn.answer_source = reply("refuse_approval", language), "reply"
            return
        prompt = system_prompt(fine_tuned=self.fine_tuned)
        messages: list[Message] = [{"role": "system", "content": prompt}, {"role": "user", "content": question}]
        for step in range(self.max_steps):
            prepared, text = self._choose_tools(messages, question, turn)
            if not prepared:
                if step == 0:
                    self._answer_without_tools(text, question, turn)
                else:
                    self._final_answer(text, question, turn)
                return
            executed = self._execute(prepared)
            turn.tool_calls.extend(executed)
            if self.explain == "template":
                break
            messages.append({"role": "assistant", "content": "\n".join(render_tool_call(ToolCallRequest(c.name, c.arguments)) for c in executed)})
            for call in executed:
                messages.append({"role": "tool", "content": _compact_json(call.result)})
        self._final_answer(None, question, turn)

    def _choose_tools(self, messages: list[Message], question: str, turn: AgentTurn) -> tuple[list[ToolCallRequest], str]:
        """One model pass, with corrective retries; returns valid calls and any prose.

        Calls that pass are run even when others in the same batch fail (those are
        dropped); a corrective message is sent only when no call passed. A product or
        supplier that matches nothing in the catalog is asked about, not retried: the
        model cannot know a name that is not there.
        """
        for attempt in range(self.max_retries + 1):
            generation = self._generate(messages, turn, first=attempt == 0)
            parsed = parse_model_output(generation.text)
            calls = parsed.calls
            if PARSE_CALL_STOP in generation.text:
                # The model chose the parser; the message is the buyer's paste, verbatim.
                calls = [call for call in calls if call.name != "parse_supplier_message"]
                calls.append(ToolCallRequest("parse_supplier_message", {"text": question}))
                parsed.problems = [p for p in parsed.problems if "parse_supplier_message" not in p]
            prepared, problems, unresolved = self._check_batch(calls, buyer_text(question))
            problems = parsed.problems + problems
            if prepared or not problems or attempt == self.max_retries:
                return prepared, parsed.text
            if unresolved:
                raise NotInCatalog(unresolved[0])
            turn.retries += 1
            messages = messages + [
                {"role": "assistant", "content": generation.text},
                {"role": "user", "content": "Correction: " + "; ".join(problems) + ". Write the tool calls again."},
            ]
        return [], ""

    def _answer_without_tools(self, text: str, question: str, turn: AgentTurn) -> None:
        """A greeting or a polite decline from the model, checked; else a fixed reply."""
        text = text.strip()
        acceptable = bool(text) and check_grounding(text, [], question).grounded and detect_language(text) == turn.language
        turn.answer = text if acceptable else reply("not_understood", turn.language)
        turn.answer_source = "model" if acceptable else "reply"

    def _final_answer(self, text: str | None, question: str, turn: AgentTurn) -> None:
        results = [call.result for call in turn.tool_calls]
        if self.explain == "model" and text:
            if check_grounding(text, results, question).grounded:
                turn.answer, turn.answer_source = text, "model"
                return
        turn.answer = templated_answer([(call.name, call.result) for call in turn.tool_calls], turn.language)
        turn.answer_source = "template"
        turn.grounded = check_grounding(turn.answer, results, question).grounded


TOOL_RESULT_CHARS = 2000
"""At most this much of a tool result goes back to the model (its context is small)."""


def _compact_json(value: Any) -> str:
    """A tool result as compact JSON for the model, cut at TOOL_RESULT_CHARS.

    Top-level scalars (totals, levels, dates) come before lists such as a forecast's
    daily ``periods``, so a cut never removes the figures an answer is built from.
    """
    if isinstance(value, dict):
        scalars = {key: item for key, item in value.items() if not isinstance(item, (dict, list))}
        value = scalars | {key: item for key, item in value.items() if key not in scalars}
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)[:TOOL_RESULT_CHARS]
