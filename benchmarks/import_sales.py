"""Benchmark: import 1,000,000 sales rows (1,000 skus x 1,000 days) into a fresh SQLite store.

Measures wall time and peak RSS of the validated importer (``data.importer``) and, in the
same run, of a naive anchor: ``pandas.read_csv`` + ``DataFrame.to_sql`` with no validation,
no constraints and no transaction-wide atomicity. Each measurement runs in its own child
process so that peak RSS is its own. Exits 1 when the importer takes longer than
``--limit`` seconds (default 60).

    .venv/bin/python benchmarks/import_sales.py [--skus 1000] [--days 1000] [--limit 60]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO_ROOT = Path(__file__).resolve().parent.parent


def generate(directory: Path, skus: int, days: int, by_date: bool = False, seed: int = 0) -> tuple[Path, Path]:
    """Write items.csv (``skus`` rows) and sales.csv (``skus * days`` rows, Poisson demand).

    Sales rows are sku-major (all days of one sku, then the next) unless ``by_date``,
    which writes them day-major as many shop systems export them.
    """
    rng = np.random.default_rng(seed)
    names = [f"SKU-{number:05d}" for number in range(skus)]
    items = pd.DataFrame(
        {
            "sku": names,
            "name": [f"Item {number}" for number in range(skus)],
            "unit_cost": rng.uniform(0.5, 50, skus).round(2),
            "lead_time_days": rng.integers(3, 30, skus),
            "on_hand": rng.integers(0, 500, skus),
        }
    )
    dates = pd.date_range(dt.date(2023, 1, 1), periods=days, freq="D").strftime("%Y-%m-%d")
    sales = pd.DataFrame(
        {
            "sku": np.repeat(names, days),
            "date": np.tile(dates, skus),
            "quantity": rng.poisson(rng.uniform(0.5, 40, skus).repeat(days)),
        }
    )
    if by_date:
        sales = sales.sort_values(["date", "sku"], kind="stable")
    items_path, sales_path = directory / "items.csv", directory / "sales.csv"
    items.to_csv(items_path, index=False)
    sales.to_csv(sales_path, index=False)
    return items_path, sales_path


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_importer(directory: Path) -> dict[str, float]:
    """Child: the validated importer into a fresh store (schema creation not timed)."""
    from sqlalchemy import func, select

    from data.importer import import_files
    from data.schema import Sale
    from data.store import open_store

    engine = open_store(f"sqlite:///{directory / 'importer.db'}")
    start = time.perf_counter()
    summary = import_files(engine, items=directory / "items.csv", sales=directory / "sales.csv", progress=True)
    seconds = time.perf_counter() - start
    with engine.connect() as connection:
        stored = connection.execute(select(func.count()).select_from(Sale)).scalar_one()
    return {"seconds": seconds, "rows": summary.sales_rows, "stored": stored, "peak_rss_mb": peak_rss_mb()}


def run_anchor(directory: Path) -> dict[str, float]:
    """Child: naive pandas read_csv + to_sql into a plain SQLite table, no checks."""
    import sqlite3

    connection = sqlite3.connect(directory / "anchor.db")
    start = time.perf_counter()
    sales = pd.read_csv(directory / "sales.csv")
    sales.to_sql("sales", connection, index=False, if_exists="replace", chunksize=50_000)
    connection.commit()
    seconds = time.perf_counter() - start
    stored = connection.execute("SELECT COUNT(*) FROM sales").fetchone()[0]
    connection.close()
    return {"seconds": seconds, "rows": len(sales), "stored": stored, "peak_rss_mb": peak_rss_mb()}


def measure(kind: str, directory: Path) -> dict[str, float]:
    """Run one measurement in a fresh child process and return its JSON result."""
    completed = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(directory)],
        cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True, check=True,
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skus", type=int, default=1000)
    parser.add_argument("--days", type=int, default=1000)
    parser.add_argument("--by-date", action="store_true", help="write sales rows day by day")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds allowed for the importer")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "DIR"), help=argparse.SUPPRESS)
    arguments = parser.parse_args()

    if arguments.child:
        kind, directory = arguments.child
        result = (run_importer if kind == "importer" else run_anchor)(Path(directory))
        print(json.dumps(result))
        return 0

    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=True)
    with tempfile.TemporaryDirectory(prefix="replenish-bench-") as name:
        directory = Path(name)
        started = time.perf_counter()
        generate(directory, arguments.skus, arguments.days, by_date=arguments.by_date)
        size_mb = (directory / "sales.csv").stat().st_size / 2**20
        console.print(
            f"generated {arguments.skus * arguments.days:,} sales rows ({size_mb:.1f} MiB) "
            f"in {time.perf_counter() - started:.1f} s"
        )
        anchor = measure("anchor", directory)
        importer = measure("importer", directory)

    order = "day-major" if arguments.by_date else "sku-major"
    table = Table(title=f"Import of {importer['rows']:,} sales rows ({order}) into SQLite")
    for header in ("run", "seconds", "rows/s", "x anchor", "peak RSS MiB", "rows stored"):
        table.add_column(header, justify="left" if header == "run" else "right")
    for label, result in (("importer", importer), ("anchor", anchor)):
        table.add_row(
            label, f"{result['seconds']:.2f}", f"{result['rows'] / result['seconds']:,.0f}",
            f"{result['seconds'] / anchor['seconds']:.2f}", f"{result['peak_rss_mb']:.0f}", f"{result['stored']:,}",
        )
    Console(width=100).print(table)
    Console(width=100).print(
        "importer = data.importer.import_files (validated, atomic, upsert); "
        "anchor = pandas.read_csv + DataFrame.to_sql, no checks"
    )
    if importer["stored"] != arguments.skus * arguments.days:
        console.print(f"[red]importer stored {importer['stored']} rows, expected {arguments.skus * arguments.days}")
        return 1
    if importer["seconds"] > arguments.limit:
        console.print(f"[red]importer took {importer['seconds']:.1f} s, over the {arguments.limit:.0f} s limit")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
