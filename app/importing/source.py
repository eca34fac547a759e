"""What an import reads: a file's sheets of rows, and the errors a file can have.

`read_source` looks at the file's first bytes, not its name: a zip is a workbook, an OLE
compound file is a password-protected workbook (Excel encrypts .xlsx into one) or an old
.xls, anything else is read as CSV text. Every refusal is a `SourceError` with an English
template (context "importing") the views translate and the command line prints.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from models.rules import QT_TRANSLATE_NOOP

Progress = Callable[[int, str], None]  # percent, stage; may raise to cancel
Kind = Literal["csv", "xlsx"]

MAX_BYTES = 200 * 1024 * 1024  # a customer list this big is something else (a database dump)
MAX_ROWS = 100_000  # the most customers a team database is built for
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class SourceError(Exception):
    """The file cannot be read as a customer list; nothing was imported."""

    def __init__(self, message: str, **args: object) -> None:
        super().__init__(message.format(**args))
        self.message = message
        self.args_ = args


@dataclass
class Sheet:
    """One table of the file: its header and its non-empty rows with their line numbers."""

    name: str
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # the file's row number of each row

    def __len__(self) -> int:
        return len(self.rows)


@dataclass
class Source:
    """A file read whole: a CSV has one sheet; a workbook its customers sheet and,
    when it is shaped like Raketti's export, its contacts sheet."""

    path: Path
    kind: Kind
    customers: Sheet
    contacts: Sheet | None = None
    encoding: str | None = None  # CSV only: what it was read as
    delimiter: str | None = None
    sheet_names: list[str] = field(default_factory=list)  # workbook only: every sheet


@dataclass(frozen=True)
class ReadOptions:
    """The user's overrides; None means "detect"."""

    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None  # a workbook's sheet to read as the customer list


def file_kind(head: bytes) -> Kind:
    if head.startswith(ZIP_MAGIC):
        return "xlsx"
    if head.startswith(OLE_MAGIC):
        raise SourceError(
            QT_TRANSLATE_NOOP(
                "importing",
                "The workbook is password-protected, or it is an old .xls file. Open it in "
                "Excel, remove the password (or save it as .xlsx) and import that file.",
            )
        )
    return "csv"


def read_source(
    path: Path, options: ReadOptions = ReadOptions(), progress: Progress | None = None
) -> Source:
    """Read the whole file (call off the GUI thread: a big file takes seconds)."""
    report: Progress = progress or (lambda _percent, _stage: None)
    options = options or ReadOptions()
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise SourceError(
            QT_TRANSLATE_NOOP("importing", "The file {path} does not exist."), path=path
        ) from None
    except OSError as error:
        raise SourceError(
            QT_TRANSLATE_NOOP("importing", "Cannot read {path}: {error}"),
            path=path,
            error=error.strerror or str(error),
        ) from None
    if size == 0:
        raise SourceError(QT_TRANSLATE_NOOP("importing", "The file is empty."))
    if size > MAX_BYTES:
        raise SourceError(
            QT_TRANSLATE_NOOP(
                "importing",
                "The file is {size} MB; a customer list can be at most {max} MB. "
                "Split it into smaller files.",
            ),
            size=size // (1024 * 1024),
            max=MAX_BYTES // (1024 * 1024),
        )
    if file_kind(head) == "xlsx":
        from app.importing.workbook_file import read_workbook

        source = read_workbook(path, options, report)
    else:
        from app.importing.csv_file import read_csv

        source = read_csv(path, options, report)
    if not source.customers.rows:
        raise SourceError(
            QT_TRANSLATE_NOOP("importing", "The file has a header row but no customers under it.")
        )
    return source


def too_many_rows() -> SourceError:
    return SourceError(
        QT_TRANSLATE_NOOP(
            "importing",
            "The file has more than {max} rows. Import it in parts of at most {max} rows.",
        ),
        max=MAX_ROWS,
    )


def no_header() -> SourceError:
    return SourceError(
        QT_TRANSLATE_NOOP("importing", "The file has no rows; the first row should be headers.")
    )


def sheet_from_rows(name: str, rows: Any, report: Progress, total: Callable[[], int]) -> Sheet:
    """Collect a header and the non-empty rows from an iterator of row tuples.

    `total()` gives the progress so far as a percentage (bytes read, rows of the sheet)."""
    sheet: Sheet | None = None
    for line, values in enumerate(rows, start=1):
        cells = [_blank_to_none(v) for v in values]
        if not any(v is not None for v in cells):
            continue
        if sheet is None:
            sheet = Sheet(name, [str(v).strip() if v is not None else "" for v in cells])
            continue
        if len(sheet.rows) >= MAX_ROWS:
            raise too_many_rows()
        sheet.rows.append(cells)
        sheet.lines.append(line)
        if len(sheet.rows) % 2000 == 0:
            report(total(), QT_TRANSLATE_NOOP("importing", "Reading the file…"))
    if sheet is None:
        raise no_header()
    return sheet


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str):
        return value if value.strip() else None
    return value
