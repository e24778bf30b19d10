"""The parser evaluation: scoring functions on hand-made predictions, and the gold set itself.

No test here calls the parser (it may load a model); the oracle/empty extractors exercise
the harness end to end on the real set.
"""

from __future__ import annotations

import csv
import datetime as dt
import email
import importlib.util
import inspect
import json
import re
from email import policy
from pathlib import Path

import pytest

from assistant import evaluate_parser as ev

ROOT = Path(__file__).resolve().parent.parent
SET_DIR = ROOT / "data" / "eval" / "messages"
ITEMS = ROOT / "data" / "demo" / "items.csv"
SUPPLIERS = ROOT / "data" / "demo" / "suppliers.csv"
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _gold(**fields) -> dict:
    record = {"file": "x.eml", "language": "en", "tags": [], "message_type": "other", "supplier": None,
              "po_number": None, "lines": [], "ship_date": None, "delivery_date": None,
              "delay_days": None, "minimum_order_quantity": None, "expect_warning": False}
    record.update(fields)
    return record


def _line(sku=None, description=None, quantity=None, unit_price=None, currency=None) -> dict:
    return {"sku": sku, "description": description, "quantity": quantity,
            "unit_price": unit_price, "currency": currency}


# ------------------------------------------------------------------------------------------
# scoring functions
# ------------------------------------------------------------------------------------------
def test_prf_hand_computed():
    scores = ev.prf(3, 1, 2)
    assert scores["precision"] == pytest.approx(0.75)
    assert scores["recall"] == pytest.approx(0.6)
    assert scores["f1"] == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert ev.prf(0, 0, 4)["f1"] == 0.0
    assert ev.prf(0, 0, 0)["f1"] == 1.0  # nothing to find, nothing found


@pytest.mark.parametrize(("field", "gold", "predicted", "equal"), [
    ("po_number", "PO-2026-0157", "po 2026-0157", True),
    ("po_number", "PO-2026-0157", "2026-0157", False),
    ("supplier", "Midlands Fixings Ltd", "  midlands  fixings LTD ", True),
    ("supplier", "Midlands Fixings Ltd", "Midlands Fixings", False),
    ("quantity", 3500, 3500.0000001, True),
    ("quantity", 3500, 3501, False),
    ("quantity", 3500, "3,500", True),
    ("unit_price", 0.63, 0.58, False),
    ("currency", "CNY", "cny", True),
    ("ship_date", "2026-11-18", "2026-11-18", True),
    ("ship_date", "2026-11-18", "2026-11-19", False),
    ("delay_days", None, None, True),
    ("delay_days", 7, None, False),
    ("quantity", 1, True, False),  # a boolean is not a number
])
def test_values_equal(field, gold, predicted, equal):
    assert ev.values_equal(field, gold, predicted) is equal


def test_score_message_hand_counted():
    gold = _gold(
        message_type="shipment_notice", supplier="Midlands Fixings Ltd", po_number="PO-2026-0165",
        ship_date=None, delivery_date="2026-11-19",
        lines=[_line("ANC-2010", "hollow wall anchors", 24), _line("SCR-1012", "drywall screws", 10)],
    )
    prediction = {
        "message_type": "shipment_notice",          # TP
        "supplier": "Pennine Electrical Wholesale Ltd",  # FP + FN
        "po_number": None,                          # FN
        "ship_date": "2026-11-18",                  # FP, hallucination
        "delivery_date": "2026-11-19",              # TP
        "delay_days": None, "minimum_order_quantity": None,
        "lines": [  # reversed order; one wrong quantity; one extra line
            {"sku": "SCR-1012", "description": "drywall screws 3.5x38", "quantity": 5, "unit_price": None, "currency": None},
            {"sku": "ANC-2010", "description": "anchors", "quantity": 24, "unit_price": None, "currency": None},
            {"sku": "LED-1109", "description": "bulbs", "quantity": 5000, "unit_price": None, "currency": None},
        ],
        "confidence": 0.9, "warnings": [],
    }
    score = ev.score_message(gold, prediction)
    counts = score["counts"]
    assert counts["message_type"] == [1, 0, 0]
    assert counts["supplier"] == [0, 1, 1]
    assert counts["po_number"] == [0, 0, 1]
    assert counts["ship_date"] == [0, 1, 0]
    assert counts["delivery_date"] == [1, 0, 0]
    assert counts["delay_days"] == [0, 0, 0]
    # skus: two aligned TPs, the extra line's sku is an FP; quantities: 24 TP, 5≠10 FP+FN, 5000 FP
    assert counts["lines.sku"] == [2, 1, 0]
    assert counts["lines.quantity"] == [1, 2, 1]
    assert counts["lines.unit_price"] == [0, 0, 0]
    assert score["errors"] == 2 + 1 + 1 + 1 + 3  # supplier, po, ship, sku FP, qty 2 FPs + 1 FN
    hallucinated = sorted((h["field"], str(h["predicted"])) for h in score["hallucinations"])
    assert hallucinated == [("lines.quantity", "5000"), ("lines.sku", "LED-1109"), ("ship_date", "2026-11-18")]
    assert score["type_correct"] is True
    assert score["warning_expected"] is False and score["warning_given"] is False


