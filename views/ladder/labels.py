"""Translated texts of the ladder area: level names, refused-move messages, criteria."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from models.ladder import Criterion
from views.labels import date_text

QUIET_COLOUR = "#d35400"
OVERDUE_COLOUR = "#c0392b"
READY_COLOUR = "#1e8449"


def level_title(level: str) -> str:
    """The level's name as the team uses it."""
    return {
        "A3": QCoreApplication.translate("LadderLabels", "Potential and small customers"),
        "A2": QCoreApplication.translate("LadderLabels", "Regular and service customers"),
        "A1": QCoreApplication.translate("LadderLabels", "Key accounts, learning relationships"),
    }.get(level, level)


def level_process(level: str) -> str:
    """What the team does at this level (the process of the Rocket model)."""
    return {
        "A3": QCoreApplication.translate(
            "LadderLabels",
            "Customer-potential process: visits with the coach, every visit analysed",
        ),
        "A2": QCoreApplication.translate(
            "LadderLabels", "Marketing process: develop existing customerships and their value"
        ),
        "A1": QCoreApplication.translate(
            "LadderLabels",
            "Customer-relationship process: co-production, the customer as co-designer",
        ),
    }.get(level, "")


def short_date(value: date | None) -> str:
    """The app's one date format (views/labels.py); a dash when there is no date."""
    return date_text(value, "–")


def criterion_text(criterion: Criterion, lang: str) -> str:
    return criterion.text(lang)
