"""Operation files: the only thing laptops exchange.

    <folder>/raketti/<team uuid>/ops/<device uuid>/000001.ops
    <folder>/raketti/<team uuid>/snapshots/<device uuid>-<clock>.sqlite

An .ops file (format 3) is sealed with the team key (sealed_ops.py): a readable header line
(what routes and orders it), then the encrypted, compressed text; formats 1 and 2, still
read, are gzip-compressed text. The text is one header line of JSON, then one operation per
line (a JSON array). The header names the format version, the schema revisions of the writer,
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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.files import ExportError
from app.sync import sealed_ops
from app.sync.crypt import pieces
from app.sync.keys import Keyring
from app.sync.safefiles import (
    BYTES_PER_FILE,
    MAX_FILE_BYTES,
    MAX_OPS,
    Budget,
    FileProblem,  # raised here too; importers keep `from app.sync.opfiles import FileProblem`
    chunks,
    inflate_lines,
    is_real_dir,
    open_regular,
    real_dir,
)
from app.sync.signing import OPS, Signer, Trust
from app.sync.state import Op
from models.database import known_revisions
from models.rules import QT_TRANSLATE_NOOP

# 3: sealed with the team key (sealed_ops.py); 2: signed by its laptop (signing.py), in
# clear; 1: before signing. 1 and 2 are still read (a teammate not updated yet).
FORMAT = 3
SUFFIX = ".ops"
_NAME = re.compile(r"^(\d{6,12})\.ops$")  # 12 digits: a name is never too long a number


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
    key: str = ""  # the signing laptop's public key (format 2)
    # the writing database's incarnation (app/sync/numbering.py); "" before there was one
    incarnation: str = ""
    # the teammates whose clocks its writer found ahead of its own, with the seconds
    # (app/sync/clockwatch.py); an unreadable value is ignored, never a reason to refuse
    clocks: tuple[tuple[str, int], ...] = ()
    key_id: str = ""  # the team key that sealed it (format 3)


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


def number_of(name: str) -> int | None:
    """The number of an operation file's name; None for any other name."""
    match = _NAME.match(name)
    return int(match.group(1)) if match else None


def listed(folder: Path, team: str) -> Iterator[tuple[str, int, Path]]:
    """(device, number, path) of every operation file in the team's folder, in order.
    Temporary files (dot-prefixed) and anything else are not listed, nor what lies behind
    a link (FileProblem when the team's folder itself is one)."""
    try:
        root = real_dir(folder, ("raketti", team, "ops"))
    except FileNotFoundError:
        return
    for device_dir in sorted(root.iterdir()):
        if not is_real_dir(device_dir) or device_dir.name.startswith("."):
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


def decode_lines(body: Iterable[bytes]) -> tuple[list[Op], tuple[tuple[int, str], ...]]:
    """The operations of a file's body lines (split on "\n" only: U+2028 may stand inside
    a text), and the lines that are none (set aside, app/sync/setaside.py)."""
    ops: list[Op] = []
    bad: list[tuple[int, str]] = []
    for number, raw_line in enumerate(body, start=2):  # line 1 is the header
        line = raw_line.rstrip(b"\n")
        if not line.strip():
            continue
        try:
            ops.append(decode(line.decode("utf-8")))
        except (ValueError, TypeError, RecursionError):  # UnicodeDecodeError is a ValueError
            bad.append((number, line[:2000].decode("utf-8", "replace")))
    return ops, tuple(bad)


def batches(ops: list[Op], count: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each file's operations: at most `count` operations and about
    BYTES_PER_FILE of text each, so that every file stays within the readers' limits."""
    start = size = 0
    for index, op in enumerate(ops):
        length = len(encode(op).encode("utf-8")) + 1
        if index > start and (index - start >= count or size + length > BYTES_PER_FILE):
            yield start, index
            start, size = index, 0
        size += length
    if start < len(ops):
        yield start, len(ops)


def write(
    path: Path,
    header: dict[str, object],
    ops: list[Op],
    signer: Signer,
    *,
    keys: Keyring | None = None,
) -> None:
    """Write one operation file under its real name, which must be free, signed by this
    laptop and, with `keys`, sealed with the team's newest key (format 3; without: format
    2 in clear, as before encryption). `NumberTaken` when a file of that name exists,
    ExportError when a folder on the way is a link, OSError when the folder cannot be
    written."""
    body = "".join(encode(op) + "\n" for op in ops).encode("utf-8")
    head = dict(header, ops=len(ops), sha256=hashlib.sha256(body).hexdigest())
    head["first"] = ops[0].op_id if ops else ""
    head["last"] = ops[-1].op_id if ops else ""
    if keys is not None:
        data = sealed_ops.encode(head, body, signer, keys)
    else:
        head = signer.sign(OPS, dict(head, format=2))
        line = json.dumps(head, ensure_ascii=False).encode("utf-8")
        data = gzip.compress(line + b"\n" + body, compresslevel=6, mtime=0)
    root = path.parents[4]  # <folder>/raketti/<team>/ops/<device>/<file>
    try:
        real_dir(root, path.parent.relative_to(root).parts, create=True)
    except FileProblem as problem:
        raise ExportError(problem.message, **problem.args_) from problem
    if path.exists() or path.is_symlink():
        raise NumberTaken(str(path))
    handle, name = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=f".tmp{SUFFIX}", dir=path.parent
    )
    os.close(handle)
    temporary = Path(name)
    try:
        temporary.write_bytes(data)
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


def read_header(line: bytes, path: Path) -> tuple[Header, dict[str, object]]:
    """The header line's fields, checked, and the line as read (what its signature covers)."""
    raw = _parse(line, path)
    return _header(raw, path), raw


