"""Parts of the meeting record: its action items (with those carried over from earlier
occurrences of the series) and, in a development meeting, the open proposals to handle."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.governance import actions, proposals
from views.context import AppContext
from views.governance import action_steps
from views.governance.labels import STATUS_COLOURS, day_text, proposal_label, tr
from views.governance.table_model import Row, RowsModel


def table(model: QAbstractItemModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Columns fit the rows in sight, not the first 1 000 (Qt's default): measuring those
    # took 450 ms on each new result of a long list (the team's 2 948 open action items).
    view.horizontalHeader().setResizeContentsPrecision(0)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view


class MeetingActions(QGroupBox):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(tr("Action items"))
        self.ctx = ctx
        self.setObjectName("meetingActions")
        self.meeting_id: int | None = None
        self.customer: tuple[int, str] | None = None
        self.owner: int | None = None
        self.items: list[actions.ActionRow] = []
        self.model = RowsModel(
            [tr("What"), tr("Owner"), tr("Due"), tr("Status"), tr("Customer"), tr("From")]
        )
        self.view = table(self.model, "meetingActionTable")
        self.add_button = QPushButton(tr("Add action…"))
        self.add_button.setObjectName("addAction")
        self.add_button.clicked.connect(self.add)
        self.done_button = QPushButton(tr("Done / reopen"))
        self.done_button.clicked.connect(self.toggle_done)
        self.reassign_button = QPushButton(tr("Reassign…"))
        self.reassign_button.clicked.connect(self.reassign)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.done_button, self.reassign_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def show_meeting(
        self, meeting_id: int | None, owner: int | None, customer: tuple[int, str] | None
    ) -> None:
        self.meeting_id, self.owner, self.customer = meeting_id, owner, customer
        self.setEnabled(meeting_id is not None)
        self.reload()

    def reload(self) -> None:
        found = actions.meeting_actions(self.ctx.store, self.meeting_id) if self.meeting_id else []
        self.items = found
        today = date.today()
        rows = []
        for item in found:
            status = tr("done") if item.status == "done" else tr("open")
            rows.append(
                Row(
                    [
                        item.title,
                        item.owner or "",
                        day_text(item.due_on),
                        status,
                        item.customer or "",
                        tr("carried over from {day}").format(day=day_text(item.meeting_on))
                        if item.carried
                        else tr("this meeting"),
                    ],
                    item.id,
                    STATUS_COLOURS["missed"] if item.overdue(today) else None,
                    bold=item.carried and item.status == "open",
                )
            )
        self.model.set_rows(rows)

    def selected(self) -> actions.ActionRow | None:
        index = self.view.currentIndex()
        return self.items[index.row()] if index.isValid() else None

    def add(self) -> None:
        if self.meeting_id is not None:
            action_steps.add_action(self.ctx, self, self.meeting_id, self.owner, self.customer)

    def toggle_done(self) -> None:
        item = self.selected()
        if item is None:
            return
        if item.status == "open":
            action_steps.close_action(self.ctx, item.id, item.title)
        else:
            action_steps.reopen_action(self.ctx, item.id, item.title)

    def reassign(self) -> None:
        item = self.selected()
        if item is not None:
            action_steps.reassign_action(self.ctx, self, item.id, item.title, item.owner)


class MeetingProposals(QGroupBox):
    """The open development proposals, each handled here with its decision recorded."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(tr("Development proposals"))
        self.ctx = ctx
        self.setObjectName("meetingProposals")
        self.meeting_id: int | None = None
        self.items: list[proposals.ProposalRow] = []
        self.model = RowsModel([tr("Proposal"), tr("Proposed by"), tr("Status"), tr("Decision")])
        self.view = table(self.model, "meetingProposalTable")
        decide = QPushButton(tr("Record decision…"))
        decide.setObjectName("decideProposal")
        decide.clicked.connect(self.decide)
        add = QPushButton(tr("New proposal…"))
        add.clicked.connect(lambda: action_steps.add_proposal(self.ctx, self))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(decide)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        """Open proposals and those decided in this meeting."""
        if self.meeting_id is None:
            self.items = []
        else:
            found = proposals.list_proposals(self.ctx.store, self.ctx.team_id)
            self.items = [
                p for p in found if p.status == "open" or p.handled_meeting_id == self.meeting_id
            ]
        self.model.set_rows(
            [
                Row(
                    [p.title, p.proposed_by or "", proposal_label(p.status), p.decision or ""],
                    p.id,
                )
                for p in self.items
            ]
        )

    def decide(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            action_steps.decide_proposal(self.ctx, self, self.items[index.row()], self.meeting_id)


def boxes(ctx: AppContext) -> tuple[MeetingActions, MeetingProposals, QWidget]:
    """Both boxes in one holder (the record lays them out under its form)."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    first, second = MeetingActions(ctx), MeetingProposals(ctx)
    layout.addWidget(first)
    layout.addWidget(second)
    return first, second, holder
