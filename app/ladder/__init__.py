"""The customer ladder A3 → A2 → A1: moves, the board, who to call, advocates, statistics."""

from app.areas import Area
from app.changes import Kind

AREA = Area(
    "ladder",
    translation="ladder",
    panel="views.ladder.panel:LadderPanel",
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
