"""Cadence rules against a hand-written calendar: month ends, the 31st, leap years, the nth
weekday, every n weeks, n times a year, the series end, and rules that give no day."""

from __future__ import annotations

from datetime import date, time

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given
from hypothesis import strategies as st

from app.errors import InvalidRecord
from app.governance.cadence import Rule, checked, days, ical_rule, spread_months

D = date


def test_monthly_on_the_31st_lands_on_each_months_last_day() -> None:
    rule = checked(Rule("monthly_day", D(2024, 1, 10), month_day=31))
    assert days(rule, D(2024, 1, 1), D(2024, 12, 31)) == [
        D(2024, 1, 31),
        D(2024, 2, 29),  # a leap year
        D(2024, 3, 31),
        D(2024, 4, 30),
        D(2024, 5, 31),
        D(2024, 6, 30),
        D(2024, 7, 31),
        D(2024, 8, 31),
        D(2024, 9, 30),
        D(2024, 10, 31),
        D(2024, 11, 30),
        D(2024, 12, 31),
    ]


def test_monthly_on_the_30th_in_february_of_a_common_and_a_leap_year() -> None:
    rule = checked(Rule("monthly_day", D(2027, 1, 1), month_day=30))
    assert days(rule, D(2027, 1, 1), D(2027, 3, 31)) == [
        D(2027, 1, 30),
        D(2027, 2, 28),
        D(2027, 3, 30),
    ]
    assert days(rule, D(2028, 2, 1), D(2028, 2, 29)) == [D(2028, 2, 29)]


def test_every_second_month_on_the_15th() -> None:
    rule = checked(Rule("monthly_day", D(2026, 1, 15), interval=2, month_day=15))
    assert days(rule, D(2026, 1, 1), D(2026, 12, 31)) == [
        D(2026, 1, 15),
        D(2026, 3, 15),
        D(2026, 5, 15),
        D(2026, 7, 15),
        D(2026, 9, 15),
        D(2026, 11, 15),
    ]


def test_nth_and_last_weekday_of_the_month() -> None:
    second_tuesday = checked(Rule("monthly_weekday", D(2026, 1, 1), weekday=1, nth=2))
    assert days(second_tuesday, D(2026, 1, 1), D(2026, 4, 30)) == [
        D(2026, 1, 13),
        D(2026, 2, 10),
        D(2026, 3, 10),
        D(2026, 4, 14),
    ]
    last_friday = checked(Rule("monthly_weekday", D(2026, 1, 1), weekday=4, nth=-1))
    assert days(last_friday, D(2026, 1, 1), D(2026, 3, 31)) == [
        D(2026, 1, 30),
        D(2026, 2, 27),
        D(2026, 3, 27),
    ]


def test_weekly_and_every_other_week_start_on_the_first_matching_day() -> None:
    weekly = checked(Rule("weekly", D(2026, 1, 1), weekday=2))  # 1.1.2026 is a Thursday
    assert days(weekly, D(2026, 1, 1), D(2026, 1, 31)) == [
        D(2026, 1, 7),
        D(2026, 1, 14),
        D(2026, 1, 21),
        D(2026, 1, 28),
    ]
    fortnightly = checked(Rule("weekly", D(2026, 1, 5), weekday=0, interval=2))
    assert days(fortnightly, D(2026, 1, 1), D(2026, 2, 28)) == [
        D(2026, 1, 5),
        D(2026, 1, 19),
        D(2026, 2, 2),
        D(2026, 2, 16),
    ]


def test_quarterly_half_yearly_yearly_keep_the_weekday_and_week_of_the_month() -> None:
    start = D(2026, 1, 13)  # the second Tuesday of January
    quarterly = checked(Rule("quarterly", start))
    assert days(quarterly, start, D(2026, 12, 31)) == [
        D(2026, 1, 13),
        D(2026, 4, 14),
        D(2026, 7, 14),
        D(2026, 10, 13),
    ]
    half = checked(Rule("half_yearly", start))
    assert days(half, start, D(2027, 12, 31)) == [
        D(2026, 1, 13),
        D(2026, 7, 14),
        D(2027, 1, 12),
        D(2027, 7, 13),
    ]
    yearly = checked(Rule("yearly", D(2026, 5, 29)))  # the last Friday of May
    assert days(yearly, D(2026, 1, 1), D(2028, 12, 31)) == [
        D(2026, 5, 29),
        D(2027, 5, 28),
        D(2028, 5, 26),
    ]


def test_eleven_times_a_year_skips_the_summer_month() -> None:
    rule = checked(Rule("times_a_year", D(2026, 1, 7), times_a_year=11))  # first Wednesday
    found = days(rule, D(2026, 1, 1), D(2026, 12, 31))
    assert len(found) == 11
    assert [d.month for d in found] == [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]
    assert found[:3] == [D(2026, 1, 7), D(2026, 2, 4), D(2026, 3, 4)]
    assert all(d.weekday() == 2 and d.day <= 7 for d in found)


@pytest.mark.parametrize(("times", "months"), [(1, (3,)), (2, (3, 9)), (5, (1, 3, 6, 8, 11))])
def test_months_are_spread_evenly(times: int, months: tuple[int, ...]) -> None:
    start = 3 if times < 5 else 1
    assert spread_months(start, times) == months


def test_the_series_end_is_the_last_day_included() -> None:
    rule = checked(Rule("weekly", D(2026, 1, 5), weekday=0, ends_on=D(2026, 1, 19)))
    assert days(rule, D(2026, 1, 1), D(2026, 12, 31)) == [
        D(2026, 1, 5),
        D(2026, 1, 12),
        D(2026, 1, 19),
    ]


@pytest.mark.parametrize(
    ("rule", "field"),
    [
        (Rule("weekly", D(2026, 1, 6), weekday=0, ends_on=D(2026, 1, 5)), "ends_on"),  # end first
        (Rule("weekly", D(2026, 1, 6), weekday=0, ends_on=D(2026, 1, 10)), "ends_on"),  # no day
        (Rule("monthly_day", D(2026, 1, 6), month_day=32), "month_day"),
        (Rule("monthly_weekday", D(2026, 1, 6), weekday=1, nth=5), "nth"),
        (Rule("times_a_year", D(2026, 1, 6), times_a_year=13), "times_a_year"),
        (Rule("fortnightly", D(2026, 1, 6)), "cadence"),
    ],
)
def test_bad_rules_say_which_field(rule: Rule, field: str) -> None:
    with pytest.raises(InvalidRecord) as refused:
        checked(rule)
    assert field in refused.value.by_field()


@given(
    st.sampled_from(["monthly_day", "monthly_weekday", "quarterly", "times_a_year", "weekly"]),
    st.dates(D(2020, 1, 1), D(2030, 12, 31)),
    st.integers(1, 31),
    st.integers(1, 12),
)
def test_the_ical_rule_gives_the_same_days_as_the_plan(
    cadence: str, start: date, day: int, times: int
) -> None:
    rule = checked(
        Rule(cadence, start, weekday=start.weekday(), nth=-1, month_day=day, times_a_year=times)
    )
    text = f"DTSTART:{start:%Y%m%d}T090000\nRRULE:{ical_rule(rule, time(9))}"
    planned = days(rule, start, D(2045, 12, 31))[:24]
    parsed = [moment.date() for moment in rrulestr(text)[: len(planned)]]
    assert parsed == planned
