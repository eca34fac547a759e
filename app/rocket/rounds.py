"""Assessment rounds: a guided walk through every process, twice a year.

A round can be paused and resumed (it remembers the process it stopped at). Scores made
in a round carry its id; answering the same process again in the same round corrects that
answer instead of adding a second one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from app.changes import Changes
from app.errors import InvalidRecord, raise_if
from app.rocket.evidence import EvidenceRow, evidence_of
from app.rocket.processes import KIND, ProcessInfo, list_processes
from app.rocket.scoring import (
    ScoreRow,
    add_score,
    check_comment,
    check_dots,
    check_people,
    check_period,
    code_like,
    score_history,
)
from app.store import Store
from models.rocket import AssessorKind, PeriodKind, RocketRound, RocketScore, RoundStatus
from models.rules import QT_TRANSLATE_NOOP, ValidationError, check_choice, missing_record

# The system is updated twice a year; remind when the last round is older than that.
REMINDER_AFTER = timedelta(days=183)


@dataclass
class RoundInfo:
    id: int
    team_id: int
    period_kind: str
    period_start: date
    assessor_kind: str
    assessor_id: int | None
    status: str
    started_on: date
    finished_on: date | None
    current_code: str | None


def _info(row: RocketRound) -> RoundInfo:
    return RoundInfo(
        row.id,
        row.team_id,
        row.period_kind,
        row.period_start,
        row.assessor_kind,
        row.assessor_id,
        row.status,
        row.started_on,
        row.finished_on,
        row.current_code,
    )


def list_rounds(store: Store, team_id: int) -> list[RoundInfo]:
    """Rounds newest first."""
    with store.read() as session:
        rows = session.scalars(
            select(RocketRound)
            .where(RocketRound.team_id == team_id)
            .order_by(RocketRound.started_on.desc(), RocketRound.id.desc())
        ).all()
        return [_info(r) for r in rows]


def unfinished_round(store: Store, team_id: int) -> RoundInfo | None:
    """The open or paused round to resume, if any."""
    for info in list_rounds(store, team_id):
        if info.status != RoundStatus.FINISHED.value:
            return info
    return None


def get_round(store: Store, round_id: int) -> RoundInfo:
    with store.read() as session:
        row = session.get(RocketRound, round_id)
        if row is None:
            raise KeyError(round_id)
        return _info(row)


def start_round(
    store: Store,
    team_id: int,
    assessor_kind: str = AssessorKind.TEAM.value,
    assessor_id: int | None = None,
    period_kind: str = PeriodKind.HALF_YEAR.value,
    period_start: date | None = None,
    today: date | None = None,
) -> int:
    """Start a round for the period containing today (or the given one)."""
    today = today or date.today()
    errors: list[ValidationError] = []
    kind, start = check_period(period_kind, period_start or today, errors)
    try:
        assessor = check_choice(AssessorKind, assessor_kind, "assessor_kind")
    except ValidationError as error:
        errors.append(error)
    raise_if(errors)
    list_processes(store, team_id)  # make sure the team has a catalogue to walk
    with store.write(Changes.of(KIND)) as session:
        assessor_id, _ = check_people(session, team_id, errors, assessor_id)
        raise_if(errors)
        row = RocketRound(
            team_id=team_id,
            period_kind=kind,
            period_start=start,
            assessor_kind=assessor,
            assessor_id=assessor_id,
            status=RoundStatus.OPEN.value,
            started_on=today,
        )
        session.add(row)
        session.flush()
        return row.id


def _set_status(
    store: Store, round_id: int, status: RoundStatus, current_code: str | None = None
) -> None:
    with store.write(Changes.of(KIND)) as session:
        row = session.get(RocketRound, round_id)
        if row is None:
            raise KeyError(round_id)
        row.status = status.value
        if current_code is not None:
            row.current_code = current_code


def pause_round(store: Store, round_id: int, current_code: str | None) -> None:
    """Stop the walk at `current_code`, to resume there."""
    if current_code is not None and not code_like(current_code):
        raise InvalidRecord([missing_record("process")])
    _set_status(store, round_id, RoundStatus.PAUSED, current_code)


def resume_round(store: Store, round_id: int) -> RoundInfo:
    _set_status(store, round_id, RoundStatus.OPEN)
    return get_round(store, round_id)


def finish_round(store: Store, round_id: int, today: date | None = None) -> None:
    with store.write(Changes.of(KIND)) as session:
        row = session.get(RocketRound, round_id)
        if row is None:
            raise KeyError(round_id)
        row.status = RoundStatus.FINISHED.value
        row.finished_on = today or date.today()
        row.current_code = None


@dataclass
class RoundStep:
    """One process as the round dialog shows it."""

    process: ProcessInfo
    last: ScoreRow | None  # the latest score from before this round
    evidence: list[EvidenceRow] = field(default_factory=list)
    answer: ScoreRow | None = None  # this round's score, when already given


def round_steps(store: Store, round_id: int) -> list[RoundStep]:
    """Every active process, with the last score and evidence to look at before answering."""
    info = get_round(store, round_id)
    history = score_history(store, info.team_id)
    evidence = evidence_of(store, info.team_id)
    steps = []
    for process in list_processes(store, info.team_id):
        mine = [s for s in history if s.code == process.code]
        answer = next((s for s in mine if s.round_id == round_id), None)
        last = next((s for s in mine if s.round_id != round_id), None)
        steps.append(
            RoundStep(
                process,
                last,
                [e for e in evidence if e.code == process.code][:5],
                answer,
            )
        )
    return steps


def answer(
    store: Store,
    round_id: int,
    code: str,
    dots: int,
    comment: str | None = None,
    today: date | None = None,
) -> int:
    """Give (or correct) this round's score for one process; remembers where the walk is."""
    info = get_round(store, round_id)
    if not code_like(code):
        raise InvalidRecord([missing_record("process")])
    if info.status == RoundStatus.FINISHED.value:
        raise InvalidRecord(
            [
                ValidationError(
                    "round", QT_TRANSLATE_NOOP("rocket", "This round is already finished.")
                )
            ]
        )
    with store.read() as session:
        existing = session.scalars(
            select(RocketScore).where(
                RocketScore.round_id == round_id, RocketScore.process_code == code
            )
        ).first()
    if existing is not None:
        errors: list[ValidationError] = []
        clean = check_dots(dots, errors)
        clean_comment = check_comment(comment, errors)
        raise_if(errors)
        with store.write(Changes.of(KIND)) as session:
            row = session.get(RocketScore, existing.id)
            assert row is not None
            row.dots = clean
            row.comment = clean_comment
            row.scored_on = today or date.today()
            current = session.get(RocketRound, round_id)
            assert current is not None
            current.current_code = code
            return row.id
    score_id = add_score(
        store,
        info.team_id,
        code,
        dots,
        info.period_kind,
        info.period_start,
        info.assessor_kind,
        info.assessor_id,
        scored_on=today,
        comment=comment,
        round_id=round_id,
    )
    with store.write(Changes.of(KIND)) as session:
        current = session.get(RocketRound, round_id)
        assert current is not None
        current.current_code = code
    return score_id


@dataclass(frozen=True)
class Reminder:
    """An English template (context "rocket") and its arguments, translated in the views."""

    message: str
    args: dict[str, object]


def round_reminder(store: Store, team_id: int, today: date | None = None) -> Reminder | None:
    """A reminder when no round was finished in the last six months, or a round waits."""
    today = today or date.today()
    rounds = list_rounds(store, team_id)
    waiting = next((r for r in rounds if r.status != RoundStatus.FINISHED.value), None)
    if waiting is not None:
        return Reminder(
            QT_TRANSLATE_NOOP(
                "rocket", "An assessment round started on {date} is paused. Resume it?"
            ),
            {"date": waiting.started_on},
        )
    finished = [r for r in rounds if r.status == RoundStatus.FINISHED.value]
    if not finished:
        return Reminder(
            QT_TRANSLATE_NOOP(
                "rocket", "No assessment round yet. The rocket is updated twice a year."
            ),
            {},
        )
    last = max(r.finished_on or r.started_on for r in finished)
    if today - last > REMINDER_AFTER:
        return Reminder(
            QT_TRANSLATE_NOOP(
                "rocket",
                "The last assessment round was on {date}, over six months ago. Time for a new one.",
            ),
            {"date": last},
        )
    return None
