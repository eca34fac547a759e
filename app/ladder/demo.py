"""Demo step: a believable two-year history of ladder moves, with reasons in Finnish.

Each customer's history ends at its current level and starts no earlier than the day the
customer was added, so the replayed statistics agree with the board. Most customers climb
(A3 → A2 → A1) over months; some fall back (a key person left, budgets were cut) and a
few start higher or jump a level (a large project from the first meeting).
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select

from app.demo import DemoContext, seeded_uuid
from models.customer import Customer
from models.ladder import LadderMove, local_date

BATCH = 20_000

REASONS: dict[tuple[str, str], list[str]] = {
    ("A3", "A2"): [
        "Toinen tilaus tuli, asiakas ostaa nyt säännöllisesti.",
        "Palvelusopimus allekirjoitettiin vuodeksi.",
        "Asiakas tilasi uudelleen ensimmäisen projektin jälkeen.",
        "Kolmas käynti valmentajan kanssa johti jatkotilaukseen.",
        "Asiakas otti meidät vakituiseksi kumppaniksi tapahtumiin.",
        "Ostanut kahdesti, palaute molemmista hyvää.",
    ],
    ("A2", "A1"): [
        "Yhteinen työpaja tuotti uuden palvelun, jota kehitämme yhdessä.",
        "Asiakas haluaa suunnitella ensi vuoden yhdessä kanssamme.",
        "Avainasiakassopimus ja yhteinen ohjausryhmä sovittiin.",
        "Asiakas suositteli meitä kahdelle yritykselle ja on mukana kehittämässä.",
        "Yhteistuotantoprojekti alkoi, asiakas on mukana suunnittelussa.",
    ],
    ("A3", "A1"): [
        "Ensimmäisestä tapaamisesta suoraan laajaan kehitysprojektiin.",
        "Suosittelijan kautta tullut asiakas aloitti heti yhteiskehittämisen.",
    ],
    ("A2", "A3"): [
        "Yhteyshenkilö vaihtui, ostot loppuivat.",
        "Asiakas leikkasi budjettia, ei tilauksia puoleen vuoteen.",
        "Kilpailija voitti seuraavan tarjouskilpailun.",
        "Palvelusopimusta ei jatkettu.",
    ],
    ("A1", "A2"): [
        "Päättäjä siirtyi toiseen yritykseen, yhteiskehittäminen hiipui.",
        "Yhteinen projekti päättyi, jatkosta ei vielä sovittu.",
        "Asiakas keskittää kehittämisen omaan tiimiinsä.",
    ],
    ("A1", "A3"): [
        "Asiakas lopetti yhteistyön organisaatiomuutoksen vuoksi.",
    ],
}


def _path(level: str, rng: Any) -> list[str]:
    """A plausible sequence of levels ending at `level` (the first is the initial one)."""
    roll = rng.random()
    if level == "A3":
        if roll < 0.78:
            return ["A3"]
        if roll < 0.95:
            return ["A3", "A2", "A3"]  # gained and lost again
        return ["A3", "A2", "A1", "A3"]  # a key account lost entirely (rare)
    if level == "A2":
        if roll < 0.75:
            return ["A3", "A2"]
        if roll < 0.88:
            return ["A2"]  # came in as a regular customer
        if roll < 0.96:
            return ["A3", "A2", "A1", "A2"]
        return ["A3", "A2", "A3", "A2"]
    if roll < 0.68:
        return ["A3", "A2", "A1"]
    if roll < 0.88:
        return ["A2", "A1"]
    if roll < 0.95:
        return ["A3", "A1"]  # jumped with a large project
    return ["A1"]


def _dates(created: date, today: date, steps: int, rng: Any) -> list[date]:
    """`steps` increasing dates between created (+2 weeks when there is room) and today."""
    first = min(created + timedelta(days=14), today)
    span = (today - first).days
    days = sorted(rng.randint(0, span) for _ in range(steps))
    return [first + timedelta(days=d) for d in days]


def step(conn: Connection, ctx: DemoContext) -> None:
    """Write the move history of every customer the core demo created."""
    if not ctx.customer_ids:
        return
    rng = ctx.rng
    low, high = min(ctx.customer_ids), max(ctx.customer_ids)
    rows = conn.execute(
        select(
            Customer.id,
            Customer.team_id,
            Customer.created_at,
            Customer.ladder_level,
            Customer.owner_id,
        ).where(Customer.id.between(low, high))
    ).all()
    now = datetime.now().replace(microsecond=0)
    moves: list[dict[str, Any]] = []
    for row in rows:
        path = _path(row.ladder_level, rng)
        if len(path) < 2:
            continue
        created = local_date(row.created_at)
        days = _dates(created, ctx.today, len(path) - 1, rng)
        team: list[int | None] = [*ctx.members.get(row.team_id, [])] or [None]
        for (before, after), day in zip(itertools.pairwise(path), days, strict=True):
            author = row.owner_id if rng.random() < 0.7 else rng.choice(team)
            moves.append(
                {
                    "uuid": seeded_uuid(rng),
                    "customer_id": row.id,
                    "from_level": before,
                    "to_level": after,
                    "moved_on": day,
                    "reason": rng.choice(REASONS[(before, after)]),
                    "author_member_id": author,
                    "created_at": now,
                    "updated_at": now,
                }
            )
    for start in range(0, len(moves), BATCH):
        conn.execute(insert(LadderMove), moves[start : start + BATCH])
