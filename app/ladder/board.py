"""The board: customers per level, the first pages of all three columns in one read,
further pages as a column scrolls, and where a customer sits after a move.

The board never loads a whole level: counts come from indexed COUNTs, cards come a page at
a time (app.ladder.cards), and the facts a card needs are fetched for that page only.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, func, select

from app.ladder.cards import ON_BOARD, Card, read_page
from app.ladder.filters import BoardFilter
from app.ladder.lost import lost_per_level
from app.ladder.settings import LadderSettings, load_settings
from app.store import Store
from models.customer import Customer
from models.ladder import LEVELS

PAGE = 25  # cards per column per load: a tall screen shows about 17


def _level_counts(conn: Connection, board: BoardFilter) -> dict[str, int]:
    # Three COUNTs over equal index prefixes in one SELECT: SQLite counts an index range
    # about twice as fast as it groups it.
    counts = [
        board.apply(select(func.count()).select_from(Customer))
        .where(Customer.ladder_level == level)
        .scalar_subquery()
        for level in LEVELS
    ]
    row = conn.execute(select(*counts)).one()
    # Success area: lost customers leave the board (ON_BOARD); counted from the few lost ones.
    lost = lost_per_level(conn, board)
    return {
        level: int(value) - lost.get(level, 0) for level, value in zip(LEVELS, row, strict=True)
    }


def level_counts(store: Store, board: BoardFilter) -> dict[str, int]:
    """Customers per level: one GROUP BY answered from ix_customer_ladder_board."""
    with store.read() as session:
        return _level_counts(session.connection(), board)


def fetch_cards(
    store: Store,
    board: BoardFilter,
    level: str,
    offset: int,
    limit: int = PAGE,
    settings: LadderSettings | None = None,
    today: date | None = None,
) -> list[Card]:
    """One page of a level's cards in name order, with the facts for their criteria."""
    today = today or date.today()
    settings = settings or load_settings(store, board.team_id)
    with store.read() as session:
        conn = session.connection()
        return read_page(conn, board, level, offset, limit, settings, today)


def every_card(
    store: Store,
    board: BoardFilter,
    level: str,
    settings: LadderSettings,
    today: date,
    batch: int = 1000,
) -> Iterator[Card]:
    """All of a level's cards in the column's order, a page at a time (an export of the
    column: the board itself never loads them all)."""
    offset = 0
    while True:
        cards = fetch_cards(store, board, level, offset, batch, settings, today)
        yield from cards
        if len(cards) < batch:
            return
        offset += batch


@dataclass
class BoardPage:
    """What the board shows first: the count per level and each level's first cards."""

    counts: dict[str, int]
    cards: dict[str, list[Card]]
    limits: dict[str, int]

    def exhausted(self, level: str) -> bool:
        return len(self.cards[level]) < self.limits[level]


def fetch_board(
    store: Store,
    board: BoardFilter,
    settings: LadderSettings,
    keep: dict[str, int] | None = None,
    today: date | None = None,
) -> BoardPage:
    """Counts and first pages of all three levels in one read (the board's first paint):
    one GROUP BY and one query per level."""
    today = today or date.today()
    keep = keep or {}
    limits = {level: max(PAGE, keep.get(level, 0)) for level in LEVELS}
    with store.read() as session:
        conn = session.connection()
        counts = _level_counts(conn, board)
        cards = {
            level: read_page(conn, board, level, 0, limits[level], settings, today)
            for level in LEVELS
        }
    return BoardPage(counts, cards, limits)


def _position(store: Store, board: BoardFilter, level: str, name: str, customer_id: int) -> int:
    stmt = board.apply(select(func.count()).select_from(Customer)).where(
        Customer.ladder_level == level,
        ON_BOARD,
        (Customer.name < name) | ((Customer.name == name) & (Customer.id < customer_id)),
    )
    with store.read() as session:
        return int(session.execute(stmt).scalar_one())


def position_in_level(store: Store, board: BoardFilter, customer_id: int) -> tuple[str, int] | None:
    """(level, row) of a customer on the board, to scroll to it after a move; None when the
    board does not show it (archived, or outside the filter)."""
    with store.read() as session:
        row = session.execute(
            board.apply(select(Customer.ladder_level, Customer.name)).where(
                Customer.id == customer_id, ON_BOARD
            )
        ).first()
    if row is None:
        return None
    return row.ladder_level, _position(store, board, row.ladder_level, row.name, customer_id)
