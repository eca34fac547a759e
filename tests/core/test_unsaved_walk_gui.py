"""Finding the editors of a window is a walk of its widgets with one class lookup each
(issue 24: a team switch walked thousands of widgets through a Protocol isinstance)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget

from views.unsaved import editors_in

pytestmark = pytest.mark.gui


class _Form(QWidget):
    """An editor: the four methods of views.unsaved.Editor."""

    def has_unsaved(self) -> bool:
        return True

    def save(self) -> bool:
        return True

    def discard(self) -> None:
        pass

    def unsaved_what(self) -> str:
        return "The form"


class _NotQuite(QWidget):
    def has_unsaved(self) -> bool:  # only one of the four: not an editor
        return True


def test_editors_are_found_hidden_and_nested_and_only_they(qtbot) -> None:  # type: ignore[no-untyped-def]
    root = QWidget()
    qtbot.addWidget(root)
    outer = _Form(root)
    inner = _Form(QWidget(outer))
    inner.hide()
    _NotQuite(root)
    QLineEdit(root)
    for _ in range(2):  # the second walk answers from the classes already decided
        assert set(map(id, editors_in(root))) == {id(outer), id(inner)}
    assert [id(e) for e in editors_in(outer)] == [id(outer), id(inner)]
