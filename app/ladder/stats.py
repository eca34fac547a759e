"""Ladder statistics, computed once here and reused by the chart and the Excel export.

Everything is replayed from the move history: a customer enters the board on the day it was
added, at its *initial* level (the from-level of its first move, or its current level if it
never moved), and every move takes it from one level to the next. The count per level on
any day is then a cumulative sum of those events. Archived customers are left out, as on
the board, so that "now" in the statistics is what the board shows.

Plain Python over two narrow reads (the local day of each customer's creation made in
SQL): at 100 000 customers it is faster than the pandas version was, and keeps pandas and
its 60 MB out of the process.
"""

from __future__ import annotations

import statistics
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Connection, Select, func, select

from app.ladder.filters import BoardFilter
from app.store import Store
from models.customer import Customer
from models.ladder import LEVELS, LadderMove

_RANK = {"A3": 0, "A2": 1, "A1": 2}
Event = tuple[date, str, int]  # (day, level, +1 or -1)


# Named tuples, not dataclasses: 100 000 of them are made per computation, and a tuple is
# made several times faster.
class Entry(NamedTuple):
    """A customer as the statistics see it."""

    id: int
    created_on: date  # the local calendar day it was added
    level: str  # now
    initial: str  # when it was added
    owner_id: int | None


class Move(NamedTuple):
    id: int
    customer_id: int
    from_level: str
    to_level: str
    moved_on: date
    author_member_id: int | None
    owner_id: int | None  # the customer's owner


@dataclass
class History:
    """The raw material: the customers and their moves (by customer, day and id)."""

    customers: list[Entry]
    moves: list[Move]
    today: date
    _events: list[Event] | None = field(default=None, repr=False)
    _levels: tuple[date, dict[int, str]] | None = field(default=None, repr=False)

    def events(self) -> list[Event]:
        """The change of each level's count per day, by day: +1 for each customer added at
        it and each move to it, -1 for each move from it (summed per day and level)."""
        if self._events is None:
            change = Counter((c.created_on, c.initial) for c in self.customers)
            change.update((m.moved_on, m.to_level) for m in self.moves)
            change.subtract((m.moved_on, m.from_level) for m in self.moves)
            self._events = sorted((day, level, delta) for (day, level), delta in change.items())
        return self._events

    def levels_at(self, day: date) -> dict[int, str]:
        """levels_at(), kept for the day asked for last (conversions ask twice)."""
        if self._levels is None or self._levels[0] != day:
            self._levels = (day, levels_at(self, day))
        return self._levels[1]


def load_history(store: Store, board: BoardFilter, today: date | None = None) -> History:
    """Read the customers and moves the board's filter covers (two plain SELECTs)."""
    today = today or date.today()
    customer_stmt = board.apply(
        select(
            Customer.id,
            # created_at is naive UTC: a customer counts from its local calendar day, as the
            # rules say (models.ladder.local_date); SQLite's localtime does the same per day.
            func.date(Customer.created_at, "localtime"),
            Customer.ladder_level,
            Customer.owner_id,
        )
    )
    move_stmt = board.apply(
        select(
            LadderMove.id,
            LadderMove.customer_id,
            LadderMove.from_level,
            LadderMove.to_level,
            LadderMove.moved_on,
            LadderMove.author_member_id,
            Customer.owner_id,
        ).join(Customer, Customer.id == LadderMove.customer_id)
    ).order_by(LadderMove.customer_id, LadderMove.moved_on, LadderMove.id)  # sorted in C
    with store.read() as session:
        conn = session.connection()
        customers = _tuples(conn, customer_stmt)
        moves = _tuples(conn, move_stmt)
    return build_history(customers, moves, today)


