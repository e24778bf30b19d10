"""The one registry of tools used by the agent, the UI, the CLI and the tests.

A tool is a plain function ``f(args: ArgsModel, context: ToolContext) -> dict``.
Arguments are validated by the tool's pydantic model; results are JSON-ready dicts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError
from sqlalchemy import Engine

from data.errors import UserInputError


# The tools of SPEC §6, in its order: the only names the agent may ever call.
SPEC_TOOL_NAMES: tuple[str, ...] = (
    "inventory_status",
    "forecast_demand",
    "recommend_order",
    "compute_eoq",
    "reorder_point",
    "newsvendor",
    "simulate_policy",
    "list_alerts",
    "draft_purchase_order",
    "supplier_performance",
    "parse_supplier_message",
)


class ToolArguments(BaseModel):
    """Base for tool argument models: unknown arguments are an error, not ignored."""

    model_config = ConfigDict(extra="forbid")


@dataclass(frozen=True)
class ToolContext:
    """What a tool may use besides its arguments: the store and the planning date."""

    engine: Engine | None
    today: dt.date

    def require_engine(self) -> Engine:
        if self.engine is None:
            raise UserInputError("this tool needs a store (--db)")
        return self.engine


ToolFunction = Callable[[Any, ToolContext], Any]


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    arguments: type[ToolArguments]
    function: ToolFunction

    def json_schema(self) -> dict[str, Any]:
        """OpenAI/Qwen function-calling schema for this tool."""
        parameters = self.arguments.model_json_schema()
        parameters.pop("title", None)
        return {
            "type": "function",
            "function": {"name": self.name, "description": self.description, "parameters": parameters},
        }


class ToolError(UserInputError):
    """Unknown tool, or arguments that do not fit the tool's schema."""


_REGISTRY: dict[str, Tool] = {}


def register(name: str, arguments: type[ToolArguments]) -> Callable[[ToolFunction], ToolFunction]:
    """Decorator: register ``function`` as tool ``name``; the docstring is its description."""

    def decorate(function: ToolFunction) -> ToolFunction:
        if name in _REGISTRY:
            raise RuntimeError(f"tool {name!r} registered twice")
        description = " ".join((function.__doc__ or "").split())
        _REGISTRY[name] = Tool(name, description, arguments, function)
        return function

    return decorate


# Tools that live downstream of tools/ (the message parser is in assistant/): imported
# lazily here so that tools/ never imports assistant/ at import time.
DOWNSTREAM_TOOL_MODULES: tuple[str, ...] = ("assistant.message_parser",)


def all_tools() -> dict[str, Tool]:
    """Every registered tool, by name (importing ``tools`` registers them)."""
    import importlib

    import tools.catalog  # noqa: F401  (registers the tools)

    for module in DOWNSTREAM_TOOL_MODULES:
        importlib.import_module(module)
    return dict(_REGISTRY)


def get_tool(name: str) -> Tool:
    tools = all_tools()
    if name not in tools:
        known = ", ".join(sorted(tools))
        raise ToolError(f"unknown tool {name!r}; known tools: {known}")
    return tools[name]


def format_validation_error(tool_name: str, error: ValidationError) -> str:
    problems = []
    for item in error.errors():
        location = ".".join(str(part) for part in item["loc"]) or "(arguments)"
        message = "unknown argument" if item["type"] == "extra_forbidden" else item["msg"]
        problems.append(f"{location}: {message}")
    return f"tool {tool_name!r}: invalid arguments: " + "; ".join(problems)


def call_tool(name: str, arguments: dict[str, Any] | None, context: ToolContext) -> Any:
    """Validate ``arguments`` against the tool's schema, run it, return its JSON result."""
    tool = get_tool(name)
    if arguments is not None and not isinstance(arguments, dict):
        raise ToolError(f"tool {name!r}: arguments must be a JSON object")
    try:
        parsed = tool.arguments.model_validate(arguments or {})
    except ValidationError as error:
        raise ToolError(format_validation_error(name, error)) from None
    return tool.function(parsed, context)
