"""The call-or-reply decision of the fine-tuned model: a logistic probe on its last hidden state.

The adapter learned *what* to write after ``<tool_call>`` but not to *start* with it: LoRA
on the attention layers cannot raise that rare token's output row, so its logit is low on
every prompt and the greedy first token is close to noise (often "Sorry" on a plain stock
question). The probe is that missing output row, fitted afterwards: logistic regression on
the model's final hidden state at the start of its reply, trained on the synthetic corpus
(call = the target has tool calls), never on the evaluation questions. It is saved next to
the adapter it was fitted for and has to be refitted when the adapter changes:

    python -m assistant.training_corpus --n 640 --seed 11 --out /tmp/probe-corpus.jsonl \\
        --system-prompt prompts/agent_system_finetuned.txt
    python -m assistant.routing_probe --corpus /tmp/probe-corpus.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROBE_FILE = "routing_probe.safetensors"
CALL_KINDS = ("tool", "multi_tool")


@dataclass
class RoutingProbe:
    """P(call) = sigmoid(weights · hidden + bias); a call when P(call) ≥ threshold."""

    weights: Any  # torch tensor, hidden size
    bias: float
    threshold: float = 0.5

    def probability(self, hidden: Any) -> float:
        import torch

        if self.weights.device != hidden.device:  # a model on a GPU: move the probe once
            self.weights = self.weights.to(hidden.device)
        return float(torch.sigmoid(hidden.float() @ self.weights + self.bias))

    def __call__(self, hidden: Any) -> bool:
        return self.probability(hidden) >= self.threshold

    def save(self, folder: Path, metrics: dict[str, Any]) -> Path:
        import torch
        from safetensors.torch import save_file

        path = folder / PROBE_FILE
        metadata = {"bias": repr(self.bias), "threshold": repr(self.threshold), "metrics": json.dumps(metrics)}
        save_file({"weights": self.weights.float().cpu().contiguous()}, str(path), metadata=metadata)
        return path

    @classmethod
    def load(cls, folder: Path) -> "RoutingProbe | None":
        """The probe saved next to an adapter, or None when there is none."""
        path = Path(folder) / PROBE_FILE
        if not path.exists():
            return None
        from safetensors import safe_open

        with safe_open(str(path), framework="pt") as handle:
            metadata = handle.metadata()
            weights = handle.get_tensor("weights")
        return cls(weights, float(metadata["bias"]), float(metadata["threshold"]))


def last_hidden_states(backend: Any, records: list[dict[str, Any]]) -> Any:
    """The model's final hidden state where its reply starts, one row per corpus record."""
    import torch
    from tqdm import tqdm

    from assistant.llm import CallDecoder

    decoder = CallDecoder(backend, grammar=None, decide_call=lambda hidden: False)
    rows = []
    for record in tqdm(records, desc="hidden states", file=sys.stderr):
        _, _, hidden, _ = decoder.start([m for m in record["messages"] if m["role"] != "assistant"])
        rows.append(hidden.float().cpu())  # the probe is fitted on the CPU
    return torch.stack(rows)


def fit(features: Any, labels: Any, l2: float = 1e-3, steps: int = 200) -> RoutingProbe:
    """Logistic regression (L-BFGS, L2 penalty on the weights) on standardised features."""
    import torch

    mean, scale = features.mean(0), features.std(0).clamp_min(1e-6)
    x = (features - mean) / scale
    weights = torch.zeros(x.shape[1], requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.LBFGS([weights, bias], max_iter=steps, line_search_fn="strong_wolfe")

    def loss_fn() -> Any:
        optimizer.zero_grad()
        loss = torch.nn.functional.binary_cross_entropy_with_logits(x @ weights + bias, labels.float()) + l2 * (weights**2).sum()
        loss.backward()
        return loss

    optimizer.step(loss_fn)
    with torch.no_grad():  # fold the standardisation into the weights
        folded = weights / scale
        return RoutingProbe(folded.detach(), float(bias - (mean * folded).sum()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True, help="JSON Lines from assistant.training_corpus")
    parser.add_argument("--adapter", type=Path, default=None, help="adapter folder (default: the committed one)")
    parser.add_argument("--limit", type=int, default=640)
    parser.add_argument("--val-fraction", type=float, default=0.25)
    parser.add_argument("--seed", type=int, default=0)
    arguments = parser.parse_args(argv)
    import torch

    from assistant.llm import TransformersBackend, default_adapter_path
    from assistant.model_weights import DEFAULT_MODEL
    from assistant.training_corpus import read_jsonl

    adapter = arguments.adapter or default_adapter_path(DEFAULT_MODEL)
    if adapter is None:
        raise SystemExit("routing_probe: no adapter to fit a probe for (--adapter DIR)")
    backend = TransformersBackend(adapter=adapter, call_decoding=False)
    records = read_jsonl(arguments.corpus)[: arguments.limit]
    random.Random(arguments.seed).shuffle(records)
    labels = torch.tensor([record["kind"] in CALL_KINDS for record in records])
    features = last_hidden_states(backend, records)
    cut = int(len(records) * (1 - arguments.val_fraction))
    probe = fit(features[:cut], labels[:cut])
    predicted = torch.tensor([probe(row) for row in features[cut:]])
    truth = labels[cut:]
    metrics = {
        "corpus": str(arguments.corpus),
        "train_examples": cut,
        "val_examples": len(records) - cut,
        "val_accuracy": float((predicted == truth).float().mean()),
        "val_calls_missed": int((truth & ~predicted).sum()),
        "val_replies_taken_as_calls": int((~truth & predicted).sum()),
        "int8": backend.int8,
    }
    probe = fit(features, labels)  # the saved probe uses every example
    path = probe.save(Path(adapter), metrics)
    print(json.dumps(metrics | {"saved": str(path)}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
