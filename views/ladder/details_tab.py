"""The "Customer" side tab: the chosen card's facts and criteria, step buttons, and its
moves on the ladder."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ladder.cards import Card
from app.ladder.moves import HistoryRow, history
from models.ladder import LEVELS, next_level, previous_level
from views.context import AppContext
from views.labels import size_label
from views.ladder.labels import (
    OVERDUE_COLOUR,
    QUIET_COLOUR,
    READY_COLOUR,
    criterion_text,
    level_title,
    short_date,
)


class CustomerDetails(QWidget):
    """One customer of the board; `stepRequested(+1 / -1)` from its move buttons."""

    stepRequested = Signal(int)

    def __init__(self, ctx: AppContext, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = lang
        self.detail_title = QLabel(self.tr("Choose a customer on the board."))
        self.detail_title.setObjectName("ladderDetailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_text = QLabel()
        self.detail_text.setObjectName("ladderDetailText")
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextFormat(Qt.TextFormat.RichText)
        self.up_button = QPushButton()
        self.up_button.setObjectName("ladderUpButton")
        self.down_button = QPushButton()
        self.down_button.setObjectName("ladderDownButton")
        self.up_button.clicked.connect(lambda: self.stepRequested.emit(1))
        self.down_button.clicked.connect(lambda: self.stepRequested.emit(-1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        self.history = self._build_history()
        layout = QVBoxLayout(self)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.detail_text)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Moves on the ladder:")))
        layout.addWidget(self.history, 1)
        self.set_step_buttons(None)

    def _build_history(self) -> QTableWidget:
        table = QTableWidget(0, 5)
        table.setObjectName("ladderHistory")
        table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("From"), self.tr("To"), self.tr("Reason"), self.tr("By")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Reasons wrap: row heights follow the reason column's width.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def show_customer(self, card: Card | None) -> None:
        self.set_step_buttons(card)
        self.history.setRowCount(0)
        if card is None:
            self.detail_title.setText(self.tr("Choose a customer on the board."))
            self.detail_text.clear()
            return
        self.detail_title.setText(f"<b>{card.name}</b> — {card.level} {level_title(card.level)}")
        self.detail_text.setText("<br>".join(self._facts(card) + self._criteria(card)))
        self._fill_history(history(self.ctx.store, card.id))

    def _facts(self, card: Card) -> list[str]:
        """Owner, time at the level, last contact, silence, next step and referrer."""
        lines = [
            self.tr("Owner: {owner} · size {size}").format(
                owner=card.owner or self.tr("nobody"), size=size_label(card.size_class)
            ),
            self.tr("At this level since {date} (%n day(s))", "", card.days_in_level).format(
                date=short_date(card.entered_on)
            ),
            self.tr("Last contact: {date}").format(date=short_date(card.last_contact)),
        ]
        if card.quiet:
            lines.append(
                f"<span style='color:{QUIET_COLOUR}'>"
                + self.tr(
                    "Gone quiet: %n day(s) without contact (limit {limit}).", "", card.silent_days
                ).format(limit=card.silence_limit)
                + "</span>"
            )
        if card.next_step:
            colour = OVERDUE_COLOUR if card.overdue else "inherit"
            lines.append(
                f"<span style='color:{colour}'>"
                + self.tr("Next step: {step} ({due})").format(
                    step=card.next_step, due=short_date(card.next_step_due)
                )
                + "</span>"
            )
        else:
            lines.append(self.tr("No next step agreed."))
        lines.append(
            self.tr("Referred by: {name}").format(name=card.referred_by or self.tr("nobody"))
        )
        return lines

    def _criteria(self, card: Card) -> list[str]:
        """The next level's criteria, met or not, and whether the customer is ready."""
        lines = []
        if card.criteria:
            lines.append(
                "<br><b>"
                + self.tr("Criteria of {level}").format(level=card.criteria[0][0].level)
                + "</b>"
            )
            for criterion, met in card.criteria:
                colour = READY_COLOUR if met else "inherit"
                mark = "✓" if met else "✗"
                lines.append(
                    f"<span style='color:{colour}'>{mark} "
                    f"{criterion_text(criterion, self.lang)}</span>"
                )
        if card.ready:
            lines.append(
                f"<b style='color:{READY_COLOUR}'>"
                + self.tr("Ready to move up: every criterion of {level} is met.").format(
                    level=next_level(card.level)
                )
                + "</b>"
            )
        return lines

    def _fill_history(self, rows: list[HistoryRow]) -> None:
        for row in rows:
            position = self.history.rowCount()
            self.history.insertRow(position)
            arrow = "▲" if LEVELS.index(row.to_level) > LEVELS.index(row.from_level) else "▼"
            for column, value in enumerate(
                [
                    short_date(row.moved_on),
                    row.from_level,
                    f"{arrow} {row.to_level}",
                    row.reason,
                    row.author or "",
                ]
            ):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.history.setItem(position, column, item)

    def set_step_buttons(self, card: Card | None) -> None:
        up = next_level(card.level) if card else None
        down = previous_level(card.level) if card else None
        self.up_button.setText(self.tr("Move up to {level}…").format(level=up or "–"))
        self.down_button.setText(self.tr("Move down to {level}…").format(level=down or "–"))
        self.up_button.setEnabled(up is not None)
        self.down_button.setEnabled(down is not None)
        self.up_button.setVisible(card is not None)
        self.down_button.setVisible(card is not None)
