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
        "onboarding": QT_TRANSLATE_NOOP(C, "onboarding"),
        "growth": QT_TRANSLATE_NOOP(C, "growth"),
        "renewal": QT_TRANSLATE_NOOP(C, "renewal / upsell"),
        "lost": QT_TRANSLATE_NOOP(C, "lost"),
        "win_back": QT_TRANSLATE_NOOP(C, "win-back"),
    },
    "lost_reason": {
        "no_value": QT_TRANSLATE_NOOP(C, "no value gained"),
        "not_adopted": QT_TRANSLATE_NOOP(C, "not adopted"),
        "not_needed": QT_TRANSLATE_NOOP(C, "no longer needed"),
        "cost_cutting": QT_TRANSLATE_NOOP(C, "cost cutting"),
        "competitor_better": QT_TRANSLATE_NOOP(C, "switched to a better competitor"),
        "competitor_cheaper": QT_TRANSLATE_NOOP(C, "switched to a cheaper competitor"),
        "competitor_relevant": QT_TRANSLATE_NOOP(C, "switched to a more relevant competitor"),
        "key_person_changed": QT_TRANSLATE_NOOP(C, "a key person changed"),
    },
    "health": {
        "green": QT_TRANSLATE_NOOP(C, "green"),
        "yellow": QT_TRANSLATE_NOOP(C, "yellow"),
        "red": QT_TRANSLATE_NOOP(C, "red"),
        "none": QT_TRANSLATE_NOOP(C, "not assessed"),
    },
    "kind": {
        "praise": QT_TRANSLATE_NOOP(C, "praise"),
        "suggestion": QT_TRANSLATE_NOOP(C, "suggestion"),
        "complaint": QT_TRANSLATE_NOOP(C, "complaint"),
    },
    "source": {
        "meeting": QT_TRANSLATE_NOOP(C, "meeting"),
        "phone": QT_TRANSLATE_NOOP(C, "phone"),
        "email": QT_TRANSLATE_NOOP(C, "e-mail"),
        "survey": QT_TRANSLATE_NOOP(C, "survey"),
        "social": QT_TRANSLATE_NOOP(C, "social media"),
        "web": QT_TRANSLATE_NOOP(C, "website"),
        "other": QT_TRANSLATE_NOOP(C, "other"),
    },
    "severity": {
        "low": QT_TRANSLATE_NOOP(C, "low"),
        "medium": QT_TRANSLATE_NOOP(C, "medium"),
        "high": QT_TRANSLATE_NOOP(C, "high"),
    },
    "resolution": {
        "fix": QT_TRANSLATE_NOOP(C, "fix"),
        "apology": QT_TRANSLATE_NOOP(C, "apology"),
        "compensation": QT_TRANSLATE_NOOP(C, "compensation"),
    },
    "horizon": {
        "quick": QT_TRANSLATE_NOOP(C, "quick fix"),
        "long_term": QT_TRANSLATE_NOOP(C, "long-term development"),
    },
    "channel": {
        "face_to_face": QT_TRANSLATE_NOOP(C, "face to face"),
        "phone": QT_TRANSLATE_NOOP(C, "phone"),
        "email": QT_TRANSLATE_NOOP(C, "e-mail"),
        "web": QT_TRANSLATE_NOOP(C, "website"),
        "social": QT_TRANSLATE_NOOP(C, "social media"),
        "event": QT_TRANSLATE_NOOP(C, "event"),
        "print": QT_TRANSLATE_NOOP(C, "print"),
        "other": QT_TRANSLATE_NOOP(C, "other"),
    },
    "expectation": {
        "low": QT_TRANSLATE_NOOP(C, "low"),
        "medium": QT_TRANSLATE_NOOP(C, "medium"),
        "high": QT_TRANSLATE_NOOP(C, "high"),
    },
    "goal_status": {
        "open": QT_TRANSLATE_NOOP(C, "open"),
        "on_track": QT_TRANSLATE_NOOP(C, "on track"),
        "off_track": QT_TRANSLATE_NOOP(C, "off track"),
        "achieved": QT_TRANSLATE_NOOP(C, "achieved"),
        "dropped": QT_TRANSLATE_NOOP(C, "dropped"),
    },
    "checkpoint_status": {
        "planned": QT_TRANSLATE_NOOP(C, "planned"),
        "met": QT_TRANSLATE_NOOP(C, "met"),
        "missed": QT_TRANSLATE_NOOP(C, "missed"),
    },
    "rating": {
        "bad": QT_TRANSLATE_NOOP(C, "bad"),
        "average": QT_TRANSLATE_NOOP(C, "average"),
        "good": QT_TRANSLATE_NOOP(C, "good"),
    },
    "four_l": {
        "loop": QT_TRANSLATE_NOOP(C, "Loop"),
        "lottery": QT_TRANSLATE_NOOP(C, "Lottery"),
        "pasture": QT_TRANSLATE_NOOP(C, "Pasture"),
        "shine": QT_TRANSLATE_NOOP(C, "Shine"),
    },
    "role": {
        "decider": QT_TRANSLATE_NOOP(C, "decider"),
        "buyer": QT_TRANSLATE_NOOP(C, "buyer"),
        "user": QT_TRANSLATE_NOOP(C, "user"),
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
    t = QCoreApplication.translate
    texts = {
        "silent": t(C, "no contact for %n day(s)", "", value),
        "overdue": t(C, "next step %n day(s) overdue", "", value),
        "complaints": t(C, "%n open complaint(s)", "", value),
        "severe_complaints": t(C, "%n open severe complaint(s)", "", value),
        "low_score": t(C, "latest satisfaction only %n / 5", "", value),
        "score_falling": t(C, "satisfaction fell by %n point(s)", "", value),
        "nps_falling": t(C, "NPS fell by %n point(s)", "", value),
        "key_contact_left": t(C, "%n key contact(s) left", "", value),
    }
    return texts.get(code, code)


def roles_text(roles: list[str]) -> str:
    return ", ".join(label("role", r) for r in roles)


def flag_step(name: str, roles: list[str]) -> str:
    """The suggested next step when a key contact left."""
    return QCoreApplication.translate(
        C,
        "{name} ({roles}) left. Find out who takes over their role, meet them soon, and "
        "agree again on what the customer wants to achieve.",
    ).format(name=name, roles=roles_text(roles))


def red_call_text(step: str | None) -> str:
    """Who to call: why a customer with red health is at the top."""
    return QCoreApplication.translate(C, "health red: {step}").format(step=step or "–")
