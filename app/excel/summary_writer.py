"""Writing a report sheet top to bottom: titles, small tables and charts beside them.

Write-only sheets take rows in order, so the writer keeps the row number and where each
table went; a chart is anchored to the right of its table, and a block is padded so that
the next table starts below the charts of this one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.chart._chart import ChartBase
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.excel import styles
from app.excel.charts import ROWS_TALL, Block

Value = Any  # a value, or (value, number format)


class ReportWriter:
    def __init__(self, sheet: WriteOnlyWorksheet, widths: Sequence[float], chart_col: int):
        self.sheet = sheet
        self.row = 0  # the last row written
        self.chart_col = chart_col
        self._charts_below = 0  # the row the charts of the current block reach
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width

    def _append(self, cells: list[Any]) -> None:
        self.sheet.append(cells)
        self.row += 1

    def cell(self, value: Value) -> Any:
        if isinstance(value, tuple):
            return styles.styled(self.sheet, value[0], value[1])
        return styles.styled(self.sheet, value)

    def line(self, *values: Value) -> int:
        self._append([self.cell(v) for v in values])
        return self.row

    def title(self, text: str, font: Any = styles.TITLE_FONT) -> None:
        cell = WriteOnlyCell(self.sheet, value=text)
        cell.data_type = "s"
        cell.font = font
        self._append([cell])

    def section(self, text: str) -> None:
        """A new block: below the previous block's charts, with a heading."""
        while self.row < self._charts_below:
            self._append([])
        self._append([])
        self.title(text, styles.SECTION_FONT)

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[Value]]) -> Block:
        """A header row and its data rows; the block for a chart over them."""
        self._append(styles.header_cells(self.sheet, headers))
        header = self.row
        for values in rows:
            self.line(*values)
        return Block(header, max(self.row, header + 1), 1, len(headers))

    def chart(self, chart: ChartBase, beside: int, slot: int = 0) -> None:
        """Anchor `chart` right of the table, from row `beside`; slot 1 goes next to slot 0."""
        column = self.chart_col + slot * 9
        self.sheet.add_chart(chart, f"{get_column_letter(column)}{beside}")
        self._charts_below = max(self._charts_below, beside + ROWS_TALL)
