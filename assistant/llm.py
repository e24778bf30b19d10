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
from typing import TYPE_CHECKING, Any, Protocol

from data.errors import UserInputError

if TYPE_CHECKING:
    from assistant.routing_probe import RoutingProbe

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
    fine_tuned: bool  # trained on our tool-call format: needs only the one-line system prompt

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

    def __init__(
        self,
        model_name: str | None = None,
        adapter: Path | None | str = "default",
        threads: int | None = None,
        tool_schemas: list[dict[str, Any]] | None = None,
        int8: bool | None = None,
        call_decoding: bool = True,
    ) -> None:
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
        self.fine_tuned = self.adapter is not None
        self.int8 = self.device == "cpu" and (int8 if int8 is not None else os.environ.get("REPLENISH_LLM_INT8", "1") != "0")
        if self.int8:
            model = quantize_int8(model)
        self.model = model.eval()
        self.load_seconds = time.perf_counter() - started
        self.name = f"{self.model_name}{'+lora' if self.adapter else ''} ({self.device}{', int8' if self.int8 else ''})"
        self.tool_schemas = tool_schemas  # rendered by the model's own chat template when given
        self._torch = torch
        self._prefix_key: tuple[int, ...] | None = None
        self._prefix_cache: Any = None
        self._json_grammar: Any = None
        self.call_decoder: CallDecoder | None = None
        if call_decoding and self.adapter is not None:
            from assistant.call_grammar import CallGrammar
            from assistant.routing_probe import RoutingProbe

            probe = RoutingProbe.load(self.adapter)
            if probe is not None:
                grammar = CallGrammar(self.tokenizer, vocab_size=model.config.vocab_size)
                self.call_decoder = CallDecoder(self, grammar, probe, router=probe if probe.tool_names else None)

    def _render(self, messages: Sequence[Message], add_generation_prompt: bool) -> list[int]:
        encoded = self.tokenizer.apply_chat_template(
            list(messages), tools=self.tool_schemas, add_generation_prompt=add_generation_prompt, tokenize=True, return_dict=True
        )
        return list(encoded["input_ids"])

    def _prompt_ids(self, messages: Sequence[Message], prefix: str = "") -> list[int]:
        ids = self._render(messages, add_generation_prompt=True)
        if prefix:
            ids += self.tokenizer(prefix, add_special_tokens=False)["input_ids"]
        return ids

    def _cached_prefix(self, messages: Sequence[Message], ids: list[int]) -> tuple[int, Any]:
        """How many of ``ids`` a kept key/value cache already holds, and that cache (which may
        hold more: crop a copy to the length).

        The system message is computed once and kept. A system message that differs from the
        kept one only towards its end (the extraction prompt's received date) reuses the part
        they share; one that shares less than half is computed and kept instead.
        """
        if not messages or messages[0]["role"] != "system":
            return 0, None
        prefix = self._render([messages[0]], add_generation_prompt=False)
        if ids[: len(prefix)] != prefix:
            return 0, None
        kept = self._prefix_key or ()
        shared = next((i for i, (a, b) in enumerate(zip(kept, prefix)) if a != b), min(len(kept), len(prefix)))
        if shared * 2 < len(prefix):
            from transformers import DynamicCache

            cache = DynamicCache()
            with self._torch.no_grad():
                self.model(input_ids=self._torch.tensor([prefix], device=self.model.device), past_key_values=cache, use_cache=True)
            self._prefix_key, self._prefix_cache = tuple(prefix), cache
            shared = len(prefix)
        return shared, self._prefix_cache

    def _prompt_state(self, messages: Sequence[Message], prefix: str = "") -> tuple[list[int], Any, list[int]]:
        """Prompt ids, a key/value cache to extend (a copy of the kept system prompt's, or
        empty) and the ids still to feed into it."""
        from transformers import DynamicCache

        ids = self._prompt_ids(messages, prefix)
        shared, kept_cache = self._cached_prefix(messages, ids)
        if kept_cache is not None and shared < len(ids):
            cache = copy.deepcopy(kept_cache)
            if cache.get_seq_length() > shared:
                cache.crop(shared - cache.get_seq_length())  # transformers crops by a negative count
            return ids, cache, ids[shared:]
        return ids, DynamicCache(), ids

    def next_logits(self, tokens: list[int], cache: Any, hidden_states: bool = False) -> tuple[Any, Any]:
        """Feed ``tokens`` into ``cache``; the next-token logits (float, 1-D) and, when asked,
        every layer's hidden states (else None). Only the last position goes through the head."""
        torch = self._torch
        with torch.no_grad():
            output = self.model.model(
                input_ids=torch.tensor([tokens], device=self.model.device), past_key_values=cache, use_cache=True,
                output_hidden_states=hidden_states,
            )
            return self.model.lm_head(output.last_hidden_state[0, -1][None])[0].float(), output.hidden_states

    def generate_json(self, messages: Sequence[Message], schema: dict[str, Any], max_new_tokens: int = 320) -> Generation:
        """One JSON object of ``schema``, decoded greedily under its grammar (xgrammar): the
        answer is always well-formed and has exactly the schema's keys, in its order."""
        started = time.perf_counter()
        if self._json_grammar is None:
            from assistant.call_grammar import JsonGrammar

            self._json_grammar = JsonGrammar(self.tokenizer, vocab_size=self.model.config.vocab_size)
        ids, cache, tail = self._prompt_state(messages)
        logits = self.next_logits(tail, cache)[0]
        matcher = self._json_grammar.schema_matcher(schema)
        tokens, _ = decode_under_grammar(self, self._json_grammar, matcher, logits, cache, max_new_tokens)
        text = self.tokenizer.decode(tokens)
        return Generation(text=text, prompt_tokens=len(ids), new_tokens=len(tokens), seconds=time.perf_counter() - started)

    def score_starts(self, messages: Sequence[Message], starts: Sequence[str]) -> list[float]:
        """Log-probability of each text in ``starts`` as the beginning of the model's reply.

        One forward pass of the prompt (its system part from the cache) and one batched
        pass over the candidates: this is how a tool is chosen by the model's own
        likelihood instead of by free generation (constrained decoding of the tool name).
        """
        torch = self._torch
        ids, cache, tail = self._prompt_state(messages)
        with torch.no_grad():
            output = self.model(input_ids=torch.tensor([tail], device=self.model.device), past_key_values=cache, use_cache=True)
            first_logits = torch.log_softmax(output.logits[0, -1].float(), dim=-1)
            encoded = [self.tokenizer(start, add_special_tokens=False)["input_ids"] for start in starts]
            width = max(len(tokens) for tokens in encoded)
            pad = self.tokenizer.eos_token_id
            batch = torch.tensor([tokens + [pad] * (width - len(tokens)) for tokens in encoded], device=self.model.device)
            cache.batch_repeat_interleave(len(starts))
            prompt_mask = torch.ones(len(starts), len(ids), device=self.model.device, dtype=torch.long)
            candidate_mask = (torch.arange(width, device=self.model.device)[None, :] < torch.tensor([len(t) for t in encoded], device=self.model.device)[:, None]).long()
            logits = self.model(
                input_ids=batch, past_key_values=cache, attention_mask=torch.cat([prompt_mask, candidate_mask], dim=1), use_cache=True
            ).logits.float()
            log_probs = torch.log_softmax(logits, dim=-1)
        return [sequence_log_probability(first_logits, log_probs[row], tokens) for row, tokens in enumerate(encoded)]

    def generate(
        self, messages: Sequence[Message], max_new_tokens: int = 160, stop: Sequence[str] = (), prefix: str = ""
    ) -> Generation:
        """Greedy completion; ``prefix`` forces the reply's first characters (returned with it)."""
        torch = self._torch
        started = time.perf_counter()
        ids, cache, tail = self._prompt_state(messages, prefix)
        input_ids = torch.tensor([ids], device=self.model.device)
        options: dict[str, Any] = {"max_new_tokens": max_new_tokens, "do_sample": False, "pad_token_id": self.tokenizer.eos_token_id}
        if stop:
            options.update(stop_strings=list(stop), tokenizer=self.tokenizer)
        if len(tail) < len(ids):
            options["past_key_values"] = cache
        with torch.no_grad():
            output = self.model.generate(input_ids=input_ids, attention_mask=torch.ones_like(input_ids), **options)
        new = output[0, len(ids) :]
        text = prefix + self.tokenizer.decode(new, skip_special_tokens=True)
        return Generation(text=text, prompt_tokens=len(ids), new_tokens=int(new.shape[0]), seconds=time.perf_counter() - started)


