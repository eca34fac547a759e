"""A laptop that goes back in time (a backup put back, the last commits lost, a copy of its
database file) never writes a file number twice: it takes its own newer operations back
from its folder, goes on after the highest number, and a second copy still writing
becomes a laptop of its own; every laptop ends identical (app/sync/numbering.py)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

from app import teams
from app.customers import records
from app.sync import clock, opfiles
from app.sync.api import read_setup, set_folder
from app.sync.numbering import BEHIND, SPLIT
from app.sync.signing import Trust, own_signer
from app.sync.state import Op
from models.database import known_heads
from tests.sync_helpers import (
    PASSPHRASE,
    Replica,
    canonical,
    conflict_set,
    copy_database,
    deliver_all,
    device_of,
    healthy,
    open_replica,
    opened,
    put_back,
    team_keyring,
)

HOUR = 3600 * 1000


def _two(tmp_path: Path) -> tuple[Replica, Replica, str, int]:
    a = open_replica(tmp_path, "a")
    team_id = teams.create_team(a.store, "Tiimi Oy")
    records.create_customer(a.store, team_id, {"name": "Eka Oy"})
    team = set_folder(a.store, a.folder, device_name="a", passphrase=PASSPHRASE).team
    assert team is not None
    b = open_replica(tmp_path, "b", team=team)
    a.sync()
    deliver_all([a, b], team)
    b.sync()
    return a, b, team, team_id


def _customer(replica: Replica, name: str) -> int:
    return int(
        replica.store.rows(text("SELECT id FROM customer WHERE name = :n").bindparams(n=name))[0][0]
    )


def _names(replica: Replica) -> set[str]:
    return {r[0] for r in replica.store.rows(text("SELECT name FROM customer"))}


def _numbers(replica: Replica, team: str, device: str) -> list[int]:
    return [n for d, n, _p in opfiles.listed(replica.folder, team) if d == device]


def _settle(replicas: list[Replica], team: str) -> None:
    for _round in range(2):
        for replica in replicas:
            replica.sync()
        deliver_all(replicas, team)
        for replica in replicas:
            replica.sync()


def _identical(replicas: list[Replica]) -> None:
    expected = canonical(replicas[0].store)
    for replica in replicas:
        assert canonical(replica.store) == expected, replica.name
        assert conflict_set(replica.store) == conflict_set(replicas[0].store)
        healthy(replica.store)


def test_restored_backup_takes_back_what_it_had_sent(tmp_path: Path) -> None:
    a, b, team, team_id = _two(tmp_path)
    backup = copy_database(a, tmp_path / "a-backup.sqlite")
    records.create_customer(a.store, team_id, {"name": "Kadonnut Oy"})
    a.sync()
    deliver_all([a, b], team)
    b.sync()  # the teammate applied file 2
    me = device_of(a)
    second = opfiles.ops_dir(a.folder, team, me) / opfiles.file_name(2)
    before = second.read_bytes()

    put_back(a, backup)  # File → Restore from backup…
    assert "Kadonnut Oy" not in _names(a)
    records.create_customer(a.store, team_id, {"name": "Uusi Oy"})
    report = a.sync()

    assert second.read_bytes() == before  # never written over
    assert _numbers(a, team, me) == [1, 2, 3]
    assert {"Kadonnut Oy", "Uusi Oy"} <= _names(a)  # nothing it had sent is lost
    assert device_of(a) == me  # its own past: the identity stays
    assert [m.text for m in report.messages] == [BEHIND]
    with a.store.read():
        notice = read_setup(a.store).notice
    assert notice is not None and notice[0].text == BEHIND and notice[0].args["files"] == 1
    deliver_all([a, b], team)
    b.sync()
    assert {"Kadonnut Oy", "Uusi Oy"} <= _names(b)
    _settle([a, b], team)
    _identical([a, b])
    assert a.sync().messages == []  # said once


def test_lost_commits_with_a_clock_ahead_keep_both_edits(tmp_path: Path) -> None:
    """The laptop's clock was pushed an hour ahead by a teammate's, so after losing its last
    commits it hands out the very op ids it had used: the new edit is renamed, the lost
    one taken back, and the two show as a conflict on every laptop."""
    a, b, team, team_id = _two(tmp_path)
    clock.skew_ms = HOUR  # b's clock is an hour fast when it records this
    try:
        records.create_customer(b.store, team_id, {"name": "Edellä Oy"})
    finally:
        clock.skew_ms = 0
    b.sync()
    deliver_all([a, b], team)
    a.sync()  # a's clock is now an hour ahead of its wall clock
    eka = _customer(a, "Eka Oy")
    before = copy_database(a, tmp_path / "before-write.sqlite")
    records.update_customer(a.store, eka, {"city": "Oulu"})
    a.sync()  # written and marked sent; then the power goes
    put_back(a, before)  # the commits after the copy are lost
    records.update_customer(a.store, eka, {"city": "Vaasa"})
    with a.store.read() as session:
        ids = [r[0] for r in session.execute(text("SELECT op_id FROM sync_op WHERE local = 1"))]
    me = device_of(a)
    last = _numbers(a, team, me)[-1]
    last_path = opfiles.ops_dir(a.folder, team, me) / opfiles.file_name(last)
    sent = opfiles.read(last_path, team, me, last, Trust(), keys=team_keyring(last_path))
    assert {op.op_id for op in sent.ops} & set(ids)  # the same op id twice: the hard case
    a.sync()
    deliver_all([a, b], team)
    b.sync()
    _settle([a, b], team)
    _identical([a, b])
    assert ("customer", _uuid(a, eka), "city") in conflict_set(a.store)
    with a.store.read() as session:
        cities = {
            json.loads(r[0])
            for r in session.execute(
                text("SELECT value FROM sync_op WHERE tbl = 'customer' AND field = 'city'")
            )
        }
    assert {"Oulu", "Vaasa"} <= cities


def _uuid(replica: Replica, customer: int) -> str:
    return str(
        replica.store.rows(text("SELECT uuid FROM customer WHERE id = :i").bindparams(i=customer))[
            0
        ][0]
    )


def test_lost_bookkeeping_only_sends_nothing_twice(tmp_path: Path) -> None:
    """The edit survived, the note that it was sent did not: the file is recognised as the
    laptop's own, nothing is renamed and no new file repeats it."""
    a, b, team, team_id = _two(tmp_path)
    records.create_customer(a.store, team_id, {"name": "Toka Oy"})
    before = copy_database(a, tmp_path / "before-sync.sqlite")
    a.sync()
    put_back(a, before)
    report = a.sync()
    assert report.sent == 0 and report.messages == []  # nothing lost: nothing to say
    assert _numbers(a, team, device_of(a)) == [1, 2]
    _settle([a, b], team)
    _identical([a, b])


