"""The ladder statistics as app/ladder/stats.py computed them before issue #10's second
round (pandas over every customer and move): kept for bench/bench_reports.py, which runs
both in the same run on the same file and prints the ratio. Not used by the app.

Everything is replayed from the move history: a customer enters the board on the day it was
added, at its *initial* level (the from-level of its first move, or its current level if it
never moved), and every move takes it from one level to the next. The count per level on
any day is then a cumulative sum of those events. Archived customers are left out, as on
the board, so that "now" in the statistics is what the board shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import pandas as pd
from sqlalchemy import Connection, Select, select

from app.ladder.filters import BoardFilter
from app.store import Store
from models.customer import Customer
from models.ladder import LEVELS, LadderMove

_RANK = {"A3": 0, "A2": 1, "A1": 2}


@dataclass
class History:
    """The raw material: customers (id, created_on, level, initial, owner_id) and moves
    (customer_id, from_level, to_level, moved_on, owner_id, author_member_id, id)."""

    customers: pd.DataFrame
    moves: pd.DataFrame
    today: date

    def events(self) -> pd.DataFrame:
        """+1/-1 per (day, level): entering the board and each move's two ends."""
        enter = pd.DataFrame(
            {"day": self.customers["created_on"], "level": self.customers["initial"], "delta": 1}
        )
        leave = pd.DataFrame(
            {"day": self.moves["moved_on"], "level": self.moves["from_level"], "delta": -1}
        )
        arrive = pd.DataFrame(
            {"day": self.moves["moved_on"], "level": self.moves["to_level"], "delta": 1}
        )
        frames = [f for f in (enter, leave, arrive) if not f.empty]
        if not frames:
            return pd.DataFrame(
                {
                    "day": pd.Series(dtype="datetime64[ns]"),
                    "level": pd.Series(dtype=object),
                    "delta": pd.Series(dtype=int),
                }
            )
        return pd.concat(frames, ignore_index=True)


def load_history(store: Store, board: BoardFilter, today: date | None = None) -> History:
    """Read the customers and moves the board's filter covers (two plain SELECTs)."""
    today = today or date.today()
    customer_stmt = board.apply(
        select(Customer.id, Customer.created_at, Customer.ladder_level, Customer.owner_id)
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
    ).order_by(LadderMove.customer_id, LadderMove.moved_on, LadderMove.id)
    with store.read() as session:
        conn = session.connection()
        customers = _frame(conn, customer_stmt, ["id", "created_at", "level", "owner_id"])
        moves = _frame(
            conn,
            move_stmt,
            [
                "id",
                "customer_id",
                "from_level",
                "to_level",
                "moved_on",
                "author_member_id",
                "owner_id",
            ],
        )
    return build_history(customers, moves, today)


def _frame(conn: Connection, stmt: Select[*tuple[Any, ...]], columns: list[str]) -> pd.DataFrame:
    """Rows straight from the sqlite3 cursor into a DataFrame.

    100 000 customers through SQLAlchemy's Row objects and per-value date parsing take over
    a second; plain tuples and pandas' vectorised date parsing take a fraction of that.
    The bound values are the team, owner ids and size codes of a BoardFilter.
    """
    compiled = stmt.compile(dialect=conn.dialect)
    driver = conn.connection.driver_connection
    assert driver is not None  # a checked-out connection always holds its sqlite3 one
    cursor = driver.cursor()
    try:
        values = compiled.construct_params()
        cursor.execute(str(compiled), [values[key] for key in compiled.positiontup or []])
        return pd.DataFrame.from_records(cursor.fetchall(), columns=columns)
    finally:
        cursor.close()


def build_history(customers: pd.DataFrame, moves: pd.DataFrame, today: date) -> History:
    """Derive created_on and each customer's initial level (pure; tests call it directly)."""
    customers = customers.copy()
    moves = moves.copy()
    created = pd.to_datetime(customers["created_at"], format="ISO8601")
    # created_at is naive UTC; count a customer from its local calendar day, as the rules do.
    local = datetime.now().astimezone().tzinfo
    customers["created_on"] = (
        created.dt.tz_localize("UTC").dt.tz_convert(local).dt.tz_localize(None).dt.normalize()
    )
    moves["moved_on"] = pd.to_datetime(moves["moved_on"], format="ISO8601")
    first = moves.sort_values(["customer_id", "moved_on", "id"]).drop_duplicates("customer_id")
    initial = first.set_index("customer_id")["from_level"]
    mapped = customers["id"].map(initial).astype(object)
    customers["initial"] = mapped.where(mapped.notna(), customers["level"])
    return History(customers, moves, today)


def _day(value: date) -> pd.Timestamp:
    return pd.Timestamp(value)


def counts_at(history: History, day: date) -> dict[str, int]:
    """Customers per level at the end of `day`."""
    events = history.events()
    upto = events[events["day"] <= _day(day)]
    sums = upto.groupby("level")["delta"].sum()
    return {level: int(sums.get(level, 0)) for level in LEVELS}


def levels_at(history: History, day: date) -> pd.Series:
    """Each existing customer's level at the end of `day` (index: customer id)."""
    existing = history.customers[history.customers["created_on"] <= _day(day)]
    moves = history.moves[history.moves["moved_on"] <= _day(day)]
    last = moves.sort_values(["customer_id", "moved_on", "id"]).drop_duplicates(
        "customer_id", keep="last"
    )
    after = last.set_index("customer_id")["to_level"]
    levels = existing.set_index("id")["initial"].copy()
    known = after[after.index.isin(levels.index)]
    if not known.empty:
        levels.loc[known.index] = known
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


