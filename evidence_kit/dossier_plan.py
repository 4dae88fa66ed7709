"""What goes into a dossier, decided before a byte is written (validate, then act).

The plan holds every payload file with its size and hashes, so the exporter can write
the signed tag files first and then stream the archive in one pass. The consent gate runs
here: a testimony without matching consent is excluded with its reason (unless a person
overrides, which export logs), and an identity travels only where the witness agreed and
the dossier is confidential. An exhibit linked to a testimony (its recording, a photo the
witness gave) follows that testimony: left out with it, included by its override. A
withdrawn consent is never overridden. Redacted dossiers carry derived copies, never
originals, and only the custody events whose details hold no free text (custody_excerpt).
The plan keeps what the dossier carries (gate decisions, entries, the case's entry, text
rules, custody excerpt) so the report shows exactly that and decides nothing again.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import secrets
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from . import __version__, custody_excerpt, redact, text_redaction
from . import dossier_entries as entries
from .bag import PayloadFile
from .consent_gate import LEVELS, GateDecision, evaluate, linked_testimonies
from .errors import InvalidInput, Listing, Phrase
from .exhibits import list_exhibits
from .records import BODIES, Record, code, get_item
from .sources import list_sources
from .testimonies import list_testimonies
from .vault import Vault

DOSSIER_SCHEMA = "evidence-kit-dossier/1"
EXTENSIONS = {
    "image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/tiff": ".tif",
    "image/webp": ".webp", "image/heic": ".heic", "image/heif": ".heif", "image/avif": ".avif",
    "image/bmp": ".bmp", "video/mp4": ".mp4", "video/quicktime": ".mov",
    "video/x-matroska": ".mkv", "video/x-msvideo": ".avi", "video/3gpp": ".3gp",
    "audio/mpeg": ".mp3", "audio/ogg": ".ogg", "audio/flac": ".flac", "audio/wav": ".wav",
    "audio/mp4": ".m4a", "audio/amr": ".amr", "application/pdf": ".pdf",
    "text/plain": ".txt", "text/html": ".html", "multipart/related": ".mhtml",
    "application/warc": ".warc", "application/wacz": ".wacz", "application/zip": ".zip",
    "application/rtf": ".rtf",
}


@dataclass
class PlannedFile:
    path: str  # relative to the bag root
    size: int
    crc: int
    sha256: str
    sha512: str
    chunks: Callable[[], Iterator[bytes]]

    def payload(self) -> PayloadFile:
        return PayloadFile(self.path, self.size, self.sha256, self.sha512)


def memory_file(path: str, data: bytes) -> PlannedFile:
    return PlannedFile(path, len(data), zlib.crc32(data), hashlib.sha256(data).hexdigest(),
                       hashlib.sha512(data).hexdigest(), lambda: iter([data]))


@dataclass(frozen=True)
class Override:
    """A person's decision to include an item the consent gate excluded."""

    decided_by: str
    reason: str

    def __post_init__(self) -> None:
        who, why = " ".join(str(self.decided_by or "").split()), str(self.reason or "").strip()
        if not who or not why:
            raise InvalidInput("An override needs the name of the person who decided and "
                               "the reason; both go into the custody log.")
        object.__setattr__(self, "decided_by", who)
        object.__setattr__(self, "reason", why)


@dataclass
class DossierPlan:
    dossier_id: str
    case: Record
    recipient_body: str
    created_at: str
    level: str = "confidential"
    exclusions: list[tuple[str, str]] = field(default_factory=list)  # (code, reason)
    overrides: dict[str, Override] = field(default_factory=dict)  # applied ones only
    exhibits: list[Record] = field(default_factory=list)
    testimonies: list[Record] = field(default_factory=list)
    sources: list[Record] = field(default_factory=list)
    files: list[PlannedFile] = field(default_factory=list)
    # What the dossier carries, kept so the report shows exactly that (report.from_plan):
    decisions: dict[str, GateDecision] = field(default_factory=dict)  # included testimonies
    rules: list[tuple[str, str]] = field(default_factory=list)  # text rules (redacted only)
    case_entry: dict[str, Any] = field(default_factory=dict)  # dossier.json's "case"
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)  # code -> its entry
    custody: list[dict[str, Any]] = field(default_factory=list)  # custody.jsonl's events
    custody_sealed: list[dict[str, Any]] = field(default_factory=list)  # their stubs

    def item_codes(self) -> list[str]:
        return [code("exhibits", e["number"]) for e in self.exhibits] + \
            [code("testimonies", t["number"]) for t in self.testimonies] + \
            [code("sources", s["number"]) for s in self.sources]


def new_dossier_id(now: datetime) -> str:
    return f"EK-{now:%Y%m%d}-{secrets.token_hex(3).upper()}"


def exhibit_path(row: Record) -> str:
    return entries.exhibit_path(row, EXTENSIONS)


