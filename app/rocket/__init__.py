"""The Rocket model: process catalogue, dot scoring, targets, rounds, progress, coach view."""

from app.areas import Area
from app.changes import Kind
from models.rules import QT_TRANSLATE_NOOP

AREA = Area(
    "rocket",
    translation="rocket",
    panel="views.rocket.panel:RocketPanel",
    title=QT_TRANSLATE_NOOP("RocketPanel", "Rocket model"),
    demo="app.rocket.demo:step",
    listens=frozenset({Kind.ROCKET, Kind.TEAM, Kind.MEMBER}),
)
