"""Kill -9 during a sync: `main.py sync` is killed at random moments while it writes its
own file and applies five files of a teammate. Afterwards the database is sound, every
file it notes as applied is there whole in its log, its own folder holds no half file,
and the next sync completes it to the teammate's data. A longer run:

    RAKETTI_KILLS=120 make test PYTHONPATH=. PYTEST_ARGS="tests/sync/test_kills.py -s"
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from app import teams
from app.paths import PROJECT_ROOT
from app.store import Store
from app.sync import opfiles
from app.sync.api import set_folder
from app.sync.signing import Trust
from tests.sync_helpers import (
    PASSPHRASE,
    canonical,
    deliver_all,
    device_of,
    healthy,
    open_replica,
    team_keyring,
)

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL")]
KILLS = max(3, int(os.environ.get("RAKETTI_KILLS", "30")) // 10)


def _command(db: Path, home: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, RAKETTI_HOME=str(home))
    return subprocess.Popen(
        [sys.executable, "main.py", "sync", "--db", str(db)],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _consistent(db: Path, folder: Path, team: str) -> None:
    store = Store.open(db, db.parent / "backups")
    try:
        healthy(store)
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            applied = conn.exec_driver_sql("SELECT device, number FROM sync_file").all()
            known = set(conn.exec_driver_sql("SELECT op_id FROM sync_op").scalars())
        for device, number, path in opfiles.listed(folder, team):
            keys = team_keyring(path)
            found = opfiles.read(path, team, device, number, Trust(), keys=keys)  # whole, signed
            if (device, number) in applied:
                assert {op.op_id for op in found.ops} <= known
    finally:
        store.close()


def test_kill_during_sync_leaves_both_consistent(tmp_path: Path) -> None:
    a = open_replica(tmp_path, "a")
    team_id = teams.create_team(a.store, "Tiimi Oy")
    team = set_folder(a.store, a.folder, device_name="a", passphrase=PASSPHRASE).team
    assert team is not None
    for batch in range(5):
        with a.store.write() as session:
            for i in range(150):
                session.execute(
                    text("INSERT INTO customer(uuid, team_id, name, size_class, ladder_level, "
                         "archived, created_at, updated_at) VALUES (:u, :t, :n, 'small', 'A3', 0, "
                         "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"),
                    {"u": f"{batch:04d}{i:04d}-0000-4000-8000-000000000000", "t": team_id,
                     "n": f"Asiakas {batch}-{i}"},
                )  # fmt: skip
        a.sync()
    b = open_replica(tmp_path, "b", team=team)
    deliver_all([a, b], team)
    b.store.close()
    db = tmp_path / "b.sqlite"
    template = tmp_path / "template"
    template.mkdir()
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{db}{suffix}").exists():
            shutil.copy(f"{db}{suffix}", template / f"b.sqlite{suffix}")
    started = time.perf_counter()
    assert _command(db, tmp_path / "home").wait() == 0
    window = time.perf_counter() - started
    rng = random.Random(int(os.environ.get("RAKETTI_KILL_SEED", "9")))
    for run in range(KILLS):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
            if (template / f"b.sqlite{suffix}").exists():
                shutil.copy(template / f"b.sqlite{suffix}", f"{db}{suffix}")
        process = _command(db, tmp_path / "home")
        time.sleep(rng.uniform(0.2, window))  # the random moment of the kill itself
        process.send_signal(signal.SIGKILL)
        process.wait()
        _consistent(db, b.folder, team)
        assert _command(db, tmp_path / "home").wait() in (0, 1), f"run {run}"
        reopened = Store.open(db, db.parent / "backups")
        try:
            assert canonical(reopened) == canonical(a.store), f"run {run}"
        finally:
            reopened.close()
    assert device_of(a)
    a.store.close()
