"""The coach's view: a sortable heat map of teams × processes for one round.

The matrix reads this database and other teams' files opened read-only; that reading runs
off the GUI thread, and only while the view is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
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
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.rocket import AREA, boxes
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
from views.background import ReportView
from views.context import AppContext
from views.rocket.common import dots_text, heat_colour
from views.rocket.drawing import RocketDrawing
from views.rocket.matrix_model import ROW_ROLE, SORT_ROLE, MatrixModel
from views.sync.coach_feeds import CoachFeeds
from views.table_export import ExportViewAction


@dataclass
class CoachResult:
    """One computation: the rounds to choose from, the one shown, and its matrix."""

    rounds: list[date]
    start: date
    matrix: CoachMatrix


def read_coach(sources: list[Source], chosen: date | None) -> CoachResult:
    """The rounds any team has, and the matrix of the chosen one (else the newest)."""
    rounds = round_periods(sources) or [period_start("half_year", date.today())]
    start = chosen if chosen in rounds else rounds[0]
    return CoachResult(rounds, start, coach_matrix(sources, start))


class CoachView(ReportView[CoachResult]):
    """Choose a round; see every team of this database and of other files opened read-only."""

    openTeam = Signal(int)  # a team of this database: show its rocket

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, AREA.listens, parent)
        self.setObjectName("coachView")
        self.others: list[Source] = []
        self.period = QComboBox()
        self.period.setObjectName("coachRound")
        self.period.setMinimumContentsLength(10)
        self.period.currentIndexChanged.connect(lambda _i: self.invalidate())
        self.sources = QListWidget()
        self.sources.setObjectName("coachSources")
        self.sources.setMaximumHeight(70)
        self.model = MatrixModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._table()
        self.export_action = ExportViewAction(ctx, self.table, self._export_title)
        legend = QLabel(
            self.tr(
                "Dots at the end of the round; +1 / −1 is the change since the round before. "
                "Double-click a team to open its rocket."
            )
        )
        legend.setWordWrap(True)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        self.body.setContentsMargins(margin, margin, margin, margin)
        self.body.addLayout(self._top())
        self._top_row.addWidget(self.export_action.button("exportCoachMatrix"))
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self._heat_legend())
        self.body.addWidget(legend)
        self.body.addSpacing(margin)
        self.body.addWidget(QLabel(self.tr("Databases:")))
        self.body.addLayout(self._sources_row())
        self.body.addStretch(1)  # a short matrix leaves the room below, not between
        self.destroyed.connect(lambda _obj=None, others=self.others: _close_all(others))
        # The teams followed through their shared folders (team sync, read-only).
        self.feeds = CoachFeeds.of(ctx)
        self.feeds.updated.connect(lambda: self.invalidate())

    def _top(self) -> QHBoxLayout:
        open_button = QPushButton(self.tr("Open other team's database read-only…"))
        open_button.setObjectName("openOtherDatabase")
        open_button.clicked.connect(self.choose_other)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Round (half-year):")))
        top.addWidget(self.period)
        top.addStretch(1)
        top.addWidget(open_button)
        self._top_row = top  # the Export view… button joins it once the table exists
        return top

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("coachMatrix")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.doubleClicked.connect(self._double_clicked)
        return table

    def _sources_row(self) -> QHBoxLayout:
        close_button = QPushButton(self.tr("Close selected database"))
        close_button.clicked.connect(self._close_selected)
        row = QHBoxLayout()
        row.addWidget(self.sources, 1)
        row.addWidget(close_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _heat_legend(self) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for dots in range(4):
            colour = heat_colour(dots, self.palette())
            swatch = QLabel(f"{dots_text(dots)} {dots}")
            swatch.setStyleSheet(f"background: {colour.name()}; padding: 2px 8px;")
            row.addWidget(swatch)
        row.addStretch(1)
        return holder

    def _export_title(self) -> str:
        return self.tr("Coach {round}").format(round=self.period.currentText())

    def all_sources(self) -> list[Source]:
        own = self.ctx.store
        label = own.path.stem if own.path else "raketti"
        followed = [Source(name, store) for name, store in self.feeds.sources()]
        return [Source(label, own, own=True), *self.others, *followed]

    def chosen_round(self) -> date | None:
        value = self.period.currentData()
        return date.fromisoformat(value) if value else None

    # --- computing ---------------------------------------------------------------------

    def compute(self) -> Callable[[Store], CoachResult] | None:
        sources, chosen = self.all_sources(), self.chosen_round()
        return lambda _store: read_coach(sources, chosen)

    def present(self, result: CoachResult) -> None:
        """Refill the round choice and the databases, then show the matrix."""
        self.period.blockSignals(True)
        self.period.clear()
        for start in result.rounds:
            self.period.addItem(period_label("half_year", start), start.isoformat())
        self.period.setCurrentIndex(max(self.period.findData(result.start.isoformat()), 0))
        self.period.blockSignals(False)
        self.sources.clear()
        for source in self.all_sources():
            text = (
                source.key if source.own else self.tr("{path} (read-only)").format(path=source.key)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, source.key)
            self.sources.addItem(item)
        self.model.set_matrix(result.matrix, self.ctx.language)
        self.table.resizeColumnsToContents()
        # A coach with a handful of teams should not get a screenful of empty grid.
        rows = self.proxy.rowCount()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(rows)) + 4
        self.table.setMaximumHeight(max(height, 120))

    # --- other databases ---------------------------------------------------------------

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
        self.invalidate()
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
        self.invalidate()

    def close_sources(self) -> None:
        _close_all(self.others)
        self.others.clear()

    def _double_clicked(self, index: QModelIndex) -> None:
        row: MatrixRow = self.proxy.data(index, ROW_ROLE)
        if row.own:
            self.openTeam.emit(row.team_id)
            return
        source = next(s for s in self.all_sources() if s.key == row.source_key)
        dialog = OtherRocketDialog(
            source.store,
            row.team_id,
            row.team_name,
            self.chosen_round() or date.today(),
            self.ctx.language,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
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
        drawing.set_states(boxes.rocket_state(store, team_id, "half_year", start), lang)
        layout = QVBoxLayout(self)
        layout.addWidget(drawing)
