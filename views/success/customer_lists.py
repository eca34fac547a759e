"""The lists of the customer's success tab: goals with checkpoints, satisfaction entries,
risk flags, and the lifecycle and health histories."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from app.success.goals import Goal
from app.success.health import HealthEntry
from app.success.lifecycle import StageChange
from app.success.risk import Flag
from app.success.satisfaction import Entry
from views.success.labels import HEALTH_COLOURS, flag_step, label, short_date

ROLE = Qt.ItemDataRole.UserRole + 20  # ("goal" | "checkpoint" | …, id)


def tree(name: str, headers: list[str], wide: dict[int, int] | None = None) -> QTreeWidget:
    """A list with these headers; `wide` columns (index: width) hold long text and keep a
    set width (the text is elided, the whole of it in the tooltip) instead of growing."""
    widget = QTreeWidget()
    widget.setObjectName(name)
    widget.setHeaderLabels(headers)
    widget.setAlternatingRowColors(True)
    widget.setUniformRowHeights(True)
    header = widget.header()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column, width in (wide or {}).items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    return widget


def chosen(widget: QTreeWidget) -> tuple[str, Any] | None:
    item = widget.currentItem()
    return item.data(0, ROLE) if item is not None else None


def fill_goals(widget: QTreeWidget, goals: list[Goal]) -> None:
    widget.clear()
    for goal in goals:
        confirmed = (
            QCoreApplication.translate("SuccessLists", "confirmed {date}").format(
                date=short_date(goal.value_confirmed_on)
            )
            if goal.value_confirmed_on
            else QCoreApplication.translate("SuccessLists", "not yet confirmed")
        )
        row = QTreeWidgetItem(
            [
                goal.title,
                goal.measure,
                short_date(goal.started_on),
                label("goal_status", goal.status),
                confirmed,
            ]
        )
        row.setData(0, ROLE, ("goal", goal.id))
        row.setToolTip(0, goal.title)
        row.setToolTip(1, goal.measure)
        for checkpoint in goal.checkpoints:
            child = QTreeWidgetItem(
                [
                    checkpoint.description,
                    checkpoint.note or "",
                    short_date(checkpoint.due_on),
                    label("checkpoint_status", checkpoint.status),
                    "",
                ]
            )
            child.setData(0, ROLE, ("checkpoint", checkpoint.id))
            row.addChild(child)
        widget.addTopLevelItem(row)
        row.setExpanded(True)


def fill_entries(widget: QTreeWidget, entries: list[Entry]) -> None:
    widget.clear()
    for entry in entries:
        row = QTreeWidgetItem(
            [
                short_date(entry.measured_on),
                "" if entry.score is None else f"{entry.score} / 5",
                "" if entry.nps is None else str(entry.nps),
                entry.contact or QCoreApplication.translate("SuccessLists", "(whole customer)"),
                entry.note or "",
            ]
        )
        row.setData(0, ROLE, ("entry", entry.id))
        widget.addTopLevelItem(row)


def fill_flags(widget: QTreeWidget, flags: list[Flag]) -> None:
    widget.clear()
    for flag in flags:
        row = QTreeWidgetItem(
            [
                short_date(flag.raised_on),
                flag.contact_name,
                flag_step(flag.contact_name, flag.roles),
            ]
        )
        row.setData(0, ROLE, ("flag", flag.id))
        row.setForeground(1, QBrush(QColor(HEALTH_COLOURS["red"])))
        row.setToolTip(2, row.text(2))
        widget.addTopLevelItem(row)


def fill_history(
    widget: QTreeWidget, stages: list[StageChange], healths: list[HealthEntry]
) -> None:
    """Both histories in one list, newest first."""
    widget.clear()
    rows: list[tuple[Any, QTreeWidgetItem]] = []
    for change in stages:
        what = label("stage", change.to_stage)
        if change.lost_reason:
            what += f" ({label('lost_reason', change.lost_reason)})"
        item = QTreeWidgetItem(
            [
                short_date(change.changed_on),
                QCoreApplication.translate("SuccessLists", "stage"),
                what,
                change.note or "",
                change.author or "",
            ]
        )
        rows.append(((change.changed_on, 0, change.id), item))
    for entry in healths:
        note = entry.reason
        if entry.next_step:
            note += " → " + entry.next_step
        item = QTreeWidgetItem(
            [
                short_date(entry.changed_on),
                QCoreApplication.translate("SuccessLists", "health"),
                label("health", entry.health),
                note,
                entry.author or "",
            ]
        )
        item.setForeground(2, QBrush(QColor(HEALTH_COLOURS.get(entry.health, "#000"))))
        rows.append(((entry.changed_on, 1, entry.id), item))
    for _key, item in rows:
        item.setToolTip(3, item.text(3))
    rows.sort(key=lambda pair: pair[0], reverse=True)
    widget.addTopLevelItems([item for _, item in rows])
