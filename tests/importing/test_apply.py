"""The import's plan and its application: mapping, validation, duplicates and the user's
choices, all or nothing, valid rows only, and one undo step for the whole import."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.customers.contacts import contacts_of, create_contact
from app.customers.records import create_customer, get_customer, update_customer
from app.importing.apply import apply_import
from app.importing.mapping import guess, guess_all, signature, usable
from app.importing.plan import Choice, build_plan
from app.importing.source import ReadOptions, Sheet, read_source
from app.importing.undo import redo_import, undo_import
from app.store import Store
from models.customer import Contact, Customer
from models.segment import CustomerScoreHistory
from tests.import_helpers import ROWS, plan_for, write_csv, write_xlsx


def counts(store: Store) -> tuple[int, int]:
    with store.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Customer)) or 0,
            session.scalar(select(func.count()).select_from(Contact)) or 0,
        )


def test_mapping_recognises_finnish_and_english_headers() -> None:
    sheet = Sheet("x", ["Nimi", "Y-tunnus", "KAUPUNKI", "e-mail", "Puh.", "Taso", "Nimi", "?"])
    assert guess(sheet, "customers") == [
        "name",
        "business_id",
        "city",
        "email",
        "phone",
        "ladder_level",
        None,  # a field is filled by its first column only
        None,
    ]
    english = Sheet("x", ["Company", "Business ID", "Town", "Level", "Owner", "Contact person"])
    assert guess(english, "customers") == [
        "name",
        "business_id",
        "city",
        "ladder_level",
        "owner",
        "contact_name",
    ]
    headers = ["Nimi", "Kaupunki"]
    assert signature("customers", headers) == signature("customers", ["nimi ", "KAUPUNKI"])
    assert signature("customers", headers) != signature("contacts", headers)
    assert usable("customers", ["name", None], headers) == ["name", None]
    assert usable("customers", ["name"], headers) is None  # the file has other columns now
    assert usable("customers", ["name", "nonsense"], headers) is None


def test_flat_list_imports_customers_with_one_contact(
    store: Store, team_id: int, tmp_path: Path
) -> None:
    plan = plan_for(store, team_id, write_csv(tmp_path / "l.csv", ROWS, encoding="cp1252"))
    assert [row.problems for row in plan.rows] == [[], [], []]
    report, undo = apply_import(store, plan)
    assert report.complete and report.count("imported") == 3 and report.contacts == 1
    with store.read() as session:
        first = session.scalars(select(Customer).where(Customer.name == "Kahvila Äijälä Oy")).one()
        assert (first.business_id, first.city, first.ladder_level) == (
            "0737546-2",
            "Jyväskylä",
            "A2",
        )
        contact = session.scalars(select(Contact)).one()
        assert (contact.name, contact.email, contact.phone) == (
            "Aino",
            "aino@aijala.fi",
            "040 123 4567",
        )
        levels = session.scalars(select(Customer.ladder_level).order_by(Customer.name)).all()
    assert levels == ["A2", "A3", "A1"]  # "a1" read as A1; empty as A3
    assert undo is not None and len(undo.created) == 3


def test_bad_row_stops_everything_and_valid_only_imports_the_rest(
    store: Store, team_id: int, tmp_path: Path
) -> None:
    rows = [*ROWS, ["Väärä Oy", "1234567-8", "Oulu", "ei-osoite", "12", "A4", ""]]
    path = write_xlsx(tmp_path / "list.xlsx", rows)
    plan = plan_for(store, team_id, path)
    bad = plan.rows[3]
    assert {(p.field, p.error.message) for p in bad.problems} == {
        ("business_id", "The check digit of the business ID does not match."),
        ("email", "The e-mail address should look like name@example.fi."),
        ("phone", "A phone number has 6–15 digits, optionally +, spaces and hyphens."),
        ("ladder_level", "Unknown value: {value}"),
    }
    assert bad.line == 5
    report, undo = apply_import(store, plan)
    assert report.refused and undo is None and not report.complete
    assert counts(store) == (0, 0)  # the database is unchanged
    report, undo = apply_import(store, plan, valid_only=True)
    assert report.count("imported") == 3 and report.count("invalid") == 1
    assert not report.complete  # not everything asked for was imported
    assert counts(store) == (3, 1)


def test_skipping_the_bad_row_by_choice_is_a_complete_import(
    store: Store, team_id: int, tmp_path: Path
) -> None:
    rows = [*ROWS, ["", "", "Oulu", "", "", "", ""]]  # no name
    plan = plan_for(store, team_id, write_csv(tmp_path / "l.csv", rows))
    assert plan.rows[3].problems[0].field == "name"
    assert plan.choose(3, Choice.SKIP)
    report, _undo = apply_import(store, plan)
    assert report.complete and report.count("imported") == 3


def test_duplicates_and_the_choices(store: Store, team_id: int, tmp_path: Path) -> None:
    existing = create_customer(
        store,
        team_id,
        {"name": "Kahvila Äijälä Oy", "business_id": "0737546-2", "city": "Jyväskylä"},
    )
    similar = create_customer(store, team_id, {"name": "Leipomo Akerlund", "city": "Turku"})
    rows = [
        *ROWS,
        ["Sähkö Öhman", "", "Tampere", "", "", "", ""],  # repeats row 3 of the file
        ["Leipomo Åkerlund Oy", "", "Helsinki", "", "", "", ""],  # another city: new
    ]
    plan = plan_for(store, team_id, write_csv(tmp_path / "l.csv", rows))
    by_id, fresh, fuzzy, in_file, elsewhere = plan.rows
    assert by_id.duplicate is not None and by_id.duplicate.reason == "business_id"
    assert by_id.duplicate.customer_id == existing
    assert by_id.allowed == (Choice.SKIP, Choice.UPDATE) and by_id.choice is Choice.SKIP
    assert not plan.choose(0, Choice.NEW)  # a second customer with one business ID: never
    assert fresh.duplicate is None and fresh.choice is Choice.NEW
    assert fuzzy.duplicate is not None and fuzzy.duplicate.customer_id == similar
    assert fuzzy.duplicate.reason == "name" and fuzzy.choice is Choice.SKIP
    assert in_file.duplicate is not None and in_file.duplicate.line == 3
    assert in_file.allowed == (Choice.SKIP, Choice.NEW)
    assert elsewhere.duplicate is None
    assert plan.choose(0, Choice.UPDATE) and plan.choose(2, Choice.NEW)
    report, undo = apply_import(store, plan)
    assert report.actions == ["updated", "imported", "imported", "skipped", "imported"]
    updated = get_customer(store, existing)
    assert updated is not None and updated.ladder_level == "A2"
    assert [c.name for c in contacts_of(store, existing)] == ["Aino"]
    assert counts(store) == (5, 1)
    # One undo step takes back the whole import: new rows, the update, the added contact.
    assert undo is not None
    redo = undo_import(store, undo)
    assert counts(store) == (2, 0)
    back = get_customer(store, existing)
    assert back is not None and back.ladder_level == "A3"
    again = redo_import(store, redo)
    assert counts(store) == (5, 1)
    assert sorted(again.created) == sorted(undo.created)
    undo_import(store, again)
    assert counts(store) == (2, 0)


def test_update_changes_only_given_cells(store: Store, team_id: int, tmp_path: Path) -> None:
    existing = create_customer(
        store,
        team_id,
        {
            "name": "Sähkö Öhman Ky",
            "business_id": "1572860-0",
            "industry": "Sähkö",
            "city": "Tampere",
        },
    )
    create_contact(store, existing, {"name": "Olli Öhman"})
    path = write_csv(
        tmp_path / "l.csv",
        [["Sähkö Öhman Ky", "1572860-0", "", "olli@ohman.fi", "", "", "Olli Öhman"]],
    )
    plan = plan_for(store, team_id, path)
    plan.choose_for_duplicates(Choice.UPDATE)
    report, undo = apply_import(store, plan)
    customer = get_customer(store, existing)
    assert customer is not None
    assert (customer.city, customer.industry) == ("Tampere", "Sähkö")  # empty: unchanged
    assert report.contacts == 0  # Olli is there already
    assert undo is not None and undo.previous == {}


def test_free_uuid_is_kept_and_taken_one_is_a_duplicate(
    store: Store, team_id: int, tmp_path: Path
) -> None:
    taken = create_customer(store, team_id, {"name": "Vanha Oy"})
    taken_uuid = get_customer(store, taken).uuid
    free = str(uuid.uuid4())
    header = ["Tunniste", "Nimi"]
    path = write_csv(
        tmp_path / "l.csv", [[free, "Uusi Oy"], [taken_uuid, "Vanha Oy"], ["17", "Oma"]], header
    )
    plan = plan_for(store, team_id, path)
    assert plan.rows[0].uuid == free
    assert plan.rows[1].duplicate is not None and plan.rows[1].duplicate.reason == "uuid"
    assert plan.rows[2].uuid is None and not plan.rows[2].problems  # "17" is no Raketti ID
    apply_import(store, plan)
    with store.read() as session:
        assert session.scalar(select(Customer.name).where(Customer.uuid == free)) == "Uusi Oy"


def test_owner_referrer_booleans_scores(store: Store, team_id: int, tmp_path: Path) -> None:
    header = ["Nimi", "Vastuuhenkilö", "Suosittelija", "Arkistoitu", "Volyymi", "Kokoluokka"]
    rows = [
        ["Eka Oy", "aino laine", "", "ei", "4", "Pieni"],
        ["Toka Oy", "Eetu Niemi", "Eka Oy", "kyllä", "", "medium"],
        ["Kolmas Oy", "Tuntematon", "Ei ole", "ehkä", "9", "jättimäinen"],
    ]
    plan = plan_for(store, team_id, write_csv(tmp_path / "l.csv", rows, header))
    assert not plan.rows[0].problems and not plan.rows[1].problems
    assert {p.field for p in plan.rows[2].problems} == {
        "owner",
        "referred_by",
        "archived",
        "value_volume",
        "size_class",
    }
    apply_import(store, plan, valid_only=True)
    with store.read() as session:
        first, second = session.scalars(select(Customer).order_by(Customer.name)).all()
        assert (first.archived, first.value_volume, first.size_class) == (False, 4, "small")
        assert second.archived and second.referred_by_customer_id == first.id
        assert second.size_class == "medium" and second.owner_id is not None
        assert session.scalar(select(func.count()).select_from(CustomerScoreHistory)) == 1


def test_ten_thousand_rows_one_bad(store: Store, team_id: int, tmp_path: Path) -> None:
    rows = [[f"Asiakas {n:05d} Oy", "", f"Kunta {n % 50}", "", "", "A3", ""] for n in range(10_000)]
    rows[6543][3] = "rikki@"
    path = write_csv(tmp_path / "l.csv", rows, encoding="utf-8-sig", delimiter=",")
    seen: list[int] = []
    source = read_source(path)
    plan = build_plan(store, team_id, source, guess_all(source), lambda p, _s: seen.append(p))
    assert [row.line for row in plan.rows if row.bad] == [6545]
    assert seen[-1] == 100
    report, _undo = apply_import(store, plan)
    assert report.refused and counts(store) == (0, 0)
    report, undo = apply_import(store, plan, valid_only=True, progress=lambda p, _s: seen.append(p))
    assert report.count("imported") == 9_999 and counts(store) == (9_999, 0)
    assert undo is not None
    undo_import(store, undo)
    assert counts(store) == (0, 0)


def test_cancelling_rolls_the_import_back(store: Store, team_id: int, tmp_path: Path) -> None:
    rows = [[f"Asiakas {n} Oy", "", "", "", "", "", ""] for n in range(2000)]
    plan = plan_for(store, team_id, write_csv(tmp_path / "l.csv", rows))

    class Cancelled(Exception):
        pass

    def cancel(percent: int, _stage: str) -> None:
        if percent > 20:
            raise Cancelled

    with pytest.raises(Cancelled):
        apply_import(store, plan, progress=cancel)
    assert counts(store) == (0, 0)


def test_business_id_taken_after_the_check_refuses(
    store: Store, team_id: int, tmp_path: Path
) -> None:
    from app.importing.source import SourceError

    plan = plan_for(store, team_id, write_csv(tmp_path / "l.csv", ROWS))
    create_customer(store, team_id, {"name": "Ehti ensin", "business_id": "0737546-2"})
    with pytest.raises(SourceError, match="Ehti ensin has the business ID 0737546-2"):
        apply_import(store, plan)
    assert counts(store) == (1, 0)


def test_undo_after_a_later_edit_still_takes_the_import_back(
    store: Store, team_id: int, tmp_path: Path
) -> None:
    plan = plan_for(store, team_id, write_csv(tmp_path / "l.csv", ROWS))
    _report, undo = apply_import(store, plan)
    assert undo is not None
    update_customer(store, undo.created[0], {"notes": "Soitettu"})
    create_contact(store, undo.created[1], {"name": "Uusi Henkilö"})
    undo_import(store, undo)
    assert counts(store) == (0, 0)


def test_other_team_business_id_is_a_problem(store: Store, team_id: int, tmp_path: Path) -> None:
    from app import teams

    other = teams.create_team(store, "Toinen")
    create_customer(store, other, {"name": "Toisen asiakas", "business_id": "0737546-2"})
    plan = plan_for(store, team_id, write_csv(tmp_path / "l.csv", ROWS))
    assert plan.rows[0].problems[0].error.message == "{name} already has this business ID."
    assert plan.rows[0].duplicate is None


def test_read_options_reach_the_plan(store: Store, team_id: int, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "l.csv", ROWS, encoding="cp1252", delimiter=",")
    plan = plan_for(store, team_id, path, encoding="cp1252", delimiter=",")
    assert plan.rows[0].name == "Kahvila Äijälä Oy"
    assert read_source(path, ReadOptions(delimiter=",")).customers.headers[1] == "Y-tunnus"
