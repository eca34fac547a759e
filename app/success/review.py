"""The customer review: the source's interview guide (seed 003, appendix 1: value received,
expectations, disappointments and successes, when support is needed most, preferred
channels) as a template, saved as a meeting in the customer's timeline."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from app.customers.interactions import delete_interaction, log_interaction, restore_interaction
from app.deletion import RowSnapshot
from app.errors import InvalidRecord
from app.paths import RESOURCES
from app.store import Store
from models.rules import QT_TRANSLATE_NOOP, InteractionType, ValidationError


@dataclass(frozen=True)
class Question:
    key: str
    text: str


@cache
def _template() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (RESOURCES / "success" / "review.json").read_text(encoding="utf-8")
    )
    return data


def questions(language: str) -> list[Question]:
    return [Question(q["key"], q[language]) for q in _template()["questions"]]


def title(language: str) -> str:
    return str(_template()["title"][language])


def compose(answers: dict[str, str], language: str) -> str:
    """The review as the interaction's text: the title, then each answered question."""
    parts = [title(language)]
    for question in questions(language):
        answer = (answers.get(question.key) or "").strip()
        if answer:
            parts.append(f"{question.text}\n{answer}")
    return "\n\n".join(parts)


def save_review(
    store: Store,
    customer_id: int,
    answers: dict[str, str],
    language: str,
    occurred_on: date | None = None,
    member_ids: list[int] | None = None,
    contact_ids: list[int] | None = None,
    next_step: str | None = None,
    next_step_due: date | None = None,
) -> int:
    """Save the review as a meeting; return the interaction's id (undo: `withdraw_review`)."""
    if not any((a or "").strip() for a in answers.values()):
        raise InvalidRecord(
            [
                ValidationError(
                    "answers", QT_TRANSLATE_NOOP("rules", "Answer at least one question.")
                )
            ]
        )
    data = {
        "kind": InteractionType.MEETING.value,
        "occurred_on": occurred_on or date.today(),
        "summary": compose(answers, language),
        "next_step": next_step,
        "next_step_due": next_step_due,
    }
    return log_interaction(store, customer_id, data, member_ids, contact_ids)


def withdraw_review(store: Store, interaction_id: int) -> RowSnapshot:
    return delete_interaction(store, interaction_id)


def restore_review(store: Store, snapshot: RowSnapshot) -> int:
    return restore_interaction(store, snapshot)
