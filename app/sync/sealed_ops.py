"""Operation files of format 3: sealed with the team key (app/sync/crypt.py), signed by
their laptop (app/sync/signing.py).

    {"format": 3, "team": …, "device": …, "number": …, "first": …, "last": …,
     "key_id": …, "nonce": …, "sha256": …, "size": …, "key": …, "signed_from": …,
     "signature": …}\n
    <AES-256-GCM of zlib of: {"schema", "device_name", "written_at", "incarnation",
     "ops"}\n + one operation per line>

The first line stays readable: what routes and orders the file (team, device, number, the
clock range of its operations) and what opens it (key id, nonce). It is the associated
data of the encryption, and the signature covers it with the SHA-256 of the ciphertext, so
the file is both signed by its laptop and sealed with the team's key: a changed byte, a
header moved onto another file's ciphertext or a file cut short is refused. Reading
opens it first (the tag: only a member could have sealed it), then holds back a newer
Raketti's file (its schema is inside), then checks the signature, as for format 2.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.sync.crypt import pieces, seal, unseal
from app.sync.keys import Keyring
from app.sync.safefiles import MAX_LINE_BYTES, Budget, FileProblem, damaged, inflate_lines
from app.sync.signing import Signer, Trust
from models.rules import QT_TRANSLATE_NOOP

FORMAT = 3
OPS3 = b"raketti ops file 3\n"  # what its signature is for (format 2 signs OPS)
READABLE = ("team", "device", "number", "first", "last")


def encode(head: dict[str, Any], body: bytes, signer: Signer, keys: Keyring) -> bytes:
    """The bytes of a sealed file: `head` as the writer fills it, `body` the lines."""
    readable = {name: head[name] for name in READABLE}
    inner = {k: v for k, v in head.items() if k not in READABLE and k != "sha256"}
    plain = json.dumps(inner, ensure_ascii=False).encode("utf-8") + b"\n" + body
    fields, sealed = seal(keys.current, dict(readable, format=FORMAT), plain)
    fields = dict(fields, sha256=hashlib.sha256(sealed).hexdigest(), size=len(sealed))
    signed = signer.sign(OPS3, fields)
    return json.dumps(signed, ensure_ascii=True).encode("ascii") + b"\n" + sealed


def is_sealed(data: bytes) -> bool:
    """Format 3 starts with its readable header; formats 1 and 2 are gzip (1f 8b)."""
    return data[:1] == b"{"


def split(data: bytes, path: Path) -> tuple[bytes, bytes]:
    line, newline, sealed = data.partition(b"\n")
    if not newline or len(line) > MAX_LINE_BYTES:
        raise damaged(path, "no header")
    return line, sealed


def open_body(
    raw: dict[str, Any], sealed: bytes, path: Path, keys: Keyring | None
) -> Iterator[bytes]:
    """The decrypted lines (the inner header first) of a sealed file whose readable header
    `raw` was checked for its place; its tag checked (FileProblem). Its signature is
    checked with `verify` once the inner header says it is not a newer Raketti's."""
    plain = unseal(keys, raw, sealed, path)
    return inflate_lines(pieces(plain), path, zlib.MAX_WBITS, Budget(path))


def verify(
    raw: dict[str, Any], sealed: bytes, path: Path, device: str, number: int, trust: Trust
) -> None:
    """Signed by `device`'s key (its readable header and the ciphertext's SHA-256)."""
    if "signature" not in raw:
        raise damaged(path, "not signed")
    trust.verify(OPS3, raw, device, number, path)
    if raw.get("sha256") != hashlib.sha256(sealed).hexdigest():
        raise FileProblem(
            QT_TRANSLATE_NOOP(
                "sync", "Skipped {path}: its checksum does not match (edited by hand or damaged)."
            ),
            path=str(path),
        )
