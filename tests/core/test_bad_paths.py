"""Bad paths and files get a sentence, not a traceback; the lock follows the file, not its name;
backups and checks never leave or make a half-written file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

import main
from app.lock import LockedError
from app.paths import Paths
from app.store import Store
from models.database import DatabaseError
from tests.file_helpers import digest, look, without_root_powers


def _one_sentence(capsys: pytest.CaptureFixture[str], *words: str) -> str:
    err = capsys.readouterr().err
    assert err.startswith("raketti: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    for word in words:
        assert word in err
    return err


def test_a_new_database_in_folders_that_do_not_exist_yet_creates_them(tmp_path: Path) -> None:
    target = tmp_path / "not" / "yet" / "there.sqlite"
    assert main.main(["demo", "--db", str(target), "--customers", "3"]) == 0
    assert main.main(["check", "--db", str(target)]) == 0


@pytest.mark.parametrize("as_url", [False, True])
def test_a_folder_given_as_the_database_gets_a_sentence(
    tmp_path: Path, as_url: bool, capsys: pytest.CaptureFixture[str], expect_log: Any
) -> None:
    folder = tmp_path / "somewhere"
    folder.mkdir()
    target = f"sqlite:///{folder}" if as_url else str(folder)
    with expect_log("demo refused: .*is a folder", logger="app.cli"):
        assert main.main(["demo", "--db", target, "--customers", "3"]) == 2
    _one_sentence(capsys, "is a folder")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "somewhere"]  # no lock file
    assert not list(folder.iterdir())


def test_a_file_where_a_folder_should_be_gets_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], expect_log: Any
) -> None:
    (tmp_path / "notes.txt").write_text("a file")
    with expect_log("demo refused", logger="app.cli"):
        assert main.main(["demo", "--db", str(tmp_path / "notes.txt" / "x.sqlite")]) == 2
    _one_sentence(capsys, "is a file, not a folder")


def test_a_new_database_in_a_read_only_folder_gets_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], expect_log: Any
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with without_root_powers(), expect_log("demo refused", logger="app.cli"):
            assert main.main(["demo", "--db", str(folder / "x.sqlite")]) == 2
    finally:
        folder.chmod(0o755)
    _one_sentence(capsys, "read-only")
    assert list(folder.iterdir()) == []  # no lock file, no database


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_opens_read_only_and_leaves_nothing_beside_it(
    tmp_path: Path, what: str, capsys: pytest.CaptureFixture[str], expect_log: Any
) -> None:
    folder = tmp_path / "team"
    path = folder / "team.sqlite"
    assert main.main(["demo", "--db", str(path), "--customers", "5"]) == 0
    (folder / "team.sqlite.lock").unlink()
    before = digest(path)
    locked = path if what == "file" else folder
    locked.chmod(0o444 if what == "file" else 0o555)
    try:
        with without_root_powers():
            store = Store.open(path)
            try:
                assert store.read_only and store.read_only_file
                assert store.rows(text("SELECT count(*) FROM customer"))[0][0] == 5
            finally:
                store.close()
            coach = Store.open(path, read_only=True)  # as the coach's view opens it
            try:
                assert coach.rows(text("SELECT count(*) FROM team_company"))[0][0] == 2
            finally:
                coach.close()
            with expect_log("demo refused: .*read-only", logger="app.cli"):
                assert main.main(["demo", "--db", str(path)]) == 2
    finally:
        locked.chmod(0o755 if what == "folder" else 0o644)
    _one_sentence(capsys, "read-only")
    assert sorted(p.name for p in folder.iterdir()) == ["team.sqlite"]  # no -wal, -shm, lock
    assert digest(path) == before


@pytest.fixture
def holder(paths: Paths) -> Any:
    store = Store.open(paths.default_database)
    yield store
    store.close()


@pytest.mark.parametrize("kind", ["hard link", "symlink URL", "other spelling URL"])
def test_the_lock_follows_the_file_not_its_name(
    holder: Store, paths: Paths, tmp_path: Path, kind: str
) -> None:
    original = paths.default_database
    other = tmp_path / "elsewhere" / "alias.sqlite"
    other.parent.mkdir()
    if kind == "hard link":
        os.link(original, other)
        target = str(other)
    elif kind == "symlink URL":
        other.symlink_to(original)
        target = f"sqlite:///{other}"
    else:
        target = f"sqlite:///{original.parent}/../data/./{original.name}"
    with pytest.raises(LockedError, match=str(os.getpid())):
        Store.open(target)
    holder.close()
    again = Store.open(target)  # once the original is closed, any name may open it
    again.close()


def test_backup_into_a_folder_that_does_not_exist_creates_it(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "usb" / "raketti" / "copy.sqlite"
    assert main.main(["backup", "--db", str(store.path), str(target)]) == 0
    assert "created the folder" in capsys.readouterr().out
    assert main.main(["check", "--db", str(target)]) == 0


def test_backup_into_an_existing_folder_names_the_copy(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main.main(["backup", "--db", str(store.path), str(tmp_path)]) == 0
    [copy] = tmp_path.glob("raketti-*.sqlite")
    assert str(copy) in capsys.readouterr().out


def _corrupt_an_index_page(path: Path) -> None:
    """Trash an index's root page: header, schema and the tables stay readable."""
    [(root,)] = look(
        path, "SELECT rootpage FROM sqlite_master WHERE name = 'ix_customer_ladder_board'"
    )
    with path.open("r+b") as handle:
        handle.seek((int(str(root)) - 1) * 4096)
        handle.write(b"\xff" * 4096)