def test_missing_prediction_counts_only_false_negatives():
    gold = _gold(message_type="quote", supplier="Kessler Werkzeug GmbH",
                 lines=[_line("TOL-1101", "pliers", 100, 8.7, "EUR")])
    score = ev.score_message(gold, {})
    assert score["counts"]["message_type"] == [0, 0, 1]
    assert score["counts"]["lines.currency"] == [0, 0, 1]
    assert score["hallucinations"] == []
    assert score["errors"] == 6
    assert score["type_correct"] is False


def test_align_tiered_quote_by_quantity_and_price():
    gold_lines = [_line("DRW-4010", "runners", q, p, "USD") for q, p in ((100, 3.25), (500, 3.05), (1000, 2.85))]
    predicted = [_line("DRW-4010", "runners", 1000, 2.85, "USD"), _line("DRW-4010", "runners", 100, 3.25, "USD"),
                 _line("DRW-4010", "runners", 500, 3.05, "USD")]
    assert ev.align_lines(gold_lines, predicted) == [(0, 1), (1, 2), (2, 0)]
    score = ev.score_message(_gold(message_type="quote", lines=gold_lines), {"message_type": "quote", "lines": predicted})
    assert score["errors"] == 0


def test_align_by_description_when_sku_missing_and_never_on_zero_similarity():
    gold_lines = [_line("BRK-1050", "角码 40x40x40 镀锌", 8000), _line("BRK-1042", "层板托架 200x150 白色", 3500)]
    predicted = [_line(None, "层板托架 200x150 白色", 3500), _line("LED-1109", "bulbs", 7)]
    pairs = ev.align_lines(gold_lines, predicted)
    assert pairs == [(0, None), (1, 0), (None, 1)]


def test_warning_outcomes_and_type_accuracy_per_language():
    def result(language, gold, prediction, seconds):
        return {"file": f"{language}-{seconds}", "language": language, "tags": ["t"], "seconds": seconds,
                "gold": gold, "prediction": prediction, "error": None, "score": ev.score_message(gold, prediction)}

    en_gold = _gold(message_type="cancellation", po_number="PO-2026-0187", expect_warning=True)
    zh_gold = _gold(message_type="moq_change", language="zh", minimum_order_quantity=480)
    results = [
        # en: type TP, po TP, warning missed
        result("en", en_gold, {"message_type": "cancellation", "po_number": "PO-2026-0187"}, 1.0),
        # zh: type wrong (FP+FN), moq TP, unexpected warning
        result("zh", zh_gold, {"message_type": "price_change", "minimum_order_quantity": 480.0,
                               "warnings": ["odd"]}, 3.0),
        # zh: everything right
        result("zh", zh_gold, {"message_type": "moq_change", "minimum_order_quantity": 480}, 2.0),
    ]
    report = ev.build_report(results)
    en, zh = report["by_language"]["en"], report["by_language"]["zh"]
    assert en["micro"]["tp"] == 2 and en["micro"]["f1"] == pytest.approx(1.0)
    assert (zh["micro"]["tp"], zh["micro"]["fp"], zh["micro"]["fn"]) == (3, 1, 1)
    assert zh["micro"]["f1"] == pytest.approx(0.75)
    assert zh["message_type_accuracy"] == pytest.approx(0.5)
    assert report["overall"]["message_type_accuracy"] == pytest.approx(2 / 3)
    assert report["overall"]["micro"]["f1"] == pytest.approx(2 * 5 / (2 * 5 + 1 + 1))
    assert report["overall"]["warnings"]["expected_missed"] == 1
    assert report["overall"]["warnings"]["unexpected_given"] == 1
    assert report["overall"]["seconds"]["median"] == 2.0 and report["overall"]["seconds"]["max"] == 3.0
    assert report["goals"]["micro_f1_per_language"] == {"en": True, "zh": False}
    assert report["goals"]["all_met"] is False
    assert report["overall"]["type_confusions"] == [{"gold": "moq_change", "predicted": "price_change", "count": 1}]


