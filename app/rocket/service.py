"""Rocket model use cases: the team's catalogue, scoring, targets, evidence and checklists.

Every write announces Kind.ROCKET; the views refresh on it. A team without a
catalogue gets the default one the first time it is used (new teams, old databases).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.errors import InvalidRecord
from app.rocket import periods
from app.rocket.catalogue import (
    CODE,
    CatalogueProcess,
    default_catalogue,
    dump_catalogue,
    load_catalogue,
)
from app.store import Store
from models.rocket import (
    LEVELS,
    MAX_DOTS,
    AssessorKind,
    EvidenceKind,
    PeriodKind,
    RocketChecklistItem,
    RocketEvidence,
    RocketProcess,
    RocketScore,
    RocketTarget,
)
from models.rules import QT_TRANSLATE_NOOP, ValidationError, check_required
from models.team import Member

KIND = Kind.ROCKET

BELOW, AT, ABOVE, NO_TARGET = "below", "at", "above", "none"


def compare(actual: int | None, target: int | None) -> str:
    """Target vs actual: "below", "at", "above", or "none" when no target is set.

    A process that has not been scored yet counts as 0 dots: a target of 1 is then missed.
    """
    if target is None:
        return NO_TARGET
    dots = actual or 0
    if dots < target:
        return BELOW
    if dots > target:
        return ABOVE
    return AT


# --- reading ------------------------------------------------------------------------------


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


def _has_catalogue(session: Session, team_id: int) -> bool:
    query = select(func.count()).select_from(RocketProcess).where(RocketProcess.team_id == team_id)
    return bool(session.execute(query).scalar_one())


def _add_from_catalogue(session: Session, team_id: int, item: CatalogueProcess) -> RocketProcess:
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
        if _has_catalogue(session, team_id):
            return False
    catalogue = default_catalogue()
    with store.write(Changes.of(KIND)) as session:
        if _has_catalogue(session, team_id):  # another window got there first
            return False
        for item in catalogue:
            _add_from_catalogue(session, team_id, item)
    return True


def list_processes(store: Store, team_id: int, include_retired: bool = False) -> list[ProcessInfo]:
    """The team's processes in level and position order, with their checklists."""
    ensure_catalogue(store, team_id)
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
        if not out and store.read_only:
            # A read-only file from before the rocket catalogue: show the default one.
            return [
                ProcessInfo(
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
                for p in default_catalogue()
            ]
        return out


def get_process(store: Store, team_id: int, code: str) -> ProcessInfo:
    for info in list_processes(store, team_id, include_retired=True):
        if info.code == code:
            return info
    raise KeyError(code)


def _process_row(session: Session, team_id: int, code: str) -> RocketProcess | None:
    return session.scalars(
        select(RocketProcess).where(RocketProcess.team_id == team_id, RocketProcess.code == code)
    ).first()


# --- editing the catalogue ----------------------------------------------------------------


def _check_level(level: Any, errors: list[ValidationError]) -> int:
    try:
        value = int(level)
    except (TypeError, ValueError):
        value = 0
    if value not in LEVELS:
        errors.append(
            ValidationError(
                "level",
                QT_TRANSLATE_NOOP("rocket", "The level must be 1, 2, 3 or 4 (found {value})."),
                value=level,
            )
        )
    return value


def add_process(
    store: Store,
    team_id: int,
    code: str,
    level: int,
    name_fi: str,
    name_en: str = "",
    description_fi: str = "",
    description_en: str = "",
) -> int:
    """Add a process to the team's catalogue (the full model has 14); it goes last in its level."""
    ensure_catalogue(store, team_id)
    errors: list[ValidationError] = []
    clean_code = (code or "").strip()
    if not CODE.match(clean_code):
        errors.append(
            ValidationError(
                "code",
                QT_TRANSLATE_NOOP("rocket", "The code must be 1–16 letters or digits, like B3."),
            )
        )
    clean_level = _check_level(level, errors)
    try:
        clean_name = check_required(name_fi, "name_fi")
    except ValidationError as error:
        errors.append(error)
    with store.read() as session:
        if clean_code and _process_row(session, team_id, clean_code) is not None:
            errors.append(
                ValidationError(
                    "code",
                    QT_TRANSLATE_NOOP("rocket", "The code {code} is already in the catalogue."),
                    code=clean_code,
                )
            )
    if errors:
        raise InvalidRecord(errors)
    with store.write(Changes.of(KIND)) as session:
        last = session.execute(
            select(func.coalesce(func.max(RocketProcess.position), 0)).where(
                RocketProcess.team_id == team_id, RocketProcess.level == clean_level
            )
        ).scalar_one()
        row = RocketProcess(
            team_id=team_id,
            code=clean_code,
            level=clean_level,
            position=int(last) + 1,
            name_fi=clean_name,
            name_en=(name_en or "").strip(),
            description_fi=(description_fi or "").strip(),
            description_en=(description_en or "").strip(),
        )
        session.add(row)
        session.flush()
        return row.id


EDITABLE = (
    "name_fi",
    "name_en",
    "description_fi",
    "description_en",
    "dot1_fi",
    "dot1_en",
    "dot2_fi",
    "dot2_en",
    "dot3_fi",
    "dot3_en",
    "level",
)


def update_process(store: Store, team_id: int, code: str, **values: Any) -> dict[str, Any]:
    """Rename or re-describe a process; returns the previous values (for undo).

    The code never changes, so scores and evidence keep pointing at the process.
    """
    errors: list[ValidationError] = []
    clean: dict[str, Any] = {}
    for key, value in values.items():
        if key not in EDITABLE:
            raise KeyError(key)
        if key == "level":
            clean[key] = _check_level(value, errors)
        elif key == "name_fi":
            try:
                clean[key] = check_required(value, "name_fi")
            except ValidationError as error:
                errors.append(error)
        else:
            clean[key] = (value or "").strip()
    if errors:
        raise InvalidRecord(errors)
    ensure_catalogue(store, team_id)
    with store.write(Changes.of(KIND)) as session:
        row = _process_row(session, team_id, code)
        if row is None:
            raise KeyError(code)
        previous = {key: getattr(row, key) for key in clean}
        for key, value in clean.items():
            setattr(row, key, value)
        return previous


def move_process(store: Store, team_id: int, code: str, delta: int) -> bool:
    """Move a process left (-1) or right (+1) within its level; False when already at the end."""
    ensure_catalogue(store, team_id)
    with store.write(Changes.of(KIND)) as session:
        row = _process_row(session, team_id, code)
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
            return False
        ordered = list(siblings)
        ordered.insert(target, ordered.pop(index))
        for n, item in enumerate(ordered, start=1):
            item.position = n  # renumber: positions from imports may have gaps or ties
        return True


def retire_process(
    store: Store, team_id: int, code: str, retired: bool = True, on: date | None = None
) -> None:
    """Retire (or bring back) a process. Its scores, targets and evidence stay."""
    ensure_catalogue(store, team_id)
    with store.write(Changes.of(KIND)) as session:
        row = _process_row(session, team_id, code)
        if row is None:
            raise KeyError(code)
        row.retired = retired
        row.retired_on = (on or date.today()) if retired else None


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


def import_catalogue(store: Store, team_id: int, path: Path) -> ImportSummary:
    """Merge a catalogue file into the team's catalogue by code.

    The whole file is validated first; a bad file raises InvalidRecord and writes nothing.
    Processes missing from the file are kept; checklist items are added, never removed
    (they may already be ticked).
    """
    catalogue = load_catalogue(path)
    ensure_catalogue(store, team_id)
    added: list[str] = []
    updated: list[str] = []
    with store.write(Changes.of(KIND)) as session:
        for item in catalogue:
            row = _process_row(session, team_id, item.code)
            if row is None:
                _add_from_catalogue(session, team_id, item)
                added.append(item.code)
                continue
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
            updated.append(item.code)
    return ImportSummary(added, updated)


# --- scores -------------------------------------------------------------------------------


def _check_dots(value: Any, errors: list[ValidationError], key: str = "dots") -> int:
    try:
        dots = int(value)
    except (TypeError, ValueError):
        dots = -1
    if isinstance(value, bool) or not 0 <= dots <= MAX_DOTS or str(dots) != str(value).strip():
        errors.append(
            ValidationError(
                key,
                QT_TRANSLATE_NOOP("rocket", "Dots are 0, 1, 2 or 3 (found {value})."),
                value=value,
            )
        )
    return dots


def _check_period(kind: Any, start: Any, errors: list[ValidationError]) -> tuple[str, date]:
    try:
        clean_kind = PeriodKind(kind).value
    except ValueError:
        errors.append(
            ValidationError(
                "period_kind",
                QT_TRANSLATE_NOOP("rocket", "Unknown period {value}."),
                value=kind,
            )
        )
        return PeriodKind.HALF_YEAR.value, date.today()
    if not isinstance(start, date):
        errors.append(
            ValidationError("period_start", QT_TRANSLATE_NOOP("rocket", "Choose a period."))
        )
        return clean_kind, date.today()
    return clean_kind, periods.period_start(clean_kind, start)


def add_score(
    store: Store,
    team_id: int,
    code: str,
    dots: int,
    period_kind: str,
    period_start: date,
    assessor_kind: str = AssessorKind.TEAM.value,
    assessor_id: int | None = None,
    scored_on: date | None = None,
    comment: str | None = None,
    round_id: int | None = None,
) -> int:
    """Record one assessment as a new row; team and coach scores never overwrite each other."""
    ensure_catalogue(store, team_id)
    errors: list[ValidationError] = []
    clean_dots = _check_dots(dots, errors)
    kind, start = _check_period(period_kind, period_start, errors)
    try:
        assessor = AssessorKind(assessor_kind).value
    except ValueError:
        errors.append(
            ValidationError(
                "assessor_kind",
                QT_TRANSLATE_NOOP("rocket", "The assessor is the team or the coach."),
            )
        )
        assessor = AssessorKind.TEAM.value
    with store.read() as session:
        row = _process_row(session, team_id, code)
        if row is None:
            errors.append(
                ValidationError(
                    "process",
                    QT_TRANSLATE_NOOP("rocket", "There is no process {code} in the catalogue."),
                    code=code,
                )
            )
        elif row.retired:
            errors.append(
                ValidationError(
                    "process",
                    QT_TRANSLATE_NOOP(
                        "rocket",
                        "The process {code} is retired; bring it back before scoring it.",
                    ),
                    code=code,
                )
            )
    if errors:
        raise InvalidRecord(errors)
    with store.write(Changes.of(KIND)) as session:
        score = RocketScore(
            team_id=team_id,
            process_code=code,
            period_kind=kind,
            period_start=start,
            dots=clean_dots,
            assessor_kind=assessor,
            assessor_id=assessor_id,
            scored_on=scored_on or date.today(),
            comment=(comment or "").strip() or None,
            round_id=round_id,
        )
        session.add(score)
        session.flush()
        return score.id


SCORE_FIELDS = (
    "team_id",
    "process_code",
    "period_kind",
    "period_start",
    "dots",
    "assessor_kind",
    "assessor_id",
    "scored_on",
    "comment",
    "round_id",
    "uuid",
)


def remove_score(store: Store, score_id: int) -> dict[str, Any]:
    """Take back a score just entered (undo); returns its values so that redo can restore it."""
    with store.write(Changes.of(KIND)) as session:
        score = session.get(RocketScore, score_id)
        if score is None:
            raise KeyError(score_id)
        snapshot = {key: getattr(score, key) for key in SCORE_FIELDS}
        session.delete(score)
        return snapshot


def restore_score(store: Store, snapshot: dict[str, Any]) -> int:
    with store.write(Changes.of(KIND)) as session:
        score = RocketScore(**snapshot)
        session.add(score)
        session.flush()
        return score.id


@dataclass
class ScoreRow:
    id: int
    code: str
    period_kind: str
    period_start: date
    dots: int
    assessor_kind: str
    assessor: str | None
    scored_on: date
    comment: str | None
    round_id: int | None


def score_history(store: Store, team_id: int, code: str | None = None) -> list[ScoreRow]:
    """Scores newest first (by period, then date of assessment)."""
    with store.read() as session:
        query = (
            select(RocketScore, Member.name)
            .outerjoin(Member, Member.id == RocketScore.assessor_id)
            .where(RocketScore.team_id == team_id)
        )
        if code is not None:
            query = query.where(RocketScore.process_code == code)
        query = query.order_by(
            RocketScore.period_start.desc(), RocketScore.scored_on.desc(), RocketScore.id.desc()
        )
        return [
            ScoreRow(
                s.id,
                s.process_code,
                s.period_kind,
                s.period_start,
                s.dots,
                s.assessor_kind,
                name,
                s.scored_on,
                s.comment,
                s.round_id,
            )
            for s, name in session.execute(query)
        ]


# --- targets ------------------------------------------------------------------------------


def set_target(
    store: Store, team_id: int, code: str, period_kind: str, period_start: date, dots: int | None
) -> int | None:
    """Set (or clear with None) the target dots for one period; returns the previous target."""
    errors: list[ValidationError] = []
    if dots is not None:
        dots = _check_dots(dots, errors, "target")
    kind, start = _check_period(period_kind, period_start, errors)
    if errors:
        raise InvalidRecord(errors)
    with store.write(Changes.of(KIND)) as session:
        row = session.scalars(
            select(RocketTarget).where(
                RocketTarget.team_id == team_id,
                RocketTarget.process_code == code,
                RocketTarget.period_kind == kind,
                RocketTarget.period_start == start,
            )
        ).first()
        previous = row.dots if row else None
        if dots is None:
            if row:
                session.delete(row)
        elif row:
            row.dots = dots
        else:
            session.add(
                RocketTarget(
                    team_id=team_id,
                    process_code=code,
                    period_kind=kind,
                    period_start=start,
                    dots=dots,
                )
            )
        return previous


@dataclass
class TargetRow:
    code: str
    period_kind: str
    period_start: date
    dots: int


def targets_of(store: Store, team_id: int, code: str | None = None) -> list[TargetRow]:
    with store.read() as session:
        query = select(RocketTarget).where(RocketTarget.team_id == team_id)
        if code is not None:
            query = query.where(RocketTarget.process_code == code)
        rows = session.scalars(query.order_by(RocketTarget.period_start.desc())).all()
        return [TargetRow(t.process_code, t.period_kind, t.period_start, t.dots) for t in rows]


# --- evidence -----------------------------------------------------------------------------


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
        clean_kind = EvidenceKind(kind).value
    except ValueError:
        errors.append(
            ValidationError(
                "kind", QT_TRANSLATE_NOOP("rocket", "Evidence is a note, a link or a file.")
            )
        )
        clean_kind = EvidenceKind.NOTE.value
    try:
        clean_title = check_required(title, "title")
    except ValidationError as error:
        errors.append(error)
    clean_location = (location or "").strip() or None
    if clean_kind != EvidenceKind.NOTE.value and not clean_location:
        errors.append(
            ValidationError(
                "location",
                QT_TRANSLATE_NOOP("rocket", "Give the address of the link or the file's path."),
            )
        )
    if errors:
        raise InvalidRecord(errors)
    with store.write(Changes.of(KIND)) as session:
        row = RocketEvidence(
            team_id=team_id,
            process_code=code,
            kind=clean_kind,
            title=clean_title,
            location=clean_location,
            added_on=added_on or date.today(),
            added_by_id=added_by_id,
            round_id=round_id,
        )
        session.add(row)
        session.flush()
        return row.id


def remove_evidence(store: Store, evidence_id: int) -> None:
    with store.write(Changes.of(KIND)) as session:
        row = session.get(RocketEvidence, evidence_id)
        if row is not None:
            session.delete(row)


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


# --- checklist ----------------------------------------------------------------------------


def add_checklist_item(
    store: Store, team_id: int, code: str, text_fi: str, text_en: str = ""
) -> int:
    try:
        clean = check_required(text_fi, "text_fi")
    except ValidationError as error:
        raise InvalidRecord([error]) from None
    ensure_catalogue(store, team_id)
    with store.write(Changes.of(KIND)) as session:
        row = _process_row(session, team_id, code)
        if row is None:
            raise KeyError(code)
        item = RocketChecklistItem(
            position=len(row.checklist), text_fi=clean, text_en=(text_en or "").strip()
        )
        row.checklist.append(item)
        session.flush()
        return item.id


def set_checklist_done(
    store: Store, item_id: int, done: bool, member_id: int | None = None, on: date | None = None
) -> tuple[bool, int | None, date | None]:
    """Tick or untick an item, recording who and when; returns the previous state (undo)."""
    with store.write(Changes.of(KIND)) as session:
        item = session.get(RocketChecklistItem, item_id)
        if item is None:
            raise KeyError(item_id)
        previous = (item.done, item.done_by_id, item.done_on)
        item.done = done
        item.done_by_id = member_id if done else None
        item.done_on = (on or date.today()) if done else None
        return previous


def restore_checklist_state(
    store: Store, item_id: int, state: tuple[bool, int | None, date | None]
) -> None:
    with store.write(Changes.of(KIND)) as session:
        item = session.get(RocketChecklistItem, item_id)
        if item is not None:
            item.done, item.done_by_id, item.done_on = state


# --- the rocket for one period ------------------------------------------------------------


@dataclass
class BoxState:
    """What one process box of the rocket drawing shows for the selected period."""

    code: str
    level: int
    position: int
    name_fi: str
    name_en: str
    dots: int | None  # the latest assessment of either kind
    team_dots: int | None
    coach_dots: int | None
    target: int | None
    status: str
    scored_on: date | None


def latest_by_code(
    scores: list[RocketScore] | list[Any], until: date, assessor: str | None = None
) -> dict[str, Any]:
    """The latest score of each process whose period began on or before `until`.

    Dots describe how far a process has matured, so a half-year score still holds in the
    months that follow until a newer assessment replaces it.
    """
    best: dict[str, Any] = {}
    for s in scores:
        if s.period_start > until or (assessor and s.assessor_kind != assessor):
            continue
        key = (s.period_start, s.scored_on, s.id)
        current = best.get(s.process_code)
        if current is None or key > (current.period_start, current.scored_on, current.id):
            best[s.process_code] = s
    return best


def rocket_state(
    store: Store, team_id: int, period_kind: str, period_start: date
) -> list[BoxState]:
    """Every active process with its dots and target for the period, coloured by target."""
    processes = list_processes(store, team_id)
    kind = PeriodKind(period_kind).value
    start = periods.period_start(kind, period_start)
    end = periods.period_end(kind, start)
    with store.read() as session:
        scores = session.scalars(
            select(RocketScore).where(
                RocketScore.team_id == team_id, RocketScore.period_start <= end
            )
        ).all()
        targets = dict(
            session.execute(
                select(RocketTarget.process_code, RocketTarget.dots).where(
                    RocketTarget.team_id == team_id,
                    RocketTarget.period_kind == kind,
                    RocketTarget.period_start == start,
                )
            ).all()
        )
    latest = latest_by_code(list(scores), end)
    team = latest_by_code(list(scores), end, AssessorKind.TEAM.value)
    coach = latest_by_code(list(scores), end, AssessorKind.COACH.value)
    out = []
    for p in processes:
        score = latest.get(p.code)
        dots = score.dots if score else None
        target = targets.get(p.code)
        out.append(
            BoxState(
                code=p.code,
                level=p.level,
                position=p.position,
                name_fi=p.name_fi,
                name_en=p.name_en,
                dots=dots,
                team_dots=team[p.code].dots if p.code in team else None,
                coach_dots=coach[p.code].dots if p.code in coach else None,
                target=target,
                status=compare(dots, target),
                scored_on=score.scored_on if score else None,
            )
        )
    return out