def test_two_copies_of_one_database_become_two_laptops(tmp_path: Path) -> None:
    a, b, team, team_id = _two(tmp_path)
    path = tmp_path / "a-copy.sqlite"
    copy_database(a, path)
    from app.store import Store

    twin = Replica("twin", Store.open(path, tmp_path / "backups"), a.folder)
    try:
        records.create_customer(a.store, team_id, {"name": "Alkuperäinen Oy"})
        records.create_customer(twin.store, team_id, {"name": "Kopio Oy"})
        a.sync()
        first = twin.sync()  # sees a's file under its own id: takes it back
        assert first.messages and first.messages[0].text == BEHIND
        records.create_customer(a.store, team_id, {"name": "Alkuperäinen 2 Oy"})
        records.create_customer(twin.store, team_id, {"name": "Kopio 2 Oy"})
        twin.sync()
        split = a.sync()  # meets another copy's incarnation: a laptop of its own now
        assert SPLIT in [m.text for m in split.messages]
        assert device_of(a) != device_of(twin)
        for device, number, path in opfiles.listed(a.folder, team):  # each whole and in place
            found = opfiles.read(path, team, device, number, Trust(), keys=team_keyring(path))
            assert found.header.number == number
        _settle([a, twin, b], team)
        _identical([a, twin, b])
        names = {"Alkuperäinen Oy", "Kopio Oy", "Alkuperäinen 2 Oy", "Kopio 2 Oy"}
        assert names <= _names(b)
        records.create_customer(twin.store, team_id, {"name": "Kopio 3 Oy"})
        _settle([a, twin, b], team)
        _identical([a, twin, b])
        assert device_of(a) != device_of(twin)
    finally:
        twin.store.close()


