"""File → Open recent: the databases opened last on this laptop, kept in its settings
(the launcher remembers each it opens; the File menu lists them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_KEY = "file/recent"
RECENT_COUNT = 5


def recent_files(settings: QSettings) -> list[Path]:
    """The databases opened last on this laptop, newest first (missing ones included)."""
    value = settings.value(RECENT_KEY, [], type=list)
    return [Path(str(v)) for v in value if str(v)] if isinstance(value, list) else []


def remember_recent(settings: QSettings, path: Path) -> None:
    kept = [p for p in recent_files(settings) if p != path]
    settings.setValue(RECENT_KEY, [str(p) for p in [path, *kept][:RECENT_COUNT]])
    settings.sync()


def forget_missing(settings: QSettings) -> list[Path]:
    """Drop the files that no longer exist from Recent; return them."""
    files = recent_files(settings)
    missing = [p for p in files if not p.exists()]
    settings.setValue(RECENT_KEY, [str(p) for p in files if p.exists()])
    settings.sync()
    return missing
