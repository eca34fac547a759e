"""One language decision: the --lang flag over the saved setting, for content as for labels."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.paths import Paths
from app.store import Store
from views.context import AppContext
from views.i18n import chosen_language


def test_the_flag_wins_over_the_setting_and_unknown_values_fall_back(paths: Paths) -> None:
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "fi")
    assert chosen_language("en", settings) == "en"
    assert chosen_language(None, settings) == "fi"
    settings.setValue("ui/language", "sv")
    assert chosen_language(None, settings) == "fi"


def test_panels_pick_content_in_the_chosen_language(
    store: Store, paths: Paths, team_id: int, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from views.ladder.panel import LadderPanel

    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "fi")
    ctx = AppContext(store, paths, settings, "en")
    ctx.set_team(team_id)
    try:
        assert ctx.language == "en"
        panel = LadderPanel(ctx)
        qtbot.addWidget(panel)
        assert panel.lang == "en"  # criteria texts from resources/ follow the flag
    finally:
        ctx.background.close()
        store.unsubscribe(ctx._on_change)