def _tuples(conn: Connection, stmt: Select[*tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows straight from the sqlite3 cursor: plain tuples of stored values (100 000 rows
    through SQLAlchemy's Row objects and per-value type processing take several times as
    long). The bound values are the team, owner ids and size codes of a BoardFilter."""
    compiled = stmt.compile(dialect=conn.dialect)
    driver = conn.connection.driver_connection
    assert driver is not None  # a checked-out connection always holds its sqlite3 one
    cursor = driver.cursor()
    try:
        values = compiled.construct_params()
        cursor.execute(str(compiled), [values[key] for key in compiled.positiontup or []])
        return cursor.fetchall()
    finally:
        cursor.close()


def build_history(
    customers: list[tuple[Any, ...]], moves: list[tuple[Any, ...]], today: date
) -> History:
    """Customers (id, created_on, level, owner_id) and moves (id, customer_id, from_level,
    to_level, moved_on, author_member_id, owner_id), days as ISO text or dates; each
    customer's initial level is the from-level of its first move."""
    day = _Days()
    ordered = sorted(
        (Move(m[0], m[1], m[2], m[3], day(m[4]), m[5], m[6]) for m in moves),
        key=lambda move: (move.customer_id, move.moved_on, move.id),
    )
    initial: dict[int, str] = {}
    for move in ordered:
        initial.setdefault(move.customer_id, move.from_level)
    entries = [Entry(c[0], day(c[1]), c[2], initial.get(c[0], c[2]), c[3]) for c in customers]
    return History(entries, ordered, today)


class _Days(dict[Any, date]):
    """ISO text (or a date) -> date: each distinct day is parsed once (a few hundred days
    stand for 100 000 values)."""

    def __call__(self, value: date | str) -> date:
        found = self.get(value)
        if found is None:
            parsed = value if isinstance(value, date) else date.fromisoformat(value[:10])
            found = self[value] = parsed
        return found


def counts_at(history: History, day: date) -> dict[str, int]:
    """Customers per level at the end of `day`."""
    totals: Counter[str] = Counter()
    for when, level, delta in history.events():
        if when > day:
            break
        totals[level] += delta
    return {level: totals[level] for level in LEVELS}


def levels_at(history: History, day: date) -> dict[int, str]:
    """Each existing customer's level at the end of `day` (by customer id)."""
    levels = {c.id: c.initial for c in history.customers if c.created_on <= day}
    for move in history.moves:  # by customer and day: the last move up to `day` wins
        if move.moved_on <= day and move.customer_id in levels:
            levels[move.customer_id] = move.to_level
    return levels


def month_ends(start: date, end: date) -> list[date]:
    """The last day of each month from start's month to end's month (end itself last)."""
    days = []
    cursor = date(start.year, start.month, 1)
    while cursor <= end:
        following = date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
        days.append(min(following - timedelta(days=1), end))
        cursor = following
    return days


@dataclass(frozen=True)
class Monthly:
    """Numbers per month: `days[i]` is the month's day (its end or its start), and
    `values[key][i]` the number of `key` then."""

    days: list[date]
    values: dict[str, list[int]]

    def at(self, day: date) -> dict[str, int]:
        """Each key's number on one of `days`."""
        index = self.days.index(day)
        return {key: series[index] for key, series in self.values.items()}


def monthly_counts(history: History, start: date, end: date) -> Monthly:
    """Counts per level (A3, A2, A1) at each month's end."""
    days = month_ends(start, end)
    events = history.events()
    running: Counter[str] = Counter()
    values: dict[str, list[int]] = {level: [] for level in LEVELS}
    done = 0
    for day in days:
        upto = bisect_right(events, day, lo=done, key=lambda event: event[0])
        for _when, level, delta in events[done:upto]:
            running[level] += delta
        done = upto
        for level in LEVELS:
            values[level].append(running[level])
    return Monthly(days, values)


@dataclass(frozen=True)
class Conversion:
    """Of `base` customers that were at the lower level during the period, `moved` left it
    upwards during the period."""

    base: int
    moved: int

    @property
    def rate(self) -> float | None:
        return self.moved / self.base if self.base else None


def _upward(move: Move) -> bool:
    return _RANK.get(move.to_level, -1) > _RANK.get(move.from_level, 3)


def conversion(history: History, start: date, end: date, lower: str) -> Conversion:
    """Conversion from `lower` (A3 or A2) upwards over [start, end].

    Base: customers at `lower` on the day before `start`, plus those that entered `lower`
    during the period (added at it or moved to it). Moved: those of the base with a move
    from `lower` to a higher level dated in the period. A jump A3 → A1 counts as an A3
    conversion (and not as an A2 one: the customer never stood at A2).
    """
    before = history.levels_at(start - timedelta(days=1))
    base = {cid for cid, level in before.items() if level == lower}
    base |= {c.id for c in history.customers if start <= c.created_on <= end and c.initial == lower}
    period = [m for m in history.moves if start <= m.moved_on <= end]
    base |= {m.customer_id for m in period if m.to_level == lower}
    moved = {
        m.customer_id
        for m in period
        if m.from_level == lower and _upward(m) and m.customer_id in base
    }
    return Conversion(len(base), len(moved))


class Stay(NamedTuple):
    customer_id: int
    level: str
    entered: date
    left: date | None  # None while ongoing


def stays(history: History) -> Iterator[Stay]:
    """Every stay at a level, by customer and day: from being added, and from each move."""
    moves: dict[int, list[Move]] = {}
    for move in history.moves:
        moves.setdefault(move.customer_id, []).append(move)
    for customer in sorted(history.customers, key=lambda c: c.id):
        starts = [(customer.created_on, -1, customer.initial)]
        own = moves.get(customer.id)
        if own:
            starts += [(m.moved_on, m.id, m.to_level) for m in own]
            if own[0].moved_on < customer.created_on:  # moved before it was added (bad data)
                starts.sort(key=lambda start: start[:2])
        for (entered, _order, level), following in zip(starts, [*starts[1:], None], strict=True):
            yield Stay(customer.id, level, entered, following[0] if following else None)


def completed_stays(history: History) -> Iterator[tuple[str, date, date]]:
    """(level, entered, left) of every stay a move ended: the one before each move."""
    added = {c.id: (c.created_on, c.initial) for c in history.customers}
    if any(m.moved_on < added[m.customer_id][0] for m in history.moves if m.customer_id in added):
        # Moved before being added (data no rule lets in): the general order of stays.
        yield from ((s.level, s.entered, s.left) for s in stays(history) if s.left is not None)
        return
    previous: Move | None = None
    for move in history.moves:  # by customer, day and id
        if previous is not None and previous.customer_id == move.customer_id:
            yield previous.to_level, previous.moved_on, move.moved_on
        elif move.customer_id in added:
            entered, level = added[move.customer_id]
            yield level, entered, move.moved_on
        previous = move


def median_days_in_level(
    history: History, start: date | None = None, end: date | None = None
) -> dict[str, float | None]:
    """Median length in days of completed stays per level (those that ended in the period,
    or all completed stays without a period). Ongoing stays are left out: their length is
    not known yet."""
    lengths: dict[str, list[int]] = {level: [] for level in LEVELS}
    for level, entered, left in completed_stays(history):
        if level in lengths and (start is None or left >= start) and (end is None or left <= end):
            lengths[level].append((left - entered).days)
    return {
        level: float(statistics.median(days)) if days else None for level, days in lengths.items()
    }


def moves_per_month_per_owner(history: History) -> dict[date, dict[int, int]]:
    """Moves per month (its first day) and customer owner (member id; -1 for customers
    without an owner)."""
    counts = Counter(
        (move.moved_on.year, move.moved_on.month, -1 if move.owner_id is None else move.owner_id)
        for move in history.moves
    )
    table: dict[date, dict[int, int]] = {}
    for (year, month, owner), n in sorted(counts.items()):
        table.setdefault(date(year, month, 1), {})[owner] = n
    return table


def monthly_upward_moves(history: History, start: date, end: date) -> Monthly:
    """Moves up out of A3 and out of A2 per month (days: each month's first day)."""
    months = [day.replace(day=1) for day in month_ends(start, end)]
    index = {month: i for i, month in enumerate(months)}
    values = {"A3": [0] * len(months), "A2": [0] * len(months)}
    for move in history.moves:
        if start <= move.moved_on <= end and _upward(move) and move.from_level in values:
            values[move.from_level][index[move.moved_on.replace(day=1)]] += 1
    return Monthly(months, values)


@dataclass
class LadderSummary:
    """Everything the statistics tab and the Excel export show, computed in one go."""

    start: date
    end: date
    now: dict[str, int]
    monthly: Monthly
    upward: Monthly
    conversions: dict[str, Conversion]
    median_days: dict[str, float | None]
    per_owner: dict[date, dict[int, int]]


def summary(
    store: Store, board: BoardFilter, months: int = 24, today: date | None = None
) -> LadderSummary:
    """The ladder over the last `months` months up to today."""
    today = today or date.today()
    first = date(today.year, today.month, 1)
    for _ in range(months - 1):
        first = (first - timedelta(days=1)).replace(day=1)
    history = load_history(store, board, today)
    year_ago = today - timedelta(days=365)
    return LadderSummary(
        start=first,
        end=today,
        now=counts_at(history, today),
        monthly=monthly_counts(history, first, today),
        upward=monthly_upward_moves(history, first, today),
        conversions={
            "A3": conversion(history, year_ago, today, "A3"),
            "A2": conversion(history, year_ago, today, "A2"),
        },
        median_days=median_days_in_level(history),
        per_owner=moves_per_month_per_owner(history),
    )
