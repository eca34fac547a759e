"""The board's cards: one page of a level in name order, with the facts each card shows.

Everything a card shows comes in one query per page: the page's ids from the board index,
then for those rows only the latest interaction, the entry into the level, the referrer's
name and one COUNT per criterion of the next level.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Date, Select, bindparam, func, select
from sqlalchemy.orm import aliased

from app.ladder.filters import BoardFilter
from app.ladder.lost import not_lost
from app.ladder.settings import LadderSettings
from models.customer import Contact, Customer, Interaction
from models.dates import as_date
from models.ladder import Criterion, LadderMove, display_level, local_date, next_level
from models.segment import customer_segment
from models.team import Member

# Success area: lost customers leave the board, their history stays (app/success/lifecycle.py).
ON_BOARD = not_lost()


@dataclass
class Card:
    """What one card on the board shows."""

    id: int
    name: str
    level: str
    owner: str | None
    owner_id: int | None
    size_class: str
    entered_on: date
    last_contact: date | None
    next_step: str | None
    next_step_due: date | None
    referred_by: str | None
    criteria: list[tuple[Criterion, bool]]
    ready: bool
    silence_limit: int
    today: date

    @property
    def days_in_level(self) -> int:
        return (self.today - self.entered_on).days

    @property
    def silent_days(self) -> int:
        return (self.today - (self.last_contact or self.entered_on)).days

    @property
    def quiet(self) -> bool:
        """Gone quiet: no contact for longer than the level's silence limit."""
        return self.silent_days > self.silence_limit

    @property
    def overdue(self) -> bool:
        return self.next_step_due is not None and self.next_step_due < self.today


# What a criterion's COUNT depends on: its type, its interaction kinds and whether it has a
# time window. The threshold (min) is compared in Python and the window's start is a bound
# parameter, so the board's statements are built once and reused (building them costs more
# than running them).
Shape = tuple[str, tuple[str, ...], bool]


def _shape(criterion: Criterion) -> Shape:
    return (criterion.type, criterion.kinds, criterion.within_days is not None)


def _criterion_count(shape: Shape, index: int) -> Any:
    """A correlated COUNT that decides one criterion for the customer row it sits in."""
    kind, kinds, windowed = shape
    if kind == "interactions":
        stmt = select(func.count()).where(Interaction.customer_id == Customer.id)
        if kinds:
            stmt = stmt.where(Interaction.kind.in_(kinds))
        if windowed:
            stmt = stmt.where(Interaction.occurred_on >= bindparam(f"since{index}", type_=Date))
        return stmt.correlate(Customer).scalar_subquery()
    if kind in ("contacts", "advocate"):
        stmt = select(func.count()).where(Contact.customer_id == Customer.id)
        if kind == "advocate":
            stmt = stmt.where(Contact.advocate.is_(True))
        return stmt.correlate(Customer).scalar_subquery()
    # referrals: customers it brought itself or through one of its contact persons
    referred = Customer.__table__.alias("referred")
    direct = select(func.count()).where(referred.c.referred_by_customer_id == Customer.id)
    through = (
        select(func.count())
        .select_from(referred.join(Contact, Contact.id == referred.c.referred_by_contact_id))
        .where(Contact.customer_id == Customer.id)
    )
    return (
        direct.correlate(Customer).scalar_subquery() + through.correlate(Customer).scalar_subquery()
    )


def _latest_interaction() -> Any:
    """The id of the customer row's latest interaction (a correlated subquery)."""
    return (
        select(Interaction.id)
        .where(Interaction.customer_id == Customer.id)
        .order_by(Interaction.occurred_on.desc(), Interaction.id.desc())
        .limit(1)
        .correlate(Customer)
        .scalar_subquery()
    )


def _entered() -> Any:
    """The day the customer row entered its level: its latest move (None: never moved)."""
    return (
        select(func.max(LadderMove.moved_on))
        .where(LadderMove.customer_id == Customer.id)
        .correlate(Customer)
        .scalar_subquery()
    )


def _referrer() -> Any:
    """Who referred the customer row: a customer's name or "contact (customer)"."""
    source = Customer.__table__.alias("source")
    referrer_customer = (
        select(source.c.name)
        .where(source.c.id == Customer.referred_by_customer_id)
        .correlate(Customer)
        .scalar_subquery()
    )
    employer = Customer.__table__.alias("employer")
    referrer_contact = (
        select(Contact.name + " (" + employer.c.name + ")")
        .select_from(Contact)
        .join(employer, employer.c.id == Contact.customer_id)
        .where(Contact.id == Customer.referred_by_contact_id)
        .correlate(Customer)
        .scalar_subquery()
    )
    return func.coalesce(referrer_customer, referrer_contact)


