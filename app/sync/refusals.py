"""Files refused at the last sync (damaged, hostile, forged, or from a newer Raketti): each
with the laptop it claims to come from, the file and the reason, kept in `sync_setting`
(`refused_files`) so that Settings → Team sync lists them until a sync no longer refuses
them. A refused file never stops the other files of the sync.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app.store import Store
from app.sync.capture import put_setting, raw, setting
from app.sync.safefiles import FileProblem

if TYPE_CHECKING:
    from app.sync.engine import SyncReport

KEY = "refused_files"
SHOWN = 200  # the list kept: a folder full of junk must not fill the database


@dataclass(frozen=True)
class Refused:
    laptop: str  # the name of the laptop it claims to come from (or its id's start)
    device: str
    file: str  # the file's name
    message: str  # an English template in the "sync" context
    args: dict[str, str]


class Refusals:
    """The refusals of one sync: each is a note in the report and a line in the list."""

    def __init__(self, store: Store, report: SyncReport) -> None:
        self.store = store
        self.report = report
        self.items: list[Refused] = []
        with store.read() as session:
            self.names = dict(raw(session).execute("SELECT uuid, name FROM sync_device").fetchall())

    def laptop(self, device: str) -> str:
        return self.names.get(device) or device[:8]

    def add(self, device: str, problem: FileProblem, say: bool = True) -> None:
        """Note the refusal (unless the caller says it in a sentence of its own) and list it."""
        if say:
            self.report.note(problem.message, **problem.args_)
        args = {key: str(value) for key, value in problem.args_.items()}
        name = Path(args.get("path", "")).name
        self.items.append(Refused(self.laptop(device), device, name, problem.message, args))

    def save(self) -> None:
        data = [item.__dict__ for item in self.items[:SHOWN]]
        with self.store.write() as session:
            put_setting(raw(session), KEY, json.dumps(data, ensure_ascii=False))


def refused(session: Session) -> list[Refused]:
    """The files refused at the last sync."""
    try:
        data = json.loads(setting(raw(session), KEY) or "[]")
        return [Refused(**item) for item in data]
    except (ValueError, TypeError):
        return []
