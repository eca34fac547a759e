"""The main window builds each panel when it is first shown (or asked for), once, and its
menus join the menu bar then, in navigation order before Help."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from views import panel_stack

pytestmark = pytest.mark.gui


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The panel classes constructed, in order (the window loads them through `load`)."""
    constructed: list[str] = []
    real = panel_stack.load

    def counting(reference: str) -> Callable[[Any], Any]:
        panel_class = real(reference)

        def make(ctx: Any) -> Any:
            constructed.append(panel_class.__name__)
            return panel_class(ctx)

        return make

    monkeypatch.setattr(panel_stack, "load", counting)
    return constructed


def _window(qtbot: Any, ctx: Any) -> Any:
    from views.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def _menus(window: Any) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible() and a.menu()]


def test_only_the_shown_panel_is_built_at_start(qtbot, ctx, made) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, ctx)
    assert made == ["CustomerPanel"]
    assert list(window.panels.built()) == ["customers"]
    # Every area is listed, with its title, without building its panel.
    titles = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert titles == [
        "Customers",
        "Customer ladder",
        "Rocket model",
        "Governance",
        "Segments and charts",
        "Customer success",
    ]
    assert list(window.panels) == [
        "customers",
        "ladder",
        "rocket",
        "governance",
        "segments",
        "success",
    ]
    assert "ladder" in window.panels and made == ["CustomerPanel"]
    assert "&Ladder" not in _menus(window)


def test_a_panel_is_built_once_when_first_shown(qtbot, ctx, made) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, ctx)
    ladder_row = list(window.panels).index("ladder")
    window.navigation.setCurrentRow(ladder_row)
    assert made == ["CustomerPanel", "LadderPanel"]
    ladder = window.panels["ladder"]
    assert window.stack.currentWidget() is ladder and ladder.isVisible()
    window.navigation.setCurrentRow(0)
    window.navigation.setCurrentRow(ladder_row)
    assert window.panels["ladder"] is ladder
    assert made == ["CustomerPanel", "LadderPanel"]  # not built again
    assert window.stack.count() == len(window.panels)
    assert _menus(window) == [
        "&File",
        "&Edit",
        "&View",
        "&Settings",
        "&Customers",
        "&Ladder",
        "&Help",
    ]


def test_a_panel_asked_for_is_built_hidden_and_menus_keep_their_order(qtbot, ctx, made) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, ctx)
    governance = window.panels["governance"]  # built by code, not shown
    assert made == ["CustomerPanel", "GovernancePanel"]
    assert not governance.isVisible() and window.stack.currentWidget() is window.panels["customers"]
    window.navigation.setCurrentRow(list(window.panels).index("ladder"))
    menus = _menus(window)
    assert menus.index("&Customers") < menus.index("&Ladder") < menus.index("&Governance")
    assert menus[-1] == "&Help"
    window.navigation.setCurrentRow(list(window.panels).index("governance"))
    assert window.panels["governance"] is governance and governance.isVisible()
    assert made.count("GovernancePanel") == 1


def test_the_remembered_panel_is_the_one_built(qtbot, ctx, made) -> None:  # type: ignore[no-untyped-def]
    first = _window(qtbot, ctx)
    first.navigation.setCurrentRow(list(first.panels).index("rocket"))
    first.close()  # saves the layout: only the built panels are asked to save theirs
    assert made == ["CustomerPanel", "RocketPanel"]
    settings = QSettings(ctx.settings.fileName(), QSettings.Format.IniFormat)
    assert int(str(settings.value("window/panel"))) == 2
    made.clear()
    second = _window(qtbot, ctx)
    assert made == ["RocketPanel"]
    assert second.stack.currentWidget() is second.panels["rocket"]


def test_the_detail_pane_is_built_after_the_first_rows_are_painted(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from views.customers.panel import CustomerPanel

    panel = CustomerPanel(ctx)
    qtbot.addWidget(panel)
    assert panel._detail is None  # not before the first paint
    assert panel.findChild(object, "customerDetail") is None
    panel.show()
    qtbot.waitUntil(lambda: panel._detail is not None)
    assert panel.findChild(object, "customerDetail") is panel.detail
    assert panel.splitter.widget(1) is panel.detail
