"""All open action items by owner, overdue ones highlighted; close, reassign or add from the
list, each an undoable step.

A team's open items run to thousands at scale (2 948 in the 100 000-customer demo's first
team), so the table's rows (texts, colours, sort keys) are made on the worker thread with
the read, and the model sorts them itself; the GUI thread only swaps them in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
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
from models.governance_fields import ACTION_ITEM
from views.background import ReportView
from views.context import AppContext
from views.field_labels import field_title
from views.governance import action_steps
from views.governance.labels import STATUS_COLOURS, day_text, tr
from views.governance.record_boxes import table
from views.governance.table_model import Row, RowsModel
from views.table_export import ExportViewAction

DEPENDS = frozenset({Kind.ACTION, Kind.MEMBER, Kind.CUSTOMER, Kind.MEETING})


class ActionTable(NamedTuple):
    """What the tab shows, made off the GUI thread: the items by id and their rows."""

    items: dict[int, ActionRow]
    rows: list[Row]
    overdue: int


def action_table(result: list[ActionRow], today: date) -> ActionTable:
    """The table's rows for the items read (on the worker: texts through the thread-safe
    QCoreApplication.translate and QLocale, no widget touched)."""
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
    overdue = sum(1 for row in rows if row.bold)
    return ActionTable({item.id: item for item in result}, rows, overdue)


class ActionsTab(ReportView[ActionTable]):
    openMeeting = Signal(int)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, DEPENDS)
        self.setObjectName("governanceActions")
        self.items: dict[int, ActionRow] = {}
        self.owner = QComboBox()
        self.owner.setObjectName("actionsOwner")
        self.overdue_only = QCheckBox(tr("Only overdue"))
        self.overdue_only.setObjectName("actionsOverdue")
        self.summary = QLabel()
        self.summary.setObjectName("actionsSummary")
        # The item's fields by their catalogue's titles, then the day of its meeting.
        fields = ("owner_member_id", "title", "due_on", "customer_id", "meeting_id")
        titles = [field_title(ACTION_ITEM.field(key)) for key in fields]
        self.model = RowsModel([*titles, tr("Recorded")])
        self.view = table(self.model, "actionsTable")
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

    def compute(self) -> Callable[[Store], ActionTable] | None:
        if not self.ctx.has_team:
            return None
        team_id, owner, today = self.ctx.team_id, self.owner.currentData(), date.today()
        overdue = today if self.overdue_only.isChecked() else None
        return lambda store: action_table(open_actions(store, team_id, owner, overdue), today)

    def present(self, result: ActionTable) -> None:
        self.items = result.items
        self.model.set_rows(result.rows)
        self.summary.setText(
            tr("{open} open, {late} overdue").format(open=len(result.rows), late=result.overdue)
        )

    def selected(self) -> ActionRow | None:
        index = self.view.currentIndex()
        row_id = self.model.id_at(index.row()) if index.isValid() else None
        return self.items.get(row_id) if row_id is not None else None

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
