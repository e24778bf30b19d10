"""Validated, atomic, idempotent import of items, sales and suppliers (SPEC §4).

How an import runs:

1. **Read** every given file (CSV in UTF-8, with or without BOM, or an .xlsx workbook
   with exactly one sheet) into raw text cells, remembering each row's physical line
   number (the header is line 1; for .xlsx the sheet's row number).
2. **Validate** every file against the column table below (``ITEM_COLUMNS`` ...). Each
   distinct raw value of a column is parsed once, so a million sales rows with a thousand
   skus and dates cost a few thousand parses. The first problem (lowest line) is raised
   as one :class:`~data.errors.InputFileError` naming file, line and column.
3. **Write** everything in one transaction: items and suppliers are upserted by key,
   sales are summed per sku and date and those (sku, date) totals replace what the store
   had for them. Any error rolls the whole import back: nothing is written.

Units as in ``data/schema.py``: quantities in stock units, money in the item's currency,
durations in days (fractional allowed), rates per year.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import difflib
import io
import math
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
from pydantic import BaseModel
from sqlalchemy import Connection, Engine, Table, bindparam, insert, select, update

from data.errors import InputFileError
from data.schema import Item, Supplier

# --------------------------------------------------------------------------------------
# The column table: one declaration per input column (type, range, default).
# --------------------------------------------------------------------------------------

Kind = Literal["text", "number", "integer", "date"]


@dataclass(frozen=True)
class Column:
    """One input column: its type, allowed range and the value an empty cell means.

    ``required`` columns must be in the header and every cell must be filled; an empty
    cell of an optional column means ``default``. Ranges: ``gt`` (>), ``ge`` (>=),
    ``lt`` (<). ``field`` is the store column when it differs from the header name.
    """

    name: str
    kind: Kind
    required: bool = False
    default: Any = None
    gt: float | None = None
    ge: float | None = None
    lt: float | None = None
    max_length: int | None = None
    field: str | None = None

    @property
    def store_field(self) -> str:
        return self.field or self.name

    @property
    def expected(self) -> str:
        """What a valid cell looks like, in words (used in error messages)."""
        if self.kind == "date":
            return "a date YYYY-MM-DD"
        if self.kind == "text":
            return "a value" if self.max_length is None else f"a value of at most {self.max_length} characters"
        bounds = [f"{op} {_plain(limit)}" for op, limit in ((">", self.gt), (">=", self.ge), ("<", self.lt)) if limit is not None]
        noun = "a whole number" if self.kind == "integer" else "a number"
        return " ".join([noun, " and ".join(bounds)]) if bounds else noun

    def parse(self, raw: str) -> Any:
        """The value of one cell (already stripped of surrounding whitespace).

        Raises ``ValueError`` with the reason when the cell is not valid.
        """
        if raw == "":
            if self.required:
                raise ValueError(f"is empty; expected {self.expected}")
            return self.default
        if self.kind == "text":
            if self.max_length is not None and len(raw) > self.max_length:
                raise ValueError(f"expected {self.expected}, got {len(raw)} characters")
            return raw
        if self.kind == "date":
            if not _ISO_DATE.fullmatch(raw):
                raise ValueError(f"expected {self.expected}, got {raw!r}")
            try:
                return dt.date.fromisoformat(raw)
            except ValueError:
                raise ValueError(f"expected {self.expected}, got {raw!r} (no such day)") from None
        value = float(raw) if _NUMBER.fullmatch(raw) else math.nan
        if not math.isfinite(value) or not self._in_range(value):
            raise ValueError(f"expected {self.expected}, got {raw!r}")
        if self.kind == "integer":
            if not value.is_integer():
                raise ValueError(f"expected {self.expected}, got {raw!r}")
            return int(value)
        return value

    def _in_range(self, value: float) -> bool:
        return (
            (self.gt is None or value > self.gt)
            and (self.ge is None or value >= self.ge)
            and (self.lt is None or value < self.lt)
        )


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", re.ASCII)


def _plain(number: float) -> str:
    return f"{number:g}"


ITEM_COLUMNS: tuple[Column, ...] = (
    Column("sku", "text", required=True, max_length=100),
    Column("name", "text", max_length=300),
    Column("supplier", "text", max_length=200),
    Column("unit_cost", "number", gt=0),  # money per unit; no default (unknown)
    Column("order_cost", "number", ge=0, default=0.0),  # money per order
    Column("holding_cost_rate", "number", ge=0, default=0.25),  # per year, fraction of unit_cost
    Column("lead_time_days", "number", ge=0, default=7.0),
    Column("lead_time_sd_days", "number", ge=0, default=0.0),
    Column("pack_size", "integer", ge=1, default=1),  # units per pack
    Column("moq", "number", ge=0, default=0.0),  # units
    Column("on_hand", "number", ge=0, default=0.0),  # units
    Column("on_order", "number", ge=0, default=0.0),  # units
    Column("service_level", "number", gt=0, lt=1, default=0.95),  # cycle service level
    Column("stockout_cost", "number", ge=0),  # money per unit short; optional
)
SALES_COLUMNS: tuple[Column, ...] = (
    Column("sku", "text", required=True, max_length=100),
    Column("date", "date", required=True),
    Column("quantity", "number", required=True, ge=0),  # units sold that day
)
SUPPLIER_COLUMNS: tuple[Column, ...] = (
    Column("supplier", "text", required=True, max_length=200, field="name"),
    Column("email", "text", max_length=320),
    Column("lead_time_days", "number", ge=0),  # quoted lead time, days
)

SUPPORTED_SUFFIXES = (".csv", ".xlsx")

# --------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------


class ImportSummary(BaseModel):
    """Rows read from each file (``sales_rows`` counts data rows, before summing)."""

    items: int = 0
    sales_rows: int = 0
    suppliers: int = 0

    def as_json(self) -> dict[str, int]:
        """The ``replenish import --json`` document: ``{"items", "sales_rows", "suppliers"}``."""
        return self.model_dump()


def import_files(
    engine: Engine,
    items: Path | str | None = None,
    sales: Path | str | None = None,
    suppliers: Path | str | None = None,
    progress: bool = False,
) -> ImportSummary:
    """Validate all given files, then write them in one transaction (all or nothing).

    Raises :class:`~data.errors.InputFileError` for the first problem found; the store
    is then unchanged. Sales may refer to skus of ``items`` or already in the store.
    ``progress`` shows progress bars on stderr.
    """
    with _progress(progress) as steps:
        item_file = _load(items, ITEM_COLUMNS, steps) if items is not None else None
        sales_file = _load(sales, SALES_COLUMNS, steps) if sales is not None else None
        supplier_file = _load(suppliers, SUPPLIER_COLUMNS, steps) if suppliers is not None else None
        if item_file is not None:
            _reject_duplicates(item_file, "sku")
        if supplier_file is not None:
            _reject_duplicates(supplier_file, "supplier")
        daily_sales = _sum_per_day(sales_file) if sales_file is not None else None

        with engine.begin() as connection:  # one transaction: all or nothing
            if sales_file is not None:
                new_skus = set(item_file.values["sku"]) if item_file is not None else set()
                _reject_unknown_skus(connection, sales_file, new_skus)
            if supplier_file is not None:
                _upsert(connection, Supplier.__table__, supplier_file)
            if item_file is not None:
                _upsert(connection, Item.__table__, item_file)
            if daily_sales is not None:
                _replace_sales(connection, daily_sales, steps)

    return ImportSummary(
        items=item_file.rows if item_file is not None else 0,
        sales_rows=sales_file.rows if sales_file is not None else 0,
        suppliers=supplier_file.rows if supplier_file is not None else 0,
    )


# --------------------------------------------------------------------------------------
# Reading: files -> raw text cells with physical line numbers
# --------------------------------------------------------------------------------------


@dataclass
class RawFile:
    """Text cells of one file as written, before validation.

    ``cells[i]`` holds the raw strings of header field ``i`` (one per data row);
    ``lines`` the physical line (CSV) or row number (.xlsx) of each data row.
    """

    file: str
    header: list[str]
    header_line: int
    cells: list[np.ndarray]
    lines: np.ndarray


def read_table(path: Path | str) -> RawFile:
    """Read a .csv (UTF-8) or single-sheet .xlsx file into raw text cells."""
    path = Path(path)
    file = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        found = f"'{path.suffix}'" if path.suffix else "no extension"
        raise InputFileError(file, f"unsupported file type ({found}); expected a .csv or .xlsx file")
    if not path.exists():
        raise InputFileError(file, "file not found")
    if not path.is_file():
        raise InputFileError(file, "is not a file")
    try:
        return _read_xlsx(path, file) if suffix == ".xlsx" else _read_csv(path.read_bytes(), file)
    except OSError as error:
        raise InputFileError(file, f"cannot be read: {error.strerror or error}") from None


def _read_csv(data: bytes, file: str) -> RawFile:
    """Parse CSV bytes; line numbers count physical lines (\\n, \\r\\n or \\r)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputFileError(file, "not UTF-8 encoded (it is UTF-16); save it as 'CSV UTF-8'", line=1)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    if not data.strip():
        what = "0 bytes" if not data else "only blank lines"
        raise InputFileError(file, f"the file is empty ({what}); expected a header line and data rows", line=1)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _encoding_error(file, data, error.start) from None
    if "\x00" in text:
        raise _encoding_error(file, data, data.index(b"\x00"))
    if b'"' not in data:
        table = _read_csv_unquoted(data, file)
        if table is not None:
            return table
    return _read_csv_general(text, file)


