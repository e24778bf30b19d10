"""Load test: N buyers at once against the running UI, over real HTTP, then an audit of the store.

Starts the app on loopback (a fresh copy of the demo store, behind a login as with
``replenish serve --auth``, the Chat tab on a scripted agent so no model is loaded) and
drives ``--sessions`` simultaneous browser sessions with plain httpx, speaking Gradio's
own queue protocol (``POST /gradio_api/queue/join`` + the SSE stream of
``/gradio_api/queue/data``) — the events are ``api_visibility="private"``, so
gradio_client cannot see them, but a browser and this script reach them the same way.

Each session: logs in; asks ``--turns`` chat questions; opens its own draft PO in the
Orders tab and approves it under its own name; pastes a delay notice for one open PO
into the Inbox, opens it and confirms it; then races every other session to approve one
shared draft and to confirm one shared pending message (exactly one may win each; the
others must get a refusal, not an error).

Afterwards the store is checked directly: every decision present exactly once (status,
decider, one audit row), the contested ones decided once, ``on_order`` grown by exactly
the approved quantities (no lost update). Prints a table: sessions, requests, errors,
p50/p95 seconds per kind, decisions expected/found. Exits 1 on any error or mismatch.

    .venv/bin/python benchmarks/ui_load.py [--sessions 10] [--turns 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import secrets
import shutil
import socket
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

import httpx
import numpy as np
from rich.console import Console
from rich.table import Table

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

TODAY = dt.date(2026, 11, 23)
OPEN_POS = ["PO-2026-0118", "PO-2026-0124", "PO-2026-0131", "PO-2026-0134", "PO-2026-0144",
            "PO-2026-0146", "PO-2026-0147", "PO-2026-0148", "PO-2026-0149", "PO-2026-0150"]
QUESTIONS = ["how many brass padlocks do we have?", "stock of BRK-1042?", "黄铜挂锁还有多少库存？"]


# --------------------------------------------------------------------------------------
# The app under test
# --------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def scripted_agent(engine: Any) -> Any:
    from assistant.agent import Agent
    from assistant.llm import ScriptedBackend
    from tools.registry import ToolContext

    call = {"name": "inventory_status", "arguments": {"sku": "brk1042"}}
    return Agent(ScriptedBackend([f"<tool_call>{json.dumps(call)}</tool_call>"]), ToolContext(engine, TODAY))


def prepare_store(directory: Path, drafts: int) -> tuple[Any, list[str], str, int]:
    """Demo store + ``drafts`` single-sku draft POs + one contested draft + one contested message."""
    from sqlalchemy import select

    from data.demo import load_demo
    from data.schema import Item
    from data.store import open_store, session_scope
    from tools import supplier_messages as sm
    from tools.registry import ToolContext, call_tool

    engine = open_store(f"sqlite:///{directory / 'store.db'}")
    load_demo(engine)
    with session_scope(engine) as session:
        skus = list(session.execute(select(Item.sku).order_by(Item.sku)).scalars())
    context = ToolContext(engine, TODAY)
    po_ids = [call_tool("draft_purchase_order", {"skus": [sku]}, context)["po_id"] for sku in skus[: drafts + 1]]
    contested_message = sm.record_message(
        engine, {"message_type": "delay_notice", "supplier": None, "po_number": OPEN_POS[0], "lines": [],
                 "ship_date": None, "delivery_date": "2027-02-01", "delay_days": None,
                 "minimum_order_quantity": None, "confidence": 0.9, "warnings": []},
        f"{OPEN_POS[0]} is delayed, new delivery 2027-02-01", received_at=TODAY)
    return engine, po_ids[:-1], po_ids[-1], contested_message


# --------------------------------------------------------------------------------------
# A browser session, over HTTP
# --------------------------------------------------------------------------------------
class GradioSession:
    """One browser tab: a cookie jar (the login) and a session hash (the server-side state)."""

    def __init__(self, base: str, config: dict[str, Any], auth: tuple[str, str]) -> None:
        self.base = base
        self.client = httpx.Client(base_url=base, timeout=120)
        self.session_hash = uuid.uuid4().hex[:11]
        response = self.client.post("/login", data={"username": auth[0], "password": auth[1]})
        response.raise_for_status()
        self.components = {c["id"]: c for c in config["components"]}
        self.by_elem = {c.get("props", {}).get("elem_id"): c["id"] for c in config["components"]}
        self.dependencies = config["dependencies"]
        self.record: Recorder | None = None  # times the .then chains apart from the event itself

    def close(self) -> None:
        self.client.close()

    def _dependency(self, elem_id: str, trigger: str) -> tuple[int, int]:
        target = self.by_elem[elem_id]
        for dependency in self.dependencies:
            if [target, trigger] in [list(t) for t in dependency["targets"]]:
                return dependency["id"], target
        raise KeyError(f"no {trigger} event on #{elem_id}")

    def call(self, elem_id: str, trigger: str, data: list[Any], values: dict[str, Any] | None = None) -> list[Any]:
        """Trigger one event as the browser does, then its ``.then`` chain; the event's outputs."""
        fn_index, trigger_id = self._dependency(elem_id, trigger)
        outputs = self.run(fn_index, data, trigger_id)
        chained = any(dependency.get("trigger_after") == fn_index for dependency in self.dependencies)
        if self.record is not None and chained:
            self.record.timed("refresh after it (.then)", self.follow, fn_index, values or {})
        else:
            self.follow(fn_index, values or {})
        return outputs

    def page_load(self, values: dict[str, Any]) -> None:
        """What opening the page fires: every ``load`` event (fills this session's choices)."""
        for dependency in self.dependencies:
            if any(list(target)[1] == "load" for target in dependency["targets"]):
                self.run(dependency["id"], self.inputs(dependency, values), None)
                self.follow(dependency["id"], values)

    def inputs(self, dependency: dict[str, Any], values: dict[str, Any]) -> list[Any]:
        elem_ids = [self.components.get(i, {}).get("props", {}).get("elem_id") for i in dependency["inputs"]]
        return [values.get(elem_id) for elem_id in elem_ids]

    def follow(self, fn_index: int, values: dict[str, Any]) -> None:
        for dependency in self.dependencies:
            if dependency.get("trigger_after") == fn_index:
                self.run(dependency["id"], self.inputs(dependency, values), None)
                self.follow(dependency["id"], values)

    def run(self, fn_index: int, data: list[Any], trigger_id: int | None) -> list[Any]:
        joined = self.client.post("/gradio_api/queue/join", json={
            "data": data, "fn_index": fn_index, "session_hash": self.session_hash, "event_data": None,
            "trigger_id": trigger_id})
        joined.raise_for_status()
        event_id = joined.json()["event_id"]
        with self.client.stream("GET", f"/gradio_api/queue/data?session_hash={self.session_hash}") as stream:
            for line in stream.iter_lines():
                if not line.startswith("data:"):
                    continue
                message = json.loads(line[5:])
                if message.get("event_id") not in (event_id, None):
                    continue
                if message.get("msg") == "process_completed":
                    if not message.get("success", False):
                        raise RuntimeError(f"event {fn_index} failed: {message.get('output')}")
                    return message["output"]["data"]
                if message.get("msg") == "close_stream":
                    break
        raise RuntimeError(f"event {fn_index}: the stream ended without a result")


