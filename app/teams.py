"""Team companies and members."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select

from app.changes import Changes, Kind
from app.errors import InvalidRecord
from app.store import Store
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
    store: Store,
    name: str,
    academy: str | None = None,
    founded_on: date | None = None,
    leader: tuple[str, str | None] | None = None,
) -> int:
    """Create a team company, with its team leader when `leader` (name, e-mail) is given."""
    errors: list[ValidationError] = []
    clean = _attempt(errors, lambda: check_required(name, "name"))
    if leader is not None:
        leader_name = _attempt(errors, lambda: check_required(leader[0], "member"))
        leader_email = _attempt(errors, lambda: normalize_email(leader[1]))
    if errors:
        raise InvalidRecord(errors)
    with store.write(Changes.of(Kind.TEAM, Kind.MEMBER)) as session:
        team = TeamCompany(
            name=clean, academy=(academy or "").strip() or None, founded_on=founded_on
        )
        session.add(team)
        session.flush()
        if leader is not None:
            session.add(
                Member(
                    team_id=team.id,
                    name=leader_name,
                    email=leader_email,
                    role=MemberRole.TEAM_LEADER.value,
                )
            )
        return team.id


def _attempt(errors: list[ValidationError], rule: Callable[[], Any]) -> Any:
    try:
        return rule()
    except ValidationError as error:
        errors.append(error)
        return None


def add_member(
    store: Store, team_id: int, name: str, email: str | None = None, role: str = "team_entrepreneur"
) -> int:
    errors: list[ValidationError] = []
    clean_name = _attempt(errors, lambda: check_required(name, "name"))
    clean_email = _attempt(errors, lambda: normalize_email(email))
    if errors:
        raise InvalidRecord(errors)
    with store.write(Changes.of(Kind.MEMBER)) as session:
        member = Member(
            team_id=team_id, name=clean_name, email=clean_email, role=MemberRole(role).value
        )
        session.add(member)
        session.flush()
        return member.id
