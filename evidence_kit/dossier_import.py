"""``import``: bring a verified dossier into this vault, keeping its provenance.

Exhibits are sealed into the vault while the dossier streams (never written in clear)
and committed only after every check has passed and the signer is trusted. Items the
vault already holds (same uid, or same bytes in the case) are recognised, not copied.
A signed receipt lets the recipient prove to the sender what arrived, so the chain of
custody continues across organisations.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .blobstore import SealedBlob, Sealer
from .cases import add_case
from .clock import utc_now
from .consent import add_consent
from .db import BAD_VALUE_ERRORS
from .errors import DossierError, InvalidInput, Phrase
from .minisign import sign_stream
from .records import Record, code, new_uid, next_number
from .sent_records import RECEIPT_SCHEMA, receipt_items
from .vault import Vault
from .verify import KeyResolver, VerifyReport, verify_dossier


class VaultSink:
    """Seals every exhibit file into the vault's temp area as it streams past."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._current: Sealer | None = None
        self._rel = ""
        self.sealed: dict[str, SealedBlob] = {}

    def begin(self, rel_path: str, size: int) -> None:
        del size
        if rel_path.startswith("data/exhibits/"):
            self._rel, self._current = rel_path, Sealer(self._vault.blobs)

    def write(self, chunk: bytes) -> None:
        if self._current is not None:
            self._current.write(chunk)

    def end(self) -> None:
        if self._current is not None:
            self.sealed[self._rel] = self._current.finish()
            self._current = None

    def discard(self) -> None:
        if self._current is not None:
            self._current.abort()
        for sealed in self.sealed.values():
            self._vault.blobs.discard(sealed)


@dataclass
class ImportResult:
    report: VerifyReport
    case: Record | None = None
    added: list[str] = field(default_factory=list)
    already_held: list[str] = field(default_factory=list)
    receipt: Path | None = None
    duplicate_dossier: bool = False
    committed_blobs: list[str] = field(default_factory=list)


def import_dossier(vault: Vault, path: Path, password: str, resolve: KeyResolver,
                   receipt_dir: Path | None = None, **kwargs: Any) -> ImportResult:
    sink = VaultSink(vault)
    try:
        report = verify_dossier(path, password, resolve, sink=sink, **kwargs)
        result = ImportResult(report)
        if not report.intact:
            return result
        if not report.ok:
            raise InvalidInput("The dossier is intact but signed by a key you have not trusted; "
                               "nothing was imported. Confirm the signer's fingerprint, trust "
                               "the key, and import again.")
        try:
            _commit(vault, sink, result)
        except (KeyError, TypeError, AttributeError, ValueError, *BAD_VALUE_ERRORS) as exc:
            for blob_id in result.committed_blobs:
                vault.blobs.path_for(blob_id).unlink(missing_ok=True)
            raise DossierError("The dossier's index (dossier.json) is malformed; nothing was "
                               "imported.") from exc
        except BaseException:  # the transaction rolled back: its blobs have no key any more
            for blob_id in result.committed_blobs:
                vault.blobs.path_for(blob_id).unlink(missing_ok=True)
            raise
    finally:
        sink.discard()
    if not result.duplicate_dossier:
        result.receipt = _write_receipt(vault, result, receipt_dir or Path(path).parent)
    return result


def _already_imported(vault: Vault, report: VerifyReport) -> bool:
    rows = vault.db["dossiers"].rows_where(
        "direction = 'received' AND (id = ? OR file_sha256 = ?)",
        [report.dossier_id, report.file_sha256])
    return next(iter(rows), None) is not None


def _find_or_create_case(vault: Vault, info: dict[str, Any]) -> Record:
    rows = list(vault.db["cases"].rows_where("uid = ?", [info["uid"]]))
    if rows:
        return rows[0]
    return add_case(vault, info.get("title") or "Imported case",
                    summary=info.get("summary") or "", situation=info.get("situation") or "",
                    country=info.get("country") or "",
                    target_body=info.get("target_body") or "other", uid=info["uid"])


def _check_uids(document: dict[str, Any]) -> None:
    """Every uid must be text: custody events hash the value as given, but the database
    stores it by column type (false becomes 0), which would break the receiver's chain."""
    entries = [document["case"]] + [entry for kind in ("exhibits", "testimonies", "sources")
                                     for entry in document.get(kind, [])]
    if not all(isinstance(entry["uid"], str) and entry["uid"] for entry in entries):
        raise ValueError("an item's uid is not text")