def _encoding_error(file: str, data: bytes, position: int) -> InputFileError:
    """Where the first byte that is not UTF-8 text sits: its line and column."""
    line_start = data.rfind(b"\n", 0, position) + 1
    line = data.count(b"\n", 0, position) + 1
    header_end = data.find(b"\n")
    header_bytes = data[: header_end if header_end >= 0 else len(data)]
    header = next(csv.reader([header_bytes.decode("utf-8", errors="replace")]), [])
    before = data[line_start:position].decode("utf-8", errors="replace")
    field_index = len(next(csv.reader([before]), [""])) - 1 if before else 0
    column = header[field_index].strip() if line > 1 and field_index < len(header) else None
    byte = data[position]
    what = "a NUL byte (UTF-16 or a binary file?)" if byte == 0 else f"byte 0x{byte:02X}"
    return InputFileError(
        file, f"not UTF-8 encoded: found {what}; save the file as 'CSV UTF-8'", line=line, column=column
    )


def _read_csv_unquoted(data: bytes, file: str) -> RawFile | None:
    """Fast path for files without quotes: one record per line, parsed by pandas.

    Returns None (use the general reader) when any line has a different number of
    fields than the header, or pandas disagrees about which lines are records.
    """
    codes = np.frombuffer(data, dtype=np.uint8)
    newlines = np.flatnonzero(codes == ord("\n"))
    ends = newlines if data.endswith(b"\n") else np.append(newlines, len(data))
    starts = np.concatenate(([0], newlines + 1))[: len(ends)]
    commas = np.bincount(np.searchsorted(newlines, np.flatnonzero(codes == ord(","))), minlength=len(ends))
    records = np.flatnonzero(ends > starts)  # 0-based indices of non-empty lines
    if (commas[records] != commas[records[0]]).any():
        return None
    frame = pd.read_csv(
        io.BytesIO(data), header=None, dtype=str, na_filter=False, quoting=csv.QUOTE_NONE,
        skip_blank_lines=True, engine="c", encoding="utf-8",
    )
    if len(frame) != len(records):
        return None
    header = [str(name) for name in frame.iloc[0]]
    cells = [frame[position].to_numpy(dtype=object)[1:] for position in frame.columns]
    return RawFile(file, header, int(records[0]) + 1, cells, records[1:].astype(np.int64) + 1)


