"""Operation files: the only thing laptops exchange.

    <folder>/raketti/<team uuid>/ops/<device uuid>/000001.ops
    <folder>/raketti/<team uuid>/snapshots/<device uuid>-<clock>.sqlite

An .ops file is gzip-compressed text: one header line of JSON, then one operation per line
(a JSON array). The header names the format version, the schema revisions of the writer,
the team, the device, the file's number, the clock range and the operation count, the
writing database's incarnation (app/sync/numbering.py), and holds the SHA-256 of the lines
after it. A file is written to a dot-prefixed temporary name in the same folder, fsynced,
and then linked under its real name only if that name is free: a sync tool never sees half
a file under a real name, and no file is ever written over another (`NumberTaken`). Each
device writes only its own folder.

Reading checks everything and raises `FileProblem` (an English template and its values,
translated in the views) for a file that is truncated, corrupt, edited by hand, of another
team or in the wrong folder; `NewerFile` for one made by a newer Raketti, which is kept
for later, never half-applied.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import os
import re
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.sync.state import Op
from models.database import known_revisions
from models.rules import QT_TRANSLATE_NOOP

FORMAT = 1
SUFFIX = ".ops"
_NAME = re.compile(r"^(\d{6,})\.ops$")


class FileProblem(Exception):
    """A file that cannot be applied; `message` is an English template for the views."""

    def __init__(self, message: str, **args: object) -> None:
        super().__init__(message.format(**args))
        self.message = message
        self.args_ = args


class NewerFile(FileProblem):
    """Made by a newer Raketti: kept and applied once this laptop is updated."""


class NumberTaken(Exception):
    """A file of that number is in the folder already: it is never written over."""


@dataclass(frozen=True)
class Header:
    format: int
    schema: tuple[str, ...]
    team: str
    device: str
    device_name: str
    number: int
    first: str
    last: str
    ops: int
    written_at: str
    sha256: str


@dataclass(frozen=True)
class OpsFile:
    header: Header
    ops: list[Op]


def team_dir(folder: Path, team: str) -> Path:
    return folder / "raketti" / team


def ops_dir(folder: Path, team: str, device: str) -> Path:
    return team_dir(folder, team) / "ops" / device


def file_name(number: int) -> str:
    return f"{number:06d}{SUFFIX}"


def number_of(name: str) -> int | None:
    """The number of an operation file's name; None for any other name."""
    match = _NAME.match(name)
    return int(match.group(1)) if match else None


def listed(folder: Path, team: str) -> Iterator[tuple[str, int, Path]]:
    """(device, number, path) of every operation file in the team's folder, in order.
    Temporary files (dot-prefixed) and anything else are not listed."""
    root = team_dir(folder, team) / "ops"
    for device_dir in sorted(root.iterdir()) if root.is_dir() else []:
        if not device_dir.is_dir() or device_dir.name.startswith("."):
            continue
        numbered = []
        for path in device_dir.iterdir():
            match = _NAME.match(path.name)
            if match:
                numbered.append((int(match.group(1)), path))
        for number, path in sorted(numbered):
            yield device_dir.name, number, path


