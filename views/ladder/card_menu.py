"""A ladder card's context menu: move up or down to each other level, and its history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.ladder.cards import Card
from models.ladder import LEVELS
from views.ladder.labels import level_title


def add_move_entries(
    menu: QMenu,
    card: Card,
    request_move: Callable[[int, str], object],
    show_history: Callable[[], None],
) -> None:
    for level in reversed(LEVELS):
        if level == card.level:
            continue
        up = LEVELS.index(level) > LEVELS.index(card.level)
        text = (
            QCoreApplication.translate("LadderPanel", "Move up to {level} ({title})…")
            if up
            else QCoreApplication.translate("LadderPanel", "Move down to {level} ({title})…")
        )
        action = QAction(text.format(level=level, title=level_title(level)), menu)
        action.triggered.connect(lambda _=False, lv=level: request_move(card.id, lv))
        menu.addAction(action)
    menu.addSeparator()
    history = menu.addAction(QCoreApplication.translate("LadderPanel", "Show history"))
    history.triggered.connect(lambda _=False: show_history())
