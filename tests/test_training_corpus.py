"""The synthetic fine-tuning corpus: determinism, coverage, target format, the copy rule
(spans and numbers come from the question) and independence from the demo catalog."""

from __future__ import annotations

import csv
import json
import math
import re
from collections import Counter
from pathlib import Path

import pytest

from assistant import training_corpus as tc

REPO_ROOT = Path(__file__).resolve().parent.parent
CALL_LINE = re.compile(r"^<tool_call>(.*)</tool_call>$")
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return tc.generate(3000, seed=0)


def _calls(record: dict) -> list[dict]:
    target = tc.target_of(record)
    if "<tool_call>" not in target:
        return []
    calls = []
    for line in target.split("\n"):
        match = CALL_LINE.match(line)
        assert match, f"not a tool-call line: {line!r}"
        calls.append(json.loads(match.group(1)))
    return calls


def _numbers(value) -> list[float]:
    if isinstance(value, bool):
        return []
    if isinstance(value, (int, float)):
        return [value]
    if isinstance(value, dict):
        return [n for v in value.values() for n in _numbers(v)]
    if isinstance(value, list):
        return [n for v in value for n in _numbers(v)]
    return []


def test_generate_is_deterministic_and_seeded() -> None:
    first = tc.generate(300, seed=5)
    assert first == tc.generate(300, seed=5)
    other = tc.generate(300, seed=6)
    assert [tc.question_of(r) for r in first] != [tc.question_of(r) for r in other]
    assert len(first) == 300


def test_questions_are_distinct(corpus: list[dict]) -> None:
    questions = [tc.question_of(r) for r in corpus]
    assert len(set(questions)) == len(questions) == 3000
    assert all(q.strip() for q in questions)


def test_chat_format_and_system_prompt(corpus: list[dict]) -> None:
    system = (REPO_ROOT / "prompts" / "agent_system.txt").read_text(encoding="utf-8")
    for record in corpus:
        roles = [m["role"] for m in record["messages"]]
        assert roles == ["system", "user", "assistant"]
        assert record["messages"][0]["content"] == system
        assert record["lang"] in ("en", "zh")


def test_every_tool_and_reply_kind_in_both_languages(corpus: list[dict]) -> None:
    seen_tools = Counter((name, r["lang"]) for r in corpus for name in r["tools"])
    for tool in tc.TOOL_NAMES:
        for lang in tc.LANGUAGES:
            assert seen_tools[(tool, lang)] >= 20, (tool, lang, seen_tools[(tool, lang)])
    kinds = Counter((r["kind"], r["lang"]) for r in corpus)
    for kind in (*tc.REPLY_KINDS, "tool", "multi_tool"):
        for lang in tc.LANGUAGES:
            assert kinds[(kind, lang)] >= 10, (kind, lang)
    languages = Counter(r["lang"] for r in corpus)
    assert 0.4 < languages["zh"] / len(corpus) < 0.6
    assert sum(r["injection"] for r in corpus if r["lang"] == "en") >= 20
    assert sum(r["injection"] for r in corpus if r["lang"] == "zh") >= 20


def test_tool_call_targets_are_canonical_json_with_known_tools(corpus: list[dict]) -> None:
    for record in corpus:
        calls = _calls(record)
        if record["kind"] in tc.REPLY_KINDS:
            assert calls == [] and record["tools"] == []
            continue
        assert calls, record
        assert [c["name"] for c in calls] == record["tools"]
        if record["kind"] == "multi_tool":
            assert len(calls) >= 2
        for call, line in zip(calls, tc.target_of(record).split("\n")):
            assert list(call) == ["name", "arguments"]
            assert call["name"] in tc.TOOL_NAMES
            assert isinstance(call["arguments"], dict)
            keys = list(call["arguments"])
            order = tc.ARGUMENT_ORDER[call["name"]]
            assert set(keys) <= set(order), (call, order)
            assert keys == [k for k in order if k in keys]
            # exactly json.dumps(ensure_ascii=False) with default separators
            assert line == "<tool_call>" + json.dumps(call, ensure_ascii=False) + "</tool_call>"
        if "parse_supplier_message" in record["tools"]:
            assert record["tools"] == ["parse_supplier_message"]


