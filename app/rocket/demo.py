"""Demo data for the Rocket model: catalogue, two years of rounds, targets, evidence.

Progress follows the model: the engine (level 1) matures first, the next levels follow
about half a year apart, and level 4 is reached rarely within two years. The team tends
to rate itself a little higher than the coach does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, insert, select

from app.demo import DemoContext, seeded_uuid
from app.rocket import periods
from app.rocket.catalogue import CatalogueProcess, default_catalogue
from models.rocket import (
    RocketChecklistItem,
    RocketEvidence,
    RocketProcess,
    RocketRound,
    RocketScore,
    RocketTarget,
)

# Months after founding at which a level starts to grow (the engine even before founding:
# the learning processes begin on day one), and months per dot after that.
LEVEL_START = {1: -4, 2: 3, 3: 9, 4: 20}
MONTHS_PER_DOT = 7.0

EVIDENCE = {
    "note": [
        ("Treenin muistiinpanot", "Notes from a training session"),
        ("Oppimissopimusten yhteenveto", "Summary of learning contracts"),
        ("Asiakaskäyntien analyysi", "Analysis of customer visits"),
        ("Projektin loppuraportti", "Project final report"),
        ("Palautekierroksen koonti", "Feedback round summary"),
    ],
    "link": [
        ("Tiimin wiki-sivu", "https://wiki.example.fi/tiimi"),
        ("Markkinointisuunnitelma", "https://docs.example.fi/markkinointi"),
        ("Asiakasrekisteri", "https://crm.example.fi"),
    ],
    "file": [
        ("Esseekooste.pdf", "Dokumentit/esseekooste.pdf"),
        ("Strategiapäivä.pptx", "Dokumentit/strategiapaiva.pptx"),
        ("Hinnasto.xlsx", "Myynti/hinnasto.xlsx"),
    ],
}


def _next_id(conn: Connection, column: Any) -> int:
    return int(conn.execute(select(func.coalesce(func.max(column), 0))).scalar_one()) + 1


def _months(a: date, b: date) -> float:
    return (b - a).days / 30.44


def _expected(process: CatalogueProcess, age_months: float, pace: float) -> float:
    """Dots a team of this pace would have after `age_months` (unrounded)."""
    started = age_months * pace - LEVEL_START[process.level]
    return max(0.0, min(3.0, started / MONTHS_PER_DOT))


@dataclass
class _Rows:
    """The rows the step inserts in bulk at the end, and the next free ids."""

    stamp: dict[str, datetime]
    ids: dict[str, int]
    processes: list[dict[str, Any]] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    rounds: list[dict[str, Any]] = field(default_factory=list)
    scores: list[dict[str, Any]] = field(default_factory=list)
    targets: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Team:
    """One team company as the step walks it: who can score, when it began, how fast."""

    id: int
    members: list[int | None]
    founded: date
    pace: float
    state: dict[str, int] = field(default_factory=dict)  # last dots per process/assessor


def step(conn: Connection, ctx: DemoContext) -> None:
    """Add the catalogue, rounds twice a year with team and coach scores, targets, evidence."""
    rng = ctx.rng
    catalogue = default_catalogue()
    now = datetime.now().replace(microsecond=0)
    ids = {
        "process": _next_id(conn, RocketProcess.id),
        "item": _next_id(conn, RocketChecklistItem.id),
        "round": _next_id(conn, RocketRound.id),
    }
    rows = _Rows({"created_at": now, "updated_at": now}, ids)
    # Rounds in the middle of each half-year; the current half-year's round waits if too new.
    round_periods = periods.periods_between("half_year", ctx.start, ctx.today)

    for team_id in ctx.team_ids:
        # A team without members still gets scores, by nobody in particular.
        members: list[int | None] = [*ctx.members.get(team_id, [])] or [None]
        # Some teams move faster than others.
        team = _Team(team_id, members, ctx.start, rng.uniform(0.8, 1.2))
        for p in catalogue:
            _catalogue_rows(rows, ctx, team, p)
        for start in round_periods:
            held = start + timedelta(days=rng.randint(70, 120))
            if held > ctx.today or held < team.founded:
                continue  # not held yet, or before the team company existed
            for assessor in ("team", "coach"):
                _round_rows(rows, ctx, team, catalogue, start, held, assessor)
        _target_rows(rows, ctx, team, catalogue, round_periods)
    for model, values in (
        (RocketProcess, rows.processes),
        (RocketChecklistItem, rows.items),
        (RocketRound, rows.rounds),
        (RocketScore, rows.scores),
        (RocketTarget, rows.targets),
        (RocketEvidence, rows.evidence),
    ):
        if values:
            conn.execute(insert(model), values)


def _catalogue_rows(rows: _Rows, ctx: DemoContext, team: _Team, p: CatalogueProcess) -> None:
    """One process of the team's catalogue, with its checklist ticked as far as it matured."""
    rng, stamp, ids = ctx.rng, rows.stamp, rows.ids
    rows.processes.append(
        {
            "id": ids["process"],
            "uuid": seeded_uuid(rng),
            "team_id": team.id,
            "code": p.code,
            "level": p.level,
            "position": p.order,
            "name_fi": p.name_fi,
            "name_en": p.name_en,
            "description_fi": p.description_fi,
            "description_en": p.description_en,
            "dot1_fi": p.dots_fi[0],
            "dot2_fi": p.dots_fi[1],
            "dot3_fi": p.dots_fi[2],
            "dot1_en": p.dots_en[0],
            "dot2_en": p.dots_en[1],
            "dot3_en": p.dots_en[2],
            "retired": False,
            "retired_on": None,
            **stamp,
        }
    )
    maturity = _expected(p, _months(team.founded, ctx.today), team.pace)
    for n, (fi, en) in enumerate(p.checklist):
        done = rng.random() < min(0.95, maturity / 3 + 0.15)
        rows.items.append(
            {
                "id": ids["item"],
                "uuid": seeded_uuid(rng),
                "process_id": ids["process"],
                "position": n,
                "text_fi": fi,
                "text_en": en,
                "done": done,
                "done_by_id": rng.choice(team.members) if done else None,
                "done_on": (ctx.today - timedelta(days=rng.randint(5, 600)) if done else None),
                **stamp,
            }
        )
        ids["item"] += 1
    ids["process"] += 1


