"""Routing of the fine-tuned model: logistic probes on its hidden states.

Two decisions are read off the question's features: the mean, over the tokens after the
system prompt (the buyer's turn and the reply header), of the model's hidden states after
layer ``FEATURE_LAYER`` of 24. On 400 held-out corpus examples, this mean routes better
than the final layer at the last token (call or reply 0.990 vs 0.978; the right set of
tools 0.983 vs 0.863), and the model's own likeliest tool name is right first only 0.83:

- **call or reply**: the adapter learned *what* to write after ``<tool_call>`` but not to
  *start* with it: LoRA on the attention layers cannot raise that rare token's output row,
  so its logit is low on every prompt and the greedy first token is close to noise (often
  "Sorry" on a plain stock question). One logistic probe is that missing output row.
- **which tools**: one logistic probe per SPEC §6 tool, P(this turn calls it). Greedy
  decoding of the name picked ``reorder_point`` for newsvendor questions and a second
  ``supplier_performance`` for "how reliable are the ningbo guys, and where are we on
  the hinges?"; the probes read the whole question at once. The decoder
  (assistant/llm.py ``CallDecoder``) calls those tools, in the order the model prefers,
  with arguments the model writes.

Both are fitted afterwards on the synthetic corpus (never on the evaluation questions),
saved next to the adapter they were fitted for, and have to be refitted when it changes:

    python -m assistant.training_corpus --n 1600 --seed 11 --out /tmp/probe-corpus.jsonl \\
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
FEATURE_LAYER = 16
CALL_KINDS = ("tool", "multi_tool")
MOST_TOOLS_PER_TURN = 3
# A tool below the 0.5 cut is still called when the model goes on after the chosen ones and
# it is this likely; below, the model's further call repeats a tool (a second product).
# On 400 held-out corpus examples: 13/13 repeats and 28/31 two-tool turns right.
ANOTHER_TOOL_FLOOR = 0.15


@dataclass
class RoutingProbe:
    """P(call) = sigmoid(weights · features + bias); a call when P(call) ≥ threshold.

    With tool probes (``tool_names``, ``tool_weights`` of shape hidden × tools,
    ``tool_bias``): P(the turn calls tool k) = sigmoid(features · tool_weights[:, k] + tool_bias[k]).
    ``features``: :func:`question_features`.
    """

    weights: Any  # torch tensor, hidden size
    bias: float
    threshold: float = 0.5
    tool_names: tuple[str, ...] = ()
    tool_weights: Any = None
    tool_bias: Any = None

    def _on(self, device: Any) -> None:
        if self.weights.device != device:  # a model on a GPU: move the probes once
            self.weights = self.weights.to(device)
            if self.tool_weights is not None:
                self.tool_weights, self.tool_bias = self.tool_weights.to(device), self.tool_bias.to(device)

    def probability(self, features: Any) -> float:
        import torch

        self._on(features.device)
        return float(torch.sigmoid(features.float() @ self.weights + self.bias))

    def __call__(self, features: Any) -> bool:
        return self.probability(features) >= self.threshold

    def tool_probabilities(self, features: Any) -> dict[str, float]:
        """P(the turn calls it), for each tool; empty without tool probes."""
        import torch

        if self.tool_weights is None:
            return {}
        self._on(features.device)
        probabilities = torch.sigmoid(features.float() @ self.tool_weights + self.tool_bias)
        return dict(zip(self.tool_names, (float(p) for p in probabilities)))

    def tools(self, features: Any) -> list[str]:
        """The tools a call turn uses: each with P ≥ threshold, likeliest first, at least the
        likeliest one, at most ``MOST_TOOLS_PER_TURN``; empty without tool probes."""
        ranked = sorted(self.tool_probabilities(features).items(), key=lambda item: -item[1])
        chosen = [name for name, probability in ranked if probability >= self.threshold]
        return (chosen or [name for name, _ in ranked[:1]])[:MOST_TOOLS_PER_TURN]

    def another_tool(self, features: Any, called: list[str]) -> str | None:
        """The likeliest tool not in ``called`` if P ≥ ``ANOTHER_TOOL_FLOOR``, else None."""
        rest = [(p, name) for name, p in self.tool_probabilities(features).items() if name not in called]
        probability, name = max(rest, default=(0.0, None))
        return name if probability >= ANOTHER_TOOL_FLOOR else None

    def save(self, folder: Path, metrics: dict[str, Any]) -> Path:
        import torch
        from safetensors.torch import save_file

        path = folder / PROBE_FILE
        metadata = {"bias": repr(self.bias), "threshold": repr(self.threshold), "metrics": json.dumps(metrics), "feature_layer": str(FEATURE_LAYER)}
        tensors = {"weights": self.weights.float().cpu().contiguous()}
        if self.tool_weights is not None:
            metadata["tool_names"] = json.dumps(list(self.tool_names))
            tensors["tool_weights"] = self.tool_weights.float().cpu().contiguous()
            tensors["tool_bias"] = torch.as_tensor(self.tool_bias).float().cpu().contiguous()
        save_file(tensors, str(path), metadata=metadata)
        return path

    @classmethod
    def load(cls, folder: Path) -> "RoutingProbe | None":
        """The probes saved next to an adapter, or None when there are none."""
        path = Path(folder) / PROBE_FILE
        if not path.exists():
            return None
        from safetensors import safe_open

        with safe_open(str(path), framework="pt") as handle:
            metadata = handle.metadata()
            if metadata.get("feature_layer") != str(FEATURE_LAYER):
                raise ValueError(
                    f"{path} was fitted on other features (layer {metadata.get('feature_layer', 'final, last token')}, "
                    f"not {FEATURE_LAYER}): refit it with python -m assistant.routing_probe"
                )
            probe = cls(handle.get_tensor("weights"), float(metadata["bias"]), float(metadata["threshold"]))
            if "tool_names" in metadata:
                probe.tool_names = tuple(json.loads(metadata["tool_names"]))
                probe.tool_weights, probe.tool_bias = handle.get_tensor("tool_weights"), handle.get_tensor("tool_bias")
        return probe


def question_features(hidden_states: Any) -> Any:
    """The probes' input from a forward pass over the prompt after the system message
    (``hidden_states``: the model's output with ``output_hidden_states=True``, one batch row)."""
    return hidden_states[FEATURE_LAYER][0].float().mean(0)


def corpus_features(backend: Any, records: list[dict[str, Any]]) -> Any:
    """:func:`question_features` of each corpus record's prompt, one row per record."""
    import torch
    from tqdm import tqdm

    from assistant.llm import CallDecoder

    decoder = CallDecoder(backend, grammar=None, decide_call=lambda features: False)
    rows = []
    for record in tqdm(records, desc="question features", file=sys.stderr):
        _, _, features, _ = decoder.start([m for m in record["messages"] if m["role"] != "assistant"])
        rows.append(features.cpu())  # the probe is fitted on the CPU
    return torch.stack(rows)


def fit_logistic(features: Any, labels: Any, l2: float = 1e-3, steps: int = 200) -> tuple[Any, Any]:
    """Independent logistic regressions, one per label column (L-BFGS, L2 penalty on the
    weights, standardised features folded back in): weights hidden × labels, bias labels."""
    import torch

    mean, scale = features.mean(0), features.std(0).clamp_min(1e-6)
    x = (features - mean) / scale
    targets = labels.float().reshape(len(labels), -1)
    weights = torch.zeros(x.shape[1], targets.shape[1], requires_grad=True)
    bias = torch.zeros(targets.shape[1], requires_grad=True)
    optimizer = torch.optim.LBFGS([weights, bias], max_iter=steps, line_search_fn="strong_wolfe")

    def loss_fn() -> Any:
        optimizer.zero_grad()
        loss = torch.nn.functional.binary_cross_entropy_with_logits(x @ weights + bias, targets) + l2 * (weights**2).sum()
        loss.backward()
        return loss

    optimizer.step(loss_fn)
    with torch.no_grad():
        folded = weights / scale[:, None]
        return folded.detach(), (bias - mean @ folded).detach()


def fit(features: Any, labels: Any, l2: float = 1e-3, steps: int = 200) -> RoutingProbe:
    """The call-or-reply probe from features (examples × hidden) and labels (True = call)."""
    weights, bias = fit_logistic(features, labels, l2, steps)
    return RoutingProbe(weights[:, 0], float(bias[0]))


def fit_tools(probe: RoutingProbe, features: Any, tool_sets: list[list[str]], tool_names: list[str], l2: float = 1e-3) -> RoutingProbe:
    """Add the per-tool probes, fitted on call examples only (``tool_sets[i]``: the tools example i calls)."""
    import torch

    labels = torch.tensor([[name in tools for name in tool_names] for tools in tool_sets])
    probe.tool_names = tuple(tool_names)
    probe.tool_weights, probe.tool_bias = fit_logistic(features, labels, l2)
    return probe


def _metrics(probe: RoutingProbe, features: Any, records: list[dict[str, Any]]) -> dict[str, Any]:
    """Held-out quality of both decisions."""
    calls = [record["kind"] in CALL_KINDS for record in records]
    predicted = [probe(row) for row in features]
    call_rows = [index for index, call in enumerate(calls) if call]
    chosen = {index: probe.tools(features[index]) for index in call_rows}
    return {
        "val_examples": len(records),
        "val_accuracy": sum(p == t for p, t in zip(predicted, calls)) / len(records),
        "val_calls_missed": sum(t and not p for p, t in zip(predicted, calls)),
        "val_replies_taken_as_calls": sum(p and not t for p, t in zip(predicted, calls)),
        "val_call_examples": len(call_rows),
        "val_tool_set_accuracy": sum(set(chosen[i]) == set(records[i]["tools"]) for i in call_rows) / max(1, len(call_rows)),
        "val_first_tool_accuracy": sum(chosen[i][0] in records[i]["tools"] for i in call_rows) / max(1, len(call_rows)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True, help="JSON Lines from assistant.training_corpus")
    parser.add_argument("--adapter", type=Path, default=None, help="adapter folder (default: the committed one)")
    parser.add_argument("--limit", type=int, default=1600)
    parser.add_argument("--val-fraction", type=float, default=0.25)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--features", type=Path, default=None, help="cache of the question features (.pt): read if present, else written")
    arguments = parser.parse_args(argv)
    import torch

    from assistant.llm import TransformersBackend, default_adapter_path
    from assistant.model_weights import DEFAULT_MODEL
    from assistant.training_corpus import read_jsonl
    from tools.registry import SPEC_TOOL_NAMES

    adapter = arguments.adapter or default_adapter_path(DEFAULT_MODEL)
    if adapter is None:
        raise SystemExit("routing_probe: no adapter to fit a probe for (--adapter DIR)")
    records = read_jsonl(arguments.corpus)[: arguments.limit]
    random.Random(arguments.seed).shuffle(records)
    backend = TransformersBackend(adapter=adapter, call_decoding=False)
    if arguments.features and arguments.features.exists():
        features = torch.load(arguments.features)
    else:
        features = corpus_features(backend, records)
        if arguments.features:
            torch.save(features, arguments.features)
    calls = torch.tensor([record["kind"] in CALL_KINDS for record in records])
    tool_names = [name for name in SPEC_TOOL_NAMES if any(name in record["tools"] for record in records)]

    def fitted(rows: slice) -> RoutingProbe:
        probe = fit(features[rows], calls[rows])
        call_rows = [index for index in range(len(records))[rows] if calls[index]]
        return fit_tools(probe, features[call_rows], [records[index]["tools"] for index in call_rows], tool_names)

    cut = int(len(records) * (1 - arguments.val_fraction))
    metrics = {"corpus": str(arguments.corpus), "train_examples": cut, "int8": backend.int8}
    metrics |= _metrics(fitted(slice(0, cut)), features[cut:], records[cut:])
    probe = fitted(slice(0, len(records)))  # the saved probes use every example
    path = probe.save(Path(adapter), metrics)
    print(json.dumps(metrics | {"saved": str(path)}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
