"""Segmentations: several at once per team, customers placed in segments."""

from app.areas import Area
from app.changes import Kind

# No panel of its own yet: segments are edited from the customer's detail pane.
AREA = Area(
    "segments",
    translation="raketti",
    demo="app.segments.demo:step",
    listens=frozenset({Kind.SEGMENT}),
)
