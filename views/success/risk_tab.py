"""The "At risk" tab: customers at risk (red health, a key contact who left, a renewal near
without green health), the renewals coming up and the open win-back opportunities."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.store import Store
from app.success import AREA
from app.success.reports import AtRisk, at_risk, renewals_due, win_backs
from views.background import ReportView
from views.context import AppContext
from views.list_model import ListModel
from views.success.labels import HEALTH_COLOURS, label, short_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass
class RiskData:
    rows: list[AtRisk]
    total: int
    renewals: list[dict[str, Any]]
    win_backs: list[dict[str, Any]]


class AtRiskModel(ListModel[AtRisk]):
    """The at-risk rows (already ordered by urgency in SQL); sorting is by the proxy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("Customer"),
                self.tr("Level"),
                self.tr("Health"),
                self.tr("Why at risk"),
                self.tr("Next step"),
                self.tr("Owner"),
            ],
            parent,
        )

    def cell(self, row: AtRisk, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return QColor(HEALTH_COLOURS.get(row.health or "none", "#95a5a6"))
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, 4):
            return self._text(row, column)
        return None

    def _text(self, row: AtRisk, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return row.level
        if column == 2:
            return label("health", row.health or "none")
        if column == 3:
            return self._why(row)
        if column == 4:
            step = row.next_step or ""
            return f"{step} ({short_date(row.next_step_due)})" if row.next_step_due else step
        return row.owner or ""

    def _why(self, row: AtRisk) -> str:
        parts = []
        if row.health == "red":
            parts.append((row.health_reason or label("health", "red")).rstrip("."))
        if row.flags:
            parts.append(self.tr("key contact left: {names}").format(names=row.flag_names or ""))
        if row.renewal_due and row.renewal_on:
            parts.append(self.tr("renewal {date}").format(date=short_date(row.renewal_on)))
        return "; ".join(parts)


class RiskTab(ReportView[RiskData]):
    customerActivated = Signal(int)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, AREA.listens)
        self.setObjectName("successRiskTab")
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        self.body.setContentsMargins(margin, margin, margin, margin)
        self.count = QLabel()
        self.count.setObjectName("successRiskCount")
        self.count.setWordWrap(True)
        self.model = AtRiskModel(self)
        self.table = QTableView()
        self.table.setObjectName("successRiskTable")
        # Urgency order comes from SQL; a click on a header sorts by that column instead.
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 40, 70, 230, 170)):
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.renewals = self._list("successRenewals", [self.tr("Renewal"), self.tr("Customer")])
        self.win_backs = self._list(
            "successWinBacks", [self.tr("Since"), self.tr("Customer"), self.tr("Lost because")]
        )
        lower = QHBoxLayout()
        lower.addLayout(self._titled(self.tr("Renewals coming up"), self.renewals))
        lower.addLayout(self._titled(self.tr("Win-back opportunities"), self.win_backs))
        self.body.addWidget(self.count)
        self.body.addWidget(self.table, 3)
        self.body.addLayout(lower, 2)

    def _list(self, name: str, headers: list[str]) -> QTreeWidget:
        widget = QTreeWidget()
        widget.setObjectName(name)
        widget.setHeaderLabels(headers)
        widget.setRootIsDecorated(False)
        widget.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        widget.itemActivated.connect(self._item_chosen)
        widget.itemClicked.connect(self._item_chosen)
        return widget

    def _titled(self, title: str, widget: QWidget) -> QVBoxLayout:
        box = QVBoxLayout()
        caption = QLabel(f"<b>{title}</b>")
        box.addWidget(caption)
        box.addWidget(widget)
        return box

    def compute(self) -> Callable[[Store], RiskData] | None:
        if not self.ctx.has_team:
            return None
        team = self.ctx.team_id

        def read(store: Store) -> RiskData:
            rows, total = at_risk(store, team)
            return RiskData(rows, total, renewals_due(store, team), win_backs(store, team))

        return read

    def present(self, result: RiskData) -> None:
        self.model.set_items(result.rows)
        text = self.tr("%n customer(s) at risk.", "", result.total)
        if result.total > len(result.rows):
            text += " " + self.tr("Showing the first {shown}.").format(shown=len(result.rows))
        if not result.total:
            text = self.tr(
                "No customer is at risk. Customers appear here when their health is red, a "
                "key contact leaves, or a renewal nears without green health."
            )
        self.count.setText(text)
        self.renewals.clear()
        for row in result.renewals:
            item = QTreeWidgetItem([short_date(row["renewal_on"]), row["name"]])
            item.setData(0, ID_ROLE, row["id"])
            self.renewals.addTopLevelItem(item)
        self.win_backs.clear()
        for row in result.win_backs:
            item = QTreeWidgetItem(
                [
                    short_date(row["stage_since"]),
                    row["name"],
                    label("lost_reason", row["lost_reason"]),
                ]
            )
            item.setData(0, ID_ROLE, row["id"])
            self.win_backs.addTopLevelItem(item)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.customerActivated.emit(int(current.data(ID_ROLE)))

    def _item_chosen(self, item: QTreeWidgetItem, _column: int) -> None:
        self.customerActivated.emit(int(item.data(0, ID_ROLE)))
