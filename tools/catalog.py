"""Importing this module registers every tool of SPEC §6 (each module registers its own)."""

from tools import (  # noqa: F401
    alerts,
    forecast_demand,
    inventory,
    math_tools,
    purchase_orders,
    simulation,
    suppliers,
)