def _read_csv_general(text: str, file: str) -> RawFile:
    """The csv module reader: handles quoted fields, embedded newlines, ragged rows."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header: list[str] | None = None
    header_line = 0
    rows: list[list[str]] = []
    lines: list[int] = []
    last_line = 0
    try:
        for row in reader:
            line, last_line = last_line + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header, header_line = row, line
            elif len(row) != len(header):
                many = "too many" if len(row) > len(header) else "too few"
                raise InputFileError(
                    file,
                    f"{many} fields: {len(row)} fields, but the header has {len(header)} columns "
                    "(a value with a comma must be in double quotes)",
                    line=line,
                )
            else:
                rows.append(row)
                lines.append(line)
    except csv.Error as error:
        raise InputFileError(file, f"malformed CSV: {error}", line=reader.line_num) from None
    assert header is not None  # the caller rejected empty files
    cells = [np.array([row[i] for row in rows], dtype=object) for i in range(len(header))]
    return RawFile(file, header, header_line, cells, np.array(lines, dtype=np.int64))


def _read_xlsx(path: Path, file: str) -> RawFile:
    """Read the only sheet of a workbook; cell values become text as a person reads them."""
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as error:
        raise InputFileError(file, f"is not a readable .xlsx workbook ({error})") from None
    try:
        if len(workbook.sheetnames) != 1:
            names = ", ".join(repr(name) for name in workbook.sheetnames)
            raise InputFileError(
                file, f"expected exactly one sheet, found {len(workbook.sheetnames)}: {names}; "
                "remove the other sheets or save the data sheet as its own file"
            )
        header: list[str] | None = None
        header_line = 0
        rows: list[list[str]] = []
        lines: list[int] = []
        for number, values in enumerate(workbook.worksheets[0].iter_rows(values_only=True), start=1):
            row = [_cell_text(value) for value in values]
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                while row and not row[-1].strip():
                    row.pop()
                header, header_line = row, number
                continue
            extra = [i for i, cell in enumerate(row[len(header) :], start=len(header)) if cell.strip()]
            if extra:
                raise InputFileError(
                    file, f"a value in column {extra[0] + 1}, beyond the header's {len(header)} columns",
                    line=number,
                )
            rows.append(row[: len(header)] + [""] * (len(header) - len(row)))
            lines.append(number)
    finally:
        workbook.close()
    if header is None:
        raise InputFileError(file, "the sheet is empty; expected a header row and data rows", line=1)
    cells = [np.array([row[i] for row in rows], dtype=object) for i in range(len(header))]
    return RawFile(file, header, header_line, cells, np.array(lines, dtype=np.int64))


def _cell_text(value: Any) -> str:
    """A spreadsheet cell as text: whole numbers without '.0', dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


