"""The development log: every proposal with its status and decision. Anyone adds one; it is
handled in a development meeting, where the decision is recorded."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton

from app.changes import Kind
from app.governance import proposals, steps
from app.governance.catalogue import Catalogue
from app.store import Store
from models.governance_fields import DEVELOPMENT_PROPOSAL
from views.background import ReportView
from views.context import AppContext
from views.field_labels import field_title
from views.governance import action_steps
from views.governance.labels import day_text, proposal_label, tr
from views.governance.record_boxes import table
from views.governance.table_model import Row, RowsModel

DEPENDS = frozenset({Kind.PROPOSAL, Kind.MEMBER, Kind.MEETING})
# The proposal's fields the log shows, in its columns' order (models/governance_fields.py).
COLUMNS = ("title", "proposed_by_member_id", "proposed_on", "status", "decision", "handled_on")


class ProposalsTab(ReportView[list[proposals.ProposalRow]]):
    def __init__(self, ctx: AppContext, catalogue: Callable[[], Catalogue]) -> None:
        super().__init__(ctx, DEPENDS)
        self.catalogue = catalogue
        self.setObjectName("governanceProposals")
        self.items: list[proposals.ProposalRow] = []
        self.summary = QLabel()
        self.summary.setObjectName("proposalsSummary")
        self.model = RowsModel([field_title(DEVELOPMENT_PROPOSAL.field(key)) for key in COLUMNS])
        self.view = table(self.model, "proposalsTable")
        buttons = QHBoxLayout()
        for text, name, slot in (
            (tr("New proposal…"), "addProposal", self.add),
            (tr("Record decision…"), "decideLogProposal", self.decide),
            (tr("Delete…"), "deleteProposal", self.delete),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        self.body.addWidget(
            QLabel(
                tr(
                    "Anything to discuss is logged here where everyone sees it and handled in "
                    "the next development meeting."
                )
            )
        )
        self.body.addWidget(self.view, 1)
        self.body.addLayout(buttons)

    def compute(self) -> Callable[[Store], list[proposals.ProposalRow]] | None:
        if not self.ctx.has_team:
            return None
        team_id = self.ctx.team_id
        return lambda store: proposals.list_proposals(store, team_id)

    def present(self, result: list[proposals.ProposalRow]) -> None:
        self.items = result
        self.model.set_rows(
            [
                Row(
                    [
                        p.title,
                        p.proposed_by or "",
                        day_text(p.proposed_on),
                        proposal_label(p.status),
                        p.decision or "",
                        day_text(p.handled_on),
                    ],
                    p.id,
                    bold=p.status == "open",
                )
                for p in result
            ]
        )
        waiting = sum(1 for p in result if p.status == "open")
        self.summary.setText(tr("{count} waiting for a decision").format(count=waiting))

    def selected(self) -> proposals.ProposalRow | None:
        index = self.view.currentIndex()
        return self.items[index.row()] if index.isValid() else None

    def add(self) -> None:
        action_steps.add_proposal(self.ctx, self)

    def decide(self) -> None:
        proposal = self.selected()
        if proposal is None:
            return
        types = [k for k, t in self.catalogue().types.items() if t.agenda_source == "development"]
        meeting = proposals.latest_meeting(self.ctx.store, self.ctx.team_id, types)
        action_steps.decide_proposal(self.ctx, self, proposal, meeting)

    def delete(self) -> None:
        proposal = self.selected()
        if proposal is None:
            return
        question = tr("Delete the proposal “{title}”? You can undo this with Ctrl+Z.").format(
            title=proposal.title
        )
        if QMessageBox.question(self, tr("Delete proposal"), question) != (
            QMessageBox.StandardButton.Yes
        ):
            return
        self.ctx.run(steps.delete_proposal(self.ctx.store, proposal.id, proposal.title))
