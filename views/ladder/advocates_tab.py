"""The "Advocates" side tab: who brought new customers, and whom to ask for a referral."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ladder.advocates import Advocate, Opportunity, advocates, referral_opportunities
from app.ladder.filters import BoardFilter
from app.store import Store
from views.context import AppContext
from views.ladder.labels import short_date
from views.ladder.report_tab import CUSTOMER_ROLE, LadderReport

Referrals = tuple[list[Advocate], list[Opportunity]]


class AdvocatesTab(LadderReport[Referrals]):
    def __init__(self, ctx: AppContext, board_filter: Callable[[], BoardFilter]) -> None:
        super().__init__(ctx, board_filter)
        self.advocates = QTreeWidget()
        self.advocates.setObjectName("ladderAdvocates")
        self.advocates.setHeaderLabels(
            [self.tr("Advocate and the customers it brought"), self.tr("Level"), self.tr("Since")]
        )
        self.advocates.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.advocates.header().setStretchLastSection(False)
        for column in (1, 2):
            self.advocates.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.advocates.itemActivated.connect(self.activate_item)
        self.opportunities = QTreeWidget()
        self.opportunities.setObjectName("ladderOpportunities")
        self.opportunities.setRootIsDecorated(False)
        self.opportunities.setHeaderLabels(
            [self.tr("Customer"), self.tr("Advocates"), self.tr("Owner")]
        )
        self.opportunities.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.opportunities.header().setStretchLastSection(False)
        self.opportunities.itemActivated.connect(self.activate_item)
        self.opportunity_label = QLabel()
        self.opportunity_label.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.advocates)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.opportunity_label)
        bottom_layout.addWidget(self.opportunities, 1)
        splitter.addWidget(bottom)
        self.body.addWidget(splitter)

    def compute(self) -> Callable[[Store], Referrals] | None:
        board = self.board()
        if board is None:
            return None
        return lambda store: (advocates(store, board), referral_opportunities(store, board))

    def present(self, result: Referrals) -> None:
        found, opportunities = result
        self.advocates.clear()
        for advocate in found:
            self.advocates.addTopLevelItem(self._advocate_item(advocate))
        self.opportunity_label.setText(
            "<b>"
            + self.tr("Opportunities")
            + "</b><br>"
            + self.tr(
                "%n A1 customer(s) referred nobody in the last year. Ask them first, "
                "starting with those that have advocates.",
                "",
                len(opportunities),
            )
        )
        self.opportunities.clear()
        for item in opportunities:
            row = QTreeWidgetItem([item.name, str(item.advocates), item.owner or ""])
            row.setData(0, CUSTOMER_ROLE, item.id)
            self.opportunities.addTopLevelItem(row)

    def _advocate_item(self, advocate: Advocate) -> QTreeWidgetItem:
        name = (
            advocate.name
            if advocate.contact is None
            else self.tr("{person} ({customer})").format(
                person=advocate.contact, customer=advocate.name
            )
        )
        top = QTreeWidgetItem(
            [
                self.tr("{name} — brought %n", "", len(advocate.brought)).format(name=name),
                advocate.level,
                "",
            ]
        )
        top.setData(0, CUSTOMER_ROLE, advocate.customer_id)
        for referred in advocate.brought:
            child = QTreeWidgetItem([referred.name, referred.level, short_date(referred.since)])
            child.setData(0, CUSTOMER_ROLE, referred.id)
            top.addChild(child)
        return top
