"""Segment membership over time: the dated moves and the counts as they stood on a day.

`customer_segment` says where a customer sits now; `segment_membership` says since when,
and where it sat before. Every placement goes through `record_moves`, inside the same
transaction that updates `customer_segment`, so the open history rows and the current
placements are always the same set.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

from app.errors import InvalidRecord
from app.store import Store
from models.rules import QT_TRANSLATE_NOOP, ValidationError
from models.segment import SegmentMembership


def check_move_day(
    session: Session, customer_id: int, segmentation_ids: list[int], day: date, today: date
) -> None:
    """A move is dated today or earlier, and not before the open membership it closes (so
    the history stays one line of consecutive stays)."""
    if day > today:
        raise InvalidRecord(
            [
                ValidationError(
                    "since", QT_TRANSLATE_NOOP("rules", "A move cannot be dated in the future.")
                )
            ]
        )
    latest = session.execute(
        select(SegmentMembership.since).where(
            SegmentMembership.customer_id == customer_id,
            SegmentMembership.segmentation_id.in_(segmentation_ids),
            SegmentMembership.until.is_(None),
        )
    ).scalars()
    last = max(latest, default=None)
    if last is not None and day < last:
        raise InvalidRecord(
            [
                ValidationError(
                    "since",
                    QT_TRANSLATE_NOOP(
                        "rules",
                        "The customer moved to its present segment on {date}; a new move "
                        "cannot be dated before that.",
                    ),
                    date=last,
                )
            ]
        )


def record_moves(
    session: Session,
    customer_id: int,
    moves: dict[int, tuple[int | None, int | None]],
    day: date,
    author_member_id: int | None,
) -> None:
    """For each segmentation id: (old segment, new segment), moved on `day`.

    A stay that would last no day at all is removed rather than kept with since == until,
    and a stay closed on `day` is reopened when the customer comes straight back: so an
    undo on the same day leaves the history exactly as it was."""
    for segmentation_id, (old, new) in moves.items():
        if old == new:
            continue
        if old is not None:
            _close(session, customer_id, segmentation_id, day)
        if new is not None:
            _open(session, customer_id, segmentation_id, new, day, author_member_id)


def _close(session: Session, customer_id: int, segmentation_id: int, day: date) -> None:
    row = session.execute(
        select(SegmentMembership).where(
            SegmentMembership.customer_id == customer_id,
            SegmentMembership.segmentation_id == segmentation_id,
            SegmentMembership.until.is_(None),
        )
    ).scalar_one_or_none()
    if row is None:  # placed before history was kept and not migrated: nothing to close
        return
    if row.since >= day:
        session.delete(row)
    else:
        row.until = day
    session.flush()


def _open(
    session: Session,
    customer_id: int,
    segmentation_id: int,
    segment_id: int,
    day: date,
    author_member_id: int | None,
) -> None:
    reopened = session.execute(
        update(SegmentMembership)
        .where(
            SegmentMembership.customer_id == customer_id,
            SegmentMembership.segment_id == segment_id,
            SegmentMembership.until == day,
        )
        .values(until=None)
    )
    if reopened.rowcount:  # type: ignore[attr-defined]  # CursorResult of an UPDATE
        return
    session.add(
        SegmentMembership(
            customer_id=customer_id,
            segmentation_id=segmentation_id,
            segment_id=segment_id,
            since=day,
            author_member_id=author_member_id,
        )
    )
    session.flush()


def forget_customer(session: Session, customer_id: int, segmentation_ids: list[int]) -> None:
    session.execute(
        delete(SegmentMembership).where(
            SegmentMembership.customer_id == customer_id,
            SegmentMembership.segmentation_id.in_(segmentation_ids),
        )
    )


# --- reads ---------------------------------------------------------------------------------


def placements_at(store: Store, segmentation_id: int, day: date) -> dict[int, int]:
    """customer id -> segment id at the end of `day`."""
    with store.read() as session:
        rows = session.execute(
            select(SegmentMembership.customer_id, SegmentMembership.segment_id).where(
                SegmentMembership.segmentation_id == segmentation_id,
                SegmentMembership.since <= day,
                (SegmentMembership.until.is_(None)) | (SegmentMembership.until > day),
            )
        ).all()
    return {customer: segment for customer, segment in rows}


@dataclass(frozen=True)
class Move:
    """One change of segment: `from_segment` None when the customer was placed first."""

    day: date
    customer_id: int
    customer: str
    from_segment: str | None
    to_segment: str | None
    author: str | None


_MOVES = """
WITH arrived AS (
    SELECT m.customer_id, m.since AS day, m.segment_id AS to_id, m.author_member_id,
           (SELECT p.segment_id FROM segment_membership p
             WHERE p.customer_id = m.customer_id AND p.segmentation_id = m.segmentation_id
               AND p.until = m.since) AS from_id
      FROM segment_membership m
     WHERE m.segmentation_id = :segmentation AND m.since BETWEEN :start AND :end
), left_out AS (
    SELECT m.customer_id, m.until AS day, NULL AS to_id, NULL AS author_member_id,
           m.segment_id AS from_id
      FROM segment_membership m
     WHERE m.segmentation_id = :segmentation AND m.until BETWEEN :start AND :end
       AND NOT EXISTS (SELECT 1 FROM segment_membership n
                        WHERE n.customer_id = m.customer_id
                          AND n.segmentation_id = m.segmentation_id AND n.since = m.until)
)
SELECT x.day, x.customer_id, c.name, f.name, t.name, mem.name
  FROM (SELECT * FROM arrived UNION ALL SELECT * FROM left_out) x
  JOIN customer c ON c.id = x.customer_id
  LEFT JOIN segment f ON f.id = x.from_id
  LEFT JOIN segment t ON t.id = x.to_id
  LEFT JOIN member mem ON mem.id = x.author_member_id
 WHERE {scope}
 ORDER BY x.day DESC, c.name
 LIMIT :limit
"""


def moves(
    store: Store,
    segmentation_id: int,
    start: date,
    end: date,
    scope: tuple[str, dict[str, Any]] | None = None,
    limit: int = 2000,
) -> list[Move]:
    """The moves in one segmentation dated within [start, end], newest first."""
    condition, params = scope or ("1 = 1", {})
    with store.read() as session:
        rows = session.execute(
            text(_MOVES.format(scope=condition)),
            {
                **params,
                "segmentation": segmentation_id,
                "start": start.isoformat(),
                "end": end.isoformat(),
                "limit": limit,
            },
        ).all()
    return [Move(date.fromisoformat(r[0]), r[1], r[2], r[3], r[4], r[5]) for r in rows]
