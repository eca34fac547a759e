"""Demo step: two segmentations per team with two years of moves between segments, revisit
dates (one due), a change of value weights, scores that changed over time (so the balloon
chart has arrows) and five metrics with monthly targets."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Insert, insert, select

from app.demo import DemoContext, seeded_uuid
from models.all import metadata
from models.base import utcnow
from models.customer import SCORE_COLUMNS, Customer
from models.ladder import local_date
from models.segment import customer_segment

SEGMENTATION = metadata.tables["segmentation"]
SEGMENT = metadata.tables["segment"]
MEMBERSHIP = metadata.tables["segment_membership"]
REVISIT = metadata.tables["segmentation_revisit"]
WEIGHTS = metadata.tables["value_weights"]
SCORES = metadata.tables["customer_score_history"]
METRIC = metadata.tables["team_metric"]
BATCH = 20_000

# Two segmentations at once, by need and by buying behaviour, as the source advises.
DEMO_SEGMENTATIONS = {
    "Tarve": [
        "Rekrytointi ja työnantajakuva",
        "Markkinointi ja viestintä",
        "Tapahtumat",
        "Kehittäminen ja koulutus",
    ],
    "Ostokäyttäytyminen": ["Jatkuva kumppani", "Projektiostaja", "Kertaostaja"],
}
# The five metrics of the demo teams; targets are set a little above what they achieve.
DEMO_METRICS = ("visits", "sales", "upward_moves", "dots_gained", "customers_at_a1")


class _Rows:
    """Rows of one table written in batches, each with its UUID and timestamps."""

    def __init__(self, conn: Connection, table: Any, rng: random.Random) -> None:
        self.conn, self.table, self.rng = conn, table, rng
        self.rows: list[dict[str, Any]] = []
        self.now = utcnow()

    def add(self, **values: Any) -> None:
        self.rows.append(
            {
                **values,
                "uuid": seeded_uuid(self.rng),
                "created_at": self.now,
                "updated_at": self.now,
            }
        )
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.conn.execute(insert(self.table), self.rows)
            self.rows = []


def step(conn: Connection, ctx: DemoContext) -> None:
    """Segmentations with history, revisits, weights, score history and metrics."""
    born = {
        cid: (team, local_date(created), values)
        for cid, team, created, *values in conn.execute(
            select(
                Customer.id,
                Customer.team_id,
                Customer.created_at,
                Customer.annual_revenue,
                *(getattr(Customer, col) for col in SCORE_COLUMNS),
            ).where(Customer.id.in_(ctx.customer_ids))
        )
    }
    memberships = _Rows(conn, MEMBERSHIP, ctx.rng)
    placements: list[dict[str, int]] = []
    for team_id in ctx.team_ids:
        for number, (name, segment_names) in enumerate(DEMO_SEGMENTATIONS.items()):
            segmentation_id = _segmentation(conn, ctx, team_id, name, number)
            segment_ids = [
                _inserted_id(
                    conn,
                    insert(SEGMENT).values(
                        segmentation_id=segmentation_id,
                        name=segment,
                        position=i,
                        uuid=seeded_uuid(ctx.rng),
                        created_at=utcnow(),
                        updated_at=utcnow(),
                    ),
                )
                for i, segment in enumerate(segment_names)
            ]
            for cid in ctx.customer_ids:
                team, created, _values = born[cid]
                if team == team_id and ctx.rng.random() < 0.8:
                    segment = _history(
                        ctx, memberships, (cid, segmentation_id, team_id), segment_ids, created
                    )
                    placements.append({"customer_id": cid, "segment_id": segment})
    memberships.flush()
    for start in range(0, len(placements), BATCH):
        conn.execute(insert(customer_segment), placements[start : start + BATCH])
    _weights(conn, ctx)
    _score_history(conn, ctx, born)
    _metrics(conn, ctx)


def _segmentation(conn: Connection, ctx: DemoContext, team_id: int, name: str, number: int) -> Any:
    """One segmentation; the first is due for a revisit, the second was revisited lately."""
    due = ctx.today - timedelta(days=12) if number == 0 else ctx.today + timedelta(days=75)
    segmentation_id = _inserted_id(
        conn,
        insert(SEGMENTATION).values(
            team_id=team_id,
            name=name,
            revisit_by=due,
            uuid=seeded_uuid(ctx.rng),
            created_at=utcnow(),
            updated_at=utcnow(),
        ),
    )
    looked = ctx.today - timedelta(days=190 if number == 0 else 105)
    conn.execute(
        insert(REVISIT).values(
            segmentation_id=segmentation_id,
            revisited_on=looked,
            member_id=ctx.rng.choice(ctx.members[team_id]),
            note="Segmentit käytiin läpi tiimipalaverissa; uusia asiakkaita sijoitettiin.",
            next_revisit_by=due,
            uuid=seeded_uuid(ctx.rng),
            created_at=utcnow(),
            updated_at=utcnow(),
        )
    )
    return segmentation_id


def _history(
    ctx: DemoContext,
    rows: _Rows,
    where: tuple[int, int, int],
    segment_ids: list[int],
    created: date,
) -> int:
    """The customer's stays in one segmentation; returns the segment it sits in now."""
    cid, segmentation_id, team_id = where
    rng = ctx.rng
    now = rng.choice(segment_ids)
    span = (ctx.today - created).days
    if span > 60 and rng.random() < 0.3:  # it sat elsewhere first and was moved
        earlier = rng.choice([s for s in segment_ids if s != now])
        moved = created + timedelta(days=rng.randint(30, span - 1))
        rows.add(
            customer_id=cid,
            segmentation_id=segmentation_id,
            segment_id=earlier,
            since=created,
            until=moved,
            author_member_id=rng.choice(ctx.members[team_id]),
        )
        rows.add(
            customer_id=cid,
            segmentation_id=segmentation_id,
            segment_id=now,
            since=moved,
            until=None,
            author_member_id=rng.choice(ctx.members[team_id]),
        )
    else:
        rows.add(
            customer_id=cid,
            segmentation_id=segmentation_id,
            segment_id=now,
            since=created,
            until=None,
            author_member_id=None,
        )
    return now


