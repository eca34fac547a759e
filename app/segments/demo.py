"""Demo step: two segmentations for every team, most customers placed in each."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Insert, insert, select

from app.demo import DemoContext, seeded_uuid
from models.all import metadata
from models.base import utcnow
from models.customer import Customer
from models.segment import customer_segment

SEGMENTATION = metadata.tables["segmentation"]
SEGMENT = metadata.tables["segment"]

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


def step(conn: Connection, ctx: DemoContext) -> None:
    """Both demo segmentations for every team; most customers placed in each."""
    team_of = dict(
        conn.execute(
            select(Customer.id, Customer.team_id).where(Customer.id.in_(ctx.customer_ids))
        ).all()
    )
    placements: list[dict[str, int]] = []
    now = utcnow()
    for team_id in ctx.team_ids:
        for name, segment_names in DEMO_SEGMENTATIONS.items():
            segmentation_id = _inserted_id(
                conn,
                insert(SEGMENTATION).values(
                    team_id=team_id,
                    name=name,
                    uuid=seeded_uuid(ctx.rng),
                    created_at=now,
                    updated_at=now,
                ),
            )
            segment_ids = [
                _inserted_id(
                    conn,
                    insert(SEGMENT).values(
                        segmentation_id=segmentation_id,
                        name=segment,
                        position=i,
                        uuid=seeded_uuid(ctx.rng),
                        created_at=now,
                        updated_at=now,
                    ),
                )
                for i, segment in enumerate(segment_names)
            ]
            for customer_id in ctx.customer_ids:
                if team_of.get(customer_id) == team_id and ctx.rng.random() < 0.8:
                    segment = ctx.rng.choice(segment_ids)
                    placements.append({"customer_id": customer_id, "segment_id": segment})
    for start in range(0, len(placements), 20_000):
        conn.execute(insert(customer_segment), placements[start : start + 20_000])


def _inserted_id(conn: Connection, statement: Insert) -> Any:
    """Insert one row and return its new primary key."""
    key = conn.execute(statement).inserted_primary_key
    assert key is not None  # an INSERT always has one
    return key[0]