def _round_rows(
    rows: _Rows,
    ctx: DemoContext,
    team: _Team,
    catalogue: list[CatalogueProcess],
    start: date,
    held: date,
    assessor: str,
) -> None:
    """One finished round: a score for every process, and some evidence from the coach."""
    rng, stamp = ctx.rng, rows.stamp
    age = _months(team.founded, held)
    round_id = rows.ids["round"]
    rows.ids["round"] += 1
    rows.rounds.append(
        {
            "id": round_id,
            "uuid": seeded_uuid(rng),
            "team_id": team.id,
            "period_kind": "half_year",
            "period_start": start,
            "assessor_kind": assessor,
            "assessor_id": rng.choice(team.members) if assessor == "team" else None,
            "status": "finished",
            "started_on": held,
            "finished_on": held + timedelta(days=rng.randint(0, 6)),
            "current_code": None,
            **stamp,
        }
    )
    for p in catalogue:
        expected = _expected(p, age, team.pace) + rng.gauss(0, 0.35)
        if assessor == "team":
            expected += 0.3  # self-assessment runs a little high
        dots = max(0, min(3, round(expected)))
        key = f"{p.code}/{assessor}"
        dots = max(dots, team.state.get(key, 0) - (1 if rng.random() < 0.05 else 0))
        team.state[key] = dots
        rows.scores.append(
            {
                "uuid": seeded_uuid(rng),
                "team_id": team.id,
                "process_code": p.code,
                "period_kind": "half_year",
                "period_start": start,
                "dots": dots,
                "assessor_kind": assessor,
                "assessor_id": rng.choice(team.members) if assessor == "team" else None,
                "scored_on": held,
                "comment": None,
                "round_id": round_id,
                **stamp,
            }
        )
        if assessor == "coach" and dots > 0 and rng.random() < 0.35:
            _evidence_row(rows, ctx, team, p.code, held, round_id)


def _evidence_row(
    rows: _Rows, ctx: DemoContext, team: _Team, code: str, held: date, round_id: int
) -> None:
    rng = ctx.rng
    kind = rng.choice(["note", "note", "link", "file"])
    title, where = rng.choice(EVIDENCE[kind])
    rows.evidence.append(
        {
            "uuid": seeded_uuid(rng),
            "team_id": team.id,
            "process_code": code,
            "kind": kind,
            "title": title,
            "location": None if kind == "note" else where,
            "added_on": held - timedelta(days=rng.randint(0, 40)),
            "added_by_id": rng.choice(team.members),
            "round_id": round_id,
            **rows.stamp,
        }
    )


def _target_rows(
    rows: _Rows,
    ctx: DemoContext,
    team: _Team,
    catalogue: list[CatalogueProcess],
    round_periods: list[date],
) -> None:
    """Targets for each half-year and the coming one, a little ahead of the usual pace."""
    for start in [*round_periods[1:], periods.shift("half_year", round_periods[-1], 1)]:
        age = _months(team.founded, periods.period_end("half_year", start))
        for p in catalogue:
            goal = min(3, round(_expected(p, age, 1.1)))  # a little ambitious
            if goal > 0 or p.level <= 2:
                rows.targets.append(
                    {
                        "uuid": seeded_uuid(ctx.rng),
                        "team_id": team.id,
                        "process_code": p.code,
                        "period_kind": "half_year",
                        "period_start": start,
                        "dots": goal,
                        **rows.stamp,
                    }
                )
