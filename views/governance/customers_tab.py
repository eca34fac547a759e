"""Per customer: the governed customers with the year's compliance (computed off the GUI
thread, missed meetings highlighted) and the chosen customer's governance on the right.

The table's rows are made on the worker with the read (2 500 governed customers in the
100 000-customer demo's first team) and the model sorts them itself (table_model.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QSplitter, QVBoxLayout, QWidget

from app.changes import Kind
from app.governance.catalogue import Catalogue
from app.governance.governed import governed_customers
from app.store import Store
from models.dates import as_date
from views.background import ReportView
from views.context import AppContext
from views.governance.customer_pane import CustomerGovernancePane
from views.governance.labels import (
    STATUS_COLOURS,
    day_text,
    percent,
    strategy_label,
    tr,
)
from views.governance.record_boxes import table
from views.governance.table_model import Row, RowsModel
from views.widgets import CustomerPicker

DEPENDS = frozenset({Kind.CUSTOMER, Kind.MEETING, Kind.GOVERNANCE, Kind.STRATEGY, Kind.MEMBER})


def governed_rows(result: list[Any], catalogue: Catalogue) -> list[Row]:
    """The table's rows for the governed customers read (made on the worker thread)."""
    rows = []
    for r in result:
        model = catalogue.models.get(r.model)
        share = r.held / r.planned_so_far if r.planned_so_far else None
        strategies = ", ".join(strategy_label(s) for s in (r.strategies or "").split(",") if s)
        next_on = as_date(r.next_on)
        rows.append(
            Row(
                [
                    r.name,
                    model.label if model else r.model,
                    r.owner or "",
                    strategies,
                    f"{r.held} / {r.planned_so_far}",
                    percent(share),
                    str(r.missed),
                    day_text(next_on),
                ],
                r.id,
                STATUS_COLOURS["missed"] if r.missed else None,
                sort=[
                    r.name.lower(),
                    r.model,
                    r.owner or "",
                    strategies,
                    r.held,
                    -1.0 if share is None else share,
                    r.missed,
                    next_on.isoformat() if next_on else "9999",
                ],
            )
        )
    return rows


class GovernedReport(ReportView[list[Row]]):
    """Customers with a governance model: held against due so far, missed, next meeting."""

    def __init__(self, ctx: AppContext, catalogue: Callable[[], Catalogue]) -> None:
        super().__init__(ctx, DEPENDS)
        self.catalogue = catalogue
        self.setObjectName("governedReport")
        self.model = RowsModel(
            [
                tr("Customer"),
                tr("Model"),
                tr("Owner"),
                tr("Strategies"),
                tr("Held / due"),
                tr("Compliance"),
                tr("Missed"),
                tr("Next meeting"),
            ]
        )
        self.view = table(self.model, "governedTable")
        header = self.view.horizontalHeader()
        # By name, A to Z, at first (Qt's default indicator is descending).
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((170, 125, 115, 95, 70, 75, 55, 85)):
            # Never narrower than its title: Finnish titles are longer ("Pidetty / erääntynyt").
            self.view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.empty = QLabel(
            tr("No customer has a governance model yet: choose one on the right and agree a model.")
        )
        self.empty.setWordWrap(True)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.view, 1)

    def compute(self) -> Callable[[Store], list[Row]] | None:
        if not self.ctx.has_team:
            return None
        team_id, today, catalogue = self.ctx.team_id, date.today(), self.catalogue()
        return lambda store: governed_rows(governed_customers(store, team_id, today), catalogue)

    def present(self, result: list[Row]) -> None:
        self.model.set_rows(result)
        self.empty.setVisible(not result)

    def customer_at(self, row: int) -> tuple[int, str] | None:
        row_id = self.model.id_at(row)
        return (row_id, self.model.rows[row].cells[0]) if row_id is not None else None


class CustomersTab(QSplitter):
    def __init__(self, ctx: AppContext, catalogue: Callable[[], Catalogue]) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.ctx = ctx
        self.setObjectName("governanceCustomers")
        self.picker = CustomerPicker(ctx)
        self.picker.setObjectName("governanceCustomerPicker")
        self.picker.customerChosen.connect(self._picked)
        self.report = GovernedReport(ctx, catalogue)
        self.report.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._chosen(current.row())
        )
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Customer:")))
        row.addWidget(self.picker, 1)
        layout.addLayout(row)
        layout.addWidget(self.report, 1)
        self.pane = CustomerGovernancePane(ctx, catalogue)
        self.addWidget(left)
        self.addWidget(self.pane)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([820, 460])

    def _chosen(self, row: int) -> None:
        customer = self.report.customer_at(row) if row >= 0 else None
        if customer is not None:
            self.pane.show_customer(customer)

    def _picked(self, customer_id: int) -> None:
        self.show_customer(customer_id, self.picker.text())

    def show_customer(self, customer_id: int, name: str) -> None:
        self.pane.show_customer((customer_id, name))
