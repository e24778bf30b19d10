"""Demand classification by ADI and CV² (Syntetos, Boylan & Croston, 2005).

- ADI: average inter-demand interval, periods per non-zero demand;
- CV²: squared coefficient of variation of the non-zero demand sizes.
Cut-offs 1.32 (ADI) and 0.49 (CV²) split demand into smooth, erratic, intermittent
and lumpy; a series without any demand is ``no_demand``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike

ADI_CUTOFF = 1.32
CV2_CUTOFF = 0.49
DemandClass = Literal["smooth", "erratic", "intermittent", "lumpy", "no_demand"]


@dataclass(frozen=True)
class DemandProfile:
    demand_class: DemandClass
    adi: float | None
    """Periods per non-zero demand (None without demand)."""
    cv2: float | None
    """Squared coefficient of variation of the non-zero sizes (None without demand)."""
    zero_share: float


def classify_demand(series: ArrayLike) -> DemandProfile:
    """ADI/CV² class of a demand series (one value per period, zeros included)."""
    values = np.asarray(series, dtype=float)
    nonzero = values[values > 0]
    zero_share = float((values == 0).mean()) if values.size else 1.0
    if nonzero.size == 0:
        return DemandProfile("no_demand", None, None, zero_share)
    adi = values.size / nonzero.size
    mean = nonzero.mean()
    cv2 = float((nonzero.std() / mean) ** 2) if nonzero.size > 1 else 0.0
    if adi < ADI_CUTOFF:
        demand_class: DemandClass = "smooth" if cv2 < CV2_CUTOFF else "erratic"
    else:
        demand_class = "intermittent" if cv2 < CV2_CUTOFF else "lumpy"
    return DemandProfile(demand_class, float(adi), cv2, zero_share)
