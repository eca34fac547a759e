"""Realistic, deterministic Finnish demo data, written in bulk.

The same seed gives the same data. Customers, contacts and interactions are generated in
memory with their ids and inserted in large executemany batches inside one transaction.
Each area adds its own records through the demo step its declaration names (app/areas.py).
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select

from app.changes import Changes, Kind
from app.paths import RESOURCES
from app.store import Store
from models.customer import Contact, Customer, Interaction, interaction_contact, interaction_member
from models.rules import BuyingRole, InteractionType, format_business_id
from models.team import Member, TeamCompany

BATCH = 20_000
YEARS = 2


@dataclass
class DemoContext:
    """What the core demo made, for the later steps to build on."""

    rng: random.Random
    today: date
    start: date
    team_ids: list[int] = field(default_factory=list)
    members: dict[int, list[int]] = field(default_factory=dict)  # team -> member ids
    customer_ids: list[int] = field(default_factory=list)
    names: dict[str, Any] = field(default_factory=dict)


DemoStep = Callable[[Connection, "DemoContext"], None]


def seeded_uuid(rng: random.Random) -> str:
    """A UUID drawn from the demo's random generator, so the same seed gives the same data."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _chunks(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    return [rows[i : i + BATCH] for i in range(0, len(rows), BATCH)]


