"""The vault's record of dossiers sent and received, and checking a returned receipt.

Export seals, for every dossier it writes, what was sent: the file's SHA-256, each item
with the hash a recipient can recompute from the dossier (an exhibit's file SHA-256, a
testimony's ``narrative_sha256``, a source entry's SHA-256), how it was protected and, for
age, to whom. When the recipient imports it, their vault signs a receipt of what arrived;
``check_receipt`` compares that receipt with the sealed record, item by item, and accepts
it only when it is signed by a key this vault trusts.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import minisign, trust
from .errors import DossierError, IntegrityError, InvalidInput, NotFound, Phrase
from .vault import Vault

RECEIPT_SCHEMA = "evidence-kit-receipt/1"
MAX_RECEIPT_BYTES = 16 * 1024 * 1024
MAX_SIGNATURE_BYTES = 64 * 1024


def entry_sha256(entry: dict[str, Any]) -> str:
    """A source entry's hash, as both sides compute it from dossier.json."""
    text = json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sent_items(document: dict[str, Any]) -> list[dict[str, Any]]:
    """What the record keeps of each item of a dossier (its dossier.json)."""
    items = [{"code": e["code"], "uid": e.get("uid"), "sha256": e.get("sha256")}
             for e in document.get("exhibits", [])]
    items += [{"code": t["code"], "uid": t.get("uid"),
               "narrative_sha256": t.get("narrative_sha256")}
              for t in document.get("testimonies", [])]
    items += [{"code": s["code"], "uid": s.get("uid"), "sha256": entry_sha256(s)}
              for s in document.get("sources", [])]
    return items


def receipt_items(document: dict[str, Any]) -> list[dict[str, Any]]:
    """What a receipt acknowledges of each item: the same hashes, without the uids."""
    return [{k: v for k, v in item.items() if k != "uid"} for item in sent_items(document)]


@dataclass(frozen=True)
class DossierRecord:
    id: str
    direction: str  # "sent" or "received"
    case_id: int
    case_title: str
    created_at: str
    file_sha256: str
    file_size: int
    recipient_body: str
    signer_fingerprint: str
    envelope: str  # "password", "age", or "" (recorded before this was kept)
    recipients: list[dict[str, str]]  # age recipients: label and public key
    file_name: str
    items: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def _items(manifest: str | None) -> list[dict[str, Any]]:
    value = json.loads(manifest or "[]")
    # A received dossier's record lists codes only.
    return [item if isinstance(item, dict) else {"code": item} for item in value]


def list_dossiers(vault: Vault, direction: str | None = None) -> list[DossierRecord]:
    """Sent and received dossiers, newest first."""
    rows = vault.db.execute(
        "SELECT d.id, d.direction, d.case_id, c.title, d.created_at, d.file_sha256, "
        "d.file_size, d.recipient_body, d.signer_fingerprint, d.envelope, d.age_recipients, "
        "d.file_name, d.manifest FROM dossiers d LEFT JOIN cases c ON c.id = d.case_id "
        "WHERE ? IS NULL OR d.direction = ? ORDER BY d.created_at DESC, d.id",
        [direction, direction]).fetchall()
    return [DossierRecord(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5] or "", r[6] or 0,
                          r[7] or "", r[8] or "", r[9] or "", json.loads(r[10] or "[]"),
                          r[11] or "", _items(r[12])) for r in rows]


def sent_record(vault: Vault, dossier_id: str) -> DossierRecord:
    found = [r for r in list_dossiers(vault, "sent") if r.id == dossier_id]
    if not found:
        raise NotFound("This vault has no record of sending dossier {dossier}.",
                       dossier=dossier_id)
    return found[0]


@dataclass
class ReceiptCheck:
    dossier_id: str
    receiver_label: str
    receiver_fingerprint: str
    received_at: str
    signer: str  # who signed the receipt, as this vault knows the key
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    acknowledged: int = 0
    sent: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def _read_bounded(path: Path, limit: int, what: str) -> bytes:
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError as exc:
        raise NotFound("File not found: {path}", path=str(path)) from exc
    except OSError as exc:
        raise InvalidInput("Cannot read {path}: {reason}", path=str(path),
                           reason=exc.strerror or str(exc)) from exc
    if len(data) > limit:
        raise InvalidInput("{path} is far too large to be {what}.", path=str(path), what=what)
    return data


