"""The customer ladder panel: the A3 → A2 → A1 board, moves with reasons, and the side tabs
(the chosen customer, who to call next, advocates, statistics).

The board reloads through a Refresher (at once while the panel is visible, else when it is
shown again); the report tabs are ReportViews with their own, so a hidden panel or tab does
no work for a change the user cannot see.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes, Kind
from app.ladder import AREA
from app.ladder import steps as ladder_steps
from app.ladder.board import fetch_board, position_in_level
from app.ladder.cards import Card
from app.ladder.filters import BoardFilter
from app.ladder.moves import MoveRecord
from app.ladder.settings import LadderSettings, load_settings, save_settings
from models.ladder import LEVELS, next_level, previous_level
from views.background import Refresher
from views.context import AppContext
from views.ladder.advocates_tab import AdvocatesTab
from views.ladder.board_model import LadderColumnModel
from views.ladder.calls_tab import CallsTab
from views.ladder.card_delegate import CardDelegate
from views.ladder.card_menu import add_move_entries
from views.ladder.column_view import LadderListView
from views.ladder.details_tab import CustomerDetails
from views.ladder.dialogs import LadderSettingsDialog, MoveDialog
from views.ladder.filter_bar import LadderFilterBar
from views.ladder.labels import level_process, level_title
from views.ladder.report_tab import LadderReport
from views.ladder.stats_tab import StatsTab
from views.palette import LEVEL_COLOURS
from views.table_export import ExportViewAction

SELECT_PAGES = 20  # after a move, load at most this many pages to show the moved card


class LadderPanel(QWidget):
    @staticmethod
    def tr_title() -> str:
        return QCoreApplication.translate("LadderPanel", "Customer ladder")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("ladderPanel")
        self.lang = ctx.language
        self.settings: LadderSettings | None = None
        self.move_dialog: MoveDialog | None = None
        self.counts: dict[str, int] = {}
        self.reloads = 0  # how many times the board was read (tests count them)
        self._select_after: int | None = None
        self._selected: int | None = None

        self.filters = LadderFilterBar(ctx)
        self.owner_filter = self.filters.owner_filter
        self.size_filter = self.filters.size_filter
        self.segment_filter = self.filters.segment_filter
        # Connected before the report tabs exist, so that the filter choices are up to date
        # (a new team's members and segments) before any report captures them.
        ctx.changed.connect(self._on_changed)
        ctx.teamChanged.connect(self._on_team_changed)

        self.models: dict[str, LadderColumnModel] = {}
        self.views: dict[str, LadderListView] = {}
        self.export_actions: dict[str, ExportViewAction] = {}
        self.headers: dict[str, QLabel] = {}
        board = self._build_board()
        self._build_tabs()
        self.splitter = QSplitter()
        self.splitter.setObjectName("ladderSplitter")
        self.splitter.addWidget(board)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)

        self.filters.changed.connect(self._filters_changed)
        self.filters.settings_button.clicked.connect(self.edit_settings)
        self.refresher = Refresher(self, ctx, AREA.listens, self.reload)
        self._restore_layout()
        if ctx.has_team:
            self.filters.fill_owners()
            self.filters.fill_segments()

    @property
    def members(self) -> list[dict[str, Any]]:
        return self.filters.members

    # --- building ----------------------------------------------------------------------

    def _build_board(self) -> QWidget:
        """Three columns, each a header with the count over a list of cards."""
        board = QWidget()
        board.setObjectName("ladderBoard")
        columns = QHBoxLayout(board)
        columns.setContentsMargins(0, 0, 0, 0)
        delegate = CardDelegate(self)
        for level in LEVELS:
            header = QLabel()
            header.setObjectName(f"ladderHeader{level}")
            header.setWordWrap(True)
            header.setToolTip(level_process(level))
            header.setStyleSheet(f"border-top: 4px solid {LEVEL_COLOURS[level]}; padding: 4px 2px;")
            view = LadderListView(level)
            view.setObjectName(f"ladder{level}")
            view.setItemDelegate(delegate)
            column = QVBoxLayout()
            column.addWidget(header)
            column.addWidget(view, 1)
            columns.addLayout(column, 1)
            self.headers[level] = header
            self.views[level] = view
            view.stepRequested.connect(self.step)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
            view.doubleClicked.connect(lambda index: self._show_details_tab())
            self.export_actions[level] = ExportViewAction(
                self.ctx, view, partial(self._export_title, level)
            )
        return board

    def _export_title(self, level: str) -> str:
        return f"{self.tr_title()} {level}"

    def _build_tabs(self) -> None:
        """The side: the chosen customer, who to call, advocates, statistics."""
        self.details = CustomerDetails(self.ctx, self.lang)
        self.details.stepRequested.connect(self._step_selected)
        self.history = self.details.history
        self.call_report = CallsTab(self.ctx, self.board_filter)
        self.calls = self.call_report.calls
        self.call_count = self.call_report.call_count
        self.advocate_report = AdvocatesTab(self.ctx, self.board_filter)
        self.advocates = self.advocate_report.advocates
        self.opportunities = self.advocate_report.opportunities
        self.stats_report = StatsTab(self.ctx, self.board_filter)
        self.stats_text = self.stats_report.stats_text
        self.reports: list[LadderReport[Any]] = [
            self.call_report,
            self.advocate_report,
            self.stats_report,
        ]
        for report in self.reports:
            report.customerActivated.connect(self._activate_customer)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("ladderTabs")
        self.tabs.addTab(self.details, self.tr("Customer"))
        self.tabs.addTab(self.call_report, self.tr("Who to call next"))
        self.tabs.addTab(self.advocate_report, self.tr("Advocates"))
        self.tabs.addTab(self.stats_report, self.tr("Statistics"))
        # Every tab title in sight, in either language: the board gives way instead.
        self.tabs.setMinimumWidth(self.tabs.tabBar().sizeHint().width() + 8)

    def _build_models(self, settings: LadderSettings) -> None:
        board = self.board_filter()
        for level in LEVELS:
            model = LadderColumnModel(self.ctx.store, level, board, settings, self.lang)
            model.moveRequested.connect(self._dropped)
            self.models[level] = model
            self.views[level].setModel(model)
            self.views[level].selectionModel().currentChanged.connect(
                lambda current, _prev, lv=level: self._current_changed(lv, current)
            )
            self.export_actions[level].watch_selection()

    # --- filters and loading -----------------------------------------------------------

    def board_filter(self) -> BoardFilter:
        return self.filters.board_filter()

    def reload(self) -> None:
        """Counts and the loaded cards of every column (the side tabs refresh themselves)."""
        if not self.ctx.has_team:
            return
        self.reloads += 1
        self.settings = load_settings(self.ctx.store, self.ctx.team_id)
        if not self.models:
            self._build_models(self.settings)
        board = self.board_filter()
        keep = {level: model.rowCount() for level, model in self.models.items()}
        page = fetch_board(self.ctx.store, board, self.settings, keep)
        self.counts = page.counts
        for level in LEVELS:
            self.models[level].set_page(
                board, self.settings, page.cards[level], page.exhausted(level)
            )
            self.models[level].total = self.counts[level]
            # Two lines in every column, so the three lists start at the same height.
            self.headers[level].setText(
                f"<b>{level}</b> · <b style='color:{LEVEL_COLOURS[level]}'>"
                f"{self.counts[level]}</b><br><small>{level_title(level)}</small>"
            )
        target = self._select_after or self._selected
        self._select_after = None
        if target is not None and not self.select_customer(target):
            self._show_customer(None)

    def _filters_changed(self) -> None:
        self.reload()
        for report in self.reports:
            report.invalidate()  # recomputed now if it is the visible tab, else when shown

    def _on_changed(self, changes: Changes) -> None:
        # Only the filter choices here; the board and the reports have their Refreshers.
        if changes.touches(Kind.MEMBER):
            self.filters.fill_owners()
        if changes.touches(Kind.SEGMENT):
            self.filters.fill_segments()

    def _on_team_changed(self, _team_id: int) -> None:
        """Nothing of the other team stays: its chosen customer, its move dialog, its
        filter choices."""
        if self.move_dialog is not None:
            self.move_dialog.discard()
        self._select_after = None
        for view in self.views.values():
            view.clearSelection()
        self._show_customer(None)
        self.filters.fill_owners()
        self.filters.fill_segments()

    # --- selection and details ---------------------------------------------------------

    def _find_card(self, customer_id: int) -> Card | None:
        for model in self.models.values():
            row = model.row_of(customer_id)
            if row is not None:
                return model.card(row)
        return None

    def select_customer(self, customer_id: int) -> bool:
        """Show a customer's card on the board (loading pages up to a limit) and select it."""
        if not self.models:
            self.refresher.run()  # chosen from elsewhere before the panel was ever shown
        found = position_in_level(self.ctx.store, self.board_filter(), customer_id)
        if found is None or not self.models:
            return False
        level, position = found
        model = self.models[level]
        pages = 0
        while model.rowCount() <= position and model.canFetchMore() and pages < SELECT_PAGES:
            model.fetchMore()
            pages += 1
        row = model.row_of(customer_id)
        if row is None:
            return False
        view = self.views[level]
        for other in self.views.values():
            if other is not view:
                other.clearSelection()
        index = model.index(row, 0)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        self._show_customer(model.card(row))
        return True

    def _current_changed(self, level: str, current: QModelIndex) -> None:
        if not current.isValid():
            return
        for other_level, view in self.views.items():
            if other_level != level:
                view.clearSelection()
        self._show_customer(self.models[level].card(current.row()))

    def _show_customer(self, card: Card | None) -> None:
        self._selected = card.id if card else None
        self.details.show_customer(card)

    def _show_details_tab(self) -> None:
        self.tabs.setCurrentIndex(0)

    def _activate_customer(self, customer_id: int) -> None:
        if self.select_customer(customer_id):
            self._show_details_tab()

    # --- moves -------------------------------------------------------------------------

    def _step_selected(self, step: int) -> None:
        if self._selected is not None:
            self.step(self._selected, step)

    def step(self, customer_id: int, step: int) -> None:
        """Move one level up (+1) or down (-1), asking for the reason."""
        card = self._find_card(customer_id)
        if card is None:
            return
        target = next_level(card.level) if step > 0 else previous_level(card.level)
        if target is None:
            self._status(
                self.tr("{name} is already at {level}.").format(name=card.name, level=card.level)
            )
            return
        self.request_move(customer_id, target)

    def _dropped(self, customer_id: int, to_level: str) -> None:
        # Open the dialog after the drag has finished, outside the drop event.
        QTimer.singleShot(0, lambda: self.request_move(customer_id, to_level))

    def request_move(self, customer_id: int, to_level: str) -> MoveDialog | None:
        """Open the move dialog (window-modal, not blocking) for one customer."""
        card = self._find_card(customer_id)
        if card is None or card.level == to_level:
            return None
        # Who uses this laptop (views/whoami.py); the card's owner when nobody said.
        author = self.ctx.me if self.ctx.me is not None else card.owner_id
        if self.move_dialog is not None:
            self.move_dialog.close()
        dialog = MoveDialog(
            card.name,
            card.level,
            to_level,
            self.members,
            author,
            lambda level, day, reason, who: self._do_move(card, level, day, reason, who),
            self,
        )
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.move_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: MoveDialog) -> None:
        if self.move_dialog is dialog:
            self.move_dialog = None
        dialog.deleteLater()

    def _do_move(
        self, card: Card, to_level: str, moved_on: date, reason: str, author: int | None
    ) -> MoveRecord:
        self._select_after = card.id
        step = ladder_steps.move(
            self.ctx.store, card.id, card.name, to_level, moved_on, reason, author
        )
        record = self.ctx.run(step, initiator=self)
        self._status(self.tr("{name} moved to {level}.").format(name=card.name, level=to_level))
        return record

    def _context_menu(self, view: LadderListView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        card = self.models[view.level].card(index.row()) if index.isValid() else None
        menu = QMenu(self)
        if card is not None:
            add_move_entries(menu, card, self.request_move, self._show_details_tab)
            menu.addSeparator()
        menu.addAction(self.export_actions[view.level])
        menu.popup(view.viewport().mapToGlobal(pos))

    def _status(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 5000)

    # --- settings and layout -----------------------------------------------------------

    def edit_settings(self) -> None:
        settings = load_settings(self.ctx.store, self.ctx.team_id)
        dialog = LadderSettingsDialog(
            settings,
            self.lang,
            lambda c, s: save_settings(self.ctx.store, self.ctx.team_id, c, s),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.settings_dialog = dialog

    def add_menus(self, window: QMainWindow) -> None:
        menu = window.menuBar().addMenu(self.tr("&Ladder"))
        for text, step in ((self.tr("Move &up a level…"), 1), (self.tr("Move &down a level…"), -1)):
            action = QAction(text, window)
            action.triggered.connect(lambda _=False, s=step: self._step_selected(s))
            menu.addAction(action)
        menu.addSeparator()
        settings = QAction(self.tr("Ladder &settings…"), window)
        settings.triggered.connect(self.edit_settings)
        menu.addAction(settings)

    def _restore_layout(self) -> None:
        state = self.ctx.settings.value("ladder/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([760, 420])

    def save_layout(self) -> None:
        self.ctx.settings.setValue("ladder/splitter", self.splitter.saveState())