def test_oracle_and_empty_extractors_on_the_real_set():
    oracle = ev.build_report(ev.evaluate(SET_DIR, ev.make_extractor("gold", None)))
    assert oracle["overall"]["micro"]["f1"] == 1.0
    assert oracle["overall"]["hallucinations"] == 0
    assert oracle["overall"]["message_type_accuracy"] == 1.0
    assert oracle["overall"]["warnings"]["accuracy"] == 1.0
    assert set(oracle["by_language"]) == {"en", "zh"}
    empty = ev.build_report(ev.evaluate(SET_DIR, ev.make_extractor("empty", None), limit=10))
    assert empty["overall"]["messages"] == 10
    assert empty["overall"]["micro"]["f1"] == 0.0 and empty["overall"]["micro"]["tp"] == 0


def test_cli_writes_json_report_and_exits_zero(tmp_path, capsys):
    out = tmp_path / "report.json"
    assert ev.main(["--extractor", "gold", "--limit", "5", "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["overall"]["messages"] == 5
    assert {"overall", "by_language", "by_tag", "goals", "messages"} <= set(report)
    assert "Per-field precision" in capsys.readouterr().out
    assert ev.main(["--set", str(tmp_path / "missing")]) == 2


@pytest.mark.parametrize(("name", "split"), [
    ("01_a_en.eml", "dev"), ("03_b_zh.txt", "dev"), ("69_c.eml", "dev"),
    ("02_d_en.eml", "test"), ("10_e.eml", "test"), ("68_f_zh.txt", "test"),
    ("70_g_en.eml", "dev2"), ("89_g_en.eml", "dev2"), ("90_g_en.eml", "dev3"), ("109_h_zh.eml", "dev3"),
    ("110_i_en.eml", "dev4"), ("129_j_zh.txt", "dev4"), ("130_k_en.eml", "dev5"), ("149_l_zh.txt", "dev5"), ("150_m_en.eml", "dev6"), ("169_n_zh.txt", "dev6"), ("170_o_en.eml", "dev7"), ("189_p_zh.txt", "dev7"), ("190_q_en.eml", "dev8"), ("209_r_zh.txt", "dev8"), ("210_s_en.eml", "dev9"), ("229_t_zh.txt", "dev9"), ("230_u_en.eml", "dev10"), ("249_v_zh.txt", "dev10"), ("250_w_en.eml", "dev11"), ("269_x_zh.txt", "dev11"), ("270_y_en.eml", "dev12"), ("289_z_zh.txt", "dev12"), ("290_a_en.eml", "dev13"), ("309_b_zh.txt", "dev13"), ("310_c_en.eml", "dev14"), ("329_d_zh.txt", "dev14"), ("330_e_en.eml", "dev15"), ("349_f_zh.txt", "dev15"), ("350_g_en.eml", "dev16"), ("369_h_zh.txt", "dev16"), ("370_i_en.eml", "dev17"), ("389_j_zh.txt", "dev17"), ("390_k_en.eml", "dev18"), ("409_l_zh.txt", "dev18"), ("410_m_en.eml", "dev19"), ("429_n_zh.txt", "dev19"), ("430_o_en.eml", "dev20"), ("449_p_zh.txt", "dev20"), ("450_q_en.eml", "dev21"), ("469_r_zh.txt", "dev21"), ("470_s_en.eml", "dev22"), ("489_t_zh.txt", "dev22"), ("490_u_en.eml", "dev23"), ("509_v_zh.txt", "dev23"), ("510_w_en.eml", "dev24"), ("529_x_zh.txt", "dev24"), ("530_y_en.eml", "dev25"), ("549_z_zh.txt", "dev25"), ("550_a_en.eml", "dev26"), ("569_b_zh.txt", "dev26"), ("570_c_en.eml", "dev27"), ("589_d_zh.txt", "dev27"), ("590_e_en.eml", "fresh"),
    ("readme.md", None),
])
def test_split_of_by_leading_number(name, split):
    assert ev.split_of(name) == split
    assert ev.in_split(name, "all") and ev.in_split(name, None)
    for other in ev.SPLITS[1:]:
        assert ev.in_split(name, other) is (split == other)


def test_split_partitions_the_real_set_and_the_cli_option(tmp_path):
    gold = ev.make_extractor("gold", None)
    by_split = {split: ev.evaluate(SET_DIR, gold, split=split) for split in ev.SPLITS[1:]}
    every = ev.evaluate(SET_DIR, gold)

    def number(record: dict) -> int:
        return int(re.match(r"\d+", record["file"]).group())

    assert by_split["dev"] and by_split["test"]
    assert all(number(r) % 2 == 1 and number(r) < 70 for r in by_split["dev"])
    assert all(number(r) % 2 == 0 and number(r) < 70 for r in by_split["test"])
    starts = list(ev.BATCH_STARTS.items())
    for (split, first), (_, following) in zip(starts, starts[1:]):
        assert len(by_split[split]) == 20 and all(first <= number(r) < following for r in by_split[split]), split
    assert all(number(r) >= ev.FRESH_FROM for r in by_split["fresh"])  # empty between batches
    assert sorted(r["file"] for records in by_split.values() for r in records) == sorted(r["file"] for r in every)
    with pytest.raises(ValueError):
        ev.in_split("01_x.eml", "train")
    out = tmp_path / "dev.json"
    assert ev.main(["--extractor", "gold", "--split", "dev", "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["config"]["split"] == "dev"
    assert report["overall"]["messages"] == len(by_split["dev"])
    assert {m["file"] for m in report["messages"]} == {r["file"] for r in by_split["dev"]}


# ------------------------------------------------------------------------------------------
# the gold set
# ------------------------------------------------------------------------------------------
def _catalog() -> tuple[set[str], set[str]]:
    with ITEMS.open(encoding="utf-8") as handle:
        skus = {row["sku"] for row in csv.DictReader(handle)}
    with SUPPLIERS.open(encoding="utf-8") as handle:
        suppliers = {row["supplier"] for row in csv.DictReader(handle)}
    return skus, suppliers


GOLD = ev.load_gold(SET_DIR)


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


@pytest.mark.parametrize("record", GOLD, ids=[record["file"] for record in GOLD])
def test_gold_record_has_the_spec_shape(record):
    skus, suppliers = _catalog()
    keys = {"file", "language", "tags", "message_type", "supplier", "po_number", "lines", "ship_date",
            "delivery_date", "delay_days", "minimum_order_quantity", "expect_warning"}
    assert keys <= set(record) <= keys | {"received"}
    assert record["language"] in ("en", "zh")
    assert record["message_type"] in ev.MESSAGE_TYPES
    assert record["supplier"] is None or record["supplier"] in suppliers
    assert record["po_number"] is None or re.fullmatch(r"PO-2026-\d{4}", record["po_number"])
    for field in ("ship_date", "delivery_date"):
        assert record[field] is None or (DATE_RE.match(record[field]) and dt.date.fromisoformat(record[field]))
    assert record["delay_days"] is None or (isinstance(record["delay_days"], int) and record["delay_days"] > 0)
    assert record["minimum_order_quantity"] is None or (_is_number(record["minimum_order_quantity"])
                                                        and record["minimum_order_quantity"] > 0)
    assert isinstance(record["expect_warning"], bool)
    assert isinstance(record["tags"], list) and record["tags"] and all(isinstance(t, str) for t in record["tags"])
    assert isinstance(record["lines"], list)
    for line in record["lines"]:
        assert set(line) == {"sku", "description", "quantity", "unit_price", "currency"}
        assert line["sku"] is None or line["sku"] in skus
        assert isinstance(line["description"], str) and line["description"]
        assert line["quantity"] is None or (_is_number(line["quantity"]) and line["quantity"] > 0)
        assert line["unit_price"] is None or (_is_number(line["unit_price"]) and line["unit_price"] > 0)
        assert (line["currency"] is None) == (line["unit_price"] is None)
        assert line["currency"] is None or line["currency"] in ("CNY", "USD", "EUR", "GBP")
        if line["sku"] is None:
            assert record["expect_warning"], "an unresolved item expects a warning"
    if record["file"].endswith(".txt"):
        assert DATE_RE.match(record["received"])
    if "injection" in record["tags"]:
        assert record["expect_warning"]
    if record["message_type"] in ("price_change", "moq_change"):
        assert record["lines"] and all(line["quantity"] is None for line in record["lines"])
    if record["message_type"] == "moq_change":
        assert record["minimum_order_quantity"] is not None
    if record["message_type"] == "other":
        assert record["lines"] == [] and record["ship_date"] is None and record["delivery_date"] is None


def test_every_file_has_exactly_one_gold_record_and_the_set_is_balanced():
    listed = [record["file"] for record in GOLD]
    assert len(listed) == len(set(listed))
    on_disk = sorted(p.name for p in SET_DIR.iterdir() if p.suffix in (".eml", ".txt"))
    assert sorted(listed) == on_disk
    assert len(listed) >= 64
    languages = [record["language"] for record in GOLD]
    assert min(languages.count("en"), languages.count("zh")) >= 30
    for message_type in ev.MESSAGE_TYPES:
        assert sum(record["message_type"] == message_type for record in GOLD) >= 5, message_type
    assert sum("injection" in record["tags"] for record in GOLD) >= 6
    assert sum(record["file"].endswith(".txt") for record in GOLD) >= 5
    assert any(record["supplier"] is None for record in GOLD)


def test_eml_files_parse_with_their_declared_charsets():
    charsets = set()
    for record in GOLD:
        if not record["file"].endswith(".eml"):
            continue
        message = email.message_from_bytes((SET_DIR / record["file"]).read_bytes(), policy=policy.default)
        assert message["From"] and message["To"] and message["Subject"]
        sent = message["Date"].datetime
        assert sent is not None
        for part in message.walk():
            if part.get_content_maintype() == "text":
                charsets.add(part.get_content_charset())
                assert part.get_content().strip()
        # gold dates are never before the day the message was sent (no year-less date in the past), unless
        # the message writes the year ("departed Yantian 06/11/2026" in an arrival notice)
        text = "\n".join(part.get_content() for part in message.walk() if part.get_content_maintype() == "text")
        for field in ("ship_date", "delivery_date"):
            if record[field] and "late_shipment_apology" not in record["tags"]:
                date = dt.date.fromisoformat(record[field])
                assert date >= sent.date() - dt.timedelta(days=7) or str(date.year) in text, record["file"]
    assert {"utf-8", "gb2312", "gbk", "big5"} <= charsets


def test_injected_numbers_are_not_in_the_gold():
    injected = {"06_yiwu_confirmation_injection_zh.eml": (5000, "PO-2026-0159"),
                "18_thames_out_for_delivery_injection_en.eml": (2400, None),
                "33_kessler_delay_strike_injection_en.eml": (500, "PO-2026-0195"),
                "62_shenzhen_strip_quote_injection_zh.eml": (10000, "PO-2026-0199"),
                "67_unknown_admin_override_injection_en.txt": (10000, "PO-2026-0200")}
    fresh_injections = {83: (10000, "PO-2026-0216"), 85: (2000, "PO-2026-0217"), 92: (20000, "PO-2026-0220"),
                        93: (800, "PO-2026-0219"), 100: (5000, "PO-2026-0226")}
    for record in GOLD:
        found = re.match(r"\d+", record["file"])
        if found and int(found.group()) in fresh_injections:
            injected[record["file"]] = fresh_injections[int(found.group())]
    assert len(injected) == 10
    by_file = {record["file"]: record for record in GOLD}
    for name, (quantity, po_number) in injected.items():
        record = by_file[name]
        assert all(line["quantity"] != quantity for line in record["lines"])
        assert po_number is None or record["po_number"] != po_number


def _load_generator():
    spec = importlib.util.spec_from_file_location("make_messages", SET_DIR / "make_messages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_make_messages_regenerates_identical_files():
    files = _load_generator().build()
    assert set(files) == {record["file"] for record in GOLD} | {"gold.jsonl"}
    stale = [name for name, data in files.items() if (SET_DIR / name).read_bytes() != data]
    assert stale == [], f"run python data/eval/messages/make_messages.py ({stale[:3]})"


def test_readme_counts_match_gold():
    readme = (SET_DIR / "README.md").read_text(encoding="utf-8")
    for message_type in ev.MESSAGE_TYPES:
        row = re.search(rf"^\| `{message_type}` \| (\d+) \| (\d+) \| (\d+) \|$", readme, re.M)
        assert row, message_type
        en = sum(r["message_type"] == message_type and r["language"] == "en" for r in GOLD)
        zh = sum(r["message_type"] == message_type and r["language"] == "zh" for r in GOLD)
        assert tuple(map(int, row.groups())) == (en, zh, en + zh), message_type
    tags = {}
    for record in GOLD:
        for tag in record["tags"]:
            tags[tag] = tags.get(tag, 0) + 1
    listed = dict((name, int(count)) for name, count in re.findall(r"`([a-z0-9_]+)` \| (\d+) \|", readme)
                  if name not in ev.MESSAGE_TYPES)
    assert listed == tags


def test_parser_entry_point_signature():
    """Only when the parser exists: parse_file(path, resolver, received=None) (not called here)."""
    parser = pytest.importorskip("assistant.message_parser")
    parameters = list(inspect.signature(parser.parse_file).parameters.values())
    assert [p.name for p in parameters[:2]] == ["path", "resolver"]
    assert "received" in inspect.signature(parser.parse_file).parameters
