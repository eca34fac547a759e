"""Text from the database never becomes a formula in a written workbook."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

from app.excel.cells import set_value, write_only_cell

TRICKY = ["=SUM(A1:A9)", "+358 40 123", "-alennus", "@home", '=HYPERLINK("x")']


def test_normal_and_write_only_sheets_keep_formula_looking_text(tmp_path: Path) -> None:
    book = Workbook()
    normal = book.active
    assert normal is not None
    for column, text in enumerate(TRICKY, start=1):
        set_value(normal.cell(row=1, column=column), text)
    book.save(tmp_path / "normal.xlsx")
    streamed = Workbook(write_only=True)
    sheet = streamed.create_sheet("Asiakkaat")
    sheet.append([write_only_cell(sheet, text) for text in TRICKY] + [3, None])
    streamed.save(tmp_path / "streamed.xlsx")
    for name, title in (("normal.xlsx", None), ("streamed.xlsx", "Asiakkaat")):
        read = load_workbook(tmp_path / name)
        cells = next(iter((read[title] if title else read.active).iter_rows(values_only=False)))
        assert [c.value for c in cells[: len(TRICKY)]] == TRICKY
        assert {c.data_type for c in cells[: len(TRICKY)]} == {"s"}
