"""Translated labels for stored codes (levels, size classes, roles, interaction types)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.rules import ValidationError


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def level_label(code: str | None) -> str:
    return {
        "A3": _t("A3 potential / small customer"),
        "A2": _t("A2 regular / service customer"),
        "A1": _t("A1 key account / learning relationship"),
    }.get(code or "", code or "")


def size_label(code: str | None) -> str:
    return {
        "very_large": _t("very large"),
        "large": _t("large"),
        "medium": _t("medium"),
        "small": _t("small"),
    }.get(code or "", code or "")


def role_label(code: str) -> str:
    return {
        "user": _t("user"),
        "influencer": _t("influencer"),
        "buyer": _t("buyer"),
        "decider": _t("decider"),
        "gatekeeper": _t("gatekeeper"),
    }.get(code, code)


def member_role_label(code: str) -> str:
    return {
        "team_entrepreneur": _t("team entrepreneur"),
        "team_leader": _t("team leader"),
        "coach": _t("coach"),
    }.get(code, code)


def interaction_label(code: str) -> str:
    return {
        "visit": _t("visit"),
        "call": _t("call"),
        "email": _t("e-mail"),
        "meeting": _t("meeting"),
        "workshop": _t("workshop"),
        "project": _t("project"),
        "sale": _t("sale"),
    }.get(code, code)


def error_text(error: ValidationError) -> str:
    """A rule's message in the user's language, with its values filled in."""
    return QCoreApplication.translate("rules", error.message).format(**error.args_)
