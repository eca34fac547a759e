"""The Checklist, History and Targets tabs of the process detail."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.rocket import scoring, steps, targets
from app.rocket.periods import period_label
from app.rocket.processes import ProcessInfo
from models.rules import LINE_MAX
from views.context import AppContext
from views.rocket.common import (
    assessor_text,
    date_text,
    dots_text,
    make_table,
    period_text,
    pick,
    table_item,
)
from views.widgets import limited


class ChecklistTab(QWidget):
    """Tick items (who: the member chosen on the Score tab) and add new ones; both undoable."""

    def __init__(
        self, ctx: AppContext, who: Callable[[], int | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.who = who
        self.code: str | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        self.checklist = QListWidget()
        self.checklist.setObjectName("checklist")
        self.checklist.setWordWrap(True)
        self.checklist.itemChanged.connect(self._toggled)
        layout.addWidget(self.checklist)
        row = QHBoxLayout()
        self.new_item = limited(QLineEdit(), LINE_MAX)
        self.new_item.setObjectName("newChecklistItem")
        self.new_item.setPlaceholderText(self.tr("A concrete step towards the next dot"))
        add = QPushButton(self.tr("Add"))
        add.setObjectName("addChecklistItem")
        add.clicked.connect(self.add_item)
        self.new_item.returnPressed.connect(self.add_item)
        row.addWidget(self.new_item, 1)
        row.addWidget(add)
        layout.addLayout(row)
        layout.addWidget(
            QLabel(self.tr("Ticked items record who (chosen on the Score tab) and when."))
        )

    def load(self, process: ProcessInfo) -> None:
        self.code = process.code
        lang = self.ctx.language
        self._loading = True
        self.checklist.clear()
        for entry in process.checklist:
            text = pick(entry.text_fi, entry.text_en, lang)
            if entry.done:
                who = entry.done_by or ""
                text += (
                    "  — "
                    + self.tr("done {date} {who}")
                    .format(date=date_text(entry.done_on), who=who)
                    .strip()
                )
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.done else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.checklist.addItem(item)
        self._loading = False

    def _toggled(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        item_id = int(item.data(Qt.ItemDataRole.UserRole))
        done = item.checkState() == Qt.CheckState.Checked
        member = self.who()
        step = steps.tick_checklist_item(self.ctx.store, item_id, done, member)
        self.ctx.run(step, initiator=self)

    # --- the Editor protocol: a new item typed but not added ----------------------------

    def has_unsaved(self) -> bool:
        return self.code is not None and bool(self.new_item.text().strip())

    def save(self) -> bool:
        self.add_item()
        return True

    def discard(self) -> None:
        self.new_item.clear()

    def unsaved_what(self) -> str:
        return self.tr("The new checklist item of {code}").format(code=self.code or "")

    def add_item(self) -> None:
        text = self.new_item.text()
        if self.code is None or not text.strip():
            return
        store, team, code = self.ctx.store, self.ctx.team_id, self.code
        self.ctx.run(steps.add_checklist_item(store, team, code, text), initiator=self)
        self.new_item.clear()


class HistoryTab(QWidget):
    """Every score of the process, newest first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.history = make_table(
            [
                self.tr("Period"),
                self.tr("Dots"),
                self.tr("Assessed by"),
                self.tr("Who"),
                self.tr("Date"),
                self.tr("Comment"),
            ],
            "scoreHistory",
        )
        layout.addWidget(self.history)

    def load(self, code: str) -> None:
        history = scoring.score_history(self.ctx.store, self.ctx.team_id, code)
        self.history.setRowCount(len(history))
        for r, s in enumerate(history):
            self.history.setItem(r, 0, table_item(period_label(s.period_kind, s.period_start)))
            self.history.setItem(r, 1, table_item(dots_text(s.dots), s.id))
            self.history.setItem(r, 2, table_item(assessor_text(s.assessor_kind)))
            self.history.setItem(r, 3, table_item(s.assessor or ""))
            self.history.setItem(r, 4, table_item(date_text(s.scored_on)))
            self.history.setItem(r, 5, table_item(s.comment or ""))


class TargetsTab(QWidget):
    """The process's targets by period; set or clear the one of the chosen period."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.code: str | None = None
        self.period_kind = "half_year"
        self.period_start = date.today()
        layout = QVBoxLayout(self)
        self.targets = make_table([self.tr("Period"), self.tr("Target")], "targetTable")
        layout.addWidget(self.targets)
        row = QHBoxLayout()
        self.target_label = QLabel()
        self.target_spin = QSpinBox()
        self.target_spin.setObjectName("targetDots")
        self.target_spin.setRange(0, 3)
        set_button = QPushButton(self.tr("Set target"))
        set_button.setObjectName("setTarget")
        set_button.clicked.connect(lambda: self.set_target())
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(lambda: self.set_target(clear=True))
        row.addWidget(self.target_label, 1)
        row.addWidget(self.target_spin)
        row.addWidget(set_button)
        row.addWidget(clear)
        layout.addLayout(row)

    def set_period(self, kind: str, start: date) -> None:
        self.period_kind, self.period_start = kind, start
        label = period_text(kind, start)
        self.target_label.setText(self.tr("Target for {period}:").format(period=label))

    def load(self, code: str) -> None:
        self.code = code
        rows = targets.targets_of(self.ctx.store, self.ctx.team_id, code)
        self.targets.setRowCount(len(rows))
        for r, t in enumerate(rows):
            self.targets.setItem(r, 0, table_item(period_text(t.period_kind, t.period_start)))
            self.targets.setItem(r, 1, table_item(dots_text(t.dots)))
            if t.period_kind == self.period_kind and t.period_start == self.period_start:
                self.target_spin.setValue(t.dots)

    def set_target(self, clear: bool = False) -> None:
        if self.code is None:
            return
        store, team, code = self.ctx.store, self.ctx.team_id, self.code
        kind, start = self.period_kind, self.period_start
        dots = None if clear else self.target_spin.value()
        self.ctx.run(steps.set_target(store, team, code, kind, start, dots), initiator=self)
