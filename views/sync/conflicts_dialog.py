"""The conflicts list: every field two laptops changed at the same time, with both values,
who changed each, when and on which laptop. Choosing a value (or typing another) settles
the conflict with one more change, which reaches every laptop at the next sync."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes, Kind
from app.store import Conflict as Stale
from app.store import ReadOnlyError, Store
from app.sync.api import Conflict, Side, resolve
from app.sync.marks import ListedConflict, read_conflicts
from models.rules import TEXT_MAX, ValidationError, clean_text
from views.context import AppContext
from views.labels import error_text
from views.sync.texts import field_label, table_label, value_text, when_text
from views.widgets import empty_state

ROW = Qt.ItemDataRole.UserRole + 1
MULTILINE = frozenset({"notes", "summary", "description", "minutes", "decisions", "agenda"})


@dataclass(frozen=True)
class Listed:
    conflict: Conflict
    values: tuple[str, ...]  # each side's value as a person reads it
    laptops: tuple[str, ...]  # each side's laptop name


def _listed(found: ListedConflict) -> Listed:
    field = found.conflict.field
    values = tuple(
        "" if s.deleted else value_text(v, field, found.conflict.tbl) for s, v in _sides(found)
    )
    return Listed(found.conflict, values, found.laptops)


def _sides(found: ListedConflict) -> list[tuple[Side, object]]:
    return list(zip(found.conflict.sides, found.values, strict=True))


def read_listed(store: Store) -> list[Listed]:
    return [_listed(found) for found in read_conflicts(store)]


class ConflictsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(900, 520)
        self.listed: list[Listed] = []
        self.loads = 0  # tests wait on it
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("Values")]
        )
        self.view = QTreeView()
        self.view.setObjectName("conflictList")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setStretchLastSection(False)
        self.view.selectionModel().currentRowChanged.connect(lambda i, _p: self._show(i))
        self.empty = empty_state(
            self.tr(
                "No conflicts. When two laptops change the same field before they sync, both "
                "values are kept and listed here for you to choose."
            ),
            "conflictsEmpty",
        )
        self.choice_box = QGroupBox(self.tr("Choose what stays"))
        self.choice_layout = QVBoxLayout(self.choice_box)
        self.group = QButtonGroup(self)
        self.choices: list[QRadioButton] = []
        self.other = QRadioButton(self.tr("Another value:"))
        self.other.setObjectName("conflictOther")
        self.other_text = QLineEdit()
        self.other_text.setObjectName("conflictOtherText")
        self.other_text.textEdited.connect(lambda _t: self.other.setChecked(True))
        self.settle_button = QPushButton(self.tr("Settle"))
        self.settle_button.setObjectName("settleConflict")
        self.settle_button.clicked.connect(self.settle)
        self.message = QLabel()
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view)
        left_layout.addWidget(self.empty)
        splitter.addWidget(left)
        splitter.addWidget(self._right())
        splitter.setSizes([440, 460])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        ctx.changed.connect(self._changed)
        self.reload()

    def _right(self) -> QWidget:
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice_box)
        other_row = QHBoxLayout()
        other_row.addWidget(self.other)
        other_row.addWidget(self.other_text, 1)
        layout.addLayout(other_row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.settle_button)
        layout.addLayout(row)
        return right

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.CONFLICT):
            self.reload()

    def reload(self) -> None:
        self.ctx.query("sync-conflicts", read_listed, self._fill)

    def _fill(self, listed: list[Listed]) -> None:
        current = self.current()
        self.listed = listed
        self.model.removeRows(0, self.model.rowCount())
        for number, item in enumerate(listed):
            found = item.conflict
            record = f"{table_label(found.tbl)}: {found.label}"
            values = " / ".join(v or self.tr("(deleted)") for v in item.values)
            row = [
                QStandardItem(record),
                QStandardItem(field_label(found.field, found.tbl)),
                QStandardItem(values),
            ]
            row[0].setData(number, ROW)
            self.model.appendRow(row)
        self.view.setVisible(bool(listed))
        self.empty.setVisible(not listed)
        again = next(
            (n for n, i in enumerate(listed) if current and _same(i.conflict, current.conflict)), 0
        )
        if listed:
            self.view.setCurrentIndex(self.model.index(again, 0))
        else:
            self._show(QModelIndex())
        self.loads += 1

    def current(self) -> Listed | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.listed:
            return None
        number = self.model.index(index.row(), 0).data(ROW)
        return self.listed[number] if number is not None and number < len(self.listed) else None

    def _show(self, _index: QModelIndex) -> None:
        for button in self.choices:
            self.group.removeButton(button)
            button.deleteLater()
        self.choices = []
        item = self.current()
        self.choice_box.setEnabled(item is not None)
        self.settle_button.setEnabled(item is not None)
        self.message.clear()
        if item is None:
            return
        for side, value, laptop in zip(item.conflict.sides, item.values, item.laptops, strict=True):
            button = QRadioButton(self._side_text(side, value, laptop))
            button.setObjectName("conflictSide")
            button.setChecked(side.winning)
            self.group.addButton(button)
            self.choice_layout.addWidget(button)
            self.choices.append(button)
        self.group.addButton(self.other)
        typed = _typable(item.conflict)
        self.other.setEnabled(typed)
        self.other_text.setEnabled(typed)
        self.other_text.clear()

    def _side_text(self, side: Side, value: str, laptop: str) -> str:
        who = side.member or self.tr("someone")
        when = when_text(side.when)
        if side.deleted:
            text = self.tr("Deleted — by {who} on {laptop}, {when}")
        else:
            text = self.tr("“{value}” — {who} on {laptop}, {when}")
        text = text.format(value=value, who=who, laptop=laptop, when=when)
        return self.tr("{choice} (shown now)").format(choice=text) if side.winning else text

    def settle(self) -> bool:
        """Settle the chosen conflict with the chosen (or typed) value."""
        item = self.current()
        if item is None:
            return False
        found = item.conflict
        chosen: Any
        if self.other.isChecked():
            try:
                chosen = clean_text(
                    self.other_text.text(),
                    found.field,
                    TEXT_MAX,
                    required=found.field == "name",
                    multiline=found.field in MULTILINE,
                )
            except ValidationError as error:
                self.message.setText(error_text(error))
                return False
            keep = True
        else:
            picked = next((n for n, b in enumerate(self.choices) if b.isChecked()), None)
            if picked is None:
                self.message.setText(self.tr("Choose one of the values first."))
                return False
            side = found.sides[picked]
            chosen, keep = side.value, not side.deleted
        try:
            resolve(self.ctx.store, found, chosen, keep=keep)
        except Stale:
            self.message.setText(
                self.tr("This conflict changed meanwhile; the list is read again.")
            )
            self.reload()
            return False
        except ReadOnlyError:
            self.message.setText(self.tr("The database is open read-only."))
            return False
        return True


def _same(a: Conflict, b: Conflict) -> bool:
    return (a.tbl, a.rec, a.field) == (b.tbl, b.rec, b.field)


def _typable(found: Conflict) -> bool:
    """A value can be typed for a text field (not for a number, a date or a reference)."""
    values = [s.value for s in found.sides if not s.deleted]
    return (
        found.field != "_deleted"
        and not found.field.endswith("_id")
        and bool(values)
        and all(isinstance(v, str) or v is None for v in values)
    )
