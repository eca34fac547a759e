"""Team sync's words: the engine's messages (English templates in the "sync" context),
the names of tables and fields, and values, as the user reads them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from app.errors import InvalidRecord
from app.sync.api import Message, SetAside, SyncError
from models.catalogues import field_of
from models.fields import FieldKind
from models.rules import QT_TRANSLATE_NOOP, ValidationError
from views.field_labels import choice_text
from views.field_labels import field_label as catalogue_label
from views.labels import error_text

CONTEXT = "sync"

TABLES = {
    "team_company": QT_TRANSLATE_NOOP("SyncTexts", "Team company"),
    "member": QT_TRANSLATE_NOOP("SyncTexts", "Member"),
    "customer": QT_TRANSLATE_NOOP("SyncTexts", "Customer"),
    "contact": QT_TRANSLATE_NOOP("SyncTexts", "Contact"),
    "interaction": QT_TRANSLATE_NOOP("SyncTexts", "Interaction"),
    "meeting": QT_TRANSLATE_NOOP("SyncTexts", "Meeting"),
    "meeting_series": QT_TRANSLATE_NOOP("SyncTexts", "Meeting series"),
    "ladder_move": QT_TRANSLATE_NOOP("SyncTexts", "Ladder move"),
    "rocket_score": QT_TRANSLATE_NOOP("SyncTexts", "Rocket score"),
    "rocket_process": QT_TRANSLATE_NOOP("SyncTexts", "Rocket process"),
    "action_item": QT_TRANSLATE_NOOP("SyncTexts", "Action item"),
    "development_proposal": QT_TRANSLATE_NOOP("SyncTexts", "Development proposal"),
    "segmentation": QT_TRANSLATE_NOOP("SyncTexts", "Segmentation"),
    "segment": QT_TRANSLATE_NOOP("SyncTexts", "Segment"),
    "customer_goal": QT_TRANSLATE_NOOP("SyncTexts", "Customer goal"),
    "customer_success": QT_TRANSLATE_NOOP("SyncTexts", "Customer success"),
    "feedback": QT_TRANSLATE_NOOP("SyncTexts", "Feedback"),
    "journey": QT_TRANSLATE_NOOP("SyncTexts", "Journey map"),
}

# The names of the columns no catalogue describes (the fields of the records a catalogue
# describes are named by it: models/catalogues.py).
FIELDS = {
    "_created": QT_TRANSLATE_NOOP("SyncTexts", "(created)"),
    "_deleted": QT_TRANSLATE_NOOP("SyncTexts", "(deleted)"),
    "name": QT_TRANSLATE_NOOP("SyncTexts", "Name"),
    "team_id": QT_TRANSLATE_NOOP("SyncTexts", "Team company"),
    "customer_id": QT_TRANSLATE_NOOP("SyncTexts", "Customer"),
    "title": QT_TRANSLATE_NOOP("SyncTexts", "Title"),
    "roles": QT_TRANSLATE_NOOP("SyncTexts", "Roles"),
    "outcome": QT_TRANSLATE_NOOP("SyncTexts", "Outcome"),
    "next_step": QT_TRANSLATE_NOOP("SyncTexts", "Next step"),
    "next_step_due": QT_TRANSLATE_NOOP("SyncTexts", "Next step due"),
    "kind": QT_TRANSLATE_NOOP("SyncTexts", "Kind"),
    "status": QT_TRANSLATE_NOOP("SyncTexts", "Status"),
    "goal": QT_TRANSLATE_NOOP("SyncTexts", "Goal"),
    "minutes": QT_TRANSLATE_NOOP("SyncTexts", "Minutes"),
    "decisions": QT_TRANSLATE_NOOP("SyncTexts", "Decisions"),
    "agenda": QT_TRANSLATE_NOOP("SyncTexts", "Agenda"),
    "held_on": QT_TRANSLATE_NOOP("SyncTexts", "Held on"),
    "description": QT_TRANSLATE_NOOP("SyncTexts", "Description"),
    "dots": QT_TRANSLATE_NOOP("SyncTexts", "Dots"),
    "comment": QT_TRANSLATE_NOOP("SyncTexts", "Comment"),
}


def _marked(text: str) -> str:
    """A text marked above with QT_TRANSLATE_NOOP("SyncTexts", …), translated."""
    return QCoreApplication.translate("SyncTexts", text)


def message_text(message: Message) -> str:
    """One of the engine's messages, translated, its values filled in."""
    args = dict(message.args)
    why = args.get("why")
    if isinstance(why, str):
        args["why"] = QCoreApplication.translate(CONTEXT, why)
    return QCoreApplication.translate(CONTEXT, message.text).format(**args)


