"""Translated names of the segments area: quadrants, strategies, metrics, colours."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from models.governance import STRATEGY_LABELS, Strategy

# A categorical palette readable on light and dark backgrounds (owners, members).
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#76b7b2",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#8cd17d",
    "#499894",
    "#d37295",
)
NOBODY_COLOUR = "#9a9a9a"
TARGET_COLOUR = "#c0392b"
REACHED_COLOUR = "#e6a800"  # the reached-target star: celebrate every goal reached


def colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def no_segment() -> str:
    return QCoreApplication.translate("SegmentLabels", "No segment")


def nobody() -> str:
    return QCoreApplication.translate("SegmentLabels", "Nobody recorded")


def strategy_label(code: str) -> str:
    try:
        return QCoreApplication.translate("strategy", STRATEGY_LABELS[Strategy(code)])
    except ValueError:
        return code


def strategies_text(codes: tuple[str, ...] | list[str]) -> str:
    return " + ".join(strategy_label(code) for code in codes)


def quadrant_label(quadrant: str) -> str:
    return {
        "high_high": QCoreApplication.translate("SegmentLabels", "High value, high potential"),
        "high_low": QCoreApplication.translate("SegmentLabels", "High value, low potential"),
        "low_high": QCoreApplication.translate("SegmentLabels", "Low value, high potential"),
        "low_low": QCoreApplication.translate("SegmentLabels", "Low value, low potential"),
    }.get(quadrant, quadrant)


def metric_label(label: str) -> str:
    """A metric's name (marked in its area with QT_TRANSLATE_NOOP("metrics", …))."""
    return QCoreApplication.translate("metrics", label)


def unit_text(unit: str) -> str:
    return {
        "euro": QCoreApplication.translate("SegmentLabels", "€"),
        "dots": QCoreApplication.translate("SegmentLabels", "dots"),
    }.get(unit, "")


def number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def day_text(value: date | None) -> str:
    if value is None:
        return "–"
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def month_text(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, 1), "M/yy")
