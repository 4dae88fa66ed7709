"""The custody-log excerpt a dossier carries, and what a redacted dossier withholds of it.

A confidential dossier carries the case's events and every event about an included item,
exactly as stored (each hash-chained and signed). In a redacted dossier some events hold
free text that can re-identify: who decided a consent override and why, a withdrawal's
bodies and earlier dossiers, a link's wording. Those events are *sealed*: they leave
``custody.jsonl`` (whose every event must re-hash to its recorded hash) and travel as a
stub in ``custody-sealed.jsonl``: sequence number, time, action, item, event hash and
the signer's signature over that hash, never the details. The signature still checks
against the signer's key, and whoever is later shown the full event (from the vault)
can confirm it hashes to the stub's hash. No separate hash of the withheld text is given:
a SHA-256 of a short value (a name) could be confirmed by guessing, while the event hash
also covers the previous event's hash, which a stub does not carry.

Which events are kept whole is a list of actions known to carry only codes, counts, field
names and hashes; any other action (also a future one) is sealed.
"""

from __future__ import annotations

from typing import Any

from . import custody
from .records import Record
from .vault import Vault

# Actions whose details hold nothing but codes, counts, sizes, media types and field names.
OPEN_ACTIONS = frozenset({
    "case-created", "exhibit-ingested", "exhibit-derived", "exhibit-received",
    "exhibit-metadata-edited", "testimony-added", "testimony-received", "source-added",
    "source-received", "text-redaction-added",
})
STUB_FIELDS = ("seq", "at", "action", "case_uid", "item_kind", "item_uid", "hash",
               "signature")


def events_for(vault: Vault, case: Record, uids: set[str]) -> list[dict[str, Any]]:
    """The case's own events plus every event about an included item, as stored."""
    return [row for row in custody.events(vault.db, case["uid"])
            if row["item_kind"] == "case" or row["item_uid"] in uids]


def sealed_stub(event: dict[str, Any]) -> dict[str, Any]:
    return {**{k: event[k] for k in STUB_FIELDS}, "sealed": "details"}


def excerpt(vault: Vault, case: Record, uids: set[str], level: str
            ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(events carried whole, stubs of sealed events); nothing is sealed when confidential."""
    rows = events_for(vault, case, uids)
    if level == "confidential":
        return rows, []
    whole = [row for row in rows if row["action"] in OPEN_ACTIONS]
    sealed = [sealed_stub(row) for row in rows if row["action"] not in OPEN_ACTIONS]
    return whole, sealed
