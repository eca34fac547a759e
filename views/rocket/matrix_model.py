"""The coach's matrix as an item model: teams × processes, dots and change per cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.rocket.coach import CoachMatrix, MatrixRow
from views.rocket.common import dots_text, heat_colour, pick
from views.table_export import EXPORT_ROLE

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
FIXED = 3  # team, database, total


class MatrixModel(QAbstractTableModel):
    """Rows are teams, columns the processes; cells show dots and the change since last round."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: CoachMatrix | None = None
        self.lang = "fi"

    def set_matrix(self, matrix: CoachMatrix | None, lang: str) -> None:
        self.beginResetModel()
        self.matrix, self.lang = matrix, lang
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else FIXED + len(self.matrix.codes)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.matrix is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < FIXED:
                return [
                    QCoreApplication.translate("rocket", "Team company"),
                    QCoreApplication.translate("rocket", "Database"),
                    QCoreApplication.translate("rocket", "Total"),
                ][section]
            return self.matrix.codes[section - FIXED]
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIXED:
            fi, en = self.matrix.names[self.matrix.codes[section - FIXED]]
            return pick(fi, en, self.lang)
        return None

    def row(self, index: QModelIndex) -> MatrixRow:
        assert self.matrix is not None
        return self.matrix.rows[index.row()]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or self.matrix is None:
            return None
        row = self.matrix.rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return row
        if col < FIXED:
            return self._fixed(row, col, role)
        return self._dots(row, self.matrix.codes[col - FIXED], role)

    def _fixed(self, row: MatrixRow, col: int, role: int) -> Any:
        """Team, database and total: the columns before the processes."""
        if col == 0 and role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return row.team_name
        if col == 1 and role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return QCoreApplication.translate("rocket", "this database") if row.own else row.source
        if col == 2:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{row.total}{_diff(row.total_diff)}"
            if role in (SORT_ROLE, EXPORT_ROLE):
                return row.total
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
        return None

    def _dots(self, row: MatrixRow, code: str, role: int) -> Any:
        """One process of one team: dots, the change since last round, a heat colour."""
        dots, diff = row.cells.get(code), row.diffs.get(code)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if dots is None else f"{dots_text(dots)}{_diff(diff)}"
        if role == SORT_ROLE:
            return -1 if dots is None else dots
        if role == EXPORT_ROLE:  # the number of dots; an empty cell where not scored
            return dots
        if role == Qt.ItemDataRole.BackgroundRole:
            return heat_colour(dots, QGuiApplication.palette())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            assert self.matrix is not None
            fi, en = self.matrix.names[code]
            if dots is None:
                return f"{code} {pick(fi, en, self.lang)}: " + QCoreApplication.translate(
                    "rocket", "not scored"
                )
            return f"{code} {pick(fi, en, self.lang)}: {dots}" + (
                QCoreApplication.translate("rocket", " (change {diff})").format(
                    diff=_diff(diff).strip()
                )
                if diff
                else ""
            )
        return None


def _diff(value: int | None) -> str:
    return f" {value:+d}" if value else ""
