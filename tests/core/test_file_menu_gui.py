"""File menu: open another database cleanly, recent files, back up, restore from a backup
with a preview of what each copy holds."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app import teams
from app.backups import take_backup
from app.customers import records as customers
from app.paths import Paths
from app.store import Store
from views.file_menu import FileMenu
from views.launcher import Launcher
from views.recent_files import recent_files, remember_recent
from views.restore_dialog import RestoreDialog
from views.startup import settings_for
from views.whoami import WhoAmIDialog

pytestmark = pytest.mark.gui


def make_database(path: Path, team: str, customer_names: list[str]) -> None:
    store = Store.open(path)
    try:
        team_id = teams.create_team(store, team, leader=("Aino Laine", None))
        for name in customer_names:
            customers.create_customer(store, team_id, {"name": name})
    finally:
        store.close()


@pytest.fixture
def launcher(qapp, paths: Paths, monkeypatch) -> Iterator[Launcher]:  # type: ignore[no-untyped-def]
    """The window as the start-up path opens it, on a team with two customers."""
    monkeypatch.setattr(WhoAmIDialog, "exec", lambda self: 0)  # "ask me later"
    make_database(paths.default_database, "Osuuskunta Kipinä", ["Kone Oy", "Puu Oy"])
    opener = Launcher(paths, settings_for(paths), "en")
    assert opener.open(str(paths.default_database)) is None
    yield opener
    window = opener.window
    if window is not None:
        window.close()
        window.ctx.close()
        window.deleteLater()
    qapp.processEvents()


def menu_of(launcher: Launcher) -> FileMenu:
    assert launcher.window is not None
    menu = launcher.window.findChild(FileMenu)
    assert menu is not None and menu.launcher is launcher
    return menu


def test_open_database_switches_cleanly(
    launcher: Launcher, paths: Paths, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "toinen.sqlite"
    make_database(other, "Tiimiosuuskunta Virta", ["Virta Oy"])
    first = launcher.window
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    assert menu_of(launcher).open_database()
    window = launcher.window
    assert window is not None and window is not first
    assert window.ctx.store.path == other
    assert window.team_switcher.currentText() == "Tiimiosuuskunta Virta"
    # The first file was closed: its lock is free again.
    again = Store.open(paths.default_database)
    again.close()
    assert recent_files(launcher.settings)[:2] == [other, paths.default_database]


def test_a_file_that_cannot_be_opened_brings_the_previous_one_back(
    launcher: Launcher, paths: Paths, tmp_path: Path, monkeypatch, expect_log
) -> None:  # type: ignore[no-untyped-def]
    foreign = tmp_path / "photo.sqlite"
    foreign.write_bytes(b"\x89PNG not a database" * 50)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    with expect_log("cannot open .*photo.sqlite", logger="views.opening"):
        assert not menu_of(launcher).switch_to(foreign)
    assert len(shown) == 1 and "not a Raketti database" in shown[0]
    assert launcher.window is not None
    assert launcher.window.ctx.store.path == paths.default_database


def test_cancelling_in_the_close_path_keeps_the_window(
    launcher: Launcher, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "toinen.sqlite"
    make_database(other, "Tiimiosuuskunta Virta", [])
    window = launcher.window
    assert window is not None
    # What the window's unsaved-input question does when the user picks Cancel.
    monkeypatch.setattr(type(window), "closeEvent", lambda self, event: event.ignore())
    assert not menu_of(launcher).switch_to(other)
    assert launcher.window is window and window.isVisible()
    assert customers.find_names(window.ctx.store, window.ctx.team_id, "kone")  # still open


def test_recent_files_grey_the_missing_and_forget_them(launcher: Launcher, tmp_path: Path) -> None:
    kept, gone = tmp_path / "kept.sqlite", tmp_path / "gone.sqlite"
    make_database(kept, "Tiimi", [])
    for path in (gone, kept):
        remember_recent(launcher.settings, path)
    menu = menu_of(launcher)
    menu.fill_recent()
    entries = {a.text(): a.isEnabled() for a in menu.recent_menu.actions() if a.text()}
    assert entries[f"&1 kept.sqlite – {tmp_path}"] is True
    assert entries["gone.sqlite (no longer found)"] is False
    forget = next(a for a in menu.recent_menu.actions() if a.objectName() == "forgetMissing")
    forget.trigger()
    assert gone not in recent_files(launcher.settings)
    said = launcher.window.statusBar().currentMessage()
    assert said == "Removed from the list, as they no longer exist: gone.sqlite"
    for number in range(8):
        remember_recent(launcher.settings, tmp_path / f"{number}.sqlite")
    assert len(recent_files(launcher.settings)) == 5


def test_back_up_writes_a_checked_copy_off_the_gui_thread(
    launcher: Launcher, paths: Paths, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    target = paths.backups / "kasin.sqlite"
    offered: list[str] = []

    def save_name(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        offered.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    menu_of(launcher).back_up()
    qtbot.waitUntil(lambda: "copied to" in launcher.window.statusBar().currentMessage())
    assert Path(offered[0]).parent == paths.backups
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM customer").fetchone()[0] == 2
    conn.close()


def test_restore_dialog_previews_each_copy(
    launcher: Launcher, paths: Paths, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = launcher.window
    assert window is not None
    paths.backups.mkdir(parents=True, exist_ok=True)
    older = paths.backups / "raketti-20260101-090000.sqlite"
    take_backup(paths.default_database, older)
    newer = paths.backups / "raketti-20260301-090000.sqlite"
    take_backup(paths.default_database, newer)
    with sqlite3.connect(newer) as conn:  # a copy from a Raketti of the future
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    dialog = RestoreDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.copies.count() == 2  # newest first
    with qtbot.waitSignal(dialog.previewShown) as shown:
        dialog.copies.setCurrentRow(0)
        dialog._show(dialog.copies.currentItem())
    assert "newer version of Raketti" in str(shown.args[0])
    assert not dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.previewShown):
        dialog.copies.setCurrentRow(1)
    assert dialog.labels["teams"].text() == "Osuuskunta Kipinä"
    assert dialog.labels["customers"].text() == "2"
    from models.migration import known_heads

    [head] = known_heads()  # a copy taken now is at this version's one head
    assert dialog.labels["schema"].text() == head
    assert dialog.labels["last_change"].text() not in ("", "nothing saved")
    assert dialog.restore_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    assert dialog.chosen == older


def test_restore_puts_the_copy_in_place_and_keeps_the_current_file(
    launcher: Launcher, paths: Paths, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = launcher.window
    assert window is not None
    copy = paths.backups / "raketti-20260101-090000.sqlite"
    paths.backups.mkdir(parents=True, exist_ok=True)
    take_backup(paths.default_database, copy)  # two customers
    customers.create_customer(window.ctx.store, window.ctx.team_id, {"name": "Uusi Oy"})

    def chosen(self: RestoreDialog) -> int:
        self.chosen = copy
        return 1

    told: list[str] = []
    monkeypatch.setattr(RestoreDialog, "exec", chosen)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    assert menu_of(launcher).restore()
    reopened = launcher.window
    assert reopened is not None and reopened is not window
    assert [n for _i, n in customers.find_names(reopened.ctx.store, reopened.ctx.team_id, "")] == [
        "Kone Oy",
        "Puu Oy",
    ]
    [aside] = paths.default_database.parent.glob("raketti-before-restore-*.sqlite")
    assert "kept as" in told[0] and aside.name in told[0]
    with sqlite3.connect(f"file:{aside}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT count(*) FROM customer").fetchone()[0] == 3
    conn.close()
