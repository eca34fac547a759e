"""Meeting series: plan one, change its rhythm, end it, delete it (with undo), and keep its
occurrences stored through the planning horizon.

Occurrences are `meeting` rows made from the rule up to the end of next year (the
horizon), so that the agenda, the calendar and compliance are indexed reads. Changing a
rule re-makes only the occurrences nobody has touched, from the later of its start and
today: the past stays as it was planned, and a moved, cancelled, held or noted occurrence
is kept as it is.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, delete, exists, func, insert, not_, or_, select, update
from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.errors import InvalidRecord
from app.governance._rows import Snapshot, put_back, rows
from app.governance.cadence import RULE_FIELDS, TIME_PATTERN, Rule, checked, days
from app.store import Store
from models.all import metadata
from models.base import new_uuid, utcnow
from models.governance import (
    ActionItem,
    DevelopmentProposal,
    Meeting,
    MeetingSeries,
    MeetingStatus,
)
from models.rules import QT_TRANSLATE_NOOP, ValidationError, check_required, parse_date

SERIES = metadata.tables["meeting_series"]
MEETING = metadata.tables["meeting"]
ACTION = metadata.tables["action_item"]
SERIES_FIELDS = (
    "meeting_type",
    "title",
    "customer_id",
    "owner_member_id",
    "start_time",
    "duration_minutes",
    "location",
    *RULE_FIELDS,
)


def horizon(today: date) -> date:
    """Occurrences are stored through the end of next year."""
    return date(today.year + 1, 12, 31)


def _attempt(errors: list[ValidationError], fn: Any, *args: Any) -> Any:
    try:
        return fn(*args)
    except ValidationError as error:
        errors.append(error)
        return None


def clean_series(data: dict[str, Any]) -> dict[str, Any]:
    """The series' fields checked and typed; InvalidRecord lists every wrong field."""
    errors: list[ValidationError] = []
    title = _attempt(errors, check_required, data.get("title"), "title")
    meeting_type = _attempt(errors, check_required, data.get("meeting_type"), "meeting_type")
    starts_on = _attempt(errors, parse_date, data.get("starts_on"), "starts_on")
    ends_on = _attempt(errors, parse_date, data.get("ends_on"), "ends_on")
    if starts_on is None and not any(e.field == "starts_on" for e in errors):
        errors.append(
            ValidationError("starts_on", QT_TRANSLATE_NOOP("rules", "This field is required."))
        )
    start_time = str(data.get("start_time") or "09:00").strip()
    if not TIME_PATTERN.match(start_time):
        errors.append(
            ValidationError("start_time", QT_TRANSLATE_NOOP("rules", "Write the time as 09:30."))
        )
    duration = int(data.get("duration_minutes") or 60)
    if not 5 <= duration <= 1440:
        errors.append(
            ValidationError(
                "duration_minutes",
                QT_TRANSLATE_NOOP("rules", "A meeting lasts from 5 minutes to 24 hours."),
            )
        )
    rule = None
    if starts_on is not None and not errors:
        fields = {k: data.get(k) for k in RULE_FIELDS} | {"starts_on": starts_on}
        rule = _attempt_rule(errors, Rule.of(fields | {"ends_on": ends_on}))
    if errors:
        raise InvalidRecord(errors)
    assert rule is not None
    return {
        "meeting_type": meeting_type,
        "title": title,
        "customer_id": data.get("customer_id"),
        "owner_member_id": data.get("owner_member_id"),
        "start_time": start_time,
        "duration_minutes": duration,
        "location": (data.get("location") or "").strip() or None,
        **rule.values(),
    }


def _attempt_rule(errors: list[ValidationError], rule: Rule) -> Rule | None:
    try:
        return checked(rule)
    except InvalidRecord as invalid:
        errors.extend(invalid.errors)
        return None


# --- occurrences ---------------------------------------------------------------------------


