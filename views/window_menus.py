"""The main window's menus: their titles with the frame (so the menu bar has its height
from the first paint), their database actions when a database is attached."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

if TYPE_CHECKING:
    from views.main_window import MainWindow


def build_menu_bar(window: MainWindow) -> None:
    """The menus' titles, so that the menu bar has its height from the first paint;
    their database actions are added by attach()."""
    window.file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window.edit_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    window.view_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for i in range(window.navigation.count()):
        item = window.navigation.item(i)
        action = QAction(item.text(), window)
        action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
        action.triggered.connect(lambda _=False, row=i: window.navigation.setCurrentRow(row))
        window.view_menu.addAction(action)
    window.settings_menu = window.menuBar().addMenu(
        QCoreApplication.translate("MainWindow", "&Settings")
    )
    # Panels add their menus when built; they go here, before Help, in navigation order.
    window._panel_menus_end = QAction(window)
    window._panel_menus_end.setVisible(False)
    window.menuBar().addAction(window._panel_menus_end)
    window._panel_menus = {}
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    about = QAction(QCoreApplication.translate("MainWindow", "&About Raketti"), window)
    about.triggered.connect(window.about)
    help_menu.addAction(about)


def fill_menus(window: MainWindow) -> None:
    """The menus' actions that need the database (attach())."""
    from views import whoami
    from views.file_menu import FileMenu

    file_menu = window.file_menu
    new_team = QAction(QCoreApplication.translate("MainWindow", "New &team company…"), window)
    new_team.triggered.connect(window.new_team)
    file_menu.addAction(new_team)
    members = QAction(QCoreApplication.translate("MainWindow", "Team &members…"), window)
    members.triggered.connect(window.edit_members)
    file_menu.addAction(members)
    file_menu.addSeparator()
    quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)
    FileMenu(window, file_menu)  # views/file_menu.py: open, recent, back up, restore
    whoami.install(window, window.ctx)  # views/whoami.py: "Me: …" in the status bar

    undo = window.ctx.undo_stack.createUndoAction(
        window, QCoreApplication.translate("MainWindow", "&Undo")
    )
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.ctx.undo_stack.createRedoAction(
        window, QCoreApplication.translate("MainWindow", "&Redo")
    )
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    window.edit_menu.addAction(undo)
    window.edit_menu.addAction(redo)

    language = window.settings_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    window.language_actions = QActionGroup(window)
    window.language_actions.setExclusive(True)
    for code, label in (("fi", "Suomi"), ("en", "English")):
        action = QAction(label, window, checkable=True)
        action.setData(code)
        action.setChecked(code == window.ctx.language)
        action.triggered.connect(lambda _=False, c=code: window.set_language(c))
        window.language_actions.addAction(action)
        language.addAction(action)
    # Team sync: Settings → Team sync…, Edit → Recycle bin / Conflicts, the status bar.
    from views.sync import status as sync_status

    sync_status.install(window, window.ctx, window.settings_menu, window.edit_menu)
