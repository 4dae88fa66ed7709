"""Consent records: per testimony, per recipient body and per use, with withdrawals.

Stored one scope row per body, so an export can ask the precise question "may this
account go to this body, and with which identity?" (Murad Code; UN SP form).
"""

from __future__ import annotations

from typing import Any

from .clock import utc_now
from .errors import InvalidInput
from .records import Record, new_uid
from .vault import Vault

SHARE_TARGETS = ("icc", "un-sp", "un-mechanism", "national", "public")
IDENTITY_LEVELS = ("full", "initials", "pseudonym", "none")
CONSENT_KEYS = frozenset({"record", "share_with", "be_named", "contact", "given_on", "how",
                          "obtained_by", "aware_government_letter", "aware_publication",
                          "onward_sharing"})
FLAG_KEYS = ("contact", "aware_government_letter", "aware_publication", "onward_sharing")


def parse_consent(raw: object) -> dict[str, Any] | None:
    """Validate the testimony JSON's ``consent`` object."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise InvalidInput("'consent' must be an object.")
    unknown = set(raw) - CONSENT_KEYS
    if unknown:
        raise InvalidInput("Unknown key(s) in consent: {keys}. Allowed: {allowed}.",
                           keys=", ".join(sorted(unknown)),
                           allowed=", ".join(sorted(CONSENT_KEYS)))
    share_with = raw.get("share_with", [])
    if not isinstance(share_with, list) or not all(isinstance(b, str) for b in share_with):
        raise InvalidInput("consent 'share_with' must be a list such as [\"icc\", \"un-sp\"].")
    for body in share_with:
        if body not in SHARE_TARGETS:
            raise InvalidInput("consent 'share_with' has '{body}'; allowed: {allowed}.",
                               body=body, allowed=", ".join(SHARE_TARGETS))
    be_named = raw.get("be_named", "pseudonym")
    if isinstance(be_named, bool):
        be_named = "full" if be_named else "pseudonym"
    if be_named not in IDENTITY_LEVELS:
        raise InvalidInput("consent 'be_named' must be one of {allowed} (or true/false).",
                           allowed=", ".join(IDENTITY_LEVELS))
    for key in FLAG_KEYS:
        if not isinstance(raw.get(key, False), bool):
            raise InvalidInput("consent '{key}' must be true or false.", key=key)
    for key in ("record", "given_on", "how", "obtained_by"):
        if not isinstance(raw.get(key, ""), str):
            raise InvalidInput("consent '{key}' must be text.", key=key)
    return {"record": raw.get("record", ""), "share_with": list(dict.fromkeys(share_with)),
            "be_named": be_named, "given_on": raw.get("given_on", ""), "how": raw.get("how", ""),
            "obtained_by": raw.get("obtained_by", ""),
            **{key: raw.get(key, False) for key in FLAG_KEYS}}


def add_consent(vault: Vault, testimony: Record, consent: dict[str, Any]) -> Record:
    """Store a consent and its scopes; the caller holds the transaction and logs the event."""
    now = utc_now()
    row = {"uid": new_uid(), "testimony_id": testimony["id"], "record": consent["record"],
           "given_on": consent["given_on"], "how": consent["how"],
           "obtained_by": consent.get("obtained_by", ""),
           "created_at": now, "updated_at": now}
    row["id"] = vault.db["consents"].insert(row).last_pk
    publication = "public" in consent["share_with"] or consent.get("aware_publication", False)
    for body in consent["share_with"]:
        vault.db["consent_scopes"].insert({
            "consent_id": row["id"], "body": body, "share_account": 1,
            "identity": consent["be_named"], "may_contact": int(consent.get("contact", False)),
            "publication": int(publication),
            "onward_sharing": int(consent.get("onward_sharing", False)),
            "aware_government_letter": int(consent.get("aware_government_letter", False)),
            "conditions": "", "withdrawn_on": None, "withdrawal_note": ""})
    return row


def scopes_of(vault: Vault, testimony_id: int) -> list[Record]:
    return list(vault.db.query(
        "SELECT s.*, c.given_on, c.how, c.record, c.obtained_by FROM consent_scopes s "
        "JOIN consents c ON c.id = s.consent_id WHERE c.testimony_id = ? ORDER BY s.id",
        [testimony_id]))


def summary(vault: Vault, testimony_id: int) -> dict[str, Any]:
    scopes = [s for s in scopes_of(vault, testimony_id) if not s["withdrawn_on"]]
    return {"share_with": [s["body"] for s in scopes],
            "identity": {s["body"]: s["identity"] for s in scopes},
            "may_contact": {s["body"]: bool(s["may_contact"]) for s in scopes}}




def _scope_terms(consent: dict[str, Any]) -> dict[str, tuple[object, ...]]:
    """Per body, what ``add_consent`` would store for ``consent`` (for comparing)."""
    publication = "public" in consent["share_with"] or consent.get("aware_publication", False)
    return {body: (consent["be_named"], bool(consent.get("contact", False)), bool(publication),
                   bool(consent.get("onward_sharing", False)),
                   bool(consent.get("aware_government_letter", False)),
                   consent["record"], consent["given_on"], consent["how"],
                   consent.get("obtained_by", ""))
            for body in consent["share_with"]}


def active_document(vault: Vault, testimony_id: int) -> dict[str, Any] | None:
    """The active consent in the testimony JSON's form (what an edit form shows and
    ``testimony show --json`` prints), or None when no body has an active consent."""
    scopes = [s for s in scopes_of(vault, testimony_id) if not s["withdrawn_on"]]
    if not scopes:
        return None
    latest = scopes[-1]
    return {"record": latest["record"] or "", "share_with": [s["body"] for s in scopes],
            "be_named": latest["identity"] or "pseudonym",
            "contact": any(s["may_contact"] for s in scopes),
            "given_on": latest["given_on"] or "", "how": latest["how"] or "",
            "obtained_by": latest["obtained_by"] or "",
            "aware_government_letter": any(s["aware_government_letter"] for s in scopes),
            "aware_publication": any(s["publication"] for s in scopes),
            "onward_sharing": any(s["onward_sharing"] for s in scopes)}


def replace_consent(vault: Vault, testimony: Record, consent: dict[str, Any]) -> bool:
    """Record a corrected or widened consent; False when it is what is already recorded.

    The caller holds the transaction and logs the event. Earlier scopes are kept as
    history, marked superseded. Dropping a body is a withdrawal, which must reach earlier
    recipients (``withdrawal.withdraw``), so it is refused here.
    """
    active = [s for s in scopes_of(vault, testimony["id"]) if not s["withdrawn_on"]]
    current = {s["body"]: (s["identity"], bool(s["may_contact"]), bool(s["publication"]),
                           bool(s["onward_sharing"]), bool(s["aware_government_letter"]),
                           s["record"] or "", s["given_on"] or "", s["how"] or "",
                           s["obtained_by"] or "")
               for s in active}
    wanted = _scope_terms(consent)
    if wanted == current:
        return False
    dropped = sorted(set(current) - set(wanted))
    if dropped:
        raise InvalidInput("Editing cannot take back consent for {bodies}: withdraw it instead "
                           "(Withdraw consent…, or 'evidence-kit consent withdraw'), so earlier "
                           "recipients are told.", bodies=", ".join(dropped))
    now = utc_now()
    for scope in active:
        vault.db["consent_scopes"].update(scope["id"], {
            "withdrawn_on": now, "withdrawal_note": "superseded by a corrected consent record"})
    add_consent(vault, testimony, consent)
    return True