def _weights(conn: Connection, ctx: DemoContext) -> None:
    """The defaults from the start; four months ago the teams raised reference value."""
    for team_id in ctx.team_ids:
        for valid_from, weights in (
            (ctx.start, (25, 50, 25, 50, 25, 25)),
            (ctx.today - timedelta(days=120), (25, 45, 30, 40, 30, 30)),
        ):
            volume, profit, reference, wallet, cross, together = weights
            conn.execute(
                insert(WEIGHTS).values(
                    team_id=team_id,
                    valid_from=valid_from,
                    volume=volume,
                    profitability=profit,
                    reference=reference,
                    share_of_wallet=wallet,
                    cross_sell=cross,
                    growing_together=together,
                    author_member_id=ctx.rng.choice(ctx.members[team_id]),
                    uuid=seeded_uuid(ctx.rng),
                    created_at=utcnow(),
                    updated_at=utcnow(),
                )
            )


def _score_history(
    conn: Connection, ctx: DemoContext, born: dict[int, tuple[int, date, list[Any]]]
) -> None:
    """Each customer's scores from the day it was added; most grew since (the balloon game:
    small balloons grow and rise), some fell back. The last row equals the customer's row."""
    rows = _Rows(conn, SCORES, ctx.rng)
    rng = ctx.rng
    columns = ("annual_revenue", *SCORE_COLUMNS)
    for cid in ctx.customer_ids:
        _team, created, values = born[cid]
        current = dict(zip(columns, values, strict=True))
        span = (ctx.today - created).days
        if span > 90 and rng.random() < 0.6:
            earlier = {
                col: (
                    None if value is None else max(1, min(5, value - rng.choice((-1, 0, 1, 1, 2))))
                )
                for col, value in current.items()
                if col != "annual_revenue"
            }
            revenue = current["annual_revenue"]
            earlier["annual_revenue"] = (
                None if revenue is None else round(revenue * rng.uniform(0.4, 1.1), -1)
            )
            changed = ctx.today - timedelta(days=rng.randint(1, min(300, span - 30)))
            rows.add(customer_id=cid, valid_from=created, **earlier)
            rows.add(customer_id=cid, valid_from=changed, **current)
        else:
            rows.add(customer_id=cid, valid_from=created, **current)
    rows.flush()


def _metrics(conn: Connection, ctx: DemoContext) -> None:
    """Five metrics per team, each target about 10 % above the team's monthly average."""
    from app.segments.filters import ChartFilter
    from app.segments.metrics import metric

    for team_id in ctx.team_ids:
        filt = ChartFilter.last_months(team_id, 12, ctx.today)
        members = max(1, len(ctx.members[team_id]))
        for position, key in enumerate(DEMO_METRICS):
            found = metric(key)
            assert found is not None
            series = found.compute(conn, filt)
            values = list(series.team.values()) or [0.0]
            target = max(1.0, round(sum(values) / len(values) * 1.1))
            conn.execute(
                insert(METRIC).values(
                    team_id=team_id,
                    metric=key,
                    position=position,
                    target=target,
                    member_target=max(1.0, round(target / members * 1.5)),
                    uuid=seeded_uuid(ctx.rng),
                    created_at=utcnow(),
                    updated_at=utcnow(),
                )
            )


def _inserted_id(conn: Connection, statement: Insert) -> Any:
    """Insert one row and return its new primary key."""
    key = conn.execute(statement).inserted_primary_key
    assert key is not None  # an INSERT always has one
    return key[0]
