"""Governance: customer strategies, meeting cadences, governance models, minutes, actions."""

from app.areas import Area
from app.changes import Kind

AREA = Area(
    "governance",
    translation="governance",
    listens=frozenset({Kind.CUSTOMER, Kind.STRATEGY, Kind.MEMBER}),
)
