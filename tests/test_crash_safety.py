"""Crash safety: a process killed (SIGKILL) in the middle of an import leaves the store as it was.

No test hook is needed: ``replenish import`` runs as a child process on a SQLite store in
WAL mode; the test watches the write-ahead log grow (the import's one transaction spills
pages to it long before it commits) and kills the child while that transaction is open.
Afterwards the store opens (migrations run), ``PRAGMA integrity_check`` is ``ok``, and
items and sales are exactly what they were before the import — then the same import,
run again to the end, lands completely.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from data.store import open_store
from tests.conftest import REPO_ROOT, run_cli

SKUS = 400
DAYS = 1000  # 400,000 sales rows: tens of MB of pages, seconds of writing
KILL_AT_WAL_BYTES = 2 * 1024 * 1024  # far below what the whole import writes


def write_files(directory: Path, skus: int, days: int, seed: int) -> tuple[Path, Path]:
    rng = np.random.default_rng(seed)
    names = [f"SKU-{number:04d}" for number in range(skus)]
    items = directory / f"items_{seed}.csv"
    pd.DataFrame({"sku": names, "unit_cost": 1.5, "lead_time_days": 7}).to_csv(items, index=False)
    dates = pd.date_range("2023-01-01", periods=days, freq="D").strftime("%Y-%m-%d")
    sales = directory / f"sales_{seed}.csv"
    pd.DataFrame({
        "sku": np.repeat(names, days),
        "date": np.tile(dates, skus),
        "quantity": rng.poisson(5, skus * days),
    }).to_csv(sales, index=False)
    return items, sales


def state(path: Path) -> tuple[int, int, float]:
    """(items, sales rows, total quantity) read with a plain sqlite3 connection."""
    with sqlite3.connect(path) as connection:
        items = connection.execute("SELECT count(*) FROM items").fetchone()[0]
        rows, total = connection.execute("SELECT count(*), coalesce(sum(quantity), 0) FROM sales").fetchone()
    return items, rows, float(total)


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_import_killed_mid_transaction_leaves_the_store_as_before(tmp_path: Path) -> None:
    store = tmp_path / "store.db"
    url = f"sqlite:///{store}"
    # the store before: 50 skus x 30 days, which the big import would overwrite in part
    small_items, small_sales = write_files(tmp_path, 50, 30, seed=1)
    first = run_cli("import", "--items", str(small_items), "--sales", str(small_sales), "--db", url, "--json")
    assert first.returncode == 0, first.stderr
    before = state(store)
    assert before[:2] == (50, 1500)

    big_items, big_sales = write_files(tmp_path, SKUS, DAYS, seed=2)
    wal = Path(f"{store}-wal")
    child = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "import", "--items", str(big_items), "--sales", str(big_sales),
         "--db", url, "--json"],
        cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy(),
    )
    deadline = time.monotonic() + 240
    killed_at = None
    while time.monotonic() < deadline and child.poll() is None:
        size = wal.stat().st_size if wal.exists() else 0
        if size >= KILL_AT_WAL_BYTES:
            child.send_signal(signal.SIGKILL)
            killed_at = size
            break
        time.sleep(0.005)
    child.wait(timeout=60)
    output = child.stderr.read().decode(errors="replace") if child.stderr else ""
    child.stdout and child.stdout.close()
    child.stderr and child.stderr.close()
    assert killed_at is not None, f"the import ended (rc {child.returncode}) before it could be killed: {output}"
    assert child.returncode == -signal.SIGKILL

    # a crash leaves a hot WAL behind; the next opener recovers it
    assert integrity(store) == "ok"
    engine = open_store(url)  # opens fine: schema check and migrations run
    engine.dispose()
    open_store.cache_clear()
    assert integrity(store) == "ok"
    assert state(store) == before, f"killed with {killed_at} bytes of WAL, the store changed"

    # and the store is fully usable: the same import, run to the end, lands completely
    again = run_cli("import", "--items", str(big_items), "--sales", str(big_sales), "--db", url, "--json")
    assert again.returncode == 0, again.stderr
    items, rows, _ = state(store)
    assert (items, rows) == (SKUS, SKUS * DAYS)  # the 50 small skus are among the 400
    assert integrity(store) == "ok"


def test_approval_killed_before_commit_changes_nothing(tmp_path: Path) -> None:
    """A decision is one transaction: a process killed inside it leaves the draft a draft.

    The child approves inside a transaction that it never commits (it kills itself with
    SIGKILL after the approval's writes, before ``COMMIT``), the way a crash would.
    """
    store = tmp_path / "store.db"
    url = f"sqlite:///{store}"
    script = f"""
import os, signal
from data.store import open_store, session_scope
from data.schema import Item, PurchaseOrder, PurchaseOrderLine
import tools.purchase_orders as po
import data.store as store

engine = open_store({url!r})
with session_scope(engine) as session:
    session.add(Item(sku="A-1", on_order=0))
    session.add(PurchaseOrder(po_id="PO-1", status="draft", lines=[PurchaseOrderLine(sku="A-1", quantity=7)]))

real_scope = store.session_scope

from contextlib import contextmanager
@contextmanager
def crashing_scope(engine):
    with real_scope(engine) as session:
        yield session
        session.flush()  # every write of the approval is in the database's transaction now
        os.kill(os.getpid(), signal.SIGKILL)  # ... and the process dies before COMMIT

po.session_scope = crashing_scope
po.decide_purchase_order(engine, "PO-1", "approve", person="Ana Buyer")
"""
    child = subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True,
                           timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert integrity(store) == "ok"
    with sqlite3.connect(store) as connection:
        assert connection.execute("SELECT status, approved_by FROM purchase_orders").fetchall() == [("draft", None)]
        assert connection.execute("SELECT on_order FROM items").fetchall() == [(0.0,)]
        assert connection.execute("SELECT count(*) FROM audit_log WHERE entity_id = 'PO-1'").fetchone()[0] == 0
    engine = open_store(url)
    try:
        from tools.purchase_orders import decide_purchase_order

        decided = decide_purchase_order(engine, "PO-1", "approve", person="Ana Buyer")
        assert decided["status"] == "approved"
    finally:
        engine.dispose()
        open_store.cache_clear()
