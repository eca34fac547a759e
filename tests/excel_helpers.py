"""A demo database with tricky text and its summary workbooks, shared by the Excel tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from app import demo
from app.customers.contacts import create_contact
from app.customers.records import create_customer
from app.excel.period import Period
from app.store import Store

TODAY = date(2026, 6, 15)
PERIOD = Period(date(2025, 7, 1), date(2026, 6, 15))
FORMULA_NAME = "=SUM(A1:A9)"
FORMULA_NOTE = '=HYPERLINK("http://example.com","click")'


@dataclass
class Demo:
    path: Path
    team_id: int
    tricky_id: int


def make_demo(folder: Path) -> Demo:
    """120 customers of one team (demo data up to TODAY) and one customer whose name, notes
    and contact look like formulas."""
    path = folder / "demo.sqlite"
    store = Store.open(path, folder / "backups")
    try:
        demo.generate(store, customers=120, seed=3, teams=1, today=TODAY)
        with store.read() as session:
            team_id = int(
                session.connection()
                .exec_driver_sql("SELECT min(id) FROM team_company")
                .scalar_one()
            )
        tricky = create_customer(
            store,
            team_id,
            {"name": FORMULA_NAME, "website": "www.kipina.fi", "notes": FORMULA_NOTE},
        )
        create_contact(
            store, tricky, {"name": "@Aino", "email": "aino@kipina.fi", "phone": "+358 40 123 4567"}
        )
    finally:
        store.close()
    return Demo(path, team_id, tricky)


def table(sheet: Worksheet, title: str) -> list[tuple[Any, ...]]:
    """The rows under the header row that follows the cell `title` in column A, up to the
    first empty row (the summary sheets are a column of titled tables)."""
    rows = list(sheet.iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row and row[0] == title)
    out = []
    for row in rows[start + 2 :]:
        if not row or row[0] is None:
            break
        out.append(row)
    return out


def labelled(sheet: Worksheet, title: str) -> dict[Any, tuple[Any, ...]]:
    return {row[0]: row[1:] for row in table(sheet, title)}
