"""Grammars of JSON answers, for constrained decoding (xgrammar).

``JsonGrammar`` compiles any JSON Schema for one tokenizer; the model decoded under it
cannot write broken JSON, a key the schema does not have, a string where a number belongs
or a value outside an enum. What it still chooses is the values, and the callers check
those (the agent resolves a call's arguments, the message extractor checks every value
against the message).

A tool call is ``{"name": <one SPEC §6 tool>, "arguments": <that tool's argument schema>}``,
spelt the way the corpus writes it (``json.dumps``: ", " and ": " separators). Its schema
comes from the tools' own pydantic argument models, so a new argument or tool is in the
grammar without touching this module.
"""

from __future__ import annotations

import json
from typing import Any

from tools.registry import SPEC_TOOL_NAMES, all_tools

SEPARATORS = (", ", ": ")


def call_schema(tool_names: list[str] | None = None) -> dict[str, Any]:
    """JSON Schema: one of the tools, with its own arguments (``$defs`` gathered at the top)."""
    tools = all_tools()
    definitions: dict[str, Any] = {}
    alternatives = []
    for name in tool_names or list(SPEC_TOOL_NAMES):
        arguments = dict(tools[name].arguments.model_json_schema())
        definitions.update(arguments.pop("$defs", {}))
        alternatives.append(
            {
                "type": "object",
                "properties": {"name": {"const": name}, "arguments": arguments},
                "required": ["name", "arguments"],
                "additionalProperties": False,
            }
        )
    schema: dict[str, Any] = {"anyOf": alternatives}
    if definitions:
        schema["$defs"] = definitions
    return schema


class JsonGrammar:
    """JSON Schemas compiled for one tokenizer (each once), with a fresh matcher per answer."""

    def __init__(self, tokenizer: Any, vocab_size: int) -> None:
        import xgrammar

        self._xgrammar = xgrammar
        info = xgrammar.TokenizerInfo.from_huggingface(tokenizer, vocab_size=vocab_size)
        self._compiler = xgrammar.GrammarCompiler(info)
        self._compiled: dict[str, Any] = {}
        self.vocab_size = vocab_size

    def compile(self, schema: dict[str, Any]) -> Any:
        """The compiled grammar of ``schema``, spelt like ``json.dumps`` (no other whitespace)."""
        key = json.dumps(schema, sort_keys=True)
        if key not in self._compiled:
            self._compiled[key] = self._compiler.compile_json_schema(
                json.dumps(schema), any_whitespace=False, separators=SEPARATORS, strict_mode=True
            )
        return self._compiled[key]

    def schema_matcher(self, schema: dict[str, Any]) -> Any:
        """A matcher that ends as soon as one object of ``schema`` is complete (no stop token needed)."""
        return self._xgrammar.GrammarMatcher(self.compile(schema), terminate_without_stop_token=True)

    def new_bitmask(self) -> Any:
        return self._xgrammar.allocate_token_bitmask(1, self.vocab_size)

    def mask_logits(self, matcher: Any, logits: Any, bitmask: Any) -> None:
        """Set every token the grammar forbids next to -inf (in place; ``logits`` is 1-D)."""
        matcher.fill_next_token_bitmask(bitmask)
        self._xgrammar.apply_token_bitmask_inplace(logits.unsqueeze(0), bitmask.to(logits.device))


class CallGrammar(JsonGrammar):
    """The call grammars: one for any tool, and one per tool (compiled when first asked for)."""

    def __init__(self, tokenizer: Any, vocab_size: int, tool_names: list[str] | None = None) -> None:
        super().__init__(tokenizer, vocab_size)
        self.tool_names = tool_names
        self.compiled = self.compile(call_schema(tool_names))

    def matcher(self, tool_name: str | None = None) -> Any:
        """A matcher for one call; with ``tool_name``, a call of that tool only (its name is
        then forced text)."""
        return self.schema_matcher(call_schema([tool_name] if tool_name is not None else self.tool_names))