def value(output: Any) -> Any:
    """A component output as an input payload (an update dict carries it under ``value``)."""
    if isinstance(output, dict) and output.get("__type__") == "update":
        return output.get("value")
    return output


def text_of(output: Any) -> str:
    return str(value(output) or "")


# --------------------------------------------------------------------------------------
# What one buyer does
# --------------------------------------------------------------------------------------
class Recorder:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.times: dict[str, list[float]] = defaultdict(list)
        self.errors: list[str] = []
        self.outcomes: dict[str, list[tuple[str, str]]] = defaultdict(list)

    def timed(self, kind: str, function: Any, *args: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args)
        finally:
            with self.lock:
                self.times[kind].append(time.perf_counter() - start)

    def error(self, text: str) -> None:
        with self.lock:
            self.errors.append(text)


def buyer(index: int, base: str, config: dict[str, Any], auth: tuple[str, str], po_id: str, open_po: str,
          contested_po: str, contested_message: int, turns: int, barriers: list[threading.Barrier],
          filter_value: Any, record: Recorder) -> None:
    person = f"Buyer {index:02d}"
    try:
        session = record.timed("login", GradioSession, base, config, auth)
    except Exception as error:  # noqa: BLE001 - every failure is counted
        record.error(f"{person} login: {error!r}")
        for barrier in barriers:
            barrier.abort()
        return
    values: dict[str, Any] = {"rp-po-filter": filter_value, "rp-po-select": None, "rp-inbox-select": None}
    session.record = record
    try:
        record.timed("page load", session.page_load, values)
        barriers[0].wait(timeout=120)  # everyone starts at once
        history: list[Any] = []
        for turn in range(turns):
            out = record.timed("chat turn", session.call, "rp-send", "click",
                               [QUESTIONS[turn % len(QUESTIONS)], history])
            history = value(out[0])
            if not any("inventory_status" in json.dumps(m, ensure_ascii=False) for m in history):
                record.error(f"{person} chat: no tool box in the answer")

        # Orders: open my draft, approve it with the table as shown
        values["rp-po-select"] = po_id
        detail = record.timed("open PO", session.call, "rp-po-select", "change", [po_id], values)
        out = record.timed("approve PO", session.call, "rp-approve", "click",
                           [po_id, person, f"load test {index}", value(detail[1]), filter_value], values)
        if "approved" not in text_of(out[0]) or "Not approved" in text_of(out[0]):
            record.error(f"{person} approve {po_id}: {text_of(out[0])[:200]}")

        # Inbox: paste a delay notice, open it, confirm it
        notice = (f"Subject: {open_po} delivery delayed\n\nDear buyer, {open_po} is delayed. "
                  f"New delivery date: 2027-01-{10 + index:02d}.\n")
        parsed = record.timed("parse message", session.call, "rp-inbox-parse", "click",
                              [None, notice, "2026-11-23"], values)
        picked = value(parsed[2])
        if not isinstance(picked, int):
            raise RuntimeError(f"parse: no message id ({text_of(parsed[0])[:200]})")
        values["rp-inbox-select"] = picked
        shown = record.timed("open message", session.call, "rp-inbox-select", "change", [picked], values)
        out = record.timed("confirm message", session.call, "rp-inbox-confirm", "click",
                           [picked, person, None, None, value(shown[2]), value(shown[3])], values)
        if f"Message #{picked} confirmed by {person}" not in text_of(out[0]):
            record.error(f"{person} confirm #{picked}: {text_of(out[0])[:200]}")
        with record.lock:
            record.outcomes["messages"].append((str(picked), person))

        # the races: everybody has the same draft open and presses Approve at once ...
        session.page_load(values)  # a reload: the contested draft is listed (still a draft for all)
        values["rp-po-select"] = contested_po
        detail = session.call("rp-po-select", "change", [contested_po], values)
        barriers[1].wait(timeout=120)
        out = record.timed("approve PO", session.call, "rp-approve", "click",
                           [contested_po, person, "race", value(detail[1]), filter_value], values)
        with record.lock:
            record.outcomes["contested_po"].append((person, text_of(out[0])))
        # ... and the same pending message open, and presses Confirm at once
        values["rp-inbox-select"] = contested_message
        shown = session.call("rp-inbox-select", "change", [contested_message], values)
        barriers[2].wait(timeout=120)
        out = record.timed("confirm message", session.call, "rp-inbox-confirm", "click",
                           [contested_message, person, None, None, value(shown[2]), value(shown[3])], values)
        with record.lock:
            record.outcomes["contested_message"].append((person, text_of(out[0])))
    except Exception as error:  # noqa: BLE001
        record.error(f"{person}: {error!r}")
        for barrier in barriers:
            barrier.abort()
    finally:
        session.close()


