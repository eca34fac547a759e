"""Editing the team's catalogue: add, change, reorder, retire processes, each undoable.

Each operation returns what its undo needs (the new id, the replaced values, the previous
order or retired flag), and the undo returns what the redo needs in turn, so the views
only run the steps app/rocket/steps.py makes of them. Plain field edits go through the
one `edit_fields`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select

from app.changes import Changes
from app.errors import raise_if
from app.operations import edit_fields
from app.rocket.catalogue import CODE
from app.rocket.processes import (
    KIND,
    Snapshot,
    check_level,
    code_taken,
    ensure_catalogue,
    process_row,
    snapshot_of,
)
from app.rocket.scoring import check_day
from app.store import Conflict, Store
from models.rocket import (
    RocketChecklistItem,
    RocketEvidence,
    RocketProcess,
    RocketScore,
    RocketTarget,
)
from models.rules import (
    NAME_MAX,
    QT_TRANSLATE_NOOP,
    TEXT_MAX,
    ValidationError,
    check_required,
    clean_text,
)

CRITERIA = ("dot1_fi", "dot1_en", "dot2_fi", "dot2_en", "dot3_fi", "dot3_en")
EDITABLE = ("name_fi", "name_en", "description_fi", "description_en", *CRITERIA, "level")

CHANGES = Changes.of(KIND)

# Undo of a reorder or retire puts back a state and returns the one it replaced.
Positions = dict[str, int]
RetiredState = tuple[bool, date | None]


def _text_rule(key: str) -> tuple[int, bool]:
    """(limit, multi-line) of an editable text: names are one line, the rest paragraphs."""
    return (NAME_MAX, False) if key.startswith("name_") else (TEXT_MAX, True)


def _clean_texts(values: dict[str, Any], errors: list[ValidationError]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in values.items():
        limit, multiline = _text_rule(key)
        try:
            if key == "name_fi":
                out[key] = check_required(value, key, limit)
            else:
                out[key] = clean_text(value, key, limit, multiline=multiline) or ""
        except ValidationError as error:
            errors.append(error)
    return out


def _check_new(
    store: Store, team_id: int, code: str, level: int, texts: dict[str, Any]
) -> tuple[str, int, dict[str, str]]:
    errors: list[ValidationError] = []
    clean_code = code.strip() if isinstance(code, str) else ""
    if not CODE.fullmatch(clean_code):
        errors.append(
            ValidationError(
                "code",
                QT_TRANSLATE_NOOP("rocket", "The code must be 1–16 letters or digits, like B3."),
            )
        )
        clean_code = ""
    clean_level = check_level(level, errors)
    unknown = set(texts) - set(EDITABLE)
    if unknown:
        raise KeyError(sorted(unknown)[0])
    clean = _clean_texts(texts, errors)
    with store.read() as session:
        taken = code_taken(session, team_id, clean_code) if clean_code else None
        if taken is not None:
            errors.append(
                ValidationError(
                    "code",
                    QT_TRANSLATE_NOOP("rocket", "The code {code} is already in the catalogue."),
                    code=taken,
                )
            )
    raise_if(errors)
    return clean_code, clean_level, clean


def add_process(
    store: Store,
    team_id: int,
    code: str,
    level: int,
    name_fi: str,
    name_en: str = "",
    description_fi: str = "",
    description_en: str = "",
    **criteria: str,
) -> int:
    """Add a process to the team's catalogue (the full model has 14); it goes last in its level.

    `criteria` are the dot descriptions (dot1_fi … dot3_en). Returns the new row's id: the
    undo is `remove_process(store, id)`.
    """
    ensure_catalogue(store, team_id)
    texts = {
        "name_fi": name_fi,
        "name_en": name_en,
        "description_fi": description_fi,
        "description_en": description_en,
        **criteria,
    }
    clean_code, clean_level, clean = _check_new(store, team_id, code, level, texts)
    with store.write(Changes.of(KIND)) as session:
        last = session.execute(
            select(func.coalesce(func.max(RocketProcess.position), 0)).where(
                RocketProcess.team_id == team_id, RocketProcess.level == clean_level
            )
        ).scalar_one()
        row = RocketProcess(
            team_id=team_id, code=clean_code, level=clean_level, position=int(last) + 1, **clean
        )
        session.add(row)
        session.flush()
        return row.id


def remove_process(store: Store, process_id: int) -> Snapshot:
    """Take back a process just added (undo); returns it, checklist included, for redo.

    A process that has scores, targets or evidence is history and is only ever retired.
    """
    with store.write(Changes.of(KIND)) as session:
        row = session.get(RocketProcess, process_id)
        if row is None:
            raise KeyError(process_id)
        for model in (RocketScore, RocketTarget, RocketEvidence):
            used = session.execute(
                select(func.count())
                .select_from(model)
                .where(model.team_id == row.team_id, model.process_code == row.code)
            ).scalar_one()
            if used:
                raise Conflict(row.code)
        snapshot = snapshot_of(row)
        snapshot["checklist"] = [snapshot_of(item) for item in row.checklist]
        session.delete(row)
        return snapshot


def restore_process(store: Store, snapshot: Snapshot) -> int:
    """Put back a process removed by `remove_process` (redo of an add); returns its id."""
    values = dict(snapshot)
    items = values.pop("checklist", [])
    with store.write(Changes.of(KIND)) as session:
        if process_row(session, values["team_id"], values["code"]) is not None:
            raise Conflict(values["code"])  # the code was taken again in the meantime
        row = RocketProcess(**values)
        row.checklist = [RocketChecklistItem(**item) for item in items]
        session.add(row)
        session.flush()
        return row.id


def update_process(store: Store, team_id: int, code: str, **values: Any) -> dict[str, Any]:
    """Rename or re-describe a process; returns the previous values (for undo).

    The code never changes, so scores and evidence keep pointing at the process.
    """
    errors: list[ValidationError] = []
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise KeyError(sorted(unknown)[0])
    texts = {key: value for key, value in values.items() if key != "level"}
    clean: dict[str, Any] = _clean_texts(texts, errors)
    if "level" in values:
        clean["level"] = check_level(values["level"], errors)
    raise_if(errors)
    return edit_fields(store, RocketProcess, _process_id(store, team_id, code), clean, CHANGES)


def _process_id(store: Store, team_id: int, code: str) -> int:
    """The id of the team's process `code` (the catalogue is copied in first if need be)."""
    ensure_catalogue(store, team_id)
    with store.read() as session:
        row = process_row(session, team_id, code)
        if row is None:
            raise KeyError(code)
        return row.id


