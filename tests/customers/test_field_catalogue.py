"""The field catalogues (models/customer_fields.py) against the ORM, and what derives from
them: adding a plain text field to customers means the model, a migration and one
catalogue line, and every derived piece picks it up."""

from __future__ import annotations

import dataclasses
import re

import pytest
from sqlalchemy import Boolean, Date, Float, Integer, String, Table, Text

from app.customers import records
from app.errors import InvalidRecord
from app.excel.customers_sheet import contacts_sql, customers_sql
from app.excel.fields import recognise_in, sheet_columns
from app.paths import PROJECT_ROOT
from models import catalogues
from models.activity_fields import INTERACTION
from models.customer import SCORE_COLUMNS, Contact, Customer, Interaction
from models.customer_fields import (
    CONTACT,
    CUSTOMER,
    CUSTOMER_LIST,
    ContactRecord,
    CustomerRecord,
)
from models.fields import Catalogue, Field, FieldKind, record_type
from models.governance import ActionItem, DevelopmentProposal
from models.governance_fields import ACTION_ITEM, DEVELOPMENT_PROPOSAL
from models.privacy import ContactConsent
from models.privacy_fields import CONSENT
from models.rules import NAME_MAX
from models.team import Member
from models.team_fields import MEMBER

# Columns no user edits: keys, the sync's UUID, timestamps, the record's owner.
NOT_THE_USERS = {
    "customer": {"id", "uuid", "team_id", "created_at", "updated_at"},
    "contact": {"id", "uuid", "customer_id", "created_at", "updated_at"},
    "interaction": {"id", "uuid", "customer_id", "created_at", "updated_at"},
    "member": {"id", "uuid", "team_id", "created_at", "updated_at"},
    "action_item": {"id", "uuid", "team_id", "created_at", "updated_at"},
    "development_proposal": {"id", "uuid", "team_id", "created_at", "updated_at"},
    "contact_consent": {"id", "uuid", "contact_id", "created_at", "updated_at"},
}
# Declared shorter than the rule takes since migration 0001. SQLite keeps every text whole
# whatever its declared length, so nothing is cut; widening the declaration would rebuild
# the customer table for no change in what is stored. Any other disagreement fails.
DECLARED_SHORTER = {
    ("customer", "city"): 100,
    ("customer", "website"): 300,
    ("development_proposal", "title"): 300,
}
# One-line texts declared as Text since migration 0001 (SQLite stores both alike); the
# catalogue takes them as one line of at most LINE_MAX characters.
DECLARED_AS_TEXT = {
    ("interaction", "outcome"),
    ("interaction", "next_step"),
    ("action_item", "title"),
}
# Required when typed, nullable in the table: the item outlives its owner's removal.
REQUIRED_BY_THE_RULES = {("action_item", "owner_member_id")}
# Kinds that always hold a value (a default code, an empty role list, false): never
# "required", whatever the column's nullability.
ALWAYS_VALUED = {FieldKind.CHOICE, FieldKind.ROLES, FieldKind.BOOL}

CATALOGUES = [
    (CUSTOMER, Customer),
    (CONTACT, Contact),
    (INTERACTION, Interaction),
    (MEMBER, Member),
    (ACTION_ITEM, ActionItem),
    (DEVELOPMENT_PROPOSAL, DevelopmentProposal),
    (CONSENT, ContactConsent),
]
CATALOGUE_IDS = [catalogue.table for catalogue, _model in CATALOGUES]
COLUMN_TYPES = {
    FieldKind.NOTES: Text,
    FieldKind.SCORE: Integer,  # SmallInteger is one
    FieldKind.MONEY: Float,
    FieldKind.REFERENCE: Integer,
    FieldKind.BOOL: Boolean,
    FieldKind.DATE: Date,
}


def _table(model: type) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


@pytest.mark.parametrize(("catalogue", "model"), CATALOGUES, ids=CATALOGUE_IDS)
def test_every_column_is_in_the_catalogue_or_named_as_not_the_users(
    catalogue: Catalogue, model: type
) -> None:
    table = _table(model)
    assert catalogue.table == table.name
    keys = catalogue.field_keys()
    assert len(keys) == len(set(keys)), "a field listed twice"
    assert set(keys).isdisjoint(NOT_THE_USERS[table.name])
    assert set(table.c.keys()) == set(keys) | NOT_THE_USERS[table.name]


