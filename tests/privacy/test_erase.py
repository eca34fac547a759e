"""A person erased on one laptop (issue 23, item 4): nothing of them left in the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from app.customers import contacts, interactions
from app.errors import InvalidRecord
from app.privacy.erase import describe, erase_contact, erased_records, erasures
from app.privacy.scrub import MARK, PLACEHOLDER
from app.store import Store
from app.sync.api import deleted_records, history, set_folder
from app.sync.capture import raw
from tests.privacy.erase_helpers import EMAIL, PHONE, database_leaks, person_with_data
from tests.sync_helpers import PASSPHRASE


def _reopen(store: Store) -> Store:
    path = store.path
    assert path is not None
    store.close()
    return Store.open(path, path.parent / "backups")


@pytest.mark.parametrize("synced", [False, True])
def test_erased_person_is_nowhere_in_the_file(tmp_path: Path, synced: bool) -> None:
    store = Store.open(tmp_path / "a.sqlite", tmp_path / "backups")
    if synced:
        folder = tmp_path / "folder"
        folder.mkdir()
        # on with nothing yet: every value of the person is an operation in the log
        from app import teams

        team_id = teams.create_team(store, "Tiimi Oy", "Tiimiakatemia")
        set_folder(store, folder, device_name="a", passphrase=PASSPHRASE)
        person = person_with_data(store, team_id)
        contacts.delete_contact(store, person.other_id)  # a deleted colleague stays deleted
    else:
        person = person_with_data(store)
    described = describe(store, person.contact_id)
    assert described is not None and described.interactions == 2 and not described.erased
    erase_contact(store, person.contact_id, "Request of 2026-03-01, ref 17")
    store = _reopen(store)
    try:
        row = store.rows(
            text(
                f"SELECT name, title, email, phone, notes FROM contact WHERE uuid = '{person.uuid}'"
            )
        )
        assert tuple(row[0]) == (PLACEHOLDER, None, None, None, None)
        assert erased_records(store, "contact", [person.uuid]) == {person.uuid}
        [kept] = erasures(store)
        assert kept["reason"] == "Request of 2026-03-01, ref 17" and kept["record"] == person.uuid
        assert describe(store, person.contact_id).erased  # type: ignore[union-attr]
        # the placeholder keeps its interactions; the notes lost the address and number
        timeline = interactions.timeline(store, person.customer_id)
        assert len(timeline) == 2
        summaries = " ".join(str(entry.get("summary")) for entry in timeline)
        assert EMAIL not in summaries and PHONE not in summaries and MARK in summaries
        # search finds nothing of them
        for word in ("zacharias", "quist", "example"):
            hits = store.rows(
                text(f"SELECT rowid FROM customer_fts WHERE customer_fts MATCH '{word}'")
            )
            assert hits == [], word
        with pytest.raises(InvalidRecord):
            erase_contact(store, person.contact_id, "again")
        if synced:
            with store.read() as session:
                entries = history(session, "contact", person.uuid)
                assert entries
                for entry in entries:
                    assert "Quist" not in repr(entry) and "example.com" not in repr(entry)
                listed = deleted_records(session, ("contact",))
                assert all("Quist" not in repr(d) for d in listed)
                db = raw(session)
                assert db.execute("SELECT count(*) FROM sync_conflict").fetchone()[0] == 0
    finally:
        store.close()
    assert database_leaks(tmp_path / "a.sqlite") == {}


def test_a_reason_is_required(store: Store, team_id: int) -> None:
    person = person_with_data(store, team_id)
    with pytest.raises(InvalidRecord):
        erase_contact(store, person.contact_id, "  ")
    with pytest.raises(LookupError):
        erase_contact(store, person.contact_id + 1000, "x")  # type: ignore[operator]


def test_backups_in_the_backup_folder_are_purged_too(tmp_path: Path) -> None:
    from models.backup import backup_to

    store = Store.open(tmp_path / "a.sqlite", tmp_path / "backups")
    person = person_with_data(store)
    (tmp_path / "backups").mkdir(exist_ok=True)
    copy = tmp_path / "backups" / "a-before-migration-20260101-120000.sqlite"
    assert store.path is not None
    backup_to(store.path, copy)
    assert database_leaks(copy) != {}
    erase_contact(store, person.contact_id, "ref 40", backups=tmp_path / "backups")
    store.close()
    assert database_leaks(copy) == {}
    assert database_leaks(tmp_path / "a.sqlite") == {}


def test_data_and_its_erasure_in_one_batch_are_scrubbed_before_logging(store: Store) -> None:
    """A file holding both an older insert of the person and the erasure: the insert
    reaches the log without their values (privacy's received_ops hook)."""
    import json

    from app.privacy.received import scrub_received
    from app.privacy.scrub import marks_of
    from app.sync.state import Op

    person, erasure = "11111111-2222-3333-4444-555555555555", "e-1"
    values = {"name": "Zacharias Quist", "email": EMAIL, "phone": PHONE, "roles": ""}
    note = {"summary": f"Mail {EMAIL}", "occurred_on": "2026-01-01"}
    marks = json.dumps(marks_of(erasure, [EMAIL], [PHONE]))
    ops = [
        Op("1.1.1@a", "contact", person, "I", None, json.dumps(values), (), None),
        Op("1.1.2@a", "contact", person, "U", "title", json.dumps("CEO"), (), None),
        Op("1.1.3@a", "interaction", "i-1", "I", None, json.dumps(note), (), None),
        Op("1.1.4@a", "customer", "c-1", "U", "city", json.dumps("Turku"), (), None),
    ]
    erase = Op("2.1.1@b", "privacy_erasure", erasure, "I", None,
               json.dumps({"tbl": "contact", "rec": person, "marks": marks}), (), None)  # fmt: skip
    with store.read() as session:
        for batch, early in (([*ops, erase], []), (ops, [erase])):
            out = scrub_received(raw(session), batch, early)
            inserted = json.loads(out[0].value)
            assert inserted["name"] == PLACEHOLDER and inserted["email"] is None
            assert json.loads(out[1].value) is None
            assert json.loads(out[2].value)["summary"] == f"Mail {MARK}"
            assert out[3] is ops[3]  # untouched, byte for byte
        assert scrub_received(raw(session), ops, []) == ops  # no erasure known: as it came


def test_an_erased_persons_data_is_not_written_again(store: Store, team_id: int) -> None:
    person = person_with_data(store, team_id)
    erase_contact(store, person.contact_id, "ref 50")
    with pytest.raises(InvalidRecord):
        contacts.update_contact(store, person.contact_id, {"title": "CEO"})
    contacts.update_contact(store, person.contact_id, {"advocate": True})  # not personal
