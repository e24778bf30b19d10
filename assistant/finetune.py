"""LoRA fine-tuning of the local model on the tool-routing corpus (peft + accelerate).

    python -m assistant.training_corpus --n 3000 --seed 0 --out corpus.jsonl
    accelerate launch -m assistant.finetune --corpus corpus.jsonl   # or: python -m assistant.finetune ...

- base model: the converted safetensors checkpoint (``converted_model_path()``; ``--model-dir``);
- LoRA r=16 (alpha 32, dropout 0.05) on the attention projections q, k, v, o; the adapter is
  saved with ``save_pretrained`` as safetensors in bf16 (about 4.3 MB for the 0.5B model);
- device handling through ``Accelerator()``: bf16 autocast with bf16 base weights on a GPU
  that supports it, fp32 on CPU (bf16 is several times slower than fp32 on CPUs);
- the loss covers the assistant target tokens only (system + user tokens are -100), and the
  logits are computed only over the target tail of each batch (the shared ~340-token system
  prompt never reaches the 152k-word output layer);
- per epoch: validation loss; at the end: greedy generation (``--max-new-tokens`` 96) on the
  validation split, scored as tool-call exact match, reply exact match, routing accuracy and
  the fraction of parseable outputs; all written to ``training_info.json`` next to the adapter
  and ``validation_predictions.jsonl`` (one line per evaluated example).
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

DEFAULT_OUT = Path("assistant/adapters/qwen2.5-coder-0.5b-agent")
LORA_TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj")
IGNORE = -100
_CALL = re.compile(r"<tool_call>(.*?)</tool_call>", re.S)


# ---------------------------------------------------------------------------------------
# Targets and outputs
# ---------------------------------------------------------------------------------------


def parse_tool_calls(text: str) -> list[dict[str, Any]] | None:
    """The calls in a model output: ``[]`` for a plain reply, ``None`` when unparseable.

    Unparseable: empty output, a ``<tool_call>`` block that is not a JSON object with a
    known ``name`` and an object ``arguments``, an unclosed block, or text around blocks.
    """
    from assistant.training_corpus import TOOL_NAMES

    text = text.strip()
    if not text:
        return None
    if "<tool_call>" not in text and "</tool_call>" not in text:
        return []
    calls = []
    rest = _CALL.sub("", text)
    if rest.strip():
        return None
    for block in _CALL.findall(text):
        try:
            call = json.loads(block)
        except json.JSONDecodeError:
            return None
        if (
            not isinstance(call, dict)
            or set(call) != {"name", "arguments"}
            or call["name"] not in TOOL_NAMES
            or not isinstance(call["arguments"], dict)
        ):
            return None
        calls.append(call)
    return calls


CHAT_TOKENS = re.compile(r"<\|im_start\|>|<\|im_end\|>|<\|endoftext\|>")


def calls_as_agent_reads_them(text: str) -> list[dict[str, Any]] | None:
    """The calls the agent would execute from ``text`` (``None``: it would retry).

    The agent decodes without the chat-control tokens and also accepts bare JSON calls;
    the 0.5B adapter trained on CPU wraps its calls in ``<|im_start|>`` rather than the
    ``<tool_call>`` tags of its targets, which :func:`parse_tool_calls` counts as wrong.
    """
    from assistant.tool_calls import parse_model_output

    parsed = parse_model_output(CHAT_TOKENS.sub("\n", text).strip())
    if parsed.problems or (parsed.calls and parsed.text):
        return None
    return [{"name": call.name, "arguments": call.arguments} for call in parsed.calls]


def score(records: list[dict[str, Any]], outputs: list[str]) -> dict[str, Any]:
    """Exact-match metrics of generated outputs against the records' targets.

    ``tool_call_exact_match``/``routing_accuracy`` need the exact ``<tool_call>`` spelling;
    the ``agent_*`` variants read the output as the agent does (:func:`calls_as_agent_reads_them`).
    """
    from assistant.training_corpus import target_of

    agent_exact = agent_routed = 0
    n_tool = n_reply = tool_exact = reply_exact = parseable = routed = 0
    per_intent: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for record, output in zip(records, outputs):
        target = target_of(record)
        expected = parse_tool_calls(target)
        predicted = parse_tool_calls(output)
        parseable += predicted is not None
        if expected:
            n_tool += 1
            exact = predicted == expected
            tool_exact += exact
            routed += predicted is not None and [c["name"] for c in predicted] == [c["name"] for c in expected]
            as_agent = calls_as_agent_reads_them(output)
            agent_exact += as_agent == expected
            agent_routed += as_agent is not None and [c["name"] for c in as_agent] == [c["name"] for c in expected]
        else:
            n_reply += 1
            exact = output.strip() == target.strip()
            reply_exact += exact
            routed += predicted == []
            agent_routed += calls_as_agent_reads_them(output) == []
        stats = per_intent[record.get("intent", "?")]
        stats[0] += 1
        stats[1] += exact
    n = len(outputs)
    return {
        "evaluated": n,
        "tool_call_exact_match": tool_exact / n_tool if n_tool else None,
        "reply_exact_match": reply_exact / n_reply if n_reply else None,
        "routing_accuracy": routed / n if n else None,
        "agent_tool_call_exact_match": agent_exact / n_tool if n_tool else None,
        "agent_routing_accuracy": agent_routed / n if n else None,
        "parseable": parseable / n if n else None,
        "tool_examples": n_tool,
        "reply_examples": n_reply,
        "exact_match_by_intent": {k: round(v[1] / v[0], 4) for k, v in sorted(per_intent.items())},
    }


# ---------------------------------------------------------------------------------------
# Tokenisation: the loss covers the assistant target only
# ---------------------------------------------------------------------------------------


def prompt_text(tokenizer: Any, messages: list[dict[str, str]]) -> str:
    """System + user rendered with the chat template, ending with the assistant header."""
    return tokenizer.apply_chat_template(messages[:2], tokenize=False, add_generation_prompt=True)


def build_features(tokenizer: Any, messages: list[dict[str, str]]) -> dict[str, list[int]]:
    """``input_ids`` of the whole chat and ``labels`` with -100 on system, user and padding.

    The prompt and the target are tokenised separately, exactly as at inference (the prompt
    is encoded, then the model produces the target); the labels cover the target and the
    ``<|im_end|>`` that closes it, not the template's trailing newline.
    """
    prompt = prompt_text(tokenizer, messages)
    full = tokenizer.apply_chat_template(messages, tokenize=False)
    if not full.startswith(prompt):
        raise ValueError("chat template: the rendered chat does not start with the prompt")
    completion = full[len(prompt):]
    end = tokenizer.eos_token or "<|im_end|>"
    cut = completion.find(end)
    answer = completion[: cut + len(end)] if cut >= 0 else completion
    prompt_ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    answer_ids = tokenizer(answer, add_special_tokens=False)["input_ids"]
    tail_ids = tokenizer(completion[len(answer):], add_special_tokens=False)["input_ids"] if cut >= 0 else []
    input_ids = prompt_ids + answer_ids + tail_ids
    labels = [IGNORE] * len(prompt_ids) + answer_ids + [IGNORE] * len(tail_ids)
    return {"input_ids": input_ids, "labels": labels, "prompt_length": len(prompt_ids)}


def collate(features: list[dict[str, Any]], pad_id: int) -> dict[str, Any]:
    import torch

    length = max(len(f["input_ids"]) for f in features)
    ids = torch.full((len(features), length), pad_id, dtype=torch.long)
    labels = torch.full((len(features), length), IGNORE, dtype=torch.long)
    mask = torch.zeros((len(features), length), dtype=torch.long)
    for row, feature in enumerate(features):
        n = len(feature["input_ids"])
        ids[row, :n] = torch.tensor(feature["input_ids"])
        labels[row, :n] = torch.tensor(feature["labels"])
        mask[row, :n] = 1
    first_label = min(f["prompt_length"] for f in features)
    return {"input_ids": ids, "attention_mask": mask, "labels": labels, "first_label": first_label}


class LengthGroupedBatches:
    """Batches of similar length, in random order (less padding: about 1.6x fewer tokens
    than random batches on the corpus, where a pasted e-mail is 3x a short question).

    Each epoch the indices are shuffled, cut into pools of ``pool_batches`` batches, each
    pool sorted by length and split into batches, and the batches shuffled.
    """

    def __init__(self, lengths: list[int], batch_size: int, generator: Any, pool_batches: int = 50) -> None:
        self.lengths, self.batch_size, self.generator, self.pool = lengths, batch_size, generator, pool_batches

    def __len__(self) -> int:
        return math.ceil(len(self.lengths) / self.batch_size)

    def __iter__(self) -> Any:
        import torch

        order = torch.randperm(len(self.lengths), generator=self.generator).tolist()
        pool_size = self.batch_size * self.pool
        batches: list[list[int]] = []
        for start in range(0, len(order), pool_size):
            pool = sorted(order[start:start + pool_size], key=lambda i: self.lengths[i])
            batches += [pool[i:i + self.batch_size] for i in range(0, len(pool), self.batch_size)]
        for position in torch.randperm(len(batches), generator=self.generator).tolist():
            yield batches[position]


def target_loss(model: Any, batch: dict[str, Any], reduction: str = "mean") -> Any:
    """Cross-entropy over the target tokens; logits only for the batch's target tail."""
    import torch.nn.functional as F

    ids = batch["input_ids"]
    length = ids.shape[1]
    start = max(0, int(batch["first_label"]) - 1)  # the position that predicts the first label
    keep = length - start
    out = model(input_ids=ids, attention_mask=batch["attention_mask"], logits_to_keep=keep, use_cache=False)
    logits = out.logits[:, :-1, :].float()  # positions start .. length-2
    labels = batch["labels"][:, start + 1:]
    return F.cross_entropy(
        logits.reshape(-1, logits.shape[-1]), labels.reshape(-1), ignore_index=IGNORE, reduction=reduction
    )


