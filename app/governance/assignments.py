"""A customer's governance model: assigning one plans its meeting series.

Each meeting type the model holds becomes a series of the customer ("n times a year"
spread evenly from the day the model was agreed, types a week apart). Changing the model
ends the series the old one made (the untouched occurrences after the change go) and plans
the new ones; removing it only ends them. One operation returns what undo needs; undo is
refused when a meeting of the new series has been recorded since.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, exists, select, update
from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.errors import InvalidRecord
from app.governance._rows import put_back
from app.governance.catalogue import Catalogue
from app.governance.plan import MEETING, SERIES, horizon, replan, series_row, untouched
from app.store import Conflict, Store
from models.customer import Customer
from models.governance import Cadence, CustomerGovernance, Meeting, MeetingSeries
from models.rules import QT_TRANSLATE_NOOP, ValidationError

Token = dict[str, Any]


def _cadence(count: int, first: date) -> dict[str, Any]:
    """n times a year spread over the months, or every k weeks when more often."""
    if count <= 12:
        return {"cadence": Cadence.TIMES_A_YEAR.value, "times_a_year": count}
    return {
        "cadence": Cadence.WEEKLY.value,
        "weekday": first.weekday(),
        "interval": max(1, round(52 / count)),
    }


def _changes(customer_id: int) -> Changes:
    return Changes.of(Kind.GOVERNANCE, Kind.CUSTOMER, ids={customer_id}) | Changes.of(Kind.MEETING)


def _end_model_series(
    session: Session, customer_id: int, last_day: date, today: date
) -> tuple[list[Any], list[Any]]:
    """End the running series the previous model made; return (ended, deleted snapshots)."""
    ended: list[Any] = []
    deleted: list[Any] = []
    running = session.execute(
        select(SERIES).where(
            SERIES.c.customer_id == customer_id,
            SERIES.c.from_model.is_(True),
            (SERIES.c.ends_on.is_(None)) | (SERIES.c.ends_on > last_day),
        )
    ).all()
    for found in running:
        series = dict(found._mapping)
        if last_day < series["starts_on"]:
            deleted.append(
                {
                    "meeting_series": [series],
                    "meeting": [
                        dict(r._mapping)
                        for r in session.execute(
                            select(MEETING).where(MEETING.c.series_id == series["id"])
                        )
                    ],
                }
            )
            session.execute(delete(MeetingSeries).where(MeetingSeries.id == series["id"]))
            continue
        since = last_day + timedelta(days=1)
        ended.append((series["id"], series["ends_on"], since))
        session.execute(
            update(MeetingSeries).where(MeetingSeries.id == series["id"]).values(ends_on=last_day)
        )
        replan(session, {**series, "ends_on": last_day}, today, since=since)
    return ended, deleted


def _plan_model_series(
    session: Session,
    customer: Customer,
    model_key: str,
    agreed_on: date,
    catalogue: Catalogue,
    today: date,
) -> list[int]:
    model = catalogue.models[model_key]
    created: list[int] = []
    counts = [(key, n) for key, n in model.meetings.items() if n > 0 and key in catalogue.types]
    for offset, (type_key, count) in enumerate(counts):
        kind = catalogue.types[type_key]
        first = agreed_on + timedelta(weeks=offset)
        series = MeetingSeries(
            team_id=customer.team_id,
            meeting_type=type_key,
            title=f"{kind.label}: {customer.name}",
            customer_id=customer.id,
            owner_member_id=customer.owner_id,
            from_model=True,
            starts_on=first,
            start_time=kind.start_time,
            duration_minutes=kind.duration_minutes,
            planned_through=horizon(today),
            interval=1,
            **_cadence(count, first),
        )
        session.add(series)
        session.flush()
        replan(session, series_row(session, series.id), today, since=first)
        created.append(series.id)
    return created


def assign_model(
    store: Store,
    customer_id: int,
    model_key: str | None,
    agreed_on: date,
    catalogue: Catalogue,
    today: date | None = None,
) -> Token:
    """Give the customer `model_key` (None: no model) from `agreed_on`; return the undo token."""
    today = today or date.today()
    if model_key is not None and model_key not in catalogue.models:
        raise InvalidRecord(
            [ValidationError("model", QT_TRANSLATE_NOOP("rules", "Unknown governance model."))]
        )
    with store.write(_changes(customer_id)) as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise LookupError(customer_id)
        row = session.execute(
            select(CustomerGovernance).where(CustomerGovernance.customer_id == customer_id)
        ).scalar_one_or_none()
        previous = (row.model, row.agreed_on) if row else None
        ended, deleted = _end_model_series(
            session, customer_id, agreed_on - timedelta(days=1), today
        )
        if row is not None:
            session.delete(row)
            session.flush()
        created: list[int] = []
        if model_key is not None:
            session.add(
                CustomerGovernance(customer_id=customer_id, model=model_key, agreed_on=agreed_on)
            )
            created = _plan_model_series(session, customer, model_key, agreed_on, catalogue, today)
    return {
        "customer_id": customer_id,
        "request": (model_key, agreed_on),
        "previous": previous,
        "created": created,
        "ended": ended,
        "deleted": deleted,
    }


def undo_assignment(store: Store, token: Token, today: date | None = None) -> Token:
    """Put the previous model and its series back; refused once a new meeting was recorded."""
    today = today or date.today()
    customer_id = token["customer_id"]
    with store.write(_changes(customer_id)) as session:
        recorded = exists().where(Meeting.series_id.in_(token["created"]), ~untouched())
        if token["created"] and session.execute(select(recorded)).scalar():
            raise Conflict(customer_id)
        session.execute(delete(MeetingSeries).where(MeetingSeries.id.in_(token["created"])))
        session.execute(
            delete(CustomerGovernance).where(CustomerGovernance.customer_id == customer_id)
        )
        # Rows put back first: their ids are free now, re-planned rows take new ones.
        for snapshot in token["deleted"]:
            put_back(session, [SERIES, MEETING], snapshot)
        for series_id, old_end, since in token["ended"]:
            session.execute(
                update(MeetingSeries).where(MeetingSeries.id == series_id).values(ends_on=old_end)
            )
            replan(session, series_row(session, series_id), today, since=since)
        if token["previous"] is not None:
            model, agreed_on = token["previous"]
            session.add(
                CustomerGovernance(customer_id=customer_id, model=model, agreed_on=agreed_on)
            )
    return token


def redo_assignment(
    store: Store, token: Token, catalogue: Catalogue, today: date | None = None
) -> Token:
    model_key, agreed_on = token["request"]
    return assign_model(store, token["customer_id"], model_key, agreed_on, catalogue, today)
