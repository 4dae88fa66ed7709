"""``report_data_from_plan``: the report's data for a planned dossier, read from the vault.

Reads exactly what the plan selected, and shows exactly what the dossier carries at the
plan's disclosure level: every exhibit, testimony and source, and the case's own text,
come from the entries ``plan_dossier`` put into dossier.json (``plan.entries``,
``plan.case_entry``: the same field filtering, text redaction and consent decision), the
custody table lists the events of the dossier's custody.jsonl (``plan.custody``; a
redacted dossier's sealed events only as a count), and the template answers go through
the same case text rules (``plan.rules``). So a redacted report cannot say more than the
redacted dossier, and the account's SHA-256 it prints is the one of the text actually in
the dossier. An identity (full name or initials) appears only where that entry has one:
a confidential dossier whose witness consented for this recipient. Thumbnails and video
posters are made from the decrypted blob in memory; nothing is written to disk.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from evidence_kit import consent as consent_store
from evidence_kit import text_redaction
from evidence_kit.dossier_plan import DossierPlan
from evidence_kit.exhibits import links_of
from evidence_kit.records import Record, code
from evidence_kit.vault import Vault

from .model import (
    CaseInfo,
    ConsentInfo,
    CustodyInfo,
    ExhibitInfo,
    FileInfo,
    IncidentInfo,
    ReportData,
    SourceInfo,
    TestimonyInfo,
)
from .posters import poster_from_chunks
from .templates import MissingTemplateFields, load_template, missing_fields
from .thumbnails import thumbnail_from_chunks

REPORT_PATH = "data/report.pdf"
# The keys under which dossier_entries.testimony_entry puts a consented identity.
IDENTITY_KEYS = {"full": "witness_name", "initials": "witness_initials"}


def _s(value: object) -> str:
    return "" if value is None else str(value)


def _preview(vault: Vault, row: Record) -> bytes | None:
    media_type = _s(row.get("media_type"))
    if media_type.startswith("image/"):
        return thumbnail_from_chunks(vault.read_blob(row["blob_id"]))
    if media_type.startswith("video/"):
        return poster_from_chunks(vault.read_blob(row["blob_id"]), media_type)
    return None


def _exhibit(vault: Vault, plan: DossierPlan, row: Record, thumbnails: bool) -> ExhibitInfo:
    entry = plan.entries[code("exhibits", row["number"])]
    parent = ""
    if row.get("parent_id"):
        found = vault.db.execute("SELECT number FROM exhibits WHERE id = ?",
                                 [row["parent_id"]]).fetchone()
        parent = code("exhibits", found[0]) if found else ""
    camera = " ".join(_s(entry.get(k)) for k in ("camera_make", "camera_model")
                      if entry.get(k))
    return ExhibitInfo(
        code=entry["code"], kind=_s(entry["kind"]), media_type=_s(entry["media_type"]),
        size=int(entry["size"]), sha256=entry["sha256"],
        description=_s(entry.get("description")), file=entry["file"],
        capture_time=_s(entry.get("capture_time")),
        capture_offset=_s(entry.get("capture_offset")),
        gps_lat=entry.get("gps_lat"), gps_lon=entry.get("gps_lon"),
        location_text=_s(entry.get("location_text")), camera=camera,
        acquired_at=_s(entry.get("acquired_at")), acquired_by=_s(entry.get("acquired_by")),
        acquired_how=_s(entry.get("acquired_how")),
        received_from=_s(entry.get("received_from")), source_url=_s(entry.get("source_url")),
        derived_from=parent, thumbnail=_preview(vault, row) if thumbnails else None)


def _consent(vault: Vault, testimony_id: int, redacted: bool) -> ConsentInfo | None:
    """The active scopes. Redacted: only what the dossier's consent summary says (plus the
    onward-sharing flags), never the free-text notes on how or where consent was taken."""
    scopes = [s for s in consent_store.scopes_of(vault, testimony_id) if not s["withdrawn_on"]]
    if not scopes:
        return None
    first = scopes[0]
    return ConsentInfo(
        share_with=list(dict.fromkeys(s["body"] for s in scopes)),
        identity={s["body"]: _s(s["identity"]) for s in scopes},
        may_contact={s["body"]: bool(s["may_contact"]) for s in scopes},
        onward_sharing={s["body"]: bool(s["onward_sharing"]) for s in scopes},
        given_on="" if redacted else _s(first.get("given_on")),
        how="" if redacted else _s(first.get("how")),
        record="" if redacted else _s(first.get("record")))


def _linked(vault: Vault, row: Record, exhibit_codes: dict[int, str]) -> list[str]:
    linked = []
    for link in links_of(vault, "testimony", row["id"]):
        for kind, item_id in ((link["from_kind"], link["from_id"]),
                              (link["to_kind"], link["to_id"])):
            if kind == "exhibit" and item_id in exhibit_codes:
                linked.append(exhibit_codes[item_id])
    return sorted(set(linked))


def _identity(entry: Mapping[str, Any]) -> tuple[str, str]:
    for kind, key in IDENTITY_KEYS.items():
        if entry.get(key):
            return kind, _s(entry[key])
    return "", ""


def _testimony(vault: Vault, plan: DossierPlan, row: Record,
               exhibit_codes: dict[int, str]) -> TestimonyInfo:
    entry = plan.entries[code("testimonies", row["number"])]
    incidents = [IncidentInfo(date=_s(i.get("date")), date_precision=_s(i.get("date_precision")),
                              place=_s(i.get("place")), description=_s(i.get("description")),
                              basis=_s(i.get("basis")), told_by=_s(i.get("told_by")))
                 for i in entry["incidents"]]
    identity_kind, identity = _identity(entry)
    return TestimonyInfo(
        code=entry["code"], pseudonym=_s(entry["pseudonym"]), role=_s(entry.get("role")),
        interview_date=_s(entry.get("interview_date")),
        interview_place=_s(entry.get("interview_place")),
        interview_mode=_s(entry.get("interview_mode")),
        interviewer=_s(entry.get("interviewer")),
        interviewer_org=_s(entry.get("interviewer_org")),
        interpreter=_s(entry.get("interpreter")),
        persons_present=[_s(p) for p in entry.get("persons_present", [])],
        language=_s(entry.get("language")), referral=_s(entry.get("referral")),
        prior_accounts=_s(entry.get("prior_accounts")), narrative=_s(entry["narrative"]),
        narrative_sha256=entry["narrative_sha256"], read_back=entry.get("read_back"),
        incidents=incidents,
        consent=_consent(vault, row["id"], redacted=plan.level != "confidential"),
        linked_exhibits=_linked(vault, row, exhibit_codes),
        identity=identity, identity_kind=identity_kind)


def _source(plan: DossierPlan, row: Record) -> SourceInfo:
    entry = plan.entries[code("sources", row["number"])]
    keys = ("kind", "author", "publisher", "url", "published_date", "accessed_date", "quote",
            "locator", "reliability", "credibility", "language", "notes")
    return SourceInfo(code=entry["code"], title=_s(entry["title"]),
                      **{k: _s(entry.get(k)) for k in keys})


def _custody(plan: DossierPlan) -> list[CustodyInfo]:
    """The events of the dossier's custody.jsonl, nothing read again from the vault: in a
    redacted dossier the sealed ones (an override's reason...) are not among them."""
    codes = {entry["uid"]: ref for ref, entry in plan.entries.items()}
    result = []
    for event in plan.custody:
        item = "case" if event["item_kind"] == "case" else codes.get(event["item_uid"], "")
        hashes = json.loads(event["hashes"] or "{}")
        result.append(CustodyInfo(seq=event["seq"], at=event["at"], action=event["action"],
                                  item=item, item_sha256=_s(hashes.get("sha256")
                                                             or hashes.get("narrative_sha256")),
                                  event_hash=event["hash"]))
    return result


def files_of(plan: DossierPlan) -> list[FileInfo]:
    """The plan's payload files the verification appendix lists (all but the report)."""
    return [FileInfo(f.path, f.sha256, f.size) for f in plan.files if f.path != REPORT_PATH]


def report_data_from_plan(vault: Vault, plan: DossierPlan, *, signer_fingerprint: str,
                          signer_label: str, missing_ok: bool,
                          answers: Mapping[str, str] | None = None,
                          thumbnails: bool = True) -> ReportData:
    """Everything the report shows for ``plan``, at the plan's disclosure level.

    ``answers`` are the per-dossier template answers (field id -> text). When a required
    template field has no value, ``missing_ok=False`` raises ``MissingTemplateFields``
    (naming them); ``missing_ok=True`` goes on and the report says "not provided".
    """
    case = plan.case_entry
    exhibit_codes = {row["id"]: code("exhibits", row["number"]) for row in plan.exhibits}
    data = ReportData(
        dossier_id=plan.dossier_id, created_at=plan.created_at,
        case=CaseInfo(title=_s(case["title"]), summary=_s(case.get("summary")),
                      situation=_s(case.get("situation")),
                      country=_s(case.get("country")), uid=_s(case.get("uid"))),
        recipient_body=plan.recipient_body, signer_fingerprint=signer_fingerprint,
        signer_label=signer_label, level=plan.level,
        exhibits=[_exhibit(vault, plan, row, thumbnails) for row in plan.exhibits],
        testimonies=[_testimony(vault, plan, row, exhibit_codes) for row in plan.testimonies],
        sources=[_source(plan, row) for row in plan.sources],
        custody=_custody(plan), custody_sealed=len(plan.custody_sealed),
        files=files_of(plan),
        template_answers={k: text_redaction.apply(v, plan.rules)
                          for k, v in (answers or {}).items() if isinstance(v, str)})
    if not missing_ok:
        template = load_template(plan.recipient_body)
        missing = missing_fields(template, data.template_answers, data)
        if missing:
            raise MissingTemplateFields(template, missing)
    return data
