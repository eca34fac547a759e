"""The Customers panel's widgets without their behaviour: search bar, table, splitter.

The panel (views/customers/panel.py) wraps one of these and connects it. Start-up builds
one earlier, before SQLAlchemy is imported, to paint the first page of customers
(views/early_start.py); the panel then takes that very frame over, so the window does not
change under the user's eyes: the same table widget, scroll position, selection and typed
text. Imports no SQLAlchemy (tests/core/test_early_start.py checks).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from views.customers.table_view import customer_table
from views.widgets import limited


class CustomerFrame(QWidget):
    def __init__(self, model: QAbstractItemModel) -> None:
        super().__init__()
        self.setObjectName("customerFrame")
        top = self._build_top()
        self.table = customer_table(model)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("customerEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.empty_label)
        # The detail pane is built once the first rows are painted (or when first needed):
        # the list comes first at start-up. Its place is kept by an empty widget.
        self.splitter = QSplitter()
        self.splitter.setObjectName("customerSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(QWidget())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 450])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    def _build_top(self) -> QHBoxLayout:
        self.search = limited(QLineEdit())
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(
            QCoreApplication.translate(
                "CustomerPanel", "Search names, business IDs, cities, contacts and notes (Ctrl+F)"
            )
        )
        self.search.setClearButtonEnabled(True)
        self.show_archived = QCheckBox(QCoreApplication.translate("CustomerPanel", "Show archived"))
        self.show_archived.setObjectName("showArchived")
        self.count_label = QLabel()
        self.count_label.setObjectName("customerCount")
        self.new_button = QPushButton(QCoreApplication.translate("CustomerPanel", "New customer"))
        self.new_button.setObjectName("newCustomer")
        self.new_button.setToolTip("Ctrl+N")
        self.log_button = QPushButton(QCoreApplication.translate("CustomerPanel", "Log visit"))
        self.log_button.setToolTip("Ctrl+L")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        top.addWidget(self.count_label)
        top.addWidget(self.new_button)
        top.addWidget(self.log_button)
        self.top_row = top  # the panel adds Export view… once the table has its real model
        return top

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("customers/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        header = settings.value("customers/header")
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("customers/splitter", self.splitter.saveState())
        settings.setValue("customers/header", self.table.horizontalHeader().saveState())
