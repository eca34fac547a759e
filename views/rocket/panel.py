"""The Rocket model panel: the rocket for a period, process detail, rounds, progress, coach."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.rocket import AREA, boxes
from app.rocket import rounds as rocket_rounds
from views.background import Refresher
from views.context import AppContext
from views.rocket.catalogue import CatalogueEditor
from views.rocket.chart import ProgressChart
from views.rocket.coach import CoachView
from views.rocket.common import (
    STATUS_COLOURS,
    PeriodPicker,
    date_text,
    rtr,
    status_text,
)
from views.rocket.detail import ProcessDetail
from views.rocket.drawing import RocketDrawing
from views.rocket.round import RoundDialog, StartRoundDialog


class RocketPanel(QWidget):
    @staticmethod
    def tr_title() -> str:
        return QCoreApplication.translate("RocketPanel", "Rocket model")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("rocketPanel")
        self.period = PeriodPicker(kind=str(ctx.settings.value("rocket/periodKind", "half_year")))
        self.period.changed.connect(self._period_changed)
        self.reminder = QLabel()
        self.reminder.setObjectName("roundReminder")
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet(
            "background: #fff3cd; border: 1px solid #e0c36a; border-radius: 4px; padding: 4px;"
        )
        self.drawing = RocketDrawing()
        self.drawing.processClicked.connect(self.show_process)
        self.detail = ProcessDetail(ctx)
        self.splitter = self._splitter()
        self.chart = ProgressChart(ctx)
        self.coach = CoachView(ctx)
        self.coach.openTeam.connect(self._open_team)
        self.catalogue = CatalogueEditor(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("rocketTabs")
        self.tabs.addTab(self.splitter, self.tr("Rocket"))
        self.tabs.addTab(self.chart, self.tr("Progress"))
        self.tabs.addTab(self.coach, self.tr("Coach's view"))
        self.tabs.addTab(self.catalogue, self.tr("Catalogue"))

        layout = QVBoxLayout(self)
        layout.addLayout(self._top())
        layout.addWidget(self.reminder)
        layout.addWidget(self.tabs, 1)

        # Forget the chosen process before the refresher redraws for the new team.
        ctx.teamChanged.connect(self._on_team)
        self.detail.period_kind, self.detail.period_start = self.period.kind, self.period.start
        self.refresher = Refresher(self, ctx, AREA.listens, self.refresh)  # first run: shown

    def _top(self) -> QHBoxLayout:
        self.round_button = QPushButton(self.tr("Assessment round…"))
        self.round_button.setObjectName("roundButton")
        self.round_button.clicked.connect(self.run_round)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period)
        top.addWidget(self._legend())
        top.addStretch(1)
        top.addWidget(self.round_button)
        return top

    def _splitter(self) -> QSplitter:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.drawing)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("rocketSplitter")
        splitter.addWidget(scroll)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        state = self.ctx.settings.value("rocket/splitter")
        if isinstance(state, QByteArray):
            splitter.restoreState(state)
        else:
            splitter.setSizes([700, 520])
        return splitter

    def _legend(self) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(12, 0, 0, 0)
        for status in ("below", "at", "above"):
            swatch = QLabel(status_text(status))
            colour = STATUS_COLOURS[status].name()
            swatch.setStyleSheet(f"background: {colour}; border-radius: 3px; padding: 2px 6px;")
            row.addWidget(swatch)
        return holder

    # --- refreshing --------------------------------------------------------------------

    def _on_team(self, _team_id: int) -> None:
        self.detail.code = None
        self.drawing.select(None)

    def _period_changed(self) -> None:
        self.ctx.settings.setValue("rocket/periodKind", self.period.kind)
        self.detail.period_kind, self.detail.period_start = self.period.kind, self.period.start
        self.refresher.invalidate()

    def refresh(self) -> None:
        """Redraw the rocket, the detail and the reminder; the tabs refresh themselves."""
        if not self.ctx.has_team:
            return
        store, team = self.ctx.store, self.ctx.team_id
        lang = self.ctx.language
        self.drawing.set_states(
            boxes.rocket_state(store, team, self.period.kind, self.period.start), lang
        )
        self.detail.reload()
        reminder = rocket_rounds.round_reminder(store, team)
        if reminder:
            self.reminder.setText(rtr(reminder.message).format(**_dates(reminder.args)))
        self.reminder.setVisible(reminder is not None)

    # --- actions -----------------------------------------------------------------------

    def show_process(self, code: str) -> None:
        self.drawing.select(code)
        self.detail.show_process(code)

    def _open_team(self, team_id: int) -> None:
        """From the coach's matrix: switch team and show its rocket."""
        self.ctx.set_team(team_id)
        window = self.window()
        switcher = getattr(window, "team_switcher", None)
        if switcher is not None:
            switcher.setCurrentIndex(switcher.findData(team_id))
        self.tabs.setCurrentWidget(self.splitter)

    def run_round(self) -> int | None:
        """Resume a paused round, or start a new one; returns the round's id."""
        store, team = self.ctx.store, self.ctx.team_id
        waiting = rocket_rounds.unfinished_round(store, team)
        if waiting is not None:
            round_id = rocket_rounds.resume_round(store, waiting.id).id
        else:
            start = StartRoundDialog(self.ctx, self)
            if not start.exec():
                return None
            round_id = rocket_rounds.start_round(
                store,
                team,
                start.assessor.currentData(),
                start.member.currentData(),
                "half_year",
                start.period.start,
            )
        dialog = RoundDialog(self.ctx, round_id, self)
        dialog.exec()
        return round_id

    def save_layout(self) -> None:
        self.ctx.settings.setValue("rocket/splitter", self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.coach.close_sources()
        super().closeEvent(event)


def _dates(args: dict[str, object]) -> dict[str, object]:
    return {k: date_text(v) if isinstance(v, date) else v for k, v in args.items()}
