"""The Customers table's first page read with nothing but `sqlite3`, for start-up.

Start-up paints these rows before SQLAlchemy is imported (about 150 ms, the bare window's
whole start; views/early_start.py). The statement is the one `CustomerQuery(team_id).page(
None, FIRST_BATCH)` compiles to for SQLite, written out once; tests/test_early_start.py
compiles the query again and requires the same text, so the two cannot drift apart. The
rows are only shown: the table model reads its own first page when it takes over.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

# The first page only needs to fill a screen; later pages come as the view scrolls.
FIRST_BATCH = 80
# The table's columns in order (app.customers.listing.LIST_COLUMNS has the same keys).
COLUMN_KEYS = (
    "name",
    "business_id",
    "city",
    "industry",
    "size_class",
    "ladder_level",
    "owner",
    "last_contact",
    "next_due",
)

FIRST_PAGE_SQL = (
    "SELECT customer.id, customer.name AS name, customer.business_id AS business_id, "
    "customer.city AS city, customer.industry AS industry, customer.size_class AS size_class, "
    "customer.ladder_level AS ladder_level, member.name AS owner, "
    "(SELECT max(interaction.occurred_on) AS max_1 FROM interaction "
    "WHERE interaction.customer_id = customer.id) AS last_contact, "
    "(SELECT min(interaction.next_step_due) AS min_1 FROM interaction "
    "WHERE interaction.customer_id = customer.id AND interaction.next_step_due IS NOT NULL) "
    "AS next_due, customer.archived, customer.owner_id "
    "FROM customer LEFT OUTER JOIN member ON member.id = customer.owner_id "
    "WHERE customer.team_id = ? AND customer.archived IS 0 "
    "ORDER BY customer.name ASC, customer.id ASC LIMIT ? OFFSET ?"
)


class FirstRow(NamedTuple):
    """One row as the table model reads it (attribute access, as SQLAlchemy's rows)."""

    id: int
    name: str
    business_id: str | None
    city: str | None
    industry: str | None
    size_class: str | None
    ladder_level: str
    owner: str | None
    last_contact: date | str | None
    next_due: date | str | None
    archived: bool
    owner_id: int | None


def reading(path: Path) -> sqlite3.Connection:
    """A read-only connection (SQLite's own read-only mode: nothing is written)."""
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def read_first_page(conn: sqlite3.Connection, team_id: int) -> list[FirstRow]:
    rows: list[Any] = conn.execute(FIRST_PAGE_SQL, (team_id, FIRST_BATCH, 0)).fetchall()
    return [FirstRow._make(row) for row in rows]


def list_teams(conn: sqlite3.Connection) -> list[tuple[int, str, str]]:
    """(id, uuid, name) of every team company in app.teams.list_teams' order."""
    return conn.execute("SELECT id, uuid, name FROM team_company ORDER BY name").fetchall()
