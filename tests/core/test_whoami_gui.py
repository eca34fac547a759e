"""Who am I on this laptop: asked, remembered per team company in this laptop's settings
(not in the database file), shown in the status bar and used as the author of changes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from app import teams
from app.paths import Paths
from tests.ladder_helpers import add_customer
from views import whoami
from views.context import AppContext
from views.whoami import WhoAmIButton, WhoAmIDialog

pytestmark = pytest.mark.gui


def member_id(ctx: AppContext, name: str) -> int:
    every = teams.members_of(ctx.store, ctx.team_id, include_inactive=True)
    return next(m["id"] for m in every if m["name"] == name)


def answering(name: str | None, asked: list[str] | None = None):  # type: ignore[no-untyped-def]
    """A stand-in for WhoAmIDialog.exec that picks `name` (None: "none of these")."""

    def exec_(self: WhoAmIDialog) -> int:
        if asked is not None:
            asked.append(self.windowTitle())
        for row in range(self.members.count()):
            item = self.members.item(row)
            text = item.text()
            if (name is None and item.data(Qt.ItemDataRole.UserRole) is None) or (
                name is not None and text.startswith(name)
            ):
                self.members.setCurrentRow(row)
        return QDialog.DialogCode.Accepted.value

    return exec_


def test_choosing_in_the_status_bar_sets_me_and_is_remembered_on_this_laptop(
    window, ctx, monkeypatch, paths: Paths
) -> None:  # type: ignore[no-untyped-def]
    button = window.findChild(WhoAmIButton, "whoAmI")
    assert button is not None and button.text() == "Who am I? Choose…"
    assert ctx.me is None
    monkeypatch.setattr(WhoAmIDialog, "exec", answering("Eetu Niemi"))
    button.click()
    eetu = member_id(ctx, "Eetu Niemi")
    assert ctx.me == eetu and button.text() == "Me: Eetu Niemi"

    # Another start on this laptop finds the answer; another laptop (settings) does not.
    again = AppContext(
        ctx.store, paths, QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    )
    elsewhere = AppContext(
        ctx.store, paths, QSettings(str(paths.config / "other.ini"), QSettings.Format.IniFormat)
    )
    try:
        for other in (again, elsewhere):
            other.set_team(ctx.team_id)
            whoami.load(other)
        assert again.me == eetu and elsewhere.me is None
    finally:
        for other in (again, elsewhere):
            other.background.close()
            ctx.store.unsubscribe(other._on_change)
    # The answer lives in the settings, keyed by the team company's UUID, not in the file.
    uuid = next(t["uuid"] for t in teams.list_teams(ctx.store) if t["id"] == ctx.team_id)
    assert b"whoami" not in ctx.store.path.read_bytes()
    assert uuid in paths.settings_file.read_text(encoding="utf-8")


def test_me_is_the_default_author_of_moves_interactions_and_scores(window, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from views.customers.dialogs import LogInteractionDialog
    from views.ladder.panel import LadderPanel

    aino = member_id(ctx, "Aino Laine")
    eetu = member_id(ctx, "Eetu Niemi")
    whoami.remember(ctx, ctx.team_id, eetu)
    created = date.today() - timedelta(days=100)
    cid = add_customer(ctx.store, ctx.team_id, "Kone Oy", created, owner_id=aino)
    ladder = window.panels["ladder"]  # built when first asked for
    assert isinstance(ladder, LadderPanel)
    window.navigation.setCurrentRow(list(window.panels).index("ladder"))
    # The board loads off the GUI thread: the move can be asked for once the card is there.
    qtbot.waitUntil(lambda: ladder.request_move(cid, "A2") is not None)
    move = ladder.move_dialog
    assert move is not None
    assert move.author.currentData() == eetu  # not the card's owner, Aino
    move.close()

    log = LogInteractionDialog(ctx, None)
    try:
        checked = [
            log.members.item(i).text()
            for i in range(log.members.count())
            if log.members.item(i).checkState() == Qt.CheckState.Checked
        ]
    finally:
        log.deleteLater()
    assert checked == ["Eetu Niemi"]

    from views.rocket.score_tab import ScoreTab

    window.panels["rocket"]  # built when first asked for
    scores = window.findChild(ScoreTab)
    scores.load_members()
    assert scores.member_id() == eetu  # the scorer, and so the ticks and evidence


def test_deactivating_me_makes_the_status_bar_ask_again(window, ctx) -> None:  # type: ignore[no-untyped-def]
    eetu = member_id(ctx, "Eetu Niemi")
    whoami.remember(ctx, ctx.team_id, eetu)
    button = window.findChild(WhoAmIButton, "whoAmI")
    button.refresh()
    assert button.text() == "Me: Eetu Niemi"
    teams.edit_member(ctx.store, eetu, {"active": False})
    assert ctx.me is None and button.text() == "Who am I? Choose…"


def test_the_member_made_with_a_new_team_company_is_me(window, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    new_team = teams.create_team(ctx.store, "Osuuskunta Uusi", leader=("Lumi Lahti", None))
    ctx.set_team(new_team)
    assert ctx.me == member_id(ctx, "Lumi Lahti")
    assert window.findChild(WhoAmIButton, "whoAmI").text() == "Me: Lumi Lahti"


def test_first_start_asks_once_per_team_company(qapp, paths: Paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app import demo
    from app.store import Store
    from views.launcher import Launcher
    from views.startup import settings_for

    store = Store.open(paths.default_database, paths.backups)
    demo.generate(store, customers=10, seed=2)
    store.close()
    asked: list[str] = []
    monkeypatch.setattr(WhoAmIDialog, "exec", answering(None, asked))
    for _start in range(2):
        launcher = Launcher(paths, settings_for(paths), "en")
        assert launcher.open(str(paths.default_database)) is None
        window = launcher.window
        assert window is not None and window.ctx.me is None  # "none of these": a visitor
        window.close()
        window.ctx.close()
        window.deleteLater()
    assert asked == ["Who are you?"]  # asked at the first start only
