"""Lead time as the supplier actually delivers it, learned from PO history.

Each received purchase-order line is a lead-time observation (actual receipt date −
order date, in days; ``data.schema.LeadTimeObservation``). With at least
``MIN_OBSERVATIONS`` deliveries of the item's supplier before the planning date, the
observed mean and sample standard deviation replace the item's stated
``lead_time_days`` / ``lead_time_sd_days`` in safety stock and reorder point: a
supplier that promises 50 days and delivers in 61 ± 6 gets planned as 61 ± 6.

Confirmed supplier messages add observations too (``source="message"``, see
:mod:`tools.supplier_messages`): one per PO line, whose ``actual_date`` is the receipt
date or, for a delay/shipment notice, the new delivery date the supplier announced. An
announced date is the best estimate of that order's lead time, so it counts from the
day the message was received, even while the date itself is still ahead: a confirmed
44-day delay widens the lead-time variability the policy plans with right away.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass
from typing import Literal

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from sqlalchemy import or_

from data.schema import Item, LeadTimeObservation, SupplierMessage

MIN_OBSERVATIONS = 5


@dataclass(frozen=True)
class LeadTimeEstimate:
    """Lead time used for planning: mean and standard deviation in days."""

    lead_time_days: float
    lead_time_sd_days: float
    source: Literal["item", "po_history"]
    observations: int


def observed_lead_times(session: Session, supplier: str | None, before: dt.date | None = None) -> np.ndarray:
    """Observed lead times in days of ``supplier``'s deliveries received before ``before``.

    A confirmed message's observation counts once its message was received before
    ``before``, even when the delivery date it announces lies after ``before``.
    """
    if not supplier:
        return np.zeros(0)
    query = (
        select(LeadTimeObservation.order_date, LeadTimeObservation.actual_date)
        .outerjoin(SupplierMessage, SupplierMessage.id == LeadTimeObservation.message_id)
        .where(LeadTimeObservation.supplier == supplier, LeadTimeObservation.actual_date.is_not(None))
    )
    if before is not None:
        known = dt.datetime.combine(before, dt.time.min)
        query = query.where(
            or_(
                LeadTimeObservation.actual_date < before,
                (LeadTimeObservation.source == "message") & (SupplierMessage.received_at < known),
            )
        )
    rows = session.execute(query).all()
    return np.array([(actual - ordered).days for ordered, actual in rows if actual >= ordered], dtype=float)


def estimate_lead_time(session: Session, item: Item, today: dt.date) -> LeadTimeEstimate:
    """Observed supplier lead time when there is enough history, else the item's stated one."""
    observed = observed_lead_times(session, item.supplier, before=today)
    if observed.size >= MIN_OBSERVATIONS:
        return LeadTimeEstimate(
            float(observed.mean()), float(statistics.stdev(observed.tolist())), "po_history", int(observed.size)
        )
    return LeadTimeEstimate(item.lead_time_days, item.lead_time_sd_days, "item", int(observed.size))
