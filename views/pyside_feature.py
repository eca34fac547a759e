"""PySide6's import hook without the copy of every module's source.

Importing PySide6 replaces `__import__` with shiboken's `__feature_import__` (the machinery
behind `from __feature__ import snake_case`). After every import it asks whether the new
module mentions "PySide6" (`shibokensupport.feature._mod_uses_pyside`) with
`inspect.getsource(module)`, and that goes through `linecache`, which keeps every line of
every imported file for the rest of the process: some 400 000 lines of SQLAlchemy, numpy,
pyqtgraph and Raketti itself, about 35 MB once every panel has been opened (measured in
bench/bench_startup.py; docs/benchmarks.md). Raketti selects no `__feature__`, but the
check is kept exactly: the same question is answered from the file's bytes, which are
read and dropped. Tracebacks still show source lines (linecache reads them when asked).
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType


def mentions_pyside(module: ModuleType) -> bool:
    """What shiboken's check answers (does the module's source contain "PySide6"?), read
    from the file instead of through linecache. Modules without a .py file (built-in,
    compiled, bytecode only) answer False, as `inspect.getsource` failing does there."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def stop_keeping_sources() -> bool:
    """Replace shiboken's check (if this PySide6 has it) and drop the lines cached so far.
    Returns whether the check was replaced."""
    import PySide6.QtCore  # noqa: F401  (installs the import hook and its module)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = mentions_pyside  # type: ignore[attr-defined]
    linecache.clearcache()
    return True
