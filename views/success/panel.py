"""The customer success panel: who is at risk, health and churn, satisfaction, feedback,
journey maps and the team's self-assessments; beside the lists, the chosen customer's
success tab. Every tab reads off the GUI thread and only while it is shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.files import ExportError
from views.context import AppContext
from views.labels import export_error_text
from views.success.assessment_tab import AssessmentTab
from views.success.customer_tab import SuccessTab
from views.success.feedback_tab import FeedbackTab
from views.success.journey_tab import JourneyTab
from views.success.overview_tab import OverviewTab
from views.success.risk_tab import RiskTab
from views.success.satisfaction_tab import SatisfactionTab
from views.widgets import CustomerPicker

# Tabs beside which the chosen customer's pane is shown (the others need the width).
WITH_CUSTOMER = (0, 3)


class SuccessPanel(QWidget):
    @staticmethod
    def tr_title() -> str:
        return QCoreApplication.translate("SuccessPanel", "Customer success")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("successPanel")
        self.risk = RiskTab(ctx)
        self.overview = OverviewTab(ctx)
        self.satisfaction = SatisfactionTab(ctx)
        self.feedback = FeedbackTab(ctx)
        self.journeys = JourneyTab(ctx)
        self.assessments = AssessmentTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("successTabs")
        for widget, title in (
            (self.risk, self.tr("At risk")),
            (self.overview, self.tr("Health and churn")),
            (self.satisfaction, self.tr("Satisfaction")),
            (self.feedback, self.tr("Feedback")),
            (self.journeys, self.tr("Journey map")),
            (self.assessments, self.tr("Self-assessment")),
        ):
            self.tabs.addTab(widget, title)
        self.customer = SuccessTab(ctx)
        self.picker = CustomerPicker(ctx)
        self.picker.setObjectName("successCustomerPicker")
        self.picker.customerChosen.connect(self.customer.show_customer)
        self.customer_pane = QWidget()
        pane = QVBoxLayout(self.customer_pane)
        pane.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Customer:")))
        row.addWidget(self.picker, 1)
        pane.addLayout(row)
        pane.addWidget(self.customer, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("successSplitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.customer_pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        for tab in (self.risk, self.feedback):
            tab.customerActivated.connect(self.show_customer)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._restore_layout()

    def add_menus(self, window: QMainWindow) -> None:
        menu = window.menuBar().addMenu(self.tr("Su&ccess"))
        export = QAction(self.tr("Export success summary to Excel…"), window)
        export.triggered.connect(lambda _=False: self.export_summary())
        menu.addAction(export)

    def show_customer(self, customer_id: int) -> None:
        """A customer chosen in a list: its success tab beside the list."""
        self.picker.clear()
        self.customer.show_customer(customer_id)

    def _tab_changed(self, index: int) -> None:
        self.customer_pane.setVisible(index in WITH_CUSTOMER)

    # --- export ----------------------------------------------------------------------------------

    def export_summary(self) -> Path | None:
        if not self.ctx.has_team:
            return None
        title = self.tr("Export success summary")
        start = str(self.ctx.paths.data / "success.xlsx")
        name, _filter = QFileDialog.getSaveFileName(
            self, title, start, self.tr("Excel workbook (*.xlsx)")
        )
        if not name:
            return None
        path = Path(name if name.lower().endswith(".xlsx") else f"{name}.xlsx")
        # openpyxl (~10 MB resident) only when a summary is exported, not with the panel.
        from app.success.export import summary_sheets, write_summary

        sheets = summary_sheets(self.ctx.store, self.ctx.team_id, self._headers())
        try:
            write_summary(path, sheets, self._titles())
        except ExportError as error:
            QMessageBox.warning(self, title, export_error_text(error))
            return None
        return path

    def _titles(self) -> dict[str, str]:
        return {
            "at_risk": self.tr("At risk"),
            "health": self.tr("Health and stages"),
            "churn": self.tr("Churn by reason"),
            "nps": self.tr("NPS by month"),
            "assessments": self.tr("Self-assessments"),
        }

    def _headers(self) -> dict[str, list[str]]:
        return {
            "at_risk": [
                self.tr("Customer"),
                self.tr("Level"),
                self.tr("Health"),
                self.tr("Reason"),
                self.tr("Next step"),
                self.tr("Key contacts who left"),
                self.tr("Renewal"),
                self.tr("Owner"),
            ],
            "health": [self.tr("Health or stage"), self.tr("Customers")],
            "churn": [self.tr("Reason"), self.tr("Lost in 12 months")],
            "nps": [
                self.tr("Month"),
                self.tr("NPS answers"),
                self.tr("NPS"),
                self.tr("1–5 answers"),
                self.tr("Mean 1–5"),
            ],
            "assessments": [
                self.tr("Date"),
                self.tr("Baseline 0–100"),
                self.tr("Maturity 1–4"),
                self.tr("Empowerment 1–5"),
                self.tr("Strategy 1–5"),
                self.tr("Four-L"),
            ],
        }

    # --- layout ----------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        state = self.ctx.settings.value("success/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([760, 520])
        self.tabs.setCurrentIndex(int(str(self.ctx.settings.value("success/tab", 0))))
        self._tab_changed(self.tabs.currentIndex())

    def save_layout(self) -> None:
        self.ctx.settings.setValue("success/splitter", self.splitter.saveState())
        self.ctx.settings.setValue("success/tab", self.tabs.currentIndex())
