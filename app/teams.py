"""Team companies and members.

Adding a member is an undoable operation: `add_member` returns the new id, `remove_member`
takes it back (refused once anything refers to the member) and returns the row, which
`restore_member` puts back with the same id and UUID. `edit_member` renames, changes the
e-mail or role, and deactivates or reactivates a member, returning the values it replaced
(its own undo; app/team_steps.py makes these the dialog's steps). A deactivated member
keeps their history and name; pickers hide them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, cast

from sqlalchemy import Column, Table, delete, exists, insert, select

from app.changes import Changes, Kind
from app.errors import InvalidRecord, existing, raise_if
from app.operations import edit_fields
from app.store import Store
from models.fields import check_values
from models.rules import (
    NAME_MAX,
    QT_TRANSLATE_NOOP,
    MemberRole,
    ValidationError,
    check_required,
    clean_text,
    normalize_email,
    parse_date,
)
from models.team import Member, TeamCompany
from models.team_fields import MEMBER

MEMBER_TABLE = cast(Table, Member.__table__)


def list_teams(store: Store) -> list[dict[str, Any]]:
    with store.read() as session:
        rows = session.execute(
            select(
                TeamCompany.id, TeamCompany.uuid, TeamCompany.name, TeamCompany.academy
            ).order_by(TeamCompany.name)
        )
        return [dict(r._mapping) for r in rows]


def members_of(store: Store, team_id: int, include_inactive: bool = False) -> list[dict[str, Any]]:
    """The team company's members in name order: those still active (what pickers offer),
    or everyone with `include_inactive` (the members dialog, owners of old customers)."""
    stmt = (
        select(Member.id, Member.uuid, Member.name, Member.email, Member.role, Member.active)
        .where(Member.team_id == team_id)
        .order_by(Member.name, Member.id)
    )
    if not include_inactive:
        stmt = stmt.where(Member.active.is_(True))
    with store.read() as session:
        return [dict(r._mapping) for r in session.execute(stmt)]


def team_uuid(store: Store, team_id: int) -> str | None:
    with store.read() as session:
        return session.execute(
            select(TeamCompany.uuid).where(TeamCompany.id == team_id)
        ).scalar_one_or_none()


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
    clean_academy = _attempt(errors, lambda: clean_text(academy, "academy", NAME_MAX))
    founded = _attempt(errors, lambda: parse_date(founded_on, "founded_on"))
    if leader is not None:
        leader_name = _attempt(errors, lambda: check_required(leader[0], "member"))
        leader_email = _attempt(errors, lambda: normalize_email(leader[1]))
    raise_if(errors)
    with store.write(Changes.of(Kind.TEAM, Kind.MEMBER)) as session:
        team = TeamCompany(name=clean, academy=clean_academy, founded_on=founded)
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
    values = clean_member({"name": name, "email": email, "role": role})
    errors: list[ValidationError] = []
    with store.write(Changes.of(Kind.MEMBER)) as session:
        team = existing(session, TeamCompany.id, team_id, "team", errors, required=True)
        raise_if(errors)
        member = Member(team_id=team, **values)
        session.add(member)
        session.flush()
        return member.id


# The fields the members dialog writes (models/team_fields.py).
MEMBER_FIELDS = tuple(field.key for field in MEMBER.edited())


def clean_member(values: dict[str, Any]) -> dict[str, Any]:
    """Validate the member fields present in `values` by the catalogue's rules; raise
    InvalidRecord with every rule broken."""
    out, errors = check_values(MEMBER, values)
    raise_if(errors)
    return out


def edit_member(store: Store, member_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """Rename, re-address, change the role of, deactivate or reactivate a member; return the
    values replaced, so that applying them again is the undo (app/team_steps.py)."""
    unknown = set(values) - set(MEMBER_FIELDS)
    if unknown:
        raise ValueError(f"not member fields: {sorted(unknown)}")
    changes = Changes.of(Kind.MEMBER, ids={member_id})
    return edit_fields(store, Member, member_id, values, changes, clean=clean_member)


def _references(table_name: str) -> list[Column[Any]]:
    """Every column, in every area's tables, that refers to a row of `table_name`.

    Read from the metadata so that an area added later is covered without a change here."""
    from models.all import metadata  # every area's tables (not needed before this)

    return [
        fk.parent
        for table in metadata.tables.values()
        for fk in table.foreign_keys
        if fk.column.table.name == table_name
    ]


REFERENCED = QT_TRANSLATE_NOOP(
    "rules", "{name} already appears in saved records, so the member cannot be removed."
)


def remove_member(store: Store, member_id: int) -> dict[str, Any]:
    """Take back a member nobody refers to yet (the undo of add_member); return the row.

    A member who already owns a customer, took part in an interaction, moved a customer on
    the ladder or scored a process is part of the record: removing them would cut those
    links, so it is refused with InvalidRecord.
    """
    with store.write(Changes.of(Kind.MEMBER, ids={member_id})) as session:
        row = session.execute(select(MEMBER_TABLE).where(MEMBER_TABLE.c.id == member_id)).first()
        if row is None:
            raise LookupError(member_id)
        for column in _references("member"):
            if session.execute(select(exists().where(column == member_id))).scalar():
                raise InvalidRecord(
                    [
                        ValidationError(
                            "member",
                            REFERENCED,
                            name=row.name,
                        )
                    ]
                )
        session.execute(delete(MEMBER_TABLE).where(MEMBER_TABLE.c.id == member_id))
        return dict(row._mapping)


def restore_member(store: Store, row: dict[str, Any]) -> int:
    """Put back a removed member exactly as it was (same id and UUID); return the id."""
    with store.write(Changes.of(Kind.MEMBER, ids={row["id"]})) as session:
        session.execute(insert(MEMBER_TABLE), [row])
    return int(row["id"])