def _bulk(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    for chunk in _chunks(rows):
        conn.execute(insert(table), chunk)


def _next_id(conn: Connection, column: Any) -> int:
    return int(conn.execute(select(func.coalesce(func.max(column), 0))).scalar_one()) + 1


def generate(
    store: Store,
    customers: int = 300,
    seed: int = 1,
    teams: int = 2,
    today: date | None = None,
    progress: Callable[[int, str], None] | None = None,
) -> DemoContext:
    """Fill the store with `teams` team companies and `customers` customers in all."""
    names = json.loads((RESOURCES / "demo" / "names.json").read_text(encoding="utf-8"))
    rng = random.Random(seed)
    today = today or date.today()
    ctx = DemoContext(rng, today, today - timedelta(days=365 * YEARS), names=names)
    now = datetime.now().replace(microsecond=0)
    stamp = {"created_at": now, "updated_at": now}
    report = progress or (lambda _pct, _what: None)

    with store.write(Changes.of(Kind.TEAM, Kind.MEMBER, Kind.CUSTOMER)) as session:
        conn = session.connection()
        team_id = _next_id(conn, TeamCompany.id)
        member_id = _next_id(conn, Member.id)
        customer_id = _next_id(conn, Customer.id)
        contact_id = _next_id(conn, Contact.id)
        interaction_id = _next_id(conn, Interaction.id)
        used_ids = set(conn.execute(select(Customer.business_id)).scalars())

        team_rows, member_rows = [], []
        for t in range(teams):
            team_name = names["teams"][t % len(names["teams"])]
            if t >= len(names["teams"]):
                team_name = f"{team_name} {t // len(names['teams']) + 1}"
            team_rows.append(
                {
                    "id": team_id,
                    "uuid": seeded_uuid(rng),
                    "name": team_name,
                    "academy": names["academy"],
                    "founded_on": ctx.start - timedelta(days=rng.randint(0, 200)),
                    **stamp,
                }
            )
            ctx.team_ids.append(team_id)
            ctx.members[team_id] = []
            for m in range(13):
                first = rng.choice(names["first_names"])
                last = rng.choice(names["last_names"])
                role = "coach" if m == 0 else "team_leader" if m == 1 else "team_entrepreneur"
                member_rows.append(
                    {
                        "id": member_id,
                        "uuid": seeded_uuid(rng),
                        "team_id": team_id,
                        "name": f"{first} {last}",
                        "email": f"{first}.{last}@{team_name.split()[-1]}.fi".lower()
                        .replace("ä", "a")
                        .replace("ö", "o"),
                        "role": role,
                        **stamp,
                    }
                )
                if role != "coach":
                    ctx.members[team_id].append(member_id)
                member_id += 1
            team_id += 1
        _bulk(conn, TeamCompany.__table__, team_rows)
        _bulk(conn, Member.__table__, member_rows)
        report(5, "teams")

        customer_rows: list[dict[str, Any]] = []
        contact_rows: list[dict[str, Any]] = []
        interaction_rows: list[dict[str, Any]] = []
        im_rows: list[dict[str, Any]] = []
        ic_rows: list[dict[str, Any]] = []
        advocates: list[tuple[int, int]] = []  # (customer, contact) pairs that refer others
        kinds = [k.value for k in InteractionType]
        kind_weights = [30, 25, 20, 12, 5, 4, 4]
        span = (today - ctx.start).days

        for n in range(customers):
            team = ctx.team_ids[n % teams]
            level = rng.choices(["A3", "A2", "A1"], weights=[60, 30, 10])[0]
            rank = {"A3": 0, "A2": 1, "A1": 2}[level]
            size = rng.choices(
                ["small", "medium", "large", "very_large"],
                weights=[55 - 15 * rank, 30, 10 + 8 * rank, 5 + 7 * rank],
            )[0]
            business_id = None
            while business_id is None or business_id in used_ids:
                business_id = format_business_id(rng.randint(1_000_000, 3_299_999))
            used_ids.add(business_id)
            name = (
                f"{rng.choice(names['company_first'])} {rng.choice(names['company_second'])} "
                f"{rng.choice(names['company_form'])}"
            )
            created = ctx.start + timedelta(days=rng.randint(0, span // 2))
            cid = customer_id
            customer_id += 1
            referred_customer = None
            referred_contact = None
            if advocates and rng.random() < 0.22:
                ref_customer, ref_contact = rng.choice(advocates)
                if rng.random() < 0.5:
                    referred_customer = ref_customer
                else:
                    referred_contact = ref_contact
            volume = min(5, max(1, rank * 2 + rng.randint(0, 2)))
            customer_rows.append(
                {
                    "id": cid,
                    "uuid": seeded_uuid(rng),
                    "team_id": team,
                    "name": name,
                    "business_id": business_id,
                    "industry": rng.choice(names["industries"]),
                    "city": rng.choice(names["cities"]),
                    "website": "www."
                    + name.split()[1].lower().replace("ä", "a").replace("ö", "o")
                    + f"{cid}.fi",
                    "size_class": size,
                    "ladder_level": level,
                    "owner_id": rng.choice(ctx.members[team]),
                    "referred_by_customer_id": referred_customer,
                    "referred_by_contact_id": referred_contact,
                    "annual_revenue": float(round(rng.lognormvariate(7.5 + rank * 1.1, 0.8), -1)),
                    "value_volume": volume,
                    "value_profitability": rng.randint(1, 5),
                    "value_reference": min(5, max(1, rank + rng.randint(1, 3))),
                    "potential_share_of_wallet": rng.randint(1, 5),
                    "potential_cross_sell": rng.randint(1, 5),
                    "potential_growing_together": min(5, max(1, rank + rng.randint(0, 3))),
                    "notes": rng.choice(names["notes"]) or None,
                    "archived": rng.random() < 0.02,
                    "created_at": datetime.combine(created, datetime.min.time()),
                    "updated_at": now,
                }
            )
            contact_ids: list[int] = []
            for _c in range(rng.choice([1, 2, 2, 3])):
                first = rng.choice(names["first_names"])
                last = rng.choice(names["last_names"])
                roles = rng.sample([r.value for r in BuyingRole], k=rng.choice([1, 1, 2]))
                is_advocate = rank > 0 and rng.random() < 0.15 * rank
                consent = rng.random() < 0.6
                contact_rows.append(
                    {
                        "id": contact_id,
                        "uuid": seeded_uuid(rng),
                        "customer_id": cid,
                        "name": f"{first} {last}",
                        "title": rng.choice(names["titles"]),
                        "email": f"{first}.{last}@example.fi".lower()
                        .replace("ä", "a")
                        .replace("ö", "o"),
                        "phone": f"040 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                        "roles": ",".join(r.value for r in BuyingRole if r.value in roles),
                        "advocate": is_advocate,
                        "marketing_consent": consent,
                        "consent_date": created if consent else None,
                        "notes": None,
                        **stamp,
                    }
                )
                if is_advocate:
                    advocates.append((cid, contact_id))
                contact_ids.append(contact_id)
                contact_id += 1

            count = max(1, int(rng.gauss(7.5 + 5 * rank, 3)))
            first_day = (created - ctx.start).days
            days = sorted(rng.randint(first_day, span) for _ in range(count))
            for i, day in enumerate(days):
                kind = rng.choices(kinds, weights=kind_weights)[0]
                occurred = ctx.start + timedelta(days=day)
                last = i == len(days) - 1
                next_step = rng.choice(names["next_steps"]) if last else None
                due = occurred + timedelta(days=rng.randint(3, 45)) if last else None
                interaction_rows.append(
                    {
                        "id": interaction_id,
                        "uuid": seeded_uuid(rng),
                        "customer_id": cid,
                        "kind": kind,
                        "occurred_on": occurred,
                        "summary": rng.choice(names["summaries"][kind]),
                        "outcome": rng.choice(names["outcomes"]) if rng.random() < 0.7 else None,
                        "next_step": next_step,
                        "next_step_due": due,
                        **stamp,
                    }
                )
                owner = customer_rows[-1]["owner_id"]
                im_rows.append({"interaction_id": interaction_id, "member_id": owner})
                if rng.random() < 0.3:
                    other = rng.choice(ctx.members[team])
                    if other != owner:
                        im_rows.append({"interaction_id": interaction_id, "member_id": other})
                if kind in ("visit", "meeting", "workshop") or rng.random() < 0.3:
                    ic_rows.append(
                        {"interaction_id": interaction_id, "contact_id": rng.choice(contact_ids)}
                    )
                interaction_id += 1
            ctx.customer_ids.append(cid)

            if len(interaction_rows) >= BATCH * 5:
                _flush(conn, customer_rows, contact_rows, interaction_rows, im_rows, ic_rows)
                report(5 + int(85 * (n + 1) / customers), "customers")
        _flush(conn, customer_rows, contact_rows, interaction_rows, im_rows, ic_rows)
        report(90, "customers")
        from app.areas import areas, load  # the areas' demo modules import this one

        for area in areas():
            if area.demo:
                step: DemoStep = load(area.demo)
                step(conn, ctx)
        report(100, "done")
    return ctx


def _flush(conn: Connection, *batches: list[dict[str, Any]]) -> None:
    """Write what has been generated so far, parents before children, and clear the lists."""
    customers, contacts, interactions, members, contacts_met = batches
    # Customers may refer to contacts of customers in the same batch: insert the
    # customers without those links first, then set them once the contacts exist.
    links = [
        (row["id"], row["referred_by_contact_id"])
        for row in customers
        if row["referred_by_contact_id"]
    ]
    for row in customers:
        row["referred_by_contact_id"] = None
    _bulk(conn, Customer.__table__, customers)
    _bulk(conn, Contact.__table__, contacts)
    if links:
        conn.execute(
            Customer.__table__.update()
            .where(Customer.__table__.c.id == bindparam("cid"))
            .values(referred_by_contact_id=bindparam("contact")),
            [{"cid": c, "contact": k} for c, k in links],
        )
    _bulk(conn, Interaction.__table__, interactions)
    _bulk(conn, interaction_member, members)
    _bulk(conn, interaction_contact, contacts_met)
    for batch in batches:
        batch.clear()
