"""Feedback and complaints (seed 001 l. 17–100, seed 003 l. 1314–1358).

A feedback is recorded as it was received (source, touchpoint, severity, what happened)
and never edited; its handling (root cause, resolution, owner, quick fix or long-term,
closed date) is a series of rows, the newest live one in force. Undo marks rows deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from app.changes import Changes, Kind
from app.store import Store
from app.success.records import day, refuse, set_deleted, text
from app.success.rules import need, not_in_future, one_of
from models.customer import Contact, Customer
from models.rules import QT_TRANSLATE_NOOP, ValidationError
from models.success import (
    Feedback,
    FeedbackHandling,
    FeedbackKind,
    FeedbackSource,
    Horizon,
    Resolution,
    Severity,
    Touchpoint,
)
from models.team import Member

CHANGES = Changes.of(Kind.FEEDBACK)
HANDLING_FIELDS = (
    "root_cause",
    "resolution",
    "resolution_note",
    "owner_member_id",
    "horizon",
    "closed_on",
)


def _latest_handling() -> Any:
    """The id of the feedback row's newest live handling (a correlated subquery)."""
    return (
        select(FeedbackHandling.id)
        .where(FeedbackHandling.feedback_id == Feedback.id, FeedbackHandling.deleted_at.is_(None))
        .order_by(FeedbackHandling.id.desc())
        .limit(1)
        .correlate(Feedback)
        .scalar_subquery()
    )


def is_open() -> Any:
    """SQL: the feedback row has no closed date in its newest live handling."""
    closed = (
        select(FeedbackHandling.closed_on)
        .where(FeedbackHandling.id == _latest_handling())
        .correlate(Feedback)
        .scalar_subquery()
    )
    return closed.is_(None)


def _optional(value: Any, allowed: type[Any], key: str, errors: list[ValidationError]) -> Any:
    if value in (None, ""):
        return None
    errors.extend(one_of(value, [v.value for v in allowed], key))
    return value


def clean_handling(data: dict[str, Any], received_on: date | None) -> dict[str, Any]:
    errors: list[ValidationError] = []
    out = {
        "root_cause": text(data.get("root_cause")),
        "resolution": _optional(data.get("resolution"), Resolution, "resolution", errors),
        "resolution_note": text(data.get("resolution_note")),
        "owner_member_id": data.get("owner_member_id") or None,
        "horizon": _optional(data.get("horizon"), Horizon, "horizon", errors),
        "closed_on": day(data.get("closed_on"), "closed_on", errors),
    }
    if out["closed_on"] and received_on and out["closed_on"] < received_on:
        errors.append(
            ValidationError(
                "closed_on",
                QT_TRANSLATE_NOOP("rules", "The date cannot be before {date}."),
                date=received_on,
            )
        )
    refuse(errors)
    return out


def clean_feedback(data: dict[str, Any], today: date) -> dict[str, Any]:
    errors: list[ValidationError] = []
    kind = data.get("kind") or FeedbackKind.COMPLAINT.value
    errors.extend(one_of(kind, [k.value for k in FeedbackKind], "kind"))
    source = data.get("source") or FeedbackSource.OTHER.value
    errors.extend(one_of(source, [s.value for s in FeedbackSource], "source"))
    severity = _optional(data.get("severity"), Severity, "severity", errors)
    if kind == FeedbackKind.COMPLAINT and severity is None:
        errors.append(
            ValidationError("severity", QT_TRANSLATE_NOOP("rules", "How severe is the complaint?"))
        )
    happened = text(data.get("happened"))
    if happened is None:
        errors.append(need("happened"))
    received = day(data.get("received_on") or today, "received_on", errors)
    if received is not None:
        errors.extend(not_in_future(received, today, "received_on"))
    refuse(errors)
    return {
        "kind": kind,
        "source": source,
        "severity": severity,
        "happened": happened,
        "received_on": received,
        "customer_id": data.get("customer_id") or None,
        "contact_id": data.get("contact_id") or None,
        "touchpoint_id": data.get("touchpoint_id") or None,
        "author_member_id": data.get("author_member_id") or None,
    }


def record_feedback(
    store: Store, team_id: int, data: dict[str, Any], today: date | None = None
) -> int:
    """Record a feedback (and its first handling when any handling field is given)."""
    values = clean_feedback(data, today or date.today())
    handling = clean_handling(data, values["received_on"])
    with store.write(CHANGES) as session:
        feedback = Feedback(team_id=team_id, **values)
        session.add(feedback)
        session.flush()
        if any(value is not None for value in handling.values()):
            session.add(FeedbackHandling(feedback_id=feedback.id, **handling))
        return feedback.id


