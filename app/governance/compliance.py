"""The year's compliance: held against planned so far, by meeting type and by owner, and the
overdue (missed) meetings. Aggregated in SQL; the panel runs it off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from app.governance.governed import YearFigures, year_columns
from app.store import Store
from models.customer import Customer
from models.governance import Meeting, MeetingSeries, MeetingStatus
from models.team import Member

OVERDUE_LIMIT = 200


@dataclass(frozen=True)
class Compliance:
    year: int
    total: YearFigures
    by_type: list[tuple[str, YearFigures]]
    by_owner: list[tuple[str | None, YearFigures]]
    overdue: list[Any]  # id, held_on, title, customer, owner — most recent first
    overdue_total: int


def compliance(store: Store, team_id: int, today: date | None = None) -> Compliance:
    today = today or date.today()
    first, last = date(today.year, 1, 1), date(today.year, 12, 31)
    in_year = (Meeting.team_id == team_id, Meeting.held_on.between(first, last))
    figures = year_columns(today)
    joined = select(*figures).join(MeetingSeries, MeetingSeries.id == Meeting.series_id)
    by_type = joined.add_columns(MeetingSeries.meeting_type).where(*in_year)
    by_owner = (
        joined.add_columns(Member.name)
        .outerjoin(Member, Member.id == MeetingSeries.owner_member_id)
        .where(*in_year)
    )
    missed = (Meeting.status == MeetingStatus.PLANNED.value, Meeting.held_on < today)
    overdue = (
        select(
            Meeting.id,
            Meeting.held_on,
            MeetingSeries.title,
            Customer.name.label("customer"),
            Member.name.label("owner"),
        )
        .join(MeetingSeries, MeetingSeries.id == Meeting.series_id)
        .outerjoin(Customer, Customer.id == Meeting.customer_id)
        .outerjoin(Member, Member.id == MeetingSeries.owner_member_id)
        .where(*in_year, *missed)
        .order_by(Meeting.held_on.desc(), Meeting.id)
        .limit(OVERDUE_LIMIT)
    )
    with store.read() as session:
        total = session.execute(select(*figures).where(*in_year)).one()
        types = session.execute(
            by_type.group_by(MeetingSeries.meeting_type).order_by(MeetingSeries.meeting_type)
        ).all()
        owners = session.execute(by_owner.group_by(Member.name).order_by(Member.name)).all()
        late = session.execute(overdue).all()
        late_total = session.execute(
            select(func.count()).select_from(Meeting).where(*in_year, *missed)
        ).scalar_one()
    return Compliance(
        today.year,
        YearFigures(*(int(v) for v in total)),
        [(row[4], YearFigures(*(int(v) for v in row[:4]))) for row in types],
        [(row[4], YearFigures(*(int(v) for v in row[:4]))) for row in owners],
        list(late),
        int(late_total),
    )
