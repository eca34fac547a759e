"""Segment moves and revisits: who moved between segments when (within the period), the
segmentation's revisit-by date and who revisited it when."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
)

from app.changes import Kind
from app.segments import records as segments
from app.segments.history import Move, moves
from app.segments.revisits import Revisit, revisits_of
from app.store import Store
from models.rules import QT_TRANSLATE_NOOP
from views.background import ReportView
from views.context import AppContext
from views.list_model import ListModel
from views.segments.chart_view import Filters, tidy_table
from views.segments.labels import day_text, no_segment

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class MovesModel(ListModel[Move]):
    HEADERS = (
        QT_TRANSLATE_NOOP("MovesModel", "Date"),
        QT_TRANSLATE_NOOP("MovesModel", "Customer"),
        QT_TRANSLATE_NOOP("MovesModel", "From"),
        QT_TRANSLATE_NOOP("MovesModel", "To"),
        QT_TRANSLATE_NOOP("MovesModel", "Moved by"),
    )

    def __init__(self) -> None:
        super().__init__([QCoreApplication.translate("MovesModel", h) for h in self.HEADERS])

    def cell(self, move: Move, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return move.customer_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            day_text(move.day),
            move.customer,
            move.from_segment or no_segment(),
            move.to_segment or no_segment(),
            move.author or "",
        )[column]


@dataclass
class Result:
    segmentations: list[dict[str, Any]]
    chosen: int | None
    moves: list[Move]
    revisits: list[Revisit]


class HistoryPage(ReportView[Result]):
    """`revisitRequested(id)` and `revisitDateRequested(id)` go to the panel's dialogs."""

    customerRequested = Signal(int)
    revisitRequested = Signal(int)

    def __init__(self, ctx: AppContext, filters: Filters) -> None:
        super().__init__(ctx, frozenset({Kind.SEGMENT, Kind.CUSTOMER, Kind.MEMBER}))
        self.setObjectName("segmentHistory")
        self.setWindowTitle(self.tr("Segment moves and revisits"))
        self.filters = filters
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        self.body.setContentsMargins(margin, margin, margin, margin)
        self.segmentation = QComboBox()
        self.segmentation.setObjectName("historySegmentation")
        self.segmentation.setMinimumContentsLength(18)
        self.segmentation.activated.connect(lambda _i: self.invalidate())
        revisit = QPushButton(self.tr("Record a revisit…"))
        revisit.setObjectName("recordRevisit")
        revisit.clicked.connect(self._revisit)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Segmentation")))
        row.addWidget(self.segmentation)
        row.addStretch(1)
        row.addWidget(revisit)
        self.info = QLabel()
        self.info.setObjectName("revisitInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.model = MovesModel()
        self.table = QTableView()
        self.table.setObjectName("segmentMoves")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        tidy_table(self.table, stretch=1)
        self.table.doubleClicked.connect(
            lambda index: self.customerRequested.emit(int(index.data(ID_ROLE)))
        )
        self.body.addLayout(row)
        self.body.addWidget(self.info)
        self.body.addWidget(self.table, 1)

    def chosen(self) -> int | None:
        data = self.segmentation.currentData()
        return int(data) if data is not None else None

    def _revisit(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.revisitRequested.emit(chosen)

    def compute(self) -> Callable[[Store], Result] | None:
        filt = self.filters()
        if filt is None:
            return None
        wanted = self.chosen()

        def read(store: Store) -> Result:
            found = segments.list_segmentations(store, filt.team_id)
            ids = [s["id"] for s in found]
            chosen = wanted if wanted in ids else (ids[0] if ids else None)
            if chosen is None:
                return Result(found, None, [], [])
            scope = filt.scope(include_archived=True)
            return Result(
                found,
                chosen,
                moves(store, chosen, filt.start, filt.day, scope),
                revisits_of(store, chosen),
            )

        return read

    def present(self, result: Result) -> None:
        self.segmentation.clear()
        for entry in result.segmentations:
            self.segmentation.addItem(entry["name"], entry["id"])
        self.segmentation.setCurrentIndex(max(0, self.segmentation.findData(result.chosen)))
        self.model.set_items(result.moves)
        self.info.setText(self._info(result))

    def _info(self, result: Result) -> str:
        if result.chosen is None:
            return self.tr("The team has no segmentations yet: Segments → Segmentations…")
        entry = next(s for s in result.segmentations if s["id"] == result.chosen)
        due: date | None = entry["revisit_by"]
        if due is None:
            lines = [self.tr("No revisit date set.")]
        elif due <= date.today():
            lines = [
                "<b>"
                + self.tr("Due for a revisit since {date}.").format(date=day_text(due))
                + "</b>"
            ]
        else:
            lines = [self.tr("Revisit by {date}.").format(date=day_text(due))]
        for revisit in result.revisits[:3]:
            line = self.tr("Revisited on {date} by {who}").format(
                date=day_text(revisit.day), who=html.escape(revisit.member or self.tr("someone"))
            )
            lines.append(line + (f": {html.escape(revisit.note)}" if revisit.note else ""))
        lines.append(self.tr("%n moves between segments in the period.", "", len(result.moves)))
        return "<br>".join(lines)
