"""The coach's view: a sortable heat map of teams × processes for one round."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.rocket import service as rocket
from app.rocket.coach import (
    CoachMatrix,
    MatrixRow,
    Source,
    coach_matrix,
    open_source,
    round_periods,
)
from app.rocket.periods import period_label, period_start
from app.store import Store
from models.database import DatabaseError
from views.context import AppContext
from views.rocket.common import HEAT, dots_text, language, pick
from views.rocket.drawing import RocketDrawing

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
        if col == 0:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return row.team_name
            return None
        if col == 1:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return (
                    QCoreApplication.translate("rocket", "this database") if row.own else row.source
                )
            return None
        if col == 2:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{row.total}{_diff(row.total_diff)}"
            if role == SORT_ROLE:
                return row.total
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            return None
        code = self.matrix.codes[col - FIXED]
        dots, diff = row.cells.get(code), row.diffs.get(code)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if dots is None else f"{dots_text(dots)}{_diff(diff)}"
        if role == SORT_ROLE:
            return -1 if dots is None else dots
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor("white") if dots is None else HEAT[dots]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("black")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
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


class CoachView(QWidget):
    """Choose a round; see every team of this database and of other files opened read-only."""

    openTeam = Signal(int)  # a team of this database: show its rocket

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("coachView")
        self.others: list[Source] = []
        self.period = QComboBox()
        self.period.setObjectName("coachRound")
        self.period.setMinimumContentsLength(10)
        self.period.currentIndexChanged.connect(self._recompute)
        open_button = QPushButton(self.tr("Open other team's database read-only…"))
        open_button.setObjectName("openOtherDatabase")
        open_button.clicked.connect(self.choose_other)
        self.sources = QListWidget()
        self.sources.setObjectName("coachSources")
        self.sources.setMaximumHeight(70)
        close_button = QPushButton(self.tr("Close selected database"))
        close_button.clicked.connect(self._close_selected)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Round (half-year):")))
        top.addWidget(self.period)
        top.addStretch(1)
        top.addWidget(open_button)
        self.model = MatrixModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("coachMatrix")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._double_clicked)
        legend = QLabel(
            self.tr(
                "Dots at the end of the round; +1 / −1 is the change since the round before. "
                "Double-click a team to open its rocket."
            )
        )
        legend.setWordWrap(True)
        sources_row = QHBoxLayout()
        sources_row.addWidget(self.sources, 1)
        sources_row.addWidget(close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._heat_legend())
        layout.addWidget(legend)
        layout.addStretch(0)
        layout.addWidget(QLabel(self.tr("Databases:")))
        layout.addLayout(sources_row)
        self.destroyed.connect(lambda _obj=None, others=self.others: _close_all(others))

    def _heat_legend(self) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for dots, colour in enumerate(HEAT):
            swatch = QLabel(f"{dots_text(dots)} {dots}")
            swatch.setStyleSheet(f"background: {colour.name()}; padding: 2px 8px;")
            row.addWidget(swatch)
        row.addStretch(1)
        return holder

    def all_sources(self) -> list[Source]:
        own = self.ctx.store
        label = own.path.stem if own.path else "raketti"
        return [Source(label, own, own=True), *self.others]

    def reload(self) -> None:
        """Refill the round choice (keeping the chosen one) and recompute the matrix."""
        sources = self.all_sources()
        chosen = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        rounds = round_periods(sources)
        if not rounds:
            rounds = [period_start("half_year", date.today())]
        for start in rounds:
            self.period.addItem(period_label("half_year", start), start.isoformat())
        self.period.setCurrentIndex(max(self.period.findData(chosen), 0))  # ISO string
        self.period.blockSignals(False)
        self.sources.clear()
        for source in sources:
            text = (
                source.key if source.own else self.tr("{path} (read-only)").format(path=source.key)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, source.key)
            self.sources.addItem(item)
        self._recompute()

    def chosen_round(self) -> date | None:
        value = self.period.currentData()
        return date.fromisoformat(value) if value else None

    def _recompute(self) -> None:
        start = self.chosen_round()
        if start is None:
            self.model.set_matrix(None, language(self.ctx.settings))
            return
        matrix = coach_matrix(self.all_sources(), start)
        self.model.set_matrix(matrix, language(self.ctx.settings))
        self.table.resizeColumnsToContents()
        # A coach with a handful of teams should not get a screenful of empty grid.
        rows = self.proxy.rowCount()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(rows)) + 4
        self.table.setMaximumHeight(max(height, 120))

    def add_other(self, path: Path) -> Source | None:
        """Open another team's database read-only and add its teams to the matrix."""
        resolved = str(Path(path).resolve())
        if any(s.key == resolved for s in self.all_sources()):
            return None
        try:
            source = open_source(Path(path), self.ctx.paths.backups)
        except DatabaseError as error:
            QMessageBox.warning(
                self,
                self.tr("Cannot open the database"),
                QCoreApplication.translate("database", error.message).format(**error.args_),
            )
            return None
        self.others.append(source)
        self.reload()
        return source

    def choose_other(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open other team's database read-only"),
            str(self.ctx.paths.data),
            self.tr("Raketti databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.add_other(Path(path))

    def _close_selected(self) -> None:
        item = self.sources.currentItem()
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        for source in list(self.others):
            if source.key == key:
                self.others.remove(source)
                source.store.close()
        self.reload()

    def close_sources(self) -> None:
        _close_all(self.others)
        self.others.clear()

    def _double_clicked(self, index: QModelIndex) -> None:
        row: MatrixRow = self.proxy.data(index, ROW_ROLE)
        if row.own:
            self.openTeam.emit(row.team_id)
            return
        source = next(s for s in self.others if s.key == row.source_key)
        dialog = OtherRocketDialog(
            source.store,
            row.team_id,
            row.team_name,
            self.chosen_round() or date.today(),
            language(self.ctx.settings),
            self,
        )
        dialog.open()


def _close_all(sources: list[Source]) -> None:
    for source in sources:
        source.store.close()


class OtherRocketDialog(QDialog):
    """Another database's team rocket, read-only."""

    def __init__(
        self,
        store: Store,
        team_id: int,
        team_name: str,
        start: date,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("otherRocketDialog")
        self.setWindowTitle(self.tr("{team} (read-only)").format(team=team_name))
        self.resize(760, 640)
        drawing = RocketDrawing()
        drawing.set_states(rocket.rocket_state(store, team_id, "half_year", start), lang)
        layout = QVBoxLayout(self)
        layout.addWidget(drawing)