def _page_ids(level: str, by_owner: bool, by_size: bool, by_segment: bool) -> Any:
    """The page's ids first (an index range with OFFSET), then the joins and subqueries for
    those rows only: deep in a 30 000-card column the OFFSET then skips index entries,
    not joined rows."""
    page = (
        select(Customer.id, Customer.name)
        .where(
            Customer.team_id == bindparam("team"),
            Customer.archived.is_(False),
            Customer.ladder_level == level,
            ON_BOARD,
        )
        .order_by(Customer.name, Customer.id)
        .offset(bindparam("offset"))
        .limit(bindparam("limit"))
    )
    if by_owner:
        page = page.where(Customer.owner_id == bindparam("owner"))
    if by_size:
        page = page.where(Customer.size_class == bindparam("size"))
    if by_segment:
        page = page.where(
            Customer.id.in_(
                select(customer_segment.c.customer_id).where(
                    customer_segment.c.segment_id == bindparam("segment")
                )
            )
        )
    return page.subquery("page")


@lru_cache(maxsize=64)
def _card_statement(
    level: str, shapes: tuple[Shape, ...], by_owner: bool, by_size: bool, by_segment: bool
) -> Select[Any]:
    """One page of a level's cards in name order, everything a card shows in one query.

    The page comes from ix_customer_ladder_board; the correlated subqueries (latest
    interaction, entry into the level, one COUNT per criterion, the referrer's name) run
    only for the rows of the page, each through an index on customer_id.
    """
    last = aliased(Interaction, name="last")  # the outer join's copy; subqueries use their own
    ids = _page_ids(level, by_owner, by_size, by_segment)
    stmt: Select[Any] = (
        select(
            Customer.id,
            Customer.name,
            Customer.size_class,
            Customer.created_at,
            Customer.owner_id,
            Member.name.label("owner"),
            _entered().label("entered_on"),
            last.occurred_on.label("last_contact"),
            last.next_step,
            last.next_step_due,
            _referrer().label("referred_by"),
            *(_criterion_count(shape, i).label(f"c{i}") for i, shape in enumerate(shapes)),
        )
        .select_from(ids)
        .join(Customer, Customer.id == ids.c.id)
        .outerjoin(Member, Member.id == Customer.owner_id)
        .outerjoin(last, last.id == _latest_interaction())
        .order_by(ids.c.name, ids.c.id)
    )
    return stmt


def _card_rows(
    conn: Connection,
    board: BoardFilter,
    level: str,
    offset: int,
    limit: int,
    criteria: list[Criterion],
    today: date,
) -> list[Any]:
    stmt = _card_statement(
        level,
        tuple(_shape(c) for c in criteria),
        board.owner_id is not None,
        bool(board.size_class),
        board.segment_id is not None,
    )
    params: dict[str, Any] = {
        "team": board.team_id,
        "offset": offset,
        "limit": limit,
        "owner": board.owner_id,
        "size": board.size_class,
        "segment": board.segment_id,
    }
    for i, criterion in enumerate(criteria):
        if criterion.within_days is not None:
            params[f"since{i}"] = today - timedelta(days=criterion.within_days)
    return list(conn.execute(stmt, params).all())


def read_page(
    conn: Connection,
    board: BoardFilter,
    level: str,
    offset: int,
    limit: int,
    settings: LadderSettings,
    today: date,
) -> list[Card]:
    # A card shows the next level's criteria (what it takes to move up), A1 its own.
    wanted = settings.for_level(display_level(level))
    # Ready to move up: every enabled criterion of the next level met (none above A1).
    can_rise = next_level(level) is not None and bool(wanted)
    cards = []
    for row in _card_rows(conn, board, level, offset, limit, wanted, today):
        counts = row._mapping
        met = [counts[f"c{i}"] >= c.min for i, c in enumerate(wanted)]
        cards.append(
            Card(
                id=row.id,
                name=row.name,
                level=level,
                owner=row.owner,
                owner_id=row.owner_id,
                size_class=row.size_class,
                entered_on=as_date(row.entered_on) or local_date(row.created_at),
                last_contact=as_date(row.last_contact),
                next_step=row.next_step,
                next_step_due=as_date(row.next_step_due),
                referred_by=row.referred_by,
                criteria=list(zip(wanted, met, strict=True)),
                ready=can_rise and all(met),
                silence_limit=int(settings.silence_limits.get(level, 90)),
                today=today,
            )
        )
    return cards
