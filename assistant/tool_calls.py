"""Reading tool calls out of model text.

Qwen2.5 writes ``<tool_call>{"name": ..., "arguments": {...}}</tool_call>``; the base
model sometimes writes a fenced ```json block or a bare JSON object instead. All three
spellings are accepted; anything that looks like a call but does not parse is reported
so the agent can send a corrective message.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

TAGGED_CALL = re.compile(r"<tool_call>\s*(.*?)\s*(?:</tool_call>|$)", re.DOTALL)
FENCED_BLOCK = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL)


@dataclass
class ToolCallRequest:
    """One call the model asked for, before validation."""

    name: str
    arguments: dict[str, Any]


@dataclass
class ParsedOutput:
    """The calls found in a model output, the remaining prose, and parse problems."""

    calls: list[ToolCallRequest] = field(default_factory=list)
    text: str = ""
    problems: list[str] = field(default_factory=list)


def _call_from_json(raw: str) -> ToolCallRequest | str:
    """A call from one JSON text, or a description of what is wrong with it."""
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as error:
        return f"tool call is not valid JSON ({error.msg} at character {error.pos}): {raw[:120]!r}"
    if not isinstance(value, dict) or not isinstance(value.get("name"), str):
        return f'tool call must be an object with "name" and "arguments": {raw[:120]!r}'
    arguments = value.get("arguments", value.get("parameters", {}))
    if isinstance(arguments, str):  # some servers send arguments as a JSON string
        try:
            arguments = json.loads(arguments) if arguments.strip() else {}
        except json.JSONDecodeError:
            return f"arguments of {value['name']!r} are not a JSON object: {arguments[:120]!r}"
    if not isinstance(arguments, dict):
        return f"arguments of {value['name']!r} must be a JSON object"
    return ToolCallRequest(name=value["name"], arguments=arguments)


def _bare_json_objects(text: str) -> list[str]:
    """Consecutive bare JSON objects (``{...}\n{...}``), each as its own text.

    The fine-tuned 0.5B model sometimes wraps its calls in a special token that decoding
    drops, which leaves several calls back to back. Whatever cannot be split is returned
    whole, so that its parse error reaches the corrective message.
    """
    decoder = json.JSONDecoder()
    objects, position = [], 0
    while position < len(text):
        try:
            _, end = decoder.raw_decode(text, position)
        except json.JSONDecodeError:
            return [text] if not objects else objects + [text[position:]]
        objects.append(text[position:end])
        position = end
        while position < len(text) and text[position].isspace():
            position += 1
    return objects


def parse_model_output(output: str) -> ParsedOutput:
    """Split a model output into tool calls and prose."""
    parsed = ParsedOutput()
    blocks = TAGGED_CALL.findall(output)
    remaining = TAGGED_CALL.sub("", output)
    if not blocks:
        fenced = [block for block in FENCED_BLOCK.findall(output) if '"name"' in block]
        if fenced:
            blocks = fenced
            remaining = FENCED_BLOCK.sub("", output)
        elif output.strip().startswith("{") and '"name"' in output:
            blocks, remaining = _bare_json_objects(output.strip()), ""
    for block in blocks:
        call = _call_from_json(block)
        if isinstance(call, str):
            parsed.problems.append(call)
        else:
            parsed.calls.append(call)
    parsed.text = remaining.strip()
    return parsed


def render_tool_call(call: ToolCallRequest) -> str:
    """The canonical spelling the fine-tuned model is trained on."""
    payload = json.dumps({"name": call.name, "arguments": call.arguments}, ensure_ascii=False)
    return f"<tool_call>{payload}</tool_call>"
