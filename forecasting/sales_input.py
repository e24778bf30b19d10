"""Read a sales file (SPEC §4: ``sku,date,quantity``) into a DataFrame for forecasting.

``replenish forecast`` / ``backtest`` read the file directly instead of the store, with
exactly the checks and messages of ``replenish import``: the importer's reader
(:func:`data.importer.read_table`: CSV in UTF-8 or a one-sheet .xlsx) and its validation
against :data:`data.importer.SALES_COLUMNS` (quantity a number >= 0, date YYYY-MM-DD,
no unknown columns). A problem raises :class:`data.errors.InputFileError` naming the file,
the physical line (header = 1) and the column. Rows for the same sku and date are kept;
:func:`forecasting.engine.prepare_series` sums them.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from data.importer import SALES_COLUMNS, read_table, validate


def read_sales(path: str | Path) -> pd.DataFrame:
    """Validated sales rows: ``sku`` (str), ``date`` (datetime64), ``quantity`` (float >= 0)."""
    checked = validate(read_table(path), SALES_COLUMNS)
    return pd.DataFrame(
        {
            "sku": pd.Series(checked.values["sku"], dtype=object).astype(str),
            "date": pd.to_datetime(pd.Series(checked.values["date"])),
            "quantity": pd.Series(checked.values["quantity"], dtype=float),
        }
    )