# ---------------------------------------------------------------------------------------
# Model
# ---------------------------------------------------------------------------------------


def load_model(model_dir: Path, dtype: Any) -> tuple[Any, Any]:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=dtype)
    strip_quantization(model)
    return model, tokenizer


def strip_quantization(model: Any) -> None:
    """A model loaded from GGUF keeps its quantizer; peft's save_pretrained then fails."""
    if getattr(model, "hf_quantizer", None) is not None:
        model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        delattr(model.config, "quantization_config")
    if getattr(model, "is_quantized", False):
        model.is_quantized = False


def add_lora(model: Any, r: int = 16, alpha: int = 32, dropout: float = 0.05) -> Any:
    from peft import LoraConfig, get_peft_model

    config = LoraConfig(
        r=r,
        lora_alpha=alpha,
        lora_dropout=dropout,
        target_modules=list(LORA_TARGETS),
        bias="none",
        task_type="CAUSAL_LM",
    )
    import warnings

    with warnings.catch_warnings():  # transformers' deprecation notice inside peft
        warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
        return get_peft_model(model, config)  # adapters in fp32 (autocast_adapter_dtype)


def save_adapter(peft_model: Any, out: Path, base_name: str, dtype: Any) -> int:
    """save_pretrained (safetensors) with the LoRA weights cast to ``dtype``; returns bytes."""
    import torch

    out.mkdir(parents=True, exist_ok=True)
    for config in peft_model.peft_config.values():
        config.base_model_name_or_path = base_name  # not this machine's path
    params = [p for _, p in peft_model.named_parameters() if p.requires_grad]
    originals = [p.data for p in params]
    try:
        with torch.no_grad():
            for p in params:
                p.data = p.data.to(dtype)
            peft_model.save_pretrained(str(out), safe_serialization=True, save_embedding_layers=False)
    finally:
        for p, data in zip(params, originals):
            p.data = data
    return sum(f.stat().st_size for f in out.glob("adapter_model*"))