@pytest.mark.parametrize(("catalogue", "model"), CATALOGUES, ids=CATALOGUE_IDS)
def test_types_lengths_and_required_agree_with_the_columns(
    catalogue: Catalogue, model: type
) -> None:
    table = _table(model)
    shorter = {}
    for field in catalogue:
        column = table.c[field.key]
        expected = COLUMN_TYPES.get(field.kind, String)
        assert isinstance(column.type, expected), (field.key, column.type)
        if field.kind is not FieldKind.NOTES and expected is String:
            declared_as_text = (table.name, field.key) in DECLARED_AS_TEXT
            assert isinstance(column.type, Text) == declared_as_text, field.key
        length = getattr(column.type, "length", None)
        if field.limit is not None and length is not None and field.limit > length:
            shorter[(table.name, field.key)] = length
        if field.choices is not None:
            assert length is not None and all(len(code) <= length for code in field.choices)
            # No default: an empty choice is refused (a member's role).
            assert field.default is None or field.default in set(field.choices)
        if field.kind is FieldKind.REFERENCE:
            assert {key.column.table.name for key in column.foreign_keys} == {field.refers}
        if field.kind in (FieldKind.TEXT, FieldKind.NOTES):
            assert field.limit is not None, field.key
        always = field.kind in ALWAYS_VALUED
        by_rule = (table.name, field.key) in REQUIRED_BY_THE_RULES
        assert field.required == ((not column.nullable and not always) or by_rule), field.key
    assert shorter == {k: v for k, v in DECLARED_SHORTER.items() if k[0] == table.name}


def test_the_score_fields_are_the_models_score_columns() -> None:
    assert CUSTOMER.of_kind(FieldKind.SCORE) == tuple(CUSTOMER.field(k) for k in SCORE_COLUMNS)
    for field in CUSTOMER.of_kind(FieldKind.SCORE):
        assert field.range == (1, 5)  # the models' check constraints


def test_personal_data_is_marked() -> None:
    """What the privacy work reads: a person's name, how to reach them, title and notes."""
    assert CONTACT.personal() == ("name", "title", "email", "phone", "notes")
    assert CUSTOMER.personal() == ()  # an organisation's
    # Written about a meeting with people: who said what, whom to call next.
    assert INTERACTION.personal() == ("summary", "outcome", "next_step")
    assert MEMBER.personal() == ("name", "email")
    # The team's own work and development log: no notes about a person.
    assert ACTION_ITEM.personal() == DEVELOPMENT_PROPOSAL.personal() == ()
    # What a person said when giving or withdrawing their consent.
    assert CONSENT.personal() == ("note",)


def test_typed_records_hold_the_ids_and_every_catalogue_field() -> None:
    names = [f.name for f in dataclasses.fields(CustomerRecord)]
    assert names == ["id", "uuid", "team_id", *CUSTOMER.field_keys()]
    names = [f.name for f in dataclasses.fields(ContactRecord)]
    assert names == ["id", "uuid", "customer_id", *CONTACT.field_keys()]
    assert CustomerRecord.__dataclass_params__.frozen  # type: ignore[attr-defined]


# Each catalogue module and the contexts it marks strings in: "fields" for the labels, and
# "rules" for the revenue's two messages.
CATALOGUE_MODULES = {
    "customer_fields.py": {"fields", "rules"},
    "activity_fields.py": {"fields"},
    "team_fields.py": {"fields"},
    "governance_fields.py": {"fields", "rules"},  # the required fields' own messages
}


def test_every_field_has_a_one_context_label() -> None:
    for name, contexts in CATALOGUE_MODULES.items():
        source = (PROJECT_ROOT / "models" / name).read_text(encoding="utf-8")
        marked = re.findall(r'QT_TRANSLATE_NOOP\("(\w+)", "', source)
        assert set(marked) == contexts, name
    assert all(field.label for catalogue, _model in CATALOGUES for field in catalogue)


def test_every_catalogue_history_reads_is_held_against_the_orm() -> None:
    assert {catalogue.table for catalogue, _model in CATALOGUES} == set(catalogues.CATALOGUES)


def test_the_list_shows_catalogue_fields() -> None:
    assert set(CUSTOMER_LIST) <= set(CUSTOMER.field_keys())


