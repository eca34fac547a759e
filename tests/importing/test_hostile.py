"""Import files that end in one sentence, never a traceback: a CSV with a cell over the
csv reader's limit (131 072 characters), an XLSX zip bomb (its declared unpacked size
checked before openpyxl reads it), and zips that are not workbooks whatever their name."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import main
from app.importing import workbook_file
from app.importing.source import SourceError, read_source
from tests.import_helpers import ROWS, write_xlsx


def test_csv_cell_over_the_reader_limit(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Nimi;Muistiinpanot\nKone Oy;" + "x" * 140_000 + "\n", encoding="utf-8")
    with pytest.raises(SourceError, match="more than 131 072 characters"):
        read_source(path)
    opened = tmp_path / "open-quote.csv"
    opened.write_text('Nimi;Kaupunki\n"Kone Oy;Oulu\n' + "Puu Oy;Turku\n" * 20_000)
    with pytest.raises(SourceError, match="quotation mark"):
        read_source(opened)


def test_xlsx_zip_bomb_is_refused_before_reading(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "list.xlsx", ROWS)
    assert read_source(path).customers.rows  # a real workbook reads
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path) as good, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for item in good.infolist():
            out.writestr(item, good.read(item))
        out.writestr("xl/media/padding.bin", b"\0" * (8 * 1024 * 1024))  # 8 MB of nothing
    monkeypatch.setattr(workbook_file, "MAX_UNCOMPRESSED", 4 * 1024 * 1024)
    opened: list[object] = []
    import openpyxl

    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: opened.append(a))
    with pytest.raises(SourceError, match="would unpack to 8 MB"):
        read_source(bomb)
    assert opened == []  # refused by the zip's directory alone


@pytest.mark.parametrize("name", ["list.txt", "list.csv", "archive.zip"])
def test_zip_that_is_not_a_workbook(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("customers.csv", "Nimi\nKone Oy\n")
    with pytest.raises(SourceError, match="zip archive but not an Excel workbook"):
        read_source(path)


def test_workbook_named_txt_reads(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", ROWS)
    renamed = path.rename(tmp_path / "list.txt")
    assert [r[0] for r in read_source(renamed).customers.rows] == [r[0] for r in ROWS]


def test_import_command_says_one_sentence(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "list.txt"
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("notes.txt", "hello")
    code = main.main(["import", "--db", str(tmp_path / "team.sqlite"), str(path)])
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err and "not an Excel workbook" in err
