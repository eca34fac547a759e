"""The period a summary covers: from and to, both inclusive."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.errors import InvalidRecord
from models.rules import QT_TRANSLATE_NOOP, ValidationError

EARLIEST = date(2000, 1, 1)


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @classmethod
    def last_months(cls, months: int = 12, today: date | None = None) -> Period:
        """The last `months` whole calendar months up to today (this month included)."""
        today = today or date.today()
        start = today.replace(day=1)
        for _ in range(months - 1):
            start = (start - timedelta(days=1)).replace(day=1)
        return cls(start, today)

    def as_of(self, today: date) -> date:
        """The day stock figures are drawn at: the period's end, but never after today."""
        return min(self.end, today)


def check_period(start: date | None, end: date | None, today: date | None = None) -> Period:
    """A period from the user's choice (either end may be left out): the default is the
    last twelve months; from after to is refused."""
    today = today or date.today()
    default = Period.last_months(12, today)
    period = Period(start or default.start, end or (default.end if start is None else today))
    errors = []
    if period.start > period.end:
        errors.append(
            ValidationError(
                "period", QT_TRANSLATE_NOOP("rules", "The period starts after it ends.")
            )
        )
    if period.start < EARLIEST:
        errors.append(
            ValidationError(
                "period",
                QT_TRANSLATE_NOOP("rules", "Choose a period from {earliest} on."),
                earliest=EARLIEST.isoformat(),
            )
        )
    if errors:
        raise InvalidRecord(errors)
    return period
