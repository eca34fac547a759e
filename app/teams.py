"""Team companies and members."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from app.customers import InvalidRecord
from app.store import Change, Store
from models.rules import MemberRole, ValidationError, check_required, normalize_email
from models.team import Member, TeamCompany


def list_teams(store: Store) -> list[dict[str, Any]]:
    with store.read() as session:
        rows = session.execute(
            select(TeamCompany.id, TeamCompany.name, TeamCompany.academy).order_by(TeamCompany.name)
        )
        return [dict(r._mapping) for r in rows]


def members_of(store: Store, team_id: int) -> list[dict[str, Any]]:
    with store.read() as session:
        rows = session.execute(
            select(Member.id, Member.name, Member.email, Member.role)
            .where(Member.team_id == team_id)
            .order_by(Member.name)
        )
        return [dict(r._mapping) for r in rows]


def create_team(
    store: Store, name: str, academy: str | None = None, founded_on: date | None = None
) -> int:
    try:
        clean = check_required(name, "name")
    except ValidationError as error:
        raise InvalidRecord([error]) from None
    with store.write(Change("team")) as session:
        team = TeamCompany(
            name=clean, academy=(academy or "").strip() or None, founded_on=founded_on
        )
        session.add(team)
        session.flush()
        return team.id


def add_member(
    store: Store, team_id: int, name: str, email: str | None = None, role: str = "team_entrepreneur"
) -> int:
    errors: list[ValidationError] = []
    try:
        clean_name = check_required(name, "name")
    except ValidationError as error:
        errors.append(error)
    try:
        clean_email = normalize_email(email)
    except ValidationError as error:
        errors.append(error)
    if errors:
        raise InvalidRecord(errors)
    with store.write(Change("member")) as session:
        member = Member(
            team_id=team_id, name=clean_name, email=clean_email, role=MemberRole(role).value
        )
        session.add(member)
        session.flush()
        return member.id