def test_a_backup_that_fails_its_check_never_appears_under_its_name(
    paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str], expect_log: Any
) -> None:
    assert main.main(["demo", "--customers", "300"]) == 0
    _corrupt_an_index_page(paths.default_database)
    target = tmp_path / "copy.sqlite"
    with expect_log("backup refused: .*integrity check", logger="app.cli"):
        assert main.main(["backup", str(target)]) == 2
    _one_sentence(capsys, "integrity check")
    assert list(tmp_path.iterdir()) == [tmp_path / "home"]  # no copy, no partial copy


def _half_written(folder: Path) -> tuple[Path, Path]:
    """A database file killed in the middle of a write in rollback-journal mode (as a
    `backup` written straight under its final name was): changed pages in the file, the
    originals in the hot journal beside it."""
    path = folder / "half.sqlite"
    script = (
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect({str(path)!r})\n"
        "c.execute('PRAGMA cache_size = 1')\n"
        "c.execute('CREATE TABLE t (x)')\n"
        "c.executemany('INSERT INTO t VALUES (?)', [('a' * 500,)] * 200)\n"
        "c.commit()\n"
        "c.execute('BEGIN')\n"
        "c.execute(\"UPDATE t SET x = 'b' * 500\")\n"  # more than the cache: spilled
        "print('ready', flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    child.kill()
    child.wait()
    child.stdout.close()
    journal = folder / "half.sqlite-journal"
    assert journal.stat().st_size > 0
    return path, journal


def test_check_leaves_a_half_written_file_byte_for_byte(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, journal = _half_written(tmp_path)
    before = (digest(path), digest(journal))
    assert main.main(["check", "--db", str(path)]) == 1
    assert "was interrupted" in capsys.readouterr().err
    assert (digest(path), digest(journal)) == before


def test_check_changes_nothing_in_a_sound_file(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main.main(["demo", "--customers", "5"]) == 0
    names = sorted(p.name for p in paths.data.iterdir())
    before = digest(paths.default_database)
    assert main.main(["check"]) == 0
    assert sorted(p.name for p in paths.data.iterdir()) == names
    assert digest(paths.default_database) == before


def test_a_database_error_from_a_damaged_file_names_the_backup_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], expect_log: Any
) -> None:
    from tests.file_helpers import file_at

    path = file_at(tmp_path / "team.sqlite", "0002_ladder")
    assert main.main(["demo", "--db", str(path), "--customers", "0"]) == 0  # migrates
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with expect_log("demo refused: .*damaged", logger="app.cli"):
        assert main.main(["demo", "--db", str(path)]) == 2
    err = _one_sentence(capsys, "damaged", "before the last update")
    [backup] = (tmp_path / "home" / "data" / "backups").glob("team-before-migration-*.sqlite")
    assert str(backup) in err
    with pytest.raises(DatabaseError):
        Store.open(path)
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0002_ladder",)]
    conn.close()
