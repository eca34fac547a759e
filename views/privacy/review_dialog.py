"""The privacy review ("Tietosuojakatselmus"): the contacts the team keeps without a lawful
basis (app/privacy/review.py), sorted by any column, with the retention period to set and
each person's export (and erasure, when that part is there) at hand. Opened from the
Customers menu; reads off the GUI thread and refreshes when contacts, consent,
interactions or the period change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import Kind
from app.errors import InvalidRecord
from app.privacy import review
from app.privacy.review import ReviewRow
from views.background import Refresher
from views.context import AppContext
from views.labels import date_text, error_text
from views.privacy import contact_actions
from views.widgets import empty_state

KINDS = frozenset(
    {Kind.CONTACT, Kind.CONSENT, Kind.INTERACTION, Kind.CUSTOMER, Kind.PRIVACY_SETTINGS}
)
COLUMNS = ("name", "customer", "last_interaction", "withdrawn_on", "added")  # review.SORTS
AnyIndex = QModelIndex | QPersistentModelIndex


class ReviewModel(QAbstractTableModel):
    """The review's rows, as read (the order is SQL's)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.rows: list[ReviewRow] = []
        self.titles = [
            self.tr("Name"),
            self.tr("Customer"),
            self.tr("Last interaction"),
            self.tr("Consent"),
            self.tr("Added"),
        ]

    def set_rows(self, rows: list[ReviewRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None

    def text(self, row: ReviewRow, column: int) -> str:
        key = COLUMNS[column]
        if key == "last_interaction":
            return date_text(row.last_interaction, self.tr("none"))
        if key == "withdrawn_on":
            if row.withdrawn_on is None:
                return self.tr("never given")
            return self.tr("withdrawn {date}").format(date=date_text(row.withdrawn_on))
        if key == "added":
            return date_text(row.added)
        return str(getattr(row, key))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return row.contact_id
        return None


class ReviewDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("privacyReview")
        self.setWindowTitle(self.tr("Privacy review"))
        self.sort, self.descending = "last_interaction", False
        intro = QLabel(
            self.tr(
                "Contacts without marketing consent who have taken part in no interaction "
                "for the period below, and were added before it. Keep a person only with "
                "another lawful basis (a contract, a customership that goes on); otherwise "
                "erase them. Export a person's data first if they asked for it."
            )
        )
        intro.setWordWrap(True)
        self.months = QSpinBox()
        self.months.setObjectName("retentionMonths")
        self.months.setRange(1, review.MONTHS_MAX)
        self.months.setValue(review.DEFAULT_MONTHS)
        self.months.setSuffix(self.tr(" months"))
        self.save_period = QPushButton(self.tr("Save period"))
        self.save_period.clicked.connect(self.set_period)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("No interaction for")))
        period.addWidget(self.months)
        period.addWidget(self.save_period)
        period.addStretch(1)
        self.model = ReviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("reviewTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The names share the room; the dates and the consent take what they need (all
        # stretched alike, a customer's name wrapped into a row too low for two lines).
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column < 2
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sorted)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.empty = empty_state(
            self.tr(
                "No contact to review: everyone has given marketing consent, took part in an "
                "interaction within the period or was added recently."
            ),
            "reviewEmpty",
        )
        self.status = QLabel()
        self.status.setObjectName("reviewStatus")
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export data…"))
        self.export_button.setObjectName("reviewExport")
        self.export_button.clicked.connect(self.export_selected)
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.setObjectName("reviewErase")
        self.erase_button.clicked.connect(self.erase_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.erase_button)
        actions.addStretch(1)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(period)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        self.empty.hide()
        self.resize(900, 560)
        self.refresher = Refresher(self, ctx, KINDS, self.refresh)
        self.loaded = False

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        team, sort, descending = self.ctx.team_id, self.sort, self.descending
        self.ctx.query(
            "privacy-review",
            lambda store: review.review(store, team, sort, descending),
            self._show,
        )

    def _show(self, found: review.Review) -> None:
        self.model.set_rows(found.rows)
        self.months.setValue(found.months)
        has_rows = bool(found.rows)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.export_button.setEnabled(has_rows)
        self.erase_button.setEnabled(has_rows)
        count = self.tr("%n contact(s) to review", "", len(found.rows))
        self.setWindowTitle(
            f"{self.tr('Privacy review')} ({count})" if has_rows else self.tr("Privacy review")
        )
        if has_rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.loaded = True

    def _sorted(self, column: int, order: Qt.SortOrder) -> None:
        self.sort = COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # --- actions -------------------------------------------------------------------------

    def set_period(self) -> None:
        try:
            step = review.retention_step(self.ctx.store, self.ctx.team_id, self.months.value())
            self.ctx.run(step, initiator=self)
        except InvalidRecord as invalid:
            self.status.setText(error_text(invalid.errors[0]))

    def selected(self) -> tuple[int, str] | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.rows[index.row()]
        return row.contact_id, row.name

    def export_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            contact_actions.export_person_data(
                self.ctx, chosen[0], chosen[1], self, self.status.setText
            )

    def erase_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            contact_actions.ask_and_erase(self.ctx, chosen[0], self)

    def _context_menu(self, position: QPoint) -> None:
        if self.selected() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Export this person's data…"), self.export_selected)
        menu.addAction(self.tr("Erase this person…"), self.erase_selected)
        menu.popup(self.table.viewport().mapToGlobal(position))


def open_review(ctx: AppContext, parent: QWidget) -> ReviewDialog:
    """Show the review (not modal: a person's customer can be looked at meanwhile)."""
    dialog = ReviewDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
