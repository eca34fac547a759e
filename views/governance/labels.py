"""Translated labels of the governance area: statuses, outcomes, strategies, cadences, dates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor

from app.governance.cadence import nth_of
from models.dates import as_date
from models.governance import STRATEGY_LABELS, Cadence, Strategy
from models.rules import QT_TRANSLATE_NOOP

# The empty context: lupdate files the strings of the module-level `tr()` below there.
CONTEXT = ""

STATUS_LABELS = {
    "planned": QT_TRANSLATE_NOOP("", "planned"),
    "held": QT_TRANSLATE_NOOP("", "held"),
    "missed": QT_TRANSLATE_NOOP("", "missed"),
    "cancelled": QT_TRANSLATE_NOOP("", "cancelled"),
}
STATUS_COLOURS = {
    "planned": QColor("#2f6fb0"),
    "held": QColor("#2e8b57"),
    "missed": QColor("#c0392b"),
    "cancelled": QColor("#8a8a8a"),
}
OUTCOME_LABELS = {
    "met": QT_TRANSLATE_NOOP("", "goal met"),
    "partly": QT_TRANSLATE_NOOP("", "partly met"),
    "not_met": QT_TRANSLATE_NOOP("", "not met"),
}
PROPOSAL_LABELS = {
    "open": QT_TRANSLATE_NOOP("", "open"),
    "accepted": QT_TRANSLATE_NOOP("", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("", "rejected"),
    "done": QT_TRANSLATE_NOOP("", "done"),
}
CADENCE_LABELS = {
    Cadence.WEEKLY: QT_TRANSLATE_NOOP("", "Weekly / every n weeks"),
    Cadence.MONTHLY_DAY: QT_TRANSLATE_NOOP("", "Monthly on a day"),
    Cadence.MONTHLY_WEEKDAY: QT_TRANSLATE_NOOP("", "Monthly on a weekday"),
    Cadence.QUARTERLY: QT_TRANSLATE_NOOP("", "Quarterly"),
    Cadence.HALF_YEARLY: QT_TRANSLATE_NOOP("", "Half-yearly"),
    Cadence.YEARLY: QT_TRANSLATE_NOOP("", "Yearly"),
    Cadence.TIMES_A_YEAR: QT_TRANSLATE_NOOP("", "n times a year, spread evenly"),
}
NTH_LABELS = {
    1: QT_TRANSLATE_NOOP("", "first"),
    2: QT_TRANSLATE_NOOP("", "second"),
    3: QT_TRANSLATE_NOOP("", "third"),
    4: QT_TRANSLATE_NOOP("", "fourth"),
    -1: QT_TRANSLATE_NOOP("", "last"),
}


MONTHLY = (Cadence.MONTHLY_DAY, Cadence.MONTHLY_WEEKDAY)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_label(code: str) -> str:
    return tr(STATUS_LABELS.get(code, code))


def outcome_label(code: str | None) -> str:
    return tr(OUTCOME_LABELS[code]) if code in OUTCOME_LABELS else ""


def proposal_label(code: str) -> str:
    return tr(PROPOSAL_LABELS.get(code, code))


def strategy_label(code: str) -> str:
    text = STRATEGY_LABELS.get(Strategy(code)) if code in set(Strategy) else None
    return QCoreApplication.translate("strategy", text) if text else code


def weekday_name(number: int) -> str:
    return QLocale().dayName(number + 1, QLocale.FormatType.LongFormat)


def day_text(value: Any) -> str:
    day = as_date(value)
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def percent(value: float | None) -> str:
    return "–" if value is None else QLocale().toString(value * 100, "f", 1) + " %"


def number(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)


def cadence_text(rule: dict[str, Any]) -> str:
    """The rule in words: "every 2 weeks on Tuesday", "11 times a year", "until 31.12.2026"."""
    kind = rule.get("cadence")
    interval = int(rule.get("interval") or 1)
    if kind == Cadence.WEEKLY:
        text = (
            tr("weekly on {day}")
            if interval == 1
            else QCoreApplication.translate("", "every %n weeks on {day}", "", interval)
        ).format(day=weekday_name(int(rule.get("weekday") or 0)))
    elif kind == Cadence.MONTHLY_DAY:
        text = (
            tr("monthly on day {day}")
            if interval == 1
            else QCoreApplication.translate("", "every %n months on day {day}", "", interval)
        ).format(day=rule.get("month_day"))
    elif kind == Cadence.MONTHLY_WEEKDAY:
        text = (
            tr("monthly on the {nth} {day}")
            if interval == 1
            else QCoreApplication.translate("", "every %n months on the {nth} {day}", "", interval)
        ).format(
            nth=tr(NTH_LABELS.get(int(rule.get("nth") or 1), "")),
            day=weekday_name(int(rule.get("weekday") or 0)),
        )
    elif kind == Cadence.TIMES_A_YEAR:
        count = int(rule.get("times_a_year") or 1)
        text = QCoreApplication.translate("", "%n times a year", "", count)
    elif kind in CADENCE_LABELS:
        text = tr(CADENCE_LABELS[Cadence(kind)]).lower()
    else:
        text = str(kind)
    start = as_date(rule.get("starts_on"))
    if start is not None and kind not in (Cadence.WEEKLY, *MONTHLY):
        text = tr("{rule}, on the {nth} {day}").format(
            rule=text, nth=tr(NTH_LABELS[nth_of(start)]), day=weekday_name(start.weekday())
        )
    if rule.get("ends_on"):
        text = tr("{rule}, until {day}").format(rule=text, day=day_text(rule["ends_on"]))
    return text
