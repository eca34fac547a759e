"""The customer ladder A3 → A2 → A1: moves, the board, who to call, advocates, statistics."""

from app.areas import Area
from app.changes import Kind
from models.rules import QT_TRANSLATE_NOOP

AREA = Area(
    "ladder",
    translation="ladder",
    panel="views.ladder.panel:LadderPanel",
    title=QT_TRANSLATE_NOOP("LadderPanel", "Customer ladder"),
    demo="app.ladder.demo:step",
    listens=frozenset(
        {
            Kind.CUSTOMER,
            Kind.LADDER_MOVE,
            Kind.INTERACTION,
            Kind.CONTACT,
            Kind.MEMBER,
            Kind.LADDER_SETTINGS,
            Kind.SEGMENT,
        }
    ),
)
