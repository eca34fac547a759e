"""The names of stored codes shown to people, marked for translation (context "labels"):
the window (views/labels.py) and the workbook (app/excel/labels.py) name a level or an
interaction type with the same words, from here; so does a person's export
(app/privacy/export.py)."""

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
ROLE_NAMES = {
    "user": QT_TRANSLATE_NOOP("labels", "user"),
    "influencer": QT_TRANSLATE_NOOP("labels", "influencer"),
    "buyer": QT_TRANSLATE_NOOP("labels", "buyer"),
    "decider": QT_TRANSLATE_NOOP("labels", "decider"),
    "gatekeeper": QT_TRANSLATE_NOOP("labels", "gatekeeper"),
}
# Where a contact's marketing consent came from (models/vocabulary.py ConsentSource).
CONSENT_SOURCE_NAMES = {
    "form": QT_TRANSLATE_NOOP("labels", "contact form"),
    "email": QT_TRANSLATE_NOOP("labels", "e-mail"),
    "meeting": QT_TRANSLATE_NOOP("labels", "meeting"),
    "phone": QT_TRANSLATE_NOOP("labels", "phone call"),
    "web": QT_TRANSLATE_NOOP("labels", "web form"),
    "import": QT_TRANSLATE_NOOP("labels", "import"),
    "other": QT_TRANSLATE_NOOP("labels", "other"),
}
