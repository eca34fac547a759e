"""Demo step: a year of governance.

Every team gets its four weekly working groups, running for a year; the larger customers
(the top 5 % of live A1/A2 customers by revenue) get the governance model of their size
class, with its series and strategies. Past occurrences are mostly held — with a goal, an
outcome against it, minutes, decisions and sometimes an action — some were cancelled or
moved, some missed; some actions are still open past their due date. The development log
has proposals, most handled in development meetings.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Connection, func, insert, select

from app.demo import DemoContext, seeded_uuid
from app.governance.cadence import Rule, days
from app.governance.catalogue import Catalogue, MeetingType, build
from app.governance.meetings import TEXT_FIELDS
from app.governance.plan import horizon
from app.paths import RESOURCES
from models.all import metadata
from models.customer import Customer
from models.team import Member

SHARE = 0.05  # customers with a governance model
RECORD_FIELDS = (*TEXT_FIELDS, "outcome")
INTERNAL = ("marketing", "sales", "customer_management", "development")
LANG = "fi"  # the demo team writes Finnish
TABLES = {
    name: metadata.tables[name]
    for name in (
        "meeting_series",
        "meeting",
        "action_item",
        "development_proposal",
        "customer_governance",
        "customer_strategy",
    )
}


@cache
def _texts() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (RESOURCES / "governance" / "demo.json").read_text(encoding="utf-8")
    )
    return data


@cache
def _days(rule: Rule, end: date) -> tuple[date, ...]:
    return tuple(days(rule, rule.starts_on, end))


@dataclass
class _Rows:
    rng: random.Random
    today: date
    now: datetime
    ids: dict[str, int]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, table: str, row: dict[str, Any], seeded: bool = True) -> int:
        self.ids[table] += 1
        row = {"id": self.ids[table], **row, "created_at": self.now, "updated_at": self.now}
        # Occurrences are many: their UUIDs need not come from the seed (nothing random
        # depends on them), which keeps the random draws of the rest the same.
        row["uuid"] = seeded_uuid(self.rng) if seeded else str(uuid.uuid4())
        self.rows.setdefault(table, []).append(row)
        return int(row["id"])

    def text(self, key: str, *sub: str) -> str:
        node: Any = _texts()[key]
        for part in sub:
            node = node[part]
        return str(self.rng.choice(node[LANG]))


def step(conn: Connection, ctx: DemoContext) -> None:
    catalogue = build({}, LANG)
    ids = {
        name: int(conn.execute(select(table.c.id).order_by(table.c.id.desc())).scalar() or 0)
        for name, table in TABLES.items()
    }
    rows = _Rows(ctx.rng, ctx.today, datetime.now().replace(microsecond=0), ids)
    for team_id in ctx.team_ids:
        members = dict(
            conn.execute(select(Member.id, Member.name).where(Member.team_id == team_id)).all()
        )
        _team(conn, rows, catalogue, team_id, members)
    for name, table in TABLES.items():
        found = rows.rows.get(name, [])
        for start in range(0, len(found), 20_000):
            conn.execute(insert(table), found[start : start + 20_000])


def _team(
    conn: Connection, rows: _Rows, catalogue: Catalogue, team_id: int, members: dict[int, str]
) -> None:
    start = rows.today - timedelta(days=365)
    member_ids = sorted(members)
    development: list[tuple[int, date]] = []
    for number, type_key in enumerate(INTERNAL):
        kind = catalogue.types[type_key]
        first = start + timedelta(days=(kind.cadence.get("weekday", 0) - start.weekday()) % 7)
        series = {
            "team_id": team_id,
            "meeting_type": type_key,
            "title": kind.label,
            "customer_id": None,
            "owner_member_id": member_ids[number % len(member_ids)],
            "cadence": "weekly",
            "weekday": first.weekday(),
            "starts_on": first,
        }
        held = _series(rows, catalogue, series, members)
        if type_key == "development":
            development = held
    for customer in _governed(conn, team_id):
        _customer(rows, catalogue, team_id, customer, members)
    _proposals(rows, team_id, member_ids, development)


def _governed(conn: Connection, team_id: int) -> list[Any]:
    """The largest live A1/A2 customers of size medium and up, 5 % of the team's customers."""
    total = conn.execute(
        select(func.count()).select_from(Customer).where(Customer.team_id == team_id)
    ).scalar_one()
    return list(
        conn.execute(
            select(Customer.id, Customer.name, Customer.size_class, Customer.owner_id)
            .where(
                Customer.team_id == team_id,
                Customer.archived.is_(False),
                Customer.ladder_level.in_(("A1", "A2")),
                Customer.size_class != "small",
            )
            .order_by(Customer.annual_revenue.desc(), Customer.id)
            .limit(max(1, round(total * SHARE)))
        ).all()
    )


def _strategies(rng: random.Random, size: str) -> list[str]:
    first = {"very_large": "protect", "medium": "grow"}.get(size) or rng.choice(["protect", "grow"])
    if rng.random() < 0.2:
        return [first, "grow" if first == "protect" else "protect"]
    return [first]