def untouched() -> Any:
    """Occurrences nobody has moved, cancelled, held, noted or given an action."""
    m = Meeting
    has_action = exists().where(ActionItem.meeting_id == m.id)
    handled = exists().where(DevelopmentProposal.handled_meeting_id == m.id)
    notes = [m.goal, m.outcome, m.outcome_note, m.agenda, m.attendees, m.minutes, m.decisions]
    return and_(
        m.status == MeetingStatus.PLANNED.value,
        m.held_on == m.original_on,
        m.start_time.is_(None),
        *[func.coalesce(column, "") == "" for column in notes],
        not_(has_action),
        not_(handled),
    )


def fill(session: Session, series: dict[str, Any], start: date, through: date) -> int:
    """Store the rule's occurrences from `start` to `through` that are not stored yet."""
    rule = Rule.of(series)
    wanted = days(rule, max(start, rule.starts_on), through)
    if not wanted:
        return 0
    have = set(
        session.execute(
            select(Meeting.original_on).where(
                Meeting.series_id == series["id"], Meeting.original_on.between(start, through)
            )
        ).scalars()
    )
    now = utcnow()
    new = [
        {
            "series_id": series["id"],
            "team_id": series["team_id"],
            "customer_id": series["customer_id"],
            "original_on": day,
            "held_on": day,
            "status": MeetingStatus.PLANNED.value,
            "uuid": new_uuid(),
            "created_at": now,
            "updated_at": now,
        }
        for day in wanted
        if day not in have
    ]
    if new:
        session.execute(insert(MEETING), new)
    return len(new)


def replan(
    session: Session, series: dict[str, Any], today: date, since: date | None = None
) -> None:
    """Re-make the untouched occurrences from the later of the start and `since` (today)."""
    start = max(series["starts_on"], since or today)
    session.execute(
        delete(Meeting).where(
            Meeting.series_id == series["id"], Meeting.original_on >= start, untouched()
        )
    )
    end = horizon(today)
    through = min(end, series["ends_on"]) if series["ends_on"] else end
    fill(session, series, start, through)
    session.execute(
        update(MeetingSeries).where(MeetingSeries.id == series["id"]).values(planned_through=end)
    )


def series_row(session: Session, series_id: int) -> dict[str, Any]:
    found = session.execute(select(SERIES).where(SERIES.c.id == series_id)).first()
    if found is None:
        raise LookupError(series_id)
    return dict(found._mapping)


# --- operations ------------------------------------------------------------------------------


def plan_series(store: Store, team_id: int, data: dict[str, Any], today: date | None = None) -> int:
    """Plan a new series and store its occurrences; return its id (undo: delete_series)."""
    today = today or date.today()
    values = clean_series(data)
    with store.write(Changes.of(Kind.MEETING)) as session:
        series = MeetingSeries(team_id=team_id, planned_through=horizon(today), **values)
        session.add(series)
        session.flush()
        # A series planned after it began gets its past occurrences too (to be recorded).
        replan(session, series_row(session, series.id), today, since=values["starts_on"])
        return series.id


def update_series(
    store: Store, series_id: int, data: dict[str, Any], today: date | None = None
) -> dict[str, Any]:
    """Change a series (its rhythm, end, time, title…); return the replaced values.

    The occurrences follow from the later of the start and today; undo is applying the
    returned values the same way."""
    today = today or date.today()
    with store.write(Changes.of(Kind.MEETING)) as session:
        current = series_row(session, series_id)
        merged = clean_series({**current, **data})
        changed = {k: v for k, v in merged.items() if current.get(k) != v}
        if not changed:
            return {}
        if "customer_id" in changed:
            session.execute(
                update(Meeting)
                .where(Meeting.series_id == series_id)
                .values(customer_id=changed["customer_id"])
            )
        session.execute(update(MeetingSeries).where(MeetingSeries.id == series_id).values(changed))
        if any(key in RULE_FIELDS for key in changed):
            replan(session, {**current, **changed}, today)
        return {key: current[key] for key in changed}


