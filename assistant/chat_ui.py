"""The Chat tab: a buyer asks, the agent calls tools, the answer streams in.

Each tool call is shown as a collapsible box (``gr.ChatMessage`` metadata) with its
arguments and result, so every number in the answer can be traced. The agent is built
on first use: loading the local model takes a few seconds and the dashboard should not
wait for it.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

import gradio as gr

from assistant.agent import Agent
from assistant.i18n import label

logger = logging.getLogger(__name__)

EXAMPLES = [
    "Anything urgent today?",
    "How many soft close hinges have we got left?",
    "How are the ningbo guys doing on lead times?",
    "EOQ for 1200 units a year, order cost 40, unit cost 3.5, holding 25%?",
    "黄铜挂锁还有多少库存？",
    "下个月卷尺大概能卖多少？",
]
MAX_RESULT_CHARACTERS = 3000


class LazyAgent:
    """Builds the agent once, on the first question, from ``factory``."""

    def __init__(self, factory: Callable[[], Agent]) -> None:
        self._factory = factory
        self._agent: Agent | None = None
        self._lock = threading.Lock()

    def get(self) -> Agent:
        with self._lock:
            if self._agent is None:
                self._agent = self._factory()
            return self._agent


def tool_call_message(name: str, arguments: dict[str, Any], result: Any) -> gr.ChatMessage:
    """A collapsed box titled with the tool, holding its arguments and result."""
    body = json.dumps(result, ensure_ascii=False, indent=1, default=str)
    if len(body) > MAX_RESULT_CHARACTERS:
        body = body[:MAX_RESULT_CHARACTERS] + "\n…"
    shown_arguments = json.dumps(arguments, ensure_ascii=False, default=str)
    if len(shown_arguments) > 300:
        shown_arguments = shown_arguments[:300] + "…"
    return gr.ChatMessage(
        role="assistant",
        content=f"arguments: `{shown_arguments}`\n```json\n{body}\n```",
        metadata={"title": f"🔧 {name}", "status": "done"},
    )


def respond(agent: LazyAgent, question: str, history: list[Any]) -> Iterator[tuple[list[Any], str]]:
    """Stream one turn into the chat: the question, tool boxes, then the answer."""
    question = (question or "").strip()
    if not question:
        yield history, ""
        return
    history = [*history, gr.ChatMessage(role="user", content=question)]
    thinking = gr.ChatMessage(role="assistant", content="…", metadata={"title": "choosing tools", "status": "pending"})
    yield [*history, thinking], ""
    try:
        turn = agent.get().ask(question)
    except Exception as error:  # the buyer sees a message; the log keeps the traceback
        logger.exception("agent turn failed")
        yield [*history, gr.ChatMessage(role="assistant", content=f"Sorry, something went wrong: {error}")], ""
        return
    history += [tool_call_message(call.name, call.arguments, call.result) for call in turn.tool_calls]
    words = turn.answer.split(" ")
    for end in range(0, len(words), 6):
        yield [*history, gr.ChatMessage(role="assistant", content=" ".join(words[: end + 6]))], ""
    yield [*history, gr.ChatMessage(role="assistant", content=turn.answer)], ""


def build_chat_tab(agent: LazyAgent) -> None:
    """The Chat tab's components, inside an enclosing ``gr.Tab``."""
    chatbot = gr.Chatbot(
        label=label("chat_label"), height=520, elem_id="rp-chat", buttons=["copy"],
        placeholder=label("chat_placeholder"),
    )
    with gr.Row():
        box = gr.Textbox(show_label=False, placeholder=label("chat_question"), scale=8, elem_id="rp-question",
                         autofocus=True)
        send = gr.Button(label("chat_send"), variant="primary", scale=1, elem_id="rp-send")
    gr.Examples(EXAMPLES, inputs=box, label=label("chat_examples"))

    def run(question: str, history: list[Any]) -> Iterator[tuple[list[Any], str]]:
        yield from respond(agent, question, history)

    box.submit(run, inputs=[box, chatbot], outputs=[chatbot, box], api_visibility="private")
    send.click(run, inputs=[box, chatbot], outputs=[chatbot, box], api_visibility="private")
