"""The bar charts of a success tab, made one per turn of the event loop (issue 24: no
GUI-thread pause over 100 ms): a mixin for tabs that keep `plots`, a `grid` and `_specs()`
(key → title, objectName, grid place)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QGridLayout

from views.charts import make_hidden


class PlotGrid:
    plots: dict[str, Any]
    grid: QGridLayout

    def _specs(self) -> dict[str, tuple[str, str, tuple[int, ...]]]:
        raise NotImplementedError

    def _plot(self, key: str) -> None:
        """Make one plot (once)."""
        if key in self.plots:
            return
        from views.success.charts import bar_chart  # pyqtgraph only once a chart is made

        title, name, place = self._specs()[key]
        self.plots[key] = make_hidden(bar_chart(self, title, name))  # type: ignore[arg-type]
        self.grid.addWidget(self.plots[key], *place)

    def _show(self, key: str, draw: Callable[[Any], object]) -> None:
        """Make (if need be), draw and show one plot: one turn of the event loop's work."""
        self._plot(key)
        draw(self.plots[key])
        self.plots[key].show()
