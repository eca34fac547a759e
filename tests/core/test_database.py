"""Opening databases: migration, backup, locks, and refusing bad files untouched."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

import app.lock
from app.lock import DatabaseLock, LockedError
from app.paths import PROJECT_ROOT, Paths
from app.store import ReadOnlyError, Store
from models.database import (
    DatabaseError,
    alembic_config,
    open_database,
    script_heads,
    status,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_migrated_with_wal_and_foreign_keys(paths: Paths) -> None:
    store = Store.open(paths.data / "new.sqlite")
    try:
        assert status(store.engine).up_to_date
        with store.read() as session:
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert session.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    finally:
        store.close()


def test_foreign_file_is_refused_and_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    path = folder / "notes.sqlite"
    path.write_bytes(b"These are my notes, not a database.\n" * 20)
    before = digest(path)
    with pytest.raises(DatabaseError, match="not a Raketti database"):
        open_database(path)
    assert digest(path) == before
    assert [p.name for p in folder.iterdir()] == ["notes.sqlite"]  # no -wal, no lock


def test_other_programs_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseError, match="some other program"):
        open_database(path)
    assert digest(path) == before


def test_corrupt_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    opened = open_database(path)
    opened.engine.dispose()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # trash the schema page after the header
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(DatabaseError, match="damaged"):
        open_database(path)
    assert digest(path) == before


def test_newer_version_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(path).engine.dispose()
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM alembic_version")
    conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(path)
    assert digest(path) == before


def test_backup_is_taken_before_a_migration(tmp_path: Path) -> None:
    assert "0001_foundation" not in script_heads()  # so a 0001 file has migrations due
    path = tmp_path / "old.sqlite"
    opened = open_database(path)
    config = alembic_config()
    with opened.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001_foundation")
    assert not status(opened.engine).up_to_date
    opened.engine.dispose()
    reopened = open_database(path, tmp_path / "backups")
    try:
        assert reopened.backup is not None and reopened.backup.exists()
        assert reopened.backup.parent == tmp_path / "backups"
        assert "before-migration" in reopened.backup.name
        assert status(reopened.engine).up_to_date
        copy = sqlite3.connect(reopened.backup)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0001_foundation",)
        ]
        copy.close()
    finally:
        reopened.engine.dispose()
    again = open_database(path, tmp_path / "backups")  # up to date now: no second copy
    again.engine.dispose()
    assert again.backup is None
    assert list((tmp_path / "backups").iterdir()) == [reopened.backup]


def test_second_writer_is_refused_with_the_holders_name(paths: Paths) -> None:
    first = Store.open(paths.default_database)
    try:
        with pytest.raises(LockedError) as error:
            Store.open(paths.default_database)
        assert "process" in str(error.value)
        reader = Store.open(paths.default_database, read_only=True)  # a coach may still look
        reader.close()
    finally:
        first.close()
    again = Store.open(paths.default_database)  # released on close
    again.close()


@pytest.fixture(params=["flock", "lock file"])
def lock_kind(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways app.lock locks: the kernel's flock (Linux, macOS) and, where there is no
    flock (Windows), the file's existence plus the holder's process id."""
    if request.param == "lock file":
        monkeypatch.setattr(app.lock, "fcntl", None)
    return str(request.param)


def _leave_lock(paths: Paths, host: str, pid: int) -> DatabaseLock:
    lock = DatabaseLock.for_database(paths.default_database)
    lock.path.write_text(
        json.dumps({"user": "x", "host": host, "pid": str(pid), "since": "2020-01-01 10:00"})
    )
    return lock


def test_a_crashed_runs_lock_is_taken_over(paths: Paths, lock_kind: str) -> None:
    lock = _leave_lock(paths, socket.gethostname(), 999_999_999)  # no such process
    store = Store.open(paths.default_database)
    try:
        assert store.lock is not None and store.lock.held
        holder = lock.holder()
        assert holder is not None and holder["pid"] == str(os.getpid())  # the note is ours now
        with pytest.raises(LockedError):  # and it locks: a second writer is refused
            Store.open(paths.default_database)
    finally:
        store.close()


def test_a_lock_file_of_a_running_process_is_respected(paths: Paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(app.lock, "fcntl", None)
    # Alive on this machine; on another machine, whose processes cannot be seen from here.
    for host, pid in ((socket.gethostname(), os.getpid()), ("another-machine", 999_999_999)):
        lock = _leave_lock(paths, host, pid)
        with pytest.raises(LockedError, match=host):
            Store.open(paths.default_database)
        assert lock.holder() == {
            "user": "x",
            "host": host,
            "pid": str(pid),
            "since": "2020-01-01 10:00",
        }


def test_a_killed_raketti_leaves_no_lock_behind(paths: Paths) -> None:
    Store.open(paths.default_database).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from app.store import Store; "
            f"s = Store.open({str(paths.default_database)!r}); print('ready', flush=True); "
            "time.sleep(60)",
        ],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(LockedError) as error:
            Store.open(paths.default_database)
        assert str(holder.pid) in str(error.value)
    finally:
        holder.kill()  # like a crash: no chance to release anything
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    assert holder.returncode == -signal.SIGKILL
    store = Store.open(paths.default_database)  # raises LockedError if the lock outlived it
    try:
        assert store.lock is not None and store.lock.held
        assert (store.lock.holder() or {}).get("pid") == str(os.getpid())
    finally:
        store.close()


def test_read_only_store_refuses_writes(paths: Paths) -> None:
    Store.open(paths.default_database).close()
    reader = Store.open(paths.default_database, read_only=True)
    try:
        with pytest.raises(ReadOnlyError), reader.write():
            pass
    finally:
        reader.close()


def test_read_only_opening_never_migrates_or_writes(tmp_path: Path) -> None:
    path = tmp_path / "team.sqlite"
    Store.open(path).close()
    for extra in tmp_path.glob("team.sqlite-*"):
        extra.unlink()
    before = digest(path)
    reader = Store.open(path, read_only=True)
    try:
        with reader.read() as session:
            assert (
                session.connection().exec_driver_sql("SELECT count(*) FROM customer").scalar() == 0
            )
    finally:
        reader.close()
    assert digest(path) == before
    config = alembic_config()
    opened = open_database(path)
    with opened.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001_foundation")
    opened.engine.dispose()
    older = digest(path)
    with pytest.raises(DatabaseError, match="older version"):
        Store.open(path, read_only=True)
    assert digest(path) == older  # an older file is not migrated behind the owner's back
