"""Builders for hand-made segment histories, shared by the segments tests."""

from __future__ import annotations

from datetime import date, timedelta

from app.segments import records as segments
from app.store import Store
from tests.ladder_helpers import add_customer

TODAY = date.today()


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def segmentation(
    store: Store, team_id: int, name: str, names: list[str]
) -> tuple[int, dict[str, int]]:
    """A segmentation and its segment ids by name."""
    sid = segments.create_segmentation(store, team_id, name, names)
    [entry] = [s for s in segments.list_segmentations(store, team_id) if s["id"] == sid]
    return sid, {s["name"]: s["id"] for s in entry["segments"]}


def scored(
    store: Store,
    team_id: int,
    name: str,
    value: int,
    potential: int,
    created: date | None = None,
    **extra: object,
) -> int:
    """A customer whose value parts all equal `value` and potential parts all `potential`,
    so its weighted scores are exactly those numbers whatever the weights."""
    return add_customer(
        store,
        team_id,
        name,
        created or days_ago(400),
        value_volume=value,
        value_profitability=value,
        value_reference=value,
        potential_share_of_wallet=potential,
        potential_cross_sell=potential,
        potential_growing_together=potential,
        **extra,
    )
