"""Health: green / yellow / red with a reason, history kept (seed 003 l. 1161–1196).

A person sets the health; the data suggests one (silence, overdue next steps, open
complaints, falling satisfaction, a key contact who left) which the owner confirms or
overrides. A fall to red needs an immediate next step: it shows in who to call.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.ladder.settings import load_settings
from app.store import Store
from app.success.feedback import is_open
from app.success.records import (
    day,
    refuse,
    restore_withdrawn,
    state,
    text,
    withdraw_newest,
)
from app.success.rules import Signals, Suggestion, need, not_in_future, one_of, suggest_health
from models.customer import Customer, Interaction
from models.ladder import local_date
from models.rules import QT_TRANSLATE_NOOP, ValidationError
from models.success import (
    Feedback,
    FeedbackKind,
    Health,
    HealthChange,
    RiskFlag,
    Satisfaction,
    Severity,
)
from models.team import Member

CHANGES = Changes.of(Kind.HEALTH)


@dataclass(frozen=True)
class HealthEntry:
    id: int
    health: str
    reason: str
    suggested: str | None
    next_step: str | None
    next_step_due: date | None
    changed_on: date
    author: str | None


def _live(customer_id: int) -> Select[Any]:
    return (
        select(HealthChange)
        .where(HealthChange.customer_id == customer_id, HealthChange.deleted_at.is_(None))
        .order_by(HealthChange.changed_on.desc(), HealthChange.id.desc())
    )


def _sync(session: Session, customer_id: int) -> None:
    """The state row's health from the newest live change."""
    latest = session.execute(_live(customer_id).limit(1)).scalar_one_or_none()
    row = state(session, customer_id)
    row.health = latest.health if latest else None
    row.health_since = latest.changed_on if latest else None
    row.health_reason = latest.reason if latest else None
    red = latest is not None and latest.health == Health.RED
    row.health_next_step = latest.next_step if red and latest else None
    row.health_next_due = latest.next_step_due if red and latest else None


def set_health(
    store: Store,
    customer_id: int,
    health: str,
    reason: str | None,
    changed_on: date | str | None = None,
    author_id: int | None = None,
    next_step: str | None = None,
    next_step_due: date | str | None = None,
    suggested: str | None = None,
    today: date | None = None,
) -> int:
    """Record the customer's health; return the change's id (for undo).

    A reason is always needed; red also needs the immediate next step (due today unless
    another day is given)."""
    today = today or date.today()
    errors = one_of(health, [h.value for h in Health], "health")
    clean_reason = text(reason)
    if clean_reason is None:
        errors.append(need("reason"))
    when = day(changed_on if changed_on is not None else today, "changed_on", errors)
    errors.extend(not_in_future(when, today, "changed_on") if when else [])
    step = text(next_step) if health == Health.RED else None
    due = day(next_step_due, "next_step_due", errors) if health == Health.RED else None
    if health == Health.RED and step is None:
        errors.append(
            ValidationError(
                "next_step",
                QT_TRANSLATE_NOOP("rules", "Red health needs an immediate next step."),
            )
        )
    refuse(errors)
    with store.write(CHANGES) as session:
        state(session, customer_id)  # raises LookupError for a customer that is gone
        change = HealthChange(
            customer_id=customer_id,
            health=health,
            reason=clean_reason,
            suggested=suggested,
            next_step=step,
            next_step_due=(due or when) if step else None,
            changed_on=when,
            author_member_id=author_id,
        )
        session.add(change)
        session.flush()
        _sync(session, customer_id)
        return change.id


def withdraw_health(store: Store, change_id: int) -> int:
    """Undo: take back the customer's newest health change."""
    return withdraw_newest(store, HealthChange, change_id, CHANGES, _live, _sync)


def restore_health(store: Store, change_id: int) -> int:
    return restore_withdrawn(store, HealthChange, change_id, CHANGES, _sync)


def health_history(store: Store, customer_id: int) -> list[HealthEntry]:
    with store.read() as session:
        rows = session.execute(
            select(HealthChange, Member.name)
            .outerjoin(Member, Member.id == HealthChange.author_member_id)
            .where(HealthChange.customer_id == customer_id, HealthChange.deleted_at.is_(None))
            .order_by(HealthChange.changed_on.desc(), HealthChange.id.desc())
        ).all()
    return [
        HealthEntry(
            h.id,
            h.health,
            h.reason,
            h.suggested,
            h.next_step,
            h.next_step_due,
            h.changed_on,
            author,
        )
        for h, author in rows
    ]


# --- what the data suggests ----------------------------------------------------------------


def _drop(values: list[Any]) -> float:
    """How far the newest value fell below the one before (0 when it did not fall)."""
    if len(values) < 2:
        return 0.0
    return max(float(values[1]) - float(values[0]), 0.0)


def _recent(session: Session, column: Any, customer_id: int) -> list[Any]:
    """The two newest live satisfaction values of one column (newest first)."""
    return list(
        session.execute(
            select(column)
            .where(
                Satisfaction.customer_id == customer_id,
                Satisfaction.deleted_at.is_(None),
                column.is_not(None),
            )
            .order_by(Satisfaction.measured_on.desc(), Satisfaction.id.desc())
            .limit(2)
        ).scalars()
    )


def _complaints(session: Session, customer_id: int) -> tuple[int, int]:
    """Open complaints of the customer, and how many of them are severe."""
    row = session.execute(
        select(
            func.count(),
            func.count().filter(Feedback.severity == Severity.HIGH.value),
        ).where(
            Feedback.customer_id == customer_id,
            Feedback.kind == FeedbackKind.COMPLAINT.value,
            Feedback.deleted_at.is_(None),
            is_open(),
        )
    ).one()
    return int(row[0]), int(row[1])


def read_signals(store: Store, customer_id: int, today: date | None = None) -> Signals:
    """The facts the suggestion is made of, read for one customer."""
    today = today or date.today()
    with store.read() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise LookupError(customer_id)
        latest = session.execute(
            select(Interaction.occurred_on, Interaction.next_step_due)
            .where(Interaction.customer_id == customer_id)
            .order_by(Interaction.occurred_on.desc(), Interaction.id.desc())
            .limit(1)
        ).first()
        complaints, severe = _complaints(session, customer_id)
        scores = _recent(session, Satisfaction.score, customer_id)
        promoter = _recent(session, Satisfaction.nps, customer_id)
        flags = session.execute(
            select(func.count()).where(
                RiskFlag.customer_id == customer_id,
                RiskFlag.resolved_on.is_(None),
                RiskFlag.deleted_at.is_(None),
            )
        ).scalar_one()
        team_id, level = customer.team_id, customer.ladder_level
        since = latest.occurred_on if latest else local_date(customer.created_at)
    due = latest.next_step_due if latest else None
    limits = load_settings(store, team_id).silence_limits
    return Signals(
        silent_days=(today - since).days,
        silence_limit=int(limits.get(level, 90)),
        overdue_days=(today - due).days if due and due < today else 0,
        open_complaints=complaints,
        open_severe=severe,
        score_drop=_drop(scores),
        nps_drop=round(_drop(promoter)),
        latest_score=int(scores[0]) if scores else None,
        key_contacts_left=int(flags),
    )


def suggested_health(store: Store, customer_id: int, today: date | None = None) -> Suggestion:
    return suggest_health(read_signals(store, customer_id, today))
