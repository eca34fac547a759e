"""Domain rules, without Qt."""

from __future__ import annotations

from datetime import date

import pytest

from models.rules import (
    LadderLevel,
    ValidationError,
    customer_potential,
    customer_value,
    format_business_id,
    normalize_business_id,
    normalize_email,
    normalize_phone,
    parse_date,
    parse_roles,
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
