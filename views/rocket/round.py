"""The assessment round: a guided walk through every process that can pause and resume.

The dialogs are run with `views.unsaved.run_dialog`, which deletes them once closed: a
round dialog left alive as the panel's child was destroyed only at shutdown, together with
the connections that pointed at it, and PySide aborted ("shared QObject was deleted
directly"). Its buttons are connected to its own methods, not to lambdas holding it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidRecord
from app.rocket import rounds as rocket_rounds
from app.rocket.periods import period_label
from app.teams import members_of
from models.rules import LINE_MAX
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
from views.unsaved import settle
from views.widgets import limited


def _explanation(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("roundExplanation")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def round_explanation() -> str:
    return QCoreApplication.translate(
        "RoundDialog",
        "An assessment round walks through every process of the rocket once. For each "
        "one you read what one, two and three dots mean, look at last time's score and the "
        "evidence, and give the dots the team has earned now. The scores become the "
        "rocket of the chosen period. You can pause at any time: the round continues from "
        "the same process next time.",
    )


class StartRoundDialog(QDialog):
    """Who assesses, and for which period (a half-year by default)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startRoundDialog")
        self.setWindowTitle(self.tr("New assessment round"))
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
        form = QFormLayout()
        form.addRow(self.tr("Assessment:"), self.assessor)
        form.addRow(self.tr("Led by:"), self.member)
        form.addRow(self.tr("Period:"), self.period)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start the round"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_explanation(round_explanation()))
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # Wide enough for the explanation to wrap into a few comfortable lines.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)


