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
    PeriodPicker,
    date_text,
    rtr,
    status_fill,
    status_text,
)
from views.rocket.detail import ProcessDetail
from views.rocket.drawing import RocketDrawing
from views.rocket.round import RoundDialog, StartRoundDialog
from views.unsaved import editors_in, run_dialog, settle


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
        self.banner = self._banner()
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
        layout.addWidget(self.banner)
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

    def _banner(self) -> QFrame:
        """The round reminder, with the button that answers it: continue or start."""
        banner = QFrame()
        banner.setObjectName("roundBanner")
        banner.setStyleSheet(
            "QFrame#roundBanner { background: palette(alternate-base);"
            " border: 1px solid #d4a017; border-left: 4px solid #d4a017; border-radius: 4px; }"
        )
        self.reminder = QLabel()
        self.reminder.setObjectName("roundReminder")
        self.reminder.setWordWrap(True)
        self.banner_button = QPushButton()
        self.banner_button.setObjectName("roundBannerButton")
        self.banner_button.clicked.connect(lambda: self.run_round())
        row = QHBoxLayout(banner)
        row.setContentsMargins(10, 6, 8, 6)
        row.addWidget(self.reminder, 1)
        row.addWidget(self.banner_button)
        banner.hide()
        return banner

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
            colour = status_fill(status, self.palette()).name()
            swatch.setStyleSheet(f"background: {colour}; border-radius: 3px; padding: 2px 6px;")
            row.addWidget(swatch)
        return holder

    # --- refreshing --------------------------------------------------------------------

    def _on_team(self, _team_id: int) -> None:
        self.detail.show_process(None)  # the other team's process is not this one's
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
            paused = rocket_rounds.unfinished_round(store, team) is not None
            self.banner_button.setText(
                self.tr("Continue the round") if paused else self.tr("Start a new round…")
            )
            self.banner_button.setEnabled(not store.read_only)
        self.banner.setVisible(reminder is not None)

    # --- actions -----------------------------------------------------------------------

    def show_process(self, code: str) -> None:
        """Show another process, after asking about a score typed for this one."""
        if code != self.detail.code and not settle(self, editors_in(self.detail)):
            self.drawing.select(self.detail.code)
            return
        self.drawing.select(code)
        self.detail.show_process(code)

    def _open_team(self, team_id: int) -> None:
        """From the coach's matrix: switch team (the window asks about unsaved input first)
        and show its rocket."""
        switch = getattr(self.window(), "switch_team", None)
        if switch is not None:
            if not switch(team_id):
                return
        elif not settle(self, editors_in(self)):
            return
        else:
            self.ctx.set_team(team_id)
        self.tabs.setCurrentWidget(self.splitter)

    def run_round(self) -> int | None:
        """Resume a paused round, or start a new one; returns the round's id."""
        store, team = self.ctx.store, self.ctx.team_id
        waiting = rocket_rounds.unfinished_round(store, team)
        if waiting is not None:
            round_id = rocket_rounds.resume_round(store, waiting.id).id
        else:
            start = StartRoundDialog(self.ctx, self)
            if not run_dialog(start):
                return None
            round_id = rocket_rounds.start_round(
                store,
                team,
                start.assessor.currentData(),
                start.member.currentData(),
                "half_year",
                start.period.start,
            )
        run_dialog(RoundDialog(self.ctx, round_id, self))
        return round_id

    def save_layout(self) -> None:
        self.ctx.settings.setValue("rocket/splitter", self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.coach.close_sources()
        super().closeEvent(event)


def _dates(args: dict[str, object]) -> dict[str, object]:
    return {k: date_text(v) if isinstance(v, date) else v for k, v in args.items()}
