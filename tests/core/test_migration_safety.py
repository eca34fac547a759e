"""Migrations are atomic, what older runs left half-done is finished, and start-up is cheap."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from app.lock import DatabaseLock
from app.paths import PROJECT_ROOT, Paths
from app.store import Store
from models.database import DatabaseError, backup_copy, open_database, script_heads, status
from tests.file_helpers import add_team, digest, file_at, look, teams_in, user_tables


@contextmanager
def stopped_at(sql_start: str) -> Iterator[None]:
    """Make every engine fail at the first statement starting with `sql_start`, the way a
    crash or a full disk stops a migration at that point."""

    def fail(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith(sql_start.upper()):
            raise sqlite3.OperationalError(f"stopped before {sql_start}")

    event.listen(Engine, "before_cursor_execute", fail)
    try:
        yield
    finally:
        event.remove(Engine, "before_cursor_execute", fail)


def test_a_creation_stopped_before_its_stamp_leaves_no_tables(
    tmp_path: Path, expect_log: Any
) -> None:
    path = tmp_path / "new.sqlite"
    with (
        expect_log("failed", logger="models.database", level=logging.ERROR),
        stopped_at("INSERT INTO alembic_version"),
        pytest.raises(DatabaseError),
    ):
        open_database(path)
    assert user_tables(path) == set()  # all of 0001 rolled back with the missing stamp
    opened = open_database(path)  # and the next start creates it whole
    try:
        assert status(opened.engine).up_to_date and opened.created
    finally:
        opened.engine.dispose()


def test_an_upgrade_stopped_halfway_leaves_the_file_as_it_was(
    tmp_path: Path, expect_log: Any
) -> None:
    path = file_at(tmp_path / "old.sqlite", "0001_foundation")
    add_team(path, "Osuuskunta Vanha")
    tables = user_tables(path)
    with (
        expect_log("failed", logger="models.database", level=logging.ERROR),
        stopped_at("UPDATE alembic_version"),
        pytest.raises(DatabaseError),
    ):
        open_database(path, tmp_path / "backups")
    assert user_tables(path) == tables
    assert look(path, "SELECT version_num FROM alembic_version") == [("0001_foundation",)]
    opened = open_database(path, tmp_path / "backups")
    try:
        assert status(opened.engine).up_to_date
    finally:
        opened.engine.dispose()
    assert teams_in(path) == ["Osuuskunta Vanha"]


def test_an_unfinished_creation_left_by_an_older_raketti_is_finished(tmp_path: Path) -> None:
    # What the old, non-atomic migration left when killed: tables and an empty stamp.
    path = file_at(tmp_path / "half.sqlite", "0001_foundation")
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()
    opened = open_database(path, tmp_path / "backups")
    try:
        assert status(opened.engine).up_to_date and opened.created
    finally:
        opened.engine.dispose()


def _half_applied(tmp_path: Path) -> Path:
    """A file stamped 0002 holding a table of 0003, as a kill in the middle of an older
    Raketti's upgrade left it (it then failed: 'table rocket_process already exists')."""
    reference = open_database(tmp_path / "reference.sqlite")
    reference.engine.dispose()
    [(sql,)] = look(
        tmp_path / "reference.sqlite",
        "SELECT sql FROM sqlite_master WHERE name = 'rocket_process'",
    )
    path = file_at(tmp_path / "half.sqlite", "0002_ladder")
    add_team(path, "Osuuskunta Kesken")
    conn = sqlite3.connect(path)
    conn.execute(str(sql))
    conn.commit()
    conn.close()
    return path


def test_a_half_applied_revision_is_rolled_back_and_run_again(tmp_path: Path) -> None:
    path = _half_applied(tmp_path)
    opened = open_database(path, tmp_path / "backups")
    try:
        assert status(opened.engine).up_to_date
        assert opened.backup is not None and opened.backup.exists()
    finally:
        opened.engine.dispose()
    assert teams_in(path) == ["Osuuskunta Kesken"]


def test_what_cannot_be_explained_is_refused_untouched_and_the_backup_named(
    tmp_path: Path,
) -> None:
    path = _half_applied(tmp_path)
    backups = tmp_path / "backups"
    taken = backup_copy(path, backups, "before-migration")
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE ladder_setting")  # its stamp says it is there: no leftover
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseError, match="half-updated") as error:
        open_database(path, backups)
    assert error.value.backup == taken
    assert digest(path) == before


def test_restoring_a_backup_keeps_the_file_it_replaces(tmp_path: Path) -> None:
    from app.backups import restore_backup

    path = file_at(tmp_path / "team.sqlite", "0002_ladder")
    add_team(path, "Osuuskunta Talteen")
    opened = open_database(path, tmp_path / "backups")  # migrates: the copy is taken first
    opened.engine.dispose()
    assert opened.backup is not None
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    broken = digest(path)
    with pytest.raises(DatabaseError, match="damaged") as error:
        open_database(path, tmp_path / "backups")
    assert error.value.backup == opened.backup
    aside = restore_backup(path, opened.backup)
    assert aside is not None and digest(aside) == broken  # kept, byte for byte
    assert teams_in(path) == ["Osuuskunta Talteen"]
    again = open_database(path, tmp_path / "backups")  # the restored copy is migrated again
    try:
        assert status(again.engine).up_to_date
    finally:
        again.engine.dispose()


def test_restoring_is_refused_while_the_database_is_open(paths: Paths) -> None:
    from app.backups import restore_backup

    store = Store.open(paths.default_database, paths.backups)
    copy = paths.data / "copy.sqlite"
    backup_copy(paths.default_database, paths.data, "x").rename(copy)
    try:
        from app.lock import LockedError

        with pytest.raises(LockedError):
            restore_backup(paths.default_database, copy)
    finally:
        store.close()


def test_known_heads_are_alembics_heads() -> None:
    from models.database import known_heads

    assert known_heads() == script_heads()


def test_opening_an_up_to_date_file_needs_no_alembic(paths: Paths) -> None:
    Store.open(paths.default_database).close()
    script = (
        "import sys; from app.store import Store; "
        f"s = Store.open({str(paths.default_database)!r}); s.close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "[]"


@pytest.fixture
def statements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every SQL statement any SQLite connection runs during the test."""
    seen: list[str] = []
    real = sqlite3.connect

    def traced(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real(*args, **kwargs)
        conn.set_trace_callback(seen.append)
        return conn

    monkeypatch.setattr(sqlite3, "connect", traced)
    return seen


def test_the_whole_file_is_scanned_only_after_an_unclean_shutdown(
    paths: Paths, statements: list[str]
) -> None:
    Store.open(paths.default_database).close()
    statements.clear()
    Store.open(paths.default_database).close()
    assert not [s for s in statements if "_check" in s]  # a clean start reads no more
    # A run killed while holding the database leaves its note in the lock file.
    DatabaseLock.for_database(paths.default_database).path.write_text('{"pid": "1"}')
    statements.clear()
    Store.open(paths.default_database).close()
    assert [s for s in statements if "quick_check" in s]
    statements.clear()
    Store.open(paths.default_database).close()  # that run ended cleanly: no scan again
    assert not [s for s in statements if "_check" in s]
