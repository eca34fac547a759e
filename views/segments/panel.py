"""The Segments panel: a list of charts and tables on the left, the chosen one on the right,
and the filters they all share on top (owner, period, segment). A segmentation due for a
revisit shows a reminder here and, at start-up, in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes, Kind
from app.files import ExportError
from app.segments.filters import ChartFilter
from app.segments.revisits import Due, due_revisits
from views.context import AppContext
from views.labels import export_error_text
from views.segments.cut_bar import CutSettings
from views.segments.labels import day_text

if TYPE_CHECKING:  # pyqtgraph is imported only once a chart is first shown
    from views.segments.chart_view import ChartView

PageFactory = Callable[[], QWidget]


class SegmentsPanel(QWidget):
    customerRequested = Signal(int)  # the main window opens it in the Customers panel

    @staticmethod
    def tr_title() -> str:
        return QCoreApplication.translate("SegmentsPanel", "Segments and charts")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("segmentsPanel")
        self.cuts = CutSettings(ctx.settings)
        self._told_at_start = False
        self.due: list[Due] = []
        from views.segments.filter_bar import FilterBar  # the bar reads members at once

        self.filters = FilterBar(ctx)
        self.filters.changed.connect(self._filters_changed)
        self.banner = self._build_banner()
        self.pages = QListWidget()
        self.pages.setObjectName("segmentPages")
        self.stack = QStackedWidget()
        self.factories = self._factories()
        self.built: dict[int, QWidget] = {}
        for title, _factory in self.factories:
            self.pages.addItem(title)
            self.stack.addWidget(QWidget())  # replaced by the page when first chosen
        self.pages.currentRowChanged.connect(self.show_page)
        self.splitter = QSplitter()
        self.splitter.setObjectName("segmentsSplitter")
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        ctx.changed.connect(self._on_changed)
        ctx.teamChanged.connect(lambda _team: self.check_revisits())
        self._restore_layout()
        self.check_revisits()

    # --- pages ----------------------------------------------------------------------------

    def _factories(self) -> list[tuple[str, PageFactory]]:
        """Each page is built when first chosen: pyqtgraph and the reads cost nothing before."""
        ctx, filters, cuts = self.ctx, self.current_filter, self.cuts

        def levels() -> QWidget:
            from views.segments.levels_chart import LevelsChart

            return LevelsChart(ctx, filters)

        def balloon() -> QWidget:
            from views.segments.balloon_chart import BalloonChart

            return BalloonChart(ctx, filters, cuts)

        def value() -> QWidget:
            from views.segments.value_table import ValueTable

            return ValueTable(ctx, filters, cuts)

        def funnel() -> QWidget:
            from views.segments.funnel_chart import FunnelChart

            return FunnelChart(ctx, filters)

        def activity() -> QWidget:
            from views.segments.activity_chart import ActivityChart

            return ActivityChart(ctx, filters)

        def metrics() -> QWidget:
            from views.segments.metrics_chart import MetricsChart

            return MetricsChart(ctx, filters)

        def history() -> QWidget:
            from views.segments.history_page import HistoryPage

            page = HistoryPage(ctx, filters)
            page.revisitRequested.connect(self.revisit)
            return page

        return [
            (self.tr("Segments × ladder levels"), levels),
            (self.tr("Balloon chart"), balloon),
            (self.tr("Value and strategies"), value),
            (self.tr("Ladder funnel"), funnel),
            (self.tr("Interactions per member"), activity),
            (self.tr("The five metrics"), metrics),
            (self.tr("Segment moves and revisits"), history),
        ]

    def page(self, row: int) -> QWidget:
        """The page at `row`, built now if it was not yet."""
        if row not in self.built:
            page = self.factories[row][1]()
            signal = getattr(page, "customerRequested", None)
            if signal is not None:
                signal.connect(self.customerRequested)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.built[row] = page
        return self.built[row]

    def show_page(self, row: int) -> None:
        if 0 <= row < len(self.factories):
            self.page(row)
            self.stack.setCurrentIndex(row)

    def current_page(self) -> QWidget | None:
        return self.built.get(self.pages.currentRow())

    def current_filter(self) -> ChartFilter | None:
        return self.filters.current()

    def _filters_changed(self) -> None:
        for page in self.built.values():
            invalidate = getattr(page, "invalidate", None)
            if invalidate is not None:
                invalidate()

    # --- revisits -------------------------------------------------------------------------

    def _build_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("revisitBanner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        button = QPushButton(self.tr("Revisit now…"))
        button.setObjectName("revisitNow")
        button.clicked.connect(
            lambda: self.revisit(self.due[0].segmentation_id) if self.due else None
        )
        row = QHBoxLayout(banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(button)
        banner.hide()
        return banner

    def check_revisits(self) -> None:
        if not self.ctx.has_team:
            return
        team_id = self.ctx.team_id
        self.ctx.query("segments:due", lambda store: due_revisits(store, team_id), self._show_due)

    def _show_due(self, due: list[Due]) -> None:
        self.due = due
        self.banner.setVisible(bool(due))
        if not due:
            return
        names = ", ".join(f"{d.name} ({day_text(d.revisit_by)})" for d in due)
        text = self.tr(
            "Time to revisit: %n segmentation(s) past the revisit date: {names}", "", len(due)
        ).format(names=names)
        self.banner_text.setText(text)
        window = self.window()
        if not self._told_at_start and isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 20_000)
        self._told_at_start = True

    def revisit(self, segmentation_id: int) -> None:
        from app.segments import records
        from views.segments.dialogs import RevisitDialog

        names = {
            s["id"]: s["name"] for s in records.list_segmentations(self.ctx.store, self.ctx.team_id)
        }
        if segmentation_id in names:
            RevisitDialog(self.ctx, segmentation_id, names[segmentation_id], self).exec()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.SEGMENT):
            self.check_revisits()

    # --- menus, export --------------------------------------------------------------------

    def add_menus(self, window: QMainWindow) -> None:
        menu = window.menuBar().addMenu(self.tr("Se&gments"))
        for text, slot, shortcut in (
            (self.tr("&Segmentations…"), self.edit_segmentations, None),
            (self.tr("&Value weights…"), self.edit_weights, None),
            (self.tr("&Metrics and targets…"), self.edit_metrics, None),
            (None, None, None),
            (self.tr("Export chart as &PNG…"), lambda: self.export("png"), None),
            (self.tr("Export chart as S&VG…"), lambda: self.export("svg"), None),
            (self.tr("&Copy chart"), self.copy_chart, QKeySequence("Ctrl+Shift+C")),
        ):
            if text is None:
                menu.addSeparator()
                continue
            action = QAction(text, window)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(lambda _=False, s=slot: s())
            menu.addAction(action)

    def edit_segmentations(self) -> None:
        from views.segments.widgets import SegmentationsDialog

        SegmentationsDialog(self.ctx, self).exec()

    def edit_weights(self) -> None:
        from views.segments.dialogs import WeightsDialog

        WeightsDialog(self.ctx, self).exec()

    def edit_metrics(self) -> None:
        from views.segments.dialogs import MetricsDialog

        MetricsDialog(self.ctx, self).exec()

    def _chart(self) -> ChartView[Any] | None:
        from views.segments.chart_view import ChartView

        page = self.current_page()
        if isinstance(page, ChartView) and page.showing_chart:
            return page
        QMessageBox.information(
            self, self.tr("Export"), self.tr("Choose a chart that shows data, then export it.")
        )
        return None

    def export(self, kind: str) -> Path | None:
        chart = self._chart()
        if chart is None:
            return None
        folder = str(self.ctx.settings.value("segments/export_dir", str(Path.home())))
        name = f"{chart.objectName()}.{kind}"
        pattern = self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG drawing (*.svg)")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), str(Path(folder) / name), pattern
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_suffix(f".{kind}")
        try:
            getattr(chart, f"export_{kind}")(path)
        except ExportError as error:
            QMessageBox.warning(self, self.tr("Export"), export_error_text(error))
            return None
        self.ctx.settings.setValue("segments/export_dir", str(path.parent))
        self._status(self.tr("Saved {path}").format(path=path))
        return path

    def copy_chart(self) -> None:
        chart = self._chart()
        if chart is not None:
            chart.copy_image()
            self._status(self.tr("The chart is on the clipboard."))

    def _status(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 5000)

    # --- layout ---------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        state = self.ctx.settings.value("segments/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        row = int(str(self.ctx.settings.value("segments/page", 0)))
        self.pages.setCurrentRow(min(max(row, 0), len(self.factories) - 1))

    def save_layout(self) -> None:
        self.ctx.settings.setValue("segments/splitter", self.splitter.saveState())
        self.ctx.settings.setValue("segments/page", self.pages.currentRow())
