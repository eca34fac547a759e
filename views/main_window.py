"""The main window: navigation between panels, menus, shortcuts, status bar."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app import teams
from app.areas import areas, load
from app.changes import Changes, Kind
from views import whoami
from views.context import AppContext
from views.file_menu import FileMenu


class PanelClass(Protocol):
    """What the main window needs of an area's panel class."""

    def __call__(self, ctx: AppContext) -> QWidget: ...

    def tr_title(self) -> str: ...


def _panels() -> list[tuple[str, PanelClass]]:
    """Each area's panel class, in navigation order, from the areas' declarations.

    Imported here, not at module level, so that each panel module is loaded once the
    QApplication exists.
    """
    return [(area.key, load(area.panel)) for area in areas() if area.panel]


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Raketti"))
        self.resize(QSize(1280, 800))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMinimumWidth(120)
        self.stack = QStackedWidget()
        self.panels: dict[str, QWidget] = {}
        for key, panel_class in _panels():
            panel = panel_class(ctx)
            self.panels[key] = panel
            self.stack.addWidget(panel)
            item = QListWidgetItem(panel_class.tr_title())
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 1100])
        self.setCentralWidget(self.splitter)

        self.team_switcher = QComboBox()
        self.team_switcher.setObjectName("teamSwitcher")
        self.team_switcher.setMinimumContentsLength(24)
        self.team_switcher.activated.connect(self._on_team_chosen)
        toolbar = self.addToolBar(self.tr("Team company"))
        toolbar.setObjectName("teamToolbar")
        toolbar.addWidget(QLabel(self.tr("Team company:") + " "))
        toolbar.addWidget(self.team_switcher)

        self.status_label = QLabel()
        self.status_label.setObjectName("databaseLabel")
        database = ctx.store.path or ctx.store.opened.url
        self.status_label.setText(self.tr("Database: {path}").format(path=database))
        self.statusBar().addPermanentWidget(self.status_label)
        self._build_menus()
        self.reload_teams()
        ctx.changed.connect(self._on_changed)
        ctx.stepFailed.connect(self._step_failed)
        self._restore_layout()
        self.navigation.setCurrentRow(int(str(ctx.settings.value("window/panel", 0))))

    # --- menus -------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new_team = QAction(self.tr("New &team company…"), self)
        new_team.triggered.connect(self.new_team)
        file_menu.addAction(new_team)
        members = QAction(self.tr("Team &members…"), self)
        members.triggered.connect(self.edit_members)
        file_menu.addAction(members)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        FileMenu(self, file_menu)  # views/file_menu.py: open, recent, back up, restore
        whoami.install(self, self.ctx)  # views/whoami.py: "Me: …" in the status bar

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.edit_menu = edit_menu

        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        for i in range(self.navigation.count()):
            item = self.navigation.item(i)
            action = QAction(item.text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.navigation.setCurrentRow(row))
            self.view_menu.addAction(action)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language = settings_menu.addMenu(self.tr("&Language"))
        current = self.ctx.settings.value("ui/language", "fi")
        for code, label in (("fi", "Suomi"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            language.addAction(action)

        for panel in self.panels.values():
            hook = getattr(panel, "add_menus", None)
            if hook:
                hook(self)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Raketti"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    # --- teams -------------------------------------------------------------------------

    def reload_teams(self) -> None:
        self.team_switcher.clear()
        for team in teams.list_teams(self.ctx.store):
            self.team_switcher.addItem(team["name"], team["id"])
        if self.ctx.has_team:
            index = self.team_switcher.findData(self.ctx.team_id)
            self.team_switcher.setCurrentIndex(max(index, 0))

    def _on_team_chosen(self, index: int) -> None:
        team_id = self.team_switcher.itemData(index)
        if team_id is not None:
            self.ctx.set_team(int(team_id))

    def new_team(self) -> None:
        from views.team_dialog import NewTeamDialog

        dialog = NewTeamDialog(self.ctx, self)
        if dialog.exec() and dialog.team_id is not None:
            self.reload_teams()
            self.ctx.set_team(dialog.team_id)
            self.team_switcher.setCurrentIndex(self.team_switcher.findData(dialog.team_id))

    def edit_members(self) -> None:
        from views.team_dialog import TeamMembersDialog

        TeamMembersDialog(self.ctx, self).exec()

    def _step_failed(self, sentence: str) -> None:
        QMessageBox.warning(self, self.tr("Undo"), sentence)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.TEAM):
            self.reload_teams()

    # --- misc --------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        self.ctx.settings.setValue("ui/language", code)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language is used from the next start of Raketti."),
        )

    def about(self) -> None:
        path = self.ctx.store.path or self.ctx.store.opened.url
        QMessageBox.about(
            self,
            self.tr("About Raketti"),
            self.tr(
                "Raketti helps team companies move customers up the ladder.\n\nDatabase: {path}"
            ).format(path=path),
        )

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def _restore_layout(self) -> None:
        settings = self.ctx.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        settings = self.ctx.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/panel", self.navigation.currentRow())
        for panel in self.panels.values():
            hook = getattr(panel, "save_layout", None)
            if hook:
                hook()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)
