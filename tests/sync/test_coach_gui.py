"""The coach follows several teams' shared folders read-only: each team's data arrives in
a copy of its own on the coach's laptop, the coach's matrix shows it live, and nothing is
ever written to the teams' folders."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app import teams
from app.rocket.scoring import add_score
from app.store import Store
from app.sync.api import set_folder, sync_now
from tests.sync_helpers import PASSPHRASE
from views.rocket.coach import CoachView
from views.sync.coach_feeds import CoachFeeds, FollowedTeams, followed_folders
from views.sync.passphrase_dialog import PassphraseDialog

pytestmark = pytest.mark.gui
H1_2026 = date(2026, 1, 1)


def _team_laptop(tmp_path: Path, name: str) -> tuple[Store, int, Path]:
    """A team's own laptop, syncing with its own shared folder."""
    folder = tmp_path / f"{name}-shared"
    folder.mkdir()
    store = Store.open(tmp_path / f"{name}.sqlite", tmp_path / "backups")
    team = teams.create_team(store, f"Osuuskunta {name}")
    add_score(store, team, "Y1", 2, "half_year", H1_2026, "coach")
    set_folder(store, folder, device_name=name, passphrase=PASSPHRASE)
    sync_now(store)
    return store, team, folder


def _files(folder: Path) -> dict[str, float]:
    """Every file and folder; a file with its modification time (a folder's changes when a
    file is added to it)."""
    return {str(p): p.stat().st_mtime if p.is_file() else 0.0 for p in folder.rglob("*")}


def _rows(view: CoachView) -> dict[str, tuple[str, int]]:
    matrix = view.model.matrix
    assert matrix is not None
    return {r.team_name: (r.source, r.total) for r in matrix.rows}


def test_coach_follows_two_teams_live_without_writing_to_their_folders(
    ctx, qtbot, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    naapuri, naapuri_team, folder_1 = _team_laptop(tmp_path, "Naapuri")
    kolmas, _kolmas_team, folder_2 = _team_laptop(tmp_path, "Kolmas")
    before = {**_files(folder_1), **_files(folder_2)}
    feeds = CoachFeeds.of(ctx)
    tab = FollowedTeams(ctx)
    qtbot.addWidget(tab)
    try:
        for folder in (folder_1, folder_2):
            monkeypatch.setattr(
                QFileDialog, "getExistingDirectory", lambda *a, f=folder, **k: str(f)
            )
            # the team's passphrase, which gives the coach read access (answered here)
            monkeypatch.setattr(PassphraseDialog, "ask", lambda *a: PASSPHRASE)
            runs = feeds.runs
            tab.choose()
            qtbot.waitUntil(lambda runs=runs: feeds.runs > runs and not feeds.running)
        assert followed_folders(ctx) == [folder_1, folder_2]
        assert len(feeds.stores) == 2
        assert "1 team" in tab.list.item(0).text()

        view = CoachView(ctx)
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.computed):
            view.show()
        rows = _rows(view)
        assert rows["Osuuskunta Naapuri"] == ("followed: Naapuri-shared", 2)
        assert rows["Osuuskunta Kolmas"][1] == 2

        # The team scores again and syncs; the coach's next sync shows it.
        add_score(naapuri, naapuri_team, "Y2", 3, "half_year", H1_2026, "coach")
        sync_now(naapuri)
        with qtbot.waitSignal(view.computed):
            feeds.run()
        assert _rows(view)["Osuuskunta Naapuri"][1] == 5
        after = {p: t for p, t in {**_files(folder_1), **_files(folder_2)}.items() if p in before}
        assert after == before  # nothing of the coach's was written, nothing touched
        new = set(_files(folder_1)) - set(before)
        assert all("ops" in p for p in new) and len(new) == 1  # only the team's new file

        # Stop following: the team leaves the matrix.
        tab.list.setCurrentRow(1)
        with qtbot.waitSignal(view.computed):
            tab.remove_selected()
        assert "Osuuskunta Kolmas" not in _rows(view)
    finally:
        feeds.close()
        naapuri.close()
        kolmas.close()
