"""LoRA fine-tuning: output parsing and scoring, target-only labels, the loss over the
target tail, and the whole CLI on a tiny random Qwen2 model with the real tokenizer.

The real 0.5B model is only used by the opt-in smoke test at the end
(``REPLENISH_FINETUNE_SMOKE=1``; a few minutes on two busy CPU cores)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from assistant import finetune as ft
from assistant import training_corpus as tc


def _model_dir() -> Path | None:
    try:
        from assistant.model_weights import converted_model_path

        return converted_model_path()
    except Exception:
        return None


MODEL_DIR = _model_dir()
needs_tokenizer = pytest.mark.skipif(
    MODEL_DIR is None or not (MODEL_DIR / "tokenizer.json").is_file(),
    reason="the converted local model (tokenizer) is not installed: replenish model install",
)


def test_parse_tool_calls() -> None:
    one = '<tool_call>{"name": "inventory_status", "arguments": {"sku": "x"}}</tool_call>'
    two = one + "\n" + '<tool_call>{"name": "list_alerts", "arguments": {}}</tool_call>'
    assert ft.parse_tool_calls(one) == [{"name": "inventory_status", "arguments": {"sku": "x"}}]
    assert [c["name"] for c in ft.parse_tool_calls(two)] == ["inventory_status", "list_alerts"]
    assert ft.parse_tool_calls("Hello! How can I help?") == []
    assert ft.parse_tool_calls("") is None
    assert ft.parse_tool_calls('<tool_call>{"name": "inventory_status", "arguments": {"sku": "x"}') is None
    assert ft.parse_tool_calls('<tool_call>{"name": "approve_po", "arguments": {}}</tool_call>') is None
    assert ft.parse_tool_calls('<tool_call>{"name": "list_alerts"}</tool_call>') is None
    assert ft.parse_tool_calls("Sure: " + one) is None
    assert ft.parse_tool_calls('<tool_call>{"name": "list_alerts", "arguments": []}</tool_call>') is None


def test_with_system_replaces_only_the_system_message() -> None:
    record = tc.generate(1, seed=2)[0]
    replaced = ft.with_system(record, "short prompt")
    assert replaced["messages"][0] == {"role": "system", "content": "short prompt"}
    assert replaced["messages"][1:] == record["messages"][1:]
    assert record["messages"][0]["content"] != "short prompt"  # the original is untouched


def test_score() -> None:
    records = tc.generate(60, seed=4)
    targets = [tc.target_of(r) for r in records]
    perfect = ft.score(records, targets)
    assert perfect["parseable"] == 1.0 and perfect["routing_accuracy"] == 1.0
    assert perfect["tool_call_exact_match"] == 1.0
    if perfect["reply_examples"]:
        assert perfect["reply_exact_match"] == 1.0
    # numbers compared as JSON values: 30 == 30.0, key order does not matter
    record = {"intent": "forecast_demand", "messages": [{}, {}, {"content": '<tool_call>{"name": "forecast_demand", "arguments": {"sku": "a", "horizon_days": 30}}</tool_call>'}]}
    same = '<tool_call>{"name": "forecast_demand", "arguments": {"horizon_days": 30.0, "sku": "a"}}</tool_call>'
    other = '<tool_call>{"name": "forecast_demand", "arguments": {"sku": "A", "horizon_days": 30}}</tool_call>'
    assert ft.score([record], [same])["tool_call_exact_match"] == 1.0
    wrong = ft.score([record], [other])
    assert wrong["tool_call_exact_match"] == 0.0 and wrong["routing_accuracy"] == 1.0
    garbage = ft.score([record], ["<tool_call>{oops"])
    assert garbage["parseable"] == 0.0 and garbage["routing_accuracy"] == 0.0


@pytest.fixture(scope="module")
def tokenizer():
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(MODEL_DIR)


@needs_tokenizer
def test_labels_cover_only_the_assistant_target(tokenizer) -> None:
    for record in tc.generate(12, seed=9):
        features = ft.build_features(tokenizer, record["messages"])
        ids, labels = features["input_ids"], features["labels"]
        assert len(ids) == len(labels)
        prompt = ft.prompt_text(tokenizer, record["messages"])
        assert tokenizer.decode(ids[: features["prompt_length"]]) == prompt
        assert all(label == ft.IGNORE for label in labels[: features["prompt_length"]])
        learned = [t for t, label in zip(ids, labels) if label != ft.IGNORE]
        assert tokenizer.decode(learned) == tc.target_of(record) + "<|im_end|>"
        # separate tokenisation of prompt and target equals the whole chat's tokenisation
        whole = tokenizer.apply_chat_template(record["messages"], tokenize=False)
        assert tokenizer(whole, add_special_tokens=False)["input_ids"] == ids


def _tiny_model(directory: Path) -> Path:
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    config = Qwen2Config(
        vocab_size=151936, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
        num_attention_heads=2, num_key_value_heads=1, max_position_embeddings=2048,
        tie_word_embeddings=False, bos_token_id=151643, eos_token_id=151645, pad_token_id=151643,
    )
    torch.manual_seed(0)
    Qwen2ForCausalLM(config).save_pretrained(directory)
    for name in ("tokenizer.json", "tokenizer_config.json", "chat_template.jinja"):
        if (MODEL_DIR / name).is_file():
            shutil.copy(MODEL_DIR / name, directory / name)
    return directory


@pytest.fixture(scope="module")
def tiny_model_dir(tmp_path_factory) -> Path:
    return _tiny_model(tmp_path_factory.mktemp("tiny-qwen2"))


@needs_tokenizer
def test_target_loss_equals_the_full_loss(tiny_model_dir: Path, tokenizer) -> None:
    import torch

    model, _ = ft.load_model(tiny_model_dir, torch.float32)
    records = tc.generate(2, seed=3)
    batch = ft.collate([ft.build_features(tokenizer, r["messages"]) for r in records], tokenizer.pad_token_id)
    with torch.no_grad():
        ours = ft.target_loss(model, batch)
        reference = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"], labels=batch["labels"]).loss
    assert torch.allclose(ours, reference, rtol=1e-5, atol=1e-5)


@needs_tokenizer
@pytest.mark.filterwarnings("ignore:.*is_gradient_checkpointing:FutureWarning")
def test_finetune_cli_on_a_tiny_model(tiny_model_dir: Path, tmp_path: Path) -> None:
    import torch
    from peft import PeftModel
    from safetensors import safe_open
    from transformers import AutoModelForCausalLM

    corpus = tmp_path / "corpus.jsonl"
    tc.write_jsonl(tc.generate(24, seed=1), corpus)
    out = tmp_path / "adapter"
    system = tmp_path / "system.txt"
    system.write_text("You are replenish. Answer with tool calls.", encoding="utf-8")
    code = ft.main([
        "--corpus", str(corpus), "--model-dir", str(tiny_model_dir), "--out", str(out),
        "--max-steps", "2", "--batch-size", "2", "--val-fraction", "0.25",
        "--eval-limit", "2", "--eval-batch-size", "2", "--max-new-tokens", "4",
        "--system-prompt", str(system),
    ])
    assert code == 0
    info = json.loads((out / "training_info.json").read_text(encoding="utf-8"))
    assert info["corpus_size"] == 24 and info["corpus_seed"] == 1 and info["steps"] == 2
    assert info["system_prompt"] == str(system) and len(info["system_prompt_sha256"]) == 64
    assert info["train_examples"] + info["val_examples"] == 24 and info["val_examples"] >= 2
    assert info["val_loss"] is not None and info["history"][0]["val_loss"] > 0
    assert info["device"].startswith(("cpu", "cuda")) and info["precision"] in ("fp32", "bf16")
    assert info["lora"]["r"] == 16 and set(info["lora"]["targets"]) == {"q_proj", "k_proj", "v_proj", "o_proj"}
    match = info["exact_match"]
    assert match["evaluated"] == 2 and 0 <= match["parseable"] <= 1 and match["max_new_tokens"] == 4
    assert len((out / "validation_predictions.jsonl").read_text(encoding="utf-8").splitlines()) == 2
    config = json.loads((out / "adapter_config.json").read_text(encoding="utf-8"))
    assert config["r"] == 16 and config["base_model_name_or_path"] == tiny_model_dir.name
    with safe_open(str(out / "adapter_model.safetensors"), framework="pt") as weights:
        keys = list(weights.keys())
        assert keys and all("lora_" in k for k in keys)
        assert {weights.get_tensor(k).dtype for k in keys} == {torch.bfloat16}
        assert {k.split(".")[-3] for k in keys} == {"q_proj", "k_proj", "v_proj", "o_proj"}
    # the adapter loads onto an fp32 base for CPU inference
    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    model = PeftModel.from_pretrained(base, str(out))
    ids = torch.tensor([[151644, 872, 198, 6023, 151645]])
    assert torch.isfinite(model(input_ids=ids).logits).all()


@pytest.mark.slow
@needs_tokenizer
@pytest.mark.skipif(not os.environ.get("REPLENISH_FINETUNE_SMOKE"), reason="set REPLENISH_FINETUNE_SMOKE=1")
def test_finetune_smoke_on_the_real_model(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    tc.write_jsonl(tc.generate(16, seed=0), corpus)
    out = tmp_path / "adapter"
    assert ft.main([
        "--corpus", str(corpus), "--out", str(out), "--max-steps", "2", "--batch-size", "2",
        "--val-fraction", "0.25", "--eval-limit", "1", "--eval-batch-size", "1", "--max-new-tokens", "16",
    ]) == 0
    info = json.loads((out / "training_info.json").read_text(encoding="utf-8"))
    assert info["base_model"] == MODEL_DIR.name and info["steps"] == 2
    assert 1_000_000 < info["adapter_bytes"] < 10_000_000


def test_score_reads_calls_as_the_agent_does() -> None:
    """A call wrapped in chat-control tokens is wrong for the strict scorer, right for the agent's."""
    record = {"intent": "list_alerts", "messages": [
        {"role": "system", "content": "s"}, {"role": "user", "content": "alerts?"},
        {"role": "assistant", "content": '<tool_call>{"name": "list_alerts", "arguments": {}}</tool_call>'}]}
    wrapped = '<|im_start|>{"name": "list_alerts", "arguments": {}}<|im_start|>'
    metrics = ft.score([record, record], [wrapped, "Sorry, no."])
    assert metrics["tool_call_exact_match"] == 0.0 and metrics["routing_accuracy"] == 0.0
    assert metrics["agent_tool_call_exact_match"] == 0.5 and metrics["agent_routing_accuracy"] == 0.5