# --------------------------------------------------------------------------------------
# The audit of the store
# --------------------------------------------------------------------------------------
def check_store(engine: Any, po_ids: list[str], contested_po: str, contested_message: int, record: Recorder,
                on_order_before: dict[str, float]) -> list[tuple[str, int, int]]:
    from sqlalchemy import select

    from data.schema import AuditLog, Item, PurchaseOrder, SupplierMessage
    from data.store import session_scope

    rows: list[tuple[str, int, int]] = []
    with session_scope(engine) as session:
        audit = session.execute(select(AuditLog.action, AuditLog.entity_id, AuditLog.actor)).all()
        decisions = defaultdict(list)
        for action, entity_id, actor in audit:
            decisions[(action, entity_id)].append(actor)
        # own approvals: approved by the session's person, one audit row each
        found = 0
        added: dict[str, float] = defaultdict(float)
        for index, po_id in enumerate(po_ids):
            order = session.get(PurchaseOrder, po_id)
            person = f"Buyer {index:02d}"
            if order.status == "approved" and order.approved_by == person and \
                    decisions[("purchase_order_approved", po_id)] == [person]:
                found += 1
            for line in order.lines:
                added[line.sku] += line.quantity if order.status == "approved" else 0.0
        rows.append(("PO approvals (one per session)", len(po_ids), found))
        # the contested draft: decided exactly once, by one of the racers
        order = session.get(PurchaseOrder, contested_po)
        contested = decisions[("purchase_order_approved", contested_po)]
        winners = [p for p, text in record.outcomes["contested_po"] if "Not approved" not in text]
        refused = [p for p, text in record.outcomes["contested_po"]
                   if "Not approved" in text and "Nothing was changed" in text and contested_po in text]
        ok = order.status == "approved" and contested == winners and len(winners) == 1
        rows.append(("contested PO: decisions", 1, len(contested)))
        rows.append(("contested PO: clear refusals", len(po_ids) - 1, len(refused)))
        if not ok:
            record.error(f"contested PO: audit {contested}, winners {winners}")
        for line in order.lines:
            added[line.sku] += line.quantity
        # on order grew by exactly what was approved (no lost update)
        lost = [sku for sku, quantity in added.items()
                if abs(session.get(Item, sku).on_order - on_order_before[sku] - quantity) > 1e-6]
        rows.append(("items with on_order ≠ before + approved", 0, len(lost)))
        # confirmations: each pasted message confirmed once, by its session
        confirmed = 0
        for message_id, person in record.outcomes["messages"]:
            message = session.get(SupplierMessage, int(message_id))
            if message.status == "confirmed" and message.decided_by == person and \
                    decisions[("supplier_message_confirmed", message_id)] == [person]:
                confirmed += 1
        rows.append(("message confirmations (one per session)", len(po_ids), confirmed))
        entries = decisions[("supplier_message_confirmed", str(contested_message))]
        winners = [p for p, text in record.outcomes["contested_message"]
                   if f"Message #{contested_message} confirmed by {p}" in text]
        refused = [p for p, text in record.outcomes["contested_message"]
                   if "Not confirmed" in text and "cannot be decided again" in text]
        rows.append(("contested message: decisions", 1, len(entries)))
        rows.append(("contested message: clear refusals", len(po_ids) - 1, len(refused)))
        if entries != winners or len(winners) != 1:
            record.error(f"contested message: audit {entries}, winners {winners}")
        total = sum(1 for action, *_ in audit if action in (
            "purchase_order_approved", "purchase_order_rejected", "supplier_message_confirmed",
            "supplier_message_rejected"))
        rows.append(("decision audit rows in all", 2 * len(po_ids) + 2, total))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=10, help="simultaneous browser sessions (≤ 10)")
    parser.add_argument("--turns", type=int, default=3, help="chat questions per session")
    parser.add_argument("--concurrency", type=int, default=None,
                        help="Gradio's per-event concurrency limit (default: Gradio's own, 1, as served by "
                             "replenish serve); >1 lets handlers of the same event hit the store in parallel")
    arguments = parser.parse_args()
    sessions = arguments.sessions
    if not 1 <= sessions <= len(OPEN_POS):
        parser.error(f"--sessions: 1 to {len(OPEN_POS)}")
    console = Console(stderr=True)

    import gradio  # noqa: F401 - imported before timing

    from assistant import ui
    from assistant.inbox_ui import MAX_UPLOAD_BYTES
    from data.schema import Item
    from data.store import session_scope

    directory = Path(tempfile.mkdtemp(prefix="replenish-load-"))
    try:
        console.print("preparing a demo store copy and drafts …")
        engine, po_ids, contested_po, contested_message = prepare_store(directory, sessions)
        with session_scope(engine) as session:
            on_order_before = {item.sku: item.on_order for item in session.query(Item)}
        auth = ("loadtest", secrets.token_urlsafe(12))
        demo = ui.build_app(engine, TODAY, agent_factory=lambda: scripted_agent(engine))
        if arguments.concurrency:
            demo.queue(default_concurrency_limit=arguments.concurrency)
        port = free_port()
        demo.launch(prevent_thread_lock=True, server_name="127.0.0.1", server_port=port, quiet=True, auth=auth,
                    max_file_size=MAX_UPLOAD_BYTES)
        base = f"http://127.0.0.1:{port}"
        try:
            with httpx.Client(base_url=base, timeout=60) as client:
                assert client.get("/config").status_code == 401, "the app must require a login"
                client.post("/login", data={"username": auth[0], "password": auth[1]}).raise_for_status()
                config = client.get("/config").json()
            filter_component = next(c for c in config["components"]
                                    if c.get("props", {}).get("elem_id") == "rp-po-filter")
            filter_value = filter_component["props"].get("value")
            record = Recorder()
            barriers = [threading.Barrier(sessions) for _ in range(3)]
            threads = [
                threading.Thread(target=buyer, args=(
                    index, base, config, auth, po_ids[index], OPEN_POS[index], contested_po, contested_message,
                    arguments.turns, barriers, filter_value, record))
                for index in range(sessions)
            ]
            console.print(f"{sessions} sessions on {base} …")
            start = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=600)
            wall = time.perf_counter() - start
            rows = check_store(engine, po_ids, contested_po, contested_message, record, on_order_before)
        finally:
            demo.close()
            engine.dispose()
    finally:
        shutil.rmtree(directory, ignore_errors=True)

    requests = sum(len(times) for times in record.times.values())
    limit = arguments.concurrency or 1
    table = Table(title=f"UI load: {sessions} simultaneous sessions over HTTP (login, Gradio queue, "
                        f"{limit} per event at once), {wall:.1f} s wall")
    for header in ("kind", "requests", "p50 s", "p95 s", "max s"):
        table.add_column(header, justify="left" if header == "kind" else "right")
    for kind, times in record.times.items():
        values = np.array(times)
        table.add_row(kind, str(len(values)), f"{np.percentile(values, 50):.3f}", f"{np.percentile(values, 95):.3f}",
                      f"{values.max():.3f}")
    everything = np.concatenate([np.array(times) for times in record.times.values()]) if requests else np.zeros(1)
    table.add_row("[bold]all[/bold]", str(requests), f"{np.percentile(everything, 50):.3f}",
                  f"{np.percentile(everything, 95):.3f}", f"{everything.max():.3f}")
    Console().print(table)
    checks = Table(title="Decisions in the store afterwards")
    for header in ("check", "expected", "found"):
        checks.add_column(header, justify="left" if header == "check" else "right")
    mismatches = 0
    for name, expected, found in rows:
        mismatches += expected != found
        checks.add_row(name, str(expected), str(found) if expected == found else f"[red]{found}[/red]")
    Console().print(checks)
    Console().print(f"sessions {sessions}, requests {requests}, errors {len(record.errors)}, "
                    f"mismatches {mismatches}")
    for error in record.errors:
        console.print(f"[red]error:[/red] {error}")
    return 1 if record.errors or mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
