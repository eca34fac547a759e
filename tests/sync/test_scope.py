"""Team scoping (issue 23): a database with two team companies that syncs team X sends
nothing of team Y: no name, e-mail or UUID of Y's records in any file of the folder (raw,
gunzipped, decoded, or inside a snapshot), a laptop joining X gets exactly X's records, Y's
edits and deletes never travel, and a customer moved from X to Y stops travelling."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

import main
from app import demo, teams
from app.customers import contacts, records
from app.store import Store
from app.sync import clock, opfiles
from app.sync.api import set_folder, sync_now, write_snapshot
from app.sync.capture import raw
from app.sync.engine import SyncReport
from app.sync.signing import Trust, own_signer
from app.sync.snapshot import join_from_snapshot
from app.sync.state import Op
from app.sync.subscribe import Mirror, receive, receive_mirror
from models.sync_capture import shapes
from models.sync_scope import team_path, team_uuid_sql
from tests.sync_helpers import (
    PASSPHRASE,
    canonical,
    healthy,
    opened,
    opened_snapshot,
    team_keyring,
)


@dataclass
class TwoTeams:
    store: Store  # laptop A: both teams, syncs X
    path: Path
    folder: Path
    x: str  # team UUIDs
    y: str
    y_id: int
    tmp: Path

    def reopen(self) -> None:
        self.store = Store.open(self.path, self.tmp / "backups")


def _scalar(store: Store, sql: str, *args: object) -> object:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(sql, args).scalar()


def _y_secrets(store: Store, x: str, y: str) -> set[str]:
    """Every UUID of Y's records and every name, e-mail and phone of Y's customers and
    contacts (those that are not X's too: the demo draws both teams' from one list)."""
    of_x = repr(canonical(store, x))
    found = {y}
    with store.engine.connect() as conn:
        for name, shape in shapes().items():
            team = team_uuid_sql(name, "t")
            if not shape.has_uuid or team is None:
                continue
            rows = conn.exec_driver_sql(f"SELECT t.uuid FROM {name} AS t WHERE {team} = ?", (y,))
            found |= {row[0] for row in rows}
        for sql in (
            "SELECT name, business_id, website FROM customer WHERE team_id = "
            "(SELECT id FROM team_company WHERE uuid = ?)",
            "SELECT k.name, k.email, k.phone FROM contact k JOIN customer c ON c.id = "
            "k.customer_id WHERE c.team_id = (SELECT id FROM team_company WHERE uuid = ?)",
        ):
            for row in conn.exec_driver_sql(sql, (y,)):
                found |= {v for v in row if isinstance(v, str) and len(v) > 3 and v not in of_x}
    return found


def _forms(secret: str) -> list[bytes]:
    return [secret.encode(), json.dumps(secret)[1:-1].encode()]


def _leaks(folder: Path, team: str, secrets: set[str]) -> list[str]:
    """The secrets found in any file of the folder: its raw bytes, its decrypted bytes, what
    opfiles.read decodes, and every value of every table of a snapshot (decrypted)."""
    texts: list[tuple[str, bytes]] = []
    scratch = Path(tempfile.mkdtemp(prefix="leaks-"))
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        texts.append((str(path), data))
        if path.suffix == ".ops":
            _head, plain = opened(path)
            texts.append((f"{path} decrypted", plain))
            found = opfiles.read(
                path, team, path.parent.name, int(path.stem), Trust(), keys=team_keyring(path)
            )
            decoded = repr([op.row() for op in found.ops]) + repr(found.header)
            texts.append((f"{path} decoded", decoded.encode()))
        if path.suffix == ".sqlite":
            plain_copy = opened_snapshot(path, scratch / f"{len(texts)}.sqlite")
            texts.append((f"{path} decrypted", plain_copy.read_bytes()))
            conn = sqlite3.connect(plain_copy)
            try:
                tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
                dump = []
                for name in tables:
                    with contextlib.suppress(sqlite3.Error):  # an index
                        dump.append(repr(conn.execute(f'SELECT * FROM "{name}"').fetchall()))
            finally:
                conn.close()
            texts.append((f"{path} tables", "".join(dump).encode()))
    return sorted(
        f"{secret} in {where}"
        for secret in secrets
        for where, data in texts
        if any(form in data for form in _forms(secret))
    )


@pytest.fixture
def two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> TwoTeams:
    """A demo database of two team companies (plus a few records of each), switched on
    for team X with `main.py sync --team X` and synced once."""
    path = tmp_path / "a.sqlite"
    store = Store.open(path, tmp_path / "backups")
    made = demo.generate(store, customers=24, seed=5, teams=2)
    x_id, y_id = made.team_ids
    x, y = teams.team_uuid(store, x_id), teams.team_uuid(store, y_id)
    customer = records.create_customer(store, y_id, {"name": "Ypsilon Salainen Oy"})
    contacts.create_contact(
        store, customer, {"name": "Yrjö Ypsilon", "email": "yrjo@ypsilon.example"}
    )
    records.create_customer(store, x_id, {"name": "Äksä Avoin Oy"})
    store.close()
    folder = tmp_path / "shared"
    folder.mkdir()
    argv = ["sync", "--db", str(path), "--folder", str(folder), "--team", x]
    monkeypatch.setenv("RAKETTI_PASSPHRASE", PASSPHRASE)
    assert main.main(argv) == 0
    made_two = TwoTeams(Store.open(path, tmp_path / "backups"), path, folder, x, y, y_id, tmp_path)
    yield made_two
    made_two.store.close()


def test_every_synced_table_reaches_a_team_company() -> None:
    """One rule for every table: no table of no team (a new one would be kept local)."""
    assert [n for n in shapes() if n != "team_company" and team_path(n) is None] == []


def test_nothing_of_the_other_team_leaves_and_a_joiner_gets_exactly_the_team(
    two: TwoTeams,
) -> None:
    secrets = _y_secrets(two.store, two.x, two.y)
    assert "yrjo@ypsilon.example" in secrets and len(secrets) > 50
    write_snapshot(two.store)
    assert _leaks(two.folder, two.x, secrets) == []
    expected = canonical(two.store, two.x)
    assert expected["customer"] and expected["contact"] and expected["interaction"]

    # A laptop joining by the files, and one joining by the snapshot: exactly team X.
    by_files = Store.open(two.tmp / "b.sqlite", two.tmp / "backups")
    by_snapshot = None
    try:
        set_folder(by_files, two.folder, team=two.x, device_name="b", passphrase=PASSPHRASE)
        sync_now(by_files)
        assert canonical(by_files) == expected
        healthy(by_files)
        target = join_from_snapshot(
            two.folder, two.x, two.tmp / "c.sqlite", "c", passphrase=PASSPHRASE
        )
        by_snapshot = Store.open(target, two.tmp / "backups")
        assert canonical(by_snapshot) == expected
        healthy(by_snapshot)
        with by_snapshot.read() as session:
            for table in ("sync_op", "sync_head"):
                count = raw(session).execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                assert count > 0
        assert sync_now(by_snapshot).messages == []
        assert canonical(by_snapshot) == expected
    finally:
        by_files.close()
        if by_snapshot is not None:
            by_snapshot.close()


def _y_customer(two: TwoTeams, name: str) -> int:
    return int(str(_scalar(two.store, "SELECT id FROM customer WHERE name = ?", name)))


def test_edits_and_deletes_of_the_other_team_never_reach_the_folder(two: TwoTeams) -> None:
    secrets = _y_secrets(two.store, two.x, two.y)
    salainen = _y_customer(two, "Ypsilon Salainen Oy")
    other_y = int(
        str(
            _scalar(
                two.store,
                "SELECT min(id) FROM customer WHERE team_id = ? AND id != ?",
                two.y_id,
                salainen,
            )
        )
    )
    records.update_customer(two.store, salainen, {"city": "Ylitornio"})
    records.delete_customer(two.store, other_y)  # with its contacts and interactions
    fresh = records.create_customer(two.store, two.y_id, {"name": "Ypsilon Uusi Oy"})
    contacts.create_contact(two.store, fresh, {"name": "Ylva Uusi", "phone": "+358401234567"})
    records.delete_customer(two.store, fresh)
    report: SyncReport = sync_now(two.store)
    assert report.sent == 0  # nothing of X changed meanwhile
    assert _leaks(two.folder, two.x, secrets | {"Ylitornio", "Ypsilon Uusi Oy", "Ylva Uusi"}) == []
    # Locally every team keeps its history: the edit is in the log, never sent.
    assert _scalar(two.store, "SELECT count(*) FROM sync_op WHERE local = 2") >= 4
    x_customer = _scalar(two.store, "SELECT id FROM customer WHERE name = ?", "Äksä Avoin Oy")
    records.update_customer(two.store, int(str(x_customer)), {"city": "Kajaani"})
    assert sync_now(two.store).sent == 1


def test_a_customer_moved_to_the_other_team_stops_travelling(two: TwoTeams) -> None:
    """Decided: a record moved out of the synced team is the other team's from then on.
    The move (it names the other team) and every later change stay on this laptop; the
    teammates keep it as it was last sent; a snapshot written after it leaves it out."""
    teammate = Store.open(two.tmp / "b.sqlite", two.tmp / "backups")
    try:
        set_folder(teammate, two.folder, team=two.x, device_name="b", passphrase=PASSPHRASE)
        sync_now(teammate)
        moved = str(_scalar(two.store, "SELECT uuid FROM customer WHERE name = 'Äksä Avoin Oy'"))
        with two.store.write() as session:
            session.execute(
                text("UPDATE customer SET team_id = :y WHERE uuid = :u"),
                {"y": two.y_id, "u": moved},
            )
        local = int(str(_scalar(two.store, "SELECT id FROM customer WHERE uuid = ?", moved)))
        records.update_customer(two.store, local, {"name": "Siirretty Ypsilon Oy"})
        assert sync_now(two.store).sent == 0
        write_snapshot(two.store)
        assert _leaks(two.folder, two.x, {two.y, "Siirretty Ypsilon Oy"}) == []
        sync_now(teammate)
        assert _scalar(
            teammate, "SELECT t.uuid || c.name FROM customer c JOIN team_company t "
            "ON t.id = c.team_id WHERE c.uuid = ?", moved
        ) == two.x + "Äksä Avoin Oy"  # fmt: skip
        target = join_from_snapshot(
            two.folder, two.x, two.tmp / "c.sqlite", "c", passphrase=PASSPHRASE
        )
        joined = Store.open(target, two.tmp / "backups")
        try:
            assert _scalar(joined, "SELECT count(*) FROM customer WHERE uuid = ?", moved) == 0
            assert _scalar(joined, "SELECT count(*) FROM sync_op WHERE rec = ?", moved) == 0
        finally:
            joined.close()
    finally:
        teammate.close()


def test_a_coach_mirror_holds_only_its_team(two: TwoTeams) -> None:
    """A mirror of X's folder gets X's records; operations of Y's records that reach the
    folder anyway (an older Raketti, a forged file) are refused, never applied."""
    mirror = Mirror(two.folder, two.x, two.tmp / "mirrors" / f"{two.x}.sqlite")
    mirror.path.parent.mkdir(parents=True)
    first = Store.open(mirror.path, two.tmp / "backups")
    try:  # the coach follows the team with its passphrase once; the mirror keeps the keys
        receive(first, two.folder, two.x, passphrase=PASSPHRASE)
    finally:
        first.close()
    store = Store.open(mirror.path, two.tmp / "backups")
    try:
        assert canonical(store) == canonical(two.store, two.x)
    finally:
        store.close()
    # Laptop A's own operations of Y's records (kept local), written to a file of its own,
    # with the Y team itself, as an older Raketti's baseline would have sent it.
    records.create_customer(two.store, two.y_id, {"name": "Ypsilon Väärennös Oy"})
    with two.store.read() as session:
        db = raw(session)
        rows = db.execute(
            "SELECT op_id, tbl, rec, kind, field, value, supersedes, member FROM sync_op "
            "WHERE local = 2 ORDER BY n"
        ).fetchall()
        device = db.execute("SELECT value FROM sync_setting WHERE key = 'device'").fetchone()[0]
    ops = [Op(r[0], r[1], r[2], r[3], r[4], r[5], tuple(json.loads(r[6])), r[7]) for r in rows]
    assert ops
    team_id = clock.op_id(clock.Stamp(clock.wall_ms(), 0), 9_000_001, device)
    ops.insert(0, Op(team_id, "team_company", two.y, "I", None, json.dumps({"name": "Y"}), (),
                     None))  # fmt: skip
    path = opfiles.ops_dir(two.folder, two.x, device) / opfiles.file_name(99)
    header = {
        "schema": [], "team": two.x, "device": device, "device_name": "a", "number": 99,
        "written_at": "2026-01-01T00:00:00", "incarnation": "",
    }  # fmt: skip
    opfiles.write(path, header, ops, own_signer(two.store), keys=team_keyring(path))
    report = receive_mirror(mirror)
    assert report.files_applied == 1
    store = Store.open(mirror.path, two.tmp / "backups")
    try:
        assert canonical(store) == canonical(two.store, two.x)
        aside = _scalar(store, "SELECT count(*) FROM sync_set_aside")
        assert isinstance(aside, int) and aside > 0
    finally:
        store.close()


def test_syncing_the_other_team_from_then_on_sends_only_that_team(two: TwoTeams) -> None:
    """A laptop switched to team Y's folder: what it had not sent of X stays here, and Y's
    records are recorded as a baseline of their own; a teammate of Y gets exactly Y."""
    x_customer = _scalar(two.store, "SELECT id FROM customer WHERE name = 'Äksä Avoin Oy'")
    records.update_customer(two.store, int(str(x_customer)), {"city": "Kajaani"})
    folder = two.tmp / "shared-y"
    folder.mkdir()
    set_folder(two.store, folder, team=two.y, passphrase=PASSPHRASE)
    assert sync_now(two.store).sent > 0
    assert _leaks(folder, two.y, {two.x, "Kajaani", "Äksä Avoin Oy"}) == []
    teammate = Store.open(two.tmp / "y.sqlite", two.tmp / "backups")
    try:
        set_folder(teammate, folder, team=two.y, device_name="y", passphrase=PASSPHRASE)
        sync_now(teammate)
        assert canonical(teammate) == canonical(two.store, two.y)
    finally:
        teammate.close()
