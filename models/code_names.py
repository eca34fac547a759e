"""The names of stored codes shown to people, marked for translation (context "labels"):
the window (views/labels.py) and the workbook (app/excel/labels.py) name a level or an
interaction type with the same words, from here."""

from __future__ import annotations

from models.rules import QT_TRANSLATE_NOOP

LEVEL_NAMES = {
    "A3": QT_TRANSLATE_NOOP("labels", "A3 potential / small customer"),
    "A2": QT_TRANSLATE_NOOP("labels", "A2 regular / service customer"),
    "A1": QT_TRANSLATE_NOOP("labels", "A1 key account / learning relationship"),
}
INTERACTION_NAMES = {
    "visit": QT_TRANSLATE_NOOP("labels", "visit"),
    "call": QT_TRANSLATE_NOOP("labels", "call"),
    "email": QT_TRANSLATE_NOOP("labels", "e-mail"),
    "meeting": QT_TRANSLATE_NOOP("labels", "meeting"),
    "workshop": QT_TRANSLATE_NOOP("labels", "workshop"),
    "project": QT_TRANSLATE_NOOP("labels", "project"),
    "sale": QT_TRANSLATE_NOOP("labels", "sale"),
}
