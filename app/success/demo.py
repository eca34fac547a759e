"""Demo step: lifecycle and health histories, goals with checkpoints, feedback tied to the
journey's touchpoints, satisfaction over two years, a few key contacts who left, one
journey map per team and three self-assessments per team (Finnish texts, as the demo).

Regular and key customers (A2, A1) and a fifth of the small ones are tracked; most grow,
some are lost for one of the source's reasons and a few are being won back. Everything is
written in bulk inside the demo's transaction.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from random import Random
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from app.demo import DemoContext
from app.success.demo_team import Rows, assessments, journey, start_ids
from app.success.rules import key_roles
from models.customer import Contact, Customer
from models.ladder import local_date
from models.success import (
    CustomerGoal,
    CustomerSuccess,
    Feedback,
    FeedbackHandling,
    GoalCheckpoint,
    HealthChange,
    LifecycleChange,
    LostReason,
    RiskFlag,
    Satisfaction,
)

BATCH = 20_000
LOST_NOTES = {
    "no_value": "Asiakas ei kokenut saaneensa rahoilleen vastinetta.",
    "not_adopted": "Uutta toimintatapaa ei otettu käyttöön asiakkaan tiimissä.",
    "not_needed": "Tarve poistui, kun asiakas lopetti tapahtumatoiminnan.",
    "cost_cutting": "Budjettileikkaukset: ulkopuoliset palvelut jäädytettiin.",
    "competitor_better": "Kilpailija tarjosi laajemman kokonaisuuden.",
    "competitor_cheaper": "Kilpailija voitti tarjouskilpailun hinnalla.",
    "competitor_relevant": "Kilpailijan palvelu sopi asiakkaan uuteen strategiaan.",
    "key_person_changed": "Päättäjä vaihtui, uusi johto ei jatkanut yhteistyötä.",
}
HEALTH_REASONS = {
    "green": ["Yhteistyö sujuu, asiakas tilasi lisää.", "Tavoitteet etenevät aikataulussa."],
    "yellow": ["Yhteydenpito on harventunut.", "Asiakas oli tyytymätön aikatauluun."],
    "red": [
        "Reklamaatio käsittelemättä ja yhteyshenkilö vaihtui.",
        "Ei vastausta kahteen kuukauteen.",
    ],
}
RED_STEPS = ["Soita päättäjälle tällä viikolla.", "Sovi tapaaminen ja käy reklamaatio läpi."]
GOALS = [
    ("Työnantajakuvan parantaminen opiskelijoiden silmissä", "Hakemusten määrä kesäharjoitteluun"),
    ("Asiakastapahtumien osallistujamäärän kasvu", "Osallistujat tapahtumaa kohden"),
    ("Verkkokaupan kävijämäärän kasvu", "Kuukausittaiset kävijät analytiikasta"),
    ("Henkilöstön perehdytyksen nopeuttaminen", "Päivät aloituksesta itsenäiseen työhön"),
]
FEEDBACK_TEXTS = {
    "complaint": ["Tarjous tuli viikon myöhässä.", "Lasku oli väärin kahteen kertaan."],
    "suggestion": ["Toivoisivat väliraportin kahden viikon välein."],
    "praise": ["Työpaja sai erinomaisen vastaanoton henkilöstöltä."],
}


def _days(rng: Random, start: date, end: date, count: int) -> list[date]:
    span = max((end - start).days, 0)
    return sorted(start + timedelta(days=rng.randint(0, span)) for _ in range(count))


def step(conn: Connection, ctx: DemoContext) -> None:
    if not ctx.customer_ids:
        return
    rng, now, rows = ctx.rng, datetime.now().replace(microsecond=0), Rows()
    start_ids(conn, rows)
    touchpoints = {team: journey(conn, ctx, team, rows, now) for team in ctx.team_ids}
    for team in ctx.team_ids:
        assessments(ctx, team, rows, now)
    low, high = min(ctx.customer_ids), max(ctx.customer_ids)
    customers = conn.execute(
        select(
            Customer.id,
            Customer.team_id,
            Customer.ladder_level,
            Customer.created_at,
            Customer.owner_id,
        ).where(Customer.id.between(low, high))
    ).all()
    for c in customers:
        if c.ladder_level == "A3" and rng.random() > 0.2:
            continue
        _customer(ctx, c, rows, now, touchpoints.get(c.team_id, []))
    _key_contacts_left(conn, ctx, rows, now, low, high)
    for entity, batch in rows.tables.items():
        for start in range(0, len(batch), BATCH):
            conn.execute(insert(entity), batch[start : start + BATCH])


def _customer(ctx: DemoContext, c: Any, rows: Rows, now: datetime, points: list[int]) -> None:
    rng = ctx.rng
    start = min(local_date(c.created_at) + timedelta(days=14), ctx.today)
    path = _stage_path(rng, c.ladder_level)
    days = _days(rng, start, ctx.today, len(path))
    before: str | None = None
    for stage, day in zip(path, days, strict=True):
        reason = rng.choice(list(LostReason)).value if stage == "lost" else None
        rows.add(
            LifecycleChange,
            {
                "customer_id": c.id,
                "from_stage": before,
                "to_stage": stage,
                "changed_on": day,
                "lost_reason": reason,
                "note": LOST_NOTES[reason] if reason else None,
                "author_member_id": c.owner_id,
                "deleted_at": None,
            },
            rng,
            now,
        )
        before = stage
    health, health_row = _health(ctx, c, rows, now, start, lost=before == "lost")
    renewal = None
    if before in ("growth", "renewal") and rng.random() < 0.6:
        renewal = ctx.today + timedelta(days=rng.randint(-20, 300))
    rows.add(
        CustomerSuccess,
        {
            "customer_id": c.id,
            "stage": before,
            "stage_since": days[-1],
            "health": health,
            "health_since": health_row.get("changed_on"),
            "health_reason": health_row.get("reason"),
            "health_next_step": health_row.get("next_step"),
            "health_next_due": health_row.get("next_step_due"),
            "renewal_on": renewal,
            "reminder_weeks": rng.choice([4, 6, 8]),
        },
        rng,
        now,
    )
    _satisfaction(ctx, c, rows, now, start)
    if points and rng.random() < 0.25:
        _feedback(ctx, c, rows, now, start, points)
    if c.ladder_level == "A1" and rng.random() < 0.5:
        _goals(ctx, c, rows, now, start)


def _stage_path(rng: Random, level: str) -> list[str]:
    roll = rng.random()
    if roll < 0.07:
        return ["onboarding", "growth", "lost"]
    if roll < 0.09:
        return ["growth", "lost", "win_back"]
    if level == "A3":
        return ["onboarding"] if roll < 0.6 else ["onboarding", "growth"]
    if roll < 0.5:
        return ["onboarding", "growth"]
    if roll < 0.75:
        return ["growth", "renewal"]
    return ["onboarding", "growth", "renewal", "growth"]


def _health(
    ctx: DemoContext, c: Any, rows: Rows, now: datetime, start: date, lost: bool
) -> tuple[str | None, dict[str, Any]]:
    rng = ctx.rng
    if lost or rng.random() < 0.15:
        return None, {}
    count = rng.choice([1, 2, 3])
    last: dict[str, Any] = {}
    for day in _days(rng, start, ctx.today, count):
        health = rng.choices(["green", "yellow", "red"], [70, 22, 8])[0]
        red = health == "red"
        last = {
            "customer_id": c.id,
            "health": health,
            "reason": rng.choice(HEALTH_REASONS[health]),
            "suggested": health if rng.random() < 0.7 else None,
            "next_step": rng.choice(RED_STEPS) if red else None,
            "next_step_due": day + timedelta(days=3) if red else None,
            "changed_on": day,
            "author_member_id": c.owner_id,
            "deleted_at": None,
        }
        rows.add(HealthChange, last, rng, now)
    return last["health"], last


def _satisfaction(ctx: DemoContext, c: Any, rows: Rows, now: datetime, start: date) -> None:
    rng = ctx.rng
    base = rng.choice([3, 4, 4, 5]) if c.ladder_level != "A3" else rng.choice([3, 4])
    for day in _days(rng, start, ctx.today, rng.choice([1, 2, 3, 4])):
        score = min(5, max(1, base + rng.choice([-1, 0, 0, 1])))
        rows.add(
            Satisfaction,
            {
                "customer_id": c.id,
                "contact_id": None,
                "measured_on": day,
                "score": score,
                "nps": min(10, max(0, score * 2 + rng.choice([-2, -1, 0, 0, 1]))),
                "note": None,
                "author_member_id": c.owner_id,
                "deleted_at": None,
            },
            rng,
            now,
        )


def _feedback(
    ctx: DemoContext, c: Any, rows: Rows, now: datetime, start: date, points: list[int]
) -> None:
    rng = ctx.rng
    for day in _days(rng, start, ctx.today, rng.choice([1, 1, 2])):
        kind = rng.choices(["complaint", "suggestion", "praise"], [50, 20, 30])[0]
        # Complaints gather at the offer and the delivery, so that the map shows where.
        hot = [points[3], points[6]] if len(points) > 6 and kind == "complaint" else points
        point = rng.choice(hot if rng.random() < 0.85 else points)
        feedback = rows.add(
            Feedback,
            {
                "team_id": c.team_id,
                "customer_id": c.id,
                "contact_id": None,
                "touchpoint_id": point,
                "kind": kind,
                "source": rng.choice(["meeting", "phone", "email", "survey"]),
                "severity": rng.choice(["low", "medium", "high"]) if kind != "praise" else None,
                "happened": rng.choice(FEEDBACK_TEXTS[kind]),
                "received_on": day,
                "author_member_id": c.owner_id,
                "deleted_at": None,
            },
            rng,
            now,
        )
        if kind == "complaint" and rng.random() < 0.8:
            closed = min(day + timedelta(days=rng.randint(1, 20)), ctx.today)
            rows.add(
                FeedbackHandling,
                {
                    "feedback_id": feedback,
                    "root_cause": "Tieto ei kulkenut tiimin sisällä.",
                    "resolution": rng.choice(["fix", "apology", "compensation"]),
                    "resolution_note": None,
                    "owner_member_id": c.owner_id,
                    "horizon": rng.choice(["quick", "long_term"]),
                    "closed_on": closed,
                    "deleted_at": None,
                },
                rng,
                now,
            )


def _goals(ctx: DemoContext, c: Any, rows: Rows, now: datetime, start: date) -> None:
    rng = ctx.rng
    title, measure = rng.choice(GOALS)
    began = _days(rng, start, ctx.today, 1)[0]
    done = rng.random() < 0.5 and (ctx.today - began).days > 120
    goal = rows.add(
        CustomerGoal,
        {
            "customer_id": c.id,
            "title": title,
            "measure": measure,
            "started_on": began,
            "target_on": began + timedelta(days=180),
            "status": "achieved" if done else "on_track",
            "value_confirmed_on": began + timedelta(days=120) if done else None,
            "confirmation": "Asiakas vahvisti tuloksen ohjausryhmässä." if done else None,
            "deleted_at": None,
        },
        rng,
        now,
    )
    for month in (1, 3, 5):
        due = began + timedelta(days=30 * month)
        status = "met" if due < ctx.today and rng.random() < 0.8 else "planned"
        if due < ctx.today and status == "planned":
            status = "missed"
        rows.add(
            GoalCheckpoint,
            {
                "goal_id": goal,
                "due_on": due,
                "description": f"Välitavoite {month} kk",
                "status": status,
                "note": None,
                "deleted_at": None,
            },
            rng,
            now,
        )


def _key_contacts_left(
    conn: Connection, ctx: DemoContext, rows: Rows, now: datetime, low: int, high: int
) -> None:
    """About one key contact in a hundred left in the last months: flagged, not resolved."""
    rng = ctx.rng
    tracked = {r["customer_id"] for r in rows.tables.get(CustomerSuccess, [])}
    contacts = conn.execute(
        select(Contact.id, Contact.uuid, Contact.customer_id, Contact.name, Contact.roles).where(
            Contact.customer_id.between(low, high)
        )
    ).all()
    departures = []
    for contact in contacts:
        roles = key_roles(contact.roles)
        if not roles or contact.customer_id not in tracked or rng.random() > 0.01:
            continue
        left = ctx.today - timedelta(days=rng.randint(3, 90))
        departures.append({"cid": contact.id, "left": left})
        rows.add(
            RiskFlag,
            {
                "customer_id": contact.customer_id,
                "cause": "contact_left",
                "contact_id": contact.id,
                "contact_uuid": contact.uuid,
                "contact_name": contact.name,
                "roles": ",".join(roles),
                "raised_on": left,
                "resolved_on": None,
                "resolution": None,
                "deleted_at": None,
            },
            rng,
            now,
        )
    if departures:
        conn.execute(
            update(Contact).where(Contact.id == bindparam("cid")).values(left_on=bindparam("left")),
            departures,
        )
