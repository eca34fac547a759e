"""Switching sync on streams its baseline (issue 24): in batches of bounded size, each row
written once, the same operations and merge state as the one-transaction baseline before,
and a baseline cut off half-way is finished by the next start without a row twice."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest

from app import demo, teams
from app.customers import records
from app.store import Store
from app.sync import baseline, send
from app.sync.api import set_folder
from app.sync.capture import Capturing, finish, put_setting, raw
from app.sync.clock import Stamp, wall_ms
from models.ids import CustomerId
from models.sync_capture import baseline_sql, shapes
from tests.sync_helpers import PASSPHRASE, canonical, deliver_all, open_replica

BATCH = 7  # rows per batch in these tests: many batches of a small demo


@pytest.fixture
def demo_file(tmp_path: Path) -> tuple[Path, str]:
    """A demo database of two team companies (closed), and team X's UUID."""
    path = tmp_path / "demo.sqlite"
    store = Store.open(path, tmp_path / "backups")
    made = demo.generate(store, customers=16, seed=5, teams=2)
    team = teams.team_uuid(store, made.team_ids[0])
    store.close()
    assert team is not None
    return path, team


def _copy(source: Path, target: Path) -> Store:
    shutil.copyfile(source, target)
    return Store.open(target, target.parent / "backups")


def _old_baseline(store: Store, team: str) -> None:
    """The baseline as it was recorded before issue 24: one transaction, every table's
    inserts logged, then `capture.finish` giving them ids and heads."""
    with store.write() as session:
        db = raw(session)
        device = str(uuid.uuid4())
        for key, value in (("device", device), ("team", team), ("written", "0")):
            put_setting(db, key, value)
        team_id = db.execute("SELECT id FROM team_company WHERE uuid = ?", (team,)).fetchone()[0]
        for shape in shapes().values():
            db.execute(baseline_sql(shape), (team_id,))
        finish(session, Capturing(device, Stamp(0, 0).tick(wall_ms())), scoped=True)


def _log(store: Store) -> dict[str, Any]:
    """The operation log and merge state, op ids replaced by what each operation is."""
    with store.engine.connect() as conn:

        def rows(sql: str) -> list[tuple[Any, ...]]:
            return sorted((tuple(r) for r in conn.exec_driver_sql(sql).all()), key=repr)

        what = "(SELECT o.tbl || ' ' || o.rec || ' ' || o.kind || ' ' || coalesce(o.field, '') "
        ops = conn.exec_driver_sql("SELECT op_id FROM sync_op ORDER BY n").all()
        return {
            "ops": rows(
                "SELECT tbl, rec, kind, field, value, supersedes, member, local FROM sync_op"
            ),
            "ids in order": [r[0] for r in ops] == sorted(r[0] for r in ops),
            "heads": rows(
                f"SELECT h.field, {what} FROM sync_op o WHERE o.op_id = h.op_id) FROM sync_head h"
            ),
            "masks": rows(
                f"SELECT m.field, {what} FROM sync_op o WHERE o.op_id = m.op_id) FROM sync_mask m"
            ),
            "edges": rows(
                f"SELECT e.field, {what} FROM sync_op o WHERE o.op_id = e.op_id) FROM sync_edge e"
            ),
            "conflicts": rows("SELECT tbl, rec, field FROM sync_conflict"),
            "pending": rows("SELECT tbl, rec FROM sync_pending"),
        }


