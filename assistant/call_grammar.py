"""The grammar of one tool call, for constrained decoding (xgrammar).

A call is ``{"name": <one SPEC §6 tool>, "arguments": <that tool's argument schema>}``,
spelt the way the corpus writes it (``json.dumps``: ", " and ": " separators). Under this
grammar the model cannot write a tool name outside the allow-list, an argument the tool
does not take, a string where a number belongs, or broken JSON; what it still chooses is
which tool and which values, and the agent validates and resolves those as before.

The schema comes from the tools' own pydantic argument models, so a new argument or tool
is in the grammar without touching this module.
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


class CallGrammar:
    """The compiled call grammars for one tokenizer: one for any tool, and one per tool
    (compiled when first asked for); each hands out a fresh matcher per call."""

    def __init__(self, tokenizer: Any, vocab_size: int, tool_names: list[str] | None = None) -> None:
        import xgrammar

        self._xgrammar = xgrammar
        info = xgrammar.TokenizerInfo.from_huggingface(tokenizer, vocab_size=vocab_size)
        self._compiler = xgrammar.GrammarCompiler(info)
        self.compiled = self._compile(tool_names)
        self._per_tool: dict[str, Any] = {}
        self.vocab_size = vocab_size

    def _compile(self, tool_names: list[str] | None) -> Any:
        return self._compiler.compile_json_schema(
            json.dumps(call_schema(tool_names)), any_whitespace=False, separators=SEPARATORS, strict_mode=True
        )

    def matcher(self, tool_name: str | None = None) -> Any:
        """A matcher that ends as soon as one call object is complete (no stop token needed);
        with ``tool_name``, a call of that tool only (its name is then forced text)."""
        compiled = self.compiled
        if tool_name is not None:
            if tool_name not in self._per_tool:
                self._per_tool[tool_name] = self._compile([tool_name])
            compiled = self._per_tool[tool_name]
        return self._xgrammar.GrammarMatcher(compiled, terminate_without_stop_token=True)

    def new_bitmask(self) -> Any:
        return self._xgrammar.allocate_token_bitmask(1, self.vocab_size)

    def mask_logits(self, matcher: Any, logits: Any, bitmask: Any) -> None:
        """Set every token the grammar forbids next to -inf (in place; ``logits`` is 1-D)."""
        matcher.fill_next_token_bitmask(bitmask)
        self._xgrammar.apply_token_bitmask_inplace(logits.unsqueeze(0), bitmask.to(logits.device))
