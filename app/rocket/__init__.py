"""The Rocket model: process catalogue, dot scoring, targets, rounds, progress, coach view."""

from app.areas import Area
from app.changes import Kind

AREA = Area(
    "rocket",
    translation="rocket",
    panel="views.rocket.panel:RocketPanel",
    demo="app.rocket.demo:step",
    listens=frozenset({Kind.ROCKET, Kind.TEAM, Kind.MEMBER}),
)