# --- adding a plain text field: every derived piece picks it up ---------------------------

HOBBY = Field("hobby", FieldKind.TEXT, "Hobby", limit=NAME_MAX, width=18)
WITH_HOBBY = CUSTOMER.plus(HOBBY)


def test_a_new_field_is_validated_by_the_catalogues_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(records, "CUSTOMER", WITH_HOBBY)
    assert records.clean_customer({"hobby": "  Golf "}) == {"hobby": "Golf"}
    with pytest.raises(InvalidRecord) as refused:
        records.clean_customer({"hobby": "x" * (NAME_MAX + 1), "city": "Oulu"})
    assert [e.field for e in refused.value.errors] == ["hobby"]


def test_a_new_field_is_a_column_of_the_workbook_and_recognised_by_the_import() -> None:
    columns = sheet_columns("customers", WITH_HOBBY)
    hobby = next(column for column in columns if column.key == "hobby")
    assert (hobby.header("en"), hobby.width) == ("Hobby", 18)
    assert recognise_in(columns, "HOBBY") == "hobby"
    sql = customers_sql(WITH_HOBBY)
    assert sql.index("c.notes") < sql.index("c.archived") < sql.index("c.hobby")
    assert "p.hobby" in contacts_sql(CONTACT.plus(HOBBY))


def test_a_new_field_is_a_field_of_the_typed_record() -> None:
    made = record_type("R", WITH_HOBBY, [("id", int)], __name__, "")
    assert [f.name for f in dataclasses.fields(made)][-1] == "hobby"


def test_a_new_field_is_named_in_history_and_conflicts(
    monkeypatch: pytest.MonkeyPatch, qapp
) -> None:  # type: ignore[no-untyped-def]
    from views.sync.texts import field_label, value_text

    monkeypatch.setitem(catalogues.CATALOGUES, "customer", WITH_HOBBY)
    assert field_label("hobby", "customer") == "Hobby"
    assert value_text("Golf", "hobby", "customer") == "Golf"


@pytest.mark.gui
def test_a_new_field_has_a_line_in_the_form_with_its_label_and_limit(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from views.customers.record_form import CustomerForm

    class ScratchForm(CustomerForm):
        catalogue = WITH_HOBBY

    form = ScratchForm(ctx)
    qtbot.addWidget(form)
    line = form.texts["hobby"]
    assert line.maxLength() == NAME_MAX
    assert form.form.labelForField(line.parentWidget()).text() == "Hobby"  # type: ignore[union-attr]
    form.texts["hobby"].setText("Golf")
    assert form.collect(new=True)["hobby"] == "Golf"


def test_the_update_writes_a_new_field_through_the_catalogue(
    store, team_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """With the field in the catalogue, update_customer cleans it and edit_fields writes the
    ORM attribute (here the existing `city` under a scratch label stands in for the column
    a migration would add)."""
    cid = records.create_customer(store, team_id, {"name": "Harraste Oy"})
    city = dataclasses.replace(CUSTOMER.field("city"), label="Hometown")
    monkeypatch.setattr(
        records, "CUSTOMER", Catalogue("customer", [f for f in CUSTOMER if f.key != "city"])
    )
    assert records.update_customer(store, cid, {"city": "Oulu"}) == {}  # not in it: unknown
    monkeypatch.setattr(records, "CUSTOMER", CUSTOMER.plus(city))
    assert records.update_customer(store, cid, {"city": " Oulu "}) == {"city": None}


# --- nothing else names a customer field ----------------------------------------------------

# Where a plain customer field may be named by key: its model and migrations, its catalogue,
# and the demo's made-up data (which fills it). Tests and tools are not counted.
ALLOWED = {
    "models/customer.py",
    "models/customer_fields.py",
    "app/demo.py",
}


def test_a_plain_field_is_named_only_by_its_model_catalogue_and_migrations() -> None:
    key = "industry"  # a plain text field of the customer
    sources = [PROJECT_ROOT / "main.py"]
    for top in ("app", "models", "views"):
        sources += sorted((PROJECT_ROOT / top).rglob("*.py"))
    named = set()
    for path in sources:
        rel = path.relative_to(PROJECT_ROOT).as_posix()
        if "/migrations/" not in rel and re.search(rf"\b{key}\b", path.read_text("utf-8")):
            named.add(rel)
    assert named == ALLOWED
