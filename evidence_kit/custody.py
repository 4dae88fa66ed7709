"""The append-only, hash-chained, signed chain-of-custody log.

Each event commits to the previous event's hash and is signed by the vault owner's
Ed25519 key, so removing, reordering or editing any event breaks the chain at a point
``verify_chain`` can name. Events carry hashes and item ids, never identities or
original file names: custody excerpts travel inside dossiers, including redacted ones.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import sqlite_utils
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .clock import utc_now

GENESIS = "0" * 64
CHAINED_FIELDS = ("seq", "at", "actor", "vault_id", "action", "case_uid", "item_kind",
                  "item_uid", "hashes", "details", "prev_hash")


def canonical(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(event: dict[str, Any]) -> str:
    body = {name: event.get(name) for name in CHAINED_FIELDS}
    return hashlib.sha256(canonical(body).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    count: int
    broken_at: int | None = None
    problem: str = ""


def append(db: sqlite_utils.Database, signer: Ed25519PrivateKey, vault_id: str, actor: str,
           action: str, *, case_uid: str | None = None, item_kind: str | None = None,
           item_uid: str | None = None, hashes: dict[str, str] | None = None,
           details: dict[str, Any] | None = None) -> dict[str, Any]:
    """Append one event. Call inside the same transaction as the change it records."""
    last = db.execute("SELECT seq, hash FROM custody_events ORDER BY seq DESC LIMIT 1").fetchone()
    event: dict[str, Any] = {
        "seq": (last[0] + 1) if last else 1, "at": utc_now(), "actor": actor,
        "vault_id": vault_id, "action": action, "case_uid": case_uid, "item_kind": item_kind,
        "item_uid": item_uid, "hashes": canonical(hashes or {}),
        "details": canonical(details or {}), "prev_hash": last[1] if last else GENESIS,
    }
    event["hash"] = event_hash(event)
    event["signature"] = base64.b64encode(signer.sign(bytes.fromhex(event["hash"]))).decode()
    db["custody_events"].insert(event)
    return event


def events(db: sqlite_utils.Database, case_uid: str | None = None) -> Iterator[dict[str, Any]]:
    where, args = ("case_uid = ?", [case_uid]) if case_uid else (None, [])
    yield from db["custody_events"].rows_where(where, args, order_by="seq")


def verify_events(rows: Iterable[dict[str, Any]], public_key: Ed25519PublicKey,
                  contiguous: bool = True) -> ChainReport:
    """Walk a chain (or, with ``contiguous=False``, an excerpt) and report the first break."""
    prev_hash, expected_seq, count = GENESIS, 1, 0
    for row in rows:
        seq = row["seq"]
        if contiguous and seq != expected_seq:
            return ChainReport(False, count, seq, f"event {expected_seq} is missing")
        if contiguous and row["prev_hash"] != prev_hash:
            return ChainReport(False, count, seq, f"event {seq} does not follow event {seq - 1}")
        if event_hash(row) != row["hash"]:
            return ChainReport(False, count, seq, f"event {seq} was altered after it was written")
        try:
            public_key.verify(base64.b64decode(row["signature"]), bytes.fromhex(row["hash"]))
        except (InvalidSignature, ValueError):
            return ChainReport(False, count, seq, f"event {seq} has an invalid signature")
        prev_hash, expected_seq, count = row["hash"], seq + 1, count + 1
    return ChainReport(True, count)


def verify_chain(db: sqlite_utils.Database, public_key: Ed25519PublicKey) -> ChainReport:
    return verify_events(events(db), public_key)
