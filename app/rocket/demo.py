"""Demo data for the Rocket model: catalogue, two years of rounds, targets, evidence.

Progress follows the model: the engine (level 1) matures first, the next levels follow
about half a year apart, and level 4 is reached rarely within two years. The team tends
to rate itself a little higher than the coach does.
"""

from __future__ import annotations

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


def step(conn: Connection, ctx: DemoContext) -> None:
    """Add the catalogue, rounds twice a year with team and coach scores, targets, evidence."""
    rng = ctx.rng
    catalogue = default_catalogue()
    now = datetime.now().replace(microsecond=0)
    stamp = {"created_at": now, "updated_at": now}
    ids = {
        "process": _next_id(conn, RocketProcess.id),
        "item": _next_id(conn, RocketChecklistItem.id),
        "round": _next_id(conn, RocketRound.id),
    }
    processes: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    rounds: list[dict[str, Any]] = []
    scores: list[dict[str, Any]] = []
    targets: list[dict[str, Any]] = []
    evidence: list[dict[str, Any]] = []
    # Rounds in the middle of each half-year; the current half-year's round waits if too new.
    round_periods = periods.periods_between("half_year", ctx.start, ctx.today)

    for team_id in ctx.team_ids:
        members = ctx.members.get(team_id) or [None]
        founded = ctx.start
        pace = rng.uniform(0.8, 1.2)  # some teams move faster than others
        state: dict[str, int] = {}
        for p in catalogue:
            processes.append(
                {
                    "id": ids["process"],
                    "uuid": seeded_uuid(rng),
                    "team_id": team_id,
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
            maturity = _expected(p, _months(founded, ctx.today), pace)
            for n, (fi, en) in enumerate(p.checklist):
                done = rng.random() < min(0.95, maturity / 3 + 0.15)
                items.append(
                    {
                        "id": ids["item"],
                        "uuid": seeded_uuid(rng),
                        "process_id": ids["process"],
                        "position": n,
                        "text_fi": fi,
                        "text_en": en,
                        "done": done,
                        "done_by_id": rng.choice(members) if done else None,
                        "done_on": (
                            ctx.today - timedelta(days=rng.randint(5, 600)) if done else None
                        ),
                        **stamp,
                    }
                )
                ids["item"] += 1
            ids["process"] += 1

        for start in round_periods:
            held = start + timedelta(days=rng.randint(70, 120))
            if held > ctx.today or held < founded:
                continue  # not held yet, or before the team company existed
            age = _months(founded, held)
            for assessor in ("team", "coach"):
                round_id = ids["round"]
                ids["round"] += 1
                rounds.append(
                    {
                        "id": round_id,
                        "uuid": seeded_uuid(rng),
                        "team_id": team_id,
                        "period_kind": "half_year",
                        "period_start": start,
                        "assessor_kind": assessor,
                        "assessor_id": rng.choice(members) if assessor == "team" else None,
                        "status": "finished",
                        "started_on": held,
                        "finished_on": held + timedelta(days=rng.randint(0, 6)),
                        "current_code": None,
                        **stamp,
                    }
                )
                for p in catalogue:
                    expected = _expected(p, age, pace) + rng.gauss(0, 0.35)
                    if assessor == "team":
                        expected += 0.3  # self-assessment runs a little high
                    dots = max(0, min(3, round(expected)))
                    key = f"{p.code}/{assessor}"
                    dots = max(dots, state.get(key, 0) - (1 if rng.random() < 0.05 else 0))
                    state[key] = dots
                    scores.append(
                        {
                            "uuid": seeded_uuid(rng),
                            "team_id": team_id,
                            "process_code": p.code,
                            "period_kind": "half_year",
                            "period_start": start,
                            "dots": dots,
                            "assessor_kind": assessor,
                            "assessor_id": rng.choice(members) if assessor == "team" else None,
                            "scored_on": held,
                            "comment": None,
                            "round_id": round_id,
                            **stamp,
                        }
                    )
                    if assessor == "coach" and dots > 0 and rng.random() < 0.35:
                        kind = rng.choice(["note", "note", "link", "file"])
                        title, where = rng.choice(EVIDENCE[kind])
                        evidence.append(
                            {
                                "uuid": seeded_uuid(rng),
                                "team_id": team_id,
                                "process_code": p.code,
                                "kind": kind,
                                "title": title,
                                "location": None if kind == "note" else where,
                                "added_on": held - timedelta(days=rng.randint(0, 40)),
                                "added_by_id": rng.choice(members),
                                "round_id": round_id,
                                **stamp,
                            }
                        )
        # Targets for each half-year and the coming one, set a little ahead of the usual pace.
        for start in [*round_periods[1:], periods.shift("half_year", round_periods[-1], 1)]:
            age = _months(founded, periods.period_end("half_year", start))
            for p in catalogue:
                goal = min(3, round(_expected(p, age, 1.1)))  # a little ambitious
                if goal > 0 or p.level <= 2:
                    targets.append(
                        {
                            "uuid": seeded_uuid(rng),
                            "team_id": team_id,
                            "process_code": p.code,
                            "period_kind": "half_year",
                            "period_start": start,
                            "dots": goal,
                            **stamp,
                        }
                    )
    for table, rows in (
        (RocketProcess.__table__, processes),
        (RocketChecklistItem.__table__, items),
        (RocketRound.__table__, rounds),
        (RocketScore.__table__, scores),
        (RocketTarget.__table__, targets),
        (RocketEvidence.__table__, evidence),
    ):
        if rows:
            conn.execute(insert(table), rows)