def _siblings(store: Store, team_id: int, code: str) -> list[RocketProcess]:
    with store.read() as session:
        row = process_row(session, team_id, code)
        if row is None:
            raise KeyError(code)
        return list(
            session.scalars(
                select(RocketProcess)
                .where(RocketProcess.team_id == team_id, RocketProcess.level == row.level)
                .order_by(RocketProcess.position, RocketProcess.id)
            ).all()
        )


def can_move(store: Store, team_id: int, code: str, delta: int) -> bool:
    """Whether the process can move `delta` places within its level (not past either end)."""
    ensure_catalogue(store, team_id)
    codes = [p.code for p in _siblings(store, team_id, code)]
    return 0 <= codes.index(code) + delta < len(codes)


def reorder_process(store: Store, team_id: int, code: str, delta: int) -> Positions | None:
    """Move a process left (-1) or right (+1) within its level.

    Returns the level's previous positions by code (undo: `set_positions`), or None when
    the process is already at that end and nothing changed.
    """
    ensure_catalogue(store, team_id)
    with store.write(Changes.of(KIND)) as session:
        row = process_row(session, team_id, code)
        if row is None:
            raise KeyError(code)
        siblings = session.scalars(
            select(RocketProcess)
            .where(RocketProcess.team_id == team_id, RocketProcess.level == row.level)
            .order_by(RocketProcess.position, RocketProcess.id)
        ).all()
        index = siblings.index(row)
        target = index + delta
        if not 0 <= target < len(siblings):
            return None
        previous = {item.code: item.position for item in siblings}
        ordered = list(siblings)
        ordered.insert(target, ordered.pop(index))
        for n, item in enumerate(ordered, start=1):
            item.position = n  # renumber: positions from imports may have gaps or ties
        return previous


def move_process(store: Store, team_id: int, code: str, delta: int) -> bool:
    """Move a process left (-1) or right (+1) within its level; False when already at the end."""
    return reorder_process(store, team_id, code, delta) is not None


def set_positions(store: Store, team_id: int, positions: Positions) -> Positions:
    """Put processes back at the given positions; returns the positions they had (redo)."""
    with store.write(Changes.of(KIND)) as session:
        previous: Positions = {}
        for code, position in positions.items():
            row = process_row(session, team_id, code)
            if row is None:
                raise KeyError(code)
            previous[code] = row.position
            row.position = position
        return previous


def retire_process(
    store: Store, team_id: int, code: str, retired: bool = True, on: date | None = None
) -> RetiredState:
    """Retire (or bring back) a process. Its scores, targets and evidence stay.

    Returns the previous (retired, retired_on): the undo is `set_retired` with it.
    """
    errors: list[ValidationError] = []
    day = check_day(on, "retired_on", errors)
    raise_if(errors)
    state = (bool(retired), (day or date.today()) if retired else None)
    return set_retired(store, team_id, code, state)


def set_retired(store: Store, team_id: int, code: str, state: RetiredState) -> RetiredState:
    """Set the retired flag and date as given; returns the ones replaced (undo and redo)."""
    retired, retired_on = state
    previous = edit_fields(
        store,
        RocketProcess,
        _process_id(store, team_id, code),
        {"retired": retired, "retired_on": retired_on},
        CHANGES,
    )
    return previous["retired"], previous["retired_on"]