def test_required_arguments_present(corpus: list[dict]) -> None:
    required = {
        "inventory_status": {"sku"},
        "forecast_demand": {"sku"},
        "recommend_order": {"sku"},
        "compute_eoq": {"annual_demand", "order_cost"},
        "reorder_point": {"mean_daily_demand", "sd_daily_demand", "lead_time_days"},
        "newsvendor": {"mean", "sd", "underage_cost", "overage_cost"},
        "simulate_policy": {"sku", "reorder_point", "order_quantity"},
        "list_alerts": set(),
        "supplier_performance": {"supplier"},
        "parse_supplier_message": {"text"},
    }
    for record in corpus:
        for call in _calls(record):
            args = call["arguments"]
            assert required.get(call["name"], set()) <= set(args), call
            if call["name"] == "compute_eoq":
                assert "holding_cost" in args or {"unit_cost", "holding_cost_rate"} <= set(args), call
            if call["name"] == "draft_purchase_order":
                assert ("supplier" in args) != ("skus" in args), call
                if "skus" in args:
                    assert args["skus"] and all(isinstance(s, str) for s in args["skus"])


def test_spans_are_copied_verbatim_from_the_question(corpus: list[dict]) -> None:
    for record in corpus:
        question = tc.question_of(record)
        for call in _calls(record):
            args = call["arguments"]
            for key in ("sku", "supplier", "text"):
                if key in args:
                    assert isinstance(args[key], str) and args[key].strip() == args[key] and args[key]
                    assert args[key] in question, (key, args[key], question)
            for sku in args.get("skus", []):
                assert sku in question, (sku, question)


def test_numbers_in_arguments_are_stated_in_the_question(corpus: list[dict]) -> None:
    checked = 0
    for record in corpus:
        question = tc.question_of(record)
        for call in _calls(record):
            if call["name"] == "parse_supplier_message":
                continue
            for value in _numbers(call["arguments"]):
                assert tc.number_in_question(value, question), (value, call, question)
                checked += 1
    assert checked > 2000


def test_replies_match_the_question_language_and_the_reply_file(corpus: list[dict]) -> None:
    replies = tc.load_sections(tc.CORPUS_DIR / "replies.txt")
    for record in corpus:
        if record["kind"] not in tc.REPLY_KINDS:
            continue
        target = tc.target_of(record)
        assert target in replies[f"{record['kind']}.{record['lang']}"]
        assert bool(CJK.search(target)) == (record["lang"] == "zh")
        assert "\n" not in target and len(target) < 200


def test_noise_and_formats_are_present(corpus: list[dict]) -> None:
    questions = [tc.question_of(r) for r in corpus]
    text = "\n".join(questions)
    for needle in ("pls", "asap", "ROP", "EOQ", "qty", "PO", "万", "%", "百分之", "next month", "未来"):
        assert needle in text, needle
    assert re.search(r"\d+(\.\d)?[kK]\b", text), "1.2k style numbers"
    assert re.search(r"\d{1,3},\d{3}", text), "1,200 style numbers"
    assert re.search(r"[一两三四五六七八九]千[一二两三四五六七八九]百", text), "Chinese numerals"
    assert any(q.isupper() for q in questions if re.search("[A-Z]", q)), "all-caps questions"
    # codes copied in several spellings: exact, lower case, without hyphen
    skus = [c["arguments"]["sku"] for r in corpus for c in _calls(r) if "sku" in c["arguments"]]
    assert any(re.fullmatch(r"[a-z]+-\d+[a-z]?", s) for s in skus)
    assert any(re.fullmatch(r"[a-z]+\d{3,}", s) for s in skus)
    assert any(re.fullmatch(r"[A-Z]+-\d+", s) for s in skus)
    assert any(CJK.search(s) for s in skus)


def test_chinese_numerals_round_trip() -> None:
    cases = {1200: "一千二百", 12000: "一万二千", 1050: "一千零五十", 15: "十五", 2000: "两千", 305: "三百零五"}
    for value, text in cases.items():
        assert tc.int_to_chinese(value) == text
        assert tc.chinese_to_number(text) == value
    for value in (1, 9, 10, 11, 99, 100, 101, 110, 999, 1001, 10000, 10010, 99999, 123456, 2500000):
        assert tc.chinese_to_number(tc.int_to_chinese(value)) == value
    assert tc.chinese_to_number("一万二") == 12000
    assert tc.chinese_to_number("三千五") == 3500
    assert tc.chinese_to_number("九十九点五") == 99.5


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("annual demand 1.2k", 1200),
        ("annual demand 1,200", 1200),
        ("年需求一千二百件", 1200),
        ("年需求1.2万", 12000),
        ("holding 25%", 0.25),
        ("服务水平百分之九十五", 0.95),
        ("99.5 pct service", 0.995),
        ("forecast for next month", 30),
        ("over the next 2 weeks", 14),
        ("未来两周", 14),
        ("for a quarter", 90),
        ("下季度", 90),
        ("未来三个月", 90),
        ("simulate two years", 730),
        ("order cost $4.50", 4.5),
        ("订货成本85元", 85),
    ],
)
def test_question_numbers_normalisation(question: str, value: float) -> None:
    assert tc.number_in_question(value, question)


