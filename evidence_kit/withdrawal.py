"""Consent withdrawal: record it, and tell everyone who already received the account.

Withdrawal stops future exports at once (the consent gate reads it). For dossiers
already sent, a signed withdrawal notice lists each affected dossier and the items and
hashes it held (the account and the exhibits linked to it, such as its recording, or the
redacted copies of those), so every recipient can find and set aside exactly what is
covered. Dossiers sent by override count as much as those sent with consent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .atomic import write_atomic
from .clock import utc_now
from .consent import scopes_of
from .errors import InvalidInput, Phrase
from .minisign import sign_stream
from .records import BODIES, Record, code, get_item, new_uid
from .testimonies import content_hash
from .vault import Vault

NOTICE_SCHEMA = "evidence-kit-withdrawal/1"


@dataclass(frozen=True)
class WithdrawalResult:
    testimony_code: str
    bodies: list[str]
    notices: list[Path]


@dataclass(frozen=True)
class Affected:
    """A sent dossier that held the testimony or an item linked to it, and those items."""

    dossier: Record
    items: list[dict[str, Any]]  # from its sealed manifest: code, uid, sha256 (exhibits)


def linked_items(vault: Vault, testimony: Record) -> dict[str, dict[str, Any]]:
    """uid -> {code, relation[, derived_from]} of every exhibit linked to the testimony
    (its recording, a photo the witness gave) and of every copy derived from one."""
    found: dict[str, dict[str, Any]] = {}
    todo: list[tuple[int, str, str | None]] = []
    for link in vault.db.query(
            "SELECT * FROM links WHERE (from_kind = 'testimony' AND from_id = ? AND "
            "to_kind = 'exhibit') OR (to_kind = 'testimony' AND to_id = ? AND "
            "from_kind = 'exhibit') ORDER BY id", [testimony["id"], testimony["id"]]):
        todo.append((link["to_id"] if link["to_kind"] == "exhibit" else link["from_id"],
                     link["relation"], None))
    while todo:
        exhibit_id, relation, origin = todo.pop(0)
        row = vault.db["exhibits"].get(exhibit_id)
        if row["uid"] in found:
            continue
        ref = code("exhibits", row["number"])
        found[row["uid"]] = {"code": ref, "relation": relation,
                             **({"derived_from": origin} if origin else {})}
        todo += [(child["id"], relation, ref) for child in
                 vault.db["exhibits"].rows_where("parent_id = ?", [exhibit_id], order_by="id")]
    return found


def _affected_dossiers(vault: Vault, testimony: Record, bodies: set[str] | None
                       ) -> list[Affected]:
    """Every dossier sent from this case that held the testimony or a linked item, for
    ``bodies`` (None: any body), whatever let it go there (consent or an override): the
    sealed manifest of each export is the record of what was sent."""
    linked = linked_items(vault, testimony)
    sent = vault.db["dossiers"].rows_where("direction = 'sent' AND case_id = ?",
                                           [testimony["case_id"]], order_by="created_at")
    found = []
    for dossier in sent:
        if bodies is not None and dossier["recipient_body"] not in bodies:
            continue
        held = [item for item in json.loads(dossier["manifest"])
                if item.get("uid") == testimony["uid"] or item.get("uid") in linked]
        if held:
            found.append(Affected(dossier, held))
    return found


def _targets(scopes: list[Record], sent: list[Affected], bodies: list[str] | None
             ) -> tuple[list[Record], list[str]]:
    """(active scopes to withdraw, bodies to record a withdrawal for without one)."""
    active = [s for s in scopes if not s["withdrawn_on"]]
    chosen = [s for s in active if bodies is None or s["body"] in bodies]
    live = {s["body"] for s in active}
    already = {s["body"] for s in scopes if s["withdrawn_on"]} - live
    received = {a.dossier["recipient_body"] for a in sent} - live - already
    unscoped = sorted(b for b in received if bodies is None or b in bodies)
    return chosen, unscoped


def withdraw(vault: Vault, case: Record, ref: str, bodies: list[str] | None, note: str,
             notice_dir: Path) -> WithdrawalResult:
    """Withdraw consent for ``bodies`` (default: every body) and write the notices.

    A body that received the account without a recorded consent (by override) counts too:
    the withdrawal is recorded for it, so no later override can send it there again.
    """
    table, testimony = get_item(vault.db, case["id"], ref)
    if table != "testimonies":
        raise InvalidInput("{ref} is not a testimony.", ref=ref)
    chosen, unscoped = _targets(scopes_of(vault, testimony["id"]),
                                _affected_dossiers(vault, testimony, None), bodies)
    if not chosen and not unscoped:
        if bodies:
            raise InvalidInput("{ref} has no active consent for {bodies}; nothing to "
                               "withdraw.", ref=ref.upper(), bodies=", ".join(bodies))
        raise InvalidInput("{ref} has no active consent for any body; nothing to withdraw.",
                           ref=ref.upper())
    when = utc_now()
    names = sorted({s["body"] for s in chosen} | set(unscoped))
    affected = _affected_dossiers(vault, testimony, set(names))
    with vault.transaction():
        for scope in chosen:
            vault.db["consent_scopes"].update(scope["id"], {"withdrawn_on": when,
                                                            "withdrawal_note": note})
        if unscoped:
            _record_unscoped(vault, testimony, unscoped, when, note)
        vault.log("consent-withdrawn", case_uid=case["uid"], item_kind="testimony",
                  item_uid=testimony["uid"],
                  details={"code": code("testimonies", testimony["number"]), "bodies": names,
                           "dossiers": [a.dossier["id"] for a in affected]})
    linked = linked_items(vault, testimony)
    notices = [_write_notice(vault, testimony, a, linked, when, notice_dir) for a in affected]
    return WithdrawalResult(code("testimonies", testimony["number"]), names, notices)


def _record_unscoped(vault: Vault, testimony: Record, bodies: list[str], when: str,
                     note: str) -> None:
    """A withdrawal for bodies the vault had no consent for: a consent record holding
    only withdrawn scopes (share_account 0), which the consent gate reads as withdrawn."""
    consent_id = vault.db["consents"].insert({
        "uid": new_uid(), "testimony_id": testimony["id"],
        "record": "withdrawal for a body that received the account without recorded consent",
        "given_on": "", "how": "", "obtained_by": "", "created_at": when,
        "updated_at": when}).last_pk
    for body in bodies:
        vault.db["consent_scopes"].insert({
            "consent_id": consent_id, "body": body, "share_account": 0, "identity": "none",
            "may_contact": 0, "publication": 0, "onward_sharing": 0,
            "aware_government_letter": 0, "conditions": "", "withdrawn_on": when,
            "withdrawal_note": note})


def _write_notice(vault: Vault, testimony: Record, affected: Affected,
                  linked: dict[str, dict[str, Any]], when: str, folder: Path) -> Path:
    dossier = affected.dossier
    items = [{"code": item.get("code"), "uid": item.get("uid"),
              **({"sha256": item["sha256"]} if item.get("sha256") else
                 {"narrative_sha256": content_hash(testimony)}
                 if item.get("uid") == testimony["uid"] else {}),
              **{k: v for k, v in linked.get(item.get("uid"), {}).items() if k != "code"}}
             for item in affected.items]
    notice: dict[str, Any] = {
        "schema": NOTICE_SCHEMA, "withdrawn_at": when,
        "dossier_id": dossier["id"], "dossier_sha256": dossier["file_sha256"],
        "recipient_body": dossier["recipient_body"],
        "recipient_body_name": BODIES.get(dossier["recipient_body"], ""),
        "testimony": {"uid": testimony["uid"], "code": code("testimonies", testimony["number"]),
                      "pseudonym": testimony["pseudonym"],
                      "narrative_sha256": content_hash(testimony)},
        "items": items,
        "request": ("The person who gave this account has withdrawn consent to its use by "
                    "your body. Please set aside every item listed (the account and the "
                    "files linked to it, such as its recording), do not share them further, "
                    "and confirm."),
        "signer_fingerprint": vault.fingerprint,
    }
    data = (json.dumps(notice, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
    path = Path(folder) / f"{dossier['id']}.withdrawal-{notice['testimony']['code']}.json"
    signature = sign_stream(vault.signing_key, data,
                            f"withdrawal:{dossier['id']}\t{notice['testimony']['code']}\t{when}",
                            f"Evidence Kit withdrawal notice by {vault.fingerprint}")
    write_atomic(path, data, Phrase("the withdrawal notice"))
    write_atomic(path.with_name(path.name + ".minisig"), signature.encode(),
                 Phrase("the withdrawal notice"))
    return path
