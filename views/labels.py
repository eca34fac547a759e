"""Translated labels for stored codes (levels, size classes, roles, interaction types)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

# The plain-Python marker: Qt's returns `object` to the type checker; lupdate knows both.
from models.code_names import CONSENT_SOURCE_NAMES, INTERACTION_NAMES, LEVEL_NAMES, ROLE_NAMES
from models.rules import QT_TRANSLATE_NOOP, ValidationError

if TYPE_CHECKING:
    from app.files import ExportError
    from app.lock import LockedError
    from app.operations import Phrase
    from models.database_errors import DatabaseError


def _t(code: str | None, text: str | None) -> str:
    """The translated label, or the stored code itself when it has no label."""
    return QCoreApplication.translate("labels", text) if text else (code or "")


def level_label(code: str | None) -> str:
    return _t(code, LEVEL_NAMES.get(code or ""))


def size_label(code: str | None) -> str:
    return _t(
        code,
        {
            "very_large": QT_TRANSLATE_NOOP("labels", "very large"),
            "large": QT_TRANSLATE_NOOP("labels", "large"),
            "medium": QT_TRANSLATE_NOOP("labels", "medium"),
            "small": QT_TRANSLATE_NOOP("labels", "small"),
        }.get(code or ""),
    )


def size_labels() -> dict[str, str]:
    """Every size class's label, made at once (for a worker thread that writes a file)."""
    return {code: size_label(code) for code in ("very_large", "large", "medium", "small")}


def role_label(code: str) -> str:
    return _t(code, ROLE_NAMES.get(code))


def consent_source_label(code: str | None) -> str:
    return _t(code, CONSENT_SOURCE_NAMES.get(code or ""))


def member_role_label(code: str) -> str:
    return _t(
        code,
        {
            "team_entrepreneur": QT_TRANSLATE_NOOP("labels", "team entrepreneur"),
            "team_leader": QT_TRANSLATE_NOOP("labels", "team leader"),
            "coach": QT_TRANSLATE_NOOP("labels", "coach"),
        }.get(code),
    )


def interaction_label(code: str) -> str:
    return _t(code, INTERACTION_NAMES.get(code))


# Where rule messages are marked (QT_TRANSLATE_NOOP) in app/ and models/: the shared rules
# and each area's own. A message is translated in the first context that knows it.
MESSAGE_CONTEXTS = ("rules", "ladder", "rocket", "database", "privacy")


def error_text(error: ValidationError) -> str:
    """A rule's message in the user's language, dates in the user's format."""
    text = error.message
    for context in MESSAGE_CONTEXTS:
        translated = QCoreApplication.translate(context, error.message)
        if translated != error.message:
            text = translated
            break
    args = {
        key: date_text(value) if isinstance(value, date) else value
        for key, value in error.args_.items()
    }
    return text.format(**args)


def phrase_text(phrase: Phrase) -> str:
    """An app-layer sentence (an undo step's text) in the user's language."""
    if phrase.count is None:
        text = QCoreApplication.translate(phrase.context, phrase.source)
    else:  # Qt picks the plural form and puts the number for %n
        text = QCoreApplication.translate(phrase.context, phrase.source, None, phrase.count)
    args = {
        key: date_text(value) if isinstance(value, date) else value
        for key, value in phrase.args.items()
    }
    return text.format(**args)


def date_text(day: date | None, empty: str = "") -> str:
    """A date in the chosen locale's short format: the one date format of every view."""
    if day is None:
        return empty
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def compact_date_text(day: date | None, empty: str = "", today: date | None = None) -> str:
    """A date for tight places (cards): this year's without the year, in the locale's own
    order and separators ("24.11." in Finnish, "24/11" in English); other years in full."""
    if day is None:
        return empty
    if day.year != (today or date.today()).year:
        return date_text(day)
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    # Drop the year and the separator that joins it ("d.M.yyyy" keeps "d.M.", as Finnish
    # writes a day and month; "dd/MM/yyyy" becomes "dd/MM").
    without = re.sub(r"[/\-\s]*y+[/\-\s]*", "", pattern).strip()
    return QLocale().toString(QDate(day.year, day.month, day.day), without)


def moment_text(moment: datetime) -> str:
    """A date and time in the chosen locale's short format (when a copy was taken)."""
    return QLocale().toString(QDateTime(moment), QLocale.FormatType.ShortFormat)


def number_text(value: float, decimals: int = 0) -> str:
    """A number in the chosen locale (space as thousands separator, comma as decimal)."""
    return QLocale().toString(float(value), "f", decimals)


def export_error_text(error: ExportError) -> str:
    """Why a file could not be written (app.files.atomic_write), in the user's language."""
    return QCoreApplication.translate("rules", error.message).format(**error.args_)


def translate_error(context: str, error: DatabaseError | LockedError) -> str:
    """Why a database cannot be opened, copied or restored (a template of the app or models
    layer, translated in `context`: "database" or "lock"), filled in."""
    return QCoreApplication.translate(context, error.message).format(**error.args_)
