"""Handing the catalogue between teams: export to a file, import (merge) one, undo an import.

Reading and validating a file (`load_catalogue`) touches no database, so the views run it
off the GUI thread; the merge is one write, and its undo puts the team's whole catalogue
back as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.changes import Changes
from app.errors import InvalidRecord
from app.rocket.catalogue import CatalogueProcess, dump_catalogue, load_catalogue
from app.rocket.processes import (
    KIND,
    Snapshot,
    add_from_catalogue,
    code_taken,
    ensure_catalogue,
    list_processes,
    process_row,
    snapshot_of,
)
from app.store import Store
from models.rocket import RocketChecklistItem, RocketProcess
from models.rules import QT_TRANSLATE_NOOP, ValidationError

# Every process row of a team with its checklist rows: an import's undo.
CatalogueSnapshot = list[Snapshot]


def export_catalogue(store: Store, team_id: int, path: Path) -> int:
    """Write the team's catalogue (retired processes included) to a file; returns the count."""
    items = [
        CatalogueProcess(
            code=p.code,
            level=p.level,
            order=p.position,
            name_fi=p.name_fi,
            name_en=p.name_en,
            description_fi=p.description_fi,
            description_en=p.description_en,
            dots_fi=list(p.dots_fi),
            dots_en=list(p.dots_en),
            checklist=[(c.text_fi, c.text_en) for c in p.checklist],
            retired=p.retired,
        )
        for p in list_processes(store, team_id, include_retired=True)
    ]
    Path(path).write_text(dump_catalogue(items), encoding="utf-8")
    return len(items)


@dataclass
class ImportSummary:
    added: list[str]
    updated: list[str]
    before: CatalogueSnapshot = field(default_factory=list)  # for undo: restore_catalogue


def _team_rows(session: Session, team_id: int) -> list[RocketProcess]:
    return list(
        session.scalars(
            select(RocketProcess).where(RocketProcess.team_id == team_id).order_by(RocketProcess.id)
        ).all()
    )


def _snapshot(session: Session, team_id: int) -> CatalogueSnapshot:
    out = []
    for row in _team_rows(session, team_id):
        values = snapshot_of(row)
        values["checklist"] = [snapshot_of(item) for item in row.checklist]
        out.append(values)
    return out


def _merge_one(session: Session, row: RocketProcess, item: CatalogueProcess) -> None:
    row.level = item.level
    row.position = item.order
    row.name_fi, row.name_en = item.name_fi, item.name_en
    row.description_fi, row.description_en = item.description_fi, item.description_en
    row.dot1_fi, row.dot2_fi, row.dot3_fi = item.dots_fi
    row.dot1_en, row.dot2_en, row.dot3_en = item.dots_en
    row.retired = item.retired
    known = {c.text_fi for c in row.checklist}
    for fi, en in item.checklist:
        if fi not in known:
            row.checklist.append(
                RocketChecklistItem(position=len(row.checklist), text_fi=fi, text_en=en)
            )


def _refuse_case_twins(session: Session, team_id: int, catalogue: list[CatalogueProcess]) -> None:
    """A code that differs from one of the team's only in case (b1 next to B1) would make
    two processes a person reads as one: refuse the file (nothing is written)."""
    errors = []
    for item in catalogue:
        taken = code_taken(session, team_id, item.code)
        if taken is not None and taken != item.code:
            errors.append(
                ValidationError(
                    "code",
                    QT_TRANSLATE_NOOP(
                        "rocket",
                        "The code {code} differs from {other} in the team's catalogue only "
                        "in case; write it as {other}.",
                    ),
                    code=item.code,
                    other=taken,
                )
            )
    if errors:
        raise InvalidRecord(errors)


def merge_catalogue(store: Store, team_id: int, catalogue: list[CatalogueProcess]) -> ImportSummary:
    """Merge an already validated catalogue into the team's by code, in one write.

    Processes missing from the file are kept; checklist items are added, never removed
    (they may already be ticked). The summary keeps the catalogue as it was, for undo.
    """
    ensure_catalogue(store, team_id)
    summary = ImportSummary([], [])
    with store.write(Changes.of(KIND)) as session:
        summary.before = _snapshot(session, team_id)
        _refuse_case_twins(session, team_id, catalogue)
        for item in catalogue:
            row = process_row(session, team_id, item.code)
            if row is None:
                add_from_catalogue(session, team_id, item)
                summary.added.append(item.code)
            else:
                _merge_one(session, row, item)
                summary.updated.append(item.code)
    return summary


def import_catalogue(store: Store, team_id: int, path: Path) -> ImportSummary:
    """Merge a catalogue file into the team's catalogue by code.

    The whole file is validated first; a bad file raises InvalidRecord and writes nothing.
    """
    return merge_catalogue(store, team_id, load_catalogue(path))


def restore_catalogue(store: Store, team_id: int, snapshot: CatalogueSnapshot) -> CatalogueSnapshot:
    """Put the team's catalogue back exactly as in `snapshot`; returns the one it replaced.

    Used both ways: undo of an import restores `ImportSummary.before`, and redo restores
    what the undo returned.
    """
    with store.write(Changes.of(KIND)) as session:
        current = _snapshot(session, team_id)
        for row in _team_rows(session, team_id):
            session.delete(row)
        session.flush()  # the old rows must be gone before their codes and ids come back
        for values in snapshot:
            fields = dict(values)
            items = fields.pop("checklist", [])
            row = RocketProcess(**fields)
            row.checklist = [RocketChecklistItem(**item) for item in items]
            session.add(row)
        return current
