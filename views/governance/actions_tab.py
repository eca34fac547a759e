"""All open action items by owner, overdue ones highlighted; close, reassign or add from the
list, each an undoable step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
)

from app import teams
from app.changes import Kind
from app.governance.actions import ActionRow, open_actions
from app.store import Store
from views.background import ReportView
from views.context import AppContext
from views.governance import action_steps
from views.governance.labels import STATUS_COLOURS, day_text, tr
from views.governance.record_boxes import table
from views.governance.table_model import SORT_ROLE, Row, RowsModel
from views.table_export import ExportViewAction

DEPENDS = frozenset({Kind.ACTION, Kind.MEMBER, Kind.CUSTOMER, Kind.MEETING})


class ActionsTab(ReportView[list[ActionRow]]):
    openMeeting = Signal(int)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, DEPENDS)
        self.setObjectName("governanceActions")
        self.items: list[ActionRow] = []
        self.owner = QComboBox()
        self.owner.setObjectName("actionsOwner")
        self.overdue_only = QCheckBox(tr("Only overdue"))
        self.overdue_only.setObjectName("actionsOverdue")
        self.summary = QLabel()
        self.summary.setObjectName("actionsSummary")
        self.model = RowsModel(
            [tr("Owner"), tr("What"), tr("Due"), tr("Customer"), tr("Meeting"), tr("Recorded")]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = table(self.proxy, "actionsTable")
        header = self.view.horizontalHeader()
        # Unsorted at first (by owner and due date, as read); a header click sorts, a
        # third click returns to that order.
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.export_action = ExportViewAction(ctx, self.view, lambda: tr("Action items"))
        self.view.doubleClicked.connect(lambda _index: self._open())
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Owner:")))
        top.addWidget(self.owner)
        top.addWidget(self.overdue_only)
        top.addStretch(1)
        top.addWidget(self.summary)
        buttons = QHBoxLayout()
        for text, name, slot in (
            (tr("Add action…"), "addLooseAction", self.add),
            (tr("Mark done"), "closeAction", self.close_selected),
            (tr("Reassign…"), "reassignAction", self.reassign_selected),
            (tr("Open the meeting"), "openActionMeeting", self._open),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_action.button("exportActions"))
        self.body.addLayout(top)
        self.body.addWidget(self.view, 1)
        self.body.addLayout(buttons)
        self.owner.currentIndexChanged.connect(lambda _i: self.invalidate())
        self.overdue_only.toggled.connect(lambda _on: self.invalidate())

    def reload_members(self) -> None:
        chosen = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(tr("Everyone"), None)
        for member in teams.members_of(self.ctx.store, self.ctx.team_id):
            self.owner.addItem(member["name"], member["id"])
        self.owner.setCurrentIndex(max(0, self.owner.findData(chosen)))
        self.owner.blockSignals(False)

    def compute(self) -> Callable[[Store], list[ActionRow]] | None:
        if not self.ctx.has_team:
            return None
        team_id, owner, today = self.ctx.team_id, self.owner.currentData(), date.today()
        overdue = today if self.overdue_only.isChecked() else None
        return lambda store: open_actions(store, team_id, owner, overdue)

    def present(self, result: list[ActionRow]) -> None:
        today = date.today()
        self.items = result
        rows = []
        for item in result:
            late = item.overdue(today)
            rows.append(
                Row(
                    [
                        item.owner or tr("(nobody)"),
                        item.title,
                        day_text(item.due_on),
                        item.customer or "",
                        item.meeting or "",
                        day_text(item.meeting_on),
                    ],
                    item.id,
                    STATUS_COLOURS["missed"] if late else None,
                    bold=late,
                    sort=[
                        (item.owner or "").lower(),
                        item.title.lower(),
                        item.due_on.isoformat(),
                        (item.customer or "").lower(),
                        (item.meeting or "").lower(),
                        item.meeting_on.isoformat() if item.meeting_on else "9999",
                    ],
                    values=[
                        item.owner or None,
                        item.title,
                        item.due_on,
                        item.customer,
                        item.meeting,
                        item.meeting_on,
                    ],
                )
            )
        self.model.set_rows(rows)
        overdue = sum(1 for item in result if item.overdue(today))
        self.summary.setText(
            tr("{open} open, {late} overdue").format(open=len(result), late=overdue)
        )

    def selected(self) -> ActionRow | None:
        index = self.proxy.mapToSource(self.view.currentIndex())
        return self.items[index.row()] if index.isValid() else None

    def add(self) -> None:
        action_steps.add_action(self.ctx, self, None, self.owner.currentData())

    def close_selected(self) -> None:
        item = self.selected()
        if item is not None:
            action_steps.close_action(self.ctx, item.id, item.title)

    def reassign_selected(self) -> None:
        item = self.selected()
        if item is not None:
            action_steps.reassign_action(self.ctx, self, item.id, item.title, item.owner)

    def _open(self) -> None:
        item = self.selected()
        if item is not None and item.meeting_id is not None:
            self.openMeeting.emit(item.meeting_id)
