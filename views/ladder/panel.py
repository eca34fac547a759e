"""The customer ladder panel: the A3 → A2 → A1 board, moves with reasons, who to call next,
advocates and the ladder statistics."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import teams
from app.changes import Changes, Kind
from app.ladder import service as ladder
from app.ladder import stats as ladder_stats
from app.ladder.service import BoardFilter, Card, LadderSettings
from app.segments import records as segments
from models.ladder import LEVELS, next_level, previous_level
from views.context import AppContext
from views.labels import size_label
from views.ladder.board_model import CardDelegate, LadderColumnModel, LadderListView
from views.ladder.dialogs import LadderSettingsDialog, MoveDialog
from views.ladder.labels import (
    LEVEL_COLOURS,
    OVERDUE_COLOUR,
    QUIET_COLOUR,
    READY_COLOUR,
    criterion_text,
    language,
    level_process,
    level_title,
    short_date,
)

REFRESH_KINDS = (
    Kind.CUSTOMER,
    Kind.LADDER_MOVE,
    Kind.INTERACTION,
    Kind.CONTACT,
    Kind.MEMBER,
    Kind.LADDER_SETTINGS,
    Kind.SEGMENT,
)
SELECT_PAGES = 20  # after a move, load at most this many pages to show the moved card
CUSTOMER_ROLE = 0x0100 + 10


class LadderPanel(QWidget):
    @staticmethod
    def tr_title() -> str:
        return QCoreApplication.translate("LadderPanel", "Customer ladder")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("ladderPanel")
        self.lang = language(ctx.settings)
        self.settings: LadderSettings | None = None
        self.move_dialog: MoveDialog | None = None
        self._select_after: int | None = None
        self._selected: int | None = None
        self._dirty: set[str] = set()

        # --- filters -----------------------------------------------------------------
        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("ladderOwnerFilter")
        self.owner_filter.setMinimumContentsLength(14)
        self.size_filter = QComboBox()
        self.size_filter.setObjectName("ladderSizeFilter")
        self.size_filter.addItem(self.tr("All sizes"), None)
        for code in ("very_large", "large", "medium", "small"):
            self.size_filter.addItem(size_label(code), code)
        self.segment_filter = QComboBox()
        self.segment_filter.setObjectName("ladderSegmentFilter")
        self.segment_filter.setMinimumContentsLength(16)
        self.segment_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.settings_button = QPushButton(self.tr("Ladder settings…"))
        self.settings_button.setObjectName("ladderSettingsButton")
        hint = QLabel(self.tr("Drag a card to another level, or Ctrl+↑ / Ctrl+↓."))
        hint.setObjectName("ladderHint")
        hint.setStyleSheet("color: palette(placeholder-text);")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Owner:")))
        top.addWidget(self.owner_filter)
        top.addWidget(QLabel(self.tr("Size:")))
        top.addWidget(self.size_filter)
        top.addWidget(QLabel(self.tr("Segment:")))
        top.addWidget(self.segment_filter)
        top.addSpacing(12)
        top.addWidget(hint, 1)
        top.addWidget(self.settings_button)

        # --- the board: three columns -------------------------------------------------
        self.models: dict[str, LadderColumnModel] = {}
        self.views: dict[str, LadderListView] = {}
        self.headers: dict[str, QLabel] = {}
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

        # --- the side: details, who to call, advocates, statistics ---------------------
        self.tabs = QTabWidget()
        self.tabs.setObjectName("ladderTabs")
        self.tabs.addTab(self._build_details(), self.tr("Customer"))
        self.tabs.addTab(self._build_calls(), self.tr("Who to call next"))
        self.tabs.addTab(self._build_advocates(), self.tr("Advocates"))
        self.tabs.addTab(self._build_stats(), self.tr("Statistics"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_tab())

        self.splitter = QSplitter()
        self.splitter.setObjectName("ladderSplitter")
        self.splitter.addWidget(board)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)  # one reload for the several changes of one write
        self._reload_timer.timeout.connect(self.reload)
        self.owner_filter.activated.connect(lambda _i: self.reload())
        self.size_filter.activated.connect(lambda _i: self.reload())
        self.segment_filter.activated.connect(lambda _i: self.reload())
        self.settings_button.clicked.connect(self.edit_settings)
        ctx.changed.connect(self._on_changed)
        ctx.teamChanged.connect(self._on_team_changed)
        self._restore_layout()
        if ctx.has_team:
            self._fill_owners()
            self._fill_segments()
            self._build_models()

    # --- building ----------------------------------------------------------------------

    def _build_details(self) -> QWidget:
        page = QWidget()
        self.detail_title = QLabel(self.tr("Choose a customer on the board."))
        self.detail_title.setObjectName("ladderDetailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_text = QLabel()
        self.detail_text.setObjectName("ladderDetailText")
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextFormat(Qt.TextFormat.RichText)
        self.up_button = QPushButton()
        self.up_button.setObjectName("ladderUpButton")
        self.down_button = QPushButton()
        self.down_button.setObjectName("ladderDownButton")
        self.up_button.clicked.connect(lambda: self._step_selected(1))
        self.down_button.clicked.connect(lambda: self._step_selected(-1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        self.history = QTableWidget(0, 5)
        self.history.setObjectName("ladderHistory")
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("From"), self.tr("To"), self.tr("Reason"), self.tr("By")]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(True)
        header = self.history.horizontalHeader()
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Reasons wrap: row heights follow the reason column's width.
        self.history.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(page)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.detail_text)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Moves on the ladder:")))
        layout.addWidget(self.history, 1)
        self._set_step_buttons(None)
        return page

    def _build_calls(self) -> QWidget:
        page = QWidget()
        self.call_count = QLabel()
        self.call_count.setObjectName("ladderCallCount")
        self.call_count.setWordWrap(True)
        self.calls = QTreeWidget()
        self.calls.setObjectName("ladderCallList")
        self.calls.setRootIsDecorated(False)
        self.calls.setHeaderLabels(
            [self.tr("Customer"), self.tr("Level"), self.tr("Why now"), self.tr("Owner")]
        )
        self.calls.setAlternatingRowColors(True)
        header = self.calls.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 110)
        header.setMinimumSectionSize(40)
        self.calls.itemActivated.connect(self._activate_item)
        layout = QVBoxLayout(page)
        layout.addWidget(self.call_count)
        layout.addWidget(self.calls, 1)
        return page

    def _build_advocates(self) -> QWidget:
        page = QWidget()
        self.advocates = QTreeWidget()
        self.advocates.setObjectName("ladderAdvocates")
        self.advocates.setHeaderLabels(
            [self.tr("Advocate and the customers it brought"), self.tr("Level"), self.tr("Since")]
        )
        self.advocates.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.advocates.header().setStretchLastSection(False)
        for column in (1, 2):
            self.advocates.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.advocates.itemActivated.connect(self._activate_item)
        self.opportunities = QTreeWidget()
        self.opportunities.setObjectName("ladderOpportunities")
        self.opportunities.setRootIsDecorated(False)
        self.opportunities.setHeaderLabels(
            [self.tr("Customer"), self.tr("Advocates"), self.tr("Owner")]
        )
        self.opportunities.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.opportunities.header().setStretchLastSection(False)
        self.opportunities.itemActivated.connect(self._activate_item)
        self.opportunity_label = QLabel()
        self.opportunity_label.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.advocates)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.opportunity_label)
        bottom_layout.addWidget(self.opportunities, 1)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        return page

    def _build_stats(self) -> QWidget:
        page = QWidget()
        self.chart: Any = None  # built when the tab is first shown: pyqtgraph is heavy
        self.stats_text = QLabel()
        self.stats_text.setObjectName("ladderStatsText")
        self.stats_text.setWordWrap(True)
        self.stats_text.setTextFormat(Qt.TextFormat.RichText)
        self._stats_layout = QVBoxLayout(page)
        self._stats_layout.addWidget(self.stats_text)
        return page

    def _build_models(self) -> None:
        self.settings = ladder.load_settings(self.ctx.store, self.ctx.team_id)
        board = self.board_filter()
        for level in LEVELS:
            model = LadderColumnModel(self.ctx.store, level, board, self.settings, self.lang)
            model.moveRequested.connect(self._dropped)
            self.models[level] = model
            self.views[level].setModel(model)
            self.views[level].selectionModel().currentChanged.connect(
                lambda current, _prev, lv=level: self._current_changed(lv, current)
            )
        self.reload()

    # --- filters and loading -----------------------------------------------------------

    def _fill_owners(self) -> None:
        current = self.owner_filter.currentData()
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("All owners"), None)
        self.members = teams.members_of(self.ctx.store, self.ctx.team_id)
        for member in self.members:
            self.owner_filter.addItem(member["name"], member["id"])
        self.owner_filter.setCurrentIndex(max(self.owner_filter.findData(current), 0))

    def _fill_segments(self) -> None:
        """Every segment of every segmentation, as "Segmentation: segment"."""
        current = self.segment_filter.currentData()
        self.segment_filter.clear()
        self.segment_filter.addItem(self.tr("All segments"), None)
        for segmentation in segments.list_segmentations(self.ctx.store, self.ctx.team_id):
            for segment in segmentation["segments"]:
                label = self.tr("{segmentation}: {segment}").format(
                    segmentation=segmentation["name"], segment=segment["name"]
                )
                self.segment_filter.addItem(label, segment["id"])
        self.segment_filter.setCurrentIndex(max(self.segment_filter.findData(current), 0))

    def board_filter(self) -> BoardFilter:
        owner = self.owner_filter.currentData()
        segment = self.segment_filter.currentData()
        return BoardFilter(
            self.ctx.team_id,
            owner_id=int(owner) if owner is not None else None,
            size_class=self.size_filter.currentData(),
            segment_id=int(segment) if segment is not None else None,
        )

    def reload(self) -> None:
        """Counts and the loaded cards of every column, then the visible side tab."""
        self._reload_timer.stop()
        if not self.models:
            return
        self.settings = ladder.load_settings(self.ctx.store, self.ctx.team_id)
        board = self.board_filter()
        keep = {level: model.rowCount() for level, model in self.models.items()}
        page = ladder.fetch_board(self.ctx.store, board, self.settings, keep)
        counts = page.counts
        self.counts = counts
        for level in LEVELS:
            self.models[level].set_page(
                board, self.settings, page.cards[level], page.exhausted(level)
            )
            # Two lines in every column, so the three lists start at the same height.
            self.headers[level].setText(
                f"<b>{level}</b> · <b style='color:{LEVEL_COLOURS[level]}'>{counts[level]}</b>"
                f"<br><small>{level_title(level)}</small>"
            )
        self._dirty = {"calls", "advocates", "stats"}
        target = self._select_after or self._selected
        self._select_after = None
        if target is not None and not self.select_customer(target):
            self._show_customer(None)
        self._refresh_tab()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.MEMBER):
            self._fill_owners()
        if changes.touches(Kind.SEGMENT):
            self._fill_segments()
        if changes.touches(*REFRESH_KINDS) and self.models:
            self._reload_timer.start()

    def _on_team_changed(self, _team_id: int) -> None:
        self._selected = None
        self._fill_owners()
        self._fill_segments()
        if not self.models:
            self._build_models()
        else:
            self.reload()

    # --- selection and details ---------------------------------------------------------

    def _find_card(self, customer_id: int) -> Card | None:
        for model in self.models.values():
            row = model.row_of(customer_id)
            if row is not None:
                return model.card(row)
        return None

    def select_customer(self, customer_id: int) -> bool:
        """Show a customer's card on the board (loading pages up to a limit) and select it."""
        found = ladder.position_in_level(self.ctx.store, self.board_filter(), customer_id)
        if found is None:
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
        self._set_step_buttons(card)
        self.history.setRowCount(0)
        if card is None:
            self.detail_title.setText(self.tr("Choose a customer on the board."))
            self.detail_text.clear()
            return
        self.detail_title.setText(f"<b>{card.name}</b> — {card.level} {level_title(card.level)}")
        lines = [
            self.tr("Owner: {owner} · size {size}").format(
                owner=card.owner or self.tr("nobody"), size=size_label(card.size_class)
            ),
            self.tr("At this level since {date} ({days} days)").format(
                date=short_date(card.entered_on), days=card.days_in_level
            ),
            self.tr("Last contact: {date}").format(date=short_date(card.last_contact)),
        ]
        if card.quiet:
            lines.append(
                f"<span style='color:{QUIET_COLOUR}'>"
                + self.tr("Gone quiet: {days} days without contact (limit {limit}).").format(
                    days=card.silent_days, limit=card.silence_limit
                )
                + "</span>"
            )
        if card.next_step:
            colour = OVERDUE_COLOUR if card.overdue else "inherit"
            lines.append(
                f"<span style='color:{colour}'>"
                + self.tr("Next step: {step} ({due})").format(
                    step=card.next_step, due=short_date(card.next_step_due)
                )
                + "</span>"
            )
        else:
            lines.append(self.tr("No next step agreed."))
        lines.append(
            self.tr("Referred by: {name}").format(name=card.referred_by or self.tr("nobody"))
        )
        if card.criteria:
            lines.append(
                "<br><b>"
                + self.tr("Criteria of {level}").format(level=card.criteria[0][0].level)
                + "</b>"
            )
            for criterion, met in card.criteria:
                colour = READY_COLOUR if met else "inherit"
                mark = "✓" if met else "✗"
                lines.append(
                    f"<span style='color:{colour}'>{mark} "
                    f"{criterion_text(criterion, self.lang)}</span>"
                )
        if card.ready:
            lines.append(
                f"<b style='color:{READY_COLOUR}'>"
                + self.tr("Ready to move up: every criterion of {level} is met.").format(
                    level=next_level(card.level)
                )
                + "</b>"
            )
        self.detail_text.setText("<br>".join(lines))
        for row in ladder.history(self.ctx.store, card.id):
            position = self.history.rowCount()
            self.history.insertRow(position)
            arrow = "▲" if LEVELS.index(row.to_level) > LEVELS.index(row.from_level) else "▼"
            for column, value in enumerate(
                [
                    short_date(row.moved_on),
                    row.from_level,
                    f"{arrow} {row.to_level}",
                    row.reason,
                    row.author or "",
                ]
            ):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.history.setItem(position, column, item)

    def _set_step_buttons(self, card: Card | None) -> None:
        up = next_level(card.level) if card else None
        down = previous_level(card.level) if card else None
        self.up_button.setText(self.tr("Move up to {level}…").format(level=up or "–"))
        self.down_button.setText(self.tr("Move down to {level}…").format(level=down or "–"))
        self.up_button.setEnabled(up is not None)
        self.down_button.setEnabled(down is not None)
        self.up_button.setVisible(card is not None)
        self.down_button.setVisible(card is not None)

    def _show_details_tab(self) -> None:
        self.tabs.setCurrentIndex(0)

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
        saved = self.ctx.settings.value("ladder/author")
        author = int(saved) if saved not in (None, "") else card.owner_id
        if self.move_dialog is not None:
            self.move_dialog.close()
        dialog = MoveDialog(
            card.name,
            card.level,
            to_level,
            getattr(self, "members", []),
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
        self, card: Card, to_level: str, moved_on: Any, reason: str, author: int | None
    ) -> ladder.MoveRecord:
        store = self.ctx.store
        self._select_after = card.id
        record = self.ctx.do(
            self.tr("Move {name} to {level}").format(name=card.name, level=to_level),
            lambda: ladder.move_customer(store, card.id, to_level, moved_on, reason, author),
            lambda r: ladder.undo_move(store, r),
            lambda r: ladder.redo_move(store, r),
        )
        self.ctx.settings.setValue("ladder/author", "" if author is None else author)
        self._status(self.tr("{name} moved to {level}.").format(name=card.name, level=to_level))
        return record

    def _context_menu(self, view: LadderListView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if not index.isValid():
            return
        card = view.model().card(index.row())
        menu = QMenu(self)
        for level in reversed(LEVELS):
            if level == card.level:
                continue
            up = LEVELS.index(level) > LEVELS.index(card.level)
            text = (
                self.tr("Move up to {level} ({title})…")
                if up
                else self.tr("Move down to {level} ({title})…")
            )
            action = QAction(text.format(level=level, title=level_title(level)), menu)
            action.triggered.connect(lambda _=False, lv=level: self.request_move(card.id, lv))
            menu.addAction(action)
        menu.addSeparator()
        history = menu.addAction(self.tr("Show history"))
        history.triggered.connect(self._show_details_tab)
        menu.popup(view.viewport().mapToGlobal(pos))

    def _status(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 5000)

    # --- side tabs ---------------------------------------------------------------------

    def _refresh_tab(self) -> None:
        key = {1: "calls", 2: "advocates", 3: "stats"}.get(self.tabs.currentIndex())
        if key is None or key not in self._dirty or not self.models:
            return
        self._dirty.discard(key)
        {
            "calls": self.refresh_calls,
            "advocates": self.refresh_advocates,
            "stats": self.refresh_stats,
        }[key]()

    def refresh_calls(self) -> None:
        assert self.settings is not None
        items, total = ladder.who_to_call(
            self.ctx.store, self.board_filter(), self.settings.silence_limits
        )
        self.calls.clear()
        for item in items:
            if item.overdue_days:
                why = self.tr("next step %n day(s) overdue", "", item.overdue_days)
                colour = OVERDUE_COLOUR
            else:
                why = (
                    self.tr("quiet %n day(s)", "", item.silent_days)
                    + " "
                    + self.tr("(limit {limit})").format(limit=item.silence_limit)
                )
                colour = QUIET_COLOUR
            row = QTreeWidgetItem([item.name, item.level, why, item.owner or ""])
            row.setData(0, CUSTOMER_ROLE, item.id)
            row.setForeground(2, QColor(colour))
            tip = item.next_step or ""
            row.setToolTip(0, tip)
            row.setToolTip(2, tip)
            self.calls.addTopLevelItem(row)
        self.call_count.setText(
            self.tr(
                "%n customer(s) to contact: overdue next steps first, then the longest "
                "silences beyond their level's limit.",
                "",
                total,
            )
            + (
                " " + self.tr("Showing the first {shown}.").format(shown=len(items))
                if total > len(items)
                else ""
            )
        )

    def refresh_advocates(self) -> None:
        board = self.board_filter()
        self.advocates.clear()
        for advocate in ladder.advocates(self.ctx.store, board):
            name = (
                advocate.name
                if advocate.contact is None
                else self.tr("{person} ({customer})").format(
                    person=advocate.contact, customer=advocate.name
                )
            )
            top = QTreeWidgetItem(
                [
                    self.tr("{name} — brought %n", "", len(advocate.brought)).format(name=name),
                    advocate.level,
                    "",
                ]
            )
            top.setData(0, CUSTOMER_ROLE, advocate.customer_id)
            for referred in advocate.brought:
                child = QTreeWidgetItem([referred.name, referred.level, short_date(referred.since)])
                child.setData(0, CUSTOMER_ROLE, referred.id)
                top.addChild(child)
            self.advocates.addTopLevelItem(top)
        opportunities = ladder.referral_opportunities(self.ctx.store, board)
        self.opportunity_label.setText(
            "<b>"
            + self.tr("Opportunities")
            + "</b><br>"
            + self.tr(
                "%n A1 customer(s) referred nobody in the last year. Ask them first, "
                "starting with those that have advocates.",
                "",
                len(opportunities),
            )
        )
        self.opportunities.clear()
        for item in opportunities:
            row = QTreeWidgetItem([item.name, str(item.advocates), item.owner or ""])
            row.setData(0, CUSTOMER_ROLE, item.id)
            self.opportunities.addTopLevelItem(row)

    def refresh_stats(self) -> None:
        summary = ladder_stats.summary(self.ctx.store, self.board_filter())
        if self.chart is None:
            from views.ladder.chart import LadderChart

            self.chart = LadderChart()
            self._stats_layout.addWidget(self.chart, 1)
        self.chart.show_summary(summary)

        def rate(conv: ladder_stats.Conversion) -> str:
            if conv.rate is None:
                return "–"
            return f"{conv.rate * 100:.0f} % ({conv.moved}/{conv.base})"

        def days(value: float | None) -> str:
            return "–" if value is None else f"{value:.0f}"

        med = summary.median_days
        self.stats_text.setText(
            self.tr("Conversion in the last 12 months: A3 → A2 {a3} · A2 → A1 {a2}").format(
                a3=rate(summary.conversions["A3"]), a2=rate(summary.conversions["A2"])
            )
            + "<br>"
            + self.tr("Median days at a level before moving on: A3 {a3}, A2 {a2}, A1 {a1}").format(
                a3=days(med["A3"]), a2=days(med["A2"]), a1=days(med["A1"])
            )
        )

    def _activate_item(self, item: QTreeWidgetItem, _column: int) -> None:
        customer_id = item.data(0, CUSTOMER_ROLE)
        if customer_id is not None and self.select_customer(int(customer_id)):
            self._show_details_tab()

    # --- settings ----------------------------------------------------------------------

    def edit_settings(self) -> None:
        settings = ladder.load_settings(self.ctx.store, self.ctx.team_id)
        dialog = LadderSettingsDialog(
            settings,
            self.lang,
            lambda c, s: ladder.save_settings(self.ctx.store, self.ctx.team_id, c, s),
            self,
        )
        dialog.open()
        self.settings_dialog = dialog

    # --- layout ------------------------------------------------------------------------

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
