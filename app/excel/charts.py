"""Native Excel charts over a table the summary sheet has just written (not pictures: the
reader can restyle them, and they follow the cells)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart._chart import ChartBase
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

WIDTH_CM = 15.0
HEIGHT_CM = 7.5
ROWS_TALL = 16  # rows a chart covers at the default row height, with a little air


@dataclass(frozen=True)
class Block:
    """Where a table sits: its header row, its last data row, its first and last column."""

    header: int
    last: int
    first_col: int
    last_col: int


C = TypeVar("C", bound=ChartBase)


def _finish(chart: C, title: str, y_title: str, x_title: str) -> C:
    chart.title = title
    chart.y_axis.title = y_title
    chart.x_axis.title = x_title
    # openpyxl 3.1 marks axes deleted unless told otherwise: Excel would draw none.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.width, chart.height = WIDTH_CM, HEIGHT_CM
    chart.legend.position = "b"
    return chart


def _fill(chart: ChartBase, sheet: WriteOnlyWorksheet, block: Block, columns: list[int]) -> None:
    for column in columns:
        data = Reference(sheet, min_col=column, min_row=block.header, max_row=block.last)
        chart.add_data(data, titles_from_data=True)
    chart.set_categories(
        Reference(sheet, min_col=block.first_col, min_row=block.header + 1, max_row=block.last)
    )


def line(
    sheet: WriteOnlyWorksheet,
    block: Block,
    columns: list[int],
    title: str,
    y_title: str = "",
    x_title: str = "",
) -> LineChart:
    chart = LineChart()
    _fill(chart, sheet, block, columns)
    return _finish(chart, title, y_title, x_title)


def bars(
    sheet: WriteOnlyWorksheet,
    block: Block,
    columns: list[int],
    title: str,
    y_title: str = "",
    x_title: str = "",
    stacked: bool = False,
) -> BarChart:
    chart = BarChart()
    chart.type = "col"
    if stacked:
        chart.grouping = "stacked"
        chart.overlap = 100
    _fill(chart, sheet, block, columns)
    return _finish(chart, title, y_title, x_title)
