"""``report_data_from_plan``: the report's data for a planned dossier, read from the vault.

Reads exactly what the plan selected. It never reads the ``witnesses`` table: in this
version a report shows pseudonyms only, whatever the consent would allow. Thumbnails are
made from the decrypted blob in memory and nothing is written to disk.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from evidence_kit import consent as consent_store
from evidence_kit import custody as custody_log
from evidence_kit.dossier_plan import DossierPlan, exhibit_path
from evidence_kit.exhibits import links_of
from evidence_kit.records import Record, code
from evidence_kit.testimonies import content_hash, incidents_of
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
from .templates import MissingTemplateFields, load_template, missing_fields
from .thumbnails import thumbnail_from_chunks

REPORT_PATH = "data/report.pdf"


def _s(value: object) -> str:
    return "" if value is None else str(value)


def _exhibit(vault: Vault, row: Record, thumbnails: bool) -> ExhibitInfo:
    parent = ""
    if row.get("parent_id"):
        found = vault.db.execute("SELECT number FROM exhibits WHERE id = ?",
                                 [row["parent_id"]]).fetchone()
        parent = code("exhibits", found[0]) if found else ""
    thumb = None
    if thumbnails and _s(row.get("media_type")).startswith("image/"):
        thumb = thumbnail_from_chunks(vault.read_blob(row["blob_id"]))
    camera = " ".join(p for p in (_s(row.get("camera_make")), _s(row.get("camera_model"))) if p)
    return ExhibitInfo(
        code=code("exhibits", row["number"]), kind=_s(row["kind"]),
        media_type=_s(row["media_type"]), size=int(row["size"]), sha256=row["sha256"],
        description=_s(row.get("description")), file=exhibit_path(row),
        capture_time=_s(row.get("capture_time")), capture_offset=_s(row.get("capture_offset")),
        gps_lat=row.get("gps_lat"), gps_lon=row.get("gps_lon"),
        location_text=_s(row.get("location_text")), camera=camera,
        acquired_at=_s(row.get("acquired_at")), acquired_by=_s(row.get("acquired_by")),
        acquired_how=_s(row.get("acquired_how")), received_from=_s(row.get("received_from")),
        source_url=_s(row.get("source_url")), derived_from=parent, thumbnail=thumb)


def _consent(vault: Vault, testimony_id: int) -> ConsentInfo | None:
    scopes = [s for s in consent_store.scopes_of(vault, testimony_id) if not s["withdrawn_on"]]
    if not scopes:
        return None
    first = scopes[0]
    return ConsentInfo(
        share_with=list(dict.fromkeys(s["body"] for s in scopes)),
        identity={s["body"]: _s(s["identity"]) for s in scopes},
        may_contact={s["body"]: bool(s["may_contact"]) for s in scopes},
        onward_sharing={s["body"]: bool(s["onward_sharing"]) for s in scopes},
        given_on=_s(first.get("given_on")), how=_s(first.get("how")),
        record=_s(first.get("record")))


def _testimony(vault: Vault, row: Record, exhibit_codes: dict[int, str]) -> TestimonyInfo:
    linked = []
    for link in links_of(vault, "testimony", row["id"]):
        for kind, item_id in ((link["from_kind"], link["from_id"]),
                              (link["to_kind"], link["to_id"])):
            if kind == "exhibit" and item_id in exhibit_codes:
                linked.append(exhibit_codes[item_id])
    incidents = [IncidentInfo(date=_s(i["date"]), date_precision=_s(i["date_precision"]),
                              place=_s(i["place"]), description=_s(i["description"]),
                              basis=_s(i["basis"]), told_by=_s(i["told_by"]))
                 for i in incidents_of(vault, row["id"])]
    return TestimonyInfo(
        code=code("testimonies", row["number"]), pseudonym=_s(row["pseudonym"]),
        role=_s(row["role"]), interview_date=_s(row["interview_date"]),
        interview_place=_s(row["interview_place"]), interview_mode=_s(row["interview_mode"]),
        interviewer=_s(row["interviewer"]), interviewer_org=_s(row["interviewer_org"]),
        interpreter=_s(row["interpreter"]),
        persons_present=list(json.loads(row["persons_present"] or "[]")),
        language=_s(row["language"]), referral=_s(row["referral"]),
        prior_accounts=_s(row["prior_accounts"]), narrative=_s(row["narrative"]),
        narrative_sha256=content_hash(row), read_back=bool(row["read_back"]),
        incidents=incidents, consent=_consent(vault, row["id"]),
        linked_exhibits=sorted(set(linked)))


def _source(row: Record) -> SourceInfo:
    keys = ("kind", "author", "publisher", "url", "published_date", "accessed_date", "quote",
            "locator", "reliability", "credibility", "language", "notes")
    return SourceInfo(code=code("sources", row["number"]), title=_s(row["title"]),
                      **{k: _s(row.get(k)) for k in keys})


def _custody(vault: Vault, plan: DossierPlan) -> list[CustodyInfo]:
    """The same excerpt the dossier carries: the case's own events and its items' events."""
    codes = {r["uid"]: code(t, r["number"]) for t, rows in (
        ("exhibits", plan.exhibits), ("testimonies", plan.testimonies),
        ("sources", plan.sources)) for r in rows}
    result = []
    for event in custody_log.events(vault.db, plan.case["uid"]):
        if event["item_kind"] == "case":
            item = "case"
        elif event["item_uid"] in codes:
            item = codes[event["item_uid"]]
        else:
            continue
        hashes = json.loads(event["hashes"] or "{}")
        result.append(CustodyInfo(seq=event["seq"], at=event["at"], action=event["action"],
                                  item=item, item_sha256=_s(hashes.get("sha256")
                                                             or hashes.get("narrative_sha256")),
                                  event_hash=event["hash"]))
    return result


def report_data_from_plan(vault: Vault, plan: DossierPlan, *, signer_fingerprint: str,
                          signer_label: str, missing_ok: bool,
                          answers: Mapping[str, str] | None = None,
                          thumbnails: bool = True) -> ReportData:
    """Everything the report shows for ``plan``.

    ``answers`` are the per-dossier template answers (field id -> text). When a required
    template field has no value, ``missing_ok=False`` raises ``MissingTemplateFields``
    (naming them); ``missing_ok=True`` goes on and the report says "not provided".
    """
    case = plan.case
    exhibit_codes = {row["id"]: code("exhibits", row["number"]) for row in plan.exhibits}
    data = ReportData(
        dossier_id=plan.dossier_id, created_at=plan.created_at,
        case=CaseInfo(title=_s(case["title"]), summary=_s(case.get("summary")),
                      situation=_s(case.get("situation")), country=_s(case.get("country")),
                      uid=_s(case.get("uid"))),
        recipient_body=plan.recipient_body, signer_fingerprint=signer_fingerprint,
        signer_label=signer_label,
        exhibits=[_exhibit(vault, row, thumbnails) for row in plan.exhibits],
        testimonies=[_testimony(vault, row, exhibit_codes) for row in plan.testimonies],
        sources=[_source(row) for row in plan.sources],
        custody=_custody(vault, plan),
        files=[FileInfo(f.path, f.sha256, f.size) for f in plan.files
               if f.path != REPORT_PATH],
        template_answers={k: v for k, v in (answers or {}).items() if isinstance(v, str)})
    if not missing_ok:
        template = load_template(plan.recipient_body)
        missing = missing_fields(template, data.template_answers, data)
        if missing:
            raise MissingTemplateFields(template, missing)
    return data
