"""Sync that explains itself (issue 23, item 6): a clock more than five minutes off is
told (never from an old file), what waits is said once per kind and laptop, and an
emptied, replaced or different folder deletes nothing and gets this laptop's changes
written there again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

import main
from app import teams
from app.customers import contacts, records
from app.sync import clock, heldback, opfiles, resend
from app.sync.api import set_folder
from app.sync.clockwatch import AHEAD, BEHIND
from tests.sync_helpers import (
    PASSPHRASE,
    Replica,
    canonical,
    deliver,
    deliver_all,
    device_of,
    edit_sealed,
    files_of,
    open_replica,
)

MINUTE = 60 * 1000


@pytest.fixture
def two(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Laptops a and b of one team that have exchanged everything; (a, b, team, team id)."""
    a = open_replica(tmp_path, "a")
    team_id = teams.create_team(a.store, "Tiimi Oy")
    records.create_customer(a.store, team_id, {"name": "Eka Oy", "email": "eka@example.com"})
    team = set_folder(a.store, a.folder, device_name="Laptop A", passphrase=PASSPHRASE).team
    assert team is not None
    b = open_replica(tmp_path, "b", team=team)
    _exchange(a, b, team=team)
    yield a, b, team, team_id
    a.store.close()
    b.store.close()


def _exchange(*replicas: Replica, team: str) -> None:
    for replica in replicas:
        replica.sync()
    deliver_all(list(replicas), team)
    for replica in replicas:
        replica.sync()


def _said(report, template: str) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    return [m.args for m in report.messages if m.text == template]


def _count(replica: Replica, sql: str) -> int:
    return int(replica.store.rows(text(sql))[0][0])


# --- clocks ------------------------------------------------------------------------------


def test_a_clock_behind_is_told_and_the_one_ahead_learns_it_from_the_next_file(two) -> None:  # type: ignore[no-untyped-def]
    a, b, team, team_id = two
    b.skew_ms = 12 * MINUTE + 30_000  # b's clock is 12½ minutes fast
    records.create_customer(b.store, team_id, {"name": "Toka Oy"})
    b.sync()
    deliver_all([a, b], team)
    report = a.sync()  # reads b's file "from the future" right after it was written
    (told,) = _said(report, BEHIND)
    assert told["laptop"] == "b" and 11 <= int(str(told["minutes"])) <= 12
    assert f"at least {told['minutes']} minutes behind b's" in report.messages[0].english()
    # a passes it on in its next file; b reads that its clock is ahead of a's.
    records.create_customer(a.store, team_id, {"name": "Kolmas Oy"})
    a.sync()
    deliver_all([a, b], team)
    report = b.sync()
    (ahead,) = _said(report, AHEAD)
    assert ahead["laptop"] == "Laptop A" and int(str(ahead["minutes"])) >= 11
    # b's clock set right: a's next look at b's files says nothing more.
    b.skew_ms = 0
    records.create_customer(b.store, team_id, {"name": "Neljäs Oy"})
    b.sync()
    deliver_all([a, b], team)
    assert _said(a.sync(), BEHIND) == []


def test_an_old_file_or_a_slow_clock_within_limits_is_no_alarm(two) -> None:  # type: ignore[no-untyped-def]
    a, b, team, team_id = two
    b.skew_ms = -3 * 3600 * 1000  # b's file looks three hours old: proves nothing
    records.create_customer(b.store, team_id, {"name": "Vanha Oy"})
    b.sync()
    b.skew_ms = 4 * MINUTE  # within five minutes: no sentence
    records.create_customer(b.store, team_id, {"name": "Melkein Oy"})
    b.sync()
    deliver_all([a, b], team)
    report = a.sync()
    assert report.files_applied == 2
    assert _said(report, BEHIND) == [] and _said(report, AHEAD) == []


# --- what waits --------------------------------------------------------------------------


