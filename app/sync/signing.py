"""Files signed by their laptop (Ed25519 through the `cryptography` library).

Each laptop has a signing key of its own, made the first time it syncs; the private half
stays in its database (`sync_setting` `signing_key`, tied to the device identity it signs
for, never copied into a snapshot: docs/sync.md says why there). The public half is
announced in the team's folder (`devices/<device>.json`, itself signed; each laptop
writes only its own) and
carried in every file it signs, so a teammate needs nothing secret to check a file.

Trust on first use: the first key seen for a laptop id (in its announcement, or in its
first signed file) is pinned in the receiving laptop's database (`key:<device>`); from
then on a file under that laptop's name is applied only when that key signed it. Files
written before signing existed (no signature) are accepted only while no key is known for
their laptop, or when numbered below the first file that laptop signed.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.files import ExportError, atomic_write
from app.store import Store
from app.sync.capture import put_setting, raw, setting
from app.sync.crypt import SMALL_FORMAT, open_small, seal_small
from app.sync.keys import Keyring
from app.sync.safefiles import FileProblem, is_real_dir, read_small, real_dir
from models.rules import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

ANNOUNCEMENTS = "devices"  # <folder>/raketti/<team>/devices/<device>.json
# What a signature is for, signed with it, so that one kind of file can never pass for another.
OPS = b"raketti ops file 2\n"
ANNOUNCE = b"raketti device key 1\n"
SNAPSHOT = b"raketti snapshot 1\n"
_OWN = "signing_key"
_PIN = "key:"


def canonical(fields: dict[str, Any]) -> bytes:
    """The bytes a signature covers: every field but the signature, in one fixed form."""
    rest = {k: v for k, v in fields.items() if k != "signature"}
    return json.dumps(rest, sort_keys=True, ensure_ascii=True, separators=(",", ":")).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def valid(key: object, signature: object, message: bytes) -> bool:
    """Whether `signature` (base64) is `key`'s (base64, raw Ed25519) over `message`."""
    if not isinstance(key, str) or not isinstance(signature, str):
        return False
    try:
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(key, validate=True))
        public.verify(base64.b64decode(signature, validate=True), message)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


@dataclass(frozen=True)
class Signer:
    """This laptop's key: signs what it writes."""

    device: str
    private: Ed25519PrivateKey
    signed_from: int  # the number of the first file it signed

    @property
    def key(self) -> str:
        return _b64(self.private.public_key().public_bytes_raw())

    def sign(self, purpose: bytes, fields: dict[str, Any]) -> dict[str, Any]:
        """`fields` with this laptop's key and its signature over them."""
        signed = dict(fields, key=self.key, signed_from=self.signed_from)
        signed["signature"] = _b64(self.private.sign(purpose + canonical(signed)))
        return signed

    @staticmethod
    def generate(device: str, signed_from: int = 1) -> Signer:
        return Signer(device, Ed25519PrivateKey.generate(), signed_from)


def own_signer(store: Store) -> Signer:
    """This laptop's signer, made the first time (and again when the database got another
    device identity: a key signs for one laptop only). Its own key is pinned too, so that
    its own folder is checked like any other."""
    with store.read() as session:
        signer = _stored(raw(session))
    if signer is not None:
        return signer
    with store.write() as session:
        db = raw(session)
        signer = _stored(db)
        if signer is None:
            device = setting(db, "device") or ""
            signer = Signer.generate(device, int(setting(db, "next_file") or 1))
            secret = _b64(signer.private.private_bytes_raw())
            stored = {"device": device, "key": secret, "from": signer.signed_from}
            put_setting(db, _OWN, json.dumps(stored))
            _save_pin(db, device, Pin(signer.key, signer.signed_from))
    return signer


def has_own_key(store: Store) -> bool:
    """Whether the database holds the key of its current laptop identity."""
    with store.read() as session:
        return _stored(raw(session)) is not None