def sequence_log_probability(first_log_probs: Any, following_log_probs: Any, tokens: list[int]) -> float:
    """Log-probability of ``tokens`` as a continuation: ``first_log_probs`` are the next-token
    log-probabilities before it, ``following_log_probs[i]`` those after its token ``i``."""
    return float(first_log_probs[tokens[0]]) + sum(float(following_log_probs[i - 1, tokens[i]]) for i in range(1, len(tokens)))


def quantize_int8(model: Any) -> Any:
    """Linear layers as int8 with one scale per output channel, activations quantized on the fly.

    On CPU a decoding step is bound by reading the weights: int8 reads a quarter of fp32's
    bytes (0.29 → 0.12 s per step of the 0.5B model on the loaded 2-core VM; whole turns in
    benchmarks/agent_latency.py).
    Per-channel scales keep the small model's outputs (per-tensor scales visibly did not).
    """
    import warnings

    import torch
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    with warnings.catch_warnings():  # torch.ao's notice that this API moves to torchao
        warnings.simplefilter("ignore")
        return quantize_dynamic(model, {torch.nn.Linear: per_channel_dynamic_qconfig}, dtype=torch.qint8, inplace=True)


def decode_under_grammar(
    backend: "TransformersBackend", grammar: Any, matcher: Any, logits: Any, cache: Any, max_new_tokens: int,
    stop: Sequence[str] = (), bitmask: Any = None,
) -> tuple[list[int], Any]:
    """Greedy decoding under ``matcher``'s grammar from next-token ``logits`` after ``cache``,
    until the grammar's object is complete, ``max_new_tokens`` or one of ``stop`` is written.

    Text the grammar allows in one way only (a key, ``", "``) is fed in one pass
    (jump-forward) instead of token by token. Returns the tokens and the next-token logits
    after them (not computed when a ``stop`` marker ended it).
    """
    tokenizer = backend.tokenizer
    bitmask = bitmask if bitmask is not None else grammar.new_bitmask()
    produced: list[int] = []
    while not matcher.is_terminated() and len(produced) < max_new_tokens:
        grammar.mask_logits(matcher, logits, bitmask)
        forced = [int(logits.argmax())]
        matcher.accept_token(forced[0])
        jump = matcher.find_jump_forward_string()
        if jump:
            # minus its last token: the model may merge those characters with the next ones
            # (' {"' rather than ' {' then '"'), and a split it never saw in training would
            # push it off course
            jump_tokens = tokenizer(jump, add_special_tokens=False)["input_ids"][:-1]
            accepted = 0
            while accepted < len(jump_tokens) and matcher.accept_token(jump_tokens[accepted]):
                accepted += 1
            if accepted == len(jump_tokens):
                forced += jump_tokens
            elif accepted:
                matcher.rollback(accepted)  # its tokens split differently: decode them one by one
        produced += forced
        if stop and any(marker in tokenizer.decode(produced) for marker in stop):
            break
        logits = backend.next_logits(forced, cache)[0]
    return produced, logits


