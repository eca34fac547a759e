"""The summary workbook opens in LibreOffice as written: converted headless to CSV, sheet by
sheet, the values LibreOffice shows are the values openpyxl reads back (text that looks
like a formula stays text; dates show as d.m.yyyy).

Skipped where LibreOffice is not installed (CI): `apt-get install libreoffice-calc-nogui`.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.excel.export import export_summary
from app.store import Store
from tests.excel_helpers import FORMULA_NAME, FORMULA_NOTE, PERIOD, TODAY, make_demo

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
# CSV export options: comma, double quotes, UTF-8, from line 1, cells as shown, every sheet
# to its own file (LibreOffice 7.2 and later).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"

pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed; CI has none"
)


def shown(cell_value: object, number_format: str = "General") -> str:
    """What LibreOffice shows for a value written with the workbook's formats."""
    if cell_value is None:
        return ""
    if hasattr(cell_value, "day"):
        return f"{cell_value.day}.{cell_value.month}.{cell_value.year}"  # type: ignore[attr-defined]
    if isinstance(cell_value, bool):
        return "TRUE" if cell_value else "FALSE"
    if isinstance(cell_value, int | float) and float(cell_value).is_integer():
        euro = " €" if "€" in number_format else ""
        return f"{int(cell_value):,}{euro}"
    return str(cell_value)


def test_libreoffice_reads_the_values_written(tmp_path: Path) -> None:
    made = make_demo(tmp_path)
    workbook = tmp_path / "summary.xlsx"
    store = Store.open(made.path, read_only=True)
    try:
        export_summary(store, made.team_id, workbook, PERIOD, "en", today=TODAY)
    finally:
        store.close()
    out = tmp_path / "csv"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [str(SOFFICE), "--headless", f"-env:UserInstallation={profile}",
         "--convert-to", CSV_FILTER, "--outdir", str(out), str(workbook)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    book = load_workbook(workbook)
    for name in book.sheetnames:
        converted = out / f"summary-{name}.csv"
        assert converted.is_file(), f"LibreOffice wrote no {converted.name}"
    for name in ("Customers", "Contacts", "Ladder moves", "Interactions", "Rocket"):
        with open(out / f"summary-{name}.csv", encoding="utf-8", newline="") as handle:
            seen = list(csv.reader(handle))
        written = [[shown(c.value, c.number_format) for c in row] for row in book[name].iter_rows()]
        assert len(seen) == len(written), name
        for got, want in zip(seen, written, strict=True):
            assert got[: len(want)] == want, name
    with open(out / "summary-Customers.csv", encoding="utf-8", newline="") as handle:
        customers = {row[1]: row for row in csv.reader(handle)}
    assert FORMULA_NOTE in customers[FORMULA_NAME]  # text, not a computed 0 or a link
    with open(out / "summary-Summary.csv", encoding="utf-8", newline="") as handle:
        summary = {row[0]: row[1:] for row in csv.reader(handle) if row and row[0]}
    sheet = {r[0]: r[1:] for r in book["Summary"].iter_rows(values_only=True) if r[0]}
    for label in ("Customers at the end of the period", "Interactions", "Rocket dots", "Period"):
        assert summary[label][0] == shown(sheet[label][0]), label
