"""Killed at random moments: creating a database, migrating one, taking a backup.

Each child process imports everything, is told to go, and is killed (SIGKILL: no clean-up
of any kind) after a random delay within the time its work takes. Afterwards every file
must open (or say what to do), nothing committed may be lost, and no half-written copy may
lie under a backup's name. The counts go to docs/reliability.md; a longer run:

    RAKETTI_KILLS=300 make test PYTEST_ARGS="tests/core/test_kills.py -s"
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import main
from app.paths import PROJECT_ROOT
from app.store import Store
from models.database import DatabaseError, known_heads, status
from tests.file_helpers import add_team, file_at, look

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL")]

KILLS = int(os.environ.get("RAKETTI_KILLS", "30"))
BACKUP_KILLS = max(15, KILLS // 2)
SEED = int(os.environ.get("RAKETTI_KILL_SEED", "9"))


class Forker:
    """The warm process (tests/kill_child.py) that forks one child per job."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.kill_child"],
            cwd=PROJECT_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._line() == "ready"

    def _line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def run(self, job: list[str], progress: Path, delay: float | None) -> list[str]:
        """Run one job; kill it `delay` seconds after it started (None: let it finish).
        Returns the progress words it wrote."""
        assert self.process.stdin is not None
        self.process.stdin.write("\t".join([job[0], str(progress), *job[1:]]) + "\n")
        self.process.stdin.flush()
        pid = int(self._line().split()[1])
        if delay is not None:
            time.sleep(delay)  # the random moment of the kill itself, not a wait for anything
            os.kill(pid, signal.SIGKILL)  # a zombie until reaped: the pid is still its own
        self.process.stdin.write("reap\n")
        self.process.stdin.flush()
        status = int(self._line().split()[1])
        assert (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0) or (
            delay is not None and os.WIFSIGNALED(status)
        ), f"job {job} failed (status {status})"
        words = progress.read_text().split() if progress.exists() else []
        progress.unlink(missing_ok=True)
        return words

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.process.wait()
        self.process.stdout.close()


@pytest.fixture
def forker() -> Iterator[Forker]:
    started = Forker()
    yield started
    started.close()


def _killed_runs(
    forker: Forker, job_for: Callable[[int], list[str]], count: int, progress: Path
) -> Iterator[tuple[int, list[str]]]:
    """`count` jobs, each killed at a random moment within the time an unkilled one takes."""
    started = time.perf_counter()
    forker.run(job_for(-1), progress, None)
    window = time.perf_counter() - started
    rng = random.Random(SEED)
    for i in range(count):
        yield i, forker.run(job_for(i), progress, rng.uniform(0, window))


