"""The consent gate: may this account go to this body, at this disclosure level, and with
which identity? Decided per testimony from its recorded consent scopes, before export.

Rules (Murad Code; Eurojust/ICC guidelines; the UN Special Procedures form's four
questions: consent to submit, awareness that a letter naming the victim goes to the
government, awareness of publication, full name or initials):
- no active scope for the body (never given, or withdrawn) -> excluded;
- UN Special Procedures: the witness must have been told communications are published;
  a name or initials only if told the government receives a letter naming them;
- UN investigative mechanisms: consent must cover onward sharing with jurisdictions;
- a redacted dossier never carries an identity; a confidential one carries what the
  scope allows (full name, initials, or the pseudonym only).
A person may override an exclusion, recording who decided and why (custody-logged); an
override never discloses an identity. A withdrawal cannot be overridden: it is the
witness's own explicit word, where a missing consent may only be a gap in the record.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .consent import scopes_of
from .errors import Phrase
from .records import BODIES, Record
from .vault import Vault

LEVELS = ("confidential", "redacted")


@dataclass
class GateDecision:
    include: bool
    identity: str = "pseudonym"  # full | initials | pseudonym
    reasons: list[str] = field(default_factory=list)  # Phrases: the GUI translates them
    overridden: bool = False
    withdrawn: bool = False  # excluded because the witness withdrew: no override


def _active_scope(scopes: list[Record], body: str) -> tuple[Record | None, Record | None]:
    mine = [s for s in scopes if s["body"] == body]
    active = next((s for s in mine if s["share_account"] and not s["withdrawn_on"]), None)
    # Any withdrawn scope counts, also one recorded where no consent was on record (an
    # account sent by override, then withdrawn: see withdrawal.py).
    withdrawn = next((s for s in mine if s["withdrawn_on"]), None)
    return active, withdrawn


def decide(scopes: list[Record], body: str, level: str) -> GateDecision:
    name = BODIES.get(body, body)
    scope, withdrawn = _active_scope(scopes, body)
    if scope is None:
        if withdrawn is not None:
            return GateDecision(False, reasons=[Phrase(
                "consent to share with {body} was withdrawn on {date}", body=name,
                date=withdrawn["withdrawn_on"])], withdrawn=True)
        return GateDecision(False, reasons=[Phrase(
            "no recorded consent to share this account with {body}", body=name)])
    if body == "un-sp" and not scope["publication"]:
        return GateDecision(False, reasons=[Phrase("the witness was not told that UN Special "
                                                   "Procedures communications are published")])
    if body == "un-mechanism" and not scope["onward_sharing"]:
        return GateDecision(False, reasons=[Phrase("consent does not cover onward sharing "
                                                   "with national or regional jurisdictions")])
    decision = GateDecision(True, identity=scope["identity"] or "pseudonym")
    if decision.identity == "none":
        decision.identity = "pseudonym"
    if level == "redacted" and decision.identity != "pseudonym":
        decision.identity = "pseudonym"
        decision.reasons.append(Phrase("redacted dossier: pseudonym only"))
    if body == "un-sp" and decision.identity != "pseudonym" and \
            not scope["aware_government_letter"]:
        decision.identity = "pseudonym"
        decision.reasons.append(Phrase("identity withheld: the witness was not told the "
                                       "government receives a letter naming them"))
    return decision


def evaluate(vault: Vault, testimony: Record, body: str, level: str) -> GateDecision:
    return decide(scopes_of(vault, testimony["id"]), body, level)


def linked_testimonies(vault: Vault, exhibit: Record) -> list[tuple[Record, str]]:
    """(testimony, relation) of every testimony linked to ``exhibit`` or to the original
    it was derived from (a recording of the interview, a photo the witness gave...): the
    exhibit follows that testimony's consent."""
    found: dict[int, tuple[Record, str]] = {}
    row: Record | None = exhibit
    seen: set[int] = set()
    while row is not None and row["id"] not in seen:
        seen.add(row["id"])
        for link in vault.db.query(
                "SELECT * FROM links WHERE (from_kind = 'exhibit' AND from_id = ? AND "
                "to_kind = 'testimony') OR (to_kind = 'exhibit' AND to_id = ? AND "
                "from_kind = 'testimony') ORDER BY id", [row["id"], row["id"]]):
            other = link["to_id"] if link["to_kind"] == "testimony" else link["from_id"]
            if other not in found:
                found[other] = (vault.db["testimonies"].get(other), link["relation"])
        parent = row.get("parent_id")
        row = vault.db["exhibits"].get(parent) if parent is not None else None
    return list(found.values())


def initials(full_name: str) -> str:
    return " ".join(f"{part[0]}." for part in full_name.split() if part)
