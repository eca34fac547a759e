"""A catalogue field's words in the user's language (models/fields.py: every field label is
marked once, in the context "fields"), and a stored value as a person reads it."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from models.fields import CONTEXT, Catalogue, Field
from models.rules import InteractionType, LadderLevel, MemberRole, SizeClass
from models.vocabulary import ConsentSource
from views.labels import (
    consent_source_label,
    interaction_label,
    level_label,
    member_role_label,
    size_label,
)

# The labels of each vocabulary a choice field takes its codes from.
CHOICE_LABELS: dict[type[StrEnum], Callable[[str], str]] = {
    SizeClass: size_label,
    LadderLevel: level_label,
    InteractionType: interaction_label,
    MemberRole: member_role_label,
    ConsentSource: consent_source_label,
}


def field_label(field: Field) -> str:
    """How forms, history and conflicts name the field ("Size class")."""
    return QCoreApplication.translate(CONTEXT, field.label)


def field_title(field: Field) -> str:
    """The field's column title in a list ("Size")."""
    return QCoreApplication.translate(CONTEXT, field.title)


def column_field(catalogue: Catalogue, column_key: str) -> Field | None:
    """The field a list column shows (a reference by the name it is shown under)."""
    return next((field for field in catalogue if field.column_key == column_key), None)


def choice_text(field: Field, code: str) -> str:
    """A choice field's stored code by its label (the code itself if it has none)."""
    labels = CHOICE_LABELS.get(field.choices) if field.choices else None
    return labels(code) if labels else code