def test_a_file_placed_under_the_next_number_is_not_written_over(tmp_path: Path) -> None:
    a, b, team, team_id = _two(tmp_path)
    me = device_of(a)
    folder = opfiles.ops_dir(a.folder, team, me)
    junk = folder / opfiles.file_name(2)
    junk.write_bytes(b"not an operation file")
    records.create_customer(a.store, team_id, {"name": "Toka Oy"})
    report = a.sync()
    assert junk.read_bytes() == b"not an operation file"
    assert _numbers(a, team, me) == [1, 2, 3]
    assert any("truncated or damaged" in m.english() for m in report.messages)
    assert device_of(a) == me  # an unreadable file takes only its number

    # A readable file written as this laptop by another copy of its database (signed with
    # the same key; a stranger's file is refused, tests/sync/test_signing.py): taken in,
    # and this laptop moves to an identity of its own rather than share one with the writer.
    planted = Op(
        f"{clock.Stamp(clock.wall_ms(), 0).text()}.0000000@{clock.short_device(me)}",
        "customer", _uuid(a, _customer(a, "Eka Oy")), "U", "notes", json.dumps("istutettu"),
        (), None,
    )  # fmt: skip
    header = {
        "schema": sorted(known_heads()), "team": team, "device": me, "device_name": "a",
        "number": 4, "written_at": "2026-01-01T00:00:00",
    }  # fmt: skip
    opfiles.write(folder / opfiles.file_name(4), header, [planted], own_signer(a.store))
    records.create_customer(a.store, team_id, {"name": "Kolmas Oy"})
    report = a.sync()
    assert SPLIT in [m.text for m in report.messages]
    assert device_of(a) != me and _numbers(a, team, me) == [1, 2, 3, 4]
    _settle([a, b], team)
    _identical([a, b])
    assert "Kolmas Oy" in _names(b)


def test_a_file_number_in_use_is_never_replaced(tmp_path: Path) -> None:
    a, _b, team, _team_id = _two(tmp_path)
    target = opfiles.ops_dir(a.folder, team, device_of(a)) / opfiles.file_name(1)
    before = target.read_bytes()
    try:
        opfiles.write(target, {"team": team}, [], own_signer(a.store))
    except opfiles.NumberTaken:
        pass
    else:
        raise AssertionError("an existing file was written over")
    assert target.read_bytes() == before
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".")]  # no temporary
    assert opened(target)[1]  # still the laptop's own file (opens with the team key)


def test_a_database_that_lost_its_key_syncs_as_a_laptop_of_its_own(tmp_path: Path) -> None:
    """A backup from before the laptop's key was made, put back: the teammates pinned the
    key the laptop announced, so the database takes a new identity (with a sentence)
    instead of signing with a new key that everyone would refuse."""
    from app.sync.capture import raw
    from app.sync.numbering import KEY_LOST
    from app.sync.signing import forget_own_key

    a, b, team, team_id = _two(tmp_path)
    me = device_of(a)
    with a.store.write() as session:
        forget_own_key(raw(session))  # as in a copy taken before the first sync
    records.create_customer(a.store, team_id, {"name": "Avaimeton Oy"})
    report = a.sync()
    assert KEY_LOST in [m.text for m in report.messages]
    assert device_of(a) != me
    notice = read_setup(a.store).notice
    assert notice is not None and notice[0].text == KEY_LOST
    _settle([a, b], team)
    _identical([a, b])
    assert "Avaimeton Oy" in _names(b)
