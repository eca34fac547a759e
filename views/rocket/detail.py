"""Process detail: dot criteria and a new score, checklist, history, evidence, targets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidRecord
from app.rocket import service as rocket
from app.rocket.periods import period_end, period_label
from app.teams import members_of
from views.context import AppContext
from views.labels import error_text
from views.rocket.common import (
    DotsEditor,
    assessor_text,
    date_text,
    dots_text,
    evidence_kind_text,
    language,
    period_text,
    pick,
    to_date,
)


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(text: str, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class ProcessDetail(QWidget):
    """Everything about one process of the current team, for the chosen period."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("processDetail")
        self.code: str | None = None
        self.period_kind = "half_year"
        self.period_start = date.today()
        self._loading = False

        self.title = QLabel()
        self.title.setObjectName("processTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("processTabs")
        self.tabs.addTab(self._score_tab(), self.tr("Score"))
        self.tabs.addTab(self._checklist_tab(), self.tr("Checklist"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        self.tabs.addTab(self._evidence_tab(), self.tr("Evidence"))
        self.tabs.addTab(self._targets_tab(), self.tr("Targets"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addWidget(self.tabs, 1)
        self.setEnabled(False)
        self.title.setText(self.tr("Click a process in the rocket."))

    # --- building ----------------------------------------------------------------------

    def _score_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.criteria = QLabel()
        self.criteria.setObjectName("criteria")
        self.criteria.setWordWrap(True)
        self.criteria.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.criteria)
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
        self.scored_on.setDisplayFormat("d.M.yyyy")
        form.addRow(self.tr("Date:"), self.scored_on)
        self.comment = QLineEdit()
        self.comment.setObjectName("scoreComment")
        self.comment.setPlaceholderText(self.tr("What shows it? (optional)"))
        form.addRow(self.tr("Comment:"), self.comment)
        layout.addLayout(form)
        self.period_note = QLabel()
        self.period_note.setObjectName("periodNote")
        self.save_button = QPushButton(self.tr("Save score"))
        self.save_button.setObjectName("saveScore")
        self.save_button.clicked.connect(self.save_score)
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
        return page

    def _checklist_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.checklist = QListWidget()
        self.checklist.setObjectName("checklist")
        self.checklist.setWordWrap(True)
        self.checklist.itemChanged.connect(self._checklist_toggled)
        layout.addWidget(self.checklist)
        row = QHBoxLayout()
        self.new_item = QLineEdit()
        self.new_item.setObjectName("newChecklistItem")
        self.new_item.setPlaceholderText(self.tr("A concrete step towards the next dot"))
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._add_checklist_item)
        self.new_item.returnPressed.connect(self._add_checklist_item)
        row.addWidget(self.new_item, 1)
        row.addWidget(add)
        layout.addLayout(row)
        layout.addWidget(
            QLabel(self.tr("Ticked items record who (chosen on the Score tab) and when."))
        )
        return page

    def _history_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.history = _table(
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
        return page

    def _evidence_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.evidence = _table(
            [self.tr("Kind"), self.tr("Title"), self.tr("Date"), self.tr("Where")],
            "evidenceTable",
        )
        self.evidence.doubleClicked.connect(self._open_evidence)
        layout.addWidget(self.evidence)
        form = QFormLayout()
        self.evidence_kind = QComboBox()
        self.evidence_kind.setObjectName("evidenceKind")
        for kind in ("note", "link", "file"):
            self.evidence_kind.addItem(evidence_kind_text(kind), kind)
        self.evidence_title = QLineEdit()
        self.evidence_title.setObjectName("evidenceTitle")
        self.evidence_location = QLineEdit()
        self.evidence_location.setObjectName("evidenceLocation")
        self.evidence_location.setPlaceholderText(self.tr("https://… or a file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        location_row = QHBoxLayout()
        location_row.addWidget(self.evidence_location, 1)
        location_row.addWidget(browse)
        form.addRow(self.tr("Kind:"), self.evidence_kind)
        form.addRow(self.tr("Title:"), self.evidence_title)
        form.addRow(self.tr("Link or file:"), location_row)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.evidence_error = QLabel()
        self.evidence_error.setStyleSheet("color: #c0392b;")
        self.evidence_error.setWordWrap(True)
        add = QPushButton(self.tr("Add evidence"))
        add.setObjectName("addEvidence")
        add.clicked.connect(self._add_evidence)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_evidence)
        buttons.addWidget(self.evidence_error, 1)
        buttons.addWidget(remove)
        buttons.addWidget(add)
        layout.addLayout(buttons)
        return page

    def _targets_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.targets = _table([self.tr("Period"), self.tr("Target")], "targetTable")
        layout.addWidget(self.targets)
        row = QHBoxLayout()
        self.target_label = QLabel()
        self.target_spin = QSpinBox()
        self.target_spin.setObjectName("targetDots")
        self.target_spin.setRange(0, 3)
        set_button = QPushButton(self.tr("Set target"))
        set_button.setObjectName("setTarget")
        set_button.clicked.connect(self._set_target)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(lambda: self._set_target(clear=True))
        row.addWidget(self.target_label, 1)
        row.addWidget(self.target_spin)
        row.addWidget(set_button)
        row.addWidget(clear)
        layout.addLayout(row)
        return page

    # --- loading -----------------------------------------------------------------------

    def set_period(self, kind: str, start: date) -> None:
        self.period_kind, self.period_start = kind, start
        self.reload()

    def show_process(self, code: str | None) -> None:
        self.code = code
        self.reload()
        if code is not None:
            # Start from the dots the process has now: a new score is usually a small step.
            end = period_end(self.period_kind, self.period_start)
            history = rocket.score_history(self.ctx.store, self.ctx.team_id, code)
            current = next((s.dots for s in history if s.period_start <= end), 0)
            self.dots.setValue(current)
            self._show_meaning(current)

    def reload(self) -> None:
        store, team = self.ctx.store, self.ctx.team_id
        lang = language(self.ctx.settings)
        label = period_text(self.period_kind, self.period_start)
        self.period_note.setText(self.tr("Period: {period}").format(period=label))
        self.target_label.setText(self.tr("Target for {period}:").format(period=label))
        current_member = self.member.currentData()
        self.member.clear()
        self.member.addItem(self.tr("(nobody in particular)"), None)
        for m in members_of(store, team):
            self.member.addItem(m["name"], m["id"])
        self.member.setCurrentIndex(max(self.member.findData(current_member), 0))
        if self.code is None:
            self.setEnabled(False)
            return
        try:
            process = rocket.get_process(store, team, self.code)
        except KeyError:
            self.code = None
            self.setEnabled(False)
            return
        self.setEnabled(not store.read_only)
        self.process = process
        name = pick(process.name_fi, process.name_en, lang)
        retired = self.tr(" (retired)") if process.retired else ""
        self.title.setText(f"{process.code} {name}{retired}")
        self.description.setText(pick(process.description_fi, process.description_en, lang))
        criteria = [
            f"<b>{dots_text(n + 1)}</b> {pick(process.dots_fi[n], process.dots_en[n], lang)}"
            for n in range(3)
        ]
        self.criteria.setText("<br>".join(criteria))
        self.save_button.setEnabled(not process.retired)
        self._show_meaning(self.dots.value())
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
        history = rocket.score_history(store, team, self.code)
        self.history.setRowCount(len(history))
        for r, s in enumerate(history):
            self.history.setItem(r, 0, _item(period_label(s.period_kind, s.period_start)))
            self.history.setItem(r, 1, _item(dots_text(s.dots), s.id))
            self.history.setItem(r, 2, _item(assessor_text(s.assessor_kind)))
            self.history.setItem(r, 3, _item(s.assessor or ""))
            self.history.setItem(r, 4, _item(date_text(s.scored_on)))
            self.history.setItem(r, 5, _item(s.comment or ""))
        evidence = rocket.evidence_of(store, team, self.code)
        self.evidence.setRowCount(len(evidence))
        for r, e in enumerate(evidence):
            self.evidence.setItem(r, 0, _item(evidence_kind_text(e.kind), e.id))
            self.evidence.setItem(r, 1, _item(e.title))
            self.evidence.setItem(r, 2, _item(date_text(e.added_on)))
            self.evidence.setItem(r, 3, _item(e.location or "", e.kind))
        targets = rocket.targets_of(store, team, self.code)
        self.targets.setRowCount(len(targets))
        for r, t in enumerate(targets):
            self.targets.setItem(
                r,
                0,
                _item(period_text(t.period_kind, t.period_start)),
            )
            self.targets.setItem(r, 1, _item(dots_text(t.dots)))
            if t.period_kind == self.period_kind and t.period_start == self.period_start:
                self.target_spin.setValue(t.dots)

    def _show_meaning(self, value: int) -> None:
        process = getattr(self, "process", None)
        if process is None:
            return
        lang = language(self.ctx.settings)
        if value == 0:
            self.dots_meaning.setText(self.tr("Not started yet."))
        else:
            self.dots_meaning.setText(
                pick(process.dots_fi[value - 1], process.dots_en[value - 1], lang)
            )

    # --- actions -----------------------------------------------------------------------

    def save_score(self) -> None:
        if self.code is None:
            return
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
            self.ctx.do(
                self.tr("Score {code}: {dots}").format(code=code, dots=dots_text(dots)),
                lambda: rocket.add_score(store, team, code, dots, **args),
                lambda score_id: rocket.remove_score(store, score_id),
                lambda snapshot: rocket.restore_score(store, snapshot),
            )
        except InvalidRecord as error:
            self.score_error.setText("\n".join(error_text(e) for e in error.errors))
            return
        self.comment.clear()

    def _checklist_toggled(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        item_id = int(item.data(Qt.ItemDataRole.UserRole))
        done = item.checkState() == Qt.CheckState.Checked
        member = self.member.currentData()
        store = self.ctx.store
        self.ctx.do(
            self.tr("Tick checklist item") if done else self.tr("Untick checklist item"),
            lambda: rocket.set_checklist_done(store, item_id, done, member),
            lambda previous: rocket.restore_checklist_state(store, item_id, previous) or previous,
            lambda previous: rocket.set_checklist_done(store, item_id, done, member),
        )

    def _add_checklist_item(self) -> None:
        if self.code is None or not self.new_item.text().strip():
            return
        rocket.add_checklist_item(self.ctx.store, self.ctx.team_id, self.code, self.new_item.text())
        self.new_item.clear()

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach a file as evidence"))
        if path:
            self.evidence_kind.setCurrentIndex(self.evidence_kind.findData("file"))
            self.evidence_location.setText(path)
            if not self.evidence_title.text():
                self.evidence_title.setText(Path(path).name)

    def _add_evidence(self) -> None:
        if self.code is None:
            return
        try:
            rocket.add_evidence(
                self.ctx.store,
                self.ctx.team_id,
                self.code,
                self.evidence_kind.currentData(),
                self.evidence_title.text(),
                self.evidence_location.text(),
                added_by_id=self.member.currentData(),
            )
        except InvalidRecord as error:
            self.evidence_error.setText("\n".join(error_text(e) for e in error.errors))
            return
        self.evidence_error.clear()
        self.evidence_title.clear()
        self.evidence_location.clear()

    def _remove_evidence(self) -> None:
        row = self.evidence.currentRow()
        if row >= 0:
            rocket.remove_evidence(
                self.ctx.store, int(self.evidence.item(row, 0).data(Qt.ItemDataRole.UserRole))
            )

    def _open_evidence(self) -> None:
        row = self.evidence.currentRow()
        if row < 0:
            return
        cell = self.evidence.item(row, 3)
        location = cell.text()
        if not location:
            return
        kind = cell.data(Qt.ItemDataRole.UserRole)
        url = QUrl.fromLocalFile(location) if kind == "file" else QUrl(location)
        QDesktopServices.openUrl(url)

    def _set_target(self, clear: bool = False) -> None:
        if self.code is None:
            return
        store, team, code = self.ctx.store, self.ctx.team_id, self.code
        kind, start = self.period_kind, self.period_start
        dots = None if clear else self.target_spin.value()
        self.ctx.do(
            self.tr("Target {code}").format(code=code),
            lambda: rocket.set_target(store, team, code, kind, start, dots),
            lambda previous: rocket.set_target(store, team, code, kind, start, previous),
            lambda _previous: rocket.set_target(store, team, code, kind, start, dots),
        )
