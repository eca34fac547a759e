"""Team sync against bad input: damaged, edited, foreign, newer and duplicated files, a
folder that vanishes, cannot be written or fills up; the command line; and coverage of
every table of every area."""

from __future__ import annotations

import errno
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

import main
from app import teams
from app.customers import records
from app.sync import opfiles
from app.sync.api import SyncError, set_folder, sync_now, write_snapshot
from app.sync.snapshot import join_from_snapshot
from app.sync.tables import DISPLACE, Clash, info
from models.all import metadata
from models.sync import SYNC_TABLES
from models.sync_capture import shapes
from tests.sync_helpers import (
    PASSPHRASE,
    canonical,
    deliver_all,
    device_of,
    edit_sealed,
    open_replica,
    rewrite_signed,
)


def _two(tmp_path: Path):  # type: ignore[no-untyped-def]
    a = open_replica(tmp_path, "a")
    team_id = teams.create_team(a.store, "Tiimi Oy")
    records.create_customer(a.store, team_id, {"name": "Eka Oy"})
    team = set_folder(a.store, a.folder, device_name="a", passphrase=PASSPHRASE).team
    assert team is not None
    b = open_replica(tmp_path, "b", team=team)
    a.sync()
    return a, b, team, team_id


def _count(replica, table: str) -> int:  # type: ignore[no-untyped-def]
    return int(replica.store.rows(text(f"SELECT count(*) FROM {table}"))[0][0])


def _only_file(replica, team: str) -> Path:  # type: ignore[no-untyped-def]
    (found,) = [p for d, _n, p in opfiles.listed(replica.folder, team) if d == device_of(replica)]
    return found


def _rewrite(path: Path, edit) -> None:  # type: ignore[no-untyped-def]
    edit_sealed(path, edit)  # as a member holding the team key could, not re-signed


@pytest.mark.parametrize(
    "damage, words",
    [
        (lambda p: p.write_bytes(p.read_bytes()[:40]), "truncated or damaged"),
        (lambda p: _rewrite(p, lambda d: d.replace(b"Eka Oy", b"Eka Ab")), "checksum"),
        (
            lambda p: _rewrite(p, lambda d: d.replace(b'"team": "', b'"team": "x', 1)),
            "another team",
        ),
        (lambda p: p.write_bytes(b"not gzip at all"), "truncated or damaged"),
    ],
)
def test_a_bad_file_is_skipped_with_a_message_and_applied_once_repaired(
    tmp_path: Path, damage, words: str
) -> None:  # type: ignore[no-untyped-def]
    a, b, team, _ = _two(tmp_path)
    deliver_all([a, b], team)
    sent = _only_file(a, team)
    received = opfiles.ops_dir(b.folder, team, device_of(a)) / sent.name
    damage(received)
    before = canonical(b.store)
    report = b.sync()
    assert [words in m.english() for m in report.messages] == [True]
    assert canonical(b.store) == before  # nothing of it applied
    shutil.copyfile(sent, received)  # the sync tool finishes the copy
    report = b.sync()
    assert report.messages == [] and report.files_applied == 1
    assert _count(b, "customer") == 1


def test_a_newer_raketti_s_file_waits(tmp_path: Path) -> None:
    a, b, team, _ = _two(tmp_path)
    deliver_all([a, b], team)
    received = opfiles.ops_dir(b.folder, team, device_of(a)) / _only_file(a, team).name
    _rewrite(received, lambda d: d.replace(b'"schema": ["', b'"schema": ["9999_future", "', 1))
    report = b.sync()
    assert report.parked == 1 and "Update Raketti" in report.messages[0].english()
    assert _count(b, "customer") == 0


def test_a_file_seen_twice_or_a_duplicate_applies_once(tmp_path: Path) -> None:
    a, b, team, _ = _two(tmp_path)
    deliver_all([a, b], team)
    sent = _only_file(a, team)
    copy = opfiles.ops_dir(b.folder, team, device_of(a)) / "000007.ops"
    shutil.copyfile(sent, copy)  # a copy under another number, as only `a` can sign it
    rewrite_signed(copy, a, lambda d: d.replace(b'"number": 1', b'"number": 7'))
    report = b.sync()
    assert report.files_applied == 2 and report.applied == report.received // 2
    assert b.sync().files_applied == 0
    assert _count(b, "customer") == 1


def test_vanished_read_only_and_full_folders(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, _b, team, team_id = _two(tmp_path)
    records.create_customer(a.store, team_id, {"name": "Toka Oy"})

    def full(self: Path, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full)
    report = a.sync()
    monkeypatch.undo()
    assert "No space left" in report.messages[0].english() and report.sent == 0
    device_dir = opfiles.ops_dir(a.folder, team, device_of(a))
    assert sorted(p.name for p in device_dir.iterdir()) == ["000001.ops"]  # no temporary left
    assert a.sync().sent == 1  # the next sync sends what was left
    shutil.rmtree(a.folder)
    with pytest.raises(SyncError, match="is not there"):
        sync_now(a.store)


def test_snapshot_gives_a_new_member_everything(tmp_path: Path) -> None:
    a, _b, team, _ = _two(tmp_path)
    path = write_snapshot(a.store)
    assert path.name.endswith(".sqlite") and not any(
        p.name.startswith(".") for p in path.parent.iterdir()
    )
    target = join_from_snapshot(
        a.folder, team, tmp_path / "new.sqlite", "uusi", passphrase=PASSPHRASE
    )
    from app.store import Store

    joined = Store.open(target, tmp_path / "backups")
    try:
        assert canonical(joined.store if hasattr(joined, "store") else joined) == canonical(a.store)
        report = sync_now(joined)
        assert report.applied == 0 and report.messages == []
        assert device_of(a) not in {
            r[0] for r in joined.rows(text("SELECT value FROM sync_setting WHERE key = 'device'"))
        }
    finally:
        joined.close()


def test_sync_command(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    a, b, team, _ = _two(tmp_path)
    path = b.store.path
    b.store.close()
    deliver_all([a, b], team)
    code = main.main(["sync", "--db", str(path), "--folder", str(b.folder)])
    out = capsys.readouterr().out
    assert code == 0 and "received: " in out and "1 files" in out
    assert main.main(["sync", "--db", str(tmp_path / "none.sqlite")]) == 2


def test_every_table_of_every_area_is_captured() -> None:
    with_uuid = {
        t.name for t in metadata.sorted_tables if "uuid" in t.c and t.name not in SYNC_TABLES
    }
    assert with_uuid <= set(shapes())
    links = {t.name for t in metadata.sorted_tables if "uuid" not in t.c} - SYNC_TABLES
    assert links == {n for n, s in shapes().items() if not s.has_uuid}
    for name, shape in shapes().items():
        assert shape.has_uuid or all(c in shape.parents for c in shape.keyed_by), name


def test_every_unique_constraint_has_a_decided_clash() -> None:
    """A new area's unique constraint merges by default (keyed rows); a name or code two
    people may type for different things must be listed in DISPLACE on purpose."""
    displaced = {
        (t.name, u.columns) for t in info().values() for u in t.uniques if u.clash is Clash.DISPLACE
    }
    assert displaced == set(DISPLACE)
    for table in info().values():
        for unique in table.uniques:
            if unique.clash is Clash.DISPLACE:
                assert any(c in table.nullable or c in table.texts for c in unique.columns)
    assert json.dumps(sorted(displaced))
