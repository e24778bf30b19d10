"""Benchmark: seconds per agent question with the default local model (issue 5, goal P50 ≤ 5 s
on 2 CPU cores, ≤ 1 s on a GPU), tokens per second and peak memory.

Runs the first ``--questions`` questions of data/eval/agent_questions.jsonl through the
full agent (tool calls executed against a fresh demo store) and, in the same run:
- the same agent with fp32 weights and free (unconstrained) decoding, as it ran before
  int8 weights and the grammar/probe decoder (``--no-baseline`` skips it);
- the anchor: the same model and questions the naive way DESIGN.md describes, i.e. Qwen's
  own chat template with the JSON schemas of all tools in the prompt and no reused prefix
  cache (generation only, no tools executed).
Prints a table and the ratios.

    .venv/bin/python benchmarks/agent_latency.py [--questions 20] [--anchor-questions 5] [--no-adapter] [--no-baseline]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from assistant.evaluate_agent import evaluate, load_questions  # noqa: E402
from assistant.llm import TransformersBackend  # noqa: E402
from tools.registry import all_tools  # noqa: E402


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(round(share * len(ordered))) - 1)]


def anchor_seconds(backend: TransformersBackend, questions: list[str], max_new_tokens: int) -> tuple[list[float], int, float]:
    """Naive turns: full tool schemas in Qwen's template, no prefix cache."""
    import torch

    schemas = [tool.json_schema() for tool in all_tools().values()]
    seconds, tokens, prompt_tokens = [], 0, 0
    for question in questions:
        started = time.perf_counter()
        encoded = backend.tokenizer.apply_chat_template(
            [{"role": "user", "content": question}], tools=schemas, add_generation_prompt=True, return_tensors="pt", return_dict=True
        ).to(backend.model.device)
        with torch.no_grad():
            output = backend.model.generate(**encoded, max_new_tokens=max_new_tokens, do_sample=False, pad_token_id=backend.tokenizer.eos_token_id)
        seconds.append(time.perf_counter() - started)
        tokens += int(output.shape[1] - encoded["input_ids"].shape[1])
        prompt_tokens = int(encoded["input_ids"].shape[1])
    return seconds, tokens, prompt_tokens


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", type=int, default=20)
    parser.add_argument("--anchor-questions", type=int, default=5)
    parser.add_argument("--no-adapter", action="store_true")
    parser.add_argument("--no-baseline", action="store_true", help="skip the fp32, unconstrained-decoding row")
    parser.add_argument("--threads", type=int, default=None, help="torch CPU threads (default: torch's choice)")
    arguments = parser.parse_args(argv)

    backend = TransformersBackend(adapter=None if arguments.no_adapter else "default", threads=arguments.threads)
    questions = load_questions()[: arguments.questions]
    started = time.perf_counter()
    grades = evaluate(backend, questions)
    ours_wall = time.perf_counter() - started
    ours = [runs[0].seconds for runs in grades]
    ours_tokens = sum(runs[0].new_tokens for runs in grades)

    baseline: list[float] = []
    baseline_tokens = 0
    if not arguments.no_baseline:
        plain = TransformersBackend(adapter=None if arguments.no_adapter else "default", threads=arguments.threads, int8=False, call_decoding=False)
        baseline_grades = evaluate(plain, questions)
        baseline = [runs[0].seconds for runs in baseline_grades]
        baseline_tokens = sum(runs[0].new_tokens for runs in baseline_grades)
        del plain

    anchor_questions = [question["question"] for question in questions[: arguments.anchor_questions]]
    anchor, anchor_tokens, anchor_prompt = anchor_seconds(backend, anchor_questions, max_new_tokens=160)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    table = Table(title=f"agent latency: {backend.name}, load {backend.load_seconds:.1f} s, peak RSS {peak_mib:,.0f} MiB")
    for column in ("variant", "questions", "median s", "p95 s", "new tokens/s"):
        table.add_column(column, justify="right" if column != "variant" else "left")
    table.add_row("replenish agent (tools executed)", str(len(ours)), f"{statistics.median(ours):.2f}", f"{percentile(ours, 0.95):.2f}", f"{ours_tokens / sum(ours):.1f}")
    if baseline:
        table.add_row("same agent, fp32, free decoding", str(len(baseline)), f"{statistics.median(baseline):.2f}", f"{percentile(baseline, 0.95):.2f}", f"{baseline_tokens / sum(baseline):.1f}")
    table.add_row(f"anchor: schemas in prompt ({anchor_prompt} tokens), no cache", str(len(anchor)), f"{statistics.median(anchor):.2f}", f"{percentile(anchor, 0.95):.2f}", f"{anchor_tokens / sum(anchor):.1f}")
    console = Console()
    console.print(table)
    if baseline:
        console.print(f"median ratio fp32 free decoding / ours: {statistics.median(baseline) / statistics.median(ours):.1f}x")
    console.print(f"median ratio anchor / ours: {statistics.median(anchor) / statistics.median(ours):.1f}x; whole run {ours_wall:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
