"""A person's data exported (app/privacy/export.py, `main.py privacy export`): the
workbook and the JSON hold every contact field by the catalogue, the interactions they took
part in (not the others), feedback, satisfaction, roles, consent and history; finding a
contact by UUID or e-mail; the command's exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

import main
from app.errors import InvalidRecord
from app.paths import Paths
from app.privacy.export import export_person
from app.privacy.find import find_contact
from app.store import Store
from models.customer_fields import CONTACT
from tests.privacy.helpers import a_person


def test_the_json_holds_everything_with_stable_keys(
    store: Store, team_id: int, tmp_path: Path
) -> None:
    person = a_person(store, team_id)
    path = export_person(store, person.contact_id, tmp_path / "liisa.json", "en").uuid
    assert path == person.uuid
    text = (tmp_path / "liisa.json").read_text("utf-8")
    assert "Pitää ruisleivästä" in text  # UTF-8 as it is, not \\u escapes
    data = json.loads(text)
    assert data["about"]["person"] == "Liisa Lampi" and data["about"]["uuid"] == person.uuid
    sections = data["sections"]
    assert list(sections) == [
        "contact", "roles", "interactions", "feedback", "satisfaction", "risk", "consent",
        "history",
    ]  # fmt: skip
    fields = {row["key"]: row for row in sections["contact"]["rows"]}
    # Every catalogue field, with its personal flag from the catalogue; the customer by name.
    assert set(CONTACT.field_keys()) | {"customer"} == set(fields)
    assert {k for k, row in fields.items() if row["personal"]} == set(CONTACT.personal())
    assert fields["email"]["value"] == "Liisa.Lampi@example.fi"
    assert fields["customer"]["value"] == "Lammen Leipä Oy"
    assert fields["email"]["field"] == "E-mail"
    assert [r["role"] for r in sections["roles"]["rows"]] == ["buyer", "decider"]
    (meeting,) = sections["interactions"]["rows"]  # only the one they took part in
    assert meeting["occurred_on"] == "2025-03-04" and meeting["summary"] == "Liisa kertoi tarpeista"
    assert sections["feedback"]["rows"][0]["happened"] == "Kiitos Liisalta"
    assert sections["satisfaction"]["rows"][0]["nps"] == 9
    assert sections["history"]["rows"]  # without sync: the record's own times


def test_the_workbook_is_readable_and_printable_in_finnish(
    store: Store, team_id: int, tmp_path: Path
) -> None:
    person = a_person(store, team_id)
    path = tmp_path / "liisa.xlsx"
    export_person(store, person.contact_id, path, "fi")
    book = load_workbook(path)
    assert len(book.sheetnames) == 9
    about = book.worksheets[0]
    assert "Liisa Lampi" in str(about["A1"].value)
    details = book.worksheets[1]
    rows = {r[0]: r[1:] for r in details.iter_rows(min_row=2, values_only=True)}
    assert rows["Sähköposti"] == ("Liisa.Lampi@example.fi", "kyllä")
    for sheet in book.worksheets[1:]:
        assert sheet.print_title_rows == "$1:$1"
        assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    interactions = book.worksheets[3]
    assert interactions["A1"].value == "Päivämäärä"
    assert interactions["C2"].value == "Liisa kertoi tarpeista"


def test_a_contact_is_found_by_uuid_or_by_e_mail_in_any_case(store: Store, team_id: int) -> None:
    person = a_person(store, team_id)
    with store.read() as session:
        assert find_contact(session, person.uuid) == person.contact_id
        assert find_contact(session, " liisa.lampi@EXAMPLE.fi ") == person.contact_id
        for text, message in (
            ("", "Give a contact's UUID"),
            ("nobody@example.fi", "No contact has the e-mail address nobody@example.fi."),
            ("00000000-0000-0000-0000-000000000000", "No contact has the UUID"),
        ):
            with pytest.raises(InvalidRecord, match=message):
                find_contact(session, text)


def test_several_contacts_with_one_e_mail_are_listed_with_their_customer(
    store: Store, team_id: int
) -> None:
    a_person(store, team_id, "jaettu@example.fi")
    a_person(store, team_id, "JAETTU@example.fi")
    with store.read() as session, pytest.raises(InvalidRecord) as refused:
        find_contact(session, "jaettu@example.fi")
    assert "Several contacts" in str(refused.value)
    assert str(refused.value).count("Liisa Lampi (Lammen Leipä Oy, ") == 2


def test_the_command_writes_the_file_and_refuses_in_one_line(
    store: Store, team_id: int, paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    expect_log,  # type: ignore[no-untyped-def]
) -> None:  # fmt: skip
    a_person(store, team_id)
    db = str(paths.default_database)
    out = tmp_path / "out.json"
    argv = ["privacy", "export", "--db", db, "--contact", "liisa.lampi@example.fi"]
    assert main.main([*argv, "--out", str(out), "--lang", "en"]) == 0
    assert json.loads(out.read_text("utf-8"))["about"]["person"] == "Liisa Lampi"
    assert "wrote" in capsys.readouterr().out
    with expect_log("privacy export refused"):
        bad = ["privacy", "export", "--db", db, "--contact", "x@example.fi", "--out", str(out)]
        assert main.main(bad) == 2
    error = capsys.readouterr().err
    assert error.startswith("raketti: No contact has the e-mail address") and error.count("\n") == 1
    with expect_log("must end in .xlsx or .json"):
        assert main.main([*argv, "--out", str(tmp_path / "out.txt")]) == 2
    assert not (tmp_path / "out.txt").exists()
