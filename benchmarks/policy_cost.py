"""Held-out cost of the simulation-optimised (s, Q) policy against the classic policy.

The goal (issue 4): on demand the policy did not see, total cost (holding + ordering +
shortage) at least 10 % below the classic policy — mean and sd of the last 90 days, EOQ,
safety stock z·√(L·σd² + d²·σL²) (``tools.inventory``) — at an equal or higher fill rate.

Method, per fold (rolling origin) and sku:

1. **Fit** both policies on the history before the cut (``tools.policy.classic_policy``
   and ``tools.policy.optimise_policy``); nothing after the cut is used.
2. **Replay** both on the *actual* held-out daily demand (the real sequence, never
   resampled), with the same item costs (``stockout_cost`` per unit short) and the same
   lead times: ``--replications`` runs, each with its own lead-time sequence drawn from
   the item's N(L, σL²) (or the supplier's observed PO lead times with ``--lead-times
   po``) and its own starting phase; both policies get identical draws. Each run starts
   ``--warmup`` days before the cut with s + u·Q on hand (u the phase) and replays the
   actual demand of those days first, so each policy enters the held-out window in the
   state its own rule produced; only held-out days are counted.
3. **Report** per demand class (Syntetos–Boylan on the training history) and overall:
   total cost of each policy over the held-out days (mean over runs), the ratio new /
   classic, and the fill rate (units served from stock on the day / units demanded,
   pooled over skus). Exit status 1 when the goal is missed overall.

Usage::

    python benchmarks/policy_cost.py --per-fold           # bundled demo data, 3 folds × 180 days
    python benchmarks/policy_cost.py --folds 1 --holdout 180 --per-sku
    python benchmarks/policy_cost.py --items F --sales F --today YYYY-MM-DD
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from forecasting.classification import classify_demand  # noqa: E402
from tools.policy import (  # noqa: E402
    ClassicPolicy,
    ItemParameters,
    LeadTimeModel,
    PolicyResult,
    classic_policy,
    implied_stockout_cost,
    optimise_all,
    read_daily_sales,
    read_items,
    simulate_batch,
)

DEMO = Path(__file__).resolve().parent.parent / "data" / "demo"
GOAL_SAVING = 0.10


@dataclass
class Outcome:
    """Held-out totals of one policy for one sku and fold (means over the runs)."""

    cost: float
    holding: float
    ordering: float
    shortage: float
    demand: float
    short: float


def supplier_lead_times(cut: dt.date | None) -> dict[str, np.ndarray]:
    """Observed order-to-receipt days per supplier from the demo PO history (before ``cut``)."""
    from data.demo import read_purchase_orders

    _, observations = read_purchase_orders()
    per_supplier: dict[str, list[float]] = defaultdict(list)
    for obs in observations:
        if obs.actual_date is None or (cut is not None and obs.actual_date >= cut):
            continue
        per_supplier[obs.supplier].append(float((obs.actual_date - obs.order_date).days))
    return {supplier: np.array(days) for supplier, days in per_supplier.items()}


def replay(
    item: ItemParameters,
    actual: np.ndarray,
    warmup: int,
    policies: list[tuple[float, float]],
    lead_model: LeadTimeModel,
    stockout_cost: float,
    replications: int,
    seed: int,
) -> list[Outcome]:
    """Both policies on the actual demand ``actual`` (warm-up days first), same draws."""
    rng = np.random.default_rng(seed)
    demand = np.tile(actual, (replications, 1))
    lead_table = lead_model.table(replications, actual.size + 2, rng)
    phase = rng.random(replications)
    s = np.array([p[0] for p in policies])
    q = np.array([max(p[1], 1e-9) for p in policies])
    start = s[:, None] + phase[None, :] * q[:, None]
    batch = simulate_batch(
        demand,
        s,
        q,
        lead_table,
        start,
        unit_cost=item.unit_cost or 0.0,
        holding_cost_rate=item.holding_cost_rate,
        order_cost=item.order_cost,
        stockout_cost=stockout_cost,
        measure_from=warmup,
    )
    return [
        Outcome(
            cost=float(batch.total_cost[c].mean()),
            holding=float(batch.holding_cost[c].mean()),
            ordering=float(batch.ordering_cost[c].mean()),
            shortage=float(batch.stockout_cost[c].mean()),
            demand=float(batch.total_demand[c].mean()),
            short=float(batch.units_short[c].mean()),
        )
        for c in range(len(policies))
    ]


def run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=False, width=max(Console().width, 180))
    items = read_items(args.items)
    series, today = read_daily_sales(args.sales, [i.sku for i in items], args.today)
    rows: list[dict[str, Any]] = []
    started = time.perf_counter()
    for fold in range(args.folds):
        back = args.holdout * (args.folds - fold)  # days from the cut to today
        cut = today - dt.timedelta(days=back)
        train = {sku: y[: max(y.size - back, 0)] for sku, y in series.items()}
        test_end = {sku: y.size - back + args.holdout for sku, y in series.items()}
        lead_obs = supplier_lead_times(cut) if args.lead_times == "po" else {}
        eval_obs = supplier_lead_times(None) if args.lead_times == "po" else {}
        fitted = [i for i in items if train[i.sku].size >= args.min_history]
        results: list[PolicyResult] = optimise_all(
            fitted,
            train,
            lead_obs,
            n_jobs=args.jobs,
            progress=not args.quiet,
            paths=args.paths,
            horizon_days=args.horizon,
            seed=args.seed,
            service=args.service,
            scenario_source=args.scenarios,
            window_days=args.window,
            block_days=args.block,
            forecast_correlation=args.correlation,
        )
        for item, result in zip(fitted, results, strict=True):
            y = series[item.sku]
            history = train[item.sku]
            warm = min(args.warmup, history.size)
            actual = y[history.size - warm : test_end[item.sku]]
            classic: ClassicPolicy = classic_policy(item, history)
            classic_q = classic.order_quantity or result.order_quantity
            if item.stockout_cost is not None:
                p = item.stockout_cost
            else:
                p = implied_stockout_cost(
                    item.holding_cost,
                    classic.mean_daily_demand * 365,
                    classic_q,
                    item.service_level,
                )
            lead_model = LeadTimeModel.for_item(item, eval_obs.get(item.supplier or ""))
            new_out, old_out = replay(
                item,
                actual,
                warm,
                [(result.reorder_point, result.order_quantity), (classic.reorder_point, classic_q)],
                lead_model,
                p,
                args.replications,
                args.seed + 1000 * fold + hash_sku(item.sku),
            )
            rows.append(
                {
                    "fold": fold,
                    "sku": item.sku,
                    "class": classify_demand(history[-365:]).demand_class,
                    "new": new_out,
                    "classic": old_out,
                    "result": result,
                    "classic_policy": classic,
                    "classic_q": classic_q,
                }
            )
    seconds = time.perf_counter() - started

    def summary(group: list[dict[str, Any]]) -> dict[str, float]:
        totals: dict[str, float] = defaultdict(float)
        for row in group:
            for key in ("new", "classic"):
                out: Outcome = row[key]
                totals[f"{key}_cost"] += out.cost
                totals[f"{key}_short"] += out.short
                totals[f"{key}_holding"] += out.holding
                totals[f"{key}_ordering"] += out.ordering
                totals[f"{key}_shortage"] += out.shortage
            totals["demand"] += row["new"].demand
        totals["skus"] = len(group)
        demand = totals["demand"]
        totals["new_fill"] = 1 - totals["new_short"] / demand if demand else 1.0
        totals["classic_fill"] = 1 - totals["classic_short"] / demand if demand else 1.0
        totals["ratio"] = (
            totals["new_cost"] / totals["classic_cost"] if totals["classic_cost"] else float("nan")
        )
        fills = [
            (1 - r["new"].short / r["new"].demand, 1 - r["classic"].short / r["classic"].demand)
            for r in group
            if r["new"].demand > 0
        ]
        totals["new_fill_mean"] = float(np.mean([f[0] for f in fills])) if fills else 1.0
        totals["classic_fill_mean"] = float(np.mean([f[1] for f in fills])) if fills else 1.0
        return totals

    title = (
        f"Held-out cost, {args.folds} fold(s) × {args.holdout} days, {args.replications} runs each; "
        f"service constraint '{args.service}', lead times '{args.lead_times}', scenarios '{args.scenarios}'"
        + (
            f" (window {args.window} d, blocks {args.block} d)"
            if args.scenarios == "bootstrap"
            else f" (rho {args.correlation:g})"
            if args.scenarios == "forecast"
            else ""
        )
    )
    table = Table(title=title)
    for column in (
        "class",
        "skus",
        "classic cost",
        "new cost",
        "new/classic",
        "classic fill",
        "new fill",
        "classic fill (mean sku)",
        "new fill (mean sku)",
        "holding new/classic",
        "ordering new/classic",
        "shortage new/classic",
    ):
        table.add_column(column, justify="right" if column != "class" else "left")
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[row["class"]].append(row)
    ordered = sorted(groups.items()) + [("overall", rows)]
    for name, group in ordered:
        t = summary(group)
        table.add_row(
            name,
            f"{t['skus']:.0f}",
            f"{t['classic_cost']:,.0f}",
            f"{t['new_cost']:,.0f}",
            f"{t['ratio']:.3f}",
            f"{t['classic_fill']:.4f}",
            f"{t['new_fill']:.4f}",
            f"{t['classic_fill_mean']:.4f}",
            f"{t['new_fill_mean']:.4f}",
            f"{t['new_holding']:,.0f}/{t['classic_holding']:,.0f}",
            f"{t['new_ordering']:,.0f}/{t['classic_ordering']:,.0f}",
            f"{t['new_shortage']:,.0f}/{t['classic_shortage']:,.0f}",
        )
    console.print(table)
    if args.per_fold and args.folds > 1:
        for fold in range(args.folds):
            t = summary([r for r in rows if r["fold"] == fold])
            console.print(
                f"fold {fold}: cost new/classic {t['ratio']:.3f}, fill {t['new_fill']:.4f} vs {t['classic_fill']:.4f}"
            )
    if args.per_sku:
        detail = Table(title="per sku and fold")
        for column in (
            "fold",
            "sku",
            "class",
            "classic s/Q",
            "new s/Q",
            "classic cost",
            "new cost",
            "ratio",
            "classic fill",
            "new fill",
            "train saving",
        ):
            detail.add_column(column)
        for row in rows:
            new, old, result, classic = (
                row["new"],
                row["classic"],
                row["result"],
                row["classic_policy"],
            )
            detail.add_row(
                str(row["fold"]),
                row["sku"],
                row["class"],
                f"{classic.reorder_point:.0f}/{row['classic_q']:.0f}",
                f"{result.reorder_point:.0f}/{result.order_quantity:.0f}",
                f"{old.cost:,.1f}",
                f"{new.cost:,.1f}",
                f"{new.cost / old.cost:.3f}" if old.cost else "-",
                f"{1 - old.short / old.demand:.4f}" if old.demand else "-",
                f"{1 - new.short / new.demand:.4f}" if new.demand else "-",
                f"{result.cost_saving:.3f}" if result.cost_saving is not None else "-",
            )
        console.print(detail)
    overall = summary(rows)
    saving = 1 - overall["ratio"]
    fill_ok = overall["new_fill"] >= overall["classic_fill"]
    met = saving >= GOAL_SAVING and fill_ok
    console.print(
        f"overall: cost {overall['new_cost']:,.0f} vs classic {overall['classic_cost']:,.0f} "
        f"(saving {saving:.1%}, goal {GOAL_SAVING:.0%}); fill rate {overall['new_fill']:.4f} vs "
        f"{overall['classic_fill']:.4f} ({'ok' if fill_ok else 'LOWER'}); {seconds:.0f} s → "
        + ("GOAL MET" if met else "GOAL MISSED")
    )
    return 0 if met else 1


def hash_sku(sku: str) -> int:
    """A stable small integer per sku (Python's hash() is salted per process)."""
    return sum((i + 1) * ord(ch) for i, ch in enumerate(sku)) % 100_003


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--items", default=str(DEMO / "items.csv"))
    parser.add_argument("--sales", default=str(DEMO / "sales.csv"))
    parser.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=None,
        help="planning date (default: day after the last sale)",
    )
    parser.add_argument(
        "--folds", type=int, default=3, help="rolling origins, each holding out --holdout days"
    )
    parser.add_argument("--holdout", type=int, default=180, help="held-out days per fold")
    parser.add_argument(
        "--warmup",
        type=int,
        default=180,
        help="days of actual training demand replayed before the held-out window",
    )
    parser.add_argument(
        "--replications",
        type=int,
        default=50,
        help="runs (lead-time draws and starting phases) per sku",
    )
    parser.add_argument("--paths", type=int, default=200)
    parser.add_argument("--horizon", type=int, default=365)
    parser.add_argument(
        "--scenarios", choices=("bootstrap", "seasonal", "forecast"), default="seasonal"
    )
    parser.add_argument(
        "--window", type=int, default=365, help="bootstrap: days of recent history drawn from"
    )
    parser.add_argument(
        "--block", type=int, default=28, help="bootstrap: block length in days (multiple of 7)"
    )
    parser.add_argument(
        "--correlation", type=float, default=0.0, help="forecast: day-to-day copula correlation"
    )
    parser.add_argument("--service", choices=("classic", "fill_rate", "cycle"), default="classic")
    parser.add_argument(
        "--lead-times",
        choices=("item", "po"),
        default="item",
        help="item: N(lead_time_days, lead_time_sd_days) for fitting and replay; po: the demo PO history",
    )
    parser.add_argument(
        "--min-history", type=int, default=28, help="skip skus with fewer training days"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--per-sku", action="store_true")
    parser.add_argument("--per-fold", action="store_true")
    parser.add_argument("--quiet", action="store_true")
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