def test_question_numbers_do_not_invent() -> None:
    assert not tc.number_in_question(1000, "annual demand 1.2k")
    assert not tc.number_in_question(100000, "annual demand 1k")


def test_split_is_disjoint_by_question_and_stratified(corpus: list[dict]) -> None:
    train, val = tc.split(corpus, val_fraction=0.1, seed=0)
    assert len(train) + len(val) == len(corpus)
    assert 250 <= len(val) <= 350
    assert not {tc.question_of(r) for r in train} & {tc.question_of(r) for r in val}
    intents = Counter(r["intent"] for r in corpus)
    val_intents = {r["intent"] for r in val}
    assert {i for i, n in intents.items() if n >= 5} <= val_intents
    assert tc.split(corpus, 0.1, 0) == (train, val)
    # duplicates of a question never straddle the split
    doubled = corpus[:50] + [dict(r) for r in corpus[:50]]
    train2, val2 = tc.split(doubled, val_fraction=0.2, seed=1)
    assert not {tc.question_of(r) for r in train2} & {tc.question_of(r) for r in val2}


def _demo_catalog() -> tuple[list[str], list[str], list[str]]:
    with (REPO_ROOT / "data" / "demo" / "items.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [r["sku"] for r in rows], [r["name"] for r in rows], sorted({r["supplier"] for r in rows})


def test_no_overlap_with_the_demo_catalog(corpus: list[dict]) -> None:
    skus, names, suppliers = _demo_catalog()
    assert skus and names
    # the synthetic catalog itself
    ours = {p.code.lower() for p in tc.PRODUCTS} | {p.name.lower() for p in tc.PRODUCTS}
    assert not ours & {s.lower() for s in skus} and not ours & {n.lower() for n in names}
    assert not {s.name for s in tc.SUPPLIERS} & set(suppliers)
    # and every generated question and target
    text = "\n".join(tc.question_of(r) + "\n" + tc.target_of(r) for r in corpus).lower()
    for sku in skus:
        prefix, _, digits = sku.lower().partition("-")
        assert not re.search(rf"(?<![a-z0-9]){prefix}[-\s]?{digits}(?![0-9])", text), sku
        assert not re.search(rf"(?<![a-z]){prefix}-\d", text), f"demo code prefix {prefix}"
    for name in names:
        assert name.lower() not in text, name
    distinctive = {w for s in suppliers for w in re.findall(r"[A-Za-z]{5,}", s.split()[0] + " " + s.split()[1])}
    distinctive -= {"Electrical", "Hardware", "Lighting", "Products", "Sealants", "Fixings"}
    for word in distinctive | set(suppliers):
        assert word.lower() not in text, word


def test_cli_writes_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "corpus.jsonl"
    assert tc.main(["--n", "40", "--seed", "2", "--out", str(out)]) == 0
    records = tc.read_jsonl(out)
    assert records == tc.generate(40, seed=2)
    summary = json.loads(capsys.readouterr().out)
    assert summary["examples"] == 40 and summary["seed"] == 2
    assert math.isclose(sum(summary["languages"].values()), 40)


def test_synthetic_catalog_is_consistent() -> None:
    keys = {s.key for s in tc.SUPPLIERS}
    assert len(keys) == len(tc.SUPPLIERS)
    codes = [p.code for p in tc.PRODUCTS]
    assert len(set(codes)) == len(codes) >= 60
    for product in tc.PRODUCTS:
        assert product.supplier in keys and product.short and product.zh and product.zh_short
        assert CJK.search(product.zh)


def test_system_message_can_be_replaced(tmp_path: Path) -> None:
    default = tc.generate(30, seed=8)
    short = tc.generate(30, seed=8, system="You are replenish.")
    assert [r["messages"][1:] for r in default] == [r["messages"][1:] for r in short]
    assert {r["messages"][0]["content"] for r in short} == {"You are replenish."}
    prompt = tmp_path / "system.txt"
    prompt.write_text("One line.\n", encoding="utf-8")
    out = tmp_path / "c.jsonl"
    tc.main(["--n", "5", "--out", str(out), "--system-prompt", str(prompt)])
    assert {r["messages"][0]["content"] for r in tc.read_jsonl(out)} == {"One line.\n"}