def _commit(vault: Vault, sink: VaultSink, result: ImportResult) -> None:
    report = result.report
    assert report.read is not None and report.signer is not None
    document = json.loads(report.read.kept["data/dossier.json"])
    _check_uids(document)
    with vault.transaction():
        if vault.db["dossiers"].count_where("id = ? AND direction = 'sent'",
                                            [report.dossier_id]):
            raise InvalidInput("This vault exported this dossier itself; there is nothing to "
                               "import.")
        if _already_imported(vault, report):
            result.duplicate_dossier = True
            return
        case = _find_or_create_case(vault, document["case"])
        result.case = case
        sender = f"{report.signer.label} ({report.signer.key.fingerprint})"
        for entry in document.get("exhibits", []):
            _import_exhibit(vault, case, entry, sink.sealed.get(entry["file"]), sender,
                            report.dossier_id, result)
        for entry in document.get("testimonies", []):
            _import_testimony(vault, case, entry, result)
        for entry in document.get("sources", []):
            _import_source(vault, case, entry, result)
        vault.db["dossiers"].insert({
            "id": report.dossier_id, "direction": "received", "case_id": case["id"],
            "created_at": utc_now(), "file_sha256": report.file_sha256,
            "file_size": report.read.file_size, "recipient_body": document.get("recipient_body"),
            "signer_fingerprint": report.signer.key.fingerprint,
            "manifest": json.dumps(result.added + result.already_held)})
        vault.log("dossier-imported", case_uid=case["uid"], item_kind="dossier",
                  item_uid=report.dossier_id, hashes={"dossier_sha256": report.file_sha256},
                  details={"signer": report.signer.key.fingerprint, "added": result.added,
                           "already_held": result.already_held})


def _uid_known(vault: Vault, table: str, uid: str) -> Record | None:
    return next(iter(vault.db[table].rows_where("uid = ?", [uid])), None)


def _import_exhibit(vault: Vault, case: Record, entry: dict[str, Any],
                    sealed: SealedBlob | None, sender: str, dossier_id: str,
                    result: ImportResult) -> None:
    if sealed is None or sealed.sha256 != entry.get("sha256"):
        raise DossierError("{code}: its file is missing or does not match.",
                           code=str(entry.get("code")))
    held = _uid_known(vault, "exhibits", entry["uid"]) or next(iter(
        vault.db["exhibits"].rows_where("case_id = ? AND blob_id = ?",
                                        [case["id"], sealed.blob_id])), None)
    if held is not None:
        result.already_held.append(entry["code"])
        return
    if vault.db["blobs"].count_where("id = ?", [sealed.blob_id]) == 0:
        vault.blobs.commit(sealed)
        result.committed_blobs.append(sealed.blob_id)
        vault.db["blobs"].insert({
            "id": sealed.blob_id, "sha256": sealed.sha256, "sha512": sealed.sha512,
            "crc32": sealed.crc32, "size": sealed.size,
            "wrapped_key": vault.wrap_blob_key(sealed.blob_id, sealed.key),
            "created_at": utc_now()})
    fields = ("kind", "media_type", "declared_type", "capture_time", "capture_offset", "gps_lat",
              "gps_lon", "gps_alt", "camera_make", "camera_model", "camera_serial", "software",
              "description", "location_text", "original_filename", "source_url")
    now = utc_now()
    row = {k: entry.get(k) for k in fields}
    row.update({"uid": entry["uid"], "case_id": case["id"],
                "number": next_number(vault.db, "exhibits", case["id"]),
                "blob_id": sealed.blob_id, "sha256": sealed.sha256, "sha512": sealed.sha512,
                "size": sealed.size, "acquired_at": now, "acquired_by": vault.actor,
                "acquired_how": f"received in dossier {dossier_id}", "received_from": sender,
                "tags": json.dumps(entry.get("tags") or [], ensure_ascii=False),
                "parent_id": None, "derivation": None, "created_at": now, "updated_at": now})
    row["id"] = vault.db["exhibits"].insert(row).last_pk
    result.added.append(entry["code"])
    vault.log("exhibit-received", case_uid=case["uid"], item_kind="exhibit", item_uid=row["uid"],
              hashes={"sha256": sealed.sha256},
              details={"code": code("exhibits", row["number"]), "from_code": entry["code"]})


