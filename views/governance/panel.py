"""The Governance panel: the agenda and calendar with the meeting record, per-customer
governance, the team's meeting series, action items, development proposals, the year's
compliance, resource sufficiency and the catalogue; export of the plan as iCalendar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.files import ExportError
from app.governance import AREA
from app.governance.catalogue import Catalogue, load_catalogue
from app.governance.plan import extend_plan
from views.background import Refresher
from views.context import AppContext
from views.governance import action_steps
from views.governance.actions_tab import ActionsTab
from views.governance.agenda_tab import AgendaTab
from views.governance.catalogue_tab import CatalogueTab
from views.governance.customers_tab import CustomersTab
from views.governance.proposals_tab import ProposalsTab
from views.governance.reports import ComplianceReport, ResourcesReport
from views.governance.series_list import SeriesList
from views.labels import export_error_text


class GovernancePanel(QWidget):
    @staticmethod
    def tr_title() -> str:
        return QCoreApplication.translate("GovernancePanel", "Governance")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("governancePanel")
        self._catalogue: Catalogue | None = None
        self._extended: set[int] = set()
        self.agenda = AgendaTab(ctx, self.catalogue)
        self.customers = CustomersTab(ctx, self.catalogue)
        self.series = SeriesList(ctx, self.catalogue, "seriesTable", internal=True)
        self.actions_tab = ActionsTab(ctx)
        self.proposals = ProposalsTab(ctx, self.catalogue)
        self.compliance = ComplianceReport(ctx, self.catalogue)
        self.resources = ResourcesReport(ctx, self.catalogue)
        self.catalogue_tab = CatalogueTab(ctx, self.catalogue)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("governanceTabs")
        for widget, title in (
            (self.agenda, self.tr("Agenda")),
            (self.customers, self.tr("Customers")),
            (self.series, self.tr("Working groups")),
            (self.actions_tab, self.tr("Action items")),
            (self.proposals, self.tr("Development proposals")),
            (self.compliance, self.tr("Compliance")),
            (self.resources, self.tr("Resources")),
            (self.catalogue_tab, self.tr("Catalogue")),
        ):
            self.tabs.addTab(widget, title)
        self._previous_tab = 0
        self.tabs.currentChanged.connect(self._tab_changed)
        self.customers.pane.openMeeting.connect(self.open_meeting)
        self.actions_tab.openMeeting.connect(self.open_meeting)
        self.compliance.openMeeting.connect(self.open_meeting)
        layout = QVBoxLayout(self)
        layout.addLayout(self._top())
        layout.addWidget(self.tabs, 1)
        ctx.teamChanged.connect(lambda _team: self._team_changed())
        self.refresher = Refresher(self, ctx, AREA.listens, self.refresh)

    def _top(self) -> QHBoxLayout:
        title = QLabel(self.tr("Meetings on a rhythm, governance models and what comes of them"))
        title.setStyleSheet("font-weight: bold;")
        self.export_button = QPushButton(self.tr("Export the plan (.ics)…"))
        self.export_button.setObjectName("exportCalendar")
        self.export_button.clicked.connect(lambda: self.export_calendar())
        row = QHBoxLayout()
        row.addWidget(title)
        row.addStretch(1)
        row.addWidget(self.export_button)
        return row

    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            self._catalogue = load_catalogue(self.ctx.store, self.ctx.team_id, self.ctx.language)
        return self._catalogue

    # --- refreshing --------------------------------------------------------------------

    def _team_changed(self) -> None:
        """The record belongs to the previous team: offer to save what was typed in it."""
        record = self.agenda.record
        if record.dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved meeting record"),
                self.tr("Save the changes to “{title}” of the previous team company?").format(
                    title=record.loaded.get("title", "")
                ),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                record.save()
        self._catalogue = None
        record.show_meeting(None)
        self.customers.pane.show_customer(None)

    def refresh(self) -> None:
        """The catalogue, the agenda and the lists; the reports refresh themselves."""
        if not self.ctx.has_team:
            return
        team_id = self.ctx.team_id
        if team_id not in self._extended:
            self._extended.add(team_id)
            extend_plan(self.ctx.store, team_id)  # a new year: plan it (once, rarely writes)
        self._catalogue = None  # read again: the team may have edited it
        self.agenda.reload_members()
        self.actions_tab.reload_members()
        self.agenda.refresh()
        # The other tabs refresh themselves when shown (each has its own Refresher).
        self.series.refresher.invalidate()
        self.catalogue_tab.refresher.invalidate()

    def _tab_changed(self, index: int) -> None:
        """Leaving the agenda with an unsaved record asks first; Cancel stays there."""
        if self._previous_tab == 0 and index != 0 and not self.agenda.record.maybe_leave():
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(0)
            self.tabs.blockSignals(False)
            return
        self._previous_tab = index

    def open_meeting(self, meeting_id: int) -> None:
        self.tabs.setCurrentWidget(self.agenda)
        self.agenda.open_meeting(meeting_id)

    # --- actions -----------------------------------------------------------------------

    def export_calendar(self, path: Path | None = None) -> int | None:
        """Ask where (unless given) and write the team's plan as an .ics file."""
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the meeting plan"),
                str(Path.home() / self.tr("meeting-plan.ics")),
                self.tr("iCalendar (*.ics)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        # icalendar (some 120 modules, ~8 MB resident) loads with the first export only.
        from app.governance.ical import export_plan

        try:
            count = export_plan(self.ctx.store, self.ctx.team_id, path)
        except ExportError as error:
            message = export_error_text(error)
            QMessageBox.warning(self, self.tr("Export the meeting plan"), message)
            return None
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("%n series written to {path}", "", count).format(path=path), 8000
            )
        return count

    def add_menus(self, window: QMainWindow) -> None:
        menu = window.menuBar().addMenu(self.tr("&Governance"))
        entries = (
            (self.tr("Plan a series…"), self._plan_series),
            (self.tr("Add an action item…"), lambda: action_steps.add_action(self.ctx, self, None)),
            (
                self.tr("New development proposal…"),
                lambda: action_steps.add_proposal(self.ctx, self),
            ),
            (self.tr("Export the plan (.ics)…"), lambda: self.export_calendar()),
        )
        for text, slot in entries:
            action = QAction(text, window)
            action.triggered.connect(slot)
            menu.addAction(action)

    def _add_action(self) -> None:
        action_steps.add_action(self.ctx, self, None)

    def _add_proposal(self) -> None:
        action_steps.add_proposal(self.ctx, self)

    def _plan_series(self) -> None:
        self.tabs.setCurrentWidget(self.series)
        self.series.plan()

    def save_layout(self) -> None:
        self.agenda.save_layout()
