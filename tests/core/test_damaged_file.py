"""A page damaged in the middle of the database (the header and schema intact, so the file
opens): `main.py check` says so in one sentence and exits non-zero, and the window tells
the user once it has painted, offering File → Restore from backup…."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import text

import main
from app import teams
from app.backups import damage
from app.paths import Paths
from app.store import Store
from views.launcher import Launcher
from views.restore_dialog import RestoreDialog
from views.startup import settings_for
from views.whoami import WhoAmIDialog


def damaged_database(path: Path) -> None:
    """A Raketti database with one page of a table no start-up read touches overwritten."""
    store = Store.open(path)
    try:
        teams.create_team(store, "Tiimi Oy", leader=("Aino Laine", None))
        with store.write() as session:
            for n in range(2000):
                session.execute(
                    text(
                        "INSERT INTO sync_op(tbl, rec, kind, value, local) "
                        "VALUES ('customer', :r, 'I', :v, 0)"
                    ),
                    {"r": f"rec-{n}", "v": "x" * 300},
                )
    finally:
        store.close()
    conn = sqlite3.connect(path)
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'sync_op'")]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    page = sorted(pages)[len(pages) // 2]
    with path.open("r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(b"\xff" * size)


def test_check_says_one_sentence(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "damaged.sqlite"
    damaged_database(path)
    assert main.main(["check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "is damaged" in err and "Restore it from a backup copy" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_damage_of_a_sound_file_is_none(store: Store) -> None:
    assert damage(store.engine) is None


@pytest.mark.gui
def test_window_tells_and_offers_the_restore(  # type: ignore[no-untyped-def]
    qapp, qtbot, paths: Paths, monkeypatch, expect_log
) -> None:
    monkeypatch.setattr(WhoAmIDialog, "exec", lambda self: 0)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.objectName(), box.text())) or 0
    )
    monkeypatch.setattr(  # the user clicks "Restore from backup…"
        QMessageBox, "clickedButton", lambda box: box.findChild(QPushButton, "restoreDamaged")
    )
    offered: list[bool] = []
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: offered.append(True) or 0)
    damaged_database(paths.default_database)
    opener = Launcher(paths, settings_for(paths), "en")
    with expect_log("is damaged", logger="views.file_check"):
        assert opener.open(str(paths.default_database)) is None
        window = opener.window
        assert window is not None
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    try:
        assert shown[0][0] == "damagedFile" and "is damaged" in shown[0][1]
        qtbot.waitUntil(lambda: bool(offered), timeout=5_000)  # File → Restore from backup…
    finally:
        window.close()
        window.ctx.close()
        window.deleteLater()
        qapp.processEvents()
