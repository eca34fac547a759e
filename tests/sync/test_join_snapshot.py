"""Joining from a snapshot (issue 24): `main.py sync` on a new database starts from the
newest good snapshot and then applies only the files after it; without a usable snapshot
(none, forged, damaged) it replays the files; a database holding data is never written
over; and a laptop writes a snapshot after a sync once the operations since the last one
pass the threshold, keeping its own newest two."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

import main
from app import demo
from app.customers import records
from app.store import Store
from app.sync import due
from app.sync.api import SyncError, set_folder, write_snapshot
from app.sync.join import is_new, join_new
from app.sync.snapshot import SIGNATURE, snapshot_files
from tests.sync_helpers import PASSPHRASE, Replica, canonical, device_of, open_replica


def _team(tmp_path: Path) -> tuple[Replica, str]:
    a = open_replica(tmp_path, "a")
    demo.generate(a.store, customers=6, seed=3, teams=1)
    team = set_folder(a.store, a.folder, device_name="a", passphrase=PASSPHRASE).team
    assert team is not None
    a.sync()
    return a, team


def _edit(a: Replica, name: str) -> None:
    team_id = int(a.store.rows(text("SELECT id FROM team_company"))[0][0])
    records.create_customer(a.store, team_id, {"name": name})
    a.sync()


def _join(tmp_path: Path, a: Replica, team: str | None, name: str = "new") -> tuple[int, Path]:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    target = tmp_path / f"{name}.sqlite"
    argv = ["sync", "--db", str(target), "--folder", str(a.folder)]
    argv += ["--team", team] if team is not None else []  # none: the folder's only team
    code = main.main([*argv, "--passphrase-file", str(secret)])
    return code, target


def _run(tmp_path: Path, a: Replica, team: str | None, capsys, name: str = "new"):  # type: ignore[no-untyped-def]
    code, target = _join(tmp_path, a, team, name)
    out = capsys.readouterr().out
    files = int(re.search(r"received: \d+ operations in (\d+) files", out).group(1))  # type: ignore[union-attr]
    return code, out, files, target


def _same_as(target: Path, a: Replica, team: str) -> None:
    joined = Store.open(target, target.parent / "backups")
    try:
        assert canonical(joined, team) == canonical(a.store, team)
        devices = joined.rows(text("SELECT value FROM sync_setting WHERE key = 'device'"))
        assert devices[0][0] != device_of(a)  # an identity of its own
    finally:
        joined.close()


def test_a_new_database_joins_from_the_snapshot_then_syncs_only_newer_files(
    tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    a, team = _team(tmp_path)
    _edit(a, "Ennen Kuvaa Oy")
    snapshot = write_snapshot(a.store)
    _edit(a, "Kuvan Jälkeen Oy")  # one file after the snapshot
    code, out, files, target = _run(tmp_path, a, team, capsys)
    assert code == 0
    assert f"joined: from snapshot {snapshot.name}, then the files after it" in out
    assert files == 1
    _same_as(target, a, team)
    # Syncing again: nothing new; the snapshot is not taken again.
    code, out, files, _ = _run(tmp_path, a, team, capsys)
    assert code == 0 and "joined" not in out and files == 0


def test_without_a_snapshot_the_files_are_replayed(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    a, team = _team(tmp_path)
    _edit(a, "Toinen Oy")
    code, out, files, target = _run(tmp_path, a, None, capsys)
    assert code == 0 and "joined" not in out and files == 2
    _same_as(target, a, team)


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    path.write_bytes(bytes(data))


def test_a_damaged_or_forged_snapshot_gives_the_next_good_one_or_the_files(
    tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    a, team = _team(tmp_path)
    older = write_snapshot(a.store)
    _edit(a, "Välissä Oy")
    newer = write_snapshot(a.store)
    assert snapshot_files(a.folder, team) == [newer, older]
    _flip(newer)
    code, out, files, target = _run(tmp_path, a, team, capsys, "first")
    assert code == 0 and f"from snapshot {older.name}" in out and files == 1
    _same_as(target, a, team)
    # A snapshot signed by no laptop (its signature gone and another laptop's name): refused.
    forged = older.with_name("0" * 8 + older.name[8:])
    shutil.copyfile(older, forged)
    older.with_name(older.name + SIGNATURE).unlink()
    _flip(older)
    code, out, files, target = _run(tmp_path, a, team, capsys, "second")
    assert code == 0 and "joined: no usable snapshot" in out and "replaying the files" in out
    assert files == 2
    _same_as(target, a, team)


def test_a_database_holding_data_is_never_replaced(tmp_path: Path) -> None:
    a, team = _team(tmp_path)
    write_snapshot(a.store)
    assert a.store.path is not None and not is_new(a.store.path)
    with pytest.raises(SyncError, match="holds data already"):
        join_new(a.store.path, a.folder, team, PASSPHRASE)
    empty = Store.open(tmp_path / "empty.sqlite", tmp_path / "backups")
    empty.close()
    assert is_new(tmp_path / "empty.sqlite") and is_new(tmp_path / "missing.sqlite")
    (tmp_path / "text.sqlite").write_text("not a database, but somebody's", encoding="utf-8")
    assert not is_new(tmp_path / "text.sqlite")
    joined = join_new(tmp_path / "empty.sqlite", a.folder, team, PASSPHRASE)
    assert joined.snapshot is not None
    assert not any(".joining-" in p.name for p in tmp_path.iterdir())
    _same_as(tmp_path / "empty.sqlite", a, team)


def test_a_snapshot_is_written_past_the_threshold_and_two_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(due, "THRESHOLD", 3)
    a, team = _team(tmp_path)  # the first sync: every record since no snapshot
    assert len(snapshot_files(a.folder, team)) == 1
    a.sync()
    assert len(snapshot_files(a.folder, team)) == 1  # nothing new since
    written = []
    for n in range(3):
        team_id = int(a.store.rows(text("SELECT id FROM team_company"))[0][0])
        for k in range(3):  # three operations at least: past the threshold
            records.create_customer(a.store, team_id, {"name": f"Uusi {n}-{k} Oy"})
        a.sync()
        written.append(snapshot_files(a.folder, team)[0])
    kept = snapshot_files(a.folder, team)
    assert kept == written[-1:-3:-1]  # the newest two, newest first
    names = {p.name for p in kept[0].parent.iterdir()}
    assert names == {p.name for p in kept} | {p.name + SIGNATURE for p in kept}


def test_no_snapshot_when_another_laptop_wrote_one_within_a_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(due, "THRESHOLD", 3)
    a, team = _team(tmp_path)
    (mine,) = snapshot_files(a.folder, team)
    other = mine.with_name("f" * 8 + mine.name[8:])  # a teammate's, as recent as a's
    mine.rename(other)
    _edit(a, "Kolmas Oy")
    _edit(a, "Neljäs Oy")
    assert snapshot_files(a.folder, team) == [other]
    monkeypatch.setattr(due, "SPACING_MS", 0)  # a day later
    _edit(a, "Viides Oy")
    assert len(snapshot_files(a.folder, team)) == 2
