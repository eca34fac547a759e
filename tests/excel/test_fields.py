"""The shared column catalogue: every header recognised in both languages, keys unique."""

from __future__ import annotations

import pytest

from app.excel.fields import Sheet, fields, recognise


@pytest.mark.parametrize("sheet", ["customers", "contacts"])
def test_every_header_comes_back_to_its_field(sheet: Sheet) -> None:
    keys = [field.key for field in fields(sheet)]
    assert len(keys) == len(set(keys))
    for field in fields(sheet):
        for language in ("fi", "en"):
            assert recognise(sheet, field.header(language)) == field.key


def test_finnish_list_headers_are_recognised() -> None:
    found = [recognise("customers", h) for h in ["NIMI", "Y-tunnus", "kaupunki ", "Sähköposti"]]
    assert found == ["name", "business_id", "city", "email"]
    assert recognise("customers", "Puhelin") == "phone"
    assert recognise("customers", "Taso") == "ladder_level"
    assert recognise("customers", "Kengännumero") is None
    assert recognise("customers", "   ") is None
