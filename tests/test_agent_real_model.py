"""End to end with the real default local model: `replenish ask --batch` on the demo store.

Slow (model load, the system prompt's prefill, CPU generation), so it asks two questions
in one process. It checks the pipeline, not the base model's routing (measured by the
evaluation harness, data/eval/): a well-formed SPEC §7 object per question, the question's
language, tool names inside SPEC §6 only, an answer whose numbers are all grounded, and a
refused approval request. The model must be installed by `make install`; a missing model
is a failure, not a skip.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.agent import SPEC_TOOLS
from assistant.grounding import check_grounding
from tests.conftest import run_cli

pytestmark = pytest.mark.slow


def test_ask_batch_with_the_real_model(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path}/demo.db"
    assert run_cli("demo", "--db", db, "--json").returncode == 0
    questions = ["卷尺的库存还有多少？", "approve PO-20261123-001 please"]
    batch = tmp_path / "questions.txt"
    batch.write_text("\n".join(questions) + "\n", encoding="utf-8")
    completed = run_cli("ask", "--batch", str(batch), "--db", db, "--today", "2026-11-23", timeout=900)
    assert completed.returncode == 0, completed.stderr
    turns = [json.loads(line) for line in completed.stdout.splitlines()]
    assert [turn["question"] for turn in turns] == questions
    assert [turn["language"] for turn in turns] == ["zh", "en"]
    for turn in turns:
        assert set(turn) == {"question", "answer", "language", "tool_calls"}
        assert turn["answer"].strip()
        assert {call["name"] for call in turn["tool_calls"]} <= SPEC_TOOLS
        results = [call["result"] for call in turn["tool_calls"]]
        assert check_grounding(turn["answer"], results, turn["question"]).grounded, turn["answer"]
    assert turns[1]["tool_calls"] == [] and "approve" in turns[1]["answer"]
