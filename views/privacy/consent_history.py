"""The consent part of a contact's form: where a change of the consent came from, and the
history of the consent so far (app/privacy/consent.py), newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.privacy.consent import CHANGE, History
from models.vocabulary import ConsentSource
from views.labels import consent_source_label, date_text

SHOWN = 6  # the newest rows listed in the form; the export has them all


class ConsentHistoryBox(QWidget):
    """A source picker for the change being made and the consent's history so far."""

    def __init__(self, history: History | None) -> None:
        super().__init__()
        self.setObjectName("consentHistory")
        self.source = QComboBox()
        self.source.setObjectName("consentSource")
        for source in ConsentSource:
            if source is not ConsentSource.IMPORT:  # recorded by an import only
                self.source.addItem(consent_source_label(source.value), source.value)
        self.source.setToolTip(self.tr("Where the consent (or its withdrawal) came from"))
        self.list = QLabel(self.describe(history))
        self.list.setObjectName("consentHistoryList")
        self.list.setWordWrap(True)
        # Named in the box: beside the form's "Consent history" label alone, the picker's
        # "contact form" read as if it were the history.
        source_row = QHBoxLayout()
        source_label = QLabel(self.tr("Source of a change:"))
        source_label.setBuddy(self.source)
        source_row.addWidget(source_label)
        source_row.addWidget(self.source, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(source_row)
        layout.addWidget(self.list)

    def describe(self, history: History | None) -> str:
        if history is None or (not history.entries and not history.given):
            return self.tr("No consent recorded yet.")
        lines = []
        if history.before:
            lines.append(self.tr("Given before the history was kept."))
        for entry in reversed(history.entries[-SHOWN:]):
            line = (self.tr("Given {date}") if entry.given else self.tr("Withdrawn {date}")).format(
                date=date_text(entry.changed_on)
            )
            how = consent_source_label(entry.source)
            if entry.recorded_by:
                how = self.tr("{source}, recorded by {member}").format(
                    source=how, member=entry.recorded_by
                )
            lines.append(f"{line} ({how})")
        return "\n".join(lines)

    def change(self) -> dict[str, Any]:
        """What the form's values carry for the history (app/privacy/consent.py CHANGE)."""
        return {CHANGE: {"source": self.source.currentData()}}
