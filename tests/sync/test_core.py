"""Team sync between two or three laptops: capture, merge per field, conflicts and their
settling, deletes against edits, restores, unique values, parked operations."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from app import teams
from app.customers import contacts, interactions, records
from app.ladder import moves
from app.store import Store
from app.sync import clock
from app.sync.api import (
    conflicts,
    deleted_records,
    history,
    parked,
    resolve,
    restore_deleted,
    set_folder,
)
from tests.sync_helpers import (
    PASSPHRASE,
    Replica,
    canonical,
    conflict_set,
    deliver_all,
    healthy,
    open_replica,
)


def _scalar(store: Store, sql: str, *args: object) -> object:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(sql, args).scalar()


def _id(store: Store, table: str, uuid: str) -> int:
    return int(_scalar(store, f"SELECT id FROM {table} WHERE uuid = ?", uuid))  # type: ignore[arg-type]


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Replica, Replica, str, str]:
    """Two laptops of one team that have synced once; (a, b, team uuid, customer uuid)."""
    a = open_replica(tmp_path, "a")
    team_id = teams.create_team(a.store, "Tiimi Oy", "Tiimiakatemia")
    teams.add_member(a.store, team_id, "Aino")
    cid = records.create_customer(a.store, team_id, {"name": "Asiakas Oy", "city": "Jyväskylä"})
    team = set_folder(a.store, a.folder, device_name="a", passphrase=PASSPHRASE).team
    assert team is not None
    b = open_replica(tmp_path, "b", team=team)
    exchange(a, b, team=team)
    uuid = str(_scalar(a.store, "SELECT uuid FROM customer WHERE id = ?", cid))
    yield a, b, team, uuid
    a.store.close()
    b.store.close()


def exchange(*replicas: Replica, team: str) -> None:
    for replica in replicas:
        replica.sync()
    deliver_all(list(replicas), team)
    for replica in replicas:
        replica.sync()


def test_new_member_receives_everything(pair) -> None:  # type: ignore[no-untyped-def]
    a, b, _team, uuid = pair
    assert canonical(a.store) == canonical(b.store)
    assert _scalar(b.store, "SELECT name FROM customer WHERE uuid = ?", uuid) == "Asiakas Oy"
    healthy(b.store)


def test_edits_of_different_fields_both_stay(pair) -> None:  # type: ignore[no-untyped-def]
    a, b, team, uuid = pair
    records.update_customer(a.store, _id(a.store, "customer", uuid), {"city": "Tampere"})
    records.update_customer(b.store, _id(b.store, "customer", uuid), {"notes": "Soita"})
    exchange(a, b, team=team)
    for replica in (a, b):
        row = replica.store.rows(text(f"SELECT city, notes FROM customer WHERE uuid = '{uuid}'"))
        assert tuple(row[0]) == ("Tampere", "Soita")
        assert conflict_set(replica.store) == []
    healthy(a.store)


def test_same_field_is_a_conflict_settled_everywhere(pair) -> None:  # type: ignore[no-untyped-def]
    a, b, team, uuid = pair
    records.update_customer(a.store, _id(a.store, "customer", uuid), {"city": "Tampere"})
    records.update_customer(b.store, _id(b.store, "customer", uuid), {"city": "Turku"})
    exchange(a, b, team=team)
    assert canonical(a.store) == canonical(b.store)
    with a.store.read() as session:
        (found,) = conflicts(session)
    assert (found.field, found.label) == ("city", "Asiakas Oy")
    assert {side.value for side in found.sides} == {"Tampere", "Turku"}
    assert sum(side.winning for side in found.sides) == 1
    assert conflict_set(b.store) == conflict_set(a.store)
    resolve(a.store, found, "Oulu")
    exchange(a, b, team=team)
    for replica in (a, b):
        assert conflict_set(replica.store) == []
        assert _scalar(replica.store, "SELECT city FROM customer WHERE uuid = ?", uuid) == "Oulu"


def test_choosing_the_shown_value_settles_too(pair) -> None:  # type: ignore[no-untyped-def]
    a, b, team, uuid = pair
    records.update_customer(a.store, _id(a.store, "customer", uuid), {"city": "Tampere"})
    records.update_customer(b.store, _id(b.store, "customer", uuid), {"city": "Turku"})
    exchange(a, b, team=team)
    with b.store.read() as session:
        (found,) = conflicts(session)
    shown = next(side.value for side in found.sides if side.winning)
    resolve(b.store, found, shown)
    exchange(a, b, team=team)
    assert conflict_set(a.store) == conflict_set(b.store) == []


def test_delete_against_edit_is_a_conflict(pair) -> None:  # type: ignore[no-untyped-def]
    a, b, team, uuid = pair
    records.delete_customer(a.store, _id(a.store, "customer", uuid))
    records.update_customer(b.store, _id(b.store, "customer", uuid), {"city": "Kuopio"})
    exchange(a, b, team=team)
    assert canonical(a.store) == canonical(b.store)
    with b.store.read() as session:
        found = [c for c in conflicts(session) if c.rec == uuid]
    assert found and found[0].delete_vs_edit
    resolve(b.store, found[0], "Kuopio", keep=True)  # restore with the edit
    exchange(a, b, team=team)
    for replica in (a, b):
        assert _scalar(replica.store, "SELECT city FROM customer WHERE uuid = ?", uuid) == "Kuopio"
        assert conflict_set(replica.store) == []
    healthy(a.store)


def test_recycle_bin_lists_and_restores_with_children(pair) -> None:  # type: ignore[no-untyped-def]
    a, b, team, uuid = pair
    cid = _id(a.store, "customer", uuid)
    contacts.create_contact(a.store, cid, {"name": "Maija Meikäläinen"})
    interactions.log_interaction(
        a.store, cid, {"occurred_on": date(2026, 1, 5), "summary": "Käynti"}
    )
    exchange(a, b, team=team)
    records.delete_customer(b.store, _id(b.store, "customer", uuid))
    exchange(a, b, team=team)
    assert _scalar(a.store, "SELECT count(*) FROM contact") == 0
    with a.store.read() as session:
        binned = deleted_records(session)
    assert [(d.tbl, d.label) for d in binned] == [("customer", "Asiakas Oy")]
    restore_deleted(a.store, "customer", uuid)
    exchange(a, b, team=team)
    for replica in (a, b):
        assert _scalar(replica.store, "SELECT count(*) FROM contact") == 1
        assert _scalar(replica.store, "SELECT count(*) FROM interaction") == 1
    assert canonical(a.store) == canonical(b.store)
    healthy(b.store)


def test_undo_of_a_delete_travels_as_a_restore(pair) -> None:  # type: ignore[no-untyped-def]
    a, b, team, uuid = pair
    snapshot = records.delete_customer(a.store, _id(a.store, "customer", uuid))
    exchange(a, b, team=team)
    assert _scalar(b.store, "SELECT count(*) FROM customer") == 0
    records.restore_customer(a.store, snapshot)
    exchange(a, b, team=team)
    assert _scalar(b.store, "SELECT name FROM customer WHERE uuid = ?", uuid) == "Asiakas Oy"
    assert canonical(a.store) == canonical(b.store)


def test_history_names_every_change(pair) -> None:  # type: ignore[no-untyped-def]
    a, b, team, uuid = pair
    records.update_customer(b.store, _id(b.store, "customer", uuid), {"city": "Turku"})
    exchange(a, b, team=team)
    with a.store.read() as session:
        entries = history(session, "customer", uuid)
    city = [e for e in entries if e.field == "city"]
    assert [(e.old, e.new) for e in city] == [(None, "Jyväskylä"), ("Jyväskylä", "Turku")]
    assert entries[0].field == "_created"


def test_same_business_id_on_two_laptops_loses_nothing(pair) -> None:  # type: ignore[no-untyped-def]
    a, b, team, _uuid = pair
    team_id = int(_scalar(a.store, "SELECT id FROM team_company"))  # type: ignore[arg-type]
    records.create_customer(a.store, team_id, {"name": "Eka Oy", "business_id": "1234567-1"})
    team_b = int(_scalar(b.store, "SELECT id FROM team_company"))  # type: ignore[arg-type]
    records.create_customer(b.store, team_b, {"name": "Toka Oy", "business_id": "1234567-1"})
    exchange(a, b, team=team)
    assert canonical(a.store) == canonical(b.store)
    assert _scalar(a.store, "SELECT count(*) FROM customer") == 3
    assert _scalar(a.store, "SELECT count(*) FROM customer WHERE business_id = '1234567-1'") == 1
    healthy(a.store)


def test_concurrent_ladder_moves_give_one_level(pair) -> None:  # type: ignore[no-untyped-def]
    a, b, team, uuid = pair
    moves.move_customer(a.store, _id(a.store, "customer", uuid), "A2", date.today(), "Tilaus")
    moves.move_customer(b.store, _id(b.store, "customer", uuid), "A1", date.today(), "Iso projekti")
    exchange(a, b, team=team)
    assert canonical(a.store) == canonical(b.store)
    assert _scalar(a.store, "SELECT count(*) FROM ladder_move") == 2
    assert conflict_set(a.store) == []


def test_operation_from_the_future_is_held_back(pair) -> None:  # type: ignore[no-untyped-def]
    a, b, team, uuid = pair
    clock.skew_ms = 3 * 24 * 3600 * 1000
    try:
        records.update_customer(a.store, _id(a.store, "customer", uuid), {"city": "Vaasa"})
    finally:
        clock.skew_ms = 0

    exchange(a, b, team=team)
    assert _scalar(b.store, "SELECT city FROM customer WHERE uuid = ?", uuid) == "Jyväskylä"

    with b.store.read() as session:
        held = parked(session)
    assert [(p.reason, p.tbl) for p in held] == [("future", "customer")]
    clock_b = str(_scalar(b.store, "SELECT value FROM sync_setting WHERE key = 'clock'"))
    assert int(clock_b.split(".")[0]) < clock.wall_ms() + 3600 * 1000