def test_each_kind_of_waiting_change_has_its_sentence(two) -> None:  # type: ignore[no-untyped-def]
    a, b, team, team_id = two
    # A contact whose customer's file does not reach a (only the later file is copied).
    new = records.create_customer(b.store, team_id, {"name": "Orpo Oy"})
    b.sync()
    contacts.create_contact(b.store, new, {"name": "Olli Orpo"})
    b.sync()
    # A change stamped three days ahead (b's clock is wrong; b's later changes would be too).
    customer = int(b.store.rows(text("SELECT id FROM customer WHERE name = 'Eka Oy'"))[0][0])
    clock.skew_ms = 3 * 24 * 3600 * 1000
    try:
        records.update_customer(b.store, customer, {"city": "Vaasa"})
    finally:
        clock.skew_ms = 0
    b.sync()
    *_, contact, future_file = files_of(b, team)
    for device, _n, path in (contact, future_file):
        deliver(path, a, team, device)
    last = contact
    report = a.sync()
    (future,) = _said(report, heldback.FUTURE)
    (parent,) = _said(report, heldback.PARENT)
    assert future["laptop"] == "b" and parent == {"laptop": "b", "count": 1}
    assert int(str(future["count"])) >= 1
    assert "was deleted (1)" in " ".join(m.english() for m in report.messages)
    # A newer Raketti's file: one sentence for the laptop, with the count.
    path = opfiles.ops_dir(a.folder, team, device_of(b)) / "000099.ops"
    shutil.copyfile(last[2], path)
    edit_sealed(path, lambda text: text.replace(b'"format": 3', b'"format": 9', 1))
    report = a.sync()
    assert _said(report, heldback.NEWER) == [{"laptop": "b", "count": 1}]
    assert not any("was written by a newer Raketti" in m.english() for m in report.messages)


def test_the_command_line_prints_what_waits(two, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    a, b, team, team_id = two
    clock.skew_ms = 3 * 24 * 3600 * 1000
    try:
        records.create_customer(b.store, team_id, {"name": "Tuleva Oy"})
    finally:
        clock.skew_ms = 0
    b.sync()
    deliver_all([a, b], team)
    assert a.store.path is not None
    a.store.close()
    code = main.main(["sync", "--db", str(a.store.path)])
    a.store = type(b.store).open(a.store.path, tmp_path / "backups")
    out = capsys.readouterr().out
    assert code == 1 and "note: Changes from b dated more than a day ahead" in out


# --- folders -----------------------------------------------------------------------------


def _deletes(replica: Replica) -> int:
    return _count(replica, "SELECT count(*) FROM sync_op WHERE kind = 'D'")


def test_an_emptied_folder_deletes_nothing_and_gets_everything_again(two, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a, b, team, team_id = two
    records.create_customer(b.store, team_id, {"name": "Toka Oy"})
    _exchange(a, b, team=team)
    before = canonical(a.store)
    deletes = _deletes(a)
    shutil.rmtree(a.folder / "raketti")  # the cloud client deleted every file
    report = a.sync()
    assert _said(report, resend.EMPTY) and report.sent > 0
    assert canonical(a.store) == before and _deletes(a) == deletes
    assert _said(a.sync(), resend.EMPTY) == []  # said once; nothing written twice
    # A new member joining the emptied folder gets a's own changes (b's come from b).
    b.sync()
    c = open_replica(tmp_path, "c", team=team)
    deliver_all([a, b, c], team)
    c.sync()
    names = sorted(r[0] for r in c.store.rows(text("SELECT name FROM customer")))
    assert names == ["Eka Oy", "Toka Oy"]
    c.store.close()


def test_a_missing_own_file_or_a_renamed_team_folder_deletes_nothing(two) -> None:  # type: ignore[no-untyped-def]
    a, b, team, team_id = two
    records.create_customer(a.store, team_id, {"name": "Toka Oy"})
    a.sync()
    before = canonical(a.store)
    (files_of(a, team)[0][2]).unlink()  # one of a's files deleted
    report = a.sync()
    assert _said(report, resend.MISSING) == [{"count": 1}] and canonical(a.store) == before
    opfiles.team_dir(a.folder, team).rename(a.folder / "raketti" / "renamed")
    report = a.sync()
    assert _said(report, resend.EMPTY) and canonical(a.store) == before
    assert _deletes(a) == 0 and _deletes(b) == 0
    # b, whose folder kept everything, takes in the re-sent files: nothing changes there.
    deliver_all([a, b], team)
    b.sync()
    assert canonical(b.store) == canonical(a.store) == before


def test_another_folder_on_the_command_line_says_what_it_did(two, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    a, _b, _team, _team_id = two
    other = tmp_path / "other"
    other.mkdir()
    assert a.store.path is not None
    before = canonical(a.store)
    a.store.close()
    code = main.main(["sync", "--db", str(a.store.path), "--folder", str(other)])
    out = capsys.readouterr().out
    assert f"folder: changed from {a.folder} to {other}" in out
    assert "Nothing in this database was deleted" in out and "written there again" in out
    assert code == 1  # something to tell
    from app.store import Store

    a.store = Store.open(a.store.path, tmp_path / "backups")
    assert canonical(a.store) == before
    assert list((other / "raketti").rglob("*.ops"))
