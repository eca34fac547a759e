"""The "Feedback" tab: the team's feedback and complaints, newest first, open ones only if
wished; record, handle and delete (undoable)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
)

from app.store import Store
from app.success import AREA, steps
from app.success import feedback as ops
from views.background import ReportView
from views.context import AppContext
from views.list_model import ListModel
from views.success.feedback_dialogs import FeedbackDialog, HandlingDialog
from views.success.labels import HEALTH_COLOURS, label, short_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
Listing = tuple[list[dict[str, Any]], int]


class FeedbackModel(ListModel[dict[str, Any]]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                self.tr("Received"),
                self.tr("Kind"),
                self.tr("Severity"),
                self.tr("Customer"),
                self.tr("Touchpoint"),
                self.tr("What happened"),
                self.tr("Owner"),
                self.tr("Closed"),
            ],
            parent,
        )

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == ID_ROLE:
            return row["id"]
        if role == CUSTOMER_ROLE:
            return row["customer_id"]
        is_kind = role == Qt.ItemDataRole.ForegroundRole and column == 1
        if is_kind and row["kind"] == "complaint" and row["closed_on"] is None:
            return QColor(HEALTH_COLOURS["red"])
        return None

    def _text(self, row: dict[str, Any], column: int) -> str:
        values = [
            short_date(row["received_on"]),
            label("kind", row["kind"]),
            label("severity", row["severity"]),
            row["customer"] or "",
            row["touchpoint"] or "",
            row["happened"],
            row["owner"] or "",
            short_date(row["closed_on"]) if row["closed_on"] else self.tr("open"),
        ]
        return values[column] if 0 <= column < len(values) else ""


class FeedbackTab(ReportView[Listing]):
    customerActivated = Signal(int)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, AREA.listens)
        self.setObjectName("successFeedbackTab")
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        self.body.setContentsMargins(margin, margin, margin, margin)
        self.open_only = QCheckBox(self.tr("Open only"))
        self.open_only.setObjectName("feedbackOpenOnly")
        self.open_only.toggled.connect(lambda _on: self.invalidate())
        self.record_button = QPushButton(self.tr("Record feedback…"))
        self.record_button.setObjectName("feedbackRecord")
        self.record_button.clicked.connect(lambda _=False: self.record())
        self.handle_button = QPushButton(self.tr("Handle…"))
        self.handle_button.setObjectName("feedbackHandle")
        self.handle_button.clicked.connect(lambda _=False: self.handle())
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("feedbackDelete")
        self.delete_button.clicked.connect(lambda _=False: self.delete())
        row = QHBoxLayout()
        for widget in (self.record_button, self.handle_button, self.delete_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.open_only)
        self.count = QLabel()
        self.count.setObjectName("feedbackCount")
        self.model = FeedbackModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("feedbackTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((80, 100, 70, 150, 150, 260, 100)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.handle())
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.body.addLayout(row)
        self.body.addWidget(self.count)
        self.body.addWidget(self.table, 1)

    def compute(self) -> Callable[[Store], Listing] | None:
        if not self.ctx.has_team:
            return None
        wanted = ops.FeedbackFilter(self.ctx.team_id, open_only=self.open_only.isChecked())
        return lambda store: ops.list_feedback(store, wanted)

    def present(self, result: Listing) -> None:
        rows, total = result
        self.model.set_items(rows)
        if not total:
            self.count.setText(
                self.tr("No feedback yet. Record what customers say, tied to a touchpoint.")
            )
        else:
            text = self.tr("%n feedback(s).", "", total)
            if total > len(rows):
                text += " " + self.tr("Showing the newest {shown}.").format(shown=len(rows))
            self.count.setText(text)

    def _chosen(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        customer = current.data(CUSTOMER_ROLE) if current.isValid() else None
        if customer is not None:
            self.customerActivated.emit(int(customer))

    def record(self) -> None:
        FeedbackDialog(self.ctx, parent=self).exec()

    def handle(self) -> None:
        feedback_id = self._chosen()
        detail = ops.feedback_detail(self.ctx.store, feedback_id) if feedback_id else None
        if detail is not None:
            HandlingDialog(self.ctx, detail, self).exec()

    def delete(self) -> None:
        feedback_id = self._chosen()
        if feedback_id is None:
            return
        self.ctx.run(steps.delete_feedback(self.ctx.store, feedback_id), initiator=self)
