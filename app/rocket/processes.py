"""The team's process catalogue as the views read it, and the default one for new teams.

Every Rocket write announces Kind.ROCKET; the views refresh on it. A team without a
catalogue gets the default one the first time it is used (new teams, old databases).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.rocket.catalogue import CatalogueProcess, default_catalogue
from app.store import Store
from models.rocket import LEVELS, RocketChecklistItem, RocketProcess
from models.rules import QT_TRANSLATE_NOOP, ValidationError, parse_whole
from models.team import Member

KIND = Kind.ROCKET

# A row's column values, key included: what an undo step keeps to put a row back as it was.
Snapshot = dict[str, Any]


def snapshot_of(row: object) -> Snapshot:
    """Every mapped column of a row (id, uuid and timestamps too, so a restore is exact)."""
    return {attr.key: getattr(row, attr.key) for attr in inspect(type(row)).column_attrs}


def remove_row(store: Store, model: type[Any], row_id: int) -> Snapshot:
    """Delete one Rocket row (a checklist item, an evidence document); return it whole, so
    that undo can put it back with `restore_row`. KeyError when it is already gone."""
    with store.write(Changes.of(KIND)) as session:
        row = session.get(model, row_id)
        if row is None:
            raise KeyError(row_id)
        snapshot = snapshot_of(row)
        session.delete(row)
        return snapshot


def restore_row(store: Store, model: type[Any], snapshot: Snapshot) -> int:
    """Put back a row removed by `remove_row` (same id and uuid); return its id."""
    with store.write(Changes.of(KIND)) as session:
        row = model(**snapshot)
        session.add(row)
        session.flush()
        return int(row.id)


@dataclass
class ChecklistRow:
    id: int
    text_fi: str
    text_en: str
    done: bool
    done_by: str | None
    done_on: date | None


@dataclass
class ProcessInfo:
    id: int
    code: str
    level: int
    position: int
    name_fi: str
    name_en: str
    description_fi: str
    description_en: str
    dots_fi: list[str]
    dots_en: list[str]
    retired: bool
    retired_on: date | None
    checklist: list[ChecklistRow] = field(default_factory=list)


def _info(row: RocketProcess, checklist: list[ChecklistRow] | None = None) -> ProcessInfo:
    return ProcessInfo(
        id=row.id,
        code=row.code,
        level=row.level,
        position=row.position,
        name_fi=row.name_fi,
        name_en=row.name_en,
        description_fi=row.description_fi,
        description_en=row.description_en,
        dots_fi=[row.dot1_fi, row.dot2_fi, row.dot3_fi],
        dots_en=[row.dot1_en, row.dot2_en, row.dot3_en],
        retired=row.retired,
        retired_on=row.retired_on,
        checklist=checklist or [],
    )


def _default_info(p: CatalogueProcess) -> ProcessInfo:
    return ProcessInfo(
        0,
        p.code,
        p.level,
        p.order,
        p.name_fi,
        p.name_en,
        p.description_fi,
        p.description_en,
        p.dots_fi,
        p.dots_en,
        False,
        None,
    )


def has_catalogue(session: Session, team_id: int) -> bool:
    query = select(func.count()).select_from(RocketProcess).where(RocketProcess.team_id == team_id)
    return bool(session.execute(query).scalar_one())


def add_from_catalogue(session: Session, team_id: int, item: CatalogueProcess) -> RocketProcess:
    row = RocketProcess(
        team_id=team_id,
        code=item.code,
        level=item.level,
        position=item.order,
        name_fi=item.name_fi,
        name_en=item.name_en,
        description_fi=item.description_fi,
        description_en=item.description_en,
        dot1_fi=item.dots_fi[0],
        dot2_fi=item.dots_fi[1],
        dot3_fi=item.dots_fi[2],
        dot1_en=item.dots_en[0],
        dot2_en=item.dots_en[1],
        dot3_en=item.dots_en[2],
        retired=item.retired,
    )
    for n, (fi, en) in enumerate(item.checklist):
        row.checklist.append(RocketChecklistItem(position=n, text_fi=fi, text_en=en))
    session.add(row)
    return row


def ensure_catalogue(store: Store, team_id: int) -> bool:
    """Give the team the default catalogue when it has none; True when one was added.

    Read-only stores are left alone; their views fall back to the default catalogue.
    """
    if store.read_only:
        return False
    with store.read() as session:
        if has_catalogue(session, team_id):
            return False
    catalogue = default_catalogue()
    with store.write(Changes.of(KIND)) as session:
        if has_catalogue(session, team_id):  # another window got there first
            return False
        for item in catalogue:
            add_from_catalogue(session, team_id, item)
    return True


def read_processes(store: Store, team_id: int, include_retired: bool = False) -> list[ProcessInfo]:
    """The team's processes without writing anything (safe off the GUI thread).

    A team with no catalogue yet (or a read-only file from before the catalogue) reads as
    the default catalogue, which is what `ensure_catalogue` would give it.
    """
    with store.read() as session:
        query = select(RocketProcess).where(RocketProcess.team_id == team_id)
        if not include_retired:
            query = query.where(RocketProcess.retired.is_(False))
        rows = session.scalars(query.order_by(RocketProcess.level, RocketProcess.position)).all()
        members = dict(session.execute(select(Member.id, Member.name)).all())
        out = []
        for row in rows:
            checklist = [
                ChecklistRow(
                    c.id,
                    c.text_fi,
                    c.text_en,
                    c.done,
                    members.get(c.done_by_id) if c.done_by_id else None,
                    c.done_on,
                )
                for c in row.checklist
            ]
            out.append(_info(row, checklist))
        if not out and (store.read_only or not has_catalogue(session, team_id)):
            return [_default_info(p) for p in default_catalogue()]
        return out


def list_processes(store: Store, team_id: int, include_retired: bool = False) -> list[ProcessInfo]:
    """The team's processes in level and position order, with their checklists."""
    ensure_catalogue(store, team_id)
    return read_processes(store, team_id, include_retired)


def get_process(store: Store, team_id: int, code: str) -> ProcessInfo:
    for info in list_processes(store, team_id, include_retired=True):
        if info.code == code:
            return info
    raise KeyError(code)


def process_row(session: Session, team_id: int, code: str) -> RocketProcess | None:
    return session.scalars(
        select(RocketProcess).where(RocketProcess.team_id == team_id, RocketProcess.code == code)
    ).first()


def check_level(level: Any, errors: list[ValidationError]) -> int:
    try:
        value = parse_whole(level, "level", min(LEVELS), max(LEVELS)) or 0
    except ValidationError:
        value = 0
    if value not in LEVELS:
        errors.append(
            ValidationError(
                "level",
                QT_TRANSLATE_NOOP("rocket", "The level must be 1, 2, 3 or 4 (found {value})."),
                value=str(level)[:20],
            )
        )
    return value


def code_taken(session: Session, team_id: int, code: str) -> str | None:
    """The code in the team's catalogue that differs from `code` at most in case (b1 and
    B1 would read as one process to a person), or None."""
    return session.scalars(
        select(RocketProcess.code).where(
            RocketProcess.team_id == team_id, func.upper(RocketProcess.code) == code.upper()
        )
    ).first()
