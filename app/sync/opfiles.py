"""Operation files: the only thing laptops exchange.

    <folder>/raketti/<team uuid>/ops/<device uuid>/000001.ops
    <folder>/raketti/<team uuid>/snapshots/<device uuid>-<clock>.sqlite

An .ops file is gzip-compressed text: one header line of JSON, then one operation per line
(a JSON array). The header names the format version, the schema revisions of the writer,
the team, the device, the file's number, the clock range and the operation count, and
holds the SHA-256 of the lines after it. Files are written with `app.files.atomic_write`
(a dot-prefixed temporary name in the same folder, fsynced, then renamed), so a sync tool
never sees half a file under a real name. Each device writes only its own folder.

Reading checks everything and raises `FileProblem` (an English template and its values,
translated in the views) for a file that is truncated, corrupt, edited by hand, of another
team or in the wrong folder; `NewerFile` for one made by a newer Raketti, which is kept
for later, never half-applied.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.files import atomic_write
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
    unreadable: tuple[tuple[int, str], ...] = ()  # (line, text): set aside, not applied


def team_dir(folder: Path, team: str) -> Path:
    return folder / "raketti" / team


def ops_dir(folder: Path, team: str, device: str) -> Path:
    return team_dir(folder, team) / "ops" / device


def file_name(number: int) -> str:
    return f"{number:06d}{SUFFIX}"


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
    """One line as an operation; its values are checked before it is applied
    (app/sync/validate.py)."""
    op_id, tbl, rec, kind, name, value, supersedes, member = json.loads(line)
    if kind not in ("I", "U", "D") or not all(isinstance(s, str) for s in supersedes):
        raise ValueError(line[:80])
    return Op(op_id, tbl, rec, kind, name, value, tuple(supersedes), member)


def decode_lines(body: bytes) -> tuple[list[Op], tuple[tuple[int, str], ...]]:
    """The operations of a file's body, and the lines that are none (set aside)."""
    ops: list[Op] = []
    bad: list[tuple[int, str]] = []
    for number, line in enumerate(body.split(b"\n"), start=2):  # line 1 is the header
        if not line:
            continue
        try:
            ops.append(decode(line.decode("utf-8")))
        except (ValueError, TypeError, RecursionError):  # UnicodeDecodeError is a ValueError
            bad.append((number, line[:2000].decode("utf-8", "replace")))
    return ops, tuple(bad)


def write(path: Path, header: dict[str, object], ops: list[Op]) -> None:
    """Write one operation file under its real name, atomically (ExportError on failure)."""
    body = "".join(encode(op) + "\n" for op in ops).encode("utf-8")
    head = dict(header, format=FORMAT, ops=len(ops), sha256=hashlib.sha256(body).hexdigest())
    head["first"] = ops[0].op_id if ops else ""
    head["last"] = ops[-1].op_id if ops else ""
    data = json.dumps(head, ensure_ascii=False).encode("utf-8") + b"\n" + body
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path) as temporary:
        temporary.write_bytes(gzip.compress(data, compresslevel=6, mtime=0))


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
    ops, unreadable = decode_lines(body)
    if len(ops) + len(unreadable) != header.ops:
        raise _bad(
            path,
            QT_TRANSLATE_NOOP(
                "sync", "Skipped {path}: it holds fewer operations than its header says."
            ),
        )
    return OpsFile(header, ops, unreadable)
