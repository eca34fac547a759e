"""The wizard's mapping page: which field each column of the file fills.

The first guess comes from the column catalogue (Finnish and English headers and their
synonyms); a mapping the user changed is remembered under the header row's signature, so
the same list imported next month maps itself."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWizardPage,
)

from app.excel.fields import fields
from app.importing.mapping import ColumnMap, Mapping, guess, signature, usable
from app.importing.source import Sheet
from app.importing.values import SheetKind
from app.importing.values import text_of as cell_text

if TYPE_CHECKING:
    from views.importing.wizard import ImportWizard

_EXAMPLE_ROWS = 20


def settings_key(kind: SheetKind, headers: list[str]) -> str:
    return f"import/mapping/{signature(kind, headers)}"


class SheetMapping(QTableWidget):
    """One sheet's columns: header, an example value, and the field it fills."""

    def __init__(self, kind: SheetKind, sheet: Sheet, columns: ColumnMap, language: str) -> None:
        super().__init__(len(sheet.headers), 3)
        self.setObjectName(f"importMapping_{kind}")
        self.kind = kind
        self.sheet = sheet
        self.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Example"), self.tr("Imported as")]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.combos: list[QComboBox] = []
        for column, title in enumerate(sheet.headers):
            self.setItem(column, 0, QTableWidgetItem(title or self.tr("(no header)")))
            self.setItem(column, 1, QTableWidgetItem(self._example(column)))
            combo = QComboBox()
            combo.setObjectName(f"mapColumn{column}")
            combo.addItem(self.tr("Not imported"), None)
            for field in fields(kind):
                combo.addItem(field.header(language), field.key)
            combo.setCurrentIndex(max(0, combo.findData(columns[column])))
            self.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        if self.combos:  # wide enough for the longest field name (Finnish ones are long)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(2, self.combos[0].sizeHint().width() + 8)

    def _example(self, column: int) -> str:
        for row in self.sheet.rows[:_EXAMPLE_ROWS]:
            if column < len(row) and row[column] is not None:
                return (cell_text(row[column]) or "")[:80]
        return ""

    def columns(self) -> ColumnMap:
        return [combo.currentData() for combo in self.combos]


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("importMappingPage")
        self.owner = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Raketti recognised the columns it knows by their headers. Check them, and "
                "choose a field for any column it did not recognise."
            )
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("importMappingTabs")
        self.hint = QLabel()
        self.hint.setObjectName("importMappingHint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hint)
        self.sheets: list[SheetMapping] = []

    def initializePage(self) -> None:
        source = self.owner.source
        assert source is not None
        self.tabs.clear()
        for table in self.sheets:
            table.deleteLater()
        self.sheets = []
        pairs: list[tuple[SheetKind, Sheet | None]] = [
            ("customers", source.customers),
            ("contacts", source.contacts),
        ]
        first_guess = self.owner.guess
        for kind, sheet in pairs:
            if sheet is None:
                continue
            remembered = self.owner.ctx.settings.value(settings_key(kind, sheet.headers))
            columns = usable(kind, _loaded(remembered), sheet.headers)
            if columns is None:
                columns = first_guess.of(kind) or guess(sheet, kind)
            table = SheetMapping(kind, sheet, columns, self.owner.ctx.language)
            for combo in table.combos:
                combo.currentIndexChanged.connect(lambda _i: self._changed())
            title = self.tr("Customers") if kind == "customers" else self.tr("Contacts")
            self.tabs.addTab(table, f"{title}: {sheet.name}")
            self.sheets.append(table)
        self._changed()

    def mapping(self) -> Mapping:
        customers = self.sheets[0].columns() if self.sheets else []
        contacts = self.sheets[1].columns() if len(self.sheets) > 1 else None
        return Mapping(customers, contacts)

    def remember(self) -> None:
        for table in self.sheets:
            key = settings_key(table.kind, table.sheet.headers)
            self.owner.ctx.settings.setValue(key, json.dumps(table.columns()))

    def _changed(self) -> None:
        self.hint.setText(self._hint())
        self.completeChanged.emit()

    def _hint(self) -> str:
        if not self.sheets:
            return ""
        columns = self.sheets[0].columns()
        if "name" not in columns:
            return self.tr("Choose the column that holds the customer's name.")
        twice = sorted({k for k in columns if k and columns.count(k) > 1})
        if twice:
            names = {f.key: f.header(self.owner.ctx.language) for f in fields("customers")}
            return self.tr("Chosen for two columns (the first one is used): {fields}").format(
                fields=", ".join(names[k] for k in twice)
            )
        return ""

    def isComplete(self) -> bool:
        return bool(self.sheets) and "name" in self.sheets[0].columns()

    def validatePage(self) -> bool:
        self.remember()
        self.owner.mapping = self.mapping()
        return True


def _loaded(value: Any) -> Any:
    if not isinstance(value, str):
        return None
    try:
        return json.loads(value)
    except ValueError:
        return None
