"""The one error a database file, path or migration can raise, with an English template."""

from __future__ import annotations

from pathlib import Path

from models.rules import QT_TRANSLATE_NOOP


class DatabaseError(Exception):
    """The database cannot be used; `message` is an English template (context "database").

    `restorable` marks errors about the file's contents (damaged, unfinished update, failed
    migration): for those, opening looks for the copy taken before the last migration and
    names it in `backup`, so that the user can be offered to restore it.
    """

    def __init__(self, message: str, restorable: bool = False, **args: object) -> None:
        super().__init__(message.format(**args))
        self.message = message
        self.args_ = args
        self.restorable = restorable
        self.backup: Path | None = None


# Said when a writable open falls back to reading because the file or its folder cannot
# be written (the window shows it; the command line prints it before refusing to write).
READ_ONLY_NOTE = QT_TRANSLATE_NOOP(
    "database",
    "{path} is read-only, so Raketti opened it for reading: you can look, but not change "
    "anything. To work in it, make the file and its folder writable or copy it to a folder "
    "of your own.",
)

# Follows a restorable error when a copy from before the last migration exists.
BACKUP_HINT = QT_TRANSLATE_NOOP(
    "database", "A copy taken before the last update, on {date}, is {backup}."
)
