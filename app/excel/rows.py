"""Rows for the big sheets, streamed from SQLite in chunks (bounded memory at any size).

The sqlite3 cursor is used directly: a million interactions through SQLAlchemy's Row
objects and type processing would take several times as long. Dates arrive as ISO text and
become `date`s here, once per distinct day.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from app.store import Store

CHUNK = 5_000
Progress = Callable[[int, str], None]


def stream(store: Store, sql: str, params: dict[str, Any]) -> Iterator[tuple[Any, ...]]:
    """Every row of `sql`, CHUNK at a time, inside one read transaction."""
    with store.read() as session:
        driver = session.connection().connection.driver_connection
        assert driver is not None  # a checked-out connection always holds its sqlite3 one
        cursor = driver.cursor()
        try:
            cursor.execute(sql, params)
            while chunk := cursor.fetchmany(CHUNK):
                yield from chunk
        finally:
            cursor.close()


def count(store: Store, sql: str, params: dict[str, Any]) -> int:
    with store.read() as session:
        driver = session.connection().connection.driver_connection
        assert driver is not None
        return int(driver.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])


class Days(dict[str, date]):
    """ISO text -> date, each distinct day parsed once (a few thousand stand for a million)."""

    def __call__(self, value: str | date | None) -> date | None:
        if value is None or isinstance(value, date):
            return value
        found = self.get(value)
        if found is None:
            found = self[value] = date.fromisoformat(value[:10])
        return found


class Ticker:
    """Reports progress every CHUNK rows of a sheet; the callback raises to cancel."""

    def __init__(self, progress: Progress | None, stage: str, first: int, last: int) -> None:
        self.progress = progress
        self.stage = stage
        self.first, self.last = first, last
        self.total = 0
        self.done = 0

    def start(self, total: int) -> None:
        self.total = total
        self.report()

    def tick(self) -> None:
        self.done += 1
        if self.done % CHUNK == 0:
            self.report()

    def report(self) -> None:
        if self.progress is None:
            return
        share = self.done / self.total if self.total else 1.0
        self.progress(self.first + int((self.last - self.first) * min(share, 1.0)), self.stage)
