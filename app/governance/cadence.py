"""Cadences: the rule a meeting series repeats by, and the days it gives.

Every day comes from dateutil's rrule, never from hand-written date arithmetic. Days of
the month past the 28th are clamped to the month's end (the 31st is the 30th in April and
the 28th or 29th in February) with BYMONTHDAY=28..d;BYSETPOS=-1, which iCalendar clients
understand too. "n times a year" picks n months spread evenly from the start month (11
times a year skips the month half a year after the start: the summer month when a series
starts in January). Rhythms of several months (quarterly, half-yearly, yearly, n times a
year) keep the start's weekday and week of the month: the second Tuesday, the last Friday.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any

from dateutil.rrule import FR, MO, MONTHLY, SA, SU, TH, TU, WE, WEEKLY, rrule

from app.errors import InvalidRecord
from models.governance import Cadence
from models.rules import QT_TRANSLATE_NOOP, ValidationError

WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)
TIME_PATTERN = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")  # 09:30
NTH_CHOICES = (1, 2, 3, 4, -1)
EVERY_MONTHS = {Cadence.QUARTERLY: 3, Cadence.HALF_YEARLY: 6, Cadence.YEARLY: 12}
RULE_FIELDS = (
    "cadence",
    "starts_on",
    "interval",
    "weekday",
    "nth",
    "month_day",
    "times_a_year",
    "ends_on",
)


@dataclass(frozen=True)
class Rule:
    """How a series repeats. Fields a cadence does not use are ignored (and cleared)."""

    cadence: str
    starts_on: date
    interval: int = 1  # every n weeks (weekly) or n months (monthly)
    weekday: int | None = None  # 0 = Monday (weekly, monthly on a weekday)
    nth: int | None = None  # 1–4, or -1 for the last (monthly on a weekday)
    month_day: int | None = None  # 1–31 (monthly on a day)
    times_a_year: int | None = None  # 1–12
    ends_on: date | None = None

    @classmethod
    def of(cls, values: Mapping[str, Any]) -> Rule:
        """The rule held in a series row or a dict with the same keys."""
        found: dict[str, Any] = {k: values.get(k) for k in RULE_FIELDS if values.get(k) is not None}
        return cls(**found)

    def values(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in RULE_FIELDS}


def _error(field: str, message: str, **args: object) -> ValidationError:
    return ValidationError(field, message, **args)


def _field_errors(rule: Rule) -> list[ValidationError]:
    errors: list[ValidationError] = []
    if rule.cadence not in set(Cadence):
        errors.append(_error("cadence", QT_TRANSLATE_NOOP("rules", "Choose how often it repeats.")))
    if not 1 <= rule.interval <= 52:
        errors.append(
            _error("interval", QT_TRANSLATE_NOOP("rules", "Repeat every 1 to 52 weeks or months."))
        )
    if rule.cadence in (Cadence.WEEKLY, Cadence.MONTHLY_WEEKDAY) and rule.weekday not in range(7):
        errors.append(_error("weekday", QT_TRANSLATE_NOOP("rules", "Choose the weekday.")))
    if rule.cadence == Cadence.MONTHLY_WEEKDAY and rule.nth not in NTH_CHOICES:
        errors.append(
            _error("nth", QT_TRANSLATE_NOOP("rules", "Choose the first to fourth or the last."))
        )
    if rule.cadence == Cadence.MONTHLY_DAY and not 1 <= (rule.month_day or 0) <= 31:
        errors.append(
            _error("month_day", QT_TRANSLATE_NOOP("rules", "A day of the month is 1 to 31."))
        )
    if rule.cadence == Cadence.TIMES_A_YEAR and not 1 <= (rule.times_a_year or 0) <= 12:
        errors.append(
            _error(
                "times_a_year",
                QT_TRANSLATE_NOOP(
                    "rules", "1 to 12 times a year; for more, meet weekly or every n weeks."
                ),
            )
        )
    if rule.ends_on is not None and rule.ends_on < rule.starts_on:
        errors.append(
            _error("ends_on", QT_TRANSLATE_NOOP("rules", "The series ends before it starts."))
        )
    return errors


def checked(rule: Rule) -> Rule:
    """The rule with unused fields cleared; InvalidRecord when it is wrong or gives no day."""
    errors = _field_errors(rule)
    if errors:
        raise InvalidRecord(errors)
    rule = _cleared(rule)
    if first_day(rule) is None:
        raise InvalidRecord(
            [
                _error(
                    "ends_on",
                    QT_TRANSLATE_NOOP(
                        "rules", "This rhythm gives no meeting between the start and the end."
                    ),
                )
            ]
        )
    return rule


def _cleared(rule: Rule) -> Rule:
    kind = Cadence(rule.cadence)
    weekly = kind in (Cadence.WEEKLY, Cadence.MONTHLY_WEEKDAY)
    return replace(
        rule,
        interval=rule.interval if kind in (Cadence.WEEKLY, *_MONTHLY_KINDS) else 1,
        weekday=rule.weekday if weekly else None,
        nth=rule.nth if kind == Cadence.MONTHLY_WEEKDAY else None,
        month_day=rule.month_day if kind == Cadence.MONTHLY_DAY else None,
        times_a_year=rule.times_a_year if kind == Cadence.TIMES_A_YEAR else None,
    )


_MONTHLY_KINDS = (Cadence.MONTHLY_DAY, Cadence.MONTHLY_WEEKDAY)


def _on_day(day: int) -> dict[str, Any]:
    """BYMONTHDAY for `day`, clamped to the month's last day when the month is shorter."""
    if day <= 28:
        return {"bymonthday": day}
    return {"bymonthday": tuple(range(28, day + 1)), "bysetpos": -1}


