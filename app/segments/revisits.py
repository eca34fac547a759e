"""Revisiting segmentations: a revisit-by date per segmentation, and who looked when.

The source (seed 000 l. 455–463) asks teams to make several segmentations and to revisit
them as markets change. A segmentation whose revisit-by day has passed is "due": the panel
and the start-up say so until someone records a revisit (which sets the next date).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select, update

from app.changes import Changes, Kind
from app.errors import InvalidRecord
from app.store import Store
from models.all import metadata
from models.rules import QT_TRANSLATE_NOOP, ValidationError
from models.segment import Segmentation, SegmentationRevisit
from models.team import Member

REVISIT = metadata.tables["segmentation_revisit"]


@dataclass(frozen=True)
class Due:
    segmentation_id: int
    name: str
    revisit_by: date


def due_revisits(store: Store, team_id: int, today: date | None = None) -> list[Due]:
    """The team's segmentations whose revisit-by day is today or past, oldest first."""
    today = today or date.today()
    with store.read() as session:
        rows = session.execute(
            select(Segmentation.id, Segmentation.name, Segmentation.revisit_by)
            .where(
                Segmentation.team_id == team_id,
                Segmentation.revisit_by.is_not(None),
                Segmentation.revisit_by <= today,
            )
            .order_by(Segmentation.revisit_by, Segmentation.name)
        ).all()
    return [Due(row[0], row[1], row[2]) for row in rows if row[2] is not None]


def set_revisit_by(store: Store, segmentation_id: int, day: date | None) -> date | None:
    """Set (or clear) the revisit-by date; return the previous one (undo sets it back)."""
    with store.write(Changes.of(Kind.SEGMENT)) as session:
        segmentation = session.get(Segmentation, segmentation_id)
        if segmentation is None:
            raise LookupError(segmentation_id)
        previous = segmentation.revisit_by
        segmentation.revisit_by = day
        return previous


def _check(revisited_on: date | None, next_by: date | None, today: date) -> date:
    errors: list[ValidationError] = []
    if revisited_on is None:
        errors.append(
            ValidationError(
                "revisited_on", QT_TRANSLATE_NOOP("rules", "Give the day of the revisit.")
            )
        )
    elif revisited_on > today:
        errors.append(
            ValidationError(
                "revisited_on",
                QT_TRANSLATE_NOOP("rules", "A revisit cannot be dated in the future."),
            )
        )
    if revisited_on is not None and next_by is not None and next_by <= revisited_on:
        errors.append(
            ValidationError(
                "next_revisit_by",
                QT_TRANSLATE_NOOP("rules", "The next revisit must come after this one."),
            )
        )
    if errors:
        raise InvalidRecord(errors)
    assert revisited_on is not None
    return revisited_on


def record_revisit(
    store: Store,
    segmentation_id: int,
    member_id: int | None,
    revisited_on: date | None,
    next_revisit_by: date | None,
    note: str | None = None,
) -> dict[str, Any]:
    """Record that `member_id` revisited the segmentation; the revisit-by date becomes
    `next_revisit_by`. Returns the state undo_revisit and redo_revisit take."""
    day = _check(revisited_on, next_revisit_by, date.today())
    with store.write(Changes.of(Kind.SEGMENT)) as session:
        segmentation = session.get(Segmentation, segmentation_id)
        if segmentation is None:
            raise LookupError(segmentation_id)
        previous = segmentation.revisit_by
        revisit = SegmentationRevisit(
            segmentation_id=segmentation_id,
            revisited_on=day,
            member_id=member_id,
            note=(note or "").strip() or None,
            next_revisit_by=next_revisit_by,
        )
        session.add(revisit)
        segmentation.revisit_by = next_revisit_by
        session.flush()
        row = session.execute(select(REVISIT).where(REVISIT.c.id == revisit.id)).one()
        return {"row": dict(row._mapping), "previous_revisit_by": previous}


def undo_revisit(store: Store, state: dict[str, Any]) -> dict[str, Any]:
    row = state["row"]
    with store.write(Changes.of(Kind.SEGMENT)) as session:
        gone = session.execute(delete(REVISIT).where(REVISIT.c.id == row["id"]))
        if not gone.rowcount:  # type: ignore[attr-defined]  # CursorResult of a DELETE
            raise LookupError(row["id"])
        session.execute(
            update(Segmentation)
            .where(Segmentation.id == row["segmentation_id"])
            .values(revisit_by=state["previous_revisit_by"])
        )
    return state


def redo_revisit(store: Store, state: dict[str, Any]) -> dict[str, Any]:
    row = state["row"]
    with store.write(Changes.of(Kind.SEGMENT)) as session:
        if session.get(Segmentation, row["segmentation_id"]) is None:
            raise LookupError(row["segmentation_id"])
        session.execute(insert(REVISIT), [row])
        session.execute(
            update(Segmentation)
            .where(Segmentation.id == row["segmentation_id"])
            .values(revisit_by=row["next_revisit_by"])
        )
    return state


@dataclass(frozen=True)
class Revisit:
    day: date
    member: str | None
    note: str | None
    next_revisit_by: date | None


def revisits_of(store: Store, segmentation_id: int) -> list[Revisit]:
    """Every recorded revisit of a segmentation, newest first."""
    with store.read() as session:
        rows = session.execute(
            select(
                SegmentationRevisit.revisited_on,
                Member.name,
                SegmentationRevisit.note,
                SegmentationRevisit.next_revisit_by,
            )
            .outerjoin(Member, Member.id == SegmentationRevisit.member_id)
            .where(SegmentationRevisit.segmentation_id == segmentation_id)
            .order_by(SegmentationRevisit.revisited_on.desc(), SegmentationRevisit.id.desc())
        ).all()
    return [Revisit(*row) for row in rows]
