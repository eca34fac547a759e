"""The governance facts in the customer's detail pane: model, strategies, next meeting."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel

from app.changes import Kind
from app.governance.catalogue import load_catalogue
from app.governance.governed import summary
from views.background import Refresher
from views.context import AppContext
from views.governance.labels import day_text, percent, strategy_label, tr

KINDS = (Kind.MEETING, Kind.GOVERNANCE, Kind.STRATEGY)


class GovernanceBox(QGroupBox):
    """Read-only; the Governance panel is where these are changed."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(tr("Governance"))
        self.ctx = ctx
        self.setObjectName("governanceBox")
        self.customer_id: int | None = None
        self.model = QLabel()
        self.model.setObjectName("governanceBoxModel")
        self.strategies = QLabel()
        self.strategies.setObjectName("governanceBoxStrategies")
        self.next_meeting = QLabel()
        self.next_meeting.setObjectName("governanceBoxNext")
        self.year = QLabel()
        for label in (self.model, self.strategies, self.next_meeting, self.year):
            label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(tr("Model"), self.model)
        form.addRow(tr("Strategies"), self.strategies)
        form.addRow(tr("Next meeting"), self.next_meeting)
        form.addRow(tr("This year"), self.year)
        # Its own refresh: the Customers panel need not know the governance kinds.
        self.refresher = Refresher(
            self, ctx, frozenset(KINDS), lambda: self.show_customer(self.customer_id), dirty=False
        )

    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.setVisible(customer_id is not None)
        if customer_id is None or not self.ctx.has_team:
            return
        found = summary(self.ctx.store, customer_id)
        if found.model:
            models = load_catalogue(self.ctx.store, self.ctx.team_id, self.ctx.language).models
            label = models[found.model].label if found.model in models else found.model
            self.model.setText(
                tr("{model} (agreed {day})").format(model=label, day=day_text(found.agreed_on))
            )
        else:
            self.model.setText(tr("none yet — agree one in the Governance panel"))
        names = [strategy_label(strategy) for strategy, _source in found.strategies]
        self.strategies.setText(", ".join(names) or tr("none chosen"))
        self.next_meeting.setText(
            tr("{day} at {time}: {title}").format(
                day=day_text(found.next_on), time=found.next_time, title=found.next_title
            )
            if found.next_on
            else tr("nothing planned")
        )
        year = found.year
        self.year.setText(
            tr("{held} of {due} held ({share})").format(
                held=year.held, due=year.planned_so_far, share=percent(year.compliance)
            )
            if year.planned_so_far
            else tr("no meetings due yet")
        )