class RoundDialog(QDialog):
    """Shows each process with last round's score and evidence and asks for the new dots.

    The processes are listed on the left (✓ once answered; click one to go there); the
    right side holds everything needed to answer the current one."""

    def __init__(self, ctx: AppContext, round_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.round_id = round_id
        self.setObjectName("rocketRoundDialog")
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
        self._shown: tuple[int, str] = (0, "")

        self._widgets()
        body = QHBoxLayout()
        body.addWidget(self.step_list)
        body.addLayout(self._step_column(), 1)
        layout = QVBoxLayout(self)
        layout.addWidget(_explanation(round_explanation()))
        layout.addWidget(self.progress)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addLayout(self._buttons())
        self._fill_list()
        unit = self.fontMetrics().averageCharWidth()
        self.resize(max(unit * 135, self.sizeHint().width()), self.fontMetrics().lineSpacing() * 40)
        self.show_step()

    def _widgets(self) -> None:
        self.progress = QProgressBar()
        self.progress.setRange(0, len(self.steps))
        self.progress.setFormat(self.tr("%v / %m processes"))
        self.step_list = QListWidget()
        self.step_list.setObjectName("roundSteps")
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.itemClicked.connect(self._jump)
        self.title = QLabel()
        self.title.setObjectName("roundProcess")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.criteria = QGridLayout()
        self.criteria.setColumnStretch(1, 1)
        self.criteria_labels: list[QLabel] = []
        for n in range(3):
            dots = QLabel(dots_text(n + 1))
            text = QLabel()
            text.setWordWrap(True)
            self.criteria.addWidget(dots, n, 0, Qt.AlignmentFlag.AlignTop)
            self.criteria.addWidget(text, n, 1)
            self.criteria_labels.append(text)
        self.last = QLabel()
        self.last.setObjectName("lastScore")
        self.last.setWordWrap(True)
        self.evidence = QLabel()
        self.evidence.setWordWrap(True)
        self.dots = DotsEditor(diameter=32)
        self.comment = limited(QLineEdit(), LINE_MAX)
        self.comment.setObjectName("roundComment")
        self.comment.setPlaceholderText(self.tr("Comment (optional)"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)

    def _step_column(self) -> QVBoxLayout:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        form = QFormLayout()
        form.addRow(self.tr("Last time:"), self.last)
        form.addRow(self.tr("Evidence:"), self.evidence)
        form.addRow(self.tr("New dots:"), self.dots)
        form.addRow(self.tr("Comment:"), self.comment)
        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addWidget(self.description)
        column.addSpacing(4)
        column.addWidget(QLabel(self.tr("What the dots mean:")))
        column.addLayout(self.criteria)
        column.addWidget(line)
        column.addLayout(form)
        column.addStretch(1)
        return column

    def _buttons(self) -> QHBoxLayout:
        self.back_button = QPushButton(self.tr("◀ Previous"))
        self.back_button.setObjectName("roundBack")
        self.next_button = QPushButton(self.tr("Save and next ▶"))
        self.next_button.setObjectName("roundNext")
        self.next_button.setDefault(True)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setObjectName("roundPause")
        self.pause_button.setToolTip(self.tr("Continue later from this process"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.save_and_next)
        self.pause_button.clicked.connect(self.pause)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        return buttons

    def _fill_list(self) -> None:
        self.step_list.clear()
        for step in self.steps:
            p = step.process
            mark = "✓ " if step.answer else "   "
            item = QListWidgetItem(f"{mark}{p.code} {pick(p.name_fi, p.name_en, self.lang)}")
            item.setToolTip(pick(p.name_fi, p.name_en, self.lang))
            self.step_list.addItem(item)
        self.step_list.setCurrentRow(self.index)
        # As wide as the longest process name: nothing in the list is cut.
        width = self.step_list.sizeHintForColumn(0) + 2 * self.step_list.frameWidth()
        width += self.step_list.verticalScrollBar().sizeHint().width() + 8
        self.step_list.setFixedWidth(width)

    def show_step(self) -> None:
        step = self.steps[self.index]
        p = step.process
        self.progress.setValue(self.index + 1)
        self.step_list.setCurrentRow(self.index)
        self.title.setText(f"{p.code} {pick(p.name_fi, p.name_en, self.lang)}")
        self.description.setText(pick(p.description_fi, p.description_en, self.lang))
        for n, label in enumerate(self.criteria_labels):
            label.setText(pick(p.dots_fi[n], p.dots_en[n], self.lang))
        self.last.setText(self._last_text(step))
        if step.evidence:
            self.evidence.setText(
                "\n".join(f"{evidence_kind_text(e.kind)}: {e.title}" for e in step.evidence)
            )
        else:
            self.evidence.setText(self.tr("No evidence yet."))
        start = step.answer.dots if step.answer else (step.last.dots if step.last else 0)
        self.dots.setValue(start)
        self.comment.setText(step.answer.comment or "" if step.answer else "")
        self._shown = (self.dots.value(), self.comment.text())
        self.back_button.setEnabled(self.index > 0)
        last = self.index == len(self.steps) - 1
        self.next_button.setText(self.tr("Save and finish") if last else self.tr("Save and next ▶"))
        self.error.clear()
        self.dots.setFocus()

    def _last_text(self, step: rocket_rounds.RoundStep) -> str:
        if step.last is None:
            return self.tr("Not scored before.")
        s = step.last
        text = f"{dots_text(s.dots)}  {period_label(s.period_kind, s.period_start)} · "
        text += f"{assessor_text(s.assessor_kind)} · {date_text(s.scored_on)}"
        return f"{text} — {s.comment}" if s.comment else text

    # --- moving ------------------------------------------------------------------------

    def go(self, delta: int) -> None:
        self.index = max(0, min(len(self.steps) - 1, self.index + delta))
        self.show_step()

    def go_back(self) -> None:
        if settle(self, [self]):
            self.go(-1)

    def _jump(self, item: QListWidgetItem) -> None:
        row = self.step_list.row(item)
        if row != self.index and settle(self, [self]):
            self.go(row - self.index)
        else:
            self.step_list.setCurrentRow(self.index)

    def _answer(self) -> bool:
        """Store the current process's dots; False (with the message shown) when refused."""
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
            return False
        self.steps = rocket_rounds.round_steps(self.ctx.store, self.round_id)
        self._shown = (self.dots.value(), self.comment.text())
        self._fill_list()
        return True

    def save_and_next(self) -> None:
        if not self._answer():
            return
        if self.index == len(self.steps) - 1:
            rocket_rounds.finish_round(self.ctx.store, self.round_id)
            self.accept()
            return
        self.go(1)

    # --- the Editor protocol: the current process's dots and comment -------------------

    def has_unsaved(self) -> bool:
        return self.isVisible() and (self.dots.value(), self.comment.text()) != self._shown

    def save(self) -> bool:
        return self._answer()

    def discard(self) -> None:
        self._shown = (self.dots.value(), self.comment.text())

    def unsaved_what(self) -> str:
        return self.tr("The dots of {code}").format(code=self.steps[self.index].process.code)

    # --- pausing -----------------------------------------------------------------------

    def pause(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Pause, Esc and the window's ×: ask about this process's unsaved dots, then pause
        the round at this process, so that nothing is lost."""
        if not settle(self, [self]):
            return
        info = rocket_rounds.get_round(self.ctx.store, self.round_id)
        if info.status == "open":
            rocket_rounds.pause_round(
                self.ctx.store, self.round_id, self.steps[self.index].process.code
            )
        super().reject()
