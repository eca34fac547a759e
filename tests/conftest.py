"""Shared fixtures: every test gets its own scratch folder and its own fresh database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app import teams
from app.paths import Paths
from app.store import Store


@pytest.fixture(autouse=True)
def scratch_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    """Point every Raketti path at the test's own folder: no test touches real user data."""
    monkeypatch.setenv("RAKETTI_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("RAKETTI_DB", raising=False)
    paths = Paths(
        tmp_path / "home" / "data", tmp_path / "home" / "config", tmp_path / "home" / "logs"
    )
    paths.ensure()
    return paths


@pytest.fixture
def paths(scratch_home: Paths) -> Paths:
    return scratch_home


@pytest.fixture
def store(paths: Paths) -> Iterator[Store]:
    opened = Store.open(paths.default_database, paths.backups)
    yield opened
    opened.close()


@pytest.fixture
def team_id(store: Store) -> int:
    """A team company with a leader and an entrepreneur."""
    team = teams.create_team(store, "Osuuskunta Testi", "Tiimiakatemia")
    teams.add_member(store, team, "Aino Laine", "aino@example.fi", "team_leader")
    teams.add_member(store, team, "Eetu Niemi", "eetu@example.fi", "team_entrepreneur")
    return team


@pytest.fixture
def ctx(store: Store, paths: Paths, team_id: int, qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from views.context import AppContext

    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    context = AppContext(store, paths, settings)
    context.set_team(team_id)
    yield context
    context.background.close()
    store.unsubscribe(context._on_change)


@pytest.fixture
def window(ctx, qtbot):  # type: ignore[no-untyped-def]
    from views.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win
