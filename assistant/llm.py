"""LLM backends behind one small interface: ``generate(messages) -> Generation``.

- ``TransformersBackend``: the default local model (SPEC §1), transformers + accelerate,
  GPU when present (bf16), CPU otherwise (fp32: bf16 is ~5x slower on these CPUs). The
  key/value cache of the fixed system prompt is computed once and reused every turn.
  The fine-tuned LoRA adapter in assistant/adapters/ is merged in when present.
- ``OpenAICompatibleBackend``: a model served centrally (vLLM, llama.cpp server) at
  ``--llm-url``; plain HTTP with httpx.
- ``ScriptedBackend``: replays canned outputs; for fast unit tests only.
"""

from __future__ import annotations

import copy
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from data.errors import UserInputError

Message = dict[str, str]
ADAPTERS = Path(__file__).resolve().parent / "adapters"


@dataclass
class Generation:
    """One model output with its cost."""

    text: str
    prompt_tokens: int = 0
    new_tokens: int = 0
    seconds: float = 0.0


class ChatBackend(Protocol):
    name: str

    def generate(self, messages: Sequence[Message], max_new_tokens: int = 160, stop: Sequence[str] = ()) -> Generation:
        """Greedy completion of ``messages``; stops after any of ``stop`` (kept in the text)."""
        ...


class LLMBackendError(UserInputError):
    """The configured model cannot be reached or loaded."""


def default_adapter_path(model_name: str) -> Path | None:
    """The committed LoRA adapter for ``model_name``, if there is one."""
    path = ADAPTERS / f"{model_name}-agent"
    return path if (path / "adapter_config.json").exists() else None


class TransformersBackend:
    """A local causal LM with its system-prompt KV cache reused across turns."""

    def __init__(self, model_name: str | None = None, adapter: Path | None | str = "default", threads: int | None = None) -> None:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        from assistant.model_weights import DEFAULT_MODEL, converted_model_path

        self.model_name = model_name or DEFAULT_MODEL
        path = converted_model_path(self.model_name)
        if threads:
            torch.set_num_threads(threads)
        self.device = "cuda" if torch.cuda.is_available() else "cpu"
        dtype = torch.bfloat16 if self.device == "cuda" else torch.float32
        started = time.perf_counter()
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        model = AutoModelForCausalLM.from_pretrained(
            path, dtype=dtype, device_map="auto" if self.device == "cuda" else None
        )
        adapter_path = default_adapter_path(self.model_name) if adapter == "default" else adapter
        self.adapter = Path(adapter_path) if adapter_path else None
        if self.adapter is not None:
            from peft import PeftModel

            model = PeftModel.from_pretrained(model, str(self.adapter)).merge_and_unload()
        self.model = model.eval()
        self.load_seconds = time.perf_counter() - started
        self.name = f"{self.model_name}{'+lora' if self.adapter else ''} ({self.device})"
        self._torch = torch
        self._prefix_key: tuple[int, ...] | None = None
        self._prefix_cache: Any = None

    def _prompt_ids(self, messages: Sequence[Message]) -> list[int]:
        return list(self.tokenizer.apply_chat_template(list(messages), add_generation_prompt=True, tokenize=True, return_dict=True)["input_ids"])

    def _cached_prefix(self, messages: Sequence[Message], ids: list[int]) -> tuple[int, Any]:
        """Length and KV cache of the system message, computed once per system prompt."""
        if not messages or messages[0]["role"] != "system":
            return 0, None
        prefix = list(self.tokenizer.apply_chat_template([messages[0]], tokenize=True, return_dict=True)["input_ids"])
        if ids[: len(prefix)] != prefix:
            return 0, None
        key = tuple(prefix)
        if key != self._prefix_key:
            from transformers import DynamicCache

            cache = DynamicCache()
            with self._torch.no_grad():
                self.model(input_ids=self._torch.tensor([prefix], device=self.model.device), past_key_values=cache, use_cache=True)
            self._prefix_key, self._prefix_cache = key, cache
        return len(prefix), self._prefix_cache

    def generate(self, messages: Sequence[Message], max_new_tokens: int = 160, stop: Sequence[str] = ()) -> Generation:
        torch = self._torch
        started = time.perf_counter()
        ids = self._prompt_ids(messages)
        prefix_length, prefix_cache = self._cached_prefix(messages, ids)
        input_ids = torch.tensor([ids], device=self.model.device)
        options: dict[str, Any] = {"max_new_tokens": max_new_tokens, "do_sample": False, "pad_token_id": self.tokenizer.eos_token_id}
        if stop:
            options.update(stop_strings=list(stop), tokenizer=self.tokenizer)
        if prefix_cache is not None and prefix_length < len(ids):
            options["past_key_values"] = copy.deepcopy(prefix_cache)
        with torch.no_grad():
            output = self.model.generate(input_ids=input_ids, attention_mask=torch.ones_like(input_ids), **options)
        new = output[0, len(ids) :]
        text = self.tokenizer.decode(new, skip_special_tokens=True)
        return Generation(text=text, prompt_tokens=len(ids), new_tokens=int(new.shape[0]), seconds=time.perf_counter() - started)