def handle_feedback(store: Store, feedback_id: int, data: dict[str, Any]) -> int:
    """Record how a feedback is handled now; return the handling row's id (for undo)."""
    with store.read() as session:
        received = session.execute(
            select(Feedback.received_on).where(Feedback.id == feedback_id)
        ).scalar()
    if received is None:
        raise LookupError(feedback_id)
    handling = clean_handling(data, received)
    with store.write(CHANGES) as session:
        row = FeedbackHandling(feedback_id=feedback_id, **handling)
        session.add(row)
        session.flush()
        return row.id


def delete_feedback(store: Store, feedback_id: int) -> int:
    set_deleted(store, Feedback, feedback_id, True, CHANGES)
    return feedback_id


def restore_feedback(store: Store, feedback_id: int) -> int:
    set_deleted(store, Feedback, feedback_id, False, CHANGES)
    return feedback_id


def withdraw_handling(store: Store, handling_id: int) -> int:
    set_deleted(store, FeedbackHandling, handling_id, True, CHANGES)
    return handling_id


def restore_handling(store: Store, handling_id: int) -> int:
    set_deleted(store, FeedbackHandling, handling_id, False, CHANGES)
    return handling_id


# --- reading --------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedbackFilter:
    team_id: int
    open_only: bool = False
    customer_id: int | None = None
    touchpoint_id: int | None = None
    limit: int = 500


def _statement(f: FeedbackFilter, handling: Any, columns: list[Any]) -> Select[Any]:
    """The filter's feedback rows joined to their newest handling (`handling`, an alias)."""
    stmt = (
        select(*columns)
        .select_from(Feedback)
        .outerjoin(Customer, Customer.id == Feedback.customer_id)
        .outerjoin(Touchpoint, Touchpoint.id == Feedback.touchpoint_id)
        .outerjoin(handling, handling.id == _latest_handling())
        .outerjoin(Member, Member.id == handling.owner_member_id)
        .where(Feedback.team_id == f.team_id, Feedback.deleted_at.is_(None))
    )
    if f.open_only:
        stmt = stmt.where(handling.closed_on.is_(None))
    if f.customer_id is not None:
        stmt = stmt.where(Feedback.customer_id == f.customer_id)
    if f.touchpoint_id is not None:
        stmt = stmt.where(Feedback.touchpoint_id == f.touchpoint_id)
    return stmt


def list_feedback(store: Store, f: FeedbackFilter) -> tuple[list[dict[str, Any]], int]:
    """The newest feedback first (up to the filter's limit), and how many match in all."""
    handling = aliased(FeedbackHandling, name="handling")
    columns = [
        Feedback.id,
        Feedback.received_on,
        Feedback.kind,
        Feedback.severity,
        Feedback.source,
        Feedback.customer_id,
        Customer.name.label("customer"),
        Touchpoint.name.label("touchpoint"),
        Feedback.happened,
        Member.name.label("owner"),
        *(getattr(handling, name) for name in HANDLING_FIELDS),
    ]
    with store.read() as session:
        rows = session.execute(
            _statement(f, handling, columns)
            .order_by(Feedback.received_on.desc(), Feedback.id.desc())
            .limit(f.limit)
        ).all()
        total = session.execute(_statement(f, handling, [func.count(Feedback.id)])).scalar_one()
    return [dict(row._mapping) for row in rows], int(total)


def feedback_detail(store: Store, feedback_id: int) -> dict[str, Any] | None:
    """One feedback with its current handling and who it came from."""
    with store.read() as session:
        feedback = session.get(Feedback, feedback_id)
        if feedback is None or feedback.deleted_at is not None:
            return None
        handling = session.execute(
            select(FeedbackHandling)
            .where(
                FeedbackHandling.feedback_id == feedback_id,
                FeedbackHandling.deleted_at.is_(None),
            )
            .order_by(FeedbackHandling.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        contact = session.get(Contact, feedback.contact_id) if feedback.contact_id else None
        values = {c.key: getattr(feedback, c.key) for c in Feedback.__table__.columns}
        for name in HANDLING_FIELDS:
            values[name] = getattr(handling, name) if handling else None
        values["contact"] = contact.name if contact else None
        return values