def _import_testimony(vault: Vault, case: Record, entry: dict[str, Any],
                      result: ImportResult) -> None:
    if _uid_known(vault, "testimonies", entry["uid"]):
        result.already_held.append(entry["code"])
        return
    now = utc_now()
    witness_id = vault.db["witnesses"].insert({
        "uid": new_uid(), "case_id": case["id"], "pseudonym": entry.get("pseudonym") or "",
        "created_at": now, "updated_at": now}).last_pk
    text = ("pseudonym", "role", "interview_date", "interview_place", "interview_mode",
            "interviewer", "interviewer_org", "interpreter", "language", "referral",
            "prior_accounts", "narrative", "welfare_followup", "feedback_promised", "notes")
    row = {k: entry.get(k) or "" for k in text}
    row.update({"uid": entry["uid"], "case_id": case["id"], "witness_id": witness_id,
                "number": next_number(vault.db, "testimonies", case["id"]),
                "persons_present": json.dumps(entry.get("persons_present") or [],
                                              ensure_ascii=False),
                "read_back": int(bool(entry.get("read_back"))), "translation_of": None,
                "created_at": now, "updated_at": now})
    row["id"] = vault.db["testimonies"].insert(row).last_pk
    for position, incident in enumerate(entry.get("incidents") or [], 1):
        vault.db["incidents"].insert({**{k: incident.get(k) or "" for k in (
            "date", "date_precision", "place", "description", "basis", "told_by")},
            "testimony_id": row["id"], "position": position})
    summary = entry.get("consent") or {}
    for body in summary.get("share_with", []):
        add_consent(vault, row, {"record": "as stated in the received dossier", "given_on": "",
                                 "how": "", "share_with": [body],
                                 "be_named": summary.get("identity", {}).get(body, "pseudonym"),
                                 "contact": bool(summary.get("may_contact", {}).get(body))})
    result.added.append(entry["code"])
    vault.log("testimony-received", case_uid=case["uid"], item_kind="testimony",
              item_uid=row["uid"], details={"code": code("testimonies", row["number"])})


def _import_source(vault: Vault, case: Record, entry: dict[str, Any],
                   result: ImportResult) -> None:
    if _uid_known(vault, "sources", entry["uid"]):
        result.already_held.append(entry["code"])
        return
    now = utc_now()
    text = ("kind", "title", "author", "publisher", "url", "published_date", "accessed_date",
            "quote", "locator", "reliability", "credibility", "language", "notes")
    row = {k: entry.get(k) or "" for k in text}
    row.update({"uid": entry["uid"], "case_id": case["id"], "archived_exhibit_id": None,
                "number": next_number(vault.db, "sources", case["id"]),
                "created_at": now, "updated_at": now})
    row["id"] = vault.db["sources"].insert(row).last_pk
    result.added.append(entry["code"])
    vault.log("source-received", case_uid=case["uid"], item_kind="source", item_uid=row["uid"],
              details={"code": code("sources", row["number"])})


def _write_receipt(vault: Vault, result: ImportResult, folder: Path) -> Path:
    """A signed statement of what arrived: the recipient sends it back to the sender."""
    from .atomic import write_atomic

    report = result.report
    assert report.read is not None and report.signer is not None
    document = json.loads(report.read.kept["data/dossier.json"])
    received_at = utc_now()
    receipt = {
        "schema": RECEIPT_SCHEMA, "dossier_id": report.dossier_id,
        "dossier_sha256": report.file_sha256, "signer_fingerprint": report.signer.key.fingerprint,
        "received_at": received_at, "receiver_fingerprint": vault.fingerprint,
        "receiver_label": vault.label,
        "items": receipt_items(document),
    }
    data = (json.dumps(receipt, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
    path = folder / f"{report.dossier_id}.receipt.json"
    signature = sign_stream(vault.signing_key, data,
                            f"receipt:{report.dossier_id}\treceived:{received_at}",
                            f"Evidence Kit receipt by {vault.fingerprint}")
    write_atomic(path, data, Phrase("the receipt"))
    write_atomic(path.with_name(path.name + ".minisig"), signature.encode(),
                 Phrase("the receipt"))
    return path
