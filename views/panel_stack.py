"""The areas' panels in the main window, each built the first time it is shown or asked for.

Building every panel at start-up cost more than everything else the first paint needs
(their modules, widgets and first reads: about 0.3 s at 100 000 customers, and memory for
panels the user may not open). The window lists every area from its declaration
(`Area.title`), keeps an empty page in the stack for each panel not yet built, and builds
a panel when it is first shown, or when code asks for it (`window.panels[key]`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.areas import Area, load, panel_title

if TYPE_CHECKING:
    from views.context import AppContext


class PanelClass(Protocol):
    """What the main window needs of an area's panel class."""

    def __call__(self, ctx: AppContext, **made_in_advance: Any) -> QWidget: ...

    def tr_title(self) -> str: ...


def area_title(area: Area) -> str:
    """The area's title in the navigation (its declaration's, else its panel class's)."""
    declared = panel_title(area)
    if declared is None:
        panel_class: PanelClass = load(str(area.panel))
        return panel_class.tr_title()
    return QCoreApplication.translate(*declared)


class LazyPanels(Mapping[str, QWidget]):
    """Area key -> panel, in navigation order, built on first access.

    Iterating gives every area's key (reading a value builds that panel); `built()` gives
    the panels built so far, for work that must not build any (saving the layout).

    The stack holds one page per area, in order (the window made them): an empty one until
    the panel is built, or a page made in advance (`adopt`: key -> widget), which the
    panel takes over when it is built (`panel_class(ctx, frame=page)`).
    """

    def __init__(
        self,
        ctx: AppContext,
        stack: QStackedWidget,
        areas: list[Area],
        on_built: Callable[[str, QWidget], None],
        adopt: Mapping[str, QWidget] | None = None,
    ) -> None:
        self._ctx = ctx
        self._stack = stack
        self._areas = {area.key: area for area in areas if area.panel}
        self._keys = list(self._areas)
        self._built: dict[str, QWidget] = {}
        self._adopt = dict(adopt or {})
        self._on_built = on_built
        assert stack.count() == len(self._keys), "one page per area, made by the window"

    def title(self, key: str) -> str:
        return area_title(self._areas[key])

    def key_at(self, row: int) -> str:
        return self._keys[row]

    def built(self) -> dict[str, QWidget]:
        return dict(self._built)

    def show(self, row: int) -> None:
        """Show the panel at `row`, building it first if it has never been shown."""
        if 0 <= row < len(self._keys):
            self[self._keys[row]]
        self._stack.setCurrentIndex(row)

    def __getitem__(self, key: str) -> QWidget:
        panel = self._built.get(key)
        if panel is None:
            panel = self._build(key)
        return panel

    def _build(self, key: str) -> QWidget:
        area = self._areas[key]  # KeyError for an unknown key, as a dict would
        panel_class: PanelClass = load(str(area.panel))
        index = self._keys.index(key)
        page = self._adopt.pop(key, None)
        if page is not None:
            # The panel takes the page in as its child, which takes it out of the stack: the
            # panel goes in its place, nothing is removed (nothing is painted in between).
            panel = panel_class(self._ctx, frame=page)
            self._stack.insertWidget(index, panel)
        else:
            panel = panel_class(self._ctx)
            placeholder = self._stack.widget(index)
            assert placeholder is not None
            self._stack.insertWidget(index, panel)  # a page not current stays hidden
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self._built[key] = panel
        self._on_built(key, panel)
        return panel

    def __contains__(self, key: object) -> bool:  # without building it
        return key in self._areas

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)
