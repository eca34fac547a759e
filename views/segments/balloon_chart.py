"""The balloon chart (ilmapallopeli, seed 004 l. 732–740): x = potential, y = current value,
balloon area = annual revenue, coloured by owner or ladder level; quadrant lines at the
chosen cut; hover names the customer, a click opens it in the Customers panel; with
"show moves", an arrow from where each balloon stood at the period's start.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QGraphicsView, QLabel

from app import teams
from app.changes import Kind
from app.segments.columns import Floats, Ints
from app.segments.value_map import SUGGESTED, ValueMap, value_map
from app.store import Store
from models.ladder import LEVELS
from views.charts import foreground, plot_widget
from views.context import AppContext
from views.palette import LEVEL_COLOURS
from views.segments.chart_view import ChartView, Filters, add_legend
from views.segments.cut_bar import CutBar, CutSettings
from views.segments.labels import NOBODY_COLOUR, colour, day_text, number, strategies_text

DEPENDS = frozenset(
    {Kind.SEGMENT, Kind.CUSTOMER, Kind.LADDER_MOVE, Kind.MEMBER, Kind.VALUE_WEIGHTS}
)
MAX_ARROW_HEADS = 250  # beyond this the moves are drawn as lines only (heads would clutter)


@dataclass
class Result:
    map: ValueMap
    owners: dict[int, str]


def balloon_sizes(revenues: Floats, largest: float) -> Floats:
    """Diameters in pixels so that each balloon's *area* follows the annual revenue (NaN,
    zero or less: the smallest balloon)."""
    sizes = np.full(len(revenues), 7.0)
    if largest > 0:
        some = np.nan_to_num(revenues, nan=0.0) > 0
        sizes[some] += 53.0 * np.sqrt(revenues[some] / largest)
    return sizes


def jitter(customer_ids: Ints) -> tuple[Floats, Floats]:
    """A small fixed offset per customer, so equal scores do not hide each other (the
    products taken modulo first: the same numbers without overflowing 64 bits)."""
    spread = (customer_ids % 10007) * (2654435761 % 10007) % 10007 / 10007
    other = (customer_ids % 9973) * 40503 % 9973 / 9973
    return (spread - 0.5) * 0.16, (other - 0.5) * 0.16


class BalloonChart(ChartView[Result]):
    def __init__(self, ctx: AppContext, filters: Filters, cuts: CutSettings) -> None:
        super().__init__(ctx, filters, DEPENDS, "balloonChart")
        self.setWindowTitle(self.tr("Balloon chart"))
        self.cuts = cuts
        self.colour_by = QComboBox()
        self.colour_by.setObjectName("balloonColour")
        self.colour_by.addItem(self.tr("Colour by owner"), "owner")
        self.colour_by.addItem(self.tr("Colour by ladder level"), "level")
        self.colour_by.activated.connect(lambda _i: self._redraw())
        self.moves = QCheckBox(self.tr("Show moves since the period's start"))
        self.moves.setObjectName("balloonMoves")
        self.moves.toggled.connect(lambda _on: self.invalidate())
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.options.addWidget(CutBar(cuts))
        self.options.addWidget(self.colour_by)
        self.options.addWidget(self.moves)
        self.options.addStretch(1)
        self.body.insertWidget(2, self.caption)
        cuts.changed.connect(self.invalidate)
        self.scatters: list[pg.ScatterPlotItem] = []
        self.arrows: list[Any] = []
        self._last: Result | None = None

    def compute(self) -> Callable[[Store], Result] | None:
        filt = self.filters()
        if filt is None:
            return None
        cut = self.cuts.cut
        compare = filt.start if self.moves.isChecked() else None

        def read(store: Store) -> Result:
            owners = {m["id"]: m["name"] for m in teams.members_of(store, filt.team_id)}
            return Result(value_map(store, filt, cut, compare_day=compare), owners)

        return read

    def present(self, result: Result) -> None:
        self._last = result
        found = result.map
        self.caption.setText(self._caption(found))
        super().present(result)

    def _caption(self, found: ValueMap) -> str:
        text = self.tr("{count} customers on {date}").format(
            count=len(found), date=day_text(found.day)
        )
        if found.unscored:
            text += " · " + self.tr("{count} without value and potential scores").format(
                count=found.unscored
            )
        if found.compare_day is not None:
            text += " · " + self.tr("arrows from {date}").format(date=day_text(found.compare_day))
        return text

    def empty_text(self, result: Result) -> str | None:
        if not len(result.map):
            return self.tr(
                "No customer in this view has both a current value and a potential score on "
                "{date}. Score customers in the Customers panel (value and potential, 1–5)."
            ).format(date=day_text(result.map.day))
        return None

    def make_graphics(self) -> QGraphicsView:
        plot = plot_widget(self)
        plot.setLabel("bottom", self.tr("Potential (1–5)"))
        plot.setLabel("left", self.tr("Current value (1–5)"))
        self.legend = add_legend(self, plot, (10, 30))  # below the top-left quadrant's name
        return plot

    def _redraw(self) -> None:
        if self._last is not None and self.showing_chart:
            self.draw(self._last)

    def _groups(self, result: Result) -> list[tuple[str, str, Ints]]:
        """(legend name, colour, rows of the map) per owner or per level."""
        found = result.map
        if self.colour_by.currentData() == "level":
            return [
                (level, LEVEL_COLOURS[level], np.flatnonzero(found.levels == LEVELS.index(level)))
                for level in reversed(LEVELS)
            ]
        owners = sorted(
            (int(o) for o in np.unique(found.owners) if o), key=lambda o: result.owners.get(o, "")
        )
        groups = [
            (result.owners.get(o, "?"), colour(i), np.flatnonzero(found.owners == o))
            for i, o in enumerate(owners)
        ]
        unowned = np.flatnonzero(found.owners == 0)
        if len(unowned):
            groups.append((self.tr("No owner"), NOBODY_COLOUR, unowned))
        return groups

    def draw(self, result: Result) -> None:
        plot: Any = self.graphics
        plot.clear()
        self.scatters, self.arrows = [], []
        found = result.map
        revenues = np.nan_to_num(found.revenues, nan=0.0)
        largest = float(revenues.max()) if len(revenues) else 0.0
        for name, shade, rows in self._groups(result):
            if not len(rows):
                continue
            dx, dy = jitter(found.ids[rows])
            brush = QColor(shade)
            brush.setAlpha(170)
            scatter = pg.ScatterPlotItem(
                x=found.potentials[rows] + dx,
                y=found.values[rows] + dy,
                size=balloon_sizes(found.revenues[rows], largest),
                brush=brush,
                pen=pg.mkPen(QColor(shade).darker(140)),
                data=found.ids[rows],
                hoverable=True,
                tip=self.tip,
                name=name,
            )
            scatter.sigClicked.connect(self._clicked)
            plot.addItem(scatter)
            self.scatters.append(scatter)
        self._draw_cuts(plot, found)
        self._draw_moves(plot, found)
        plot.setXRange(0.6, 5.4, padding=0)
        plot.setYRange(0.6, 5.4, padding=0)

    def tip(self, x: float, y: float, data: Any) -> str:
        """The hover text: the customer's name and its exact position."""
        return self.tr("{name}\nvalue {value} · potential {potential}").format(
            name=self._last.map.name_of(int(data)) if self._last else "",
            value=number(y, 1),
            potential=number(x, 1),
        )

    def _clicked(self, _item: Any, points: Any, *_event: Any) -> None:
        if len(points):
            self.customerRequested.emit(int(points[0].data()))

    def _draw_cuts(self, plot: Any, found: ValueMap) -> None:
        pen = pg.mkPen(foreground(self), width=1, style=pg.QtCore.Qt.PenStyle.DashLine)
        if found.potential_cut is not None:
            plot.addItem(pg.InfiniteLine(pos=found.potential_cut, angle=90, pen=pen))
        if found.value_cut is not None:
            plot.addItem(pg.InfiniteLine(pos=found.value_cut, angle=0, pen=pen))
        corners = {
            "high_low": (0.65, 5.35),
            "high_high": (5.35, 5.35),
            "low_low": (0.65, 0.65),
            "low_high": (5.35, 0.65),
        }
        anchors = {"high_low": (0, 0), "high_high": (1, 0), "low_low": (0, 1), "low_high": (1, 1)}
        counts = found.counts()
        for quadrant, (x, y) in corners.items():
            label = pg.TextItem(
                f"{strategies_text(SUGGESTED[quadrant])} ({counts[quadrant]})",
                color=foreground(self),
                anchor=anchors[quadrant],
            )
            label.setPos(x, y)
            plot.addItem(label)

    def _draw_moves(self, plot: Any, found: ValueMap) -> None:
        """A line from each balloon's earlier place to its place now, with arrow heads."""
        if not len(found.before_values):
            return
        moved_by = np.abs(found.before_potentials - found.potentials) + np.abs(
            found.before_values - found.values
        )
        rows = np.flatnonzero(moved_by >= 0.01)  # NaN (not there then) compares False
        if not len(rows):
            return
        dx, dy = jitter(found.ids[rows])
        now_x, now_y = found.potentials[rows] + dx, found.values[rows] + dy
        then_x, then_y = found.before_potentials[rows] + dx, found.before_values[rows] + dy
        xs = np.column_stack((then_x, now_x)).ravel()  # from, to: one pair per customer
        ys = np.column_stack((then_y, now_y)).ravel()
        line = pg.PlotDataItem(xs, ys, connect="pairs", pen=pg.mkPen(foreground(self), width=1))
        plot.addItem(line)
        self.arrows.append(line)
        if len(rows) <= MAX_ARROW_HEADS:
            angles = np.degrees(np.arctan2(now_y - then_y, now_x - then_x))
            for x, y, angle in zip(now_x, now_y, angles, strict=True):
                head = pg.ArrowItem(
                    pos=(float(x), float(y)),
                    angle=180 - float(angle),
                    headLen=9,
                    brush=foreground(self),
                    pen=None,
                )
                plot.addItem(head)
                self.arrows.append(head)

    def drawn(self) -> dict[str, int]:
        """What is on the chart: balloons, and customers with a move arrow."""
        balloons = sum(len(s.data) for s in self.scatters)
        moved = sum(
            len(item.xData) // 2 for item in self.arrows if isinstance(item, pg.PlotDataItem)
        )
        return {"balloons": balloons, "moves": moved}
