"""`main.py privacy erase --db DB --contact UUID-OR-EMAIL --reason TEXT [--yes]`.

Without `--yes` it names the person (name, customer, e-mail, phone, interactions) and asks
y/N on the terminal; anything but "y"/"yes" cancels. One line per error. Exit codes: 0
erased, 1 cancelled, 2 it could not run (no such contact, no reason, erased already, the
database refused).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from app.errors import InvalidRecord
from app.paths import Paths
from app.privacy.erase import describe, erase_contact
from app.privacy.find import find_contact
from app.store import Store

log = logging.getLogger(__name__)


def run_erase(
    target: str,
    contact: str,
    reason: str,
    yes: bool,
    paths: Paths,
    ask: Callable[[str], str] = input,
) -> int:
    store = Store.open(target, paths.backups)
    try:
        with store.read() as session:
            contact_id = find_contact(session, contact)
        person = describe(store, contact_id)
        if person is None:
            raise LookupError(contact)
        if person.erased:
            print("raketti: this person has been erased already.", file=sys.stderr)
            return 2
        if not reason.strip():
            print("raketti: give the reason or reference with --reason.", file=sys.stderr)
            return 2
        print(
            f"Erase {person.name} ({person.customer}; e-mail {person.email or '-'}, "
            f"phone {person.phone or '-'}; {person.interactions} interactions)?"
        )
        print(
            "Their personal data is removed from this database and, through team sync, "
            "from every laptop and the shared folder. This cannot be undone."
        )
        if not yes:
            try:
                answer = ask("Erase? [y/N] ")
            except EOFError:
                answer = ""
            if answer.strip().lower() not in ("y", "yes"):
                print("Cancelled: nothing was erased.")
                return 1
        erased = erase_contact(store, contact_id, reason, backups=paths.backups)
    except InvalidRecord as error:
        print(f"raketti: {error}", file=sys.stderr)
        return 2
    finally:
        store.close()
    print(f"erased: contact {erased.contact_uuid} (erasure {erased.uuid})")
    return 0
