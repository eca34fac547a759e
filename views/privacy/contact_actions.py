"""A contact's privacy actions, for every place that offers a contact's actions (the
customer's Contacts tab, the privacy review): export this person's data, and erase them
(views/privacy/erase_dialog.py).

The export asks where to write (.xlsx or .json), writes off the GUI thread
(`ctx.background`) and says where it wrote: in the window's status bar, and to `done`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from app.files import ExportError
from app.privacy.export import export_person
from models.ids import ContactId
from views.labels import export_error_text
from views.privacy import erase_dialog

FOLDER_KEY = "privacy/export_folder"


def tr(text: str) -> str:
    # lupdate files the calls of a module-level tr() under the empty context: translate
    # them there (tests/core/test_translations.py checks every such helper).
    return QCoreApplication.translate("", text)


def ask_path(ctx: Any, parent: QWidget, name: str) -> Path | None:
    """Where to write the person's data; the chosen type's suffix when the name has none."""
    folder = ctx.settings.value(FOLDER_KEY)
    start = Path(str(folder)) if folder and Path(str(folder)).is_dir() else Path.home()
    # A file name from the person's name: only what every file system takes.
    safe = "".join(ch for ch in name if ch.isalnum() or ch in " -_").strip() or "contact"
    suggested = start / f"{safe} {date.today().isoformat()}.xlsx"
    xlsx, json = tr("Excel workbook (*.xlsx)"), tr("JSON file (*.json)")
    chosen, kind = QFileDialog.getSaveFileName(
        parent, tr("Export this person's data"), str(suggested), f"{xlsx};;{json}"
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".xlsx", ".json"):
        path = path.with_name(path.name + (".json" if kind == json else ".xlsx"))
    ctx.settings.setValue(FOLDER_KEY, str(path.parent))
    return path


def export_person_data(
    ctx: Any,
    contact_id: int,
    name: str,
    parent: QWidget,
    done: Callable[[str], None] | None = None,
) -> bool:
    """Ask for a file and write the person's data to it off the GUI thread; False when the
    user chose no file. `done(sentence)` is told where it was written."""
    path = ask_path(ctx, parent, name)
    if path is None:
        return False
    language = ctx.language

    def finished(_person: object) -> None:
        text = tr("The data of {name} was written to {path}").format(name=name, path=path)
        window = parent.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)
        if done is not None:
            done(text)

    def failed(error: Exception) -> None:
        if isinstance(error, ExportError):
            QMessageBox.warning(parent, tr("Export this person's data"), export_error_text(error))
        elif isinstance(error, LookupError):
            QMessageBox.warning(
                parent, tr("Export this person's data"), tr("The contact no longer exists.")
            )
        else:
            raise error  # a bug: the crash hook shows it with the traceback

    ctx.background.task(
        lambda _progress: export_person(ctx.store, contact_id, path, language), finished, failed
    )
    return True


def ask_and_erase(ctx: Any, contact_id: int, parent: QWidget) -> None:
    """The confirmation and erasure (views/privacy/erase_dialog.py)."""
    erase_dialog.ask_and_erase(ctx, ContactId(contact_id), parent)
