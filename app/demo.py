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
from models.all import metadata
from models.customer import Contact, Customer, Interaction, interaction_contact, interaction_member
from models.database_errors import DatabaseError
from models.rules import QT_TRANSLATE_NOOP, BuyingRole, InteractionType, format_business_id
from models.team import Member, TeamCompany

BATCH = 20_000
YEARS = 2
KINDS = [k.value for k in InteractionType]
KIND_WEIGHTS = [30, 25, 20, 12, 5, 4, 4]


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
    """Fill the store with `teams` team companies and `customers` customers in all.

    `progress(percent, stage)` is called as the work goes on. Everything is written in one
    transaction, so when `progress` raises (the views raise their `Cancelled` once the user
    cancels) the exception leaves the transaction, which rolls back: nothing is written and
    nothing is announced.
    A file that already holds demo team companies is refused (DatabaseError).
    """
    names = json.loads((RESOURCES / "demo" / "names.json").read_text(encoding="utf-8"))
    rng = random.Random(seed)
    today = today or date.today()
    ctx = DemoContext(rng, today, today - timedelta(days=365 * YEARS), names=names)
    report = progress or (lambda _pct, _what: None)
    with store.write(Changes.of(Kind.TEAM, Kind.MEMBER, Kind.CUSTOMER)) as session:
        _refuse_second_demo(session.connection(), store, names["teams"])
        maker = _Maker(session.connection(), ctx)
        maker.teams(teams)
        report(5, "teams")
        maker.customers(customers, report)
        report(90, "customers")
        _area_steps(maker.conn, ctx, report)
        report(100, "done")
    return ctx


def _refuse_second_demo(conn: Connection, store: Store, demo_teams: list[str]) -> None:
    """The same seed would collide with the rows there; another would add same-named teams.
    (Numbered names, "Osuuskunta Kipinä 2", come from a demo with more teams than names.)"""
    present = conn.execute(select(TeamCompany.name).order_by(TeamCompany.name)).scalars()
    clash = next((n for n in present if n.startswith(tuple(demo_teams))), None)
    if clash is not None:
        template = QT_TRANSLATE_NOOP(
            "database",
            "{path} already holds demo data (the team company {team}); "
            "put another demo in a new file.",
        )
        raise DatabaseError(template, path=store.path or store.opened.url, team=clash)


