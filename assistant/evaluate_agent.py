"""The agent evaluation harness: data/eval/agent_questions.jsonl against a demo store.

Prints routing accuracy (tool names in order), argument accuracy (listed keys of each
expected call), grounding rate (answers whose numbers all come from results or the
question), language match, pass^k (a question passes only if all k runs pass), tool
names outside SPEC §6, and seconds per question (median, p95). Grading rules:
data/eval/README.md.

    python -m assistant.evaluate_agent [--model NAME | --llm-url URL] [--adapter DIR | --no-adapter] [--free-decoding]
        [--repeats 3] [--limit N] [--out FILE.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from tqdm import tqdm

from assistant.agent import SPEC_TOOLS, Agent, AgentTurn
from assistant.grounding import check_grounding
from assistant.language import detect_language
from assistant.llm import ChatBackend, make_backend
from assistant.tool_calls import parse_model_output

QUESTIONS = Path(__file__).resolve().parent.parent / "data" / "eval" / "agent_questions.jsonl"
DEMO_TODAY = dt.date(2026, 11, 23)
TOLERANCE = 1e-6


def load_questions(path: Path = QUESTIONS) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _values_equal(key: str, expected: Any, actual: Any) -> bool:
    if key == "skus" and isinstance(expected, list) and isinstance(actual, list):
        return sorted(map(str, expected)) == sorted(map(str, actual))
    if key == "price_breaks" and isinstance(expected, list) and isinstance(actual, list):
        def ordered(breaks: list[Any]) -> list[tuple[float, float]]:
            return sorted((float(b["min_qty"]), float(b["unit_cost"])) for b in breaks if isinstance(b, dict))

        try:
            return all(abs(a - b) <= TOLERANCE for x, y in zip(ordered(expected), ordered(actual), strict=True) for a, b in zip(x, y))
        except (ValueError, KeyError, TypeError):
            return False
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        try:
            return abs(float(actual) - float(expected)) <= TOLERANCE
        except (TypeError, ValueError):
            return False
    return expected == actual


@dataclass
class Grade:
    """How one agent turn scored against its gold question."""

    id: str
    category: str
    language: str
    routing: bool
    arguments: bool | None  # None: no expected arguments to grade
    grounded: bool
    language_match: bool
    off_spec_tools: int
    seconds: float
    new_tokens: int

    @property
    def passed(self) -> bool:
        return self.routing and self.arguments is not False and self.grounded and self.language_match and not self.off_spec_tools


def grade_turn(question: dict[str, Any], turn: AgentTurn) -> Grade:
    expected = question["expected_tools"]
    names = [call.name for call in turn.tool_calls]
    routing = names == [call["name"] for call in expected]
    argument_checks = [
        all(key in actual.arguments and _values_equal(key, value, actual.arguments[key]) for key, value in gold["arguments"].items())
        for gold, actual in zip(expected, turn.tool_calls)
        if gold["arguments"]
    ]
    arguments = (routing and all(argument_checks)) if argument_checks else (None if routing else False)
    emitted = [call.name for output in turn.model_outputs for call in parse_model_output(output).calls]
    grounding = check_grounding(turn.answer, [call.result for call in turn.tool_calls], turn.question)
    return Grade(
        id=question["id"],
        category=question["category"],
        language=question["language"],
        routing=routing,
        arguments=arguments,
        grounded=grounding.grounded,
        language_match=detect_language(turn.answer) == question["language"],
        off_spec_tools=sum(name not in SPEC_TOOLS for name in emitted),
        seconds=turn.seconds,
        new_tokens=turn.new_tokens,
    )


def _rate(values: list[bool]) -> float:
    return sum(values) / len(values) if values else float("nan")


def summarise(grades: list[list[Grade]]) -> dict[str, Any]:
    """Aggregate per-question runs (each inner list holds the k runs of one question)."""
    first = [runs[0] for runs in grades]
    every = [grade for runs in grades for grade in runs]
    seconds = sorted(grade.seconds for grade in every)
    p95_index = max(0, int(round(0.95 * len(seconds))) - 1)
    return {
        "questions": len(first),
        "runs": len(every),
        "routing": _rate([g.routing for g in every]),
        "arguments": _rate([g.arguments for g in every if g.arguments is not None]),
        "grounding": _rate([g.grounded for g in every]),
        "language": _rate([g.language_match for g in every]),
        "pass_k": _rate([all(g.passed for g in runs) for runs in grades]),
        "off_spec_tool_names": sum(g.off_spec_tools for g in every),
        "median_seconds": statistics.median(seconds) if seconds else float("nan"),
        "p95_seconds": seconds[p95_index] if seconds else float("nan"),
    }


def evaluate(backend: ChatBackend, questions: list[dict[str, Any]], repeats: int = 1, db_url: str | None = None) -> list[list[Grade]]:
    """Run every question ``repeats`` times against a fresh demo store."""
    from data.demo import load_demo
    from data.store import open_store
    from tools.registry import ToolContext

    with tempfile.TemporaryDirectory(prefix="replenish-eval-") as scratch:
        engine = open_store(db_url or f"sqlite:///{scratch}/eval.db")
        load_demo(engine)
        agent = Agent(backend, ToolContext(engine, DEMO_TODAY))
        grades: list[list[Grade]] = []
        for question in tqdm(questions, desc="questions", file=sys.stderr):
            grades.append([grade_turn(question, agent.ask(question["question"])) for _ in range(repeats)])
        engine.dispose()
    return grades


def print_report(grades: list[list[Grade]], title: str, console: Console) -> dict[str, Any]:
    overall = summarise(grades)
    table = Table(title=title)
    for column in ("slice", "n", "routing", "arguments", "grounding", "language", "pass^k", "off-spec", "median s", "p95 s"):
        table.add_column(column, justify="right" if column not in ("slice",) else "left")
    slices: dict[str, list[list[Grade]]] = defaultdict(list)
    for runs in grades:
        slices[f"lang {runs[0].language}"].append(runs)
        slices[runs[0].category].append(runs)
    for name, subset in [("all", grades), *sorted(slices.items())]:
        row = summarise(subset)
        table.add_row(
            name, str(row["questions"]),
            *(f"{row[key]:.2f}" for key in ("routing", "arguments", "grounding", "language", "pass_k")),
            str(row["off_spec_tool_names"]), f"{row['median_seconds']:.2f}", f"{row['p95_seconds']:.2f}",
        )
    console.print(table)
    return overall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=None, help="local model name (default: the default model + adapter)")
    parser.add_argument("--no-adapter", action="store_true", help="the base model, without the fine-tuned adapter")
    parser.add_argument("--adapter", type=Path, default=None, help="another LoRA adapter folder (e.g. a fresh fine-tune)")
    parser.add_argument("--free-decoding", action="store_true",
                        help="fp32 and unconstrained decoding (no grammar, no routing probe): the pipeline before both")
    parser.add_argument("--llm-url", default=None)
    parser.add_argument("--repeats", type=int, default=1, help="runs per question for pass^k")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", type=Path, default=None, help="write the summary and per-question grades as JSON")
    arguments = parser.parse_args(argv)
    questions = load_questions()[: arguments.limit]
    if (arguments.no_adapter or arguments.adapter or arguments.free_decoding) and not arguments.llm_url:
        from assistant.llm import TransformersBackend

        adapter = None if arguments.no_adapter else (arguments.adapter or "default")
        free = arguments.free_decoding
        backend: ChatBackend = TransformersBackend(arguments.model, adapter=adapter, int8=False if free else None, call_decoding=not free)
    else:
        backend = make_backend(arguments.model, arguments.llm_url)
    console = Console(stderr=False)
    grades = evaluate(backend, questions, arguments.repeats)
    overall = print_report(grades, f"agent evaluation: {backend.name}, {len(questions)} questions × {arguments.repeats}", console)
    if arguments.out:
        arguments.out.write_text(json.dumps({"backend": backend.name, "summary": overall, "grades": [[asdict(g) for g in runs] for runs in grades]}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
