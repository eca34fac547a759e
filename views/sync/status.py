"""Team sync in the status bar and the menus: the sync button (last sync time and how
many changes came in; click to sync now), the conflicts button (shown while conflicts are
open, with their count), and Settings → Team sync…, Edit → Recycle bin…."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QToolButton, QWidget

from app.changes import Changes, Kind
from app.sync.api import SyncReport
from views.context import AppContext
from views.sync.coach_feeds import CoachFeeds
from views.sync.runner import SyncRunner
from views.sync.texts import local_time
from views.unsaved import run_dialog


class SyncButton(QToolButton):
    """ "Synced 14:05 · 3 incoming": click to sync now; the arrow opens the sync menu."""

    def __init__(self, runner: SyncRunner, window: QMainWindow) -> None:
        super().__init__(window)
        self.runner = runner
        self.window_ = window
        self.setObjectName("syncButton")
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self)
        self.sync_action = menu.addAction(self.tr("Sync now"), lambda: self.clicked_())
        self.conflicts_action = menu.addAction(
            self.tr("Conflicts…"), lambda: open_conflicts(window)
        )
        menu.addAction(self.tr("Recycle bin…"), lambda: open_recycle_bin(window))
        menu.addSeparator()
        menu.addAction(self.tr("Team sync settings…"), lambda: open_settings(window))
        self.setMenu(menu)
        self.clicked.connect(lambda: self.clicked_())
        runner.stateChanged.connect(self.refresh)
        runner.finished.connect(self._finished)
        runner.failed.connect(self._failed)
        self.refresh()

    def clicked_(self) -> None:
        if not self.runner.enabled:
            open_settings(self.window_)
        else:
            self.runner.sync()

    def refresh(self) -> None:
        runner = self.runner
        self.conflicts_action.setText(
            self.tr("Conflicts ({count})…").format(count=runner.conflicts)
        )
        self.conflicts_action.setEnabled(runner.conflicts > 0)
        if not runner.enabled:
            self.setText(self.tr("Team sync: off"))
            self.setToolTip(self.tr("Click to choose the team's shared folder."))
            return
        if runner.running:
            self.setText(self.tr("Syncing…"))
            return
        if runner.last_error is not None:
            self.setText(self.tr("⚠ Sync failed"))
            self.setToolTip(runner.last_error)
            return
        when = _when(runner)
        incoming = runner.last_report.applied if runner.last_report else 0
        if when is None:
            self.setText(self.tr("Not synced yet"))
        elif runner.last_report is None:
            self.setText(self.tr("Synced {when}").format(when=when))
        else:
            self.setText(self.tr("Synced {when} · %n incoming", "", incoming).format(when=when))
        notes = "\n".join(runner.messages())
        tip = self.tr("Shared folder: {path}\nClick to sync now.").format(path=runner.folder)
        self.setToolTip(f"{notes}\n\n{tip}" if notes else tip)

    def _finished(self, report: SyncReport) -> None:
        messages = self.runner.messages()
        if messages:
            show_status(self.window_, messages[0])

    def _failed(self, sentence: str) -> None:
        show_status(self.window_, sentence)


def _when(runner: SyncRunner) -> str | None:
    if runner.last_sync is None:
        return None
    moment = local_time(runner.last_sync)
    if moment.date().toPython() == date.today():
        return QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class ConflictsButton(QToolButton):
    """ "⚠ 2 conflicts": shown only while conflicts are open; opens the list."""

    def __init__(self, runner: SyncRunner, window: QMainWindow) -> None:
        super().__init__(window)
        self.runner = runner
        self.setObjectName("conflictsButton")
        self.setAutoRaise(True)
        self.setToolTip(self.tr("Two laptops changed the same thing: choose what stays."))
        self.clicked.connect(lambda: open_conflicts(window))
        runner.stateChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        count = self.runner.conflicts
        self.setText(self.tr("⚠ %n conflict(s)", "", count))
        self.setVisible(count > 0)


def show_status(window: QMainWindow, text: str) -> None:
    window.statusBar().showMessage(text, 15000)


def open_settings(window: QMainWindow) -> None:
    from views.sync.settings_dialog import SyncSettingsDialog

    run_dialog(SyncSettingsDialog(SyncRunner.of(window), window))


def open_conflicts(window: QMainWindow) -> None:
    from views.sync.conflicts_dialog import ConflictsDialog

    run_dialog(ConflictsDialog(SyncRunner.of(window).ctx, window))


def open_recycle_bin(window: QMainWindow) -> None:
    from views.sync.recycle_bin import RecycleBinDialog

    run_dialog(RecycleBinDialog(SyncRunner.of(window).ctx, window))


def install(window: QMainWindow, ctx: AppContext, settings_menu: QMenu, edit_menu: QMenu) -> None:
    """The runner, the two status-bar buttons and the menu entries of one window."""
    runner = SyncRunner(ctx, window)
    database = window.findChild(QLabel, "databaseLabel")
    if database is not None:  # a long path gives way to the sync buttons (full path: tooltip)
        database.setToolTip(database.text())
        database.setMaximumWidth(database.fontMetrics().averageCharWidth() * 40)
    window.statusBar().addPermanentWidget(ConflictsButton(runner, window))
    window.statusBar().addPermanentWidget(SyncButton(runner, window))
    team_sync = QAction(QCoreApplication.translate("SyncMenus", "&Team sync…"), window)
    team_sync.setObjectName("teamSyncAction")
    team_sync.triggered.connect(lambda: open_settings(window))
    settings_menu.addAction(team_sync)
    edit_menu.addSeparator()
    for name, text, opener in (
        (
            "recycleBinAction",
            QCoreApplication.translate("SyncMenus", "Recycle &bin…"),
            open_recycle_bin,
        ),
        ("conflictsAction", QCoreApplication.translate("SyncMenus", "&Conflicts…"), open_conflicts),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False, o=opener: o(window))
        edit_menu.addAction(action)

    def changed(changes: Changes) -> None:
        if changes.touches(Kind.CONFLICT, Kind.SYNC) and not runner.running:
            runner.read_state()

    ctx.changed.connect(changed)
    feeds = CoachFeeds.of(ctx)
    window.destroyed.connect(lambda _=None, feeds=feeds: feeds.close())
    runner.start_after_paint(window)


def runner_of(widget: QWidget) -> SyncRunner | None:
    window = widget.window()
    return window.findChild(SyncRunner) if isinstance(window, QMainWindow) else None
