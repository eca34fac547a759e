"""The "Self-assessment" tab: the team's dated assessments (customer-experience baseline,
customer-centricity maturity I–IV, the Four-L quadrant) as a history chart and a list."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.store import Store
from app.success import AREA, steps
from app.success import assessments as ops
from app.success.assessments import Assessment
from app.success.rules import four_l
from views.background import ReportView
from views.charts import Turns, make_hidden
from views.context import AppContext
from views.success.dialog_base import GuardedDialog, date_edit, text_box, to_date
from views.success.labels import HEALTH_COLOURS, codes, label, short_date

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


class AssessmentDialog(GuardedDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            self.tr("Self-assessment"),
            self.tr("Measure where the team stands before developing, and again after."),
        )
        self.setObjectName("successAssessmentDialog")
        self.ctx = ctx
        self.assessed_on = date_edit()
        self.form.add("assessed_on", self.tr("Date:"), self.assessed_on)
        self.ratings: dict[str, QComboBox] = {}
        for key, name in ops.baseline_areas(ctx.language):
            combo = QComboBox()
            combo.addItem("–", None)
            for rating in codes("rating"):
                combo.addItem(label("rating", rating), rating)
            self.ratings[key] = combo
            self.form.add(f"baseline_{key}", name + ":", combo)
            self.watch(combo)
        self.maturity = QComboBox()
        self.maturity.setObjectName("assessmentMaturity")
        for level in ops.template()["maturity"]:
            self.maturity.addItem(level[ctx.language][:70] + "…", level["level"])
            self.maturity.setItemData(
                self.maturity.count() - 1, level[ctx.language], Qt.ItemDataRole.ToolTipRole
            )
        self.empowerment = self._scale()
        self.strategy = self._scale()
        self.quadrant = QLabel()
        self.quadrant.setWordWrap(True)
        self.note = text_box(self.tr("What did we notice?"), 40)
        self.form.add("maturity", self.tr("Customer-centricity:"), self.maturity)
        self.form.add("empowerment", self.tr("Staff empowerment 1–5:"), self.empowerment)
        self.form.add("strategy", self.tr("Customer-experience strategy 1–5:"), self.strategy)
        self.form.addRow(self.tr("Four-L:"), self.quadrant)
        self.form.add("note", self.tr("Note:"), self.note)
        self.watch(self.assessed_on, self.maturity, self.empowerment, self.strategy, self.note)
        self._show_quadrant()
        self.setMinimumWidth(620)

    def _scale(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1, 5)
        box.setValue(3)
        box.valueChanged.connect(lambda _v: self._show_quadrant())
        return box

    def _show_quadrant(self) -> None:
        quadrant = four_l(self.empowerment.value(), self.strategy.value())
        self.quadrant.setText(ops.template()["four_l"][quadrant][self.ctx.language])

    def save(self) -> int:
        store, team = self.ctx.store, self.ctx.team_id
        data = {
            "assessed_on": to_date(self.assessed_on),
            "baseline": {k: c.currentData() for k, c in self.ratings.items()},
            "maturity": self.maturity.currentData(),
            "empowerment": self.empowerment.value(),
            "strategy": self.strategy.value(),
            "note": self.note.toPlainText(),
        }
        return self.ctx.run(steps.record_assessment(store, team, data), initiator=self)


class AssessmentTab(ReportView[list[Assessment]]):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, AREA.listens)
        self.setObjectName("successAssessmentTab")
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        self.body.setContentsMargins(margin, margin, margin, margin)
        new = QPushButton(self.tr("New self-assessment…"))
        new.setObjectName("assessmentNew")
        new.clicked.connect(lambda _=False: AssessmentDialog(ctx, self).exec())
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(lambda _=False: self.delete())
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(delete)
        row.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("assessmentList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Date"), self.tr("Baseline"), self.tr("Maturity"), self.tr("Four-L")]
        )
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.line: Any = None  # the charts are built when first presented: pyqtgraph is heavy
        self.quad: Any = None
        self.turns = Turns(self)
        self.body.addLayout(row)
        self.body.addWidget(self.summary)
        self.body.addLayout(self.grid, 4)
        self.body.addWidget(self.list, 1)
        self.result: list[Assessment] = []

    def compute(self) -> Callable[[Store], list[Assessment]] | None:
        if not self.ctx.has_team:
            return None
        team = self.ctx.team_id

        def read(store: Store) -> list[Assessment]:
            import pyqtgraph  # noqa: F401  (loaded here, on the worker, for the charts)

            return ops.history(store, team)

        return read

    def present(self, result: list[Assessment]) -> None:
        self.result = result
        self.list.clear()
        for item in reversed(result):
            score = item.baseline_score
            row = QTreeWidgetItem(
                [
                    short_date(item.assessed_on),
                    "–" if score is None else f"{score:.0f}",
                    ROMAN[item.maturity],
                    label("four_l", item.quadrant),
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, item.id)
            row.setToolTip(3, ops.template()["four_l"][item.quadrant][self.ctx.language])
            self.list.addTopLevelItem(row)
        self._draw(result)
        self.summary.setText(
            self.tr("No self-assessment yet: measure the baseline before developing.")
            if not result
            else self.tr("Latest: {date}, maturity {level}, {quadrant}.").format(
                date=short_date(result[-1].assessed_on),
                level=ROMAN[result[-1].maturity],
                quadrant=label("four_l", result[-1].quadrant),
            )
        )

    def _draw(self, result: list[Assessment]) -> None:
        # One chart made, drawn and shown per turn of the event loop (views/charts.Turns).
        self.turns.run([partial(self._draw_line, result), partial(self._draw_quadrant, result)])

    def _draw_line(self, result: list[Assessment]) -> None:
        import pyqtgraph as pg

        from views.success.charts import bar_chart, draw_line

        if self.line is None:
            title = self.tr("Baseline (0–100) and maturity (I–IV) over time")
            self.line = make_hidden(bar_chart(self, title, "cxChart"))
            self.grid.addWidget(self.line, 0, 0)
        if self.line.plotItem.legend is None:
            self.line.addLegend(offset=(8, 8), labelTextColor=self.palette().text().color())
        labels = [short_date(a.assessed_on) for a in result]
        draw_line(
            self.line,
            labels,
            [a.baseline_score for a in result],
            None,
            (0, 100),
            1,
            self.tr("baseline: bad 0, average 50, good 100"),
        )
        maturity = [a.maturity * 25.0 for a in result]  # I–IV drawn on the same 0–100 scale
        self.line.plot(
            list(range(len(result))),
            maturity,
            pen=pg.mkPen(HEALTH_COLOURS["green"], width=2, style=Qt.PenStyle.DashLine),
            symbol="s",
            symbolBrush=QColor(HEALTH_COLOURS["green"]),
            name=self.tr("customer-centricity maturity I–IV"),
        )
        self.line.getAxis("right").setTicks([[(25.0 * k, v) for k, v in ROMAN.items()]])
        self.line.showAxis("right")
        self.line.show()

    def _draw_quadrant(self, result: list[Assessment]) -> None:
        import pyqtgraph as pg

        from views.success.charts import bar_chart

        if self.quad is None:
            title = self.tr("Four-L: empowerment × strategy")
            self.quad = make_hidden(bar_chart(self, title, "fourLChart"))
            self.grid.addWidget(self.quad, 0, 1)
        plot = self.quad
        plot.clear()
        for position in (3 - 0.5,):
            plot.addLine(x=position, pen=pg.mkPen("#95a5a6", style=Qt.PenStyle.DashLine))
            plot.addLine(y=position, pen=pg.mkPen("#95a5a6", style=Qt.PenStyle.DashLine))
        for key, (x, y) in {
            "loop": (1.5, 1.2),
            "lottery": (4.2, 1.2),
            "pasture": (1.5, 5.2),
            "shine": (4.2, 5.2),
        }.items():
            text = pg.TextItem(label("four_l", key), color="#7f8c8d", anchor=(0.5, 0.5))
            text.setPos(x, y)
            plot.addItem(text)
        xs = [float(a.empowerment) for a in result]
        ys = [float(a.strategy) for a in result]
        plot.plot(xs, ys, pen=pg.mkPen("#2e86c1", width=1), symbol="o", symbolSize=9)
        plot.getAxis("bottom").setTickSpacing(1, 1)
        plot.getAxis("left").setTickSpacing(1, 1)
        plot.setXRange(0.5, 5.5, padding=0)
        plot.setYRange(0.5, 5.7, padding=0)
        plot.getAxis("bottom").setLabel(self.tr("staff empowerment"))
        plot.getAxis("left").setLabel(self.tr("CX strategy"))
        plot.show()

    def delete(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        assessment_id = int(item.data(0, Qt.ItemDataRole.UserRole))
        self.ctx.run(steps.delete_assessment(self.ctx.store, assessment_id), initiator=self)
