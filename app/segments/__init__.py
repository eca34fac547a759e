"""Segments and charts: segmentations with their history and revisits, value × potential
with suggested strategies, the balloon chart, the ladder funnel and the five metrics."""

from app.areas import Area, CustomerPart
from app.changes import Kind
from models.rules import QT_TRANSLATE_NOOP

AREA = Area(
    "segments",
    translation="segments",  # resources/translations/segments_fi.ts
    panel="views.segments.panel:SegmentsPanel",
    title=QT_TRANSLATE_NOOP("SegmentsPanel", "Segments and charts"),
    demo="app.segments.demo:step",
    listens=frozenset(
        {
            Kind.SEGMENT,
            Kind.CUSTOMER,
            Kind.INTERACTION,
            Kind.LADDER_MOVE,
            Kind.MEMBER,
            Kind.ROCKET,
            Kind.STRATEGY,
            Kind.VALUE_WEIGHTS,
            Kind.METRIC,
        }
    ),
    # The customer's placements, below its fields in the detail pane.
    customer_boxes=(CustomerPart("views.segments.widgets:SegmentBox", order=10),),
    # Customers → Segmentations… opens its dialog.
    views_api=("views.segments.widgets",),
)
