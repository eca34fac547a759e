"""The `import` sub-command's arguments (main.py import): light to import, since the
window's start-up builds the whole argument parser before SQLAlchemy is loaded."""

from __future__ import annotations

from typing import Any

from app.importing.choice import Choice
from app.importing.csv_file import ENCODINGS

DELIMITER_NAMES = {"semicolon": ";", "comma": ",", "tab": "\t", ";": ";", ",": ","}


def add_parser(commands: Any) -> None:
    command = commands.add_parser(
        "import",
        help="import customers and contacts from a CSV or XLSX file (all or nothing by default)",
    )
    command.add_argument("--db", dest="sub_db", help="database file or URL")
    command.add_argument("file", help="the CSV or XLSX file")
    command.add_argument(
        "--team",
        help="team company to import into (needed when the database has several; "
        "created when the database has none)",
    )
    command.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    command.add_argument(
        "--valid-only", action="store_true", help="import the valid rows, skip the invalid ones"
    )
    command.add_argument(
        "--duplicates",
        choices=[c.value for c in Choice],
        help="what to do with rows that repeat a customer (default: skip)",
    )
    command.add_argument("--encoding", choices=ENCODINGS, help="CSV encoding (default: detect)")
    command.add_argument(
        "--delimiter", choices=sorted(DELIMITER_NAMES), help="CSV separator (default: detect)"
    )
    command.add_argument("--sheet", help="the workbook's sheet of customers (default: detect)")