def _select(vault: Vault, case: Record, items: list[str] | None) -> dict[str, list[Record]]:
    if not items:  # originals only; a redacted export swaps in their copies itself
        return {"exhibits": [e for e in list_exhibits(vault, case["id"])
                             if e["parent_id"] is None],
                "testimonies": list_testimonies(vault, case["id"]),
                "sources": list_sources(vault, case["id"])}
    chosen: dict[str, dict[int, Record]] = {"exhibits": {}, "testimonies": {}, "sources": {}}
    for ref in items:
        table, row = get_item(vault.db, case["id"], ref)
        chosen[table][row["number"]] = row
    return {table: [rows[n] for n in sorted(rows)] for table, rows in chosen.items()}


def _csv(rows: list[dict[str, Any]], columns: list[str]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row.get(c) is None else row.get(c) for c in columns])
    return out.getvalue().encode("utf-8")


def _dumps(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def _jsonl(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n"
                   for e in rows).encode()


def _redacted_copies(vault: Vault, plan: DossierPlan, rows: list[Record]) -> list[Record]:
    """Swap each original for its newest derived copy; exclude originals that have none."""
    chosen: dict[int, Record] = {}
    for row in rows:
        if row["parent_id"] is not None:
            chosen[row["id"]] = row
            continue
        copies = list(vault.db["exhibits"].rows_where("parent_id = ?", [row["id"]],
                                                      order_by="-id", limit=1))
        if copies:
            chosen[copies[0]["id"]] = copies[0]
        elif row["kind"] != "photo":
            plan.exclusions.append((code("exhibits", row["number"]), Phrase(
                "a redacted dossier carries only redacted copies, and files of this kind "
                "cannot be redacted yet (share it in a confidential dossier)")))
        elif not redact.decodes(vault, row):
            plan.exclusions.append((code("exhibits", row["number"]), Phrase(
                "cannot be redacted: not a decodable image")))
        else:
            plan.exclusions.append((code("exhibits", row["number"]), Phrase(
                "a redacted dossier carries only redacted copies, and this exhibit has none "
                "(make one with 'evidence-kit redact')")))
    return [chosen[k] for k in sorted(chosen, key=lambda i: chosen[i]["number"])]


def _why(decision: GateDecision) -> str:
    return decision.reasons[0] if len(decision.reasons) == 1 else Listing(decision.reasons)


def _decide(vault: Vault, plan: DossierPlan, row: Record, override: Override | None
            ) -> GateDecision:
    decision = evaluate(vault, row, plan.recipient_body, plan.level)
    if decision.include or override is None:
        return decision
    if decision.withdrawn:
        return GateDecision(False, reasons=[*decision.reasons, Phrase(
            "an override cannot include it: the witness withdrew consent")], withdrawn=True)
    return GateDecision(True, "pseudonym", decision.reasons, overridden=True)


def _gate(vault: Vault, plan: DossierPlan, overrides: dict[str, Override]) -> None:
    """Consent decisions for the chosen testimonies (kept in ``plan.decisions``); excluded
    ones leave the plan, and so do the exhibits linked to them (an override of the
    testimony covers those too)."""
    kept, verdicts = [], {}
    for row in plan.testimonies:
        ref = code("testimonies", row["number"])
        decision = _decide(vault, plan, row, overrides.get(ref))
        verdicts[row["id"]] = decision
        if decision.overridden:
            plan.overrides[ref] = overrides[ref]
        if decision.include:
            kept.append(row)
            plan.decisions[ref] = decision
        else:
            plan.exclusions.append((ref, _why(decision)))
    plan.testimonies = kept
    plan.exhibits = [e for e in plan.exhibits if _exhibit_passes(vault, plan, e, verdicts)]


def _exhibit_passes(vault: Vault, plan: DossierPlan, exhibit: Record,
                    verdicts: dict[int, GateDecision]) -> bool:
    """An exhibit linked to a testimony that may not go to this body stays out with it.

    A testimony not chosen for the dossier is judged without overrides: an override is
    logged with the testimony it includes, so it counts only when that travels too.
    """
    for testimony, relation in linked_testimonies(vault, exhibit):
        if testimony["id"] not in verdicts:
            verdicts[testimony["id"]] = _decide(vault, plan, testimony, None)
        decision = verdicts[testimony["id"]]
        if decision.include:
            continue
        ref = code("testimonies", testimony["number"])
        params = {"testimony": ref, "relation": relation, "why": _why(decision)}
        plan.exclusions.append((code("exhibits", exhibit["number"]), Phrase(
            "linked to {testimony} ({relation}), which is left out: {why}", **params)
            if decision.withdrawn else Phrase(
            "linked to {testimony} ({relation}), which is left out: {why}; an override of "
            "{testimony} also includes this exhibit", **params)))
        return False
    return True


def plan_dossier(vault: Vault, case: Record, *, items: list[str] | None = None,
                 recipient_body: str | None = None, level: str = "confidential",
                 overrides: dict[str, Override] | None = None,
                 now: datetime | None = None) -> DossierPlan:
    now = now or datetime.now(UTC)
    body = recipient_body or case["target_body"]
    if body not in BODIES:
        raise InvalidInput("Unknown recipient body '{body}'.", body=body)
    if level not in LEVELS:
        raise InvalidInput("Unknown disclosure level '{level}'; use confidential or redacted.",
                           level=level)
    chosen = _select(vault, case, items)
    if not any(chosen.values()):
        raise InvalidInput("Nothing to export: the case has no exhibits, testimonies or sources.")
    plan = DossierPlan(new_dossier_id(now), case, body,
                       now.isoformat(timespec="seconds").replace("+00:00", "Z"), level,
                       **chosen)
    if level == "redacted":
        plan.exhibits = _redacted_copies(vault, plan, plan.exhibits)
    _gate(vault, plan, overrides or {})
    if not (plan.exhibits or plan.testimonies or plan.sources):
        raise InvalidInput("Nothing may be exported: {reasons}", reasons=Listing(
            Phrase("{code}: {why}", code=ref, why=why) for ref, why in plan.exclusions))
    _fill_entries(vault, plan)
    exhibits, testimonies, sources = (
        [plan.entries[code(table, r["number"])] for r in rows] for table, rows in (
            ("exhibits", plan.exhibits), ("testimonies", plan.testimonies),
            ("sources", plan.sources)))
    public = vault.signing_key.public_key()
    document = {
        "schema": DOSSIER_SCHEMA, "dossier_id": plan.dossier_id, "created_at": plan.created_at,
        "disclosure_level": level,
        "software": f"Evidence Kit {__version__}", "recipient_body": body,
        "recipient_body_name": BODIES[body], "case": plan.case_entry,
        "signer": {"fingerprint": public.fingerprint, "label": vault.label,
                   "public_key": public.to_base64()},
        "exhibits": exhibits, "testimonies": testimonies, "sources": sources,
        "custody_events": len(plan.custody),
        **({"custody_sealed": len(plan.custody_sealed)} if level == "redacted" else {}),
    }
    files = [memory_file("data/dossier.json", _dumps(document)),
             memory_file("data/custody.jsonl", _jsonl(plan.custody)),
             memory_file("data/exhibits.csv", _csv(exhibits, [
                 "code", "file", "kind", "media_type", "size", "sha256", "capture_time",
                 "gps_lat", "gps_lon", "description", "location_text"])),
             memory_file("data/testimonies.csv", _csv(testimonies, [
                 "code", "pseudonym", "role", "interview_date", "interview_place", "language",
                 "narrative_sha256"])),
             memory_file("data/sources.csv", _csv(sources, [
                 "code", "kind", "title", "author", "publisher", "url", "published_date",
                 "accessed_date", "reliability", "credibility"]))]
    if plan.custody_sealed:
        files.append(memory_file("data/custody-sealed.jsonl", _jsonl(plan.custody_sealed)))
    files += [memory_file(f"data/testimonies/{t['code']}.json", _dumps(t)) for t in testimonies]
    files += [_blob_file(vault, e) for e in plan.exhibits]
    plan.files = files
    return plan


def _fill_entries(vault: Vault, plan: DossierPlan) -> None:
    """Each item's dossier.json entry, the case's, and the custody excerpt, at the plan's
    level; a redacted plan's free text goes through the case's text rules."""
    if plan.level == "redacted":
        plan.rules = text_redaction.case_rules(vault, plan.case)
    rules = plan.rules if plan.level == "redacted" else None
    plan.case_entry = entries.case_entry(plan.case, rules)
    for row in plan.exhibits:
        plan.entries[code("exhibits", row["number"])] = entries.exhibit_entry(
            row, plan.level, exhibit_path(row), rules)
    for row in plan.testimonies:
        ref = code("testimonies", row["number"])
        plan.entries[ref] = entries.testimony_entry(vault, row, plan.decisions[ref],
                                                    plan.level, rules)
    for row in plan.sources:
        plan.entries[code("sources", row["number"])] = entries.source_entry(row, rules)
    uids = {entry["uid"] for entry in plan.entries.values()}
    plan.custody, plan.custody_sealed = custody_excerpt.excerpt(vault, plan.case, uids,
                                                                plan.level)


def _blob_file(vault: Vault, row: Record) -> PlannedFile:
    blob = vault.db["blobs"].get(row["blob_id"])
    return PlannedFile(exhibit_path(row), blob["size"], blob["crc32"], blob["sha256"],
                       blob["sha512"], lambda: vault.read_blob(row["blob_id"]))
