"""Dates as the database hands them back: every layer reads them the same way."""

from __future__ import annotations

from datetime import date
from typing import Any, overload


@overload
def as_date(value: None) -> None: ...
@overload
def as_date(value: date | str) -> date: ...
@overload
def as_date(value: Any) -> date | None: ...


def as_date(value: Any) -> date | None:
    """A date column as SQLite hands it back through text SQL (an ISO string, perhaps with
    a time after it) or as a date; None stays None."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
