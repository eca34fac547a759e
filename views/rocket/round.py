"""The assessment round: a guided walk through every process that can pause and resume."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidRecord
from app.rocket import rounds as rocket_rounds
from app.rocket.periods import period_label
from app.teams import members_of
from views.context import AppContext
from views.labels import error_text
from views.rocket.common import (
    DotsEditor,
    PeriodPicker,
    assessor_text,
    date_text,
    dots_text,
    evidence_kind_text,
    pick,
)


class StartRoundDialog(QDialog):
    """Who assesses, and for which period (a half-year by default)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startRoundDialog")
        self.setWindowTitle(self.tr("New assessment round"))
        form = QFormLayout(self)
        self.assessor = QComboBox()
        self.assessor.setObjectName("roundAssessor")
        self.assessor.addItem(self.tr("Team self-assessment"), "team")
        self.assessor.addItem(self.tr("Coach's assessment"), "coach")
        self.member = QComboBox()
        self.member.addItem(self.tr("(nobody in particular)"), None)
        for m in members_of(ctx.store, ctx.team_id):
            self.member.addItem(m["name"], m["id"])
        self.member.setCurrentIndex(max(self.member.findData(ctx.me), 0))
        self.period = PeriodPicker(kind="half_year")
        form.addRow(self.tr("Assessment:"), self.assessor)
        form.addRow(self.tr("Led by:"), self.member)
        form.addRow(self.tr("Period:"), self.period)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class RoundDialog(QDialog):
    """Shows each process with last round's score and evidence and asks for the new dots."""

    def __init__(self, ctx: AppContext, round_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.round_id = round_id
        self.setObjectName("rocketRoundDialog")
        self.resize(760, 560)
        info = rocket_rounds.get_round(ctx.store, round_id)
        self.setWindowTitle(
            self.tr("Assessment round {period} · {assessor}").format(
                period=period_label(info.period_kind, info.period_start),
                assessor=assessor_text(info.assessor_kind),
            )
        )
        self.steps = rocket_rounds.round_steps(ctx.store, round_id)
        codes = [s.process.code for s in self.steps]
        self.index = codes.index(info.current_code) if info.current_code in codes else 0
        self.lang = ctx.language

        self._widgets()
        form = self._form()
        buttons = self._buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addWidget(self.criteria)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.show_step()

    def _widgets(self) -> None:
        self.progress = QProgressBar()
        self.progress.setRange(0, len(self.steps))
        self.progress.setFormat(self.tr("%v / %m processes"))
        self.title = QLabel()
        self.title.setObjectName("roundProcess")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.criteria = QLabel()
        self.criteria.setWordWrap(True)
        self.criteria.setTextFormat(Qt.TextFormat.RichText)
        self.last = QLabel()
        self.last.setObjectName("lastScore")
        self.last.setWordWrap(True)
        self.evidence = QLabel()
        self.evidence.setWordWrap(True)
        self.dots = DotsEditor(diameter=32)
        self.comment = QLineEdit()
        self.comment.setObjectName("roundComment")
        self.comment.setPlaceholderText(self.tr("Comment (optional)"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("Last time:"), self.last)
        form.addRow(self.tr("Evidence:"), self.evidence)
        form.addRow(self.tr("New dots:"), self.dots)
        form.addRow(self.tr("Comment:"), self.comment)
        return form

    def _buttons(self) -> QHBoxLayout:
        self.back_button = QPushButton(self.tr("◀ Previous"))
        self.back_button.setObjectName("roundBack")
        self.next_button = QPushButton(self.tr("Save and next ▶"))
        self.next_button.setObjectName("roundNext")
        self.next_button.setDefault(True)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setObjectName("roundPause")
        self.pause_button.setToolTip(self.tr("Continue later from this process"))
        self.back_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(self.save_and_next)
        self.pause_button.clicked.connect(self.pause)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        return buttons

    def show_step(self) -> None:
        step = self.steps[self.index]
        p = step.process
        self.progress.setValue(self.index + 1)
        self.title.setText(f"{p.code} {pick(p.name_fi, p.name_en, self.lang)}")
        self.description.setText(pick(p.description_fi, p.description_en, self.lang))
        self.criteria.setText(
            "<br>".join(
                f"<b>{dots_text(n + 1)}</b> {pick(p.dots_fi[n], p.dots_en[n], self.lang)}"
                for n in range(3)
            )
        )
        if step.last is None:
            self.last.setText(self.tr("Not scored before."))
        else:
            s = step.last
            text = f"{dots_text(s.dots)}  {period_label(s.period_kind, s.period_start)} · "
            text += f"{assessor_text(s.assessor_kind)} · {date_text(s.scored_on)}"
            if s.comment:
                text += f" — {s.comment}"
            self.last.setText(text)
        if step.evidence:
            self.evidence.setText(
                "\n".join(f"{evidence_kind_text(e.kind)}: {e.title}" for e in step.evidence)
            )
        else:
            self.evidence.setText(self.tr("No evidence yet."))
        start = step.answer.dots if step.answer else (step.last.dots if step.last else 0)
        self.dots.setValue(start)
        self.comment.setText(step.answer.comment or "" if step.answer else "")
        self.back_button.setEnabled(self.index > 0)
        last = self.index == len(self.steps) - 1
        self.next_button.setText(self.tr("Save and finish") if last else self.tr("Save and next ▶"))
        self.error.clear()
        self.dots.setFocus()

    def go(self, delta: int) -> None:
        self.index = max(0, min(len(self.steps) - 1, self.index + delta))
        self.show_step()

    def save_and_next(self) -> None:
        step = self.steps[self.index]
        try:
            rocket_rounds.answer(
                self.ctx.store,
                self.round_id,
                step.process.code,
                self.dots.value(),
                self.comment.text(),
            )
        except InvalidRecord as error:
            self.error.setText("\n".join(error_text(e) for e in error.errors))
            return
        self.steps = rocket_rounds.round_steps(self.ctx.store, self.round_id)
        if self.index == len(self.steps) - 1:
            rocket_rounds.finish_round(self.ctx.store, self.round_id)
            self.accept()
            return
        self.go(1)

    def pause(self) -> None:
        code = self.steps[self.index].process.code
        rocket_rounds.pause_round(self.ctx.store, self.round_id, code)
        self.reject()

    def reject(self) -> None:
        # Closing the window any way pauses the round, so that nothing is lost.
        info = rocket_rounds.get_round(self.ctx.store, self.round_id)
        if info.status == "open":
            rocket_rounds.pause_round(
                self.ctx.store, self.round_id, self.steps[self.index].process.code
            )
        super().reject()
