"""The process catalogue: the shipped file, validation with line and field, round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import InvalidRecord
from app.rocket.catalogue import DEFAULT_FILE, default_catalogue, dump_catalogue, parse_catalogue
from app.rocket.exchange import export_catalogue, import_catalogue
from app.rocket.process_edits import add_process, retire_process, update_process
from app.rocket.processes import list_processes
from app.store import Store

SOURCE_CODES = ["Y1", "Y2", "Y3", "J1", "A3", "J2", "I1", "A2", "I2", "A1", "B1", "B2"]


def test_default_catalogue_has_the_twelve_processes_in_four_levels() -> None:
    catalogue = default_catalogue()
    assert [p.code for p in catalogue] == SOURCE_CODES
    assert [p.level for p in catalogue] == [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]
    for p in catalogue:
        assert p.name_fi and p.name_en and p.description_fi and p.description_en
        assert all(p.dots_fi) and all(p.dots_en), p.code
        assert p.checklist and all(fi and en for fi, en in p.checklist)
    assert json.loads(DEFAULT_FILE.read_text(encoding="utf-8"))["version"] == 1


def test_dump_and_parse_round_trip() -> None:
    catalogue = default_catalogue()
    assert parse_catalogue(dump_catalogue(catalogue)) == catalogue


def _errors(text: str) -> list:
    with pytest.raises(InvalidRecord) as info:
        parse_catalogue(text)
    return info.value.errors


def test_malformed_json_names_the_line() -> None:
    text = dump_catalogue(default_catalogue()).replace('"level": 2,', '"level": 2,,', 1)
    (error,) = _errors(text)
    assert error.field == "file"
    expected = text.splitlines().index(next(ln for ln in text.splitlines() if ",," in ln)) + 1
    assert error.args_["line"] == expected
    assert f"Line {expected}" in str(error)


def test_duplicate_codes_and_bad_levels_name_line_and_field() -> None:
    text = dump_catalogue(default_catalogue())
    text = text.replace('"code": "J2"', '"code": "Y1"').replace('"level": 4', '"level": 7', 1)
    errors = {e.field: e for e in _errors(text)}
    assert set(errors) == {"processes[5].code", "processes[9].level"}
    lines = text.splitlines()
    dup_line = errors["processes[5].code"].args_["line"]
    assert '"Y1"' in lines[dup_line - 1]
    assert errors["processes[5].code"].args_["first"] == 6  # the original Y1
    level_line = errors["processes[9].level"].args_["line"]
    assert '"level": 7' in lines[level_line - 1]
    assert "(found 7)" in str(errors["processes[9].level"])


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d.update(format="something"), "format"),
        (lambda d: d.update(version=99), "version"),
        (lambda d: d.update(processes=[]), "processes"),
        (lambda d: d["processes"][2].pop("name"), "processes[2].name"),
        (lambda d: d["processes"][1].update(code="Y 2!"), "processes[1].code"),
        (lambda d: d["processes"][0]["dots"].update({"4": "too many"}), "processes[0].dots"),
        (
            lambda d: d["processes"][3].update(checklist=[{"en": "no Finnish"}]),
            "processes[3].checklist[0]",
        ),
        (lambda d: d["processes"][3].update(level=True), "processes[3].level"),
    ],
)
def test_each_kind_of_bad_field_is_refused(change, field: str) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(dump_catalogue(default_catalogue()))
    change(doc)
    errors = _errors(json.dumps(doc, indent=2))
    assert [e.field for e in errors] == [field]
    assert str(errors[0]).startswith("Line ")


def test_export_import_round_trip_keeps_edits(store: Store, team_id: int, tmp_path: Path) -> None:
    update_process(store, team_id, "A3", name_fi="Asiakaspotentiaali (muokattu)")
    add_process(store, team_id, "B3", 4, "Kansainvälistyminen", "Going international")
    retire_process(store, team_id, "I2")
    target = tmp_path / "catalogue.json"
    assert export_catalogue(store, team_id, target) == 13

    from app import teams
    from app.rocket import exchange as other  # the same functions, another team
    from app.rocket import processes as store_team

    second = teams.create_team(store, "Toinen tiimi")
    summary = other.import_catalogue(store, second, target)
    assert summary.added == ["B3"] and len(summary.updated) == 12
    by_code = {p.code: p for p in store_team.list_processes(store, second, include_retired=True)}
    assert by_code["A3"].name_fi == "Asiakaspotentiaali (muokattu)"
    assert by_code["I2"].retired and not by_code["B3"].retired
    assert by_code["B3"].level == 4


def test_bad_import_writes_nothing(store: Store, team_id: int, tmp_path: Path) -> None:
    before = list_processes(store, team_id, include_retired=True)
    text = dump_catalogue(default_catalogue()).replace(
        '"name": {\n        "fi": "Tiimioppimisprosessi"', '"name": {\n        "fi": "Uusi nimi"'
    )
    text = text.replace('"level": 3', '"level": 0', 1)
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidRecord) as info:
        import_catalogue(store, team_id, bad)
    assert info.value.errors[0].field.endswith(".level")
    assert list_processes(store, team_id, include_retired=True) == before


def test_unreadable_file_is_refused(store: Store, team_id: int, tmp_path: Path) -> None:
    with pytest.raises(InvalidRecord) as info:
        import_catalogue(store, team_id, tmp_path / "missing.json")
    assert info.value.errors[0].field == "file"
