"""The "Who to call next" side tab: overdue next steps first, then the longest silences."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
)

from app.ladder.calls import CallItem, who_to_call
from app.ladder.filters import BoardFilter
from app.ladder.settings import load_settings
from app.store import Store
from views.context import AppContext
from views.ladder.labels import OVERDUE_COLOUR, QUIET_COLOUR
from views.ladder.report_tab import CUSTOMER_ROLE, LadderReport
from views.table_export import ExportViewAction
from views.widgets import WrappingDelegate

Calls = tuple[list[CallItem], int]  # the most urgent customers, and how many there are


class CallsTab(LadderReport[Calls]):
    def __init__(self, ctx: AppContext, board_filter: Callable[[], BoardFilter]) -> None:
        super().__init__(ctx, board_filter)
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
        # A narrow side tab: names and reasons wrap onto a second line instead of being
        # cut, and nothing scrolls sideways.
        header = self.calls.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.calls.setWordWrap(True)
        self.calls.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.calls.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.calls.setItemDelegate(WrappingDelegate(self.calls))
        self.calls.itemActivated.connect(self.activate_item)
        self.calls.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.export_action = ExportViewAction(ctx, self.calls, self.tr_export_title)
        self.body.addWidget(self.call_count)
        self.body.addWidget(self.calls, 1)

    def tr_export_title(self) -> str:
        return self.tr("Who to call next")

    def compute(self) -> Callable[[Store], Calls] | None:
        board = self.board()
        if board is None:
            return None

        def read(store: Store) -> Calls:
            limits = load_settings(store, board.team_id).silence_limits
            return who_to_call(store, board, limits)

        return read

    def present(self, result: Calls) -> None:
        items, total = result
        self.calls.clear()
        for item in items:
            self.calls.addTopLevelItem(self._row(item))
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

    def _row(self, item: CallItem) -> QTreeWidgetItem:
        if item.red_step is not None:  # success area: health fell to red
            # (its words kept their translation context when they moved here)
            why = QCoreApplication.translate("SuccessLabels", "health red: {step}").format(
                step=item.red_step or "–"
            )
            colour = OVERDUE_COLOUR
        elif item.overdue_days:
            why = self.tr("next step %n day(s) late", "", item.overdue_days)
            colour = OVERDUE_COLOUR
        else:
            why = self.tr("quiet %n day(s), limit {limit}", "", item.silent_days).format(
                limit=item.silence_limit
            )
            colour = QUIET_COLOUR
        row = QTreeWidgetItem([item.name, item.level, why, item.owner or ""])
        row.setData(0, CUSTOMER_ROLE, item.id)
        row.setForeground(2, QColor(colour))
        tip = item.next_step or ""
        row.setToolTip(0, tip)
        row.setToolTip(2, tip)
        return row