def _customer(
    rows: _Rows, catalogue: Catalogue, team_id: int, customer: Any, members: dict[int, str]
) -> None:
    rng = rows.rng
    agreed = rows.today - timedelta(days=365 - rng.randint(0, 27))
    if agreed.weekday() >= 5:  # agreed on a weekday, so its meetings fall on weekdays
        agreed += timedelta(days=7 - agreed.weekday())
    model = catalogue.models[customer.size_class]
    rows.add(
        "customer_governance",
        {"customer_id": customer.id, "model": model.key, "agreed_on": agreed},
    )
    for name in _strategies(rng, customer.size_class):
        rows.add(
            "customer_strategy",
            {"customer_id": customer.id, "strategy": name, "source": "manual"}
            | {"set_by_member_id": None},
        )
    counts = [(key, n) for key, n in model.meetings.items() if n > 0]
    for offset, (type_key, count) in enumerate(counts):
        series = {
            "team_id": team_id,
            "meeting_type": type_key,
            "title": f"{catalogue.types[type_key].label}: {customer.name}",
            "customer_id": customer.id,
            "owner_member_id": customer.owner_id,
            "from_model": True,
            "starts_on": agreed + timedelta(weeks=offset),
            "cadence": "times_a_year",
            "times_a_year": min(count, 12),
        }
        _series(rows, catalogue, series, members)


def _series(
    rows: _Rows, catalogue: Catalogue, values: dict[str, Any], members: dict[int, str]
) -> list[tuple[int, date]]:
    """One series with its occurrences through the horizon; returns the held (id, day)s."""
    kind = catalogue.types[values["meeting_type"]]
    record = {
        "from_model": False,
        "interval": 1,
        "weekday": None,
        "nth": None,
        "month_day": None,
        "times_a_year": None,
        "ends_on": None,
        "start_time": kind.start_time,
        "duration_minutes": kind.duration_minutes,
        "location": None,
        "planned_through": horizon(rows.today),
        **values,
    }
    series_id = rows.add("meeting_series", record)
    held = []
    for day in _days(Rule.of(record), horizon(rows.today)):
        meeting = _occurrence(rows, kind, record, series_id, day, members)
        if meeting is not None:
            held.append((meeting, day))
    return held


def _occurrence(
    rows: _Rows,
    kind: MeetingType,
    series: dict[str, Any],
    series_id: int,
    day: date,
    members: dict[int, str],
) -> int | None:
    """One stored occurrence; a past one held (mostly), cancelled or missed."""
    rng = rows.rng
    row: dict[str, Any] = {
        "series_id": series_id,
        "team_id": series["team_id"],
        "customer_id": series["customer_id"],
        "original_on": day,
        "held_on": day,
        "start_time": None,
        "status": "planned",
        **dict.fromkeys(RECORD_FIELDS),
    }
    if day >= rows.today:
        rows.add("meeting", row, seeded=False)
        return None
    draw = rng.random()
    if draw < 0.04:
        row["status"] = "cancelled"
    elif draw < 0.90:
        _held(rows, kind, series, row, members)
    meeting_id = rows.add("meeting", row, seeded=False)
    if row["status"] == "held" and rng.random() < 0.3:
        _action(rows, series, meeting_id, row["held_on"], members)
    return meeting_id if row["status"] == "held" else None


def _held(
    rows: _Rows,
    kind: MeetingType,
    series: dict[str, Any],
    row: dict[str, Any],
    members: dict[int, str],
) -> None:
    rng = rows.rng
    if rng.random() < 0.06:  # moved a day or two later, still in the past
        row["held_on"] = min(row["original_on"] + timedelta(days=rng.randint(1, 2)), rows.today)
    outcome = rng.choices(["met", "partly", "not_met"], weights=[60, 30, 10])[0]
    owner = members.get(series["owner_member_id"] or 0)
    people = [name for name in (owner, rng.choice(list(members.values()))) if name]
    if series["customer_id"] is not None:
        people.append(_texts()["attendee_guest"][LANG])
    row.update(
        status="held",
        goal=kind.goal,
        outcome=outcome,
        outcome_note=rows.text("outcome_notes", outcome),
        agenda="\n".join(kind.agenda),
        attendees=", ".join(dict.fromkeys(people)),
        minutes=rows.text("minutes"),
        decisions=rows.text("decisions"),
    )


def _action(
    rows: _Rows, series: dict[str, Any], meeting_id: int, day: date, members: dict[int, str]
) -> None:
    rng = rows.rng
    due = day + timedelta(days=rng.choice([7, 14, 21]))
    done = due < rows.today - timedelta(days=7) and rng.random() < 0.85
    rows.add(
        "action_item",
        {
            "team_id": series["team_id"],
            "meeting_id": meeting_id,
            "title": rows.text("actions"),
            "owner_member_id": rng.choice(sorted(members)),
            "due_on": due,
            "status": "done" if done else "open",
            "done_on": due - timedelta(days=rng.randint(0, 5)) if done else None,
            "customer_id": series["customer_id"],
        },
    )


def _proposals(
    rows: _Rows, team_id: int, member_ids: list[int], development: list[tuple[int, date]]
) -> None:
    """The development log: older proposals handled in a development meeting, newer open."""
    rng = rows.rng
    titles = _texts()["proposals"][LANG]
    for number, title in enumerate(titles):
        proposed = rows.today - timedelta(days=330 - number * 40)
        handled = next(((mid, day) for mid, day in development if day > proposed), None)
        open_one = number >= len(titles) - 3 or handled is None
        status = "open" if open_one else rng.choice(["accepted", "rejected", "done"])
        decision = (
            None
            if open_one
            else _texts()["proposal_decisions"][LANG][
                ["accepted", "rejected", "done"].index(status)
            ]
        )
        rows.add(
            "development_proposal",
            {
                "team_id": team_id,
                "title": title,
                "description": None,
                "proposed_by_member_id": rng.choice(member_ids),
                "proposed_on": proposed,
                "status": status,
                "decision": decision,
                "handled_meeting_id": None if open_one or handled is None else handled[0],
                "handled_on": None if open_one or handled is None else handled[1],
            },
        )