def end_series(
    store: Store, series_id: int, last_day: date, today: date | None = None
) -> dict[str, Any]:
    """The series ends on `last_day` (later untouched occurrences go); return the old end."""
    return update_series(store, series_id, {"ends_on": last_day}, today)


def delete_series(store: Store, series_id: int) -> Snapshot:
    """Delete a series with its occurrences and their actions; return what undo needs."""
    with store.write(Changes.of(Kind.MEETING, Kind.ACTION, Kind.PROPOSAL)) as session:
        meeting_ids = select(Meeting.id).where(Meeting.series_id == series_id)
        snapshot: Snapshot = {
            "meeting_series": rows(session, select(SERIES).where(SERIES.c.id == series_id)),
            "meeting": rows(session, select(MEETING).where(MEETING.c.series_id == series_id)),
            "action_item": rows(
                session, select(ACTION).where(ACTION.c.meeting_id.in_(meeting_ids))
            ),
            "handled": rows(
                session,
                select(DevelopmentProposal.id, DevelopmentProposal.handled_meeting_id).where(
                    DevelopmentProposal.handled_meeting_id.in_(meeting_ids)
                ),
            ),
        }
        if not snapshot["meeting_series"]:
            raise LookupError(series_id)
        session.execute(delete(MeetingSeries).where(MeetingSeries.id == series_id))
        return snapshot


def restore_series(store: Store, snapshot: Snapshot) -> int:
    """Put a deleted series back as it was; return its id."""
    with store.write(Changes.of(Kind.MEETING, Kind.ACTION, Kind.PROPOSAL)) as session:
        put_back(session, [SERIES, MEETING, ACTION], snapshot)
        for row in snapshot.get("handled", []):
            session.execute(
                update(DevelopmentProposal)
                .where(DevelopmentProposal.id == row["id"])
                .values(handled_meeting_id=row["handled_meeting_id"])
            )
    return int(snapshot["meeting_series"][0]["id"])


def get_series(store: Store, series_id: int) -> dict[str, Any] | None:
    with store.read() as session:
        found = session.execute(select(SERIES).where(SERIES.c.id == series_id)).first()
    return dict(found._mapping) if found else None


def list_series(store: Store, team_id: int, customer_id: int | None = None) -> list[Any]:
    """A team's own series (or one customer's): every field and the next occurrence."""
    today = date.today()
    next_day = (
        select(func.min(Meeting.held_on))
        .where(
            Meeting.series_id == MeetingSeries.id,
            Meeting.held_on >= today,
            Meeting.status == MeetingStatus.PLANNED.value,
        )
        .scalar_subquery()
    )
    statement = select(SERIES, next_day.label("next_on")).where(SERIES.c.team_id == team_id)
    if customer_id is not None:
        statement = statement.where(SERIES.c.customer_id == customer_id)
    else:
        statement = statement.where(SERIES.c.customer_id.is_(None))
    return store.rows(statement.order_by(SERIES.c.title))


def extend_plan(store: Store, team_id: int, today: date | None = None) -> int:
    """Store occurrences up to the horizon for series planned short of it (a new year);
    return how many were added. Nothing is written (or announced) when none are due."""
    today = today or date.today()
    end = horizon(today)
    short = (
        select(SERIES)
        .where(SERIES.c.team_id == team_id, SERIES.c.planned_through < end)
        .where(or_(SERIES.c.ends_on.is_(None), SERIES.c.ends_on > SERIES.c.planned_through))
    )
    with store.read() as session:
        if session.execute(select(exists(short))).scalar() is False:
            return 0
    added = 0
    with store.write(Changes.of(Kind.MEETING)) as session:
        for found in session.execute(short).all():
            series = dict(found._mapping)
            through = min(end, series["ends_on"]) if series["ends_on"] else end
            added += fill(session, series, series["planned_through"] + timedelta(days=1), through)
            session.execute(
                update(MeetingSeries)
                .where(MeetingSeries.id == series["id"])
                .values(planned_through=end)
            )
    return added
