"""Typed ids of the records that cross layers: a customer's id is not a contact's.

`NewType`s cost nothing at run time; the type checker keeps one kind of id from being
passed where another is wanted (`CustomerId(42)` where a plain int came from elsewhere)."""

from __future__ import annotations

from typing import NewType

CustomerId = NewType("CustomerId", int)
ContactId = NewType("ContactId", int)