def generate_outputs(
    model: Any,
    tokenizer: Any,
    records: list[dict[str, Any]],
    device: Any,
    max_new_tokens: int = 96,
    batch_size: int = 16,
    autocast: Any = None,
    progress: bool = True,
) -> list[str]:
    """Greedy completions of the records' prompts (left padding, batched)."""
    import contextlib

    import torch
    from tqdm.auto import tqdm

    stops = [t for t in (tokenizer.convert_tokens_to_ids("<|im_end|>"), tokenizer.eos_token_id) if isinstance(t, int) and t >= 0]
    side = tokenizer.padding_side
    tokenizer.padding_side = "left"
    outputs: list[str] = []
    was_training = model.training
    model.eval()
    try:
        bar = tqdm(total=len(records), desc="exact match", disable=not progress, file=sys.stderr)
        for i in range(0, len(records), batch_size):
            chunk = records[i:i + batch_size]
            prompts = [prompt_text(tokenizer, r["messages"]) for r in chunk]
            enc = tokenizer(prompts, return_tensors="pt", padding=True, add_special_tokens=False).to(device)
            with torch.no_grad(), (autocast() if autocast else contextlib.nullcontext()):
                generated = model.generate(
                    **enc,
                    max_new_tokens=max_new_tokens,
                    do_sample=False,
                    num_beams=1,
                    pad_token_id=tokenizer.pad_token_id,
                    eos_token_id=stops,
                    use_cache=True,
                )
            for row in generated[:, enc["input_ids"].shape[1]:]:
                text = tokenizer.decode(row, skip_special_tokens=False)
                for stop in ("<|im_end|>", "<|endoftext|>"):
                    text = text.split(stop)[0]
                outputs.append(text.strip())
            bar.update(len(chunk))
        bar.close()
    finally:
        tokenizer.padding_side = side
        model.train(was_training)
    return outputs


