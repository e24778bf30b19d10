"""Calculator tools (SPEC §6): ``compute_eoq``, ``reorder_point`` and ``newsvendor``.

They need no store: every input is an argument. Results carry the SPEC keys plus the
inputs used, unrounded (SPEC §9), so an answer can cite each number.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from pydantic import Field, field_validator, model_validator

from tools import inventory_math
from tools.registry import ToolArguments, ToolContext, register


class PriceBreakArguments(ToolArguments):
    """One all-units price break."""

    min_qty: float = Field(
        gt=0, description="Order quantity (units) from which this price applies to every unit."
    )
    unit_cost: float = Field(
        gt=0, description="Price per unit (money per unit) for orders of at least min_qty."
    )


class ComputeEoqArguments(ToolArguments):
    annual_demand: float = Field(gt=0, description="Demand in units per year.")
    order_cost: float = Field(ge=0, description="Fixed cost per purchase order (money per order).")
    holding_cost: float | None = Field(
        default=None,
        gt=0,
        description="Holding cost, money per unit per year. "
        "Give this OR holding_cost_rate (with unit_cost).",
    )
    unit_cost: float | None = Field(
        default=None,
        gt=0,
        description="Price per unit (money per unit); applies below the first price break. "
        "Needed with holding_cost_rate; optional with holding_cost "
        "(purchase cost is 0 without any price).",
    )
    holding_cost_rate: float | None = Field(
        default=None,
        gt=0,
        description="Holding cost per year as a fraction of the unit price, e.g. 0.25 = 25 %/yr.",
    )
    price_breaks: list[PriceBreakArguments] | None = Field(
        default=None,
        description="All-units price breaks: ordering at least min_qty units "
        "makes every unit cost unit_cost.",
    )
    moq: float = Field(default=0.0, ge=0, description="Minimum order quantity in units.")
    pack_size: int = Field(
        default=1, ge=1, description="Units per pack; the order is a whole number of packs."
    )

    @field_validator("price_breaks")
    @classmethod
    def _distinct_breaks(
        cls, value: list[PriceBreakArguments] | None
    ) -> list[PriceBreakArguments] | None:
        if value:
            quantities = [price_break.min_qty for price_break in value]
            if len(set(quantities)) != len(quantities):
                raise ValueError("two price breaks have the same min_qty")
        return value

    @model_validator(mode="after")
    def _one_holding_cost(self) -> ComputeEoqArguments:
        if self.holding_cost is not None and self.holding_cost_rate is not None:
            raise ValueError(
                "give either holding_cost (money per unit-year) "
                "or unit_cost + holding_cost_rate, not both"
            )
        if self.holding_cost is None and self.holding_cost_rate is None:
            raise ValueError(
                "a holding cost is needed: give holding_cost (money per unit-year) "
                "or unit_cost + holding_cost_rate"
            )
        if self.holding_cost_rate is not None and self.unit_cost is None:
            raise ValueError(
                "holding_cost_rate is a fraction of the price: unit_cost is needed too"
            )
        return self


@register("compute_eoq", ComputeEoqArguments)
def compute_eoq(args: ComputeEoqArguments, context: ToolContext) -> dict[str, Any]:
    """Economic order quantity and the least-total-annual-cost order quantity (units) after
    all-units price breaks, MOQ and pack size, with orders per year, cycle days and annual
    purchase, ordering and holding costs (money per year); holding cost is per unit-year,
    given directly or as a rate of the price."""
    price_breaks = [
        inventory_math.PriceBreak(min_qty=price_break.min_qty, unit_cost=price_break.unit_cost)
        for price_break in args.price_breaks or []
    ]
    plan = inventory_math.optimal_order_quantity(
        args.annual_demand,
        args.order_cost,
        holding_cost=args.holding_cost,
        holding_cost_rate=args.holding_cost_rate,
        unit_cost=args.unit_cost,
        price_breaks=price_breaks,
        moq=args.moq,
        pack_size=args.pack_size,
    )
    return {
        "eoq": plan.eoq,
        "order_quantity": plan.order_quantity,
        "unit_cost": plan.unit_cost,
        "orders_per_year": plan.orders_per_year,
        "cycle_days": plan.cycle_days,
        "purchase_cost_per_year": plan.purchase_cost_per_year,
        "ordering_cost_per_year": plan.ordering_cost_per_year,
        "holding_cost_per_year": plan.holding_cost_per_year,
        "total_annual_cost": plan.total_annual_cost,
        # inputs used
        "annual_demand": args.annual_demand,
        "order_cost": args.order_cost,
        "holding_cost": plan.holding_cost,
        "holding_cost_rate": args.holding_cost_rate,
        "list_unit_cost": args.unit_cost,
        "price_breaks": [
            asdict(price_break) for price_break in sorted(price_breaks, key=lambda b: b.min_qty)
        ],
        "moq": args.moq,
        "pack_size": args.pack_size,
        "days_per_year": inventory_math.DAYS_PER_YEAR,
    }


class ReorderPointArguments(ToolArguments):
    mean_daily_demand: float = Field(ge=0, description="Average demand in units per day.")
    sd_daily_demand: float = Field(
        ge=0, description="Standard deviation of daily demand, units per day."
    )
    lead_time_days: float = Field(
        ge=0, description="Average replenishment lead time in days (may be fractional)."
    )
    sd_lead_time_days: float = Field(
        default=0.0, ge=0, description="Standard deviation of the lead time in days."
    )
    service_level: float = Field(
        default=0.95,
        gt=0,
        lt=1,
        description="Cycle service level: probability of no stockout per replenishment cycle, "
        "between 0 and 1.",
    )


@register("reorder_point", ReorderPointArguments)
def reorder_point_tool(args: ReorderPointArguments, context: ToolContext) -> dict[str, Any]:
    """Safety stock z·sqrt(L·σd² + d²·σL²) and reorder point d·L + safety stock, in units,
    from daily demand (units/day), lead time (days) and a cycle service level, z = Φ⁻¹(level)."""
    result = inventory_math.reorder_point(
        args.mean_daily_demand,
        args.sd_daily_demand,
        args.lead_time_days,
        args.sd_lead_time_days,
        args.service_level,
    )
    return {
        "safety_stock": result.safety_stock,
        "reorder_point": result.reorder_point,
        "z": result.z,
        "lead_time_demand": result.lead_time_demand,
        "sd_lead_time_demand": result.sd_lead_time_demand,
        # inputs used
        "mean_daily_demand": args.mean_daily_demand,
        "sd_daily_demand": args.sd_daily_demand,
        "lead_time_days": args.lead_time_days,
        "sd_lead_time_days": args.sd_lead_time_days,
        "service_level": args.service_level,
    }


class NewsvendorArguments(ToolArguments):
    mean: float = Field(
        ge=0, description="Mean demand for the selling period, units (normal distribution)."
    )
    sd: float = Field(
        ge=0, description="Standard deviation of demand for the selling period, units."
    )
    underage_cost: float = Field(
        gt=0, description="Money lost per unit of demand not met (e.g. price − cost), per unit."
    )
    overage_cost: float = Field(
        gt=0,
        description="Money lost per unit left over after the period (e.g. cost − salvage).",
    )


@register("newsvendor", NewsvendorArguments)
def newsvendor(args: NewsvendorArguments, context: ToolContext) -> dict[str, Any]:
    """Single-period (newsvendor) order quantity in units for normally distributed demand: the
    critical-ratio quantile cu/(cu+co), with the expected overage plus underage cost in money."""
    result = inventory_math.newsvendor_normal(
        args.mean, args.sd, args.underage_cost, args.overage_cost
    )
    return {
        "order_quantity": result.order_quantity,
        "critical_ratio": result.critical_ratio,
        "expected_cost": result.expected_cost,
        "z": result.z,
        "expected_shortage": result.expected_shortage,
        "expected_leftover": result.expected_leftover,
        # inputs used
        "mean": args.mean,
        "sd": args.sd,
        "underage_cost": args.underage_cost,
        "overage_cost": args.overage_cost,
    }
