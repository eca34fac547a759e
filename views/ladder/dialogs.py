"""Dialogs of the ladder: a move (reason and date, inline messages) and the ladder settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidRecord
from app.ladder.settings import LadderSettings
from models.ladder import LEVELS
from views.labels import error_text
from views.ladder.labels import criterion_text, level_title
from views.unsaved import EditorDialog

ERROR_STYLE = "color: #c0392b;"

# Called with (to_level, moved_on, reason, author_member_id); raises InvalidRecord.
Submit = Callable[[str, date, str, int | None], Any]


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class MoveDialog(EditorDialog):
    """Asks why and when a customer moves; stays open with messages when refused, and asks
    before a typed reason is thrown away (views/unsaved.py)."""

    def __init__(
        self,
        name: str,
        from_level: str,
        to_level: str,
        members: list[dict[str, Any]],
        author_id: int | None,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ladderMoveDialog")
        self.to_level = to_level
        self._submit = submit
        self.result_: Any = None
        up = LEVELS.index(to_level) > LEVELS.index(from_level)
        self.setWindowTitle(
            self.tr("Move up the ladder") if up else self.tr("Move down the ladder")
        )

        heading = QLabel(
            self.tr("Move <b>{name}</b> from {from_level} to {to_level}").format(
                name=name, from_level=from_level, to_level=to_level
            )
        )
        heading.setWordWrap(True)
        target = QLabel(f"{to_level}: {level_title(to_level)}")
        target.setWordWrap(True)
        target.setStyleSheet("color: palette(placeholder-text);")
        self.errors = {
            "reason": _error_label("error_reason"),
            "moved_on": _error_label("error_moved_on"),
            "to_level": _error_label("error_to_level"),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(target)
        layout.addWidget(self.errors["to_level"])
        layout.addLayout(self._build_form(members, author_id))
        layout.addWidget(self._build_buttons())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 62)
        self.reason.setFocus()
        self.name = name
        self.mark_saved()

    def state(self) -> tuple[object, ...]:
        return (self.reason.toPlainText(), self.moved_on.date(), self.author.currentIndex())

    def unsaved_what(self) -> str:
        return self.tr("The move of {name} to {level}").format(name=self.name, level=self.to_level)

    def _build_form(self, members: list[dict[str, Any]], author_id: int | None) -> QFormLayout:
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("moveReason")
        self.reason.setPlaceholderText(
            self.tr("Why does the customer move? E.g. the second order came in.")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(70)
        self.moved_on = QDateEdit(QDate.currentDate())
        self.moved_on.setObjectName("moveDate")
        self.moved_on.setCalendarPopup(True)
        self.author = QComboBox()
        self.author.setObjectName("moveAuthor")
        self.author.addItem(self.tr("(nobody)"), None)
        for member in members:
            self.author.addItem(member["name"], member["id"])
        found = self.author.findData(author_id)
        self.author.setCurrentIndex(max(found, 0))
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self._with_error(self.reason, "reason"))
        form.addRow(self.tr("Date:"), self._with_error(self.moved_on, "moved_on"))
        form.addRow(self.tr("Moved by:"), self.author)
        return form

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("moveOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def _with_error(self, widget: QWidget, key: str) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(self.errors[key])
        return holder

    def values(self) -> tuple[str, date, str, int | None]:
        author = self.author.currentData()
        day = self.moved_on.date()
        return (
            self.to_level,
            date(day.year(), day.month(), day.day()),
            self.reason.toPlainText(),
            int(author) if author is not None else None,
        )

    def show_errors(self, invalid: InvalidRecord) -> None:
        for label in self.errors.values():
            label.hide()
        first: QWidget | None = None
        for error in invalid.errors:
            label = self.errors.get(error.field, self.errors["to_level"])
            label.setText(error_text(error))
            label.show()
            if first is None:
                first = {"reason": self.reason, "moved_on": self.moved_on}.get(error.field)
        if first is not None:
            first.setFocus()

    def accept(self) -> None:
        try:
            self.result_ = self._submit(*self.values())
        except InvalidRecord as invalid:
            self.show_errors(invalid)
            return
        super().accept()


class LadderSettingsDialog(EditorDialog):
    """The team's silence limits and level criteria (thresholds, on/off); asks before
    changed values are thrown away."""

    def __init__(
        self,
        settings: LadderSettings,
        lang: str,
        save: Callable[[dict[str, Any], dict[str, int]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ladderSettingsDialog")
        self.setWindowTitle(self.tr("Ladder settings"))
        self._save = save
        self._settings = settings
        self.error = _error_label("error_settings")
        note = QLabel(
            self.tr(
                "The criteria and limits are the team's own agreement: they are stored in the "
                "team's database and shared by everyone who opens it."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_limits(settings))
        layout.addWidget(self._build_table(settings, lang), 1)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        unit = self.fontMetrics().averageCharWidth()
        self.resize(max(720, unit * 100), 480)
        self.mark_saved()

    def state(self) -> tuple[dict[str, Any], dict[str, int]]:
        return self.collect()

    def _build_limits(self, settings: LadderSettings) -> QGroupBox:
        limits = QGroupBox(
            self.tr("Silence limits: days without contact before a customer counts as quiet")
        )
        limits_form = QHBoxLayout(limits)
        self.limits: dict[str, QSpinBox] = {}
        for level in reversed(LEVELS):
            spin = QSpinBox()
            spin.setObjectName(f"silence_{level}")
            spin.setRange(1, 3650)
            spin.setSuffix(self.tr(" days"))
            spin.setValue(int(settings.silence_limits.get(level, 90)))
            self.limits[level] = spin
            limits_form.addWidget(QLabel(level))
            limits_form.addWidget(spin)
            limits_form.addSpacing(12)
        limits_form.addStretch(1)
        return limits

    def _build_table(self, settings: LadderSettings, lang: str) -> QTableWidget:
        self.table = QTableWidget(len(settings.criteria), 4)
        self.table.setObjectName("ladderCriteria")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Level"), self.tr("Criterion"), self.tr("At least"), self.tr("Within days")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._rows: list[tuple[str, QCheckBox, QSpinBox, QSpinBox]] = []
        for row, criterion in enumerate(settings.criteria):
            self.table.setItem(row, 0, QTableWidgetItem(criterion.level))
            check = QCheckBox(criterion_text(criterion, lang))
            check.setChecked(criterion.enabled)
            self.table.setCellWidget(row, 1, check)
            minimum = QSpinBox()
            minimum.setRange(1, 999)
            minimum.setValue(criterion.min)
            within = QSpinBox()
            within.setRange(0, 3650)
            within.setSpecialValueText(self.tr("any time"))
            within.setValue(criterion.within_days or 0)
            within.setEnabled(criterion.type == "interactions")
            self.table.setCellWidget(row, 2, minimum)
            self.table.setCellWidget(row, 3, within)
            self._rows.append((criterion.id, check, minimum, within))
        self.table.resizeRowsToContents()
        return self.table

    def collect(self) -> tuple[dict[str, Any], dict[str, int]]:
        criteria = {
            cid: {
                "enabled": check.isChecked(),
                "min": minimum.value(),
                "within_days": within.value() or None,
            }
            for cid, check, minimum, within in self._rows
        }
        return criteria, {level: spin.value() for level, spin in self.limits.items()}

    def accept(self) -> None:
        try:
            self._save(*self.collect())
        except InvalidRecord as invalid:
            self.error.setText("\n".join(error_text(e) for e in invalid.errors))
            self.error.show()
            return
        super().accept()
