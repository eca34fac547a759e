"""Governance: customer strategies, meeting cadences, governance models, minutes, actions."""

from app.areas import Area, CustomerPart
from app.changes import Kind
from models.rules import QT_TRANSLATE_NOOP

AREA = Area(
    "governance",
    translation="governance",
    panel="views.governance.panel:GovernancePanel",
    title=QT_TRANSLATE_NOOP("GovernancePanel", "Governance"),
    demo="app.governance.demo:step",
    listens=frozenset(
        {
            Kind.CUSTOMER,
            Kind.STRATEGY,
            Kind.MEMBER,
            Kind.MEETING,
            Kind.ACTION,
            Kind.PROPOSAL,
            Kind.GOVERNANCE,
        }
    ),
    # The segments area's value map writes the strategies it suggests through this.
    hooks=(("set_customer_strategies", "app.governance.strategies:set_strategies"),),
    # Model, strategies, next meeting: read-only, below the segments box.
    customer_boxes=(CustomerPart("views.governance.customer_box:GovernanceBox", order=20),),
)
