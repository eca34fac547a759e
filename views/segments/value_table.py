"""Value and strategies: every customer's value, potential, quadrant and suggested strategy;
accepting the suggestion sets the customer's strategy (governance's one table), and any
strategy can be chosen instead. Both are undoable steps."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
)

from app import teams
from app.changes import Kind
from app.errors import InvalidRecord
from app.operations import Step
from app.segments import steps
from app.segments.value_map import (
    QUADRANTS,
    SUGGESTED,
    Point,
    ValueMap,
    value_map,
)
from app.store import Store
from models.governance import Strategy
from models.ladder import LEVELS
from models.rules import QT_TRANSLATE_NOOP
from views.background import ReportView
from views.context import AppContext, failure_reason
from views.list_model import ListModel
from views.segments.chart_view import Filters, tidy_table
from views.segments.cut_bar import CutBar, CutSettings
from views.segments.labels import number, quadrant_label, strategies_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEPENDS = frozenset(
    {Kind.CUSTOMER, Kind.STRATEGY, Kind.VALUE_WEIGHTS, Kind.SEGMENT, Kind.MEMBER, Kind.LADDER_MOVE}
)
Index = QModelIndex | QPersistentModelIndex


class ValueModel(ListModel[int]):
    """Rows of the value map: the items are row numbers into the map's columns (no object
    per customer); sorting is a Python sort of those numbers by a column."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ValueModel", "Customer"),
        QT_TRANSLATE_NOOP("ValueModel", "Owner"),
        QT_TRANSLATE_NOOP("ValueModel", "Level"),
        QT_TRANSLATE_NOOP("ValueModel", "Value"),
        QT_TRANSLATE_NOOP("ValueModel", "Potential"),
        QT_TRANSLATE_NOOP("ValueModel", "Quadrant"),
        QT_TRANSLATE_NOOP("ValueModel", "Suggested"),
        QT_TRANSLATE_NOOP("ValueModel", "Strategy now"),
    )

    def __init__(self) -> None:
        super().__init__([QCoreApplication.translate("ValueModel", h) for h in self.HEADERS])
        self.owners: dict[int, str] = {}
        self.found: ValueMap | None = None

    def set_rows(self, found: ValueMap, owners: dict[int, str]) -> None:
        self.owners, self.found = owners, found
        self.set_items(range(len(found)))

    def point(self, row: int) -> Point:
        """The customer on table row `row` as a record."""
        assert self.found is not None
        return self.found.point(self.items[row])

    def cell(self, item: int, column: int, role: int) -> Any:
        assert self.found is not None
        if role == ID_ROLE:
            return int(self.found.ids[item])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._cell(self.found.point(item), column)

    def _cell(self, point: Point, column: int) -> str:
        if column == 0:
            return point.name
        if column == 1:
            return self.owners.get(point.owner_id, "") if point.owner_id is not None else ""
        if column == 2:
            return point.level
        if column == 3:
            return number(point.value, 2)
        if column == 4:
            return number(point.potential, 2)
        if column == 5:
            return quadrant_label(point.quadrant)
        if column == 6:
            return strategies_text(point.suggested)
        chosen = [s for s, _source in point.strategies]
        return strategies_text(chosen)

    def _key(self, column: int) -> Callable[[int], Any]:
        """The sort key of row numbers by `column`, read from the map's columns."""
        found = self.found
        assert found is not None
        if column == 0:
            return [name.lower() for name in found.names].__getitem__
        if column == 1:
            names = {o: n.lower() for o, n in self.owners.items()}
            return [names.get(o, "") for o in found.owners.tolist()].__getitem__
        if column in (2, 5, 6):
            # Levels as text (A1 < A2 < A3), quadrants by name, suggestions by their codes.
            by_column: dict[int, list[Any]] = {
                2: list(LEVELS),
                5: list(QUADRANTS),
                6: [SUGGESTED[q] for q in QUADRANTS],
            }
            labels = by_column[column]
            codes = (found.levels if column == 2 else found.quadrants).tolist()
            return lambda row: labels[codes[row]]
        if column in (3, 4):
            return (found.values if column == 3 else found.potentials).tolist().__getitem__
        return lambda row: found.point(row).strategies

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.found is None:
            return
        self.layoutAboutToBeChanged.emit()
        self.items.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class ValueTable(ReportView[tuple[ValueMap, dict[int, str]]]):
    customerRequested = Signal(int)

    def __init__(self, ctx: AppContext, filters: Filters, cuts: CutSettings) -> None:
        super().__init__(ctx, DEPENDS)
        self.setObjectName("valueTable")
        self.setWindowTitle(self.tr("Value and strategies"))
        self.filters, self.cuts = filters, cuts
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        self.body.setContentsMargins(margin, margin, margin, margin)
        self.model = ValueModel()
        self.table = QTableView()
        self.table.setObjectName("valueTableView")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        tidy_table(self.table, stretch=0)
        self.table.doubleClicked.connect(
            lambda index: self.customerRequested.emit(int(index.data(ID_ROLE)))
        )
        self.accept = QPushButton(self.tr("Accept the suggestion"))
        self.accept.setObjectName("acceptSuggestion")
        self.accept.clicked.connect(self.accept_selected)
        self.choose = QPushButton(self.tr("Choose a strategy"))
        self.choose.setMenu(self._strategy_menu())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(CutBar(cuts))
        row.addWidget(self.summary, 1)
        row.addWidget(self.accept)
        row.addWidget(self.choose)
        self.body.addLayout(row)
        self.body.addWidget(self.table, 1)
        cuts.changed.connect(self.invalidate)

    def _strategy_menu(self) -> QMenu:
        menu = QMenu(self)
        for choice in (
            (Strategy.PROTECT,),
            (Strategy.GROW,),
            (Strategy.PROTECT, Strategy.GROW),
            (Strategy.STREAMLINE,),
            (),
        ):
            codes = tuple(s.value for s in choice)
            action = QAction(strategies_text(codes) or self.tr("No strategy"), menu)
            action.triggered.connect(lambda _=False, c=codes: self.choose_selected(c))
            menu.addAction(action)
        return menu

    def compute(self) -> Callable[[Store], tuple[ValueMap, dict[int, str]]] | None:
        filt = self.filters()
        if filt is None:
            return None
        cut = self.cuts.cut

        def read(store: Store) -> tuple[ValueMap, dict[int, str]]:
            owners = {m["id"]: m["name"] for m in teams.members_of(store, filt.team_id)}
            return value_map(store, filt, cut, strategies=True), owners

        return read

    def present(self, result: tuple[ValueMap, dict[int, str]]) -> None:
        found, owners = result
        self.model.set_rows(found, owners)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        counts = found.counts()
        self.summary.setText(
            " · ".join(f"{quadrant_label(q)}: {counts[q]}" for q in counts)
            if len(found)
            else self.tr("No customer has both a value and a potential score on this day.")
        )

    def selected(self) -> list[Point]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.point(row) for row in rows]

    def accept_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        suggestions = {p.customer_id: p.suggested for p in chosen}
        self._run(steps.accept_suggested(self.ctx.store, suggestions))

    def choose_selected(self, codes: tuple[str, ...]) -> None:
        chosen = self.selected()
        if not chosen:
            return
        choice = tuple((code, "manual") for code in codes)
        choices = {p.customer_id: choice for p in chosen}
        self._run(steps.choose_strategies(self.ctx.store, choices))

    def _run(self, step: Step[Any]) -> None:
        try:
            self.ctx.run(step, initiator=self)
        except (InvalidRecord, LookupError) as error:
            QMessageBox.warning(self, self.tr("Strategy"), failure_reason(error))
