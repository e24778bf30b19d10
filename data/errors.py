"""Errors that mean "the user gave us something we cannot use" (CLI exit code 2)."""

from __future__ import annotations


class UserInputError(Exception):
    """Bad input or usage: reported in one line, no traceback, exit code 2."""


class InputFileError(UserInputError):
    """A problem at one place in an input file.

    ``line`` is the physical line number of the file (the header is line 1) or, for
    spreadsheets, the row number; ``column`` the column header as written in the file.
    """

    def __init__(
        self, file: str, message: str, line: int | None = None, column: str | None = None
    ) -> None:
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = [self.file]
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.column is not None:
            where.append(f"column '{self.column}'")
        return f"{', '.join(where)}: {self.message}"
