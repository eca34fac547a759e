"""Scoring periods: month, quarter, half-year and year, each named by its first day."""

from __future__ import annotations

from datetime import date, timedelta

from models.rocket import PeriodKind

_MONTHS = {
    PeriodKind.MONTH: 1,
    PeriodKind.QUARTER: 3,
    PeriodKind.HALF_YEAR: 6,
    PeriodKind.YEAR: 12,
}


def months_in(kind: str) -> int:
    return _MONTHS[PeriodKind(kind)]


def period_start(kind: str, day: date) -> date:
    """The first day of the period of `kind` that contains `day`."""
    step = months_in(kind)
    month = (day.month - 1) // step * step + 1
    return date(day.year, month, 1)


def shift(kind: str, start: date, count: int) -> date:
    """The start of the period `count` periods after (or before) the one starting at `start`."""
    index = start.year * 12 + start.month - 1 + count * months_in(kind)
    return date(index // 12, index % 12 + 1, 1)


def period_end(kind: str, start: date) -> date:
    """The last day of the period (inclusive)."""
    return shift(kind, start, 1) - timedelta(days=1)


def periods_between(kind: str, first: date, last: date) -> list[date]:
    """Starts of every period from the one containing `first` to the one containing `last`."""
    current = period_start(kind, first)
    end = period_start(kind, last)
    out: list[date] = []
    while current <= end:
        out.append(current)
        current = shift(kind, current, 1)
    return out


def period_label(kind: str, start: date) -> str:
    """A compact label that reads the same in Finnish and English: 2026-H1, 2026-Q3, 11/2026."""
    k = PeriodKind(kind)
    if k is PeriodKind.MONTH:
        return f"{start.month}/{start.year}"
    if k is PeriodKind.QUARTER:
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    if k is PeriodKind.HALF_YEAR:
        return f"{start.year}-H{(start.month - 1) // 6 + 1}"
    return str(start.year)