class CallDecoder:
    """Constrained decoding of a turn's tool calls on a local model (fine-tuned format).

    1. One pass over the prompt gives the question's features (the mean of a middle
       layer's hidden states, assistant/routing_probe.py ``question_features``);
       ``decide_call`` (the routing probe of the adapter) says call or reply. The
       adapter's own ``<tool_call>`` output row is too weak to decide this by greedy
       choice: its logit is low on every prompt, so the first token is close to noise.
       ``router`` (the same probe's tool probes) says which tools the turn calls.
    2. A reply is decoded greedily, ``<tool_call>`` excluded.
    3. A call starts with ``<tool_call>`` (forced); its JSON is decoded under the call
       grammar (assistant/call_grammar.py), text the grammar forces is fed in one pass
       (jump-forward); then the model closes the call with the token it prefers
       (``</tool_call>`` as trained, or ``<|im_start|>``, which this adapter writes in its
       place) and chooses between a line break (another call) and the end of its turn.
       With ``router``, each call is of one of the chosen tools, the one the model finds
       likeliest among those not called yet (so the model sets their order), and the turn
       goes on until each has been called. When the model goes on after that, the call is
       of the router's next tool if it has one (``another_tool``: a further step of the
       request the 0.5 cut missed), else of a tool already called (the model's choice: the
       same question for a second product).
    The output is spelt like the corpus (``<tool_call>{...}</tool_call>`` per line), so the
    agent reads it with the same parser as any other backend's.
    """

    def __init__(
        self,
        backend: "TransformersBackend",
        grammar: Any,
        decide_call: Callable[[Any], bool],
        router: "RoutingProbe | None" = None,
        max_calls: int = 4,
    ) -> None:
        self.backend = backend
        self.grammar = grammar
        self.decide_call = decide_call
        self.router = router
        self.max_calls = max_calls
        tokenizer = backend.tokenizer
        self.call_open = tokenizer.convert_tokens_to_ids("<tool_call>")
        self.call_close = tokenizer.convert_tokens_to_ids("</tool_call>")
        self.newline = tokenizer("\n", add_special_tokens=False)["input_ids"][0]
        self.end_ids = {tokenizer.convert_tokens_to_ids(t) for t in ("<|im_end|>", "<|endoftext|>")}
        self.end_of_turn = tokenizer.convert_tokens_to_ids("<|im_end|>")
        self.closers = [self.call_close, tokenizer.convert_tokens_to_ids("<|im_start|>")]
        self.openers = [self.call_open, tokenizer.convert_tokens_to_ids("<|im_start|>")]

    @staticmethod
    def _preferred(logits: Any, tokens: list[int]) -> int:
        return max(tokens, key=lambda token: float(logits[token]))

    def _step(self, tokens: list[int], cache: Any) -> Any:
        """Feed ``tokens``; the next-token logits (float, 1-D)."""
        return self.backend.next_logits(tokens, cache)[0]

    def _likeliest(self, tool_names: list[str], logits: Any, cache: Any) -> str:
        """The tool whose call the model finds likeliest to begin here (its log-probability
        of ``{"name": "<tool>"``); ``logits`` are the next-token logits after ``cache``."""
        if len(tool_names) == 1:
            return tool_names[0]
        torch = self.backend._torch
        model = self.backend.model
        first = torch.log_softmax(logits, dim=-1)
        scores = {}
        for name in tool_names:
            tokens = self.backend.tokenizer(f'{{"name": "{name}"', add_special_tokens=False)["input_ids"]
            with torch.no_grad():
                following = model(input_ids=torch.tensor([tokens[:-1]], device=model.device), past_key_values=cache, use_cache=True).logits[0]
            cache.crop(-(len(tokens) - 1))  # back to where the call starts
            scores[name] = sequence_log_probability(first, torch.log_softmax(following.float(), dim=-1), tokens)
        return max(tool_names, key=scores.__getitem__)

    def start(self, messages: Sequence[Message]) -> tuple[list[int], Any, Any, Any]:
        """Prompt ids, the key/value cache after them, the question's features (for the
        probes) and the next-token logits."""
        from assistant.routing_probe import question_features

        ids, cache, tail = self.backend._prompt_state(messages)
        logits, hidden_states = self.backend.next_logits(tail, cache, hidden_states=True)
        return ids, cache, question_features(hidden_states), logits

    def generate(self, messages: Sequence[Message], max_new_tokens: int = 160, stop: Sequence[str] = ()) -> Generation:
        tokenizer = self.backend.tokenizer
        started = time.perf_counter()
        ids, cache, features, logits = self.start(messages)
        produced: list[int] = []
        if not self.decide_call(features):
            logits[self.call_open] = -float("inf")
            while len(produced) < max_new_tokens:
                token = int(logits.argmax())
                if token in self.end_ids:
                    break
                produced.append(token)
                logits = self._step([token], cache)
            text = tokenizer.decode(produced, skip_special_tokens=True)
            return Generation(text, len(ids), len(produced), time.perf_counter() - started)
        bitmask = self.grammar.new_bitmask()
        calls: list[str] = []
        not_called = self.router.tools(features) if self.router else []
        called: list[str] = []
        pending = [self.call_open]
        for _ in range(self.max_calls):
            logits = self._step(pending, cache)
            produced += pending
            tool_name = None
            if self.router and (not_called or called):
                if not not_called:  # the model goes on after the chosen tools
                    another = self.router.another_tool(features, called)
                    not_called = [another] if another else []
                tool_name = self._likeliest(not_called or list(dict.fromkeys(called)), logits, cache)
                if tool_name in not_called:
                    not_called.remove(tool_name)
                called.append(tool_name)
            matcher = self.grammar.matcher(tool_name)
            call_tokens, logits = decode_under_grammar(
                self.backend, self.grammar, matcher, logits, cache, max_new_tokens - len(produced), stop, bitmask
            )
            produced += call_tokens
            calls.append(tokenizer.decode(call_tokens))
            if not matcher.is_terminated() or len(produced) >= max_new_tokens:
                break  # a stop marker (the parser's name) or the token budget
            # The model's own closing and opening tokens between calls: ``</tool_call>`` as
            # trained, or ``<|im_start|>``, which the adapter writes in its place.
            closer = self._preferred(logits, self.closers)
            logits = self._step([closer], cache)
            produced.append(closer)
            if not not_called and logits[self.newline] <= logits[self.end_of_turn]:
                break
            logits = self._step([self.newline], cache)
            produced.append(self.newline)
            pending = [self._preferred(logits, self.openers)]
        text = "\n".join(f"<tool_call>{call}</tool_call>" if call.endswith("}") else f"<tool_call>{call}" for call in calls)
        return Generation(text, len(ids), len(produced), time.perf_counter() - started)


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
        self.fine_tuned = os.environ.get("REPLENISH_LLM_FINE_TUNED") == "1"

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
    fine_tuned = False

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
