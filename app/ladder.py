"""Customer ladder use cases: moves with undo, the board's queries, who to call next,
advocates and referrals, and the team's ladder settings.

The board never loads a whole level: counts come from one indexed GROUP BY, cards come a
page at a time, and the facts a card needs (last contact, next step, criteria) are fetched
for that page only.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import Select, case, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from app.customers import InvalidRecord
from app.paths import RESOURCES
from app.store import Change, Store
from models.customer import Contact, Customer, Interaction
from models.ladder import (
    LEVELS,
    Criterion,
    Facts,
    LadderMove,
    LadderSetting,
    check_move,
    criterion_met,
    display_level,
    local_date,
    parse_criteria,
    ready_to_move_up,
)
from models.rules import QT_TRANSLATE_NOOP, ValidationError
from models.team import Member

CRITERIA_FILE = RESOURCES / "ladder" / "criteria.json"
PAGE = 100


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
    with store.write(Change("ladder_settings", frozenset({team_id}))) as session:
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


def _changes(customer_id: int) -> tuple[Change, Change]:
    ids = frozenset({customer_id})
    return Change("customer", ids), Change("ladder_move", ids)


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
    with store.write(*_changes(customer_id)) as session:
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


class StaleMove(Exception):
    """The customer's level changed since the move, so undo/redo would rewrite history."""


def undo_move(store: Store, record: MoveRecord) -> MoveRecord:
    """Remove the move and put the customer back where it was."""
    with store.write(*_changes(record.customer_id)) as session:
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
    with store.write(*_changes(record.customer_id)) as session:
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

    def apply(self, stmt: Select[Any]) -> Select[Any]:
        stmt = stmt.where(Customer.team_id == self.team_id, Customer.archived.is_(False))
        if self.owner_id is not None:
            stmt = stmt.where(Customer.owner_id == self.owner_id)
        if self.size_class:
            stmt = stmt.where(Customer.size_class == self.size_class)
        return stmt


def level_counts(store: Store, board: BoardFilter) -> dict[str, int]:
    """Customers per level: one GROUP BY answered from ix_customer_ladder_board."""
    stmt = board.apply(select(Customer.ladder_level, func.count()).select_from(Customer)).group_by(
        Customer.ladder_level
    )
    with store.read() as session:
        found = dict(session.execute(stmt).all())
    return {level: int(found.get(level, 0)) for level in LEVELS}


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
    stmt = (
        board.apply(
            select(
                Customer.id,
                Customer.name,
                Customer.size_class,
                Customer.created_at,
                Customer.referred_by_customer_id,
                Customer.referred_by_contact_id,
                Customer.owner_id,
                Member.name.label("owner"),
            )
            .select_from(Customer)
            .outerjoin(Member, Member.id == Customer.owner_id)
        )
        .where(Customer.ladder_level == level)
        .order_by(Customer.name, Customer.id)
        .offset(offset)
        .limit(limit)
    )
    with store.read() as session:
        page = session.execute(stmt).all()
        ids = [row.id for row in page]
        if not ids:
            return []
        facts = _facts(session, ids)
        entered = dict(
            session.execute(
                select(LadderMove.customer_id, func.max(LadderMove.moved_on))
                .where(LadderMove.customer_id.in_(ids))
                .group_by(LadderMove.customer_id)
            ).all()
        )
        plans = _latest_interactions(session, ids)
        referrers = _referrer_names(session, page)
    shown = display_level(level)
    wanted = settings.for_level(shown)
    cards = []
    for row in page:
        fact = facts[row.id]
        met = {c.id: criterion_met(c, fact, today) for c in wanted}
        latest = plans.get(row.id)
        cards.append(
            Card(
                id=row.id,
                name=row.name,
                level=level,
                owner=row.owner,
                owner_id=row.owner_id,
                size_class=row.size_class,
                entered_on=_as_date(entered.get(row.id)) or local_date(row.created_at),
                last_contact=_as_date(latest[0]) if latest else None,
                next_step=latest[1] if latest else None,
                next_step_due=_as_date(latest[2]) if latest else None,
                referred_by=referrers.get(row.id),
                criteria=[(c, met[c.id]) for c in wanted],
                ready=ready_to_move_up(level, met, settings.criteria),
                silence_limit=int(settings.silence_limits.get(level, 90)),
                today=today,
            )
        )
    return cards


def _facts(session: Session, ids: list[int]) -> dict[int, Facts]:
    """Interactions, contacts, advocates and referrals of a page of customers."""
    facts = {cid: Facts() for cid in ids}
    for cid, kind, day in session.execute(
        select(Interaction.customer_id, Interaction.kind, Interaction.occurred_on).where(
            Interaction.customer_id.in_(ids)
        )
    ):
        facts[cid].interactions.append((kind, day))
    for cid, count, advocates in session.execute(
        select(
            Contact.customer_id,
            func.count(),
            func.sum(case((Contact.advocate.is_(True), 1), else_=0)),
        )
        .where(Contact.customer_id.in_(ids))
        .group_by(Contact.customer_id)
    ):
        facts[cid].contacts = int(count)
        facts[cid].advocates = int(advocates)
    for cid, count in _referral_counts(session, ids).items():
        facts[cid].referrals = count
    return facts


