"""The synthetic extraction corpus: deterministic, every type, answers the text supports, kept apart from the evaluation set."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from assistant import extraction_corpus
from assistant.message_model import MESSAGE_TYPES, Verifier
from tests.conftest import REPO_ROOT

KEYS = ["message_type", "po_number", "ship_date", "delivery_date", "delay_days", "minimum_order_quantity", "lines"]
LINE_KEYS = ["sku", "description", "quantity", "unit_price", "currency"]


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return extraction_corpus.generate(300, seed=3)


def _received(record: dict) -> dt.date:
    return dt.date.fromisoformat(re.search(r"received on (\d{4}-\d\d-\d\d)", record["messages"][0]["content"]).group(1))


def test_same_seed_same_corpus_and_every_type_in_both_languages(records: list[dict]) -> None:
    assert extraction_corpus.generate(300, seed=3) == records
    assert extraction_corpus.generate(50, seed=4) != records[:50]
    assert {(r["message_type"], r["lang"]) for r in records} == {(t, lang) for t in MESSAGE_TYPES for lang in ("en", "zh")}
    assert len({r["messages"][1]["content"] for r in records}) == len(records)


def test_answers_are_the_prompts_keys_and_supported_by_the_text_the_model_sees(records: list[dict]) -> None:
    for record in records:
        system, user, assistant = record["messages"]
        assert [m["role"] for m in record["messages"]] == ["system", "user", "assistant"]
        answer = json.loads(assistant["content"])
        assert list(answer) == KEYS and answer["message_type"] == record["message_type"]
        assert all(list(line) == LINE_KEYS for line in answer["lines"])
        verifier = Verifier(user["content"], _received(record), None)
        if answer["po_number"]:
            assert re.sub(r"\W", "", answer["po_number"]) in re.sub(r"\W", "", user["content"])
        for field in ("ship_date", "delivery_date"):
            assert answer[field] is None or verifier.date(answer[field]) == answer[field]
        if answer["ship_date"] and answer["delivery_date"]:
            assert answer["delivery_date"] > answer["ship_date"]
        for line in answer["lines"]:
            assert line["quantity"] is None or verifier.quantity(line["quantity"]) is not None
            assert line["unit_price"] is None or verifier.number(line["unit_price"]) is not None


def test_quoted_mails_and_injections_never_reach_the_model_or_the_answer(records: list[dict]) -> None:
    for record in records:
        user = record["messages"][1]["content"]
        assert "wrote:" not in user and "原始邮件" not in user
        assert "ignore previous" not in user.lower() and "忽略之前" not in user and "采购助手" not in user
        answer = json.loads(record["messages"][2]["content"])
        assert answer["minimum_order_quantity"] not in (20000, 50000, 99999)


def test_no_text_of_the_evaluation_set_is_in_the_corpus(records: list[dict]) -> None:
    eval_dir = REPO_ROOT / "data" / "eval" / "messages"
    gold = [json.loads(line) for line in (eval_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    eval_pos = {record["po_number"] for record in gold if record["po_number"]}
    eval_skus = {line["sku"] for record in gold for line in record["lines"] if line["sku"]}
    corpus = "\n".join(r["messages"][1]["content"] + r["messages"][2]["content"] for r in records)
    assert not [po for po in eval_pos if po in corpus]
    assert not [sku for sku in eval_skus if sku in corpus]  # a made-up catalog, not the demo's


def test_cli_writes_the_corpus_and_refuses_a_bad_count(tmp_path, capsys) -> None:
    out = tmp_path / "x.jsonl"
    assert extraction_corpus.main(["--n", "20", "--seed", "1", "--out", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 20
    assert extraction_corpus.main(["--n", "0", "--out", str(out)]) == 2
