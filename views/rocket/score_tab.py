"""The Score tab of the process detail: dot criteria, the dots editor and a new score."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidRecord
from app.rocket import scoring, steps
from app.rocket.periods import period_end
from app.rocket.processes import ProcessInfo
from app.teams import members_of
from models.rules import LINE_MAX
from views.context import AppContext
from views.labels import error_text
from views.rocket.common import (
    DotsEditor,
    assessor_text,
    dots_text,
    period_text,
    pick,
    to_date,
)
from views.widgets import limited


class ScoreTab(QWidget):
    """Scores one process for the chosen period; the member chosen here also ticks items.

    An `Editor` (views/unsaved.py): dots or a comment not yet saved are asked about before
    another process, team or panel is shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.code: str | None = None
        self.process: ProcessInfo | None = None
        self.period_kind = "half_year"
        self.period_start = date.today()
        self._shown: tuple[int, str] = (0, "")
        layout = QVBoxLayout(self)
        self.criteria = QLabel()
        self.criteria.setObjectName("criteria")
        self.criteria.setWordWrap(True)
        self.criteria.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.criteria)
        layout.addLayout(self._form())
        self.period_note = QLabel()
        self.period_note.setObjectName("periodNote")
        self.save_button = QPushButton(self.tr("Save score"))
        self.save_button.setObjectName("saveScore")
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.period_note, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.score_error = QLabel()
        self.score_error.setObjectName("scoreError")
        self.score_error.setStyleSheet("color: #c0392b;")
        self.score_error.setWordWrap(True)
        layout.addWidget(self.score_error)
        layout.addStretch(1)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        self.dots = DotsEditor()
        self.dots_meaning = QLabel()
        self.dots_meaning.setWordWrap(True)
        self.dots.valueChanged.connect(self._show_meaning)
        dots_row = QHBoxLayout()
        dots_row.addWidget(self.dots)
        dots_row.addWidget(self.dots_meaning, 1)
        form.addRow(self.tr("Dots:"), dots_row)
        self.assessor = QComboBox()
        self.assessor.setObjectName("assessorKind")
        self.assessor.addItem(assessor_text("team"), "team")
        self.assessor.addItem(assessor_text("coach"), "coach")
        form.addRow(self.tr("Assessed by:"), self.assessor)
        self.member = QComboBox()
        self.member.setObjectName("assessorMember")
        form.addRow(self.tr("Who:"), self.member)
        self.scored_on = QDateEdit(QDate.currentDate())
        self.scored_on.setObjectName("scoredOn")
        self.scored_on.setCalendarPopup(True)
        form.addRow(self.tr("Date:"), self.scored_on)
        self.comment = limited(QLineEdit(), LINE_MAX)
        self.comment.setObjectName("scoreComment")
        self.comment.setPlaceholderText(self.tr("What shows it? (optional)"))
        form.addRow(self.tr("Comment:"), self.comment)
        return form

    def member_id(self) -> int | None:
        value = self.member.currentData()
        return int(value) if value is not None else None

    def load_members(self) -> None:
        """Refill the members of the team, keeping the one chosen."""
        current = self.member.currentData()
        self.member.clear()
        self.member.addItem(self.tr("(nobody in particular)"), None)
        for m in members_of(self.ctx.store, self.ctx.team_id):
            self.member.addItem(m["name"], m["id"])
        # Who uses this laptop scores, unless another member was chosen (views/whoami.py).
        kept = self.member.findData(current) if current is not None else -1
        self.member.setCurrentIndex(kept if kept > 0 else max(self.member.findData(self.ctx.me), 0))

    def set_period(self, kind: str, start: date) -> None:
        self.period_kind, self.period_start = kind, start
        label = period_text(kind, start)
        self.period_note.setText(self.tr("Period: {period}").format(period=label))

    def load(self, process: ProcessInfo) -> None:
        self.code, self.process = process.code, process
        lang = self.ctx.language
        criteria = [
            f"<b>{dots_text(n + 1)}</b> {pick(process.dots_fi[n], process.dots_en[n], lang)}"
            for n in range(3)
        ]
        self.criteria.setText("<br>".join(criteria))
        self.save_button.setEnabled(not process.retired)
        self._show_meaning(self.dots.value())

    def start_from_current(self, code: str) -> None:
        """Start from the dots the process has now: a new score is usually a small step."""
        end = period_end(self.period_kind, self.period_start)
        history = scoring.score_history(self.ctx.store, self.ctx.team_id, code)
        current = next((s.dots for s in history if s.period_start <= end), 0)
        self.dots.setValue(current)
        self._show_meaning(current)
        self.comment.clear()
        self._shown = (current, "")

    def _show_meaning(self, value: int) -> None:
        process = self.process
        if process is None:
            return
        lang = self.ctx.language
        if value == 0:
            self.dots_meaning.setText(self.tr("Not started yet."))
        else:
            self.dots_meaning.setText(
                pick(process.dots_fi[value - 1], process.dots_en[value - 1], lang)
            )

    # --- the Editor protocol -----------------------------------------------------------

    def has_unsaved(self) -> bool:
        return self.code is not None and (self.dots.value(), self.comment.text()) != self._shown

    def discard(self) -> None:
        if self.code is not None:
            self.start_from_current(self.code)

    def unsaved_what(self) -> str:
        return self.tr("The new score of {code}").format(code=self.code or "")

    def save(self) -> bool:
        if self.code is None:
            return True
        store, team, code = self.ctx.store, self.ctx.team_id, self.code
        dots = self.dots.value()
        args = {
            "period_kind": self.period_kind,
            "period_start": self.period_start,
            "assessor_kind": self.assessor.currentData(),
            "assessor_id": self.member.currentData(),
            "scored_on": to_date(self.scored_on.date()),
            "comment": self.comment.text(),
        }
        self.score_error.clear()
        try:
            self.ctx.run(steps.score(store, team, code, dots, **args), initiator=self)
        except InvalidRecord as error:
            self.score_error.setText("\n".join(error_text(e) for e in error.errors))
            return False
        self.comment.clear()
        self._shown = (dots, "")
        return True
