"""Segmentations: make several at once, revisit them, and place customers in segments."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, func, insert, select

from app.changes import Changes, Kind
from app.errors import InvalidRecord
from app.segments.history import check_move_day, record_moves
from app.store import Store
from models.all import metadata
from models.customer import Customer
from models.rules import QT_TRANSLATE_NOOP, ValidationError, check_required
from models.segment import (
    Segment,
    Segmentation,
    SegmentationRevisit,
    SegmentMembership,
    customer_segment,
)
from models.team import Member

KIND = Kind.SEGMENT


def list_segmentations(store: Store, team_id: int) -> list[dict[str, Any]]:
    """The team's segmentations, each with its segments and how many customers sit in each,
    its revisit-by date and its latest revisit (when and by whom)."""
    with store.read() as session:
        rows = session.execute(
            select(
                Segmentation.id,
                Segmentation.name,
                Segmentation.description,
                Segmentation.revisit_by,
                Segment.id.label("segment_id"),
                Segment.name.label("segment_name"),
                select(func.count())
                .where(customer_segment.c.segment_id == Segment.id)
                .correlate(Segment)
                .scalar_subquery()
                .label("customers"),
            )
            .outerjoin(Segment, Segment.segmentation_id == Segmentation.id)
            .where(Segmentation.team_id == team_id)
            .order_by(Segmentation.name, Segment.position, Segment.name)
        ).all()
        latest = _latest_revisits(session, team_id)
    result: dict[int, dict[str, Any]] = {}
    for row in rows:
        entry = result.setdefault(
            row.id,
            {
                "id": row.id,
                "name": row.name,
                "description": row.description,
                "revisit_by": row.revisit_by,
                "revisited_on": latest.get(row.id, (None, None))[0],
                "revisited_by": latest.get(row.id, (None, None))[1],
                "segments": [],
            },
        )
        if row.segment_id is not None:
            entry["segments"].append(
                {"id": row.segment_id, "name": row.segment_name, "customers": row.customers}
            )
    return list(result.values())


def _latest_revisits(session: Any, team_id: int) -> dict[int, tuple[date, str | None]]:
    """segmentation id -> (day, member name) of its latest revisit."""
    rows = session.execute(
        select(SegmentationRevisit.segmentation_id, SegmentationRevisit.revisited_on, Member.name)
        .join(Segmentation, Segmentation.id == SegmentationRevisit.segmentation_id)
        .outerjoin(Member, Member.id == SegmentationRevisit.member_id)
        .where(Segmentation.team_id == team_id)
        .order_by(SegmentationRevisit.revisited_on, SegmentationRevisit.id)
    ).all()
    return {row[0]: (row[1], row[2]) for row in rows}


def _check_segmentation(name: str, segment_names: list[str]) -> tuple[str, list[str]]:
    """The cleaned name and segment names; InvalidRecord lists every rule broken."""
    errors: list[ValidationError] = []
    clean_name = ""
    try:
        clean_name = check_required(name, "name")
    except ValidationError as error:
        errors.append(error)
    names = [n.strip() for n in segment_names if n.strip()]
    if not names:
        errors.append(
            ValidationError(
                "segments", QT_TRANSLATE_NOOP("rules", "Give at least one segment, one per line.")
            )
        )
    elif len({n.lower() for n in names}) != len(names):
        errors.append(
            ValidationError(
                "segments", QT_TRANSLATE_NOOP("rules", "Two segments have the same name.")
            )
        )
    if errors:
        raise InvalidRecord(errors)
    return clean_name, names


def create_segmentation(
    store: Store,
    team_id: int,
    name: str,
    segment_names: list[str],
    description: str | None = None,
) -> int:
    """Create a segmentation with its segments; return its id.

    The undo is delete_segmentation(id), whose snapshot restore_segmentation puts back."""
    clean_name, names = _check_segmentation(name, segment_names)
    with store.write(Changes.of(KIND)) as session:
        taken = session.execute(
            select(Segmentation.id).where(
                Segmentation.team_id == team_id, func.lower(Segmentation.name) == clean_name.lower()
            )
        ).first()
        if taken:
            raise InvalidRecord(
                [
                    ValidationError(
                        "name",
                        QT_TRANSLATE_NOOP("rules", "The team already has a segmentation {name}."),
                        name=clean_name,
                    )
                ]
            )
        segmentation = Segmentation(
            team_id=team_id, name=clean_name, description=(description or "").strip() or None
        )
        segmentation.segments = [Segment(name=n, position=i) for i, n in enumerate(names)]
        session.add(segmentation)
        session.flush()
        return segmentation.id


def delete_segmentation(store: Store, segmentation_id: int) -> dict[str, list[dict[str, Any]]]:
    """Delete a segmentation with its segments and placements; return what undo needs."""
    with store.write(Changes.of(KIND)) as session:
        segment_ids = select(Segment.id).where(Segment.segmentation_id == segmentation_id)
        snapshot = {
            "segmentation": [
                dict(r._mapping)
                for r in session.execute(
                    select(Segmentation.__table__).where(Segmentation.id == segmentation_id)
                )
            ],
            "segment": [
                dict(r._mapping)
                for r in session.execute(
                    select(Segment.__table__).where(Segment.segmentation_id == segmentation_id)
                )
            ],
            "customer_segment": [
                dict(r._mapping)
                for r in session.execute(
                    select(customer_segment).where(customer_segment.c.segment_id.in_(segment_ids))
                )
            ],
            "segment_membership": _rows_of(
                session, SegmentMembership, SegmentMembership.segmentation_id == segmentation_id
            ),
            "segmentation_revisit": _rows_of(
                session,
                SegmentationRevisit,
                SegmentationRevisit.segmentation_id == segmentation_id,
            ),
        }
        if not snapshot["segmentation"]:
            raise LookupError(segmentation_id)
        session.execute(delete(Segmentation).where(Segmentation.id == segmentation_id))
        return snapshot


def _rows_of(session: Any, model: Any, condition: Any) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in session.execute(select(model.__table__).where(condition))]


def restore_segmentation(store: Store, snapshot: dict[str, list[dict[str, Any]]]) -> int:
    with store.write(Changes.of(KIND)) as session:
        for table, key in (
            (metadata.tables["segmentation"], "segmentation"),
            (metadata.tables["segment"], "segment"),
            (customer_segment, "customer_segment"),
            (metadata.tables["segment_membership"], "segment_membership"),
            (metadata.tables["segmentation_revisit"], "segmentation_revisit"),
        ):
            if snapshot.get(key):
                session.execute(insert(table), snapshot[key])
    return int(snapshot["segmentation"][0]["id"])


def segments_of(store: Store, customer_id: int) -> dict[int, int]:
    """segmentation id -> the segment the customer sits in."""
    with store.read() as session:
        rows = session.execute(
            select(Segment.segmentation_id, Segment.id)
            .join(customer_segment, customer_segment.c.segment_id == Segment.id)
            .where(customer_segment.c.customer_id == customer_id)
        )
        return {segmentation: segment for segmentation, segment in rows}


def set_segments(
    store: Store,
    customer_id: int,
    choice: dict[int, int | None],
    on: date | None = None,
    author_member_id: int | None = None,
) -> dict[int, int | None]:
    """Place a customer (segmentation id -> segment id, None: in none of them) from day `on`
    (today by default); the move is kept in the membership history.

    Returns the placements it replaced, so that undo is set_segments with those.
    """
    today = date.today()
    day = on or today
    with store.write(Changes.of(KIND, ids={customer_id})) as session:
        known = dict(
            session.execute(
                select(Segment.id, Segment.segmentation_id).where(
                    Segment.segmentation_id.in_(list(choice))
                )
            ).all()
        )
        for segmentation_id, segment_id in choice.items():
            if segment_id is not None and known.get(segment_id) != segmentation_id:
                raise LookupError(segment_id)
        current = dict(
            session.execute(
                select(Segment.segmentation_id, Segment.id)
                .join(customer_segment, customer_segment.c.segment_id == Segment.id)
                .where(
                    customer_segment.c.customer_id == customer_id,
                    Segment.segmentation_id.in_(list(choice)),
                )
            ).all()
        )
        previous = {segmentation: current.get(segmentation) for segmentation in choice}
        changed = [s for s in choice if choice[s] != previous[s]]
        if not changed:
            return previous
        check_move_day(session, customer_id, changed, day, today)
        _place(
            session,
            customer_id,
            [current[s] for s in changed if current.get(s) is not None],
            [segment for s in changed if (segment := choice[s]) is not None],
        )
        record_moves(
            session,
            customer_id,
            {s: (previous[s], choice[s]) for s in changed},
            day,
            author_member_id,
        )
        return previous


def _place(session: Any, customer_id: int, old: list[int], new: list[int]) -> None:
    """Take the customer out of the `old` segments and into the `new` ones (now-table)."""
    if old:
        session.execute(
            delete(customer_segment).where(
                customer_segment.c.customer_id == customer_id,
                customer_segment.c.segment_id.in_(old),
            )
        )
    if new:
        session.execute(
            insert(customer_segment),
            [{"customer_id": customer_id, "segment_id": s} for s in new],
        )


def in_segment(segment_id: int) -> Any:
    """A condition on Customer: sits in the given segment (for list and board filters)."""
    return Customer.id.in_(
        select(customer_segment.c.customer_id).where(customer_segment.c.segment_id == segment_id)
    )
