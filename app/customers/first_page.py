"""The Customers table's first page read with nothing but `sqlite3`, for start-up.

Start-up paints these rows before SQLAlchemy is imported (about 150 ms, the bare window's
whole start; views/early_start.py). The statement is the one `CustomerQuery(team_id).page(
None, FIRST_BATCH)` compiles to for SQLite, written out once; tests/core/test_early_start.py
compiles the query again and requires the same text, so the two cannot drift apart. Its
columns come from the customer catalogue (models/customer_fields.py, no SQLAlchemy). The
rows are only shown: the table model reads its own first page when it takes over.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from models.customer_fields import CUSTOMER, CUSTOMER_LIST

# The first page only needs to fill a screen; later pages come as the view scrolls.
FIRST_BATCH = 80

# What a shown reference's name is read from (app.customers.listing joins the same).
_NAMES = {"member": "member.name"}


def _shown(key: str) -> tuple[str, str]:
    """(SQL, column key) of one of the list's fields, as SQLAlchemy compiles it."""
    field = CUSTOMER.field(key)
    if field.refers:
        return _NAMES[field.refers], field.column_key
    return f"customer.{key}", key


_FIELDS = [_shown(key) for key in CUSTOMER_LIST]
# The table's columns in order (app.customers.listing.LIST_COLUMNS has the same keys): the
# catalogue's listed fields, then the two computed from interactions.
COLUMN_KEYS = (*(key for _sql, key in _FIELDS), "last_contact", "next_due")

FIRST_PAGE_SQL = (
    "SELECT customer.id, "
    + "".join(f"{sql} AS {key}, " for sql, key in _FIELDS)
    + "(SELECT max(interaction.occurred_on) AS max_1 FROM interaction "
    "WHERE interaction.customer_id = customer.id) AS last_contact, "
    "(SELECT min(interaction.next_step_due) AS min_1 FROM interaction "
    "WHERE interaction.customer_id = customer.id AND interaction.next_step_due IS NOT NULL) "
    "AS next_due, customer.archived, customer.owner_id "
    "FROM customer LEFT OUTER JOIN member ON member.id = customer.owner_id "
    "WHERE customer.team_id = ? AND customer.archived IS 0 "
    "ORDER BY customer.name ASC, customer.id ASC LIMIT ? OFFSET ?"
)
ROW_KEYS = ("id", *COLUMN_KEYS, "archived", "owner_id")


class FirstRow(SimpleNamespace):
    """One row as the table model reads it (attribute access, as SQLAlchemy's rows): id,
    the columns of COLUMN_KEYS, archived and the owner's id."""

    @classmethod
    def of(cls, row: tuple[Any, ...]) -> FirstRow:
        return cls(**dict(zip(ROW_KEYS, row, strict=True)))


def reading(path: Path) -> sqlite3.Connection:
    """A read-only connection (SQLite's own read-only mode: nothing is written)."""
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def read_first_page(conn: sqlite3.Connection, team_id: int) -> list[FirstRow]:
    rows: list[Any] = conn.execute(FIRST_PAGE_SQL, (team_id, FIRST_BATCH, 0)).fetchall()
    return [FirstRow.of(row) for row in rows]


def list_teams(conn: sqlite3.Connection) -> list[tuple[int, str, str]]:
    """(id, uuid, name) of every team company in app.teams.list_teams' order."""
    return conn.execute("SELECT id, uuid, name FROM team_company ORDER BY name").fetchall()