def monthly_counts(history: History, start: date, end: date) -> pd.DataFrame:
    """Counts per level at each month's end: index month end, columns A3, A2, A1."""
    events = history.events()
    days = month_ends(start, end)
    if events.empty:
        return pd.DataFrame(0, index=pd.DatetimeIndex(days), columns=list(LEVELS))
    daily = events.pivot_table(
        index="day", columns="level", values="delta", aggfunc="sum", fill_value=0
    ).sort_index()
    daily = daily.reindex(columns=list(LEVELS), fill_value=0).cumsum()
    out = daily.reindex(pd.DatetimeIndex(days), method="ffill").fillna(0).astype(int)
    return out


@dataclass(frozen=True)
class Conversion:
    """Of `base` customers that were at the lower level during the period, `moved` left it
    upwards during the period."""

    base: int
    moved: int

    @property
    def rate(self) -> float | None:
        return self.moved / self.base if self.base else None


def conversion(history: History, start: date, end: date, lower: str) -> Conversion:
    """Conversion from `lower` (A3 or A2) upwards over [start, end].

    Base: customers at `lower` on the day before `start`, plus those that entered `lower`
    during the period (added at it or moved to it). Moved: those of the base with a move
    from `lower` to a higher level dated in the period. A jump A3 → A1 counts as an A3
    conversion (and not as an A2 one: the customer never stood at A2).
    """
    before = levels_at(history, start - timedelta(days=1))
    base = set(before[before == lower].index)
    s, e = _day(start), _day(end)
    customers = history.customers
    added = customers[
        (customers["created_on"] >= s)
        & (customers["created_on"] <= e)
        & (customers["initial"] == lower)
    ]
    base |= set(added["id"])
    moves = history.moves
    period = moves[(moves["moved_on"] >= s) & (moves["moved_on"] <= e)]
    base |= set(period[period["to_level"] == lower]["customer_id"])
    up = period[
        (period["from_level"] == lower)
        & (period["to_level"].map(_RANK) > _RANK[lower])
        & period["customer_id"].isin(base)
    ]
    return Conversion(len(base), int(up["customer_id"].nunique()))


def stays(history: History) -> pd.DataFrame:
    """Every stay at a level: customer_id, level, entered, left (NaT while ongoing)."""
    customers = history.customers
    enter = pd.DataFrame(
        {
            "customer_id": customers["id"],
            "level": customers["initial"],
            "entered": customers["created_on"],
            "order": -1,
        }
    )
    moves = history.moves
    arrive = pd.DataFrame(
        {
            "customer_id": moves["customer_id"],
            "level": moves["to_level"],
            "entered": moves["moved_on"],
            "order": moves["id"],
        }
    )
    frames = [f for f in (enter, arrive) if not f.empty]
    if not frames:
        return pd.DataFrame(columns=["customer_id", "level", "entered", "left"])
    all_stays = pd.concat(frames, ignore_index=True).sort_values(
        ["customer_id", "entered", "order"]
    )
    all_stays["left"] = all_stays.groupby("customer_id")["entered"].shift(-1)
    return all_stays.drop(columns="order").reset_index(drop=True)


def median_days_in_level(
    history: History, start: date | None = None, end: date | None = None
) -> dict[str, float | None]:
    """Median length in days of completed stays per level (those that ended in the period,
    or all completed stays without a period). Ongoing stays are left out: their length is
    not known yet."""
    done = stays(history).dropna(subset=["left"])
    if done.empty:
        return dict.fromkeys(LEVELS)
    if start is not None:
        done = done[done["left"] >= _day(start)]
    if end is not None:
        done = done[done["left"] <= _day(end)]
    days = (done["left"] - done["entered"]).dt.days
    out: dict[str, float | None] = {}
    for level in LEVELS:
        values = days[done["level"] == level]
        out[level] = float(values.median()) if len(values) else None
    return out


def moves_per_month_per_owner(history: History) -> pd.DataFrame:
    """Moves per month (rows, period start) and customer owner (columns, member id; -1 for
    customers without an owner)."""
    moves = history.moves
    if moves.empty:
        return pd.DataFrame()
    frame = pd.DataFrame(
        {
            "month": moves["moved_on"].dt.to_period("M").dt.to_timestamp(),
            "owner": moves["owner_id"].fillna(-1).astype(int),
        }
    )
    return frame.groupby(["month", "owner"]).size().unstack(fill_value=0).sort_index()


def monthly_upward_moves(history: History, start: date, end: date) -> pd.DataFrame:
    """Moves up out of A3 and out of A2 per month: index month start, columns A3, A2."""
    moves = history.moves
    months = pd.DatetimeIndex([date(d.year, d.month, 1) for d in month_ends(start, end)])
    if moves.empty:
        return pd.DataFrame(0, index=months, columns=["A3", "A2"])
    up = moves[moves["to_level"].map(_RANK) > moves["from_level"].map(_RANK)]
    up = up[(up["moved_on"] >= _day(start)) & (up["moved_on"] <= _day(end))]
    month = up["moved_on"].dt.to_period("M").dt.to_timestamp()
    table = up.groupby([month, up["from_level"]]).size().unstack(fill_value=0)
    return table.reindex(index=months, columns=["A3", "A2"], fill_value=0).astype(int)


@dataclass
class LadderSummary:
    """Everything the statistics tab and the Excel export show, computed in one go."""

    start: date
    end: date
    now: dict[str, int]
    monthly: pd.DataFrame
    upward: pd.DataFrame
    conversions: dict[str, Conversion]
    median_days: dict[str, float | None]
    per_owner: pd.DataFrame


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