def _load_receipt(path: Path) -> tuple[bytes, dict[str, Any]]:
    data = _read_bounded(path, MAX_RECEIPT_BYTES, Phrase("a receipt"))
    try:
        receipt = json.loads(data)
        if not isinstance(receipt, dict) or not isinstance(receipt.get("items"), list):
            raise TypeError
    except (ValueError, TypeError, RecursionError) as exc:
        raise DossierError("{path} is not an Evidence Kit receipt.", path=str(path)) from exc
    if receipt.get("schema") != RECEIPT_SCHEMA:
        raise DossierError("{path} is not an Evidence Kit receipt this version knows.",
                           path=str(path))
    return data, receipt


def _receipt_signer(vault: Vault, data: bytes, sig_path: Path) -> str:
    """Verify the receipt's signature with a key this vault trusts; name that key."""
    sig_text = _read_bounded(sig_path, MAX_SIGNATURE_BYTES, Phrase("a signature"))
    key_id = minisign.parse_signature(sig_text).key_id
    key = trust.public_key_for(vault, key_id)
    if key is None:
        raise IntegrityError("The receipt is signed by a key this vault does not trust. "
                             "Confirm the recipient's fingerprint, trust their key "
                             "('evidence-kit key trust'), and check again.")
    minisign.verify(key, data, sig_text)
    who = trust.identify(vault, key_id)
    return f"{who.label or vault.label} ({key.short_fingerprint})"


def _compare(sent: list[dict[str, Any]], acknowledged: list[Any]) -> list[str]:
    by_code = {item["code"]: item for item in sent}
    got: dict[str, dict[str, Any]] = {}
    problems = []
    for item in acknowledged:
        if not isinstance(item, dict) or not isinstance(item.get("code"), str):
            problems.append("the receipt lists a malformed item")
            continue
        got[item["code"]] = item
    for ref, item in by_code.items():
        if ref not in got:
            problems.append(f"{ref}: sent, not acknowledged")
            continue
        for key in ("sha256", "narrative_sha256"):
            if key in item and got[ref].get(key) != item[key]:
                problems.append(f"{ref}: acknowledged with a different {key}")
    problems += [f"{ref}: acknowledged, but not sent in this dossier"
                 for ref in got if ref not in by_code]
    return problems


def check_receipt(vault: Vault, path: Path) -> ReceiptCheck:
    """Compare a returned receipt (``path`` and ``path.minisig``) with the sent record."""
    path = Path(path)
    data, receipt = _load_receipt(path)
    signer = _receipt_signer(vault, data, path.with_name(path.name + ".minisig"))
    record = sent_record(vault, str(receipt.get("dossier_id")))
    result = ReceiptCheck(record.id, str(receipt.get("receiver_label") or ""),
                          str(receipt.get("receiver_fingerprint") or ""),
                          str(receipt.get("received_at") or ""), signer,
                          acknowledged=len(receipt["items"]), sent=len(record.items))
    if receipt.get("dossier_sha256") != record.file_sha256:
        result.problems.append("the dossier file the recipient received is not the one sent "
                               "(its SHA-256 differs)")
    if receipt.get("signer_fingerprint") != vault.fingerprint:
        result.problems.append("the receipt names another sender's key")
    if any(not {"sha256", "narrative_sha256"} & set(item) for item in record.items):
        result.notes.append("the record of this dossier predates testimony and source "
                            "hashes: for those, only the codes were compared")
    result.problems += _compare(record.items, receipt["items"])
    with vault.transaction():
        vault.log("dossier-receipt-checked", case_uid=_case_uid(vault, record),
                  item_kind="dossier", item_uid=record.id,
                  hashes={"dossier_sha256": record.file_sha256,
                          "receipt_sha256": hashlib.sha256(data).hexdigest()},
                  details={"receiver": result.receiver_fingerprint, "ok": result.ok,
                           "problems": len(result.problems)})
    return result


def _case_uid(vault: Vault, record: DossierRecord) -> str | None:
    row = next(iter(vault.db["cases"].rows_where("id = ?", [record.case_id])), None)
    return row["uid"] if row else None