# --------------------------------------------------------------------------------------
# Validation: raw cells -> typed columns, or one InputFileError
# --------------------------------------------------------------------------------------


@dataclass
class CheckedFile:
    """A validated file: typed values for every column of the spec, one per data row.

    Columns missing from the file hold their default; ``present`` lists the columns
    the file has (only those overwrite stored values on re-import).
    """

    file: str
    columns: tuple[Column, ...]
    present: list[str]
    values: dict[str, np.ndarray]
    lines: np.ndarray
    header_names: dict[str, str] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return len(self.lines)


def validate(raw: RawFile, columns: tuple[Column, ...]) -> CheckedFile:
    """Check the header and every cell of ``raw`` against ``columns``."""
    positions = _check_header(raw, columns)

    # Each field's distinct raw values, stripped: validation works on these.
    distinct = [_distinct(cells) for cells in raw.cells]
    keep = np.zeros(len(raw.lines), dtype=bool)  # rows with at least one non-blank cell
    for codes, uniques in distinct:
        keep |= (uniques != "")[codes]
    lines = raw.lines[keep]
    if len(lines) == 0:
        raise InputFileError(raw.file, "has a header but no data rows", line=raw.header_line + 1)

    values: dict[str, np.ndarray] = {}
    header_names = {name: raw.header[position].strip() for name, position in positions.items()}
    problems: list[tuple[int, int, str, str]] = []  # (line, field position, column, message)
    for column in columns:
        if column.name not in positions:
            values[column.name] = np.full(len(lines), column.default, dtype=object)
            continue
        codes, uniques = distinct[positions[column.name]]
        codes = codes[keep]
        parsed: list[Any] = []
        bad: dict[int, str] = {}
        for index, text in enumerate(uniques):
            try:
                parsed.append(column.parse(text))
            except ValueError as reason:
                parsed.append(None)
                bad[index] = str(reason)
        if bad:
            bad_rows = np.isin(codes, list(bad))
            if bad_rows.any():
                row = int(np.argmax(bad_rows))
                where = (int(lines[row]), positions[column.name], header_names[column.name])
                problems.append((*where, bad[int(codes[row])]))
        lookup = np.array(parsed, dtype=float if column.kind in ("number", "integer") else object)
        values[column.name] = lookup[codes]
    if problems:
        line, _, column_name, message = min(problems)
        raise InputFileError(raw.file, message, line=line, column=column_name)
    return CheckedFile(raw.file, columns, list(positions), values, lines, header_names)