class OpenAICompatibleBackend:
    """A chat-completions endpoint (vLLM, llama.cpp server, ...) at ``base_url``."""

    def __init__(self, base_url: str, model: str | None = None, timeout_seconds: float = 60.0) -> None:
        import httpx

        self.base_url = base_url.rstrip("/")
        if not self.base_url.endswith("/v1"):
            self.base_url += "/v1"
        self.model = model or os.environ.get("REPLENISH_LLM_MODEL", "default")
        key = os.environ.get("REPLENISH_LLM_API_KEY")
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        self.client = httpx.Client(timeout=timeout_seconds, headers=headers)
        self.name = f"{self.model} @ {self.base_url}"

    def generate(self, messages: Sequence[Message], max_new_tokens: int = 160, stop: Sequence[str] = ()) -> Generation:
        import httpx

        started = time.perf_counter()
        body: dict[str, Any] = {"model": self.model, "messages": list(messages), "temperature": 0, "max_tokens": max_new_tokens}
        try:
            response = self.client.post(f"{self.base_url}/chat/completions", json=body)
            response.raise_for_status()
            payload = response.json()
        except (httpx.HTTPError, ValueError) as error:
            raise LLMBackendError(f"--llm-url {self.base_url}: {error}") from None
        choice = payload["choices"][0]["message"]
        text = choice.get("content") or ""
        for call in choice.get("tool_calls") or []:  # servers that return structured calls
            function = call.get("function", {})
            text += f'\n<tool_call>{{"name": "{function.get("name")}", "arguments": {function.get("arguments") or "{}"}}}</tool_call>'
        usage = payload.get("usage", {})
        return Generation(text, usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0), time.perf_counter() - started)


class ScriptedBackend:
    """Replays outputs in order (or computes them from the messages): unit tests only."""

    name = "scripted"

    def __init__(self, outputs: Sequence[str] | Callable[[Sequence[Message]], str]) -> None:
        self.outputs = outputs
        self.calls: list[list[Message]] = []

    def generate(self, messages: Sequence[Message], max_new_tokens: int = 160, stop: Sequence[str] = ()) -> Generation:
        self.calls.append([dict(message) for message in messages])
        if callable(self.outputs):
            text = self.outputs(messages)
        else:
            index = min(len(self.calls) - 1, len(self.outputs) - 1)
            text = self.outputs[index] if self.outputs else ""
        for marker in stop:
            if marker in text:
                text = text[: text.index(marker) + len(marker)]
        return Generation(text=text, new_tokens=len(text.split()))


def make_backend(model: str | None = None, llm_url: str | None = None) -> ChatBackend:
    """The backend chosen by ``--model`` / ``--llm-url`` (env REPLENISH_LLM_URL)."""
    llm_url = llm_url or os.environ.get("REPLENISH_LLM_URL")
    if llm_url:
        return OpenAICompatibleBackend(llm_url, model)
    return TransformersBackend(model)
