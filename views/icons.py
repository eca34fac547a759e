"""Line icons from resources/icons/, drawn in the palette's colours (light and dark alike).

The SVGs stroke with `currentColor`; each is rendered twice, in the palette's text colour
for the normal state and in its highlighted-text colour for the selected one, so an icon
never disappears against a dark background or a selected row.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.paths import RESOURCES

ICONS = RESOURCES / "icons"
FALLBACK = "area"


def icon_file(name: str | None, key: str) -> Path:
    """The SVG of an area: its declared icon, else one named after its key, else a folder."""
    for candidate in (name, key, FALLBACK):
        if candidate and (ICONS / f"{candidate}.svg").exists():
            return ICONS / f"{candidate}.svg"
    return ICONS / f"{FALLBACK}.svg"


def _pixmap(svg: str, colour: QColor, size: int, ratio: float) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour.name()).encode()))
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def line_icon(path: Path, palette: QPalette, size: int = 22, ratio: float = 2.0) -> QIcon:
    """The icon in the palette's text colour, and in highlighted text when selected."""
    svg = path.read_text(encoding="utf-8")
    icon = QIcon()
    text = palette.color(QPalette.ColorRole.Text)
    chosen = palette.color(QPalette.ColorRole.HighlightedText)
    icon.addPixmap(_pixmap(svg, text, size, ratio), QIcon.Mode.Normal)
    icon.addPixmap(_pixmap(svg, chosen, size, ratio), QIcon.Mode.Selected)
    return icon
