"""Rows as plain dicts: what a deletion removed, put back exactly (same ids and UUIDs)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Executable, Table, insert
from sqlalchemy.orm import Session

Snapshot = dict[str, list[dict[str, Any]]]  # table name -> rows


def rows(session: Session, statement: Executable) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in session.execute(statement)]


def put_back(session: Session, tables: list[Table], snapshot: Snapshot) -> None:
    """Insert the snapshot's rows table by table, parents first (the order of `tables`)."""
    for table in tables:
        found = snapshot.get(table.name)
        if found:
            session.execute(insert(table), found)
