"""Customer ladder use cases: moves with undo, the board's queries, who to call next,
advocates and referrals, and the team's ladder settings.

The board never loads a whole level: counts come from one indexed GROUP BY, cards come a
page at a time, and the facts a card needs (last contact, next step, criteria) are fetched
for that page only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import (
    Connection,
    Date,
    Select,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session, aliased

from app.changes import Changes, Kind
from app.errors import InvalidRecord
from app.paths import RESOURCES
from app.segments.records import in_segment
from app.store import Conflict, Store
from models.customer import Contact, Customer, Interaction
from models.ladder import (
    LEVELS,
    Criterion,
    LadderMove,
    LadderSetting,
    check_move,
    display_level,
    local_date,
    next_level,
    parse_criteria,
)
from models.rules import QT_TRANSLATE_NOOP, ValidationError
from models.segment import customer_segment
from models.team import Member

CRITERIA_FILE = RESOURCES / "ladder" / "criteria.json"
PAGE = 25  # cards per column per load: a tall screen shows about 17


# --- settings ----------------------------------------------------------------------------


@cache
def default_data() -> dict[str, Any]:
    """The shipped description: level titles, criteria and silence limits."""
    return json.loads(CRITERIA_FILE.read_text(encoding="utf-8"))


@dataclass
class LadderSettings:
    """Criteria and silence limits in force for one team (defaults plus its overrides)."""

    criteria: list[Criterion]
    silence_limits: dict[str, int]
    overrides: dict[str, Any] = field(default_factory=dict)

    def for_level(self, level: str) -> list[Criterion]:
        return [c for c in self.criteria if c.level == level and c.enabled]


def load_settings(store: Store, team_id: int) -> LadderSettings:
    data = default_data()
    with store.read() as session:
        rows = session.execute(
            select(LadderSetting.key, LadderSetting.value).where(LadderSetting.team_id == team_id)
        ).all()
    stored = {row.key: json.loads(row.value) for row in rows}
    limits = {**data["silence_limits"], **stored.get("silence_limits", {})}
    overrides = stored.get("criteria", {})
    return LadderSettings(parse_criteria(data, overrides), limits, overrides)


def save_settings(
    store: Store, team_id: int, criteria: dict[str, dict[str, Any]], silence_limits: dict[str, int]
) -> None:
    """Store a team's overrides; refuse limits and thresholds that make no sense."""
    errors: list[ValidationError] = []
    for level, days in silence_limits.items():
        if level not in LEVELS or not 1 <= int(days) <= 3650:
            errors.append(
                ValidationError(
                    f"silence_{level}",
                    QT_TRANSLATE_NOOP("ladder", "A silence limit is from 1 to 3650 days."),
                )
            )
    for key, own in criteria.items():
        if int(own.get("min", 1)) < 1 or int(own.get("within_days") or 0) < 0:
            errors.append(
                ValidationError(
                    f"criterion_{key}",
                    QT_TRANSLATE_NOOP("ladder", "A threshold is at least 1."),
                )
            )
    if errors:
        raise InvalidRecord(errors)
    values = {
        "criteria": criteria,
        "silence_limits": {k: int(v) for k, v in silence_limits.items()},
    }
    with store.write(Changes.of(Kind.LADDER_SETTINGS, ids={team_id})) as session:
        for key, value in values.items():
            row = session.execute(
                select(LadderSetting).where(
                    LadderSetting.team_id == team_id, LadderSetting.key == key
                )
            ).scalar_one_or_none()
            if row is None:
                session.add(LadderSetting(team_id=team_id, key=key, value=json.dumps(value)))
            else:
                row.value = json.dumps(value)


# --- moves -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MoveRecord:
    """A recorded move with everything undo and redo need to take it back or repeat it."""

    move_id: int
    uuid: str
    customer_id: int
    from_level: str
    to_level: str
    moved_on: date
    reason: str
    author_member_id: int | None
    created_at: datetime


def _changes(customer_id: int) -> Changes:
    return Changes.of(Kind.CUSTOMER, Kind.LADDER_MOVE, ids={customer_id})


def last_move_on(session: Session, customer_id: int) -> date | None:
    return session.execute(
        select(func.max(LadderMove.moved_on)).where(LadderMove.customer_id == customer_id)
    ).scalar_one()


