"""Colours that follow the platform palette, light and dark alike.

Status and level colours are *tints*: the colour mixed into the palette's base, so a fill
is pale on a light palette and deep on a dark one, and the palette's own text colour stays
legible on it. Custom-painted widgets take every other colour from the palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

# The ladder levels' colours: its board and every chart of levels (the ladder's, the
# segments area's) use them, so a level reads as one colour everywhere.
LEVEL_COLOURS = {"A3": "#7f9fbf", "A2": "#4f8f6f", "A1": "#c08a2f"}


def mix(base: QColor, colour: QColor, amount: float) -> QColor:
    """`amount` of `colour` over `base` (0: base, 1: colour)."""
    return QColor.fromRgbF(
        base.redF() + (colour.redF() - base.redF()) * amount,
        base.greenF() + (colour.greenF() - base.greenF()) * amount,
        base.blueF() + (colour.blueF() - base.blueF()) * amount,
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def tint(palette: QPalette, colour: QColor | str, amount: float = 0.25) -> QColor:
    """A fill of `colour` on the palette's base; a little stronger on dark palettes, where
    the same share of colour reads fainter."""
    base = palette.color(QPalette.ColorRole.Base)
    share = min(1.0, amount * 1.4) if is_dark(palette) else amount
    return mix(base, QColor(colour), share)


def text(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Text)


def muted(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.PlaceholderText)


def luminance(colour: QColor) -> float:
    """Relative luminance, 0 (black) … 1 (white); tests use it to check contrast."""
    return 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