# ---------------------------------------------------------------------------------------
# Training
# ---------------------------------------------------------------------------------------


def _corpus_seed(records: list[dict[str, Any]]) -> int | None:
    seeds = {m.group(1) for r in records if (m := re.match(r"s(-?\d+)-", str(r.get("id", ""))))}
    return int(seeds.pop()) if len(seeds) == 1 else None


def run(args: argparse.Namespace) -> dict[str, Any]:
    import torch
    from accelerate import Accelerator
    from accelerate.utils import set_seed
    from torch.utils.data import DataLoader
    from tqdm.auto import tqdm
    from transformers import get_cosine_schedule_with_warmup

    from assistant.training_corpus import read_jsonl, split

    started = time.perf_counter()
    use_bf16 = torch.cuda.is_available() and torch.cuda.is_bf16_supported() and not args.cpu
    accelerator = Accelerator(
        mixed_precision="bf16" if use_bf16 else "no",
        cpu=args.cpu,
        gradient_accumulation_steps=args.grad_accum,
    )
    set_seed(args.seed)
    if torch.cuda.is_available():
        torch.backends.cuda.matmul.allow_tf32 = True
    log = accelerator.print

    model_dir = Path(args.model_dir) if args.model_dir else _default_model_dir()
    records = read_jsonl(args.corpus)
    if args.limit:
        records = records[: args.limit]
    system_source = "corpus"
    if args.system_prompt:
        system = Path(args.system_prompt).read_text(encoding="utf-8")
        records = [with_system(r, system) for r in records]
        system_source = str(args.system_prompt)
    train_records, val_records = split(records, val_fraction=args.val_fraction, seed=args.seed)
    if not train_records:
        raise SystemExit("finetune: the training split is empty")

    dtype = torch.bfloat16 if use_bf16 else torch.float32
    model, tokenizer = load_model(model_dir, dtype)
    model.config.use_cache = False
    if args.init_adapter:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, str(args.init_adapter), is_trainable=True)
        for parameter in model.parameters():  # saved in bf16; train in the base model's dtype
            if parameter.requires_grad:
                parameter.data = parameter.data.to(dtype)
    else:
        model = add_lora(model, r=args.lora_r, alpha=args.lora_alpha, dropout=args.lora_dropout)
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    lora = model.peft_config["default"]  # a new adapter's settings, or those of --init-adapter

    def features(rs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = [build_features(tokenizer, r["messages"]) for r in rs]
        return [f for f in out if len(f["input_ids"]) <= args.max_length]

    train_features = features(train_records)
    val_features = features(val_records)
    dropped = len(train_records) + len(val_records) - len(train_features) - len(val_features)
    pad_id = tokenizer.pad_token_id
    generator = torch.Generator().manual_seed(args.seed)
    train_loader = DataLoader(
        train_features,
        batch_sampler=LengthGroupedBatches([len(f["input_ids"]) for f in train_features], args.batch_size, generator),
        collate_fn=lambda b: collate(b, pad_id),
    )
    val_loader = DataLoader(
        val_features, batch_size=args.eval_batch_size, shuffle=False, collate_fn=lambda b: collate(b, pad_id)
    )
    steps_per_epoch = math.ceil(len(train_loader) / args.grad_accum)
    total_steps = steps_per_epoch * args.epochs
    if args.max_steps:
        total_steps = min(total_steps, args.max_steps)
    epochs = math.ceil(total_steps / steps_per_epoch)
    optimizer = torch.optim.AdamW(
        [p for p in model.parameters() if p.requires_grad], lr=args.lr, weight_decay=args.weight_decay
    )
    scheduler = get_cosine_schedule_with_warmup(
        optimizer, num_warmup_steps=max(1, int(args.warmup * total_steps)), num_training_steps=total_steps
    )
    model, optimizer, train_loader, val_loader, scheduler = accelerator.prepare(
        model, optimizer, train_loader, val_loader, scheduler
    )
    device_name = (
        torch.cuda.get_device_name(accelerator.device) if accelerator.device.type == "cuda" else platform.processor() or "cpu"
    )
    log(
        f"finetune: {len(train_features)} train / {len(val_features)} val examples, {total_steps} steps, "
        f"{trainable:,} trainable parameters, device {accelerator.device} ({device_name}), "
        f"{'bf16' if use_bf16 else 'fp32'}",
        file=sys.stderr,
    )

    def validation_loss() -> float | None:
        if not val_features:
            return None
        model.eval()
        total = torch.zeros((), device=accelerator.device)
        count = torch.zeros((), device=accelerator.device)
        with torch.no_grad():
            for batch in val_loader:
                with accelerator.autocast():
                    total += target_loss(model, batch, reduction="sum").detach()
                count += (batch["labels"] != IGNORE).sum()
        total, count = accelerator.reduce(total), accelerator.reduce(count)
        model.train()
        return (total / count).item()

    history: list[dict[str, Any]] = []
    step = 0
    train_started = time.perf_counter()
    bar = tqdm(total=total_steps, desc="lora", disable=not accelerator.is_local_main_process, file=sys.stderr)
    model.train()
    for epoch in range(epochs):
        running, seen = 0.0, 0
        for batch in train_loader:
            with accelerator.accumulate(model):
                with accelerator.autocast():
                    loss = target_loss(model, batch)
                accelerator.backward(loss)
                if accelerator.sync_gradients:
                    accelerator.clip_grad_norm_(model.parameters(), args.max_grad_norm)
                optimizer.step()
                scheduler.step()
                optimizer.zero_grad(set_to_none=True)
            running += loss.item()
            seen += 1
            if accelerator.sync_gradients:
                step += 1
                bar.update(1)
                bar.set_postfix(epoch=epoch + 1, loss=f"{running / seen:.4f}", lr=f"{scheduler.get_last_lr()[0]:.2e}")
                if step >= total_steps:
                    break
        val = validation_loss()
        history.append({"epoch": epoch + 1, "steps": step, "train_loss": running / max(seen, 1), "val_loss": val})
        log(f"epoch {epoch + 1}: train loss {running / max(seen, 1):.4f}, val loss {val}", file=sys.stderr)
        if step >= total_steps:
            break
    bar.close()
    train_seconds = time.perf_counter() - train_started

    info: dict[str, Any] = {
        "base_model": model_dir.name,
        "corpus": str(args.corpus),
        "corpus_size": len(records),
        "corpus_seed": _corpus_seed(records),
        "system_prompt": system_source,
        "system_prompt_sha256": _sha256(records[0]["messages"][0]["content"]) if records else None,
        "seed": args.seed,
        "train_examples": len(train_features),
        "val_examples": len(val_features),
        "dropped_too_long": dropped,
        "epochs": args.epochs,
        "epochs_run": len(history),
        "steps": step,
        "max_steps": args.max_steps,
        "batch_size": args.batch_size,
        "grad_accum": args.grad_accum,
        "lr": args.lr,
        "init_adapter": str(args.init_adapter) if args.init_adapter else None,
        "lora": {"r": lora.r, "alpha": lora.lora_alpha, "dropout": lora.lora_dropout, "targets": sorted(lora.target_modules)},
        "trainable_parameters": trainable,
        "history": history,
        "val_loss": history[-1]["val_loss"] if history else None,
        "device": f"{accelerator.device.type} ({device_name})",
        "precision": "bf16" if use_bf16 else "fp32",
        "train_seconds": round(train_seconds, 2),
        "versions": _versions(),
    }

    out = Path(args.out)
    accelerator.wait_for_everyone()
    unwrapped = accelerator.unwrap_model(model)
    if accelerator.is_main_process:
        save_dtype = {"bf16": torch.bfloat16, "fp16": torch.float16, "fp32": torch.float32}[args.save_dtype]
        info["adapter_bytes"] = save_adapter(unwrapped, out, model_dir.name, save_dtype)
        info["adapter_dtype"] = args.save_dtype
        info["seconds"] = round(time.perf_counter() - started, 2)
        _write_info(out, info)

    if args.eval_limit != 0 and val_records and accelerator.is_main_process:
        eval_records = val_records if args.eval_limit is None else val_records[: args.eval_limit]
        eval_started = time.perf_counter()
        unwrapped.config.use_cache = True
        outputs = generate_outputs(
            unwrapped, tokenizer, eval_records, accelerator.device, max_new_tokens=args.max_new_tokens,
            batch_size=args.eval_batch_size, autocast=accelerator.autocast,
            progress=accelerator.is_local_main_process,
        )
        too_long = sum(
            1 for r in eval_records
            if len(tokenizer(r["messages"][2]["content"] + "<|im_end|>", add_special_tokens=False)["input_ids"])
            > args.max_new_tokens
        )
        info["exact_match"] = {
            **score(eval_records, outputs),
            "max_new_tokens": args.max_new_tokens,
            "targets_longer_than_max_new_tokens": too_long,
        }
        info["eval_seconds"] = round(time.perf_counter() - eval_started, 2)
        with (out / "validation_predictions.jsonl").open("w", encoding="utf-8") as handle:
            for record, output in zip(eval_records, outputs):
                handle.write(json.dumps({
                    "id": record.get("id"), "intent": record.get("intent"), "lang": record.get("lang"),
                    "question": record["messages"][1]["content"], "target": record["messages"][2]["content"],
                    "output": output, "exact": _exact(record, output),
                }, ensure_ascii=False) + "\n")
    if accelerator.is_main_process:
        info["seconds"] = round(time.perf_counter() - started, 2)
        _write_info(out, info)
    return info


def with_system(record: dict[str, Any], system: str) -> dict[str, Any]:
    """The record with its system message replaced (the agent's prompt at inference)."""
    messages = [dict(m) for m in record["messages"]]
    if messages and messages[0]["role"] == "system":
        messages[0]["content"] = system
    else:
        messages.insert(0, {"role": "system", "content": system})
    return {**record, "messages": messages}


def _sha256(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _exact(record: dict[str, Any], output: str) -> bool:
    target = record["messages"][2]["content"]
    expected = parse_tool_calls(target)
    if expected:
        return parse_tool_calls(output) == expected
    return output.strip() == target.strip()


def _write_info(out: Path, info: dict[str, Any]) -> None:
    (out / "training_info.json").write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _versions() -> dict[str, str]:
    import accelerate
    import peft
    import torch
    import transformers

    return {"torch": torch.__version__, "transformers": transformers.__version__, "peft": peft.__version__,
            "accelerate": accelerate.__version__}


def _default_model_dir() -> Path:
    from assistant.model_weights import converted_model_path

    return converted_model_path()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m assistant.finetune",
        description="LoRA fine-tuning of the local model on the tool-routing corpus.",
    )
    parser.add_argument("--corpus", type=Path, required=True, help="JSON Lines from assistant.training_corpus")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"adapter folder (default {DEFAULT_OUT})")
    parser.add_argument("--model-dir", type=Path, default=None, help="base checkpoint (default: converted_model_path())")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--lr", type=float, default=2e-4)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--grad-accum", type=int, default=1, help="gradient accumulation steps")
    parser.add_argument("--max-steps", type=int, default=None, help="stop after N optimiser steps")
    parser.add_argument("--warmup", type=float, default=0.05, help="warm-up fraction of the steps")
    parser.add_argument("--weight-decay", type=float, default=0.0)
    parser.add_argument("--max-grad-norm", type=float, default=1.0)
    parser.add_argument("--init-adapter", type=Path, default=None,
                        help="continue training this LoRA adapter (e.g. the committed one) instead of a new one")
    parser.add_argument("--lora-r", type=int, default=16)
    parser.add_argument("--lora-alpha", type=int, default=32)
    parser.add_argument("--lora-dropout", type=float, default=0.05)
    parser.add_argument("--max-length", type=int, default=1024, help="drop longer examples (tokens)")
    parser.add_argument("--val-fraction", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=0, help="split, shuffling and LoRA initialisation")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N corpus examples")
    parser.add_argument("--eval-limit", type=int, default=None,
                        help="exact-match check on the first N validation examples (default all; 0 skips it)")
    parser.add_argument("--eval-batch-size", type=int, default=16)
    parser.add_argument("--max-new-tokens", type=int, default=96)
    parser.add_argument("--save-dtype", choices=("bf16", "fp16", "fp32"), default="bf16")
    parser.add_argument("--system-prompt", type=Path, default=None,
                        help="replace every example's system message with this file's text "
                             "(train with the prompt the agent sends at inference)")
    parser.add_argument("--cpu", action="store_true", help="train on CPU even when a GPU is present")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    for name in ("epochs", "batch_size", "grad_accum", "eval_batch_size", "max_new_tokens", "lora_r"):
        if getattr(args, name) < 1:
            raise SystemExit(f"finetune: --{name.replace('_', '-')} must be at least 1")
    if args.max_steps is not None and args.max_steps < 1:
        raise SystemExit("finetune: --max-steps must be at least 1")
    if not args.corpus.is_file():
        raise SystemExit(f"finetune: no corpus file {args.corpus}")
    if args.system_prompt and not args.system_prompt.is_file():
        raise SystemExit(f"finetune: no system prompt file {args.system_prompt}")
    info = run(args)
    print(json.dumps({k: info.get(k) for k in (
        "corpus_size", "train_examples", "val_examples", "steps", "val_loss", "exact_match", "adapter_bytes",
        "device", "precision", "train_seconds", "seconds")}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