def failure_text(error: Exception) -> str:
    """Why a sync (or a settings change) could not be done, as one sentence; never a
    traceback."""
    if isinstance(error, SyncError):
        return QCoreApplication.translate(CONTEXT, error.message).format(**error.args_)
    if isinstance(error, InvalidRecord):
        return " ".join(error_text(e) for e in error.errors)
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        return QCoreApplication.translate(
            "SyncTexts", "The shared folder could not be used: {reason}"
        ).format(reason=reason)
    # An error in Raketti itself: its words are Python's, not the user's (the runner logs
    # the traceback).
    return QCoreApplication.translate(
        "SyncTexts",
        "The sync stopped because of an error in Raketti; the log file has the details.",
    )


def set_aside_text(item: SetAside) -> str:
    """Why a received change was set aside, as one sentence: its table, field and the rule
    it broke by their names in the user's language."""
    args = dict(item.args)
    table = args.get("table")
    if "why" in args:
        args["why"] = _why(str(args["why"]), args.pop("why_args", None) or {})
    if "field" in args:
        args["field"] = field_label(str(args["field"]), str(table) if table else None)
    if isinstance(table, str):
        args["table"] = table_label(table)
    try:
        return QCoreApplication.translate(CONTEXT, item.reason).format(**args)
    except (KeyError, IndexError, ValueError):  # a template that does not fit its values
        return item.reason


def _why(template: str, args: dict[str, Any]) -> str:
    """The rule a value broke: the sync's own words, or a rule's (models/rules.py)."""
    translated = QCoreApplication.translate(CONTEXT, template)
    if translated == template:
        return error_text(ValidationError("", template, **args))
    return translated.format(**args)


def table_label(table: str) -> str:
    text = TABLES.get(table)
    return _marked(text) if text else table.replace("_", " ")


def field_label(field: str, table: str | None = None) -> str:
    """A column's name: its catalogue's label, else a name of its own here."""
    described = field_of(table, field)
    if described is not None:
        return catalogue_label(described)
    text = FIELDS.get(field)
    return _marked(text) if text else field.replace("_", " ")


# Booleans of the tables no catalogue describes (SQLite gives them back as 0 and 1).
BOOLEANS = frozenset({"done", "digital"})


def value_text(value: Any, field: str | None = None, table: str | None = None) -> str:
    """A stored value as a person reads it (codes of sizes, levels, roles as labels): by
    the field's kind where a catalogue describes it."""
    if value is None or value == "":
        return "–"
    described = field_of(table, field)
    kind = described.kind if described is not None else None
    if (kind is FieldKind.BOOL or field in BOOLEANS) and isinstance(value, int):
        value = bool(value)
    if described is not None and kind is FieldKind.CHOICE and isinstance(value, str):
        return choice_text(described, value)
    if isinstance(value, bool):
        yes = QCoreApplication.translate("SyncTexts", "yes")
        return yes if value else QCoreApplication.translate("SyncTexts", "no")
    if isinstance(value, float):
        return QLocale().toString(value, "f", 2).rstrip("0").rstrip(QLocale().decimalPoint())
    return str(value)


def local_time(when: datetime) -> QDateTime:
    """A UTC time from the engine as this laptop's local time."""
    return QDateTime(when.replace(tzinfo=UTC).astimezone().replace(tzinfo=None))


def when_text(when: datetime | None, empty: str = "") -> str:
    """A UTC time from the engine, in local time, in the chosen language's short format."""
    if when is None:
        return empty
    return QLocale().toString(local_time(when), QLocale.FormatType.ShortFormat)
