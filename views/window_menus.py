"""The main window's menus: their titles with the frame (so the menu bar has its height
from the first paint), their database actions when a database is attached.

The window (views/main_window.py) imports this module and hands it what the menus act on,
so nothing here imports the window back (start-up runs one way: tests/core/test_layers.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QListWidget, QMainWindow, QMenu

if TYPE_CHECKING:
    from views.context import AppContext
    from views.file_menu import Opener


@dataclass
class Menus:
    file: QMenu
    edit: QMenu
    view: QMenu
    settings: QMenu
    panels_end: QAction  # the panels' menus go before it (before Help), in navigation order


@dataclass(frozen=True)
class WindowActions:
    """What the menus ask of the window."""

    new_team: Callable[[], None]
    edit_members: Callable[[], None]
    set_language: Callable[[str], None]


def build_menu_bar(
    window: QMainWindow, navigation: QListWidget, about: Callable[[], None]
) -> Menus:
    """The menus' titles, so that the menu bar has its height from the first paint;
    their database actions are added by fill_menus()."""
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for i in range(navigation.count()):
        item = navigation.item(i)
        action = QAction(item.text(), window)
        action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
        action.triggered.connect(lambda _=False, row=i: navigation.setCurrentRow(row))
        view_menu.addAction(action)
    settings_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
    # Panels add their menus when built; they go here, before Help, in navigation order.
    panels_end = QAction(window)
    panels_end.setVisible(False)
    bar.addAction(panels_end)
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    about_action = QAction(QCoreApplication.translate("MainWindow", "&About Raketti"), window)
    about_action.triggered.connect(lambda _=False: about())
    help_menu.addAction(about_action)
    return Menus(file_menu, edit_menu, view_menu, settings_menu, panels_end)


def fill_menus(
    window: QMainWindow,
    menus: Menus,
    ctx: AppContext,
    actions: WindowActions,
    opener: Opener | None,
) -> QActionGroup:
    """The menus' actions that need the database (attach()); returns the language group."""
    from views import whoami
    from views.file_menu import FileMenu

    file_menu = menus.file
    new_team = QAction(QCoreApplication.translate("MainWindow", "New &team company…"), window)
    new_team.triggered.connect(lambda _=False: actions.new_team())
    file_menu.addAction(new_team)
    members = QAction(QCoreApplication.translate("MainWindow", "Team &members…"), window)
    members.triggered.connect(lambda _=False: actions.edit_members())
    file_menu.addAction(members)
    file_menu.addSeparator()
    quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)
    # views/file_menu.py: open, recent, back up, restore (opening through `opener`)
    FileMenu(window, file_menu, ctx, opener)
    whoami.install(window, ctx)  # views/whoami.py: "Me: …" in the status bar

    undo_text = QCoreApplication.translate("MainWindow", "&Undo")
    undo = ctx.undo_stack.createUndoAction(window, undo_text)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo_text = QCoreApplication.translate("MainWindow", "&Redo")
    redo = ctx.undo_stack.createRedoAction(window, redo_text)
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    menus.edit.addAction(undo)
    menus.edit.addAction(redo)

    language = menus.settings.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    group = QActionGroup(window)
    group.setExclusive(True)
    for code, label in (("fi", "Suomi"), ("en", "English")):
        action = QAction(label, window, checkable=True)
        action.setData(code)
        action.setChecked(code == ctx.language)
        action.triggered.connect(lambda _=False, c=code: actions.set_language(c))
        group.addAction(action)
        language.addAction(action)
    # Team sync: Settings → Team sync…, Edit → Recycle bin / Conflicts, the status bar.
    from views.sync import status as sync_status

    sync_status.install(window, ctx, menus.settings, menus.edit)
    return group
