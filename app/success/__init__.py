"""Customer success: lifecycle and churn, key-contact risk, renewals, goals and health,
feedback and satisfaction, journey maps and the team's self-assessments."""

from app.areas import Area, CustomerPart
from app.changes import Kind
from models.rules import QT_TRANSLATE_NOOP

AREA = Area(
    "success",
    translation="success",
    panel="views.success.panel:SuccessPanel",
    title=QT_TRANSLATE_NOOP("SuccessPanel", "Customer success"),
    demo="app.success.demo:step",
    listens=frozenset(
        {
            Kind.CUSTOMER,
            Kind.CONTACT,
            Kind.INTERACTION,
            Kind.MEMBER,
            Kind.LADDER_MOVE,
            Kind.SEGMENT,
            Kind.LIFECYCLE,
            Kind.HEALTH,
            Kind.RISK,
            Kind.GOAL,
            Kind.FEEDBACK,
            Kind.SATISFACTION,
            Kind.JOURNEY,
            Kind.CX_ASSESSMENT,
        }
    ),
    # A key contact deleted (or restored): the customer's risk flag is raised (withdrawn).
    hooks=(
        ("contact_deleted", "app.success.risk:contact_deleted"),
        ("contact_restored", "app.success.risk:contact_restored"),
    ),
    # Lifecycle, health, goals: after the customer pane's own tabs (10, 20, 30).
    customer_tabs=(
        CustomerPart(
            "views.success.customer_tab:SuccessTab",
            order=40,
            title=QT_TRANSLATE_NOOP("SuccessTab", "Success"),
        ),
    ),
)
