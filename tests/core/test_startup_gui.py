"""GUI start-up: friendly dialogs for bad databases, demo data offered on first start."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

import main
from app import teams
from app.paths import Paths
from app.store import Store
from views import first_start, opening, startup

pytestmark = pytest.mark.gui


def test_foreign_file_gets_one_clear_dialog(
    qapp, paths: Paths, tmp_path: Path, monkeypatch, expect_log
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    path = tmp_path / "photo.sqlite"
    path.write_bytes(b"\x89PNG not a database" * 50)
    with expect_log("cannot open .*photo.sqlite.*not a Raketti database", logger="views.opening"):
        assert opening.open_store(str(path), paths) is None
    assert len(shown) == 1 and "not a Raketti database" in shown[0]


def test_locked_database_names_the_holder(qapp, paths: Paths, monkeypatch, expect_log) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    first = Store.open(paths.default_database)
    try:
        with expect_log("cannot open .* already open by", logger="views.opening"):
            assert opening.open_store(str(paths.default_database), paths) is None
    finally:
        first.close()
    assert "already open" in shown[0] and "process" in shown[0]


def test_first_start_offers_demo_data(qapp, store: Store, paths: Paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from views.context import AppContext

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    ctx = AppContext(store, paths, startup.settings_for(paths))
    assert first_start.first_start(ctx)
    assert len(teams.list_teams(store)) == 2
    ctx.background.close()
    store.unsubscribe(ctx._on_change)


def _rows_in(store: Store) -> dict[str, int]:
    from sqlalchemy import func, select

    from models.all import metadata

    return {
        name: int(store.rows(select(func.count()).select_from(table))[0][0])
        for name, table in metadata.tables.items()
    }


def test_demo_runs_off_the_gui_thread_and_is_announced_on_it(
    qapp, store: Store, paths: Paths, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import threading

    from app import demo
    from app.changes import Kind
    from views.context import AppContext

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    generated_in: list[str] = []
    original = demo.generate

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        generated_in.append(threading.current_thread().name)
        return original(*args, **kwargs)

    monkeypatch.setattr(demo, "generate", recorded)
    ctx = AppContext(store, paths, startup.settings_for(paths))
    heard: list[tuple[bool, object]] = []
    ctx.changed.connect(
        lambda changes: heard.append(
            (threading.current_thread() is threading.main_thread(), changes)
        )
    )
    percents: list[int] = []
    ctx.background.progressed.connect(lambda _task, percent, _stage: percents.append(percent))
    try:
        assert first_start.first_start(ctx)
    finally:
        ctx.background.close()
        store.unsubscribe(ctx._on_change)
    assert generated_in and generated_in[0] != threading.main_thread().name
    assert len(heard) == 1 and heard[0][0]  # one change set, delivered on the GUI thread
    assert heard[0][1].touches(Kind.CUSTOMER)
    assert percents[-1] == 100 and percents == sorted(percents)
    rows = _rows_in(store)
    assert rows["team_company"] == 2 and rows["customer"] == 300 and rows["interaction"] > 0


def test_cancelled_demo_writes_nothing_and_says_so(
    qapp, store: Store, paths: Paths, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
    from sqlalchemy import text

    import app.segments.demo
    from views.context import AppContext
    from views.team_dialog import NewTeamDialog

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    offered_team: list[bool] = []
    monkeypatch.setattr(NewTeamDialog, "exec", lambda self: offered_team.append(True) or 0)
    # Hold the worker inside the demo's transaction, after the customers were inserted,
    # until the user has cancelled: the cancel cannot come after the demo finished.
    inside, release = threading.Event(), threading.Event()
    written_before_cancel: list[int] = []
    step = app.segments.demo.step

    def held_step(conn, demo_ctx):  # type: ignore[no-untyped-def]
        written_before_cancel.append(conn.execute(text("SELECT count(*) FROM customer")).scalar())
        inside.set()
        assert release.wait(10)
        step(conn, demo_ctx)

    monkeypatch.setattr(app.segments.demo, "step", held_step)
    ctx = AppContext(store, paths, startup.settings_for(paths))

    def cancel_once_inside() -> None:
        if inside.is_set() and not release.is_set():
            [dialog] = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QProgressDialog) and w.objectName() == "demoProgress"
            ]
            dialog.findChild(QPushButton).click()  # the dialog's Cancel button
            release.set()

    poll = QTimer()
    poll.timeout.connect(cancel_once_inside)
    poll.start(5)
    heard: list[object] = []
    ctx.changed.connect(heard.append)
    try:
        assert not first_start.first_start(ctx)
    finally:
        poll.stop()
        ctx.background.close()
        store.unsubscribe(ctx._on_change)
    assert release.is_set() and written_before_cancel == [300]
    assert len(told) == 1 and "nothing was written" in told[0]
    assert offered_team == [True]  # then offered to start with one's own team company
    assert heard == []  # no change was announced
    assert {name: n for name, n in _rows_in(store).items() if n} == {}


def test_gui_without_display_explains_itself(paths: Paths, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import argparse

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    args = argparse.Namespace(db=None, lang=None, command=None)
    assert startup.run_gui(args, paths) == 2
    assert "no display" in capsys.readouterr().err


def test_missing_x11_libraries_are_named_with_their_packages(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ctypes.util

    monkeypatch.setattr(startup.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(
        ctypes.util, "find_library", lambda name: None if name == "xcb-icccm" else f"lib{name}.so"
    )
    message = startup.missing_system_library()
    assert message is not None and "sudo apt-get install libxcb-icccm4'" in message
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: f"lib{name}.so")
    assert startup.missing_system_library() is None


def test_a_bug_is_logged_with_its_traceback_and_the_dialog_names_the_log(
    qtbot, paths: Paths, monkeypatch, expect_log
) -> None:  # type: ignore[no-untyped-def]
    main.setup_logging(paths)
    shown: list[tuple[str, str, bool]] = []

    def exec_(box: QMessageBox) -> int:
        selectable = bool(box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.append((box.text(), box.detailedText(), selectable))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    startup._crash_hook(paths.log_file)

    def broken_slot() -> None:
        raise RuntimeError("a bug in a slot")

    with expect_log("uncaught exception", logger="views.startup", level=logging.CRITICAL):
        # Python calls sys.excepthook like this for an exception nothing caught (PySide6 does
        # too, for one escaping a slot). Raising it through a real slot here works, but then
        # PySide6 6.12 aborts at interpreter exit ("bool_dealloc") after the GUI tests.
        try:
            broken_slot()
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    logged = paths.log_file.read_text(encoding="utf-8")
    assert "CRITICAL views.startup: uncaught exception" in logged
    assert "Traceback (most recent call last)" in logged
    assert "in broken_slot" in logged and "RuntimeError: a bug in a slot" in logged
    text, details, selectable = shown[0]
    assert str(paths.log_file) in text
    assert "in broken_slot" in details and "RuntimeError: a bug in a slot" in details
    assert selectable


def test_headless_runs_log_to_the_log_file(paths: Paths, expect_log) -> None:  # type: ignore[no-untyped-def]
    assert main.main(["demo", "--customers", "3"]) == 0
    logged = paths.log_file.read_text(encoding="utf-8")
    assert "INFO main: Raketti started: demo --customers 3" in logged
    assert "INFO app.lock: locked" in logged and "INFO models.database: opening" in logged
    assert sys.excepthook is main.log_uncaught
    try:
        raise ValueError("a bug in a command")
    except ValueError:
        with expect_log("uncaught exception", logger="main", level=logging.CRITICAL):
            main.log_uncaught(*sys.exc_info())
    assert "ValueError: a bug in a command" in paths.log_file.read_text(encoding="utf-8")


def _broken_after_a_migration(tmp_path: Path, paths: Paths) -> Path:
    """A team's file migrated once (so a copy from before it lies in backups/), then
    damaged beyond opening."""
    from tests.file_helpers import add_team, file_at

    path = file_at(tmp_path / "team.sqlite", "0002_ladder")
    add_team(path, "Osuuskunta Pelastettu")
    Store.open(path, paths.backups).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    return path


def test_a_file_that_cannot_be_opened_offers_its_backup_in_one_click(
    qapp, paths: Paths, tmp_path: Path, monkeypatch, expect_log
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    path = _broken_after_a_migration(tmp_path, paths)
    broken = path.read_bytes()
    offered: list[tuple[str, str, str]] = []

    def click_restore(box: QMessageBox) -> int:
        button = box.findChild(QPushButton, "restoreBackup")
        offered.append((box.text(), box.informativeText(), button.text()))
        button.click()
        return 0

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    with expect_log("cannot open .*team.sqlite.*damaged", logger="views.opening"):
        store = opening.open_store(str(path), paths)
    assert store is not None
    try:
        assert [t["name"] for t in teams.list_teams(store)] == ["Osuuskunta Pelastettu"]
    finally:
        store.close()
    [(text, informative, button)] = offered
    assert "damaged" in text and "backups" in informative
    assert button.startswith("Restore the backup from ")
    [aside] = tmp_path.glob("team-unopenable-*.sqlite")
    assert aside.read_bytes() == broken  # the file that failed is kept, untouched
    assert str(aside) in told[0]


def test_closing_the_restore_offer_changes_nothing(
    qapp, paths: Paths, tmp_path: Path, monkeypatch, expect_log
) -> None:  # type: ignore[no-untyped-def]
    path = _broken_after_a_migration(tmp_path, paths)
    broken = path.read_bytes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # closed without a choice
    with expect_log("cannot open", logger="views.opening"):
        assert opening.open_store(str(path), paths) is None
    assert path.read_bytes() == broken and not list(tmp_path.glob("*unopenable*"))


def test_a_read_only_file_is_said_to_be_read_only_and_opened_so(
    qapp, paths: Paths, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from tests.file_helpers import without_root_powers

    path = tmp_path / "team.sqlite"
    assert main.main(["demo", "--db", str(path), "--customers", "3"]) == 0
    path.chmod(0o444)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    try:
        with without_root_powers():
            store = opening.open_store(str(path), paths)
            assert store is not None
            store.close()
    finally:
        path.chmod(0o644)
    assert store.read_only and len(told) == 1 and "read-only" in told[0]


@pytest.mark.parametrize("as_url", [False, True])
def test_a_folder_as_the_database_gets_a_sentence_not_the_crash_dialog(
    qapp, paths: Paths, tmp_path: Path, monkeypatch, expect_log, as_url: bool
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    target = f"sqlite:///{tmp_path}" if as_url else str(tmp_path)
    with expect_log("cannot open .* is a folder", logger="views.opening"):
        assert opening.open_store(target, paths) is None
    assert len(shown) == 1 and "is a folder" in shown[0]