def _stored(db: Any) -> Signer | None:
    """The key kept for this laptop's current identity (None: none yet, or another's)."""
    device = setting(db, "device") or ""
    stored = json.loads(setting(db, _OWN) or "{}")
    if stored.get("device") != device:
        return None
    private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored["key"]))
    return Signer(device, private, int(stored["from"]))


def forget_own_key(db: Any) -> None:
    """Remove this laptop's private key (from a snapshot's copy of the database)."""
    db.execute("DELETE FROM sync_setting WHERE key = ?", (_OWN,))


@dataclass(frozen=True)
class Pin:
    key: str
    signed_from: int


def _save_pin(db: Any, device: str, pin: Pin) -> None:
    put_setting(db, _PIN + device, json.dumps({"key": pin.key, "from": pin.signed_from}))


def _problem(template: str, path: Path, laptop: str, **args: object) -> FileProblem:
    return FileProblem(template, path=str(path), laptop=laptop, **args)


@dataclass
class Trust:
    """The keys known for the team's laptops; `learn` pins a key seen for the first time."""

    pins: dict[str, Pin] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    remember: Callable[[str, Pin], None] | None = None

    def laptop(self, device: str) -> str:
        return self.names.get(device) or device[:8]

    def learn(self, device: str, pin: Pin) -> None:
        self.pins[device] = pin
        if self.remember is not None:
            self.remember(device, pin)

    def verify(
        self, purpose: bytes, fields: dict[str, Any], device: str, number: int, path: Path
    ) -> None:
        """Refuse (FileProblem) a file under `device`'s name that its key did not sign."""
        pin = self.pins.get(device)
        laptop = self.laptop(device)
        if "signature" not in fields:  # written before signing existed
            if pin is None or number < pin.signed_from:
                return
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "sync",
                    "Skipped {path}: it is not signed, but laptop {laptop} signs its files "
                    "since its file {first} (written by an older Raketti under its name, or "
                    "forged).",
                ),
                path, laptop, first=pin.signed_from,
            )  # fmt: skip
        key = fields.get("key")
        if pin is not None and key != pin.key:
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "sync",
                    "Skipped {path}: it is signed with another key than the one first seen "
                    "for laptop {laptop} (forged, or that laptop's key was replaced).",
                ),
                path, laptop,
            )  # fmt: skip
        if not valid(key, fields.get("signature"), purpose + canonical(fields)):
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "sync",
                    "Skipped {path}: its signature does not match its contents (forged or "
                    "damaged); laptop {laptop} did not write it so.",
                ),
                path, laptop,
            )  # fmt: skip
        if pin is None:
            first = fields.get("signed_from", number)
            self.learn(device, Pin(str(key), first if isinstance(first, int) else number))


def load_trust(
    store: Store,
    root: Path,
    team: str,
    refuse: Callable[[str, FileProblem], None],
    *,
    keys: Keyring | None = None,
) -> Trust:
    """The pinned keys, plus the keys announced in the team's folder for laptops not known
    yet. An announcement that cannot be read, or that names another key than the one
    pinned, is reported with `refuse(device, problem)`. FileProblem when the team's
    folder itself is a link."""
    with store.read() as session:
        db = raw(session)
        rows = db.execute(
            "SELECT substr(key, ?), value FROM sync_setting WHERE key LIKE ?",
            (len(_PIN) + 1, _PIN + "%"),
        ).fetchall()
        names = dict(db.execute("SELECT uuid, name FROM sync_device").fetchall())
    pins = {}
    for device, value in rows:
        stored = json.loads(value)
        pins[device] = Pin(stored["key"], int(stored["from"]))

    def remember(device: str, pin: Pin) -> None:
        with store.write() as session:
            _save_pin(raw(session), device, pin)

    trust = Trust(pins, names, remember)
    for folder in _entries(root, ("raketti", team, "ops")):
        if not is_real_dir(folder) and (folder.is_symlink() or folder.is_dir()):
            refuse(folder.name, _link_problem(folder))
    for path in _entries(root, ("raketti", team, ANNOUNCEMENTS)):
        if path.suffix != ".json":
            continue
        try:
            _take_announcement(trust, path, team, path.stem, keys)
        except FileProblem as problem:
            refuse(path.stem, problem)
        except OSError as error:
            log.info("announcement %s vanished: %s", path, error)
    return trust