def _area_steps(conn: Connection, ctx: DemoContext, report: Callable[[int, str], None]) -> None:
    """Each area's own demo records, inside the same transaction."""
    from app.areas import areas, load  # the areas' demo modules import this one

    steps = [area for area in areas() if area.demo]
    for number, area in enumerate(steps, start=1):
        assert area.demo is not None
        step: DemoStep = load(area.demo)
        step(conn, ctx)
        report(90 + 10 * number // (len(steps) + 1), area.key)


@dataclass
class _Rows:
    """Generated rows not yet written, and the advocates that later customers may cite."""

    customers: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    interactions: list[dict[str, Any]] = field(default_factory=list)
    present: list[dict[str, Any]] = field(default_factory=list)  # interaction_member
    met: list[dict[str, Any]] = field(default_factory=list)  # interaction_contact
    advocates: list[tuple[int, int]] = field(default_factory=list)  # (customer, contact)

    def flush(self, conn: Connection) -> None:
        _flush(conn, self.customers, self.contacts, self.interactions, self.present, self.met)


class _Maker:
    """Generates the core demo rows with their ids, in the order the seed fixes."""

    def __init__(self, conn: Connection, ctx: DemoContext) -> None:
        self.conn = conn
        self.ctx = ctx
        self.rng = ctx.rng
        self.names = ctx.names
        self.now = datetime.now().replace(microsecond=0)
        self.stamp = {"created_at": self.now, "updated_at": self.now}
        self.next_team = _next_id(conn, TeamCompany.id)
        self.next_member = _next_id(conn, Member.id)
        self.next_customer = _next_id(conn, Customer.id)
        self.next_contact = _next_id(conn, Contact.id)
        self.next_interaction = _next_id(conn, Interaction.id)
        self.used_ids = set(conn.execute(select(Customer.business_id)).scalars())
        self.rows = _Rows()
        self.team_of: dict[int, int] = {}  # customer id -> its team company's id
        self.span = (ctx.today - ctx.start).days

    # --- teams and members -----------------------------------------------------------------

    def teams(self, count: int) -> None:
        names, rng = self.names, self.rng
        team_rows: list[dict[str, Any]] = []
        member_rows: list[dict[str, Any]] = []
        for t in range(count):
            team_name = names["teams"][t % len(names["teams"])]
            if t >= len(names["teams"]):
                team_name = f"{team_name} {t // len(names['teams']) + 1}"
            team_rows.append(
                {
                    "id": self.next_team,
                    "uuid": seeded_uuid(rng),
                    "name": team_name,
                    "academy": names["academy"],
                    "founded_on": self.ctx.start - timedelta(days=rng.randint(0, 200)),
                    **self.stamp,
                }
            )
            self.ctx.team_ids.append(self.next_team)
            self.ctx.members[self.next_team] = []
            member_rows.extend(self._members(self.next_team, team_name))
            self.next_team += 1
        _bulk(self.conn, TeamCompany.__table__, team_rows)
        _bulk(self.conn, Member.__table__, member_rows)

    def _members(self, team_id: int, team_name: str) -> list[dict[str, Any]]:
        """A coach, a team leader and eleven team entrepreneurs."""
        rows = []
        for m in range(13):
            first = self.rng.choice(self.names["first_names"])
            last = self.rng.choice(self.names["last_names"])
            role = "coach" if m == 0 else "team_leader" if m == 1 else "team_entrepreneur"
            rows.append(
                {
                    "id": self.next_member,
                    "uuid": seeded_uuid(self.rng),
                    "team_id": team_id,
                    "name": f"{first} {last}",
                    "email": _plain(f"{first}.{last}@{team_name.split()[-1]}.fi"),
                    "role": role,
                    **self.stamp,
                }
            )
            if role != "coach":
                self.ctx.members[team_id].append(self.next_member)
            self.next_member += 1
        return rows

    # --- customers -------------------------------------------------------------------------

    def customers(self, count: int, report: Callable[[int, str], None]) -> None:
        """`count` customers spread over the teams, written in batches as they are made."""
        shown = 5
        for n in range(count):
            team = self.ctx.team_ids[n % len(self.ctx.team_ids)]
            cid, rank, created = self._customer(team)
            contact_ids = self._contacts(cid, rank, created)
            self._interactions(cid, team, rank, created, contact_ids)
            self.ctx.customer_ids.append(cid)
            if len(self.rows.interactions) >= BATCH * 5:
                self.rows.flush(self.conn)
            # Report every whole percent: often enough for a responsive cancel.
            percent = 5 + int(85 * (n + 1) / count)
            if percent != shown:
                shown = percent
                report(percent, "customers")
        self.rows.flush(self.conn)

    def _customer(self, team: int) -> tuple[int, int, date]:
        """One customer row; returns its id, its ladder rank (0–2) and its creation day."""
        rng, names, ctx = self.rng, self.names, self.ctx
        level = rng.choices(["A3", "A2", "A1"], weights=[60, 30, 10])[0]
        rank = {"A3": 0, "A2": 1, "A1": 2}[level]
        size = rng.choices(
            ["small", "medium", "large", "very_large"],
            weights=[55 - 15 * rank, 30, 10 + 8 * rank, 5 + 7 * rank],
        )[0]
        business_id = self._business_id()
        name = (
            f"{rng.choice(names['company_first'])} {rng.choice(names['company_second'])} "
            f"{rng.choice(names['company_form'])}"
        )
        created = ctx.start + timedelta(days=rng.randint(0, self.span // 2))
        cid = self.next_customer
        self.next_customer += 1
        self.team_of[cid] = team
        referred_customer, referred_contact = self._referral(team)
        volume = min(5, max(1, rank * 2 + rng.randint(0, 2)))
        # The dictionary's order is the order of the random draws: keep it.
        self.rows.customers.append(
            {
                "id": cid,
                "uuid": seeded_uuid(rng),
                "team_id": team,
                "name": name,
                "business_id": business_id,
                "industry": rng.choice(names["industries"]),
                "city": rng.choice(names["cities"]),
                "website": "www." + _plain(name.split()[1]) + f"{cid}.fi",
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
                "updated_at": self.now,
            }
        )
        return cid, rank, created

    def _business_id(self) -> str:
        business_id = None
        while business_id is None or business_id in self.used_ids:
            business_id = format_business_id(self.rng.randint(1_000_000, 3_299_999))
        self.used_ids.add(business_id)
        return business_id

    def _referral(self, team: int) -> tuple[int | None, int | None]:
        """About one customer in five was referred by an earlier advocate or its contact,
        of its own team (as the app's rules require: nothing ties two teams' records)."""
        if self.rows.advocates and self.rng.random() < 0.22:
            ref_customer, ref_contact = self.rng.choice(self.rows.advocates)
            if self.team_of[ref_customer] != team:  # drawn all the same: the seed's order
                self.rng.random()
                return None, None
            if self.rng.random() < 0.5:
                return ref_customer, None
            return None, ref_contact
        return None, None

    def _contacts(self, cid: int, rank: int, created: date) -> list[int]:
        rng, names = self.rng, self.names
        contact_ids: list[int] = []
        for _c in range(rng.choice([1, 2, 2, 3])):
            first = rng.choice(names["first_names"])
            last = rng.choice(names["last_names"])
            roles = rng.sample([r.value for r in BuyingRole], k=rng.choice([1, 1, 2]))
            is_advocate = rank > 0 and rng.random() < 0.15 * rank
            consent = rng.random() < 0.6
            self.rows.contacts.append(
                {
                    "id": self.next_contact,
                    "uuid": seeded_uuid(rng),
                    "customer_id": cid,
                    "name": f"{first} {last}",
                    "title": rng.choice(names["titles"]),
                    "email": _plain(f"{first}.{last}@example.fi"),
                    "phone": f"040 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                    "roles": ",".join(r.value for r in BuyingRole if r.value in roles),
                    "advocate": is_advocate,
                    "marketing_consent": consent,
                    "consent_date": created if consent else None,
                    "notes": None,
                    **self.stamp,
                }
            )
            if is_advocate:
                self.rows.advocates.append((cid, self.next_contact))
            contact_ids.append(self.next_contact)
            self.next_contact += 1
        return contact_ids

    def _interactions(
        self, cid: int, team: int, rank: int, created: date, contact_ids: list[int]
    ) -> None:
        """The customer's timeline since it was created; the last one has a next step."""
        rng, names, start = self.rng, self.names, self.ctx.start
        count = max(1, int(rng.gauss(7.5 + 5 * rank, 3)))
        first_day = (created - start).days
        days = sorted(rng.randint(first_day, self.span) for _ in range(count))
        owner = self.rows.customers[-1]["owner_id"]
        for i, day in enumerate(days):
            kind = rng.choices(KINDS, weights=KIND_WEIGHTS)[0]
            occurred = start + timedelta(days=day)
            last = i == len(days) - 1
            next_step = rng.choice(names["next_steps"]) if last else None
            due = occurred + timedelta(days=rng.randint(3, 45)) if last else None
            self.rows.interactions.append(
                {
                    "id": self.next_interaction,
                    "uuid": seeded_uuid(rng),
                    "customer_id": cid,
                    "kind": kind,
                    "occurred_on": occurred,
                    "summary": rng.choice(names["summaries"][kind]),
                    "outcome": rng.choice(names["outcomes"]) if rng.random() < 0.7 else None,
                    "next_step": next_step,
                    "next_step_due": due,
                    **self.stamp,
                }
            )
            self._who_took_part(team, owner, kind, contact_ids)
            self.next_interaction += 1

    def _who_took_part(self, team: int, owner: int, kind: str, contact_ids: list[int]) -> None:
        iid, rng = self.next_interaction, self.rng
        self.rows.present.append({"interaction_id": iid, "member_id": owner})
        if rng.random() < 0.3:
            other = rng.choice(self.ctx.members[team])
            if other != owner:
                self.rows.present.append({"interaction_id": iid, "member_id": other})
        if kind in ("visit", "meeting", "workshop") or rng.random() < 0.3:
            self.rows.met.append({"interaction_id": iid, "contact_id": rng.choice(contact_ids)})


def _plain(text: str) -> str:
    """Lower case without ä and ö, for e-mail addresses and web sites."""
    return text.lower().replace("ä", "a").replace("ö", "o")


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
        table = metadata.tables["customer"]
        conn.execute(
            table.update()
            .where(table.c.id == bindparam("cid"))
            .values(referred_by_contact_id=bindparam("contact")),
            [{"cid": c, "contact": k} for c, k in links],
        )
    _bulk(conn, Interaction.__table__, interactions)
    _bulk(conn, interaction_member, members)
    _bulk(conn, interaction_contact, contacts_met)
    for batch in batches:
        batch.clear()
