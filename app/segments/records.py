"""Segmentations: make several at once, revisit them, and place customers in segments."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, func, insert, select

from app.changes import Changes, Kind
from app.deletion import RowSnapshot, delete_with_snapshot, restore
from app.errors import InvalidRecord, existing, raise_if
from app.segments.history import check_move_day, record_moves
from app.store import Store
from models.all import metadata
from models.customer import Customer
from models.rules import (
    QT_TRANSLATE_NOOP,
    TEXT_MAX,
    ValidationError,
    check_id,
    check_required,
    clean_text,
    missing_record,
)
from models.segment import (
    Segment,
    Segmentation,
    SegmentationRevisit,
    customer_segment,
)
from models.team import Member, TeamCompany

KIND = Kind.SEGMENT
SEGMENTATION_TABLE = metadata.tables["segmentation"]


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


SEGMENTS_MAX = 50  # segments in one segmentation: more is a list pasted by mistake


def _check_segmentation(
    name: str, segment_names: list[str], description: str | None
) -> tuple[str, list[str], str | None]:
    """The cleaned name, segment names and description; InvalidRecord lists every rule
    broken."""
    errors: list[ValidationError] = []
    clean_name = ""
    try:
        clean_name = check_required(name, "name")
    except ValidationError as error:
        errors.append(error)
    clean_description = None
    try:
        clean_description = clean_text(description, "description", TEXT_MAX, multiline=True)
    except ValidationError as error:
        errors.append(error)
    names: list[str] = []
    try:
        names = [n for n in (clean_text(n, "segments") for n in segment_names) if n]
    except ValidationError as error:
        errors.append(error)
    if not names and not any(e.field == "segments" for e in errors):
        errors.append(
            ValidationError(
                "segments", QT_TRANSLATE_NOOP("rules", "Give at least one segment, one per line.")
            )
        )
    elif len(names) > SEGMENTS_MAX:
        errors.append(
            ValidationError(
                "segments",
                QT_TRANSLATE_NOOP("rules", "At most {max} segments in one segmentation."),
                max=SEGMENTS_MAX,
            )
        )
    elif len({n.lower() for n in names}) != len(names):
        errors.append(
            ValidationError(
                "segments", QT_TRANSLATE_NOOP("rules", "Two segments have the same name.")
            )
        )
    raise_if(errors)
    return clean_name, names, clean_description


def create_segmentation(
    store: Store,
    team_id: int,
    name: str,
    segment_names: list[str],
    description: str | None = None,
) -> int:
    """Create a segmentation with its segments; return its id.

    The undo is delete_segmentation(id), whose snapshot restore_segmentation puts back."""
    clean_name, names, clean_description = _check_segmentation(name, segment_names, description)
    with store.write(Changes.of(KIND)) as session:
        errors: list[ValidationError] = []
        existing(session, TeamCompany.id, team_id, "team", errors, required=True)
        raise_if(errors)
        # Compared in Python: SQLite's lower() folds only ASCII, and Ä and ä are one name.
        taken = session.scalars(select(Segmentation.name).where(Segmentation.team_id == team_id))
        if any(other.casefold() == clean_name.casefold() for other in taken):
            raise InvalidRecord(
                [
                    ValidationError(
                        "name",
                        QT_TRANSLATE_NOOP("rules", "The team already has a segmentation {name}."),
                        name=clean_name,
                    )
                ]
            )
        segmentation = Segmentation(team_id=team_id, name=clean_name, description=clean_description)
        segmentation.segments = [Segment(name=n, position=i) for i, n in enumerate(names)]
        session.add(segmentation)
        session.flush()
        return segmentation.id


def delete_segmentation(store: Store, segmentation_id: int) -> RowSnapshot:
    """Delete a segmentation with its segments and placements; return what undo needs."""
    with store.write(Changes.of(KIND)) as session:
        return delete_with_snapshot(session, SEGMENTATION_TABLE, [segmentation_id])


def restore_segmentation(store: Store, snapshot: RowSnapshot) -> int:
    """Put the segmentation back; placements of customers deleted since stay away."""
    restore(store, snapshot, Changes.of(KIND))
    return int(snapshot.root_ids[0])


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
    choice = _checked_choice(choice)
    today = date.today()
    day = on or today
    with store.write(Changes.of(KIND, ids={customer_id})) as session:
        team_id = session.scalar(select(Customer.team_id).where(Customer.id == customer_id))
        if team_id is None:
            raise LookupError(customer_id)
        known = dict(
            session.execute(
                select(Segment.id, Segment.segmentation_id)
                .join(Segmentation, Segmentation.id == Segment.segmentation_id)
                .where(Segment.segmentation_id.in_(list(choice)), Segmentation.team_id == team_id)
            ).all()
        )
        for segmentation_id, segment_id in choice.items():
            if segment_id is not None and known.get(segment_id) != segmentation_id:
                raise InvalidRecord([missing_record("segments")])
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


def _checked_choice(choice: dict[Any, Any]) -> dict[int, int | None]:
    """Segmentation and segment ids as whole numbers (None: in no segment of it)."""
    try:
        return {
            int(check_id(segmentation, "segments") or 0): check_id(segment, "segments")
            for segmentation, segment in dict(choice).items()
        }
    except ValidationError as error:
        raise InvalidRecord([error]) from None


def in_segment(segment_id: int) -> Any:
    """A condition on Customer: sits in the given segment (for list and board filters)."""
    return Customer.id.in_(
        select(customer_segment.c.customer_id).where(customer_segment.c.segment_id == segment_id)
    )
