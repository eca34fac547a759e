"""Catalogue files no coach writes are refused with a sentence, before anything is stored."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.errors import InvalidRecord
from app.rocket.catalogue import default_catalogue, dump_catalogue, load_catalogue, parse_catalogue
from app.rocket.catalogue_check import FILE_MAX_BYTES
from app.rocket.exchange import import_catalogue
from app.rocket.processes import list_processes
from app.store import Store


def _doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(dump_catalogue(default_catalogue()))
    return doc


def _refused(text: str) -> list[str]:
    with pytest.raises(InvalidRecord) as info:
        parse_catalogue(text)
    return [str(error) for error in info.value.errors]


def test_deep_nesting_is_refused_without_recursion_error() -> None:
    doc = _doc()
    text = json.dumps(doc).replace('"checklist": [', '"checklist": [' + "[" * 100_000, 1)
    (message,) = _refused(text + "]" * 100_000)
    assert "nested deeper" in message


def test_brackets_inside_texts_are_no_nesting() -> None:
    doc = _doc()
    doc["processes"][0]["description"]["fi"] = "[[[[[[[[{{{{{{{{ ei sisäkkäisyyttä"
    assert parse_catalogue(json.dumps(doc))[0].description_fi.startswith("[[[[")


def test_huge_order_is_refused_and_import_writes_nothing(
    store: Store, team_id: int, tmp_path: Path
) -> None:
    before = list_processes(store, team_id)
    doc = _doc()
    doc["processes"][0]["order"] = 10**30  # OverflowError in SQLite before
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InvalidRecord) as info:
        import_catalogue(store, team_id, path)
    assert "order must be a number from 0 to" in str(info.value)
    assert list_processes(store, team_id) == before


def test_a_number_of_thousands_of_digits_is_refused() -> None:
    text = json.dumps(_doc()).replace('"order": 1', '"order": ' + "9" * 5000, 1)
    (message,) = _refused(text)
    assert "number" in message


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    doc = _doc()
    doc["processes"][0]["description"]["fi"] = "x" * (FILE_MAX_BYTES + 1)
    path = tmp_path / "big.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InvalidRecord) as info:
        load_catalogue(path)
    assert "a catalogue is at most 1000 kB" in str(info.value)


def test_too_many_processes_or_checklist_items() -> None:
    doc = _doc()
    template = doc["processes"][0]
    doc["processes"] = [{**template, "code": f"P{n}"} for n in range(201)]
    (message,) = _refused(json.dumps(doc))
    assert "201 processes; a catalogue has at most 200" in message
    doc = _doc()
    doc["processes"][0]["checklist"] = [{"fi": f"Askel {n}"} for n in range(101)]
    (message,) = _refused(json.dumps(doc))
    assert "101 checklist items" in message


def test_codes_differing_only_in_case_are_refused() -> None:
    doc = _doc()
    doc["processes"][1]["code"] = doc["processes"][0]["code"].lower()  # y1 next to Y1
    (message,) = _refused(json.dumps(doc, indent=2))
    assert "y1 differs from Y1" in message and "only in case" in message


def test_a_code_differing_from_the_teams_only_in_case_is_refused(
    store: Store, team_id: int, tmp_path: Path
) -> None:
    before = list_processes(store, team_id)
    doc = _doc()
    doc["processes"] = [{**doc["processes"][10], "code": "b1"}]  # the team has B1
    path = tmp_path / "b1.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InvalidRecord) as info:
        import_catalogue(store, team_id, path)
    assert "b1 differs from B1" in str(info.value)
    assert list_processes(store, team_id) == before


def test_retired_as_a_string_is_refused() -> None:
    doc = _doc()
    doc["processes"][2]["retired"] = "false"  # read as retired before
    (message,) = _refused(json.dumps(doc, indent=2))
    assert "retired is true or false without quotes" in message


@pytest.mark.parametrize(
    ("where", "value", "expected"),
    [
        ("name", "N" * 201, "at most 200 characters"),
        ("description", "D" * 10_001, "at most 10000 characters"),
        ("name", "Nimi\u0000", "control character (U+0000)"),
    ],
)
def test_texts_over_their_limit_or_with_control_characters(
    where: str, value: str, expected: str
) -> None:
    doc = _doc()
    doc["processes"][4][where]["fi"] = value
    (message,) = _refused(json.dumps(doc, indent=2))
    assert expected in message and f"(processes[4].{where})" in message
