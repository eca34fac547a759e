"""Writing a user's file safely: to a temporary name beside it, then moved into place.

Every export (calendar, workbook, CSV, sync files) goes through `atomic_write`, so a full
disk, a vanished folder or a crash never leaves a half-written file under the real name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from models.rules import QT_TRANSLATE_NOOP


class ExportError(Exception):
    """The file could not be written; `message` is an English template for the views."""

    def __init__(self, message: str, **args: object) -> None:
        super().__init__(message.format(**args))
        self.message = message
        self.args_ = args


@contextlib.contextmanager
def atomic_write(path: Path) -> Iterator[Path]:
    """Yield a temporary path in `path`'s folder; on success it replaces `path`.

    On any error the temporary file is removed and an OSError becomes an ExportError
    naming the file; other exceptions (a cancelled export) pass through unchanged."""
    path = Path(path)
    try:
        # Hidden, and ending in the real suffix: Qt's and pyqtgraph's writers choose the
        # format from it (an image written to "x.tmp" would fail).
        handle, name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=f".tmp{path.suffix}", dir=path.parent
        )
    except OSError as error:
        raise _failed(path, error) from error
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, path)
    except OSError as error:
        _remove(temporary)
        raise _failed(path, error) from error
    except BaseException:
        _remove(temporary)
        raise


def _remove(temporary: Path) -> None:
    with contextlib.suppress(OSError):
        temporary.unlink(missing_ok=True)


def _failed(path: Path, error: OSError) -> ExportError:
    return ExportError(
        QT_TRANSLATE_NOOP("rules", "The file could not be written to {path}: {error}"),
        path=str(path),
        error=error.strerror or str(error),
    )
