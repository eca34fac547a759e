"""Translated labels of the success area's stored codes, its colours, and the sentences
made from the suggested health's reasons and from a risk flag."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from models.rules import QT_TRANSLATE_NOOP

C = "SuccessLabels"

HEALTH_COLOURS = {"green": "#1e8449", "yellow": "#d4ac0d", "red": "#c0392b", "none": "#95a5a6"}
STAGE_COLOURS = {
    "onboarding": "#5dade2",
    "growth": "#1e8449",
    "renewal": "#af7ac5",
    "lost": "#7f8c8d",
    "win_back": "#e67e22",
}

_LABELS: dict[str, dict[str, str]] = {
    "stage": {
        "onboarding": QT_TRANSLATE_NOOP("SuccessLabels", "onboarding"),
        "growth": QT_TRANSLATE_NOOP("SuccessLabels", "growth"),
        "renewal": QT_TRANSLATE_NOOP("SuccessLabels", "renewal / upsell"),
        "lost": QT_TRANSLATE_NOOP("SuccessLabels", "lost"),
        "win_back": QT_TRANSLATE_NOOP("SuccessLabels", "win-back"),
    },
    "lost_reason": {
        "no_value": QT_TRANSLATE_NOOP("SuccessLabels", "no value gained"),
        "not_adopted": QT_TRANSLATE_NOOP("SuccessLabels", "not adopted"),
        "not_needed": QT_TRANSLATE_NOOP("SuccessLabels", "no longer needed"),
        "cost_cutting": QT_TRANSLATE_NOOP("SuccessLabels", "cost cutting"),
        "competitor_better": QT_TRANSLATE_NOOP("SuccessLabels", "switched to a better competitor"),
        "competitor_cheaper": QT_TRANSLATE_NOOP(
            "SuccessLabels", "switched to a cheaper competitor"
        ),
        "competitor_relevant": QT_TRANSLATE_NOOP(
            "SuccessLabels", "switched to a more relevant competitor"
        ),
        "key_person_changed": QT_TRANSLATE_NOOP("SuccessLabels", "a key person changed"),
    },
    "health": {
        "green": QT_TRANSLATE_NOOP("SuccessLabels", "green"),
        "yellow": QT_TRANSLATE_NOOP("SuccessLabels", "yellow"),
        "red": QT_TRANSLATE_NOOP("SuccessLabels", "red"),
        "none": QT_TRANSLATE_NOOP("SuccessLabels", "not assessed"),
    },
    "kind": {
        "praise": QT_TRANSLATE_NOOP("SuccessLabels", "praise"),
        "suggestion": QT_TRANSLATE_NOOP("SuccessLabels", "suggestion"),
        "complaint": QT_TRANSLATE_NOOP("SuccessLabels", "complaint"),
    },
    "source": {
        "meeting": QT_TRANSLATE_NOOP("SuccessLabels", "meeting"),
        "phone": QT_TRANSLATE_NOOP("SuccessLabels", "phone"),
        "email": QT_TRANSLATE_NOOP("SuccessLabels", "e-mail"),
        "survey": QT_TRANSLATE_NOOP("SuccessLabels", "survey"),
        "social": QT_TRANSLATE_NOOP("SuccessLabels", "social media"),
        "web": QT_TRANSLATE_NOOP("SuccessLabels", "website"),
        "other": QT_TRANSLATE_NOOP("SuccessLabels", "other"),
    },
    "severity": {
        "low": QT_TRANSLATE_NOOP("SuccessLabels", "low"),
        "medium": QT_TRANSLATE_NOOP("SuccessLabels", "medium"),
        "high": QT_TRANSLATE_NOOP("SuccessLabels", "high"),
    },
    "resolution": {
        "fix": QT_TRANSLATE_NOOP("SuccessLabels", "fix"),
        "apology": QT_TRANSLATE_NOOP("SuccessLabels", "apology"),
        "compensation": QT_TRANSLATE_NOOP("SuccessLabels", "compensation"),
    },
    "horizon": {
        "quick": QT_TRANSLATE_NOOP("SuccessLabels", "quick fix"),
        "long_term": QT_TRANSLATE_NOOP("SuccessLabels", "long-term development"),
    },
    "channel": {
        "face_to_face": QT_TRANSLATE_NOOP("SuccessLabels", "face to face"),
        "phone": QT_TRANSLATE_NOOP("SuccessLabels", "phone"),
        "email": QT_TRANSLATE_NOOP("SuccessLabels", "e-mail"),
        "web": QT_TRANSLATE_NOOP("SuccessLabels", "website"),
        "social": QT_TRANSLATE_NOOP("SuccessLabels", "social media"),
        "event": QT_TRANSLATE_NOOP("SuccessLabels", "event"),
        "print": QT_TRANSLATE_NOOP("SuccessLabels", "print"),
        "other": QT_TRANSLATE_NOOP("SuccessLabels", "other"),
    },
    "expectation": {
        "low": QT_TRANSLATE_NOOP("SuccessLabels", "low"),
        "medium": QT_TRANSLATE_NOOP("SuccessLabels", "medium"),
        "high": QT_TRANSLATE_NOOP("SuccessLabels", "high"),
    },
    "goal_status": {
        "open": QT_TRANSLATE_NOOP("SuccessLabels", "open"),
        "on_track": QT_TRANSLATE_NOOP("SuccessLabels", "on track"),
        "off_track": QT_TRANSLATE_NOOP("SuccessLabels", "off track"),
        "achieved": QT_TRANSLATE_NOOP("SuccessLabels", "achieved"),
        "dropped": QT_TRANSLATE_NOOP("SuccessLabels", "dropped"),
    },
    "checkpoint_status": {
        "planned": QT_TRANSLATE_NOOP("SuccessLabels", "planned"),
        "met": QT_TRANSLATE_NOOP("SuccessLabels", "met"),
        "missed": QT_TRANSLATE_NOOP("SuccessLabels", "missed"),
    },
    "rating": {
        "bad": QT_TRANSLATE_NOOP("SuccessLabels", "bad"),
        "average": QT_TRANSLATE_NOOP("SuccessLabels", "average"),
        "good": QT_TRANSLATE_NOOP("SuccessLabels", "good"),
    },
    "four_l": {
        "loop": QT_TRANSLATE_NOOP("SuccessLabels", "Loop"),
        "lottery": QT_TRANSLATE_NOOP("SuccessLabels", "Lottery"),
        "pasture": QT_TRANSLATE_NOOP("SuccessLabels", "Pasture"),
        "shine": QT_TRANSLATE_NOOP("SuccessLabels", "Shine"),
    },
    "role": {
        "decider": QT_TRANSLATE_NOOP("SuccessLabels", "decider"),
        "buyer": QT_TRANSLATE_NOOP("SuccessLabels", "buyer"),
        "user": QT_TRANSLATE_NOOP("SuccessLabels", "user"),
    },
}


def label(vocabulary: str, code: str | None) -> str:
    """The translated label of a stored code ("" for none, the code itself if unknown)."""
    if not code:
        return ""
    text = _LABELS[vocabulary].get(code)
    return QCoreApplication.translate(C, text) if text else code


def codes(vocabulary: str) -> list[str]:
    return list(_LABELS[vocabulary])


def short_date(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def reason_text(code: str, value: int) -> str:
    """One reason of the suggested health as a sentence fragment."""
    texts = {
        "silent": QCoreApplication.translate(
            "SuccessLabels", "no contact for %n day(s)", "", value
        ),
        "overdue": QCoreApplication.translate(
            "SuccessLabels", "next step %n day(s) overdue", "", value
        ),
        "complaints": QCoreApplication.translate(
            "SuccessLabels", "%n open complaint(s)", "", value
        ),
        "severe_complaints": QCoreApplication.translate(
            "SuccessLabels", "%n open severe complaint(s)", "", value
        ),
        "low_score": QCoreApplication.translate(
            "SuccessLabels", "latest satisfaction only %n / 5", "", value
        ),
        "score_falling": QCoreApplication.translate(
            "SuccessLabels", "satisfaction fell by %n point(s)", "", value
        ),
        "nps_falling": QCoreApplication.translate(
            "SuccessLabels", "NPS fell by %n point(s)", "", value
        ),
        "key_contact_left": QCoreApplication.translate(
            "SuccessLabels", "%n key contact(s) left", "", value
        ),
    }
    return texts.get(code, code)


def roles_text(roles: list[str]) -> str:
    return ", ".join(label("role", r) for r in roles)


def flag_step(name: str, roles: list[str]) -> str:
    """The suggested next step when a key contact left."""
    return QCoreApplication.translate(
        "SuccessLabels",
        "{name} ({roles}) left. Find out who takes over their role, meet them soon, and "
        "agree again on what the customer wants to achieve.",
    ).format(name=name, roles=roles_text(roles))
