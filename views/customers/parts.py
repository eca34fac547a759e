"""What other areas add to the customer's detail pane: the tabs and boxes they declare in
their `Area` (`customer_tabs`, `customer_boxes`, app/areas.py), built here by reference, so
that the Customers area imports none of them (the areas import each other without a cycle:
tests/core/test_layers.py).

A part is a QWidget class called with the context. It offers `show_customer(customer_id)`
(None: nothing chosen; the pane calls it for every customer shown), and may offer:
- `reload_team()`: the team company changed (its members, its segmentations);
- `on_changed(changes)`: every change set, for a part without a `Refresher` of its own;
- `mark_fields(forms, fields)` (a box): the Details tab's form layouts and its field widgets
  by field name, for a box that marks fields (team sync's conflict marks).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.areas import CustomerPart, load
from views.context import AppContext


def build(declared: list[CustomerPart], ctx: AppContext) -> list[QWidget]:
    """The declared parts' widgets, in the declarations' order."""
    built = []
    for part in declared:
        widget = load(part.widget)(ctx)
        if not isinstance(widget, QWidget) or not callable(getattr(widget, "show_customer", 0)):
            raise TypeError(f"{part.widget} must be a QWidget with show_customer(customer_id)")
        built.append(widget)
    return built


def title(part: CustomerPart) -> str:
    """A declared tab's title, translated in its widget class's context."""
    return QCoreApplication.translate(part.context(), part.title or "")


def each(widgets: list[QWidget], hook: str, *args: Any) -> None:
    """Call `hook(*args)` on every part that offers it."""
    for widget in widgets:
        method = getattr(widget, hook, None)
        if method is not None:
            method(*args)
