"""Evidence documents (näyttödokumentit) attached to a process: a note, a link, a file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from app.changes import Changes
from app.errors import raise_if
from app.rocket.processes import KIND, Snapshot, remove_row, restore_row
from app.rocket.scoring import check_day, check_people, check_process
from app.store import Store
from models.rocket import EvidenceKind, RocketEvidence
from models.rules import (
    ADDRESS_MAX,
    QT_TRANSLATE_NOOP,
    ValidationError,
    check_choice,
    check_required,
    clean_text,
)
from models.team import Member


@dataclass
class EvidenceRow:
    id: int
    code: str
    kind: str
    title: str
    location: str | None
    added_on: date
    added_by: str | None


def add_evidence(
    store: Store,
    team_id: int,
    code: str,
    kind: str,
    title: str,
    location: str | None = None,
    added_by_id: int | None = None,
    added_on: date | None = None,
    round_id: int | None = None,
) -> int:
    """Attach an evidence document (näyttödokumentti): a note, a link, or a file's path."""
    errors: list[ValidationError] = []
    try:
        clean_kind = check_choice(EvidenceKind, kind, "kind")
    except ValidationError:
        errors.append(
            ValidationError(
                "kind", QT_TRANSLATE_NOOP("rocket", "Evidence is a note, a link or a file.")
            )
        )
        clean_kind = EvidenceKind.NOTE.value
    clean_title = _attempt(errors, lambda: check_required(title, "title"))
    clean_location = _attempt(errors, lambda: clean_text(location, "location", ADDRESS_MAX))
    if clean_kind != EvidenceKind.NOTE.value and not clean_location and not errors:
        errors.append(
            ValidationError(
                "location",
                QT_TRANSLATE_NOOP("rocket", "Give the address of the link or the file's path."),
            )
        )
    day = check_day(added_on, "added_on", errors)
    check_process(store, team_id, code, errors)
    raise_if(errors)
    with store.write(Changes.of(KIND)) as session:
        added_by_id, round_id = check_people(session, team_id, errors, added_by_id, round_id)
        raise_if(errors)
        row = RocketEvidence(
            team_id=team_id,
            process_code=code,
            kind=clean_kind,
            title=clean_title,
            location=clean_location,
            added_on=day or date.today(),
            added_by_id=added_by_id,
            round_id=round_id,
        )
        session.add(row)
        session.flush()
        return row.id


def _attempt(errors: list[ValidationError], rule: Callable[[], Any]) -> Any:
    try:
        return rule()
    except ValidationError as error:
        errors.append(error)
        return None


def remove_evidence(store: Store, evidence_id: int) -> Snapshot:
    """Remove an evidence row; returns it whole, so that undo can put it back."""
    return remove_row(store, RocketEvidence, evidence_id)


def restore_evidence(store: Store, snapshot: Snapshot) -> int:
    """Put back evidence removed by `remove_evidence` (same id and uuid); returns the id."""
    return restore_row(store, RocketEvidence, snapshot)


def evidence_of(store: Store, team_id: int, code: str | None = None) -> list[EvidenceRow]:
    with store.read() as session:
        query = (
            select(RocketEvidence, Member.name)
            .outerjoin(Member, Member.id == RocketEvidence.added_by_id)
            .where(RocketEvidence.team_id == team_id)
        )
        if code is not None:
            query = query.where(RocketEvidence.process_code == code)
        query = query.order_by(RocketEvidence.added_on.desc(), RocketEvidence.id.desc())
        return [
            EvidenceRow(e.id, e.process_code, e.kind, e.title, e.location, e.added_on, name)
            for e, name in session.execute(query)
        ]