def test_streamed_baseline_equals_the_one_transaction_baseline(
    demo_file: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, team = demo_file
    old = _copy(path, tmp_path / "old.sqlite")
    new = _copy(path, tmp_path / "new.sqlite")
    sizes: list[int] = []
    real = baseline.batch

    def counted(session: Any, name: str, team_id: int, rowids: tuple[int, int], c: Any) -> int:
        count = raw(session).execute(
            f"SELECT count(*) FROM {name} WHERE rowid > ? AND rowid <= ?", rowids
        )
        sizes.append(int(count.fetchone()[0]))
        recorded = real(session, name, team_id, rowids, c)
        assert recorded <= sizes[-1]
        return recorded

    monkeypatch.setattr(baseline, "BATCH_ROWS", BATCH)
    monkeypatch.setattr(baseline, "batch", counted)
    said: list[tuple[int, str]] = []
    try:
        _old_baseline(old, team)
        folder = tmp_path / "shared"
        folder.mkdir()
        set_folder(new, folder, team=team, progress=lambda p, s: said.append((p, s)))
        expected, found = _log(old), _log(new)
        assert found["ops"] and found["ids in order"] and expected["ids in order"]
        assert found == expected
        assert canonical(new) == canonical(old)
        # Bounded batches: none looked at more than BATCH rows, and there were many.
        assert max(sizes) <= BATCH and len(sizes) > 20
        assert said[-1] == (100, "baseline")
        assert [p for p, _s in said] == sorted(p for p, _s in said)
        assert not baseline.pending(new)
    finally:
        old.close()
        new.close()


def test_a_baseline_cut_off_half_way_is_finished_by_the_next_sync(
    demo_file: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kill between batches (simulated: a batch raises) leaves the batches before it
    committed and the mark saying where to go on; edits made meanwhile are captured;
    the next sync finishes the baseline, and a teammate joining gets exactly the team."""
    path, team = demo_file
    old = _copy(path, tmp_path / "old.sqlite")
    _old_baseline(old, team)
    shutil.copyfile(path, tmp_path / "a.sqlite")
    a = open_replica(tmp_path, "a")
    calls = 0
    real = baseline.batch

    def killed(*args: Any) -> int:
        nonlocal calls
        calls += 1
        if calls == 12:
            raise KeyboardInterrupt  # as a kill: nothing after it runs
        return real(*args)

    monkeypatch.setattr(baseline, "BATCH_ROWS", BATCH)
    monkeypatch.setattr(baseline, "batch", killed)
    try:
        with pytest.raises(KeyboardInterrupt):
            set_folder(a.store, a.folder, team=team, device_name="a")
        assert baseline.pending(a.store)
        half = _log(a.store)["ops"]
        assert 0 < len(half) < len(_log(old)["ops"])
        monkeypatch.setattr(baseline, "batch", real)
        set_folder(a.store, a.folder, passphrase=PASSPHRASE)  # the next start
        assert not baseline.pending(a.store)
        assert _log(a.store) == _log(old)  # no row twice, none left out
        a.sync()
        b = open_replica(tmp_path, "b", team=team)
        deliver_all([a, b], team)
        b.sync()
        assert canonical(b.store) == canonical(a.store, team)
        b.store.close()
    finally:
        old.close()
        a.store.close()


def test_sending_streams_in_files_of_ops_per_file(
    demo_file: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The unsent operations are read a file's worth at a time, never all at once."""
    path, team = demo_file
    shutil.copyfile(path, tmp_path / "a.sqlite")
    a = open_replica(tmp_path, "a")
    reads: list[int] = []
    real = send._unsent_after

    def counted(store: Store, after: int, limit: int) -> Any:
        found = real(store, after, limit)
        reads.append(len(found))
        return found

    monkeypatch.setattr(send, "OPS_PER_FILE", 50)
    monkeypatch.setattr(send, "_unsent_after", counted)
    try:
        set_folder(a.store, a.folder, team=team, device_name="a", passphrase=PASSPHRASE)
        total = len(_log(a.store)["ops"])
        report = a.sync()
        assert report.sent == total and report.files_written == -(-total // 50)
        assert max(reads) <= 50 and sum(reads) == total
        b = open_replica(tmp_path, "b", team=team)
        deliver_all([a, b], team)
        b.sync()
        assert canonical(b.store) == canonical(a.store, team)
        b.store.close()
    finally:
        a.store.close()


def test_writes_between_the_batches_of_a_baseline_reach_the_teammates(
    demo_file: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sync counts as on from the baseline's first batch: an edit of a record the baseline
    has not reached, a new record and a delete made before it finishes all arrive."""
    path, team = demo_file
    shutil.copyfile(path, tmp_path / "a.sqlite")
    a = open_replica(tmp_path, "a")
    real = baseline.batch

    def killed(session: Any, name: str, *args: Any) -> int:
        if name == "customer":
            raise KeyboardInterrupt  # cut off before the customers
        return real(session, name, *args)

    monkeypatch.setattr(baseline, "BATCH_ROWS", BATCH)
    monkeypatch.setattr(baseline, "batch", killed)
    try:
        with pytest.raises(KeyboardInterrupt):
            set_folder(a.store, a.folder, team=team, device_name="a")
        monkeypatch.setattr(baseline, "batch", real)
        with a.store.engine.connect() as conn:
            team_id = int(
                conn.exec_driver_sql("SELECT id FROM team_company WHERE uuid = ?", (team,)).one()[0]
            )
            first, last = conn.exec_driver_sql(
                "SELECT min(id), max(id) FROM customer WHERE team_id = ?", (team_id,)
            ).one()
        records.update_customer(a.store, CustomerId(first), {"city": "Kajaani"})
        records.create_customer(a.store, team_id, {"name": "Kesken Lisätty Oy"})
        with a.store.write() as session:
            raw(session).execute("DELETE FROM customer WHERE id = ?", (last,))
        set_folder(a.store, a.folder, passphrase=PASSPHRASE)
        a.sync()
        b = open_replica(tmp_path, "b", team=team)
        deliver_all([a, b], team)
        b.sync()
        found = canonical(b.store)
        assert found == canonical(a.store, team)
        assert any("Kajaani" in row for row in found["customer"])
        assert any("Kesken Lisätty Oy" in row for row in found["customer"])
        b.store.close()
    finally:
        a.store.close()