def _distinct(cells: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Codes into the distinct values of one field, and those values stripped of spaces."""
    codes, uniques = pd.factorize(cells)
    return codes, np.array([value.strip() for value in uniques], dtype=object)


def _check_header(raw: RawFile, columns: tuple[Column, ...]) -> dict[str, int]:
    """Map each spec column present in the header to its field position.

    Header names match case-insensitively after trimming spaces.
    """
    allowed = [column.name for column in columns]
    positions: dict[str, int] = {}
    for position, written in enumerate(raw.header):
        name = written.strip().lower()
        if not name:
            raise InputFileError(
                raw.file, f"the header's field {position + 1} is empty; every column needs a name",
                line=raw.header_line,
            )
        if name in positions:
            raise InputFileError(
                raw.file, f"column '{written.strip()}' appears twice in the header "
                f"(fields {positions[name] + 1} and {position + 1})",
                line=raw.header_line, column=written.strip(),
            )
        if name not in allowed:
            raise InputFileError(
                raw.file, _unknown_column_message(written.strip(), allowed, len(raw.header)),
                line=raw.header_line, column=written.strip(),
            )
        positions[name] = position
    for column in columns:
        if column.required and column.name not in positions:
            found = ", ".join(name.strip() for name in raw.header)
            raise InputFileError(
                raw.file, f"missing required column '{column.name}' (the header has: {found})",
                line=raw.header_line, column=column.name,
            )
    return positions


def _unknown_column_message(name: str, allowed: list[str], fields: int) -> str:
    if fields == 1 and (";" in name or "\t" in name):
        separator = "';'" if ";" in name else "a tab"
        return f"the columns seem separated by {separator}; save the file with ',' separators (CSV UTF-8)"
    close = difflib.get_close_matches(name.lower(), allowed, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"unknown column '{name}'{hint}; allowed columns: {', '.join(allowed)}"


def _load(path: Path | str, columns: tuple[Column, ...], steps: _Steps) -> CheckedFile:
    with steps.stage(f"reading {path}"):
        raw = read_table(path)
    with steps.stage(f"checking {path}"):
        return validate(raw, columns)


def _reject_duplicates(table: CheckedFile, key: str) -> None:
    """A key may appear once per file: name both lines of the first repeat."""
    keys = pd.Series(table.values[key])
    repeated = keys.duplicated(keep="first").to_numpy()
    if repeated.any():
        second = int(np.argmax(repeated))
        first = int(np.argmax((keys == keys.iloc[second]).to_numpy()))
        raise InputFileError(
            table.file,
            f"{key} {keys.iloc[second]!r} appears twice: lines {table.lines[first]} and {table.lines[second]}",
            line=int(table.lines[second]), column=table.header_names[key],
        )


def _reject_unknown_skus(connection: Connection, sales: CheckedFile, new_skus: set[str]) -> None:
    """Every sales sku must be an item of this import or already in the store."""
    codes, skus = pd.factorize(sales.values["sku"])
    missing = [i for i, sku in enumerate(skus) if sku not in new_skus]
    if not missing:
        return
    stored = _existing_keys(connection, Item.__table__.c.sku, [skus[i] for i in missing])
    unknown = [i for i in missing if skus[i] not in stored]
    if unknown:
        row = int(np.argmax(np.isin(codes, unknown)))
        raise InputFileError(
            sales.file,
            f"sku {skus[codes[row]]!r} is not a known item (not in the items file nor in the store)",
            line=int(sales.lines[row]), column=sales.header_names["sku"],
        )


def _sum_per_day(sales: CheckedFile) -> pd.DataFrame:
    """Total quantity per (sku, date): several rows for one sku and day are summed."""
    frame = pd.DataFrame({column: sales.values[column] for column in ("sku", "date", "quantity")})
    return frame.groupby(["sku", "date"], sort=True, as_index=False)["quantity"].sum()


# --------------------------------------------------------------------------------------
# Writing: one transaction, portable between SQLite and PostgreSQL
# --------------------------------------------------------------------------------------

CHUNK_ROWS = 50_000
KEY_CHUNK = 500  # keys per IN (...) query, well under every driver's parameter limit


def _existing_keys(connection: Connection, key: Any, candidates: Sequence[Any]) -> set[Any]:
    """Which of ``candidates`` are already stored in column ``key``."""
    found: set[Any] = set()
    for start in range(0, len(candidates), KEY_CHUNK):
        chunk = list(candidates[start : start + KEY_CHUNK])
        found.update(connection.execute(select(key).where(key.in_(chunk))).scalars())
    return found


def _upsert(connection: Connection, table: Table, data: CheckedFile) -> None:
    """Insert new rows, update existing ones (by primary key) in the columns the file has.

    Columns absent from the file keep their stored values; for new rows they get the
    defaults of the column table.
    """
    key_column = data.columns[0]
    key = table.c[key_column.store_field]
    records = [
        {column.store_field: _db_value(column, data.values[column.name][row]) for column in data.columns}
        for row in range(data.rows)
    ]
    stored = _existing_keys(connection, key, [record[key.name] for record in records])
    new = [record for record in records if record[key.name] not in stored]
    if new:
        connection.execute(insert(table), new)
    present = [column.store_field for column in data.columns if column.name in data.present and column is not key_column]
    old = [record for record in records if record[key.name] in stored]
    if old and present:
        statement = (
            update(table)
            .where(key == bindparam("key_"))
            .values({name: bindparam(f"new_{name}") for name in present})
        )
        connection.execute(
            statement, [{"key_": record[key.name], **{f"new_{n}": record[n] for n in present}} for record in old]
        )


def _db_value(column: Column, value: Any) -> Any:
    """A validated value as the store takes it: NaN (no value) becomes NULL."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if column.kind == "integer":
        return int(value)
    if column.kind == "number":
        return float(value)
    return value


def _replace_sales(connection: Connection, daily: pd.DataFrame, steps: _Steps) -> None:
    """Store the (sku, date) totals, replacing the stored quantity of those sku/dates.

    One ``INSERT ... ON CONFLICT (sku, date) DO UPDATE`` per row; SQLite (>= 3.24) and
    PostgreSQL accept the same statement. Rows go through the driver's ``executemany``
    with ISO date strings (SQLAlchemy's SQLite date format; PostgreSQL casts them),
    several times faster than Core or ORM type processing for a million rows. Rows are
    written in key order so that the primary-key index grows at its end.
    """
    iso = {day: day.isoformat() for day in pd.unique(daily["date"])}
    rows = list(
        zip(
            daily["sku"].tolist(),
            daily["date"].map(iso).tolist(),
            daily["quantity"].astype(float).tolist(),
        )
    )
    _executemany(connection, UPSERT_SALES, rows, steps, "writing sales")


UPSERT_SALES = (
    "INSERT INTO sales (sku, date, quantity) VALUES (?, ?, ?) "
    "ON CONFLICT (sku, date) DO UPDATE SET quantity = excluded.quantity"
)


def _executemany(
    connection: Connection, sql: str, rows: Sequence[tuple[Any, ...]], steps: _Steps, label: str
) -> None:
    """Run ``sql`` (with ``?`` placeholders) once per row, in chunks, via the driver."""
    if connection.dialect.paramstyle in ("format", "pyformat"):
        sql = sql.replace("?", "%s")
    elif connection.dialect.paramstyle != "qmark":
        raise NotImplementedError(f"bulk import needs a qmark/format driver, not {connection.dialect.paramstyle}")
    with steps.stage(label, total=len(rows)) as advance:
        for start in range(0, len(rows), CHUNK_ROWS):
            chunk = rows[start : start + CHUNK_ROWS]
            connection.exec_driver_sql(sql, list(chunk))
            advance(len(chunk))


# --------------------------------------------------------------------------------------
# Progress on stderr (optional)
# --------------------------------------------------------------------------------------


class _Steps:
    """Named stages with optional rich progress bars on stderr; silent when disabled."""

    def __init__(self, progress: Any | None) -> None:
        self._progress = progress

    @contextmanager
    def stage(self, label: str, total: int | None = None) -> Iterator[Any]:
        if self._progress is None:
            yield lambda _count: None
            return
        task = self._progress.add_task(label, total=total)
        yield lambda count: self._progress.advance(task, count)
        self._progress.update(task, completed=total if total is not None else 1, total=total or 1)


@contextmanager
def _progress(enabled: bool) -> Iterator[_Steps]:
    """Live progress bars on stderr when asked for and stderr is a terminal."""
    from rich.console import Console

    console = Console(stderr=True)
    if not enabled or not console.is_terminal:
        yield _Steps(None)
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bars = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True,
    )
    with bars:
        yield _Steps(bars)