def encode(op: Op) -> str:
    return json.dumps(
        [op.op_id, op.tbl, op.rec, op.kind, op.field, op.value, list(op.supersedes), op.member],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def decode(line: str) -> Op:
    op_id, tbl, rec, kind, name, value, supersedes, member = json.loads(line)
    if kind not in ("I", "U", "D") or not all(isinstance(s, str) for s in supersedes):
        raise ValueError(line[:80])
    return Op(op_id, tbl, rec, kind, name, value, tuple(supersedes), member)


def write(path: Path, header: dict[str, object], ops: list[Op]) -> None:
    """Write one operation file under its real name, which must be free: `NumberTaken`
    when a file of that name exists (OSError when the folder cannot be written)."""
    body = "".join(encode(op) + "\n" for op in ops).encode("utf-8")
    head = dict(header, format=FORMAT, ops=len(ops), sha256=hashlib.sha256(body).hexdigest())
    head["first"] = ops[0].op_id if ops else ""
    head["last"] = ops[-1].op_id if ops else ""
    data = json.dumps(head, ensure_ascii=False).encode("utf-8") + b"\n" + body
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() or path.is_symlink():
        raise NumberTaken(str(path))
    handle, name = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=f".tmp{SUFFIX}", dir=path.parent
    )
    os.close(handle)
    temporary = Path(name)
    try:
        temporary.write_bytes(gzip.compress(data, compresslevel=6, mtime=0))
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        _place_new(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def _place_new(temporary: Path, path: Path) -> None:
    """Give the finished file its real name without ever replacing another file: a hard
    link fails when the name exists (atomic, even against another process writing the same
    number). A folder without hard links (FAT, some network drives) gets the name reserved
    with O_EXCL first; a reader may then meet it empty for a moment, which it skips as
    "still copying" and reads next time."""
    try:
        os.link(temporary, path)
        return
    except FileExistsError as error:
        raise NumberTaken(str(path)) from error
    except OSError:
        pass  # no hard links here
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
    except FileExistsError as error:
        raise NumberTaken(str(path)) from error
    os.replace(temporary, path)


def _bad(path: Path, template: str, **args: object) -> FileProblem:
    return FileProblem(template, path=str(path), **args)


def read_header(data: bytes, path: Path) -> tuple[Header, bytes]:
    newline = data.find(b"\n")
    if newline < 0:
        raise _bad(
            path,
            QT_TRANSLATE_NOOP(
                "sync", "Skipped {path}: it has no header (it may still be copying)."
            ),
        )
    try:
        raw = json.loads(data[:newline])
        if raw.get("format", 0) > FORMAT:
            raise NewerFile(
                QT_TRANSLATE_NOOP(
                    "sync", "{path} was written by a newer Raketti. Update Raketti to apply it."
                ),
                path=str(path),
            )
        header = Header(
            int(raw["format"]), tuple(raw["schema"]), str(raw["team"]), str(raw["device"]),
            str(raw.get("device_name", "")), int(raw["number"]), str(raw["first"]),
            str(raw["last"]), int(raw["ops"]), str(raw["written_at"]), str(raw["sha256"]),
        )  # fmt: skip
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise _bad(
            path,
            QT_TRANSLATE_NOOP("sync", "Skipped {path}: its header cannot be read ({error})."),
            error=error,
        ) from error
    return header, data[newline + 1 :]


def read(path: Path, team: str, device: str, number: int) -> OpsFile:
    """Read and check one file (FileProblem / NewerFile when it cannot be applied)."""
    try:
        data = gzip.decompress(path.read_bytes())
    except (OSError, EOFError, zlib.error) as error:
        raise _bad(
            path,
            QT_TRANSLATE_NOOP("sync", "Skipped {path}: it is truncated or damaged ({error})."),
            error=error,
        ) from error
    header, body = read_header(data, path)
    if header.team != team:
        raise _bad(
            path, QT_TRANSLATE_NOOP("sync", "Skipped {path}: it belongs to another team company.")
        )
    if header.device != device or header.number != number:
        raise _bad(
            path,
            QT_TRANSLATE_NOOP(
                "sync", "Skipped {path}: it lies in the wrong place (moved or renamed by hand?)."
            ),
        )
    if set(header.schema) - known_revisions():
        raise NewerFile(
            QT_TRANSLATE_NOOP(
                "sync", "{path} was written by a newer Raketti. Update Raketti to apply it."
            ),
            path=str(path),
        )
    if hashlib.sha256(body).hexdigest() != header.sha256:
        raise _bad(
            path,
            QT_TRANSLATE_NOOP(
                "sync", "Skipped {path}: its checksum does not match (edited by hand or damaged)."
            ),
        )
    try:
        ops = [decode(line) for line in body.decode("utf-8").splitlines() if line]
    except (ValueError, TypeError, UnicodeDecodeError) as error:
        raise _bad(
            path,
            QT_TRANSLATE_NOOP(
                "sync", "Skipped {path}: an operation in it cannot be read ({error})."
            ),
            error=error,
        ) from error
    if len(ops) != header.ops:
        raise _bad(
            path,
            QT_TRANSLATE_NOOP(
                "sync", "Skipped {path}: it holds fewer operations than its header says."
            ),
        )
    return OpsFile(header, ops)