def _referral_counts(
    session: Session, ids: list[int], since: datetime | None = None
) -> dict[int, int]:
    """Customers each of `ids` brought, directly or through one of its contact persons."""
    referred = Customer.__table__.alias("referred")
    counts: dict[int, int] = defaultdict(int)
    direct = (
        select(referred.c.referred_by_customer_id, func.count())
        .where(referred.c.referred_by_customer_id.in_(ids))
        .group_by(referred.c.referred_by_customer_id)
    )
    through = (
        select(Contact.customer_id, func.count())
        .select_from(referred.join(Contact, Contact.id == referred.c.referred_by_contact_id))
        .where(Contact.customer_id.in_(ids))
        .group_by(Contact.customer_id)
    )
    if since is not None:
        direct = direct.where(referred.c.created_at >= since)
        through = through.where(referred.c.created_at >= since)
    for stmt in (direct, through):
        for cid, count in session.execute(stmt):
            counts[cid] += int(count)
    return counts


def _latest_interactions(
    session: Session, ids: list[int]
) -> dict[int, tuple[Any, str | None, Any]]:
    """Per customer its latest interaction: (occurred_on, next_step, next_step_due).

    The latest interaction's next step is the team's current plan for the customer.
    """
    ranked = (
        select(
            Interaction.customer_id,
            Interaction.occurred_on,
            Interaction.next_step,
            Interaction.next_step_due,
            func.row_number()
            .over(
                partition_by=Interaction.customer_id,
                order_by=(Interaction.occurred_on.desc(), Interaction.id.desc()),
            )
            .label("n"),
        )
        .where(Interaction.customer_id.in_(ids))
        .subquery()
    )
    rows = session.execute(
        select(
            ranked.c.customer_id, ranked.c.occurred_on, ranked.c.next_step, ranked.c.next_step_due
        ).where(ranked.c.n == 1)
    )
    return {row[0]: (row[1], row[2], row[3]) for row in rows}


def _referrer_names(session: Session, page: list[Any]) -> dict[int, str]:
    """'Who referred it' for a page: the referring customer, or contact @ customer."""
    by_customer = {r.id: r.referred_by_customer_id for r in page if r.referred_by_customer_id}
    by_contact = {r.id: r.referred_by_contact_id for r in page if r.referred_by_contact_id}
    names: dict[int, str] = {}
    if by_customer:
        found = dict(
            session.execute(
                select(Customer.id, Customer.name).where(Customer.id.in_(set(by_customer.values())))
            ).all()
        )
        for cid, ref in by_customer.items():
            if ref in found:
                names[cid] = found[ref]
    if by_contact:
        found_contacts = {
            row.id: f"{row.name} ({row.customer})"
            for row in session.execute(
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
    """Advocates of the team, most referrals first, each with the customers it brought."""
    referred = Customer.__table__.alias("referred")
    source = Customer.__table__.alias("source")
    base = [
        referred.c.id,
        referred.c.name,
        referred.c.ladder_level,
        referred.c.created_at,
    ]
    conditions = [referred.c.team_id == board.team_id, referred.c.archived.is_(False)]
    if board.owner_id is not None:
        conditions.append(referred.c.owner_id == board.owner_id)
    if board.size_class:
        conditions.append(referred.c.size_class == board.size_class)
    groups: dict[tuple[int, int | None], Advocate] = {}
    with store.read() as session:
        direct = session.execute(
            select(
                *base,
                source.c.id.label("src"),
                source.c.name.label("src_name"),
                source.c.ladder_level.label("src_level"),
            )
            .join(source, source.c.id == referred.c.referred_by_customer_id)
            .where(*conditions)
        )
        for row in direct:
            key = (row.src, None)
            group = groups.setdefault(key, Advocate(row.src, row.src_name, None, row.src_level))
            group.brought.append(
                Referred(row.id, row.name, row.ladder_level, local_date(row.created_at))
            )
        through = session.execute(
            select(
                *base,
                Contact.id.label("contact_id"),
                Contact.name.label("contact"),
                source.c.id.label("src"),
                source.c.name.label("src_name"),
                source.c.ladder_level.label("src_level"),
            )
            .join(Contact, Contact.id == referred.c.referred_by_contact_id)
            .join(source, source.c.id == Contact.customer_id)
            .where(*conditions)
        )
        for row in through:
            key = (row.src, row.contact_id)
            group = groups.setdefault(
                key, Advocate(row.src, row.src_name, row.contact, row.src_level)
            )
            group.brought.append(
                Referred(row.id, row.name, row.ladder_level, local_date(row.created_at))
            )
    ranked = sorted(groups.values(), key=lambda a: (-len(a.brought), a.name, a.contact or ""))
    for group in ranked:
        group.brought.sort(key=lambda r: r.since, reverse=True)
    return ranked[:limit]


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
        return _referrer_names(session, [row]).get(customer_id)
