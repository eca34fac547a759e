"""Domain rules, without Qt."""

from __future__ import annotations

from datetime import date

import pytest

from models.rules import (
    NAME_MAX,
    TEXT_MAX,
    LadderLevel,
    ValidationError,
    check_id,
    clean_text,
    customer_potential,
    customer_value,
    format_business_id,
    normalize_business_id,
    normalize_email,
    normalize_phone,
    parse_amount,
    parse_date,
    parse_roles,
    parse_whole,
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0737546-2", "0737546-2"),
        ("737546-2", "0737546-2"),
        (" 1572860-0 ", "1572860-0"),
        ("", None),
    ],
)
def test_valid_business_ids_are_normalised(typed: str, stored: str | None) -> None:
    assert normalize_business_id(typed) == stored


@pytest.mark.parametrize("typed", ["0737546-3", "1234567", "12345678-9", "abcdefg-1", "0737546_2"])
def test_invalid_business_ids_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as error:
        normalize_business_id(typed)
    assert error.value.field == "business_id"


def test_generated_business_ids_pass_the_check() -> None:
    made = [format_business_id(n) for n in range(1_000_000, 1_000_200)]
    valid = [m for m in made if m]
    assert len(valid) > 150  # about 1 in 11 numbers has no valid check digit
    for business_id in valid:
        assert normalize_business_id(business_id) == business_id


def test_email_and_phone() -> None:
    assert normalize_email(" aino@example.fi ") == "aino@example.fi"
    for bad in ("aino@", "aino example.fi", "aino@example", "a@@b.fi", "a@b..fi"):
        with pytest.raises(ValidationError):
            normalize_email(bad)
    assert normalize_phone("+358 40 123 4567") == "+358 40 123 4567"
    for bad in ("123", "040-abc-1234", "+358 40 123 4567 8901 2345"):
        with pytest.raises(ValidationError):
            normalize_phone(bad)


def test_dates_in_both_formats() -> None:
    assert parse_date("23.11.2026") == date(2026, 11, 23)
    assert parse_date("2026-11-23") == date(2026, 11, 23)
    assert parse_date("") is None
    with pytest.raises(ValidationError):
        parse_date("31.2.2026")


def test_roles_are_sorted_and_checked() -> None:
    assert parse_roles("buyer, user,decider") == "user,buyer,decider"
    with pytest.raises(ValidationError) as error:
        parse_roles("user,boss")
    assert "boss" in str(error.value)


def test_ladder_steps() -> None:
    assert LadderLevel.A3.up() is LadderLevel.A2
    assert LadderLevel.A1.up() is None
    assert LadderLevel.A2.down() is LadderLevel.A3


def test_value_weights_follow_the_model() -> None:
    # volume 25 %, profitability 50 %, reference 25 %
    assert customer_value(4, 2, 4) == pytest.approx(3.0)
    assert customer_value(1, 5, 1) == pytest.approx(3.0)
    assert customer_value(None, 4, None) == pytest.approx(4.0)
    assert customer_potential(1, 2, 3) == pytest.approx(2.0)


@pytest.mark.parametrize("typed", ["٠٧٣٧٥٤٦-٢", "０７３７５４６－２", "۰۷۳۷۵۴۶-۲", "0737546–2"])
def test_business_ids_in_other_scripts_are_stored_in_ascii(typed: str) -> None:
    assert normalize_business_id(typed) == "0737546-2"


def test_a_business_id_with_more_after_it_is_refused() -> None:
    with pytest.raises(ValidationError):
        normalize_business_id("0737546-2" + " " * 200 + "x")


@pytest.mark.parametrize("typed", ["nan", "inf", "-inf", "1e309", float("nan"), 10**400, "-5"])
def test_revenue_refuses_what_is_no_finite_amount(typed: object) -> None:
    with pytest.raises(ValidationError) as error:
        parse_amount(typed, "annual_revenue", "no number", "out of range {max}", 1e12)
    assert error.value.field == "annual_revenue"


def test_amounts_as_people_write_them() -> None:
    assert parse_amount("12 000,50 €", "r", "m", "m", 1e12) == 12000.5
    assert parse_amount("١٢٣", "r", "m", "m", 1e12) == 123.0
    assert parse_amount("", "r", "m", "m", 1e12) is None


@pytest.mark.parametrize("typed", [True, 2.5, float("inf"), float("nan"), 10**30, "1e3", "x", 6])
def test_whole_numbers_in_range_only(typed: object) -> None:
    with pytest.raises(ValidationError):
        parse_whole(typed, "dots", 0, 5)


def test_whole_numbers_as_typed() -> None:
    assert [parse_whole(v, "n", 0, 5) for v in (3, 3.0, " 3 ", "٣", "３", None, "")] == [
        3,
        3,
        3,
        3,
        3,
        None,
        None,
    ]


def test_texts_have_a_limit_and_no_control_characters() -> None:
    assert clean_text("  Aino  ", "name") == "Aino"
    assert clean_text("   ", "name") is None
    assert clean_text("a" * NAME_MAX, "name") == "a" * NAME_MAX
    with pytest.raises(ValidationError) as error:
        clean_text("a" * (NAME_MAX + 1), "name")
    assert str(error.value) == "At most 200 characters (this text has 201)."
    for bad in ("a\x00b", "a\ud800", "a\x1bb", "a\nb"):
        with pytest.raises(ValidationError):
            clean_text(bad, "name")
    assert clean_text("rivi 1\nrivi 2\tx", "notes", TEXT_MAX, multiline=True) == "rivi 1\nrivi 2\tx"
    with pytest.raises(ValidationError):
        clean_text("a\x00b", "notes", TEXT_MAX, multiline=True)
    with pytest.raises(ValidationError):
        clean_text("", "name", required=True)


@pytest.mark.parametrize("typed", [date(9999, 1, 1), date(1, 1, 1), "1.1.2101", "31.12.1899"])
def test_dates_outside_the_years_the_app_takes_are_refused(typed: object) -> None:
    with pytest.raises(ValidationError) as error:
        parse_date(typed, "occurred_on")  # type: ignore[arg-type]
    assert "1900" in str(error.value)


@pytest.mark.parametrize("typed", [0, -1, 2**63, True, 1.0, "1", float("inf")])
def test_ids_that_can_name_no_record(typed: object) -> None:
    with pytest.raises(ValidationError):
        check_id(typed, "owner_id")
    assert check_id(None, "owner_id") is None and check_id(5, "owner_id") == 5