def _entries(root: Path, parts: tuple[str, ...]) -> list[Path]:
    """What a folder of the team's folder holds (no dot files); FileProblem when it is a link."""
    try:
        folder = real_dir(root, parts)
    except FileNotFoundError:
        return []
    return sorted(p for p in folder.iterdir() if not p.name.startswith("."))


def announcement(root: Path, team: str, device: str) -> Path:
    return root / "raketti" / team / ANNOUNCEMENTS / f"{device}.json"


def _link_problem(path: Path) -> FileProblem:
    try:
        real_dir(path.parent, (path.name,))
    except FileProblem as problem:
        return problem
    raise AssertionError(path)  # pragma: no cover - called for links only


def announced(
    path: Path, team: str, device: str, laptop: str, keys: Keyring | None = None
) -> dict[str, Any]:
    """A laptop's key announcement, read, opened with the team key (one in clear from
    before encryption is read as it is) and checked: FileProblem when it cannot be read or
    opened or is not signed by the key it announces; OSError when it is not there."""
    fields: Any = None
    try:
        fields = open_small(read_small(path), path, keys, team=team, device=device)
        ok = isinstance(fields, dict) and fields.get("team") == team
        ok = ok and fields.get("device") == device and isinstance(fields.get("signed_from"), int)
    except (ValueError, UnicodeDecodeError, RecursionError):
        ok = False
    if not ok or not valid(
        fields.get("key"), fields.get("signature"), ANNOUNCE + canonical(fields)
    ):
        raise _problem(
            QT_TRANSLATE_NOOP(
                "sync",
                "Skipped {path}: the key announcement of laptop {laptop} cannot be read or "
                "is not signed by the key it announces.",
            ),
            path, laptop,
        )  # fmt: skip
    return dict(fields)


def _take_announcement(
    trust: Trust, path: Path, team: str, device: str, keys: Keyring | None
) -> None:
    laptop = trust.laptop(device)
    fields = announced(path, team, device, laptop, keys)
    pin = trust.pins.get(device)
    if pin is None:
        trust.learn(device, Pin(fields["key"], fields["signed_from"]))
    elif pin.key != fields["key"]:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "sync",
                "Skipped {path}: it announces another key for laptop {laptop} than the one "
                "first seen; files signed with that key are refused.",
            ),
            path, laptop,
        )  # fmt: skip


def announce(
    signer: Signer, root: Path, team: str, written_at: str, *, keys: Keyring | None = None
) -> None:
    """Write this laptop's key announcement in its own folder when it is missing, says
    something else (replaced by someone) or is not sealed with the team's newest key;
    failures are logged: the sending part reports a folder that cannot be written."""
    try:
        real_dir(root, ("raketti", team, ANNOUNCEMENTS), create=True)
        path = announcement(root, team, signer.device)
        try:
            data = read_small(path)
            there = open_small(data, path, keys, team=team, device=signer.device)
            same = there.get("key") == signer.key and there.get("team") == team
            outer = json.loads(data)
            sealed = outer.get("format") == SMALL_FORMAT
            current = keys is None or (sealed and outer.get("key_id") == keys.current.key_id)
            if (
                same
                and current
                and valid(signer.key, there.get("signature"), ANNOUNCE + canonical(there))
            ):
                return
        except (OSError, ValueError, UnicodeDecodeError, AttributeError, FileProblem):
            pass  # missing, damaged or replaced: written again
        fields = {"format": 1, "team": team, "device": signer.device, "written_at": written_at}
        signed = signer.sign(ANNOUNCE, fields)
        if keys is not None:
            readable = {"team": team, "device": signer.device}
            data = seal_small(keys.current, readable, signed)
        else:
            data = json.dumps(signed, indent=1).encode()
        with atomic_write(path) as temporary:
            temporary.write_bytes(data)
    except (OSError, ExportError, FileProblem) as error:
        log.info("could not announce this laptop's key in %s: %s", root, error)