def _parse(line: bytes, path: Path) -> dict[str, Any]:
    """A header line's JSON: NewerFile for a newer format, FileProblem when unreadable."""
    try:
        raw = json.loads(line)
        if not isinstance(raw, dict):
            raise TypeError("not an object")
    except (ValueError, TypeError, RecursionError) as error:
        raise _unreadable(path, error) from error
    if not isinstance(raw.get("format", 0), int) or raw.get("format", 0) > FORMAT:
        raise NewerFile(
            QT_TRANSLATE_NOOP(
                "sync", "{path} was written by a newer Raketti. Update Raketti to apply it."
            ),
            path=str(path),
        )
    return raw


def _unreadable(path: Path, error: object) -> FileProblem:
    return _bad(
        path,
        QT_TRANSLATE_NOOP("sync", "Skipped {path}: its header cannot be read ({error})."),
        error=error,
    )


def _header(raw: dict[str, Any], path: Path) -> Header:
    try:
        return Header(
            int(raw["format"]), tuple(str(s) for s in raw["schema"]), str(raw["team"]),
            str(raw["device"]), str(raw.get("device_name", "")), int(raw["number"]),
            str(raw["first"]), str(raw["last"]), int(raw["ops"]), str(raw["written_at"]),
            str(raw["sha256"]), str(raw.get("key", "")), str(raw.get("incarnation", "")),
            _clocks(raw.get("clocks")),
            str(raw.get("key_id", "")),
        )  # fmt: skip
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        raise _unreadable(path, error) from error


def _clocks(value: object) -> tuple[tuple[str, int], ...]:
    if not isinstance(value, dict) or len(value) > 1000:
        return ()
    return tuple(
        (str(device), int(seconds))
        for device, seconds in value.items()
        if isinstance(seconds, int) and not isinstance(seconds, bool)
    )


def _place(path: Path, team: str, device: str) -> None:
    """The file must lie in its device's folder in the team's folder, with no link on the way."""
    if len(path.parents) < 5 or path.parent.name != device or path.parents[2].name != team:
        raise _bad(
            path,
            QT_TRANSLATE_NOOP(
                "sync", "Skipped {path}: it lies in the wrong place (moved or renamed by hand?)."
            ),
        )
    real_dir(path.parents[4], ("raketti", team, "ops", device))


def read(
    path: Path, team: str, device: str, number: int, trust: Trust, *, keys: Keyring | None = None
) -> OpsFile:
    """Read and check one file (FileProblem / NewerFile when it cannot be applied): a
    regular file inside the team's folder, within the size limits (safefiles.py), signed by
    the key `trust` knows for `device`, sealed with a key of `keys` (format 3; formats 1
    and 2 in clear are read as before), its operations matching its count."""
    _place(path, team, device)
    budget = Budget(path)
    with open_regular(path, MAX_FILE_BYTES) as handle:
        data = b"".join(chunks(handle, path, MAX_FILE_BYTES, budget))
    if sealed_ops.is_sealed(data):
        line, sealed = sealed_ops.split(data, path)
        raw = _parse(line, path)
        _where(path, raw, team, device, number)
        lines = sealed_ops.open_body(raw, sealed, path, keys)
        try:
            inner = _parse(next(lines), path)
        except StopIteration:
            raise _unreadable(path, "empty") from None
        inner.pop("format", None)
        header = _header(dict(inner, **raw), path)
        digest, raw_header = None, raw
    else:
        lines = inflate_lines(pieces(data), path, 16 + zlib.MAX_WBITS, budget)  # gzip
        try:
            header, raw_header = read_header(next(lines), path)
        except StopIteration:
            raise _bad(
                path,
                QT_TRANSLATE_NOOP(
                    "sync", "Skipped {path}: it has no header (it may still be copying)."
                ),
            ) from None
        placed = {"team": header.team, "device": header.device, "number": header.number}
        _where(path, placed, team, device, number)
        digest = hashlib.sha256()
    if set(header.schema) - known_revisions():
        raise NewerFile(
            QT_TRANSLATE_NOOP(
                "sync", "{path} was written by a newer Raketti. Update Raketti to apply it."
            ),
            path=str(path),
        )
    # Held back before its signature is checked: nothing of it is applied either way.
    if digest is not None:
        trust.verify(OPS, raw_header, device, number, path)
    else:
        sealed_ops.verify(raw_header, sealed, path, device, number, trust)
    if header.ops > MAX_OPS:
        raise _too_many(path)
    body = []
    for count, line in enumerate(lines, 1):
        if count > MAX_OPS:
            raise _too_many(path)
        if digest is not None:
            digest.update(line)
        body.append(line)
    if digest is not None and digest.hexdigest() != header.sha256:
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


def _where(path: Path, raw: dict[str, Any], team: str, device: str, number: int) -> None:
    """The header names the team, laptop and number its place says."""
    if raw.get("team") != team:
        raise _bad(
            path, QT_TRANSLATE_NOOP("sync", "Skipped {path}: it belongs to another team company.")
        )
    if raw.get("device") != device or raw.get("number") != number:
        raise _bad(
            path,
            QT_TRANSLATE_NOOP(
                "sync", "Skipped {path}: it lies in the wrong place (moved or renamed by hand?)."
            ),
        )


def _too_many(path: Path) -> FileProblem:
    return _bad(
        path,
        QT_TRANSLATE_NOOP(
            "sync",
            "Skipped {path}: it holds more than {limit} operations; no Raketti writes such files.",
        ),
        limit=MAX_OPS,
    )