def nth_of(day: date) -> int:
    """Which of its weekday in the month `day` is: 1–4, or -1 when it is in the last week."""
    return (day.day - 1) // 7 + 1 if day.day <= 28 else -1


def same_weekday(start: date) -> dict[str, Any]:
    """On the start's weekday of the same week of the month ("the second Tuesday"), so that
    meetings every few months never fall on a weekend when the first one did not."""
    return {"byweekday": WEEKDAYS[start.weekday()](nth_of(start))}


def spread_months(start_month: int, times: int) -> tuple[int, ...]:
    """`times` months spread evenly over a year, starting from `start_month` (1–12)."""
    steps = sorted({round(i * 12 / times) % 12 for i in range(times)})
    return tuple(sorted((start_month - 1 + step) % 12 + 1 for step in steps))


def _parts(rule: Rule) -> dict[str, Any]:
    """The rrule keywords (after dtstart) that make up the cadence."""
    kind = Cadence(rule.cadence)
    start = rule.starts_on
    if kind == Cadence.WEEKLY:
        return {"freq": WEEKLY, "interval": rule.interval, "byweekday": WEEKDAYS[rule.weekday or 0]}
    if kind == Cadence.MONTHLY_DAY:
        return {"freq": MONTHLY, "interval": rule.interval, **_on_day(rule.month_day or start.day)}
    if kind == Cadence.MONTHLY_WEEKDAY:
        weekday = WEEKDAYS[rule.weekday or 0](rule.nth or 1)
        return {"freq": MONTHLY, "interval": rule.interval, "byweekday": weekday}
    if kind in EVERY_MONTHS:
        return {"freq": MONTHLY, "interval": EVERY_MONTHS[kind], **same_weekday(start)}
    times = rule.times_a_year or 1
    if 12 % times == 0:
        return {"freq": MONTHLY, "interval": 12 // times, **same_weekday(start)}
    return {"freq": MONTHLY, "bymonth": spread_months(start.month, times), **same_weekday(start)}


def recurrence(rule: Rule, at: time = time()) -> rrule:
    """The dateutil rule: starting on `starts_on` at `at`, up to the end day inclusive."""
    until = datetime.combine(rule.ends_on, time(23, 59, 59)) if rule.ends_on else None
    return rrule(dtstart=datetime.combine(rule.starts_on, at), until=until, **_parts(rule))


def days(rule: Rule, start: date, end: date) -> list[date]:
    """The rule's days from `start` to `end`, both inclusive."""
    if end < start:
        return []
    found = recurrence(rule).between(
        datetime.combine(start, time()), datetime.combine(end, time(23, 59, 59)), inc=True
    )
    return [moment.date() for moment in found]


def first_day(rule: Rule) -> date | None:
    moment = recurrence(rule).after(datetime.combine(rule.starts_on, time()), inc=True)
    return moment.date() if moment else None


def ical_rule(rule: Rule, at: time) -> str:
    """The RRULE value (without "RRULE:") that iCalendar clients read the same way."""
    text = str(recurrence(rule, at))
    line = next(part for part in text.splitlines() if part.startswith("RRULE:"))
    return line.removeprefix("RRULE:")
