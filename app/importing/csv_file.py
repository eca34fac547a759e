"""CSV files as Finnish Excel and other tools write them: UTF-8 with or without a BOM,
Windows-1252 (Excel's "CSV" on a Finnish Windows), UTF-16 (Excel's "Unicode text");
separated by ";" (Finnish Excel), "," or a tab. Both are detected and may be overridden."""

from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path

from app.importing.source import (
    Progress,
    ReadOptions,
    Source,
    SourceError,
    sheet_from_rows,
)
from models.rules import QT_TRANSLATE_NOOP

# The encodings offered in the wizard and on the command line, detected ones first.
ENCODINGS = ("utf-8", "cp1252", "utf-16", "iso-8859-15", "mac_roman")
DELIMITERS = (";", ",", "\t")
_SAMPLE_LINES = 50
# Text has no control characters but tab and line breaks: a file that decodes to them is
# in an encoding we did not guess (UTF-16 without its mark, a binary file).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def too_long_field() -> SourceError:
    """A cell longer than Python's csv reader takes: no customer field holds that much; it
    is nearly always a quote left open, which swallows the rest of the file."""
    return SourceError(
        QT_TRANSLATE_NOOP(
            "importing",
            "A cell of the file holds more than {max} characters, more than any customer "
            "field takes. Is a quotation mark left open? Fix the file and import it again.",
        ),
        max=f"{csv.field_size_limit():,}".replace(",", " "),
    )


def unknown_encoding() -> SourceError:
    return SourceError(
        QT_TRANSLATE_NOOP(
            "importing",
            "The file's character encoding is not one Raketti knows (UTF-8, UTF-16 or "
            "Windows-1252). Save it from Excel as “CSV UTF-8” and import that file.",
        )
    )


def detect_encoding(data: bytes) -> str:
    """UTF-16 or UTF-8 by their byte-order mark, UTF-8 when it decodes as such, otherwise
    Windows-1252 when the bytes make text in it; refuse anything else."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise unknown_encoding() from None
    if _CONTROL.search(text):
        raise unknown_encoding()
    return "cp1252"


def decode(data: bytes, encoding: str) -> str:
    """The file's text in `encoding` (UTF-8's byte-order mark dropped); refuse bytes that
    do not belong to it or control characters that show it is the wrong one."""
    codec = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise SourceError(
            QT_TRANSLATE_NOOP(
                "importing",
                "The file is not in the encoding {encoding}: the byte {byte} at position "
                "{position} does not belong to it. Choose another encoding.",
            ),
            encoding=encoding,
            byte=f"0x{data[error.start]:02X}",
            position=error.start,
        ) from None
    except LookupError:
        raise unknown_encoding() from None
    if _CONTROL.search(text):
        raise SourceError(
            QT_TRANSLATE_NOOP(
                "importing",
                "The file does not read as text in the encoding {encoding}. Choose another "
                "encoding, or save the file from Excel as “CSV UTF-8”.",
            ),
            encoding=encoding,
        )
    return text


def detect_delimiter(text: str) -> str:
    """The separator that splits the first lines into the same number of columns, most
    columns first; ";" (Finnish Excel's) when nothing tells."""
    sample = "\n".join(text.splitlines()[:_SAMPLE_LINES])
    best, best_score = ";", (0, 0)
    for candidate in DELIMITERS:
        try:
            rows = csv.reader(io.StringIO(sample), delimiter=candidate)
            widths = [len(row) for row in rows if row]
        except csv.Error:  # a field over the reader's limit: read_csv says so
            continue
        if not widths or widths[0] < 2:
            continue
        score = (sum(1 for w in widths if w == widths[0]), widths[0])
        if score > best_score:
            best, best_score = candidate, score
    return best


def read_csv(path: Path, options: ReadOptions, report: Progress) -> Source:
    data = path.read_bytes()
    encoding = options.encoding or detect_encoding(data)
    text = decode(data, encoding)
    del data
    delimiter = options.delimiter or detect_delimiter(text)
    stream = io.StringIO(text, newline="")
    length = max(len(text), 1)
    try:
        rows = csv.reader(stream, delimiter=delimiter, strict=False)
        sheet = sheet_from_rows(path.stem, rows, report, lambda: stream.tell() * 99 // length)
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            raise too_long_field() from None
        raise SourceError(
            QT_TRANSLATE_NOOP("importing", "The CSV file is malformed: {error}"), error=error
        ) from None
    return Source(path, "csv", sheet, encoding=encoding, delimiter=delimiter)
