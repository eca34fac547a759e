"""GUI start-up: friendly dialogs for bad databases, demo data offered on first start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app import teams
from app.paths import Paths
from app.store import Store
from views import startup

pytestmark = pytest.mark.gui


def test_foreign_file_gets_one_clear_dialog(
    qapp, paths: Paths, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    path = tmp_path / "photo.sqlite"
    path.write_bytes(b"\x89PNG not a database" * 50)
    assert startup.open_store(str(path), paths) is None
    assert len(shown) == 1 and "not a Raketti database" in shown[0]


def test_locked_database_names_the_holder(qapp, paths: Paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    first = Store.open(paths.default_database)
    try:
        assert startup.open_store(str(paths.default_database), paths) is None
    finally:
        first.close()
    assert "already open" in shown[0] and "process" in shown[0]


def test_first_start_offers_demo_data(qapp, store: Store, paths: Paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from views.context import AppContext

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    ctx = AppContext(store, paths, startup.settings_for(paths))
    assert startup.first_start(ctx)
    assert len(teams.list_teams(store)) == 2
    store.unsubscribe(ctx._on_change)


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