def move_customer(
    store: Store,
    customer_id: int,
    to_level: str,
    moved_on: date | None,
    reason: str | None,
    author_member_id: int | None = None,
    today: date | None = None,
) -> MoveRecord:
    """Change the customer's level and record the move, in one transaction.

    Raises InvalidRecord (nothing written) when the move breaks a rule of check_move.
    """
    today = today or date.today()
    with store.write(_changes(customer_id)) as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise LookupError(customer_id)
        errors = check_move(
            customer.ladder_level,
            to_level,
            moved_on,
            reason,
            local_date(customer.created_at),
            today,
            last_move_on(session, customer_id),
        )
        if errors:
            raise InvalidRecord(errors)
        assert moved_on is not None and reason is not None  # checked above
        move = LadderMove(
            customer_id=customer_id,
            from_level=customer.ladder_level,
            to_level=to_level,
            moved_on=moved_on,
            reason=reason.strip(),
            author_member_id=author_member_id,
        )
        customer.ladder_level = to_level
        session.add(move)
        session.flush()
        return MoveRecord(
            move.id,
            move.uuid,
            customer_id,
            move.from_level,
            to_level,
            moved_on,
            move.reason,
            author_member_id,
            move.created_at,
        )


class StaleMove(Conflict):
    """The customer's level changed since the move, so undo/redo would rewrite history."""


def undo_move(store: Store, record: MoveRecord) -> MoveRecord:
    """Remove the move and put the customer back where it was."""
    with store.write(_changes(record.customer_id)) as session:
        level = session.execute(
            select(Customer.ladder_level).where(Customer.id == record.customer_id)
        ).scalar_one_or_none()
        if level != record.to_level:
            raise StaleMove(record.customer_id)
        session.execute(delete(LadderMove).where(LadderMove.id == record.move_id))
        session.execute(
            update(Customer)
            .where(Customer.id == record.customer_id)
            .values(ladder_level=record.from_level)
        )
    return record


def redo_move(store: Store, record: MoveRecord) -> MoveRecord:
    """Record the same move again, with its original id and UUID."""
    with store.write(_changes(record.customer_id)) as session:
        level = session.execute(
            select(Customer.ladder_level).where(Customer.id == record.customer_id)
        ).scalar_one_or_none()
        if level != record.from_level:
            raise StaleMove(record.customer_id)
        session.execute(
            insert(LadderMove).values(
                id=record.move_id,
                uuid=record.uuid,
                customer_id=record.customer_id,
                from_level=record.from_level,
                to_level=record.to_level,
                moved_on=record.moved_on,
                reason=record.reason,
                author_member_id=record.author_member_id,
                created_at=record.created_at,
                updated_at=record.created_at,
            )
        )
        session.execute(
            update(Customer)
            .where(Customer.id == record.customer_id)
            .values(ladder_level=record.to_level)
        )
    return record


@dataclass(frozen=True)
class HistoryRow:
    id: int
    from_level: str
    to_level: str
    moved_on: date
    reason: str
    author: str | None


def history(store: Store, customer_id: int) -> list[HistoryRow]:
    """A customer's moves, newest first."""
    with store.read() as session:
        rows = session.execute(
            select(
                LadderMove.id,
                LadderMove.from_level,
                LadderMove.to_level,
                LadderMove.moved_on,
                LadderMove.reason,
                Member.name.label("author"),
            )
            .outerjoin(Member, Member.id == LadderMove.author_member_id)
            .where(LadderMove.customer_id == customer_id)
            .order_by(LadderMove.moved_on.desc(), LadderMove.id.desc())
        ).all()
    return [HistoryRow(*row) for row in rows]


# --- the board ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BoardFilter:
    """Which customers the board shows: one team's live customers, optionally narrowed."""

    team_id: int
    owner_id: int | None = None
    size_class: str | None = None
    segment_id: int | None = None

    def apply(self, stmt: Select[Any]) -> Select[Any]:
        stmt = stmt.where(Customer.team_id == self.team_id, Customer.archived.is_(False))
        if self.owner_id is not None:
            stmt = stmt.where(Customer.owner_id == self.owner_id)
        if self.size_class:
            stmt = stmt.where(Customer.size_class == self.size_class)
        if self.segment_id is not None:
            stmt = stmt.where(in_segment(self.segment_id))
        return stmt


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
    return {level: int(value) for level, value in zip(LEVELS, row, strict=True)}


