"""Reading files to import: encodings, separators, workbooks, and every kind of bad file."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from app.importing.csv_file import detect_delimiter, detect_encoding
from app.importing.source import MAX_ROWS, ReadOptions, SourceError, read_source
from tests.import_helpers import FINNISH_HEADER, ROWS, write_csv, write_xlsx


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_in_every_encoding_and_separator_reads_the_same(
    tmp_path: Path, encoding: str, delimiter: str
) -> None:
    path = write_csv(tmp_path / "list.csv", ROWS, encoding=encoding, delimiter=delimiter)
    source = read_source(path)
    assert source.delimiter == delimiter
    assert source.customers.headers == FINNISH_HEADER
    assert [r[0] for r in source.customers.rows] == [r[0] for r in ROWS]
    assert source.customers.rows[0][4] == "040 123 4567"
    assert source.customers.lines == [2, 3, 4]


def test_detected_encodings() -> None:
    text = "Nimi;Kaupunki\nÄijälä;Jyväskylä\n"
    assert detect_encoding(text.encode("utf-8")) == "utf-8"
    assert detect_encoding(codecs.BOM_UTF8 + text.encode("utf-8")) == "utf-8"
    assert detect_encoding(text.encode("cp1252")) == "cp1252"
    assert detect_encoding(text.encode("utf-16")) == "utf-16"
    assert detect_delimiter("a,b;c\n1,2;3\n") in {",", ";"}
    assert detect_delimiter("Nimi;Kaupunki, maa\nA;B, C\n") == ";"
    assert detect_delimiter("just one column\n") == ";"


def test_user_overrides_encoding_and_separator(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", ROWS, encoding="cp1252")
    # Windows-1252 read as Latin-9 still decodes (they agree on ä, ö, å) ...
    source = read_source(path, ReadOptions(encoding="iso-8859-15"))
    assert source.customers.rows[0][0] == "Kahvila Äijälä Oy"
    # ... a wrong separator gives one column, as asked ...
    one = read_source(path, ReadOptions(delimiter=","))
    assert len(one.customers.headers) == 1
    # ... and a wrong encoding is refused with the byte that does not fit.
    with pytest.raises(
        SourceError, match="not in the encoding utf-8: the byte 0xE4 at position 24"
    ):
        read_source(path, ReadOptions(encoding="utf-8"))


def test_unknown_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "utf16-without-mark.csv"
    path.write_bytes("Nimi;Kaupunki\nÄijälä;Jyväskylä\n".encode("utf-16-le"))
    with pytest.raises(SourceError, match="character encoding is not one Raketti knows"):
        read_source(path)
    binary = tmp_path / "picture.csv"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(SourceError, match="character encoding"):
        read_source(binary)


def test_empty_and_header_only_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(SourceError, match="The file is empty"):
        read_source(empty)
    blank = tmp_path / "blank.csv"
    blank.write_text("\n;;\n\n", encoding="utf-8")
    with pytest.raises(SourceError, match="no rows"):
        read_source(blank)
    header = write_csv(tmp_path / "header.csv", [])
    with pytest.raises(SourceError, match="no customers under it"):
        read_source(header)
    with pytest.raises(SourceError, match="does not exist"):
        read_source(tmp_path / "missing.csv")


def test_xlsx_reads_its_customer_sheet(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", ROWS)
    source = read_source(path)
    assert source.kind == "xlsx"
    assert source.customers.name == "Asiakaslista"
    assert source.customers.rows[1][:3] == ["Sähkö Öhman Ky", "1572860-0", "Tampere"]
    assert source.contacts is None
    with pytest.raises(SourceError, match="no sheet called Muu"):
        read_source(path, ReadOptions(sheet="Muu"))


def test_truncated_xlsx_is_damaged(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "list.xlsx", ROWS).read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(SourceError, match="damaged or incomplete"):
        read_source(cut)


def test_password_protected_xlsx_is_explained(tmp_path: Path) -> None:
    # Excel encrypts a protected .xlsx into an OLE compound file (as old .xls files are):
    # it starts with the CFB signature, not a zip's.
    path = tmp_path / "secret.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4088))
    with pytest.raises(SourceError, match="password-protected"):
        read_source(path)


def test_big_file_is_refused_with_progress_not_frozen(tmp_path: Path) -> None:
    """50 MB of rows: more than a team database takes; refused after the limit, with
    progress reported on the way (the wizard reads it off the GUI thread)."""
    path = tmp_path / "big.csv"
    line = "Asiakas {0:07d} Oy;Jyväskylä;" + "x" * 60 + "\n"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Nimi;Kaupunki;Muistiinpanot\n")
        for number in range(0, 640_000):
            handle.write(line.format(number))
    assert path.stat().st_size > 50 * 1024 * 1024
    seen: list[int] = []
    with pytest.raises(SourceError, match=f"more than {MAX_ROWS} rows"):
        read_source(path, progress=lambda percent, _stage: seen.append(percent))
    assert seen and seen == sorted(seen) and max(seen) < 100


def test_progress_can_cancel_reading(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [["Oy", "", "", "", "", "", ""]] * 5000)

    class Stop(Exception):
        pass

    def cancel(_percent: int, _stage: str) -> None:
        raise Stop

    with pytest.raises(Stop):
        read_source(path, progress=cancel)
