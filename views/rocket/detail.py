"""Process detail: dot criteria and a new score, checklist, history, evidence, targets."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.rocket.processes import ProcessInfo, get_process
from views.context import AppContext
from views.rocket.common import pick
from views.rocket.detail_tabs import ChecklistTab, HistoryTab, TargetsTab
from views.rocket.evidence_tab import EvidenceTab
from views.rocket.score_tab import ScoreTab


class ProcessDetail(QWidget):
    """Everything about one process of the current team, for the chosen period."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("processDetail")
        self.code: str | None = None
        self.process: ProcessInfo | None = None
        self.period_kind = "half_year"
        self.period_start = date.today()

        self.title = QLabel()
        self.title.setObjectName("processTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.score_tab = ScoreTab(ctx)
        self.checklist_tab = ChecklistTab(ctx, self.score_tab.member_id)
        self.history_tab = HistoryTab(ctx)
        self.evidence_tab = EvidenceTab(ctx, self.score_tab.member_id)
        self.targets_tab = TargetsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("processTabs")
        self.tabs.addTab(self.score_tab, self.tr("Score"))
        self.tabs.addTab(self.checklist_tab, self.tr("Checklist"))
        self.tabs.addTab(self.history_tab, self.tr("History"))
        self.tabs.addTab(self.evidence_tab, self.tr("Evidence"))
        self.tabs.addTab(self.targets_tab, self.tr("Targets"))
        # The widgets tests and the round dialog reach for, under their long-standing names.
        self.dots = self.score_tab.dots
        self.dots_meaning = self.score_tab.dots_meaning
        self.assessor = self.score_tab.assessor
        self.member = self.score_tab.member
        self.comment = self.score_tab.comment
        self.save_button = self.score_tab.save_button
        self.score_error = self.score_tab.score_error
        self.history = self.history_tab.history
        self.target_spin = self.targets_tab.target_spin
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addWidget(self.tabs, 1)
        layout.addStretch(0)  # with no process shown, the hint stays at the top
        self._show_empty()

    def _show_empty(self) -> None:
        """No process chosen (or it is gone, or the team changed): say what to do."""
        self.code = None
        self.process = None
        # The tabs hold nothing of a process any more: no editor of theirs has input.
        self.score_tab.code = self.checklist_tab.code = self.evidence_tab.code = None
        self.title.setText(self.tr("Click a process in the rocket."))
        self.description.setText(
            self.tr(
                "Its dot criteria, a new score, the checklist, the score history, the "
                "evidence and the targets of the chosen period then appear here."
            )
        )
        self.tabs.hide()

    def set_period(self, kind: str, start: date) -> None:
        self.period_kind, self.period_start = kind, start
        self.reload()

    def show_process(self, code: str | None) -> None:
        self.code = code
        self.reload()
        if code is not None:
            self.score_tab.start_from_current(code)

    def reload(self) -> None:
        self.score_tab.set_period(self.period_kind, self.period_start)
        self.targets_tab.set_period(self.period_kind, self.period_start)
        self.score_tab.load_members()
        if self.code is None:
            self._show_empty()
            return
        try:
            process = get_process(self.ctx.store, self.ctx.team_id, self.code)
        except KeyError:
            self._show_empty()
            return
        self.tabs.show()
        self.tabs.setEnabled(not self.ctx.store.read_only)
        self.process = process
        lang = self.ctx.language
        name = pick(process.name_fi, process.name_en, lang)
        retired = self.tr(" (retired)") if process.retired else ""
        self.title.setText(f"{process.code} {name}{retired}")
        self.description.setText(pick(process.description_fi, process.description_en, lang))
        self.score_tab.load(process)
        self.checklist_tab.load(process)
        self.history_tab.load(process.code)
        self.evidence_tab.load(process.code)
        self.targets_tab.load(process.code)

    def save_score(self) -> None:
        self.score_tab.save()