def level_counts(store: Store, board: BoardFilter) -> dict[str, int]:
    """Customers per level: one GROUP BY answered from ix_customer_ladder_board."""
    with store.read() as session:
        return _level_counts(session.connection(), board)


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


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


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
    latest = (
        select(Interaction.id)
        .where(Interaction.customer_id == Customer.id)
        .order_by(Interaction.occurred_on.desc(), Interaction.id.desc())
        .limit(1)
        .correlate(Customer)
        .scalar_subquery()
    )
    entered = (
        select(func.max(LadderMove.moved_on))
        .where(LadderMove.customer_id == Customer.id)
        .correlate(Customer)
        .scalar_subquery()
    )
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
    # The page's ids first (an index range with OFFSET), then the joins and subqueries for
    # those rows only: deep in a 30 000-card column the OFFSET then skips index entries,
    # not joined rows.
    page = (
        select(Customer.id, Customer.name)
        .where(
            Customer.team_id == bindparam("team"),
            Customer.archived.is_(False),
            Customer.ladder_level == level,
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
    ids = page.subquery("page")
    return (
        select(
            Customer.id,
            Customer.name,
            Customer.size_class,
            Customer.created_at,
            Customer.owner_id,
            Member.name.label("owner"),
            entered.label("entered_on"),
            last.occurred_on.label("last_contact"),
            last.next_step,
            last.next_step_due,
            func.coalesce(referrer_customer, referrer_contact).label("referred_by"),
            *(_criterion_count(shape, i).label(f"c{i}") for i, shape in enumerate(shapes)),
        )
        .select_from(ids)
        .join(Customer, Customer.id == ids.c.id)
        .outerjoin(Member, Member.id == Customer.owner_id)
        .outerjoin(last, last.id == latest)
        .order_by(ids.c.name, ids.c.id)
    )


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


def _page(
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
                entered_on=_as_date(row.entered_on) or local_date(row.created_at),
                last_contact=_as_date(row.last_contact),
                next_step=row.next_step,
                next_step_due=_as_date(row.next_step_due),
                referred_by=row.referred_by,
                criteria=list(zip(wanted, met, strict=True)),
                ready=can_rise and all(met),
                silence_limit=int(settings.silence_limits.get(level, 90)),
                today=today,
            )
        )
    return cards


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
        return _page(conn, board, level, offset, limit, settings, today)


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
            level: _page(conn, board, level, 0, limits[level], settings, today) for level in LEVELS
        }
    return BoardPage(counts, cards, limits)


def _referrer_names(conn: Connection, page: list[Any]) -> dict[int, str]:
    """'Who referred it' for a page: the referring customer, or contact @ customer."""
    by_customer = {r.id: r.referred_by_customer_id for r in page if r.referred_by_customer_id}
    by_contact = {r.id: r.referred_by_contact_id for r in page if r.referred_by_contact_id}
    names: dict[int, str] = {}
    if by_customer:
        found = dict(
            conn.execute(
                select(Customer.id, Customer.name).where(Customer.id.in_(set(by_customer.values())))
            ).all()
        )
        for cid, ref in by_customer.items():
            if ref in found:
                names[cid] = found[ref]
    if by_contact:
        found_contacts = {
            row.id: f"{row.name} ({row.customer})"
            for row in conn.execute(
                select(Contact.id, Contact.name, Customer.name.label("customer"))
                .join(Customer, Customer.id == Contact.customer_id)
                .where(Contact.id.in_(set(by_contact.values())))
            )
        }
        for cid, ref in by_contact.items():
            if ref in found_contacts:
                names[cid] = found_contacts[ref]
    return names


def _position(store: Store, board: BoardFilter, level: str, name: str, customer_id: int) -> int:
    stmt = board.apply(select(func.count()).select_from(Customer)).where(
        Customer.ladder_level == level,
        (Customer.name < name) | ((Customer.name == name) & (Customer.id < customer_id)),
    )
    with store.read() as session:
        return int(session.execute(stmt).scalar_one())


def position_in_level(store: Store, board: BoardFilter, customer_id: int) -> tuple[str, int] | None:
    """(level, row) of a customer on the board, to scroll to it after a move."""
    with store.read() as session:
        row = session.execute(
            select(Customer.ladder_level, Customer.name).where(Customer.id == customer_id)
        ).first()
    if row is None:
        return None
    return row.ladder_level, _position(store, board, row.ladder_level, row.name, customer_id)


# --- who to call next --------------------------------------------------------------------


@dataclass(frozen=True)
class CallItem:
    id: int
    name: str
    level: str
    owner: str | None
    last_contact: date | None
    next_step: str | None
    next_step_due: date | None
    overdue_days: int
    silent_days: int
    silence_limit: int