def _stamp(path: Path) -> frozenset[str]:
    """The version stamp as committed (the -wal included), read from a copy of the file and
    its -wal: a killed writer's -wal needs recovering, which would change the original."""
    if not path.exists() or path.stat().st_size == 0:
        return frozenset()
    peek = path.parent / "peek"
    peek.mkdir(exist_ok=True)
    for suffix in ("", "-wal"):
        if Path(f"{path}{suffix}").exists():
            shutil.copy(f"{path}{suffix}", peek / f"copy.sqlite{suffix}")
    conn = sqlite3.connect(peek / "copy.sqlite")
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            return frozenset()
        return frozenset(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
    finally:
        conn.close()
        shutil.rmtree(peek)


def _reopen(path: Path, must_have: list[str]) -> None:
    """The file opens, is up to date and sound, and holds every team committed to it."""
    try:
        store = Store.open(path, path.parent / "backups")
    except DatabaseError as error:  # pragma: no cover - the message is the failure report
        pytest.fail(f"{path} could not be opened after a kill: {error} (backup {error.backup})")
    try:
        assert status(store.engine).up_to_date
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            names = set(conn.exec_driver_sql("SELECT name FROM team_company").scalars())
        assert set(must_have) <= names, f"lost {set(must_have) - names}"
    finally:
        store.close()


def _moment(path: Path, upgrade: bool) -> str:
    """When the kill came, as the file shows it: before the migration began (a new file
    still empty; an old one not yet copied to backups/), during it (not committed), after."""
    if _stamp(path) == known_heads():
        return "after the migration committed"
    began = (
        any((path.parent / "backups").glob("*.sqlite"))
        if upgrade
        else path.exists() and path.stat().st_size > 0
    )
    return "during the migration" if began else "before the migration began"


def _kill_migrations(forker: Forker, folder: Path, template: Path | None) -> Counter[str]:
    """Kill jobs opening a new file (template None) or an old one; count what they reached."""

    def path_of(i: int) -> Path:
        return folder / str(i) / "raketti.sqlite"

    def job_for(i: int) -> list[str]:
        path_of(i).parent.mkdir(parents=True)
        if template is not None:
            shutil.copy(template, path_of(i))
        return ["open", str(path_of(i)), f"Tiimi {i}"]

    seen: Counter[str] = Counter()
    for i, words in _killed_runs(forker, job_for, KILLS, folder / "progress"):
        path = path_of(i)
        seen[_moment(path, template is not None)] += 1
        seen[f"reached: {words[-1] if words else 'nothing'}"] += 1
        kept = ["Osuuskunta Vanha"] if template is not None else []
        _reopen(path, kept + ([f"Tiimi {i}"] if "committed" in words else []))
    print(f"\n{'upgrade' if template else 'new file'}: {KILLS} kills:", dict(seen))
    return seen


def test_killed_while_creating_a_database(forker: Forker, tmp_path: Path) -> None:
    seen = _kill_migrations(forker, tmp_path, None)
    assert seen["during the migration"] >= 1  # the kills do reach into the transaction


def test_killed_while_migrating_an_older_database(forker: Forker, tmp_path: Path) -> None:
    template = file_at(tmp_path / "template.sqlite", "0001_foundation")
    add_team(template, "Osuuskunta Vanha")
    seen = _kill_migrations(forker, tmp_path / "runs", template)
    assert seen["during the migration"] >= 1  # the kills do reach into the transaction


def test_killed_while_taking_a_backup(
    forker: Forker, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "team.sqlite"
    assert main.main(["demo", "--db", str(source), "--customers", "2000"]) == 0
    [(customers,)] = look(source, "SELECT count(*) FROM customer")
    copies = tmp_path / "copies"
    target = copies / "copy.sqlite"
    complete = absent = interrupted = 0

    def job_for(i: int) -> list[str]:
        return ["backup", str(source), str(target if i >= 0 else tmp_path / "timing.sqlite")]

    partial: set[str] = set()
    for _i, _words in _killed_runs(forker, job_for, BACKUP_KILLS, tmp_path / "progress"):
        if not target.exists():
            now = {p.name for p in copies.glob(".copy.sqlite.*.partial")}
            if now - partial:
                interrupted += 1  # killed while writing or checking the hidden copy
            else:
                absent += 1
            partial |= now
            continue
        complete += 1
        assert main.main(["check", "--db", str(target)]) == 0  # whole and sound, or not there
        assert look(target, "SELECT count(*) FROM customer") == [(customers,)]
        for extra in copies.glob("copy.sqlite*"):
            extra.unlink()
    left = sorted(p.name for p in copies.glob(".copy.sqlite.*")) if copies.exists() else []
    capsys.readouterr()
    with capsys.disabled():
        print(
            f"\nbackup: {BACKUP_KILLS} kills: {complete} complete under the final name, "
            f"{interrupted} while the hidden copy was written, {absent} before it began; "
            f"{len(left)} hidden files left"
        )
    assert main.main(["backup", "--db", str(source), str(target)]) == 0
    assert not list(copies.glob(".copy.sqlite.*"))  # the next backup clears what kills left
