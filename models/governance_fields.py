"""The fields of an action item and of a development proposal, each once (models/fields.py
says what a field is and who reads the catalogue). tests/customers/test_field_catalogue.py
holds both catalogues against the ORM (models/governance.py).

Outside the governance area's own files on purpose: every field label is in the one
context "fields" of the shared translation file, like the other catalogues'.
"""

from __future__ import annotations

from models.fields import Catalogue, Field, FieldKind
from models.governance import ActionStatus, ProposalStatus
from models.rules import LINE_MAX, QT_TRANSLATE_NOOP, TEXT_MAX

K = FieldKind

# What the team is to do, by whom and by when: the team's work, not notes about a person.
ACTION_ITEM = Catalogue(
    "action_item",
    (
        Field("title", K.TEXT, QT_TRANSLATE_NOOP("fields", "What"), limit=LINE_MAX,
              required=True, missing=QT_TRANSLATE_NOOP("rules", "Say what is to be done.")),
        # Required when typed; the column stays nullable so that the item outlives a member
        # removed by mistake (SET NULL). The dialog shows its errors under "owner".
        Field("owner_member_id", K.REFERENCE, QT_TRANSLATE_NOOP("fields", "Owner"),
              refers="member", required=True, reported_as="owner",
              missing=QT_TRANSLATE_NOOP("rules", "An action needs an owner.")),
        Field("due_on", K.DATE, QT_TRANSLATE_NOOP("fields", "Due"), required=True,
              missing=QT_TRANSLATE_NOOP("rules", "An action needs a due date.")),
        Field("status", K.CHOICE, QT_TRANSLATE_NOOP("fields", "Status"), choices=ActionStatus,
              default=ActionStatus.OPEN.value),
        # Set with the status (app/governance/actions.py update_action).
        Field("done_on", K.DATE, QT_TRANSLATE_NOOP("fields", "Done on"), edited=False),
        Field("customer_id", K.REFERENCE, QT_TRANSLATE_NOOP("fields", "Customer"),
              refers="customer"),
        # The meeting it was recorded in, given when it is added.
        Field("meeting_id", K.REFERENCE, QT_TRANSLATE_NOOP("fields", "Meeting"),
              refers="meeting", edited=False),
    ),
)  # fmt: skip

# The team's development log: ideas about how the team works, not notes about a person.
DEVELOPMENT_PROPOSAL = Catalogue(
    "development_proposal",
    (
        Field("title", K.TEXT, QT_TRANSLATE_NOOP("fields", "Proposal"), limit=LINE_MAX,
              required=True, missing=QT_TRANSLATE_NOOP("rules", "Write the proposal in a line.")),
        Field("description", K.NOTES, QT_TRANSLATE_NOOP("fields", "Why / details"),
              limit=TEXT_MAX),
        Field("proposed_by_member_id", K.REFERENCE, QT_TRANSLATE_NOOP("fields", "Proposed by"),
              refers="member"),
        Field("proposed_on", K.DATE, QT_TRANSLATE_NOOP("fields", "Proposed on"),
              header=QT_TRANSLATE_NOOP("fields", "On"), required=True,
              edited=False),  # the day it is added
        # The decision (app/governance/proposals.py handle_proposal: back to open clears it).
        Field("status", K.CHOICE, QT_TRANSLATE_NOOP("fields", "Status"), choices=ProposalStatus,
              default=ProposalStatus.OPEN.value),
        Field("decision", K.NOTES, QT_TRANSLATE_NOOP("fields", "Decision"), limit=TEXT_MAX),
        Field("handled_meeting_id", K.REFERENCE, QT_TRANSLATE_NOOP("fields", "Decided in"),
              refers="meeting", edited=False),
        Field("handled_on", K.DATE, QT_TRANSLATE_NOOP("fields", "Decided on"), edited=False),
    ),
)  # fmt: skip