_CALL_SQL = """
WITH latest AS (
    SELECT c.id, c.name, c.ladder_level, m.name AS owner, i.occurred_on AS last_on,
           i.next_step, i.next_step_due,
           CASE WHEN i.next_step_due IS NOT NULL AND i.next_step_due < :today
                THEN CAST(julianday(:today) - julianday(i.next_step_due) AS INTEGER)
                ELSE 0 END AS overdue_days,
           CAST(julianday(:today) - julianday(coalesce(i.occurred_on, date(c.created_at)))
                AS INTEGER) AS silent_days,
           CASE c.ladder_level WHEN 'A1' THEN :a1 WHEN 'A2' THEN :a2 ELSE :a3 END AS silence_limit
    FROM customer AS c
    LEFT JOIN member AS m ON m.id = c.owner_id
    LEFT JOIN interaction AS i ON i.id = (
        SELECT i2.id FROM interaction AS i2 WHERE i2.customer_id = c.id
        ORDER BY i2.occurred_on DESC, i2.id DESC LIMIT 1)
    WHERE c.team_id = :team AND c.archived = 0 {filters}
)
SELECT *, count(*) OVER () AS total FROM latest
WHERE overdue_days > 0 OR silent_days > silence_limit
ORDER BY overdue_days > 0 DESC, overdue_days DESC, silent_days - silence_limit DESC, name
LIMIT :limit
"""


def _filter_sql(board: BoardFilter, params: dict[str, Any], alias: str = "c") -> str:
    parts = []
    if board.owner_id is not None:
        parts.append(f"AND {alias}.owner_id = :owner")
        params["owner"] = board.owner_id
    if board.size_class:
        parts.append(f"AND {alias}.size_class = :size")
        params["size"] = board.size_class
    if board.segment_id is not None:
        parts.append(
            f"AND {alias}.id IN "
            "(SELECT customer_id FROM customer_segment WHERE segment_id = :segment)"
        )
        params["segment"] = board.segment_id
    return " ".join(parts)


def who_to_call(
    store: Store,
    board: BoardFilter,
    silence_limits: dict[str, int],
    today: date | None = None,
    limit: int = 200,
) -> tuple[list[CallItem], int]:
    """Customers to contact, most urgent first, and how many there are in all.

    Overdue next steps come first (most overdue first), then customers silent for longer
    than their level's limit (furthest beyond it first).
    """
    today = today or date.today()
    params: dict[str, Any] = {
        "today": today.isoformat(),
        "team": board.team_id,
        "a1": int(silence_limits.get("A1", 30)),
        "a2": int(silence_limits.get("A2", 60)),
        "a3": int(silence_limits.get("A3", 90)),
        "limit": limit,
    }
    sql = _CALL_SQL.format(filters=_filter_sql(board, params))
    with store.read() as session:
        rows = session.execute(text(sql), params).all()
    items = [
        CallItem(
            row.id,
            row.name,
            row.ladder_level,
            row.owner,
            _as_date(row.last_on),
            row.next_step,
            _as_date(row.next_step_due),
            int(row.overdue_days),
            int(row.silent_days),
            int(row.silence_limit),
        )
        for row in rows
    ]
    return items, int(rows[0].total) if rows else 0


# --- advocates and referrals -------------------------------------------------------------


@dataclass
class Referred:
    id: int
    name: str
    level: str
    since: date


@dataclass
class Advocate:
    """A customer, or a contact person of one, that brought new customers."""

    customer_id: int  # the advocate's own customer (for a contact: its employer)
    name: str
    contact: str | None  # the person, when the referral was made by a contact person
    level: str
    brought: list[Referred] = field(default_factory=list)


