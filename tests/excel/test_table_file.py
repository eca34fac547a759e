"""app/excel/table_file.py: a table as XLSX or as CSV, opened again as Excel would."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from app.excel.table_file import csv_text, sheet_title, write_table
from app.files import ExportError

HEADERS = ["Nimi", "Määrä", "Summa", "Päivä", "Kirjattu"]
ROWS = [
    ["Ääninen Oy", 3, 1.5, date(2025, 3, 7), datetime(2025, 3, 7, 9, 5)],
    ["=SUM(A1:A9)", -2, Decimal("12.25"), None, None],
    ["+358 40 123", 0, None, date(2024, 12, 31), None],
    ["@handle", None, None, None, None],
    ["-vain teksti", None, None, None, None],
]


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Finnish Excel needs to read UTF-8
    assert b"\r\n" in raw
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_xlsx_keeps_types_dates_and_formula_looking_text(tmp_path: Path) -> None:
    path = tmp_path / "taulukko.xlsx"
    assert write_table(path, HEADERS, iter(ROWS), sheet="Asiakkaat") == len(ROWS)
    book = load_workbook(path)
    sheet = book["Asiakkaat"]
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0] == HEADERS
    assert values[1] == ["Ääninen Oy", 3, 1.5, datetime(2025, 3, 7), datetime(2025, 3, 7, 9, 5)]
    assert values[2][:3] == ["=SUM(A1:A9)", -2, 12.25]
    assert sheet["A3"].data_type == "s"  # text, not a live formula
    assert [row[0] for row in values[3:]] == ["+358 40 123", "@handle", "-vain teksti"]
    assert sheet["D2"].number_format == "d.m.yyyy"
    assert sheet["E2"].number_format == "d.m.yyyy h:mm"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:E6"
    assert sheet["A1"].font.bold
    assert 10 < sheet.column_dimensions["A"].width <= 60


def test_csv_is_semicolons_with_bom_finnish_dates_and_decimal_commas(tmp_path: Path) -> None:
    path = tmp_path / "taulukko.csv"
    write_table(path, HEADERS, ROWS)
    rows = read_csv(path)
    assert rows[0] == HEADERS
    assert rows[1] == ["Ääninen Oy", "3", "1,5", "7.3.2025", "7.3.2025 9:05"]
    # Text that Excel would take for a formula starts with an apostrophe; numbers do not.
    assert rows[2] == ["'=SUM(A1:A9)", "-2", "12,25", "", ""]
    assert [row[0] for row in rows[3:]] == ["'+358 40 123", "'@handle", "'-vain teksti"]


@given(st.text(max_size=30))
@settings(max_examples=200)
def test_csv_text_never_starts_a_formula(text: str) -> None:
    written = csv_text(text)
    assert not written.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert written in (text, "'" + text)


def test_an_empty_table_still_has_its_header(tmp_path: Path) -> None:
    write_table(tmp_path / "tyhja.xlsx", ["A", "B"], [])
    sheet = load_workbook(tmp_path / "tyhja.xlsx").active
    assert [list(r) for r in sheet.iter_rows(values_only=True)] == [["A", "B"]]
    write_table(tmp_path / "tyhja.csv", ["A", "B"], [])
    assert read_csv(tmp_path / "tyhja.csv") == [["A", "B"]]


def test_sheet_names_excel_accepts() -> None:
    assert sheet_title("Asiakkaat") == "Asiakkaat"
    assert sheet_title("A/B: [x]?*") == "A B   x"
    assert len(sheet_title("x" * 50)) == 31
    assert sheet_title("") == "Sheet"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_unwritable_path_raises_export_error_and_leaves_nothing(
    tmp_path: Path, suffix: str
) -> None:
    # A folder that is a file (runs as root too, where a read-only folder is writable).
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    not_a_folder = tmp_path / "tiedosto.txt"
    not_a_folder.write_text("x")
    with pytest.raises(ExportError) as raised:
        write_table(not_a_folder / f"x{suffix}", HEADERS, ROWS)
    assert str(not_a_folder) in str(raised.value)
    # The name taken by a folder: written to a temporary file, which is removed again.
    taken = tmp_path / f"kansio{suffix}"
    taken.mkdir()
    with pytest.raises(ExportError):
        write_table(taken, HEADERS, ROWS)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([not_a_folder.name, taken.name])
    assert list(taken.iterdir()) == []


class Stop(Exception):
    """What a cancel does: progress raises."""


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_stopped_export_leaves_no_file_and_keeps_the_old_one(tmp_path: Path, suffix: str) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    path = tmp_path / f"vanha{suffix}"
    path.write_bytes(b"old")

    def rows():  # type: ignore[no-untyped-def]
        for number in range(5000):
            yield [f"rivi {number}"]

    def stop(written: int) -> None:
        if written >= 1000:
            raise Stop

    with pytest.raises(Stop):
        write_table(path, ["A"], rows(), progress=stop)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
