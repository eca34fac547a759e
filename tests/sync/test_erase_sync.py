"""A person erased on one laptop is erased on every laptop and in the shared folder
(issue 23, item 4): three replicas, and the orders an offline laptop may meet."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from app import teams
from app.customers import contacts, interactions
from app.privacy.erase import erase_contact
from app.privacy.scrub import PLACEHOLDER
from app.sync.api import set_folder
from models.ids import ContactId
from tests.privacy.erase_helpers import (
    EMAIL,
    NAME,
    database_leaks,
    leaks_in_folder,
    person_with_data,
)
from tests.sync_helpers import PASSPHRASE, Replica, canonical, deliver_all, healthy, open_replica

NEW_PHONE = "+358 50 111 2233"
VALUES = (NAME, EMAIL, "+358 40 765 4321", "zq.old@example.com", NEW_PHONE, "Quist")


def _round(replicas: list[Replica], team: str) -> None:
    for replica in replicas:
        replica.sync()
    deliver_all(replicas, team)
    for replica in replicas:
        replica.sync()


def _three(tmp_path: Path) -> tuple[list[Replica], str, str, int]:
    a = open_replica(tmp_path, "a")
    team_id = teams.create_team(a.store, "Tiimi Oy", "Tiimiakatemia")
    teams.add_member(a.store, team_id, "Aino Laine", "aino@example.fi", "team_leader")
    team = set_folder(a.store, a.folder, device_name="a", passphrase=PASSPHRASE).team
    assert team is not None
    person = person_with_data(a.store, team_id)
    b = open_replica(tmp_path, "b", team=team)
    c = open_replica(tmp_path, "c", team=team)
    replicas = [a, b, c]
    _round(replicas, team)
    return replicas, team, person.uuid, person.contact_id


def _contact_id(replica: Replica, uuid: str) -> ContactId:
    rows = replica.store.rows(text(f"SELECT id FROM contact WHERE uuid = '{uuid}'"))
    return ContactId(int(rows[0][0]))


def _check_gone(replicas: list[Replica], uuid: str, tmp_path: Path) -> None:
    first = canonical(replicas[0].store)
    for replica in replicas:
        assert canonical(replica.store) == first, replica.name
        healthy(replica.store)
        row = replica.store.rows(text(f"SELECT name, email FROM contact WHERE uuid = '{uuid}'"))
        assert tuple(row[0]) == (PLACEHOLDER, None)
        count = replica.store.rows(
            text(
                "SELECT count(*) FROM interaction_contact ic JOIN contact c "
                f"ON c.id = ic.contact_id WHERE c.uuid = '{uuid}'"
            )
        )
        assert count[0][0] == 2  # the placeholder keeps its interactions
    for replica in replicas:
        assert leaks_in_folder(replica.folder, VALUES) == {}, replica.name
        path = replica.store.path
        assert path is not None
        replica.store.close()
        assert database_leaks(path, VALUES) == {}, replica.name


def test_erasure_reaches_every_laptop_and_the_folder(tmp_path: Path) -> None:
    replicas, team, uuid, contact_id = _three(tmp_path)
    a = replicas[0]
    from app.sync.api import write_snapshot

    write_snapshot(replicas[1].store)  # b's snapshot holds the person: written again
    erase_contact(a.store, contact_id, "Asked by e-mail, ref 23")
    _round(replicas, team)
    _round(replicas, team)  # b and c rewrite their own files at their sync after the erasure
    _check_gone(replicas, uuid, tmp_path)


def test_offline_edit_before_the_erasure_arrives(tmp_path: Path) -> None:
    """C edits the person while offline; A erases; everyone syncs: nobody shows them."""
    replicas, team, uuid, contact_id = _three(tmp_path)
    a, _b, c = replicas
    contacts.update_contact(c.store, _contact_id(c, uuid), {"phone": NEW_PHONE, "title": "CTO"})
    c.sync()  # c's edit is in c's own folder only
    erase_contact(a.store, contact_id, "ref 24")
    a.sync()
    deliver_all(replicas, team)  # b gets c's edit and a's erasure in the same sync
    _round(replicas, team)
    _round(replicas, team)
    _check_gone(replicas, uuid, tmp_path)


def test_erasure_first_then_older_data(tmp_path: Path) -> None:
    """B receives the erasure before an older edit of the person (and a note with their
    address) from C: the edit never shows them."""
    replicas, team, uuid, contact_id = _three(tmp_path)
    a, b, c = replicas
    contacts.update_contact(c.store, _contact_id(c, uuid), {"notes": "Likes golf"})
    interactions.log_interaction(
        c.store,
        int(c.store.rows(text("SELECT id FROM customer"))[0][0]),
        {"occurred_on": "2026-03-01", "kind": "call", "summary": f"Wrote to {EMAIL}"},
    )
    c.sync()
    erase_contact(a.store, contact_id, "ref 25")
    a.sync()
    deliver_all([a, b], team)  # b: only a's files so far
    b.sync()
    deliver_all(replicas, team)
    b.sync()
    notes = b.store.rows(text(f"SELECT notes FROM contact WHERE uuid = '{uuid}'"))
    assert notes[0][0] is None
    summaries = [r[0] for r in b.store.rows(text("SELECT summary FROM interaction"))]
    assert all(EMAIL not in s for s in summaries)
    _round(replicas, team)
    _round(replicas, team)
    _check_gone(replicas, uuid, tmp_path)