def advocates(store: Store, board: BoardFilter, limit: int = 100) -> list[Advocate]:
    """Advocates of the team, most referrals first, each with the customers it brought.

    Counting is one GROUP BY per kind of advocate (customer or contact person); only the
    top `limit` advocates' referred customers are then read.
    """
    referred = Customer.__table__.alias("referred")
    conditions = [referred.c.team_id == board.team_id, referred.c.archived.is_(False)]
    if board.owner_id is not None:
        conditions.append(referred.c.owner_id == board.owner_id)
    if board.size_class:
        conditions.append(referred.c.size_class == board.size_class)
    if board.segment_id is not None:
        conditions.append(
            referred.c.id.in_(
                select(customer_segment.c.customer_id).where(
                    customer_segment.c.segment_id == board.segment_id
                )
            )
        )
    by_customer = referred.c.referred_by_customer_id
    by_contact = referred.c.referred_by_contact_id
    with store.read() as session:
        conn = session.connection()
        ranked: list[tuple[int, str, int]] = [
            (int(count), "customer", key)
            for key, count in conn.execute(
                select(by_customer, func.count())
                .where(*conditions, by_customer.is_not(None))
                .group_by(by_customer)
            )
        ]
        ranked += [
            (int(count), "contact", key)
            for key, count in conn.execute(
                select(by_contact, func.count())
                .where(*conditions, by_contact.is_not(None))
                .group_by(by_contact)
            )
        ]
        ranked.sort(key=lambda item: -item[0])
        top = ranked[:limit]
        customer_keys = {key for _, kind, key in top if kind == "customer"}
        contact_keys = {key for _, kind, key in top if kind == "contact"}
        groups: dict[tuple[str, int], Advocate] = {}
        for row in conn.execute(
            select(Customer.id, Customer.name, Customer.ladder_level).where(
                Customer.id.in_(customer_keys)
            )
        ):
            groups[("customer", row.id)] = Advocate(row.id, row.name, None, row.ladder_level)
        for row in conn.execute(
            select(
                Contact.id,
                Contact.name,
                Customer.id.label("cid"),
                Customer.name.label("cn"),
                Customer.ladder_level,
            )
            .join(Customer, Customer.id == Contact.customer_id)
            .where(Contact.id.in_(contact_keys))
        ):
            groups[("contact", row.id)] = Advocate(row.cid, row.cn, row.name, row.ladder_level)
        for row in conn.execute(
            select(
                referred.c.id,
                referred.c.name,
                referred.c.ladder_level,
                referred.c.created_at,
                by_customer,
                by_contact,
            ).where(*conditions, by_customer.in_(customer_keys) | by_contact.in_(contact_keys))
        ):
            key = (
                ("customer", row.referred_by_customer_id)
                if row.referred_by_customer_id in customer_keys
                else ("contact", row.referred_by_contact_id)
            )
            if key in groups:
                groups[key].brought.append(
                    Referred(row.id, row.name, row.ladder_level, local_date(row.created_at))
                )
    result = [groups[(kind, key)] for _, kind, key in top if (kind, key) in groups]
    for group in result:
        group.brought.sort(key=lambda r: r.since, reverse=True)
    result.sort(key=lambda a: (-len(a.brought), a.name, a.contact or ""))
    return result


@dataclass(frozen=True)
class Opportunity:
    id: int
    name: str
    owner: str | None
    advocates: int  # contact persons marked as advocates: whom to ask first


def referral_opportunities(
    store: Store, board: BoardFilter, today: date | None = None, limit: int = 500
) -> list[Opportunity]:
    """A1 customers that have not referred anyone in the last year: ask them."""
    today = today or date.today()
    since = datetime.combine(today - relativedelta(years=1), datetime.min.time())
    params: dict[str, Any] = {"team": board.team_id, "since": since.isoformat(" "), "limit": limit}
    sql = f"""
    SELECT c.id, c.name, m.name AS owner,
           (SELECT count(*) FROM contact AS k WHERE k.customer_id = c.id AND k.advocate = 1)
             AS advocates
    FROM customer AS c LEFT JOIN member AS m ON m.id = c.owner_id
    WHERE c.team_id = :team AND c.archived = 0 AND c.ladder_level = 'A1'
      {_filter_sql(board, params)}
      AND NOT EXISTS (SELECT 1 FROM customer AS r
                      WHERE r.referred_by_customer_id = c.id AND r.created_at >= :since)
      AND NOT EXISTS (SELECT 1 FROM contact AS k JOIN customer AS r
                      ON r.referred_by_contact_id = k.id
                      WHERE k.customer_id = c.id AND r.created_at >= :since)
    ORDER BY advocates DESC, c.name LIMIT :limit
    """
    with store.read() as session:
        rows = session.execute(text(sql), params).all()
    return [Opportunity(r.id, r.name, r.owner, int(r.advocates)) for r in rows]


def referred_by(store: Store, customer_id: int) -> str | None:
    """Who referred this customer: a customer's name or 'contact (customer)'."""
    with store.read() as session:
        row = session.execute(
            select(
                Customer.id,
                Customer.referred_by_customer_id,
                Customer.referred_by_contact_id,
            ).where(Customer.id == customer_id)
        ).first()
        if row is None:
            return None
        return _referrer_names(session.connection(), [row]).get(customer_id)
