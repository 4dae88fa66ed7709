"""The JSON entries a dossier carries for each item, filtered by disclosure level.

Confidential dossiers carry what the investigators need (capture metadata, the identity
the witness consented to). Redacted dossiers carry nothing that re-identifies anyone: no
GPS, device, original file name, interview place or people present, and in every free
text (the case's title, summary and situation, accounts, exhibit descriptions and tags,
source notes) each witness name of the case and each marked word replaced
(``text_redaction.case_rules``).
"""

from __future__ import annotations

import json
from typing import Any

from . import consent, text_redaction
from .consent_gate import GateDecision, initials
from .records import Record, code
from .testimonies import content_hash, incidents_of
from .vault import Vault

EXHIBIT_FIELDS = ("uid", "kind", "media_type", "declared_type", "size", "sha256", "sha512",
                  "capture_time", "capture_offset", "gps_lat", "gps_lon", "gps_alt",
                  "camera_make", "camera_model", "camera_serial", "software", "description",
                  "location_text", "acquired_at", "acquired_by", "acquired_how",
                  "received_from", "source_url", "original_filename")
EXHIBIT_REDACTED_FIELDS = ("uid", "kind", "media_type", "size", "sha256", "sha512",
                           "description", "acquired_how")
EXHIBIT_REDACTED_TEXT = ("description", "acquired_how")  # free text: through the rules
TESTIMONY_FIELDS = ("uid", "pseudonym", "role", "interview_date", "interview_place",
                    "interview_mode", "interviewer", "interviewer_org", "interpreter",
                    "language", "referral", "prior_accounts", "narrative", "welfare_followup",
                    "feedback_promised", "notes")
TESTIMONY_REDACTED_FIELDS = ("uid", "pseudonym", "role", "interview_date", "interview_mode",
                             "interviewer_org", "language", "narrative")
INCIDENT_FIELDS = ("date", "date_precision", "place", "description", "basis", "told_by")
SOURCE_FIELDS = ("uid", "kind", "title", "author", "publisher", "url", "published_date",
                 "accessed_date", "quote", "locator", "reliability", "credibility", "language",
                 "notes")
SOURCE_TEXT = ("title", "author", "publisher", "quote", "locator", "notes")
CASE_FIELDS = ("uid", "title", "summary", "situation", "country", "target_body")
CASE_TEXT = ("title", "summary", "situation")  # typed by the user: may quote a witness
Rules = list[tuple[str, str]]


def _redacted(value: Any, rules: Rules | None) -> Any:
    return text_redaction.apply(value, rules or []) if isinstance(value, str) else value


def case_entry(case: Record, rules: Rules | None = None) -> dict[str, Any]:
    """``rules`` (redacted dossiers): the case's text rules, applied to the typed text."""
    entry = {k: case[k] for k in CASE_FIELDS}
    for key in CASE_TEXT if rules else ():
        entry[key] = _redacted(entry[key], rules)
    return entry


def exhibit_path(row: Record, extensions: dict[str, str]) -> str:
    date = (row.get("capture_time") or "")[:10] or "undated"
    ext = extensions.get(row["media_type"], ".bin")
    return f"data/exhibits/{code('exhibits', row['number'])}-{row['kind']}-{date}{ext}"


def exhibit_entry(row: Record, level: str, path: str, rules: Rules | None = None
                  ) -> dict[str, Any]:
    """``rules``: the case's text rules, applied to free text of a redacted entry."""
    redacted = level != "confidential"
    fields = EXHIBIT_REDACTED_FIELDS if redacted else EXHIBIT_FIELDS
    entry: dict[str, Any] = {"code": code("exhibits", row["number"]), "file": path}
    entry.update({k: row[k] for k in fields})
    entry["tags"] = json.loads(row["tags"] or "[]")
    if redacted:
        for key in EXHIBIT_REDACTED_TEXT:
            entry[key] = _redacted(entry[key], rules)
        entry["tags"] = [text_redaction.apply(str(tag), rules or []) for tag in entry["tags"]]
    if row.get("derivation"):
        derivation = json.loads(row["derivation"])
        entry["derived_from_sha256"] = derivation.get("parent_sha256")
        entry["derivation_steps"] = derivation.get("steps", [])
    return entry


def testimony_entry(vault: Vault, row: Record, decision: GateDecision,
                    level: str, rules: Rules | None = None) -> dict[str, Any]:
    """``rules``: the case's text rules (default: this testimony's own)."""
    redacted = level != "confidential"
    fields = TESTIMONY_REDACTED_FIELDS if redacted else TESTIMONY_FIELDS
    if not redacted:
        rules = []
    elif rules is None:
        rules = text_redaction.rules_for(vault, row)
    entry: dict[str, Any] = {"code": code("testimonies", row["number"])}
    entry.update({k: text_redaction.apply(row[k], rules) if isinstance(row[k], str) else row[k]
                  for k in fields})
    if not redacted:
        entry["persons_present"] = json.loads(row["persons_present"] or "[]")
        entry["read_back"] = bool(row["read_back"])
    entry["original_narrative_sha256"] = content_hash(row)
    entry["narrative_sha256"] = content_hash({"narrative": entry["narrative"]})
    entry["incidents"] = [
        {k: text_redaction.apply(i[k] or "", rules) for k in INCIDENT_FIELDS
         if not (redacted and k == "told_by")}
        for i in incidents_of(vault, row["id"])]
    entry["consent"] = consent.summary(vault, row["id"])
    entry["disclosure"] = {"identity": decision.identity, "notes": decision.reasons,
                           "overridden": decision.overridden}
    if decision.identity in ("full", "initials") and not redacted:
        name = vault.db["witnesses"].get(row["witness_id"]).get("full_name") or ""
        if name:
            entry["witness_name" if decision.identity == "full" else "witness_initials"] = \
                name if decision.identity == "full" else initials(name)
    return entry


def source_entry(row: Record, rules: Rules | None = None) -> dict[str, Any]:
    """``rules`` (redacted dossiers): the case's text rules, applied to free text."""
    entry = {"code": code("sources", row["number"]), **{k: row[k] for k in SOURCE_FIELDS}}
    for key in SOURCE_TEXT if rules else ():
        entry[key] = _redacted(entry[key], rules)
    return entry
