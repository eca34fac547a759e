"""The preview's table: one row per row of the file, bad rows marked with their reasons,
and the action column the user changes (skip, update existing, import as new)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.importing.plan import Choice, Plan, PlanRow
from app.importing.report import header_of
from views.importing.texts import choice_text, row_reasons
from views.palette import tint

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("line", "status", "name", "business_id", "city", "contacts", "action", "reason")
ACTION = COLUMNS.index("action")
PROBLEM_COLOUR = "#d9534f"
DUPLICATE_COLOUR = "#f0ad4e"


class PreviewModel(QAbstractTableModel):
    """The plan's rows; setting the action column changes the plan's choice."""

    choicesChanged = Signal()

    def __init__(self, plan: Plan, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.language = language
        self._reasons = [" · ".join(row_reasons(row, language)) for row in plan.rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.plan.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Row"),
            self.tr("Status"),
            header_of("customers", "name", self.language),
            header_of("customers", "business_id", self.language),
            header_of("customers", "city", self.language),
            self.tr("Contacts"),
            self.tr("Action"),
            self.tr("Problems and duplicates"),
        ][section]

    def status(self, row: PlanRow) -> str:
        if row.bad:
            return self.tr("Problem")
        if row.duplicate is not None:
            return self.tr("Duplicate")
        return self.tr("OK")

    def _value(self, row: PlanRow, column: str, index: int) -> Any:
        if column == "line":
            if row.sheet == "contacts":
                return self.tr("Contacts {line}").format(line=row.line)
            return str(row.line)
        if column == "status":
            return self.status(row)
        if column == "name":
            return row.name
        if column in {"business_id", "city"}:
            return row.values.get(column) or row.shown.get(column, "")
        if column == "contacts":
            return len(row.contacts)
        if column == "action":
            return choice_text(row.choice)
        return self._reasons[index]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.plan.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._value(row, column, index.row())
        if role == Qt.ItemDataRole.EditRole and column == "action":
            return row.choice.value
        if role == SORT_ROLE:
            if column == "line":
                return (row.sheet, row.line)
            return str(self._value(row, column, index.row())).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column in {"reason", "status"}:
            return "\n".join(row_reasons(row, self.language)) or None
        marked = row.bad or row.duplicate is not None
        if role == Qt.ItemDataRole.BackgroundRole and column in {"status", "reason"} and marked:
            colour = PROBLEM_COLOUR if row.bad else DUPLICATE_COLOUR
            return tint(QApplication.palette(), colour, 0.3)
        if role == Qt.ItemDataRole.ForegroundRole and not row.wanted:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and index.column() == ACTION
            and len(self.plan.rows[index.row()].allowed) > 1
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != ACTION or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            choice = Choice(value)
        except ValueError:
            return False
        if not self.plan.choose(index.row(), choice):
            return False
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.choicesChanged.emit()
        return True

    def choose_for_duplicates(self, choice: Choice) -> None:
        if self.plan.choose_for_duplicates(choice) and self.plan.rows:
            last = self.index(len(self.plan.rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            self.choicesChanged.emit()


class PreviewFilter(QSortFilterProxyModel):
    """Sorts by each column's own order (rows by number) and may show only the rows with
    a problem or a duplicate."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.only_problems = False
        self.setSortRole(SORT_ROLE)

    def set_only_problems(self, only: bool) -> None:
        self.beginFilterChange()
        self.only_problems = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.only_problems:
            return True
        model = self.sourceModel()
        assert isinstance(model, PreviewModel)
        row = model.plan.rows[source_row]
        return row.bad or row.duplicate is not None

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if left.column() == COLUMNS.index("contacts"):
            return int(left.data()) < int(right.data())
        return bool(a < b)


class ChoiceDelegate(QStyledItemDelegate):
    """The action column's editor: a combo box of the choices the row allows."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("importChoice")
        source = _source_index(index)
        model = source.model()
        assert isinstance(model, PreviewModel)
        for choice in model.plan.rows[source.row()].allowed:
            combo.addItem(choice_text(choice), choice.value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _source_index(index: Index) -> Index:
    model = index.model()
    if isinstance(model, QSortFilterProxyModel):
        return model.mapToSource(index)
    return index
