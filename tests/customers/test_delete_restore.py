"""Undo of *Delete customer* brings back everything, in every area, exactly as it was.

The property test builds random data through the app's own operations (customers,
contacts, interactions with members and contacts, referrals, ladder moves, segment
placements, strategies), deletes random customers one after another, undoes the deletes
in the order the undo stack does, and compares a full dump of every table (and the search
index) after each undo with the dump from before the matching delete.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, text

from app import teams
from app.customers import contacts, interactions, listing
from app.customers import records as customers
from app.customers.listing import CustomerQuery
from app.governance.strategies import set_strategies
from app.ladder.moves import move_customer
from app.paths import Paths
from app.segments import records as segments
from app.store import Conflict, Store
from models.all import metadata
from models.governance import Strategy
from tests.property_settings import LONG_FACTOR, bounded

Dump = dict[str, list[tuple[Any, ...]]]


def dump(store: Store) -> Dump:
    """Every row of every table, in a canonical order, and the search index's content."""
    out: Dump = {}
    with store.read() as session:
        for table in metadata.sorted_tables:
            rows = session.execute(select(table)).all()
            out[table.name] = sorted((tuple(row) for row in rows), key=repr)
        fts = session.execute(
            text("SELECT rowid, name, business_id, city, contacts, notes FROM customer_fts")
        ).all()
        out["customer_fts"] = sorted((tuple(row) for row in fts), key=repr)
    return out


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated empty database; each example works on a copy (migrating is slower)."""
    folder = tmp_path_factory.mktemp("template")
    path = folder / "empty.sqlite"
    Store.open(path, folder / "backups").close()
    return path


@contextmanager
def fresh_store(template: Path, paths: Paths) -> Iterator[Store]:
    path = paths.data / f"{uuid.uuid4().hex}.sqlite"
    shutil.copy(template, path)
    store = Store.open(path, paths.backups)
    try:
        yield store
    finally:
        store.close()


@dataclass
class World:
    customers: list[int]
    members: list[int]


@st.composite
def plans(draw: st.DrawFn) -> dict[str, Any]:
    n = draw(st.integers(1, 5))
    index = st.integers(0, n - 1)
    any_contact = st.integers(0, 20)  # taken modulo the number of contacts made
    return {
        "customers": [
            {
                "contacts": draw(st.integers(0, 3)),
                "owner": draw(st.sampled_from([None, 0, 1])),
                "moves": draw(st.lists(st.sampled_from(["A3", "A2", "A1"]), max_size=3)),
                "strategies": draw(
                    st.lists(st.sampled_from(list(Strategy)), max_size=2, unique=True)
                ),
                "segments": draw(
                    st.lists(st.sampled_from([None, 0, 1, 2]), min_size=2, max_size=2)
                ),
            }
            for _ in range(n)
        ],
        "referrals": draw(st.lists(st.tuples(index, index), max_size=4)),
        "contact_referrals": draw(st.lists(st.tuples(index, any_contact), max_size=3)),
        "interactions": draw(
            st.lists(
                st.tuples(
                    index,
                    st.lists(st.integers(0, 1), unique=True, max_size=2),
                    st.lists(any_contact, unique=True, max_size=3),
                ),
                max_size=6,
            )
        ),
        "deletes": draw(st.lists(index, unique=True, min_size=1, max_size=n)),
    }


def build(store: Store, plan: dict[str, Any]) -> World:
    """Make the planned data with the app's operations, as a user's clicks would."""
    team = teams.create_team(store, "Osuuskunta Testi")
    members = [teams.add_member(store, team, name) for name in ("Aino", "Eetu")]
    grouping = [
        segments.create_segmentation(store, team, f"Jako {n}", ["Pieni", "Keski", "Suuri"])
        for n in range(2)
    ]
    segment_ids = [
        [s["id"] for s in entry["segments"]] for entry in segments.list_segmentations(store, team)
    ]
    ids: list[int] = []
    all_contacts: list[int] = []
    for n, spec in enumerate(plan["customers"]):
        owner = None if spec["owner"] is None else members[spec["owner"]]
        cid = customers.create_customer(
            store, team, {"name": f"Asiakas {n}", "owner_id": owner, "notes": f"muistio {n}"}
        )
        ids.append(cid)
        for k in range(spec["contacts"]):
            all_contacts.append(contacts.create_contact(store, cid, {"name": f"Henkilö {n}.{k}"}))
        level = "A3"
        for to in spec["moves"]:
            if to != level:
                move_customer(store, cid, to, date.today(), "Syy", members[0])
                level = to
        set_strategies(store, cid, [(s.value, "manual") for s in spec["strategies"]], members[1])
        choice = {
            grouping[g]: (None if pick is None else segment_ids[g][pick])
            for g, pick in enumerate(spec["segments"])
        }
        segments.set_segments(store, cid, choice)
    for referred, referrer in plan["referrals"]:
        if referred != referrer:
            customers.update_customer(
                store, ids[referred], {"referred_by_customer_id": ids[referrer]}
            )
    for referred, contact in plan["contact_referrals"]:
        if all_contacts:
            chosen = all_contacts[contact % len(all_contacts)]
            customers.update_customer(store, ids[referred], {"referred_by_contact_id": chosen})
    for customer, member_picks, contact_picks in plan["interactions"]:
        met = sorted({all_contacts[c % len(all_contacts)] for c in contact_picks if all_contacts})
        interactions.log_interaction(
            store,
            ids[customer],
            {"occurred_on": date(2026, 1, 5), "summary": "Käynti"},
            [members[m] for m in member_picks],
            met,
        )
    return World(ids, members)


# The slowest property of the suite (a team built and dumped per example): a dozen examples
# in make test, the full search of 1600 under RAKETTI_LONG_TESTS=1.
@bounded(12, long=40 * LONG_FACTOR)
@given(plan=plans())
def test_undo_of_deletes_brings_back_every_row(
    template: Path, paths: Paths, plan: dict[str, Any]
) -> None:
    with fresh_store(template, paths) as store:
        world = build(store, plan)
        dumps = [dump(store)]
        snapshots = []
        for n in plan["deletes"]:
            snapshots.append(customers.delete_customer(store, world.customers[n]))
            dumps.append(dump(store))
            assert dumps[-1] != dumps[-2]
        for snapshot in reversed(snapshots):
            dumps.pop()
            customers.restore_customer(store, snapshot)
            assert dump(store) == dumps[-1]


def test_ladder_history_segments_and_strategies_come_back(store: Store, team_id: int) -> None:
    member = teams.members_of(store, team_id)[0]["id"]
    cid = customers.create_customer(store, team_id, {"name": "Palaava Oy"})
    move_customer(store, cid, "A2", date.today(), "Ensimmäinen kauppa", member)
    grouping = segments.create_segmentation(store, team_id, "Koko", ["Pieni", "Suuri"])
    segment = segments.list_segmentations(store, team_id)[0]["segments"][1]["id"]
    segments.set_segments(store, cid, {grouping: segment})
    set_strategies(store, cid, [("grow", "manual")], member)
    snapshot = customers.delete_customer(store, cid)
    customers.restore_customer(store, snapshot)
    from app.governance.strategies import strategies_of
    from app.ladder.moves import history

    assert [(h.from_level, h.to_level, h.reason) for h in history(store, cid)] == [
        ("A3", "A2", "Ensimmäinen kauppa")
    ]
    assert segments.segments_of(store, cid) == {grouping: segment}
    assert strategies_of(store, cid) == (("grow", "manual"),)


def test_restore_skips_what_was_deleted_since(store: Store, team_id: int) -> None:
    """A segmentation deleted after the customer: the customer comes back without that
    placement, as if the segmentation had been deleted second."""
    cid = customers.create_customer(store, team_id, {"name": "Palaava Oy"})
    grouping = segments.create_segmentation(store, team_id, "Koko", ["Pieni", "Suuri"])
    segment = segments.list_segmentations(store, team_id)[0]["segments"][0]["id"]
    segments.set_segments(store, cid, {grouping: segment})
    snapshot = customers.delete_customer(store, cid)
    segments.delete_segmentation(store, grouping)
    customers.restore_customer(store, snapshot)
    assert customers.get_customer(store, cid).name == "Palaava Oy"
    assert segments.segments_of(store, cid) == {}


def test_restore_after_its_business_id_was_taken_is_a_conflict(store: Store, team_id: int) -> None:
    cid = customers.create_customer(store, team_id, {"name": "A Oy", "business_id": "0737546-2"})
    snapshot = customers.delete_customer(store, cid)
    other = customers.create_customer(store, team_id, {"name": "B Oy", "business_id": "0737546-2"})
    with pytest.raises(Conflict):
        customers.restore_customer(store, snapshot)
    assert customers.get_customer(store, other).name == "B Oy"  # nothing half-restored
    assert names_of(store, team_id) == ["B Oy"]


def names_of(store: Store, team_id: int) -> list[str]:
    query = CustomerQuery(team_id=team_id)
    return [row.name for row in listing.fetch_page(store, query, None, 100)]


def test_every_foreign_key_says_what_a_delete_does() -> None:
    """The delete snapshot follows CASCADE and SET NULL; a key without either would make a
    delete fail (or, if a later area turned enforcement off, leave rows behind)."""
    vague = [
        f"{table.name}.{','.join(c.name for c in fk.columns)}"
        for table in metadata.sorted_tables
        for fk in table.foreign_key_constraints
        if (fk.ondelete or "").upper() not in {"CASCADE", "SET NULL"}
    ]
    assert vague == []
