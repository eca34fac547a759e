"""Generated hostile input for the property tests: texts, numbers, ids and dates.

Texts mix any Unicode, control characters (NUL, BEL, DEL, C1, lone surrogates), line
breaks and texts just under, at and over every limit up to a megabyte; numbers include
nan, infinity, 1e309, huge and negative integers, digits of other scripts and words; ids
include existing ones, ones that exist nowhere, and values that are no id at all.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from hypothesis import event
from hypothesis import strategies as st

from app.errors import InvalidRecord

T = TypeVar("T")

CONTROL = st.sampled_from(
    ["\x00", "\x07", "\x1b", "\n", "\r\n", "\t", "\x7f", "\x85", "\x9f", "\ud800", "\udfff"]
)
LENGTHS = st.sampled_from([16, 17, 40, 41, 199, 200, 201, 254, 255, 499, 500, 501, 1000, 1001])
HUGE = st.sampled_from([10_000, 10_001, 1_000_000])

plain = st.text(alphabet="abcåäöÅÄÖ xyz-.,'1234567890", min_size=1, max_size=30)

hostile_texts: st.SearchStrategy[Any] = st.one_of(
    plain,
    st.none(),
    st.just(""),
    st.text(max_size=40),
    st.builds(lambda a, c, b: a + c + b, st.text(max_size=6), CONTROL, st.text(max_size=6)),
    st.builds(lambda c, n: c * n, st.characters(), LENGTHS),
    st.builds(lambda c, n: c * n, st.sampled_from(["a", "ä", "\u2028", " "]), HUGE),
)

hostile_numbers: st.SearchStrategy[Any] = st.one_of(
    st.integers(-3, 7),
    st.none(),
    st.integers(),
    st.floats(),
    st.just(10**400),
    st.booleans(),
    st.sampled_from(
        ["nan", "inf", "-inf", "1e309", "-0", "٣", "３", "1,5", "12 000 €", "", " ", "0x10", "1_0"]
    ),
    st.text(max_size=8),
)


hostile_ids: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.integers(-(2**70), 2**70),
    st.sampled_from([0, -1, 2**63 - 1, 2**63, 10**30, 999_999]),
    st.floats(),
    st.text(max_size=4),
    st.booleans(),
)

recent = st.dates(min_value=date(2000, 1, 1), max_value=date.today())
hostile_dates: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.dates(),
    st.sampled_from([date(1, 1, 1), date(9999, 12, 31), date(1899, 12, 31), date(2101, 1, 1)]),
    st.sampled_from(["31.2.2026", "1.1.0", "٢٠٢٦-٠١-٠١", "2026-01-01", "1.1.2026" + " " * 50]),
    st.text(max_size=12),
)


class Inputs:
    """Draws each argument of one call either as a person would give it or hostile.

    An example is all valid (the save and read-back path), or has one hostile argument
    (each rule alone), or is hostile throughout; which argument is hostile is drawn too.
    """

    def __init__(self, draw: st.DrawFn, *names: str) -> None:
        self.draw = draw
        self.mode = draw(st.sampled_from(["valid", "one", "one", "one", "all"]))
        self.bad = draw(st.sampled_from(names))

    def get(self, name: str, valid: st.SearchStrategy[Any], hostile: st.SearchStrategy[Any]) -> Any:
        is_bad = self.mode == "all" or (self.mode == "one" and name == self.bad)
        return self.draw(hostile if is_bad else valid)

    def text(self, name: str, valid: st.SearchStrategy[Any] = plain) -> Any:
        return self.get(name, valid, hostile_texts)

    def number(self, name: str, valid: st.SearchStrategy[Any]) -> Any:
        return self.get(name, valid, hostile_numbers)

    def id(self, name: str, valid: list[Any]) -> Any:
        return self.get(name, st.sampled_from(valid), hostile_ids)

    def day(self, name: str, valid: st.SearchStrategy[Any] = recent) -> Any:
        return self.get(name, valid, hostile_dates)


def outcome(call: Callable[[], T]) -> T | None:
    """The result, or None when the input was refused with InvalidRecord. Anything else
    (IntegrityError, OverflowError, ValueError, TypeError, …) fails the test."""
    try:
        result = call()
    except InvalidRecord as invalid:
        assert invalid.errors, "InvalidRecord without a message"
        for error in invalid.errors:
            assert len(str(error)) < 1000, "a message that repeats the whole input"
        event("refused")  # --hypothesis-show-statistics: how often each way was taken
        return None
    event("saved")
    return result


def stripped(value: Any) -> str | None:
    """How a text field reads back: without surrounding blanks, None when empty."""
    text = "" if value is None else str(value).strip()
    return text or None
