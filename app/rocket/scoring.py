"""Dot scores: validating, recording and taking back assessments, and reading them back.

Team and coach scores are separate rows side by side; a score describes how far a process
has matured, so it holds until a newer assessment replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.changes import Changes
from app.errors import existing, raise_if
from app.rocket import periods
from app.rocket.catalogue import CODE
from app.rocket.processes import KIND, Snapshot, ensure_catalogue, process_row
from app.store import Store
from models.rocket import MAX_DOTS, AssessorKind, PeriodKind, RocketRound, RocketScore
from models.rules import (
    LINE_MAX,
    QT_TRANSLATE_NOOP,
    ValidationError,
    check_date_range,
    clean_text,
    parse_whole,
)
from models.team import Member

BELOW, AT, ABOVE, NO_TARGET = "below", "at", "above", "none"
FILLED, EMPTY = "●", "○"


def dots_symbols(dots: int | None) -> str:
    """●●○ for 2 of 3, the same in every language; an unscored process shows three empty
    dots. (An undo step's text shows them too, so they are made here, not in the views.)"""
    n = dots or 0
    return FILLED * n + EMPTY * (MAX_DOTS - n)


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


def check_dots(value: Any, errors: list[ValidationError], key: str = "dots") -> int:
    try:
        dots = parse_whole(value, key, 0, MAX_DOTS)
    except ValidationError:
        dots = None
    if dots is None:
        errors.append(
            ValidationError(
                key,
                QT_TRANSLATE_NOOP("rocket", "Dots are 0, 1, 2 or 3 (found {value})."),
                value=str(value)[:20],
            )
        )
        return 0
    return dots


def check_period(kind: Any, start: Any, errors: list[ValidationError]) -> tuple[str, date]:
    try:
        clean_kind = PeriodKind(kind).value
    except (ValueError, TypeError):
        errors.append(
            ValidationError(
                "period_kind",
                QT_TRANSLATE_NOOP("rocket", "Unknown period {value}."),
                value=str(kind)[:20],
            )
        )
        return PeriodKind.HALF_YEAR.value, date.today()
    if not isinstance(start, date):
        errors.append(
            ValidationError("period_start", QT_TRANSLATE_NOOP("rocket", "Choose a period."))
        )
        return clean_kind, date.today()
    try:
        check_date_range(start, "period_start")
    except ValidationError as error:
        errors.append(error)
        return clean_kind, date.today()
    return clean_kind, periods.period_start(clean_kind, start)


def check_day(value: Any, field: str, errors: list[ValidationError]) -> date | None:
    """An optional day (scored on, added on, done on): a date in the years the app takes."""
    if value is None:
        return None
    try:
        if not isinstance(value, date):
            raise ValidationError(field, QT_TRANSLATE_NOOP("rocket", "Choose a period."))
        return check_date_range(value, field)
    except ValidationError as error:
        errors.append(error)
        return None


def check_people(
    session: Session,
    team_id: int,
    errors: list[ValidationError],
    member: Any = None,
    round_id: Any = None,
) -> tuple[int | None, int | None]:
    """The member (assessor, author) and the round named, checked to exist in the team;
    store the ids returned."""
    in_team = Member.team_id == team_id
    clean_member = existing(session, Member.id, member, "member", errors, in_team)
    in_rounds = RocketRound.team_id == team_id
    clean_round = existing(session, RocketRound.id, round_id, "round", errors, in_rounds)
    return clean_member, clean_round


def check_comment(value: Any, errors: list[ValidationError]) -> str | None:
    try:
        return clean_text(value, "comment", LINE_MAX)
    except ValidationError as error:
        errors.append(error)
        return None


def _check_scorable(store: Store, team_id: int, code: str, errors: list[ValidationError]) -> None:
    """A score needs a process of the catalogue that is in use."""
    with store.read() as session:
        row = process_row(session, team_id, code) if code_like(code) else None
        if row is None:
            errors.append(
                ValidationError(
                    "process",
                    QT_TRANSLATE_NOOP("rocket", "There is no process {code} in the catalogue."),
                    code=str(code)[:20],
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


def check_process(store: Store, team_id: int, code: Any, errors: list[ValidationError]) -> None:
    """Targets and evidence need a process of the team's catalogue (retired or not)."""
    ensure_catalogue(store, team_id)
    with store.read() as session:
        if not code_like(code) or process_row(session, team_id, code) is None:
            errors.append(
                ValidationError(
                    "process",
                    QT_TRANSLATE_NOOP("rocket", "There is no process {code} in the catalogue."),
                    code=str(code)[:20],
                )
            )


def code_like(code: Any) -> bool:
    """Whether `code` can be a process code at all (so it is safe to look it up)."""
    return isinstance(code, str) and CODE.fullmatch(code) is not None


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
    clean_dots = check_dots(dots, errors)
    kind, start = check_period(period_kind, period_start, errors)
    try:
        assessor = AssessorKind(assessor_kind).value
    except (ValueError, TypeError):
        errors.append(
            ValidationError(
                "assessor_kind",
                QT_TRANSLATE_NOOP("rocket", "The assessor is the team or the coach."),
            )
        )
        assessor = AssessorKind.TEAM.value
    _check_scorable(store, team_id, code, errors)
    day = check_day(scored_on, "scored_on", errors)
    clean_comment = check_comment(comment, errors)
    raise_if(errors)
    with store.write(Changes.of(KIND)) as session:
        assessor_id, round_id = check_people(session, team_id, errors, assessor_id, round_id)
        raise_if(errors)
        score = RocketScore(
            team_id=team_id,
            process_code=code,
            period_kind=kind,
            period_start=start,
            dots=clean_dots,
            assessor_kind=assessor,
            assessor_id=assessor_id,
            scored_on=day or date.today(),
            comment=clean_comment,
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
    "created_at",  # redo puts back the same record, not a new one made at redo time
)


def remove_score(store: Store, score_id: int) -> Snapshot:
    """Take back a score just entered (undo); returns its values so that redo can restore it."""
    with store.write(Changes.of(KIND)) as session:
        score = session.get(RocketScore, score_id)
        if score is None:
            raise KeyError(score_id)
        snapshot = {key: getattr(score, key) for key in SCORE_FIELDS}
        session.delete(score)
        return snapshot


def restore_score(store: Store, snapshot: Snapshot) -> int:
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
