"""Constrained tool-call decoding: the call grammar, the routing probe, the decoder.

The grammar and probe tests use the real tokenizer (installed by `make install`; a missing
model is a failure, not a skip) but no model weights; the decoder test runs the real
fine-tuned model on two questions (slow).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from assistant.call_grammar import CallGrammar, call_schema
from assistant.routing_probe import RoutingProbe, fit
from assistant.tool_calls import parse_model_output
from tools.registry import SPEC_TOOL_NAMES, all_tools


@pytest.fixture(scope="module")
def grammar() -> CallGrammar:
    from transformers import AutoConfig, AutoTokenizer

    from assistant.model_weights import DEFAULT_MODEL, converted_model_path

    path = converted_model_path(DEFAULT_MODEL)
    return CallGrammar(AutoTokenizer.from_pretrained(path), vocab_size=AutoConfig.from_pretrained(path).vocab_size)


def test_the_schema_offers_every_spec_tool_with_its_own_arguments() -> None:
    schema = call_schema()
    alternatives = {option["properties"]["name"]["const"]: option["properties"]["arguments"] for option in schema["anyOf"]}
    assert list(alternatives) == list(SPEC_TOOL_NAMES)
    assert set(alternatives["compute_eoq"]["properties"]) == set(all_tools()["compute_eoq"].arguments.model_fields)
    assert "PriceBreakArguments" in schema["$defs"]  # nested definitions gathered at the top


def _accepts(grammar: CallGrammar, text: str) -> bool:
    matcher = grammar.matcher()
    return bool(matcher.accept_string(text)) and matcher.is_terminated()


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "inventory_status", "arguments": {"sku": "hng2230"}}',
        '{"name": "list_alerts", "arguments": {}}',
        '{"name": "forecast_demand", "arguments": {"sku": "LED-1420", "horizon_days": 90, "model": "AutoETS"}}',
        '{"name": "compute_eoq", "arguments": {"annual_demand": 20000, "order_cost": 60, "unit_cost": 2.0, '
        '"price_breaks": [{"min_qty": 1000, "unit_cost": 1.9}]}}',
        '{"name": "draft_purchase_order", "arguments": {"skus": ["丁腈手套", "TAP-3010"]}}',
    ],
)
def test_the_grammar_accepts_well_formed_calls(grammar: CallGrammar, text: str) -> None:
    assert _accepts(grammar, text)


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "approve_purchase_order", "arguments": {"po_id": "PO-1"}}',  # no such tool
        '{"name": "supply_chart", "arguments": {"sku": "X"}}',
        '{"name": "forecast_demand", "arguments": {"sku": "X", "reorder_point": 3}}',  # not its argument
        '{"name": "compute_eoq", "arguments": {"annual_demand": 1, "order_cost": 1, "unit_cost": 1, "holding_cost": 0.25}}',
        '{"name": "inventory_status", "arguments": {}}',  # sku is required
        '{"name": "forecast_demand", "arguments": {"sku": "X", "horizon_days": "ninety"}}',  # a number is due
        '{"name": "list_alerts", "arguments": {}',  # unfinished JSON
    ],
)
def test_the_grammar_refuses_unknown_tools_arguments_and_types(grammar: CallGrammar, text: str) -> None:
    assert not _accepts(grammar, text)


def test_the_probe_learns_a_separable_decision_and_survives_a_round_trip(tmp_path: Path) -> None:
    import torch

    generator = torch.Generator().manual_seed(0)
    direction = torch.randn(16, generator=generator)
    features = torch.randn(400, 16, generator=generator) * 3 + 10  # unscaled, off-centre, like hidden states
    labels = (features - 10) @ direction > 0
    probe = fit(features[:300], labels[:300])
    held_out = torch.tensor([probe(row) for row in features[300:]])
    assert float((held_out == labels[300:]).float().mean()) >= 0.9
    probe.save(tmp_path, {"val_accuracy": 1.0})
    loaded = RoutingProbe.load(tmp_path)
    assert loaded is not None and torch.equal(loaded.weights, probe.weights.float()) and loaded.bias == probe.bias
    assert RoutingProbe.load(tmp_path / "elsewhere") is None


def test_the_tool_probes_choose_every_tool_a_turn_needs_and_survive_a_round_trip(tmp_path: Path) -> None:
    import torch

    from assistant.routing_probe import fit_tools

    generator = torch.Generator().manual_seed(1)
    names = ["inventory_status", "forecast_demand", "newsvendor"]
    centres = torch.randn(3, 16, generator=generator) * 4
    tool_sets = [[names[k]] if k < 3 else [names[0], names[1]] for k in torch.randint(0, 4, (400,), generator=generator).tolist()]
    features = torch.stack([sum(centres[names.index(n)] for n in tools) for tools in tool_sets]) + torch.randn(400, 16, generator=generator)
    probe = fit_tools(fit(features, torch.ones(400, dtype=torch.bool)), features[:300], tool_sets[:300], names)
    chosen = [probe.tools(row) for row in features[300:]]
    assert sum(set(c) == set(t) for c, t in zip(chosen, tool_sets[300:])) >= 90  # single and two-tool turns
    assert all(1 <= len(c) <= 3 for c in chosen)
    probe.save(tmp_path, {})
    loaded = RoutingProbe.load(tmp_path)
    assert loaded is not None and loaded.tool_names == tuple(names)
    assert [loaded.tools(row) for row in features[300:]] == chosen
    assert RoutingProbe(probe.weights, probe.bias).tools(features[0]) == []  # no tool probes: the model names the tool


def test_a_probe_fitted_on_other_features_is_refused_when_loaded(tmp_path: Path) -> None:
    import torch
    from safetensors.torch import save_file

    from assistant.routing_probe import PROBE_FILE

    save_file({"weights": torch.zeros(4)}, str(tmp_path / PROBE_FILE), metadata={"bias": "0.0", "threshold": "0.5"})
    with pytest.raises(ValueError, match="refit"):
        RoutingProbe.load(tmp_path)


def test_after_the_chosen_tools_a_further_call_is_the_next_likely_tool_or_a_repeat() -> None:
    import math

    import torch

    from assistant.routing_probe import ANOTHER_TOOL_FLOOR

    def logit(p: float) -> float:
        return math.log(p / (1 - p))

    probabilities = {"inventory_status": 0.9, "recommend_order": 0.3, "newsvendor": ANOTHER_TOOL_FLOOR / 2}
    probe = RoutingProbe(
        torch.zeros(4), 0.0, tool_names=tuple(probabilities),
        tool_weights=torch.zeros(4, 3), tool_bias=torch.tensor([logit(p) for p in probabilities.values()]),
    )
    features = torch.ones(4)
    assert probe.tools(features) == ["inventory_status"]
    assert probe.another_tool(features, ["inventory_status"]) == "recommend_order"
    assert probe.another_tool(features, ["inventory_status", "recommend_order"]) is None  # newsvendor too unlikely: repeat


@pytest.mark.slow
def test_the_fine_tuned_model_writes_only_valid_calls_under_the_grammar() -> None:
    from assistant.llm import TransformersBackend
    from assistant.model_weights import DEFAULT_MODEL

    backend = TransformersBackend(DEFAULT_MODEL)
    assert backend.call_decoder is not None, "the committed adapter must come with its routing probe"
    assert backend.call_decoder.router is not None, "and with its tool probes"
    system = Path("prompts/agent_system_finetuned.txt").read_text(encoding="utf-8")

    def ask(question: str) -> Any:
        return backend.call_decoder.generate([{"role": "system", "content": system}, {"role": "user", "content": question}], 160)

    tools = all_tools()
    questions = {
        "how many soft close hinges have we got left?": "inventory_status",
        "EOQ: 1200 a year, order cost 40, unit cost 3.5, holding 25%": "compute_eoq",
        "seasonal one-off buy: mean demand 300, sd 80, we lose 12 per missed sale and 4 per unsold unit. how many?": "newsvendor",
    }
    for question, tool in questions.items():
        parsed = parse_model_output(ask(question).text)
        assert parsed.calls and not parsed.problems and parsed.calls[0].name == tool
        for tool_call in parsed.calls:
            tools[tool_call.name].arguments.model_validate(tool_call.arguments)  # the grammar's guarantee
            json.dumps(tool_call.arguments)
    assert parse_model_output(ask("hi there!").text).calls == []
