"""The main window: navigation between panels, menus, shortcuts, status bar.

Built in two steps: the frame (navigation, toolbar, empty menus, status bar, the pages'
places), which needs no database, and `attach(ctx)`, which connects it to the opened
database and builds the current panel. Start-up shows the frame with the first page of
customers before SQLAlchemy is imported (views/early_start.py), so this module and what it
imports at the top import no SQLAlchemy; `MainWindow(ctx)` does both steps at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app.areas import areas
from app.changes import Changes, Kind
from views import window_menus
from views.icons import icon_file, line_icon
from views.panel_stack import LazyPanels, area_title
from views.unsaved import editors_in, failed_editor, run_dialog, settle

if TYPE_CHECKING:
    from views.context import AppContext
    from views.file_menu import Opener

# The navigation bar: roomy rows, and a selected row that reads as selected even when the
# bar does not have the focus. Palette roles only, so that dark mode follows.
NAVIGATION_STYLE = """
QListWidget#navigation { border: none; background: palette(window); outline: 0; }
QListWidget#navigation::item { padding: 9px 10px; margin: 1px 4px; border-radius: 5px; }
QListWidget#navigation::item:selected {
    background: palette(highlight); color: palette(highlighted-text);
}
QListWidget#navigation::item:hover:!selected { background: palette(midlight); }
"""


@dataclass
class WindowStart:
    """What the frame shows before a database is attached: the layout's settings, the
    database's name, the team companies (id, name) and the chosen one, and pages made
    in advance (area key -> widget a panel takes over, views/early_start.py)."""

    settings: QSettings
    database: str
    teams: list[tuple[int, str]]
    team_id: int | None
    pages: Mapping[str, QWidget] = field(default_factory=dict)


class MainWindow(QMainWindow):
    ctx: AppContext
    # The menus (views/window_menus.py).
    file_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    settings_menu: QMenu
    language_actions: QActionGroup
    _panel_menus_end: QAction
    _panel_menus: dict[str, list[QAction]]

    def __init__(
        self,
        ctx: AppContext | None = None,
        start: WindowStart | None = None,
        opener: Opener | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Raketti"))
        self.resize(QSize(1280, 800))
        if start is None:
            assert ctx is not None, "a window needs a database or what to show before one"
            start = _start_of(ctx)
        self.restart_requested = False  # set by a language change; run_gui starts anew
        self._connected: set[str] = set()  # panels whose customerRequested is connected
        self._pages = dict(start.pages)
        self.navigation = self._build_navigation()
        self.stack = QStackedWidget()
        # Each panel is built when first shown (or asked for): window.panels[key].
        self._declared = [area for area in areas() if area.panel]
        for area in self._declared:
            title = area_title(area)
            item = QListWidgetItem(title)
            item.setIcon(line_icon(icon_file(area.icon, area.key), self.palette()))
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            item.setToolTip(title)
            self.navigation.addItem(item)
            # The page's place until the panel is built (or the page made in advance).
            self.stack.addWidget(self._pages.get(area.key) or QWidget())

        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self._fit_navigation(), 1100])
        self.setCentralWidget(self.splitter)

        self.team_switcher = QComboBox()
        self.team_switcher.setObjectName("teamSwitcher")
        self.team_switcher.setMinimumContentsLength(24)
        self._show_teams(start.teams, start.team_id)
        toolbar = self.addToolBar(self.tr("Team company"))
        toolbar.setObjectName("teamToolbar")
        toolbar.addWidget(QLabel(self.tr("Team company:") + " "))
        toolbar.addWidget(self.team_switcher)

        self.status_label = QLabel()
        self.status_label.setObjectName("databaseLabel")
        self.status_label.setText(self.tr("Database: {path}").format(path=start.database))
        self.statusBar().addPermanentWidget(self.status_label)
        self._build_menu_bar()
        self._restore_layout(start.settings)
        row = int(str(start.settings.value("window/panel", 0)))
        self._first_row = row if 0 <= row < self.navigation.count() else 0
        self.navigation.blockSignals(True)  # nothing is built before attach()
        self.navigation.setCurrentRow(self._first_row)
        self.navigation.blockSignals(False)
        self.stack.setCurrentIndex(self._first_row)
        if ctx is not None:
            self.attach(ctx, opener)

    def attach(self, ctx: AppContext, opener: Opener | None = None) -> None:
        """Connect the frame to the opened database: menus, teams, and the current panel
        (built now, taking over its page made in advance if there is one). `opener` (the
        launcher) opens other databases from the File menu; None: the menu offers none."""
        self.ctx = ctx
        self.opener = opener
        self.panels = LazyPanels(
            ctx, self.stack, self._declared, self._panel_built, adopt=self._pages
        )
        self._pages = {}
        self.navigation.currentRowChanged.connect(self._panel_chosen)
        self.team_switcher.activated.connect(self._on_team_chosen)
        self._fill_menus()
        self.reload_teams()
        ctx.changed.connect(self._on_changed)
        ctx.stepFailed.connect(self._step_failed)
        row = self.navigation.currentRow()
        self.panels.show(row if row >= 0 else self._first_row)

    def _build_navigation(self) -> QListWidget:
        navigation = QListWidget()
        navigation.setObjectName("navigation")
        navigation.setIconSize(QSize(22, 22))
        navigation.setSpacing(0)
        navigation.setStyleSheet(NAVIGATION_STYLE)
        navigation.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return navigation

    def _fit_navigation(self) -> int:
        """As wide as its longest title with the icon and padding, in either language."""
        metrics = self.navigation.fontMetrics()
        longest = max(
            (
                metrics.horizontalAdvance(self.navigation.item(row).text())
                for row in range(self.navigation.count())
            ),
            default=80,
        )
        width = longest + self.navigation.iconSize().width() + 56  # padding, margins, gap
        self.navigation.setMinimumWidth(width)
        self.navigation.setMaximumWidth(width + 80)
        return width

    # --- unsaved input (views/unsaved.py) ----------------------------------------------

    def settle_editors(self, root: QWidget | None = None) -> bool:
        """Ask about every editor under `root` (the whole window) that holds unsaved input;
        True when it is fine to go on. After a refused save, its panel is shown."""
        editors = editors_in(root or self)
        if settle(self, editors):
            return True
        self._reveal(failed_editor(editors))
        return False

    def _reveal(self, editor: object) -> None:
        if not isinstance(editor, QWidget):
            return
        order = list(self.panels)
        for key, panel in self.panels.built().items():  # an editor is in a built panel
            if panel is editor or panel.isAncestorOf(editor):
                self.navigation.setCurrentRow(order.index(key))
                editor.setFocus()
                return

    def _panel_chosen(self, row: int) -> None:
        """Switch panels, unless the one being left holds input the user wants to keep."""
        if row < 0:
            return
        current = self.stack.currentIndex()
        if row == current and self.panels.key_at(row) in self.panels.built():
            return
        leaving = self.stack.currentWidget()
        if (
            row != current
            and leaving is not None
            and self.stack.count()
            and not self.settle_editors(leaving)
        ):
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(current)
            self.navigation.blockSignals(False)
            return
        self.panels.show(row)  # builds the panel when it is first shown

    # --- menus -------------------------------------------------------------------------

    def _build_menu_bar(self) -> None:
        self.menus = window_menus.build_menu_bar(self, self.navigation, self.about)
        self.file_menu, self.edit_menu = self.menus.file, self.menus.edit
        self.view_menu, self.settings_menu = self.menus.view, self.menus.settings
        self._panel_menus_end = self.menus.panels_end
        self._panel_menus = {}

    def _fill_menus(self) -> None:
        actions = window_menus.WindowActions(self.new_team, self.edit_members, self.set_language)
        self.language_actions = window_menus.fill_menus(
            self, self.menus, self.ctx, actions, self.opener
        )
        for key, panel in self.panels.built().items():
            self._panel_built(key, panel)

    def _panel_built(self, key: str, panel: QWidget) -> None:
        """A panel was just built: it may ask for a customer to be shown (a click in a chart
        opens it), and its menus (if it has any) join the menu bar."""
        requested = getattr(panel, "customerRequested", None)
        if requested is not None and key not in self._connected:
            self._connected.add(key)
            requested.connect(self.open_customer)
        hook = getattr(panel, "add_menus", None)
        if hook is None or not hasattr(self, "_panel_menus_end"):
            return  # built before the menu bar: _build_menus adds them
        bar = self.menuBar()
        before = set(bar.actions())
        hook(self)
        added = [action for action in bar.actions() if action not in before]
        order = list(self.panels)
        later = [k for k in self._panel_menus if order.index(k) > order.index(key)]
        anchor = self._panel_menus[min(later, key=order.index)][0] if later else None
        for action in added:
            bar.removeAction(action)
            bar.insertAction(anchor or self._panel_menus_end, action)
        self._panel_menus[key] = added

    # --- teams -------------------------------------------------------------------------

    def reload_teams(self) -> None:
        from app import teams

        listed = [(team["id"], team["name"]) for team in teams.list_teams(self.ctx.store)]
        self._show_teams(listed, self.ctx.team_id if self.ctx.has_team else None)

    def _show_teams(self, listed: list[tuple[int, str]], team_id: int | None) -> None:
        self.team_switcher.clear()
        for team, name in listed:
            self.team_switcher.addItem(name, team)
        if team_id is not None:
            self.team_switcher.setCurrentIndex(max(self.team_switcher.findData(team_id), 0))

    def _on_team_chosen(self, index: int) -> None:
        team_id = self.team_switcher.itemData(index)
        if team_id is not None:
            self.switch_team(int(team_id))

    def switch_team(self, team_id: int) -> bool:
        """Show another team company, after asking about input the switch would lose."""
        if self.ctx.has_team and team_id == self.ctx.team_id:
            return True
        if not self.settle_editors():
            self.reload_teams()  # the switcher shows the team that stays
            return False
        self.ctx.set_team(team_id)
        self.team_switcher.setCurrentIndex(self.team_switcher.findData(team_id))
        return True

    def new_team(self) -> None:
        from views.team_dialog import NewTeamDialog

        if not self.settle_editors():  # the new team is shown at once
            return
        dialog = NewTeamDialog(self.ctx, self)
        if run_dialog(dialog) and dialog.team_id is not None:
            self.reload_teams()
            self.switch_team(dialog.team_id)

    def edit_members(self) -> None:
        from views.team_dialog import TeamMembersDialog

        run_dialog(TeamMembersDialog(self.ctx, self))

    def open_customer(self, customer_id: int) -> None:
        """Show the customer in the Customers panel."""
        customers = self.panels.get("customers")
        if customers is None:
            return
        self.navigation.setCurrentRow(list(self.panels).index("customers"))
        customers.select_customer(customer_id)  # type: ignore[attr-defined]

    def _step_failed(self, sentence: str) -> None:
        QMessageBox.warning(self, self.tr("Undo"), sentence)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.TEAM):
            self.reload_teams()

    # --- misc --------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Save the choice; the new language needs a restart, offered at once."""
        self.ctx.settings.setValue("ui/language", code)
        self.ctx.settings.sync()
        if code == self.ctx.language:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Language"),
            self.tr(
                "Raketti shows the new language after a restart. Restart now?\n\n"
                "Choose No to keep working; the new language is used from the next start."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes and self.settle_editors():
            self.restart_requested = True
            self.close()
            if self.isVisible():  # the close was refused after all
                self.restart_requested = False

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

    def _restore_layout(self, settings: QSettings) -> None:
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
        for panel in self.panels.built().values():
            hook = getattr(panel, "save_layout", None)
            if hook:
                hook()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quit (Ctrl+Q, the window's ×): first ask about input that would be lost."""
        if not hasattr(self, "ctx"):  # closed before a database was attached: nothing to keep
            super().closeEvent(event)
            return
        if not self.settle_editors():
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)


def _start_of(ctx: AppContext) -> WindowStart:
    database = str(ctx.store.path or ctx.store.opened.url)
    return WindowStart(ctx.settings, database, [], ctx.team_id if ctx.has_team else None)
