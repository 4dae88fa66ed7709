"""Testimonies: a person's account, with its interview context, incidents and consent.

The witness's identity goes to the ``witnesses`` table, apart from the account; the
testimony itself carries only the pseudonym. The JSON form (also how NGOs bulk-import
from their form tools) is strict: an unknown key is an error, never silently dropped.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from .clock import utc_now
from .consent import active_document, add_consent, parse_consent, replace_consent
from .errors import InvalidInput, NotFound, Phrase
from .pseudonyms import find_witness, new_pseudonym
from .records import Record, check_choice, code, get_item, item_id, new_uid, next_number
from .vault import Vault

ROLES = ("victim", "witness", "relative", "insider", "intermediary", "other")
MODES = ("in-person", "remote", "written")
BASES = ("saw", "heard", "told", "document")
PRECISIONS = ("day", "month", "year", "approximate")
TEXT_KEYS = ("pseudonym", "witness_name", "witness_contact", "role", "interview_date",
             "interview_place", "interview_mode", "interviewer", "interviewer_org",
             "interpreter", "language", "referral", "prior_accounts", "narrative",
             "welfare_followup", "feedback_promised", "notes")
ALLOWED_KEYS = frozenset(TEXT_KEYS) | {"persons_present", "incidents", "read_back", "consent",
                                      "translation_of"}  # the T-code of the original account
INCIDENT_KEYS = frozenset({"date", "date_precision", "place", "description", "basis",
                           "told_by"})
MAX_JSON_BYTES = 8 * 1024 * 1024


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput("'{key}' must be text.", key=key)
    return value


def _date(value: str, key: str) -> str:
    if value and not (len(value) in (4, 7, 10) and value[:4].isdigit()):
        raise InvalidInput("'{key}' must be a date like 2017-04-01 (got '{value}').", key=key,
                           value=value)
    return value


def _incidents(raw: object) -> list[Record]:
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(i, dict) for i in raw):
        raise InvalidInput("'incidents' must be a list of objects.")
    result = []
    for position, item in enumerate(raw, 1):
        unknown = set(item) - INCIDENT_KEYS
        if unknown:
            raise InvalidInput("Unknown key(s) in incident {position}: {keys}.",
                               position=position, keys=", ".join(sorted(unknown)))
        incident = {key: _text(item, key) for key in INCIDENT_KEYS}
        check_choice(incident["basis"] or None, BASES, Phrase("basis of knowledge"))
        check_choice(incident["date_precision"] or None, PRECISIONS, Phrase("date precision"))
        incident["date"] = _date(incident["date"], "incidents.date")
        incident["position"] = position
        result.append(incident)
    return result


def validate(data: object) -> dict[str, Any]:
    """Check a testimony document; return it normalised or raise InvalidInput naming the key."""
    if not isinstance(data, dict):
        raise InvalidInput("A testimony must be a JSON object.")
    unknown = set(data) - ALLOWED_KEYS
    if unknown:
        raise InvalidInput("Unknown key(s) in the testimony: {keys}. Allowed: {allowed}.",
                           keys=", ".join(sorted(unknown)),
                           allowed=", ".join(sorted(ALLOWED_KEYS)))
    clean: dict[str, Any] = {key: _text(data, key) for key in TEXT_KEYS}
    if "pseudonym" in data and not clean["pseudonym"].strip():
        raise InvalidInput("'pseudonym' is empty: leave the key out to have one generated.")
    check_choice(clean["role"] or None, ROLES, Phrase("role"))
    check_choice(clean["interview_mode"] or None, MODES, Phrase("interview mode"))
    clean["interview_date"] = _date(clean["interview_date"], "interview_date")
    present = data.get("persons_present") or []
    if not isinstance(present, list) or not all(isinstance(p, str) for p in present):
        raise InvalidInput("'persons_present' must be a list of names or roles.")
    clean["persons_present"] = present
    if not isinstance(data.get("read_back", False), bool):
        raise InvalidInput("'read_back' must be true or false.")
    clean["read_back"] = bool(data.get("read_back", False))
    clean["incidents"] = _incidents(data.get("incidents"))
    clean["consent"] = parse_consent(data.get("consent"))
    clean["translation_of"] = _text(data, "translation_of").strip().upper()
    return clean


def load_json(path: Path) -> dict[str, Any]:
    try:
        with Path(path).open("rb") as fh:
            raw = fh.read(MAX_JSON_BYTES + 1)
    except FileNotFoundError as exc:
        raise NotFound("File not found: {path}", path=str(path)) from exc
    if len(raw) > MAX_JSON_BYTES:
        raise InvalidInput("{path} is too large for a testimony (over 8 MiB).", path=str(path))
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput("{path} is not valid UTF-8 JSON: {reason}", path=str(path),
                           reason=str(exc)) from exc


def content_hash(testimony: Record) -> str:
    """SHA-256 of the account's words: lets a court see the narrative was never changed."""
    return hashlib.sha256(testimony["narrative"].encode("utf-8")).hexdigest()


def add_testimony(vault: Vault, case: Record, data: object) -> Record:
    clean = validate(data)
    now = utc_now()
    db = vault.db
    with vault.transaction():
        witness_id, clean["pseudonym"] = _witness(vault, case, clean, now)
        row = {key: clean[key] for key in TEXT_KEYS
               if key not in ("witness_name", "witness_contact")}
        row.update({"uid": new_uid(), "case_id": case["id"], "witness_id": witness_id,
                    "number": next_number(db, "testimonies", case["id"]),
                    "persons_present": json.dumps(clean["persons_present"], ensure_ascii=False),
                    "read_back": int(clean["read_back"]),
                    "translation_of": item_id(db, case["id"], clean["translation_of"],
                                              "testimonies"),
                    "created_at": now, "updated_at": now})
        row["id"] = db["testimonies"].insert(row).last_pk
        for incident in clean["incidents"]:
            db["incidents"].insert({**incident, "testimony_id": row["id"]})
        if clean["consent"]:
            add_consent(vault, row, clean["consent"])
        vault.log("testimony-added", case_uid=case["uid"], item_kind="testimony",
                  item_uid=row["uid"], hashes={"narrative_sha256": content_hash(row)},
                  details={"code": code("testimonies", row["number"]),
                           "incidents": len(clean["incidents"])})
    return row


def _witness(vault: Vault, case: Record, clean: dict[str, Any], now: str) -> tuple[int, str]:
    """The witness record (reused when the same person speaks again) and the pseudonym."""
    db = vault.db
    known = find_witness(db, case["id"], clean["witness_name"])
    if known is not None and clean["pseudonym"] in ("", known["pseudonym"]):
        return known["id"], known["pseudonym"]
    pseudonym = clean["pseudonym"].strip() or new_pseudonym(db)
    witness = {"uid": new_uid(), "case_id": case["id"], "pseudonym": pseudonym,
               "full_name": clean["witness_name"], "contact": clean["witness_contact"],
               "created_at": now, "updated_at": now}
    return db["witnesses"].insert(witness).last_pk, pseudonym


def list_testimonies(vault: Vault, case_id: int) -> list[Record]:
    return list(vault.db["testimonies"].rows_where("case_id = ?", [case_id], order_by="number"))


def incidents_of(vault: Vault, testimony_id: int) -> list[Record]:
    return list(vault.db["incidents"].rows_where("testimony_id = ?", [testimony_id],
                                                 order_by="position"))


def witness_of(vault: Vault, testimony: Record) -> Record:
    """The identifying record. Callers must decide whether disclosure is allowed."""
    return vault.db["witnesses"].get(testimony["witness_id"])


# -- reading back and editing ---------------------------------------------------------------

IDENTITY_KEYS = ("witness_name", "witness_contact")
INCIDENT_FIELDS = ("date", "date_precision", "place", "description", "basis", "told_by")


@dataclass(frozen=True)
class EditResult:
    testimony: Record
    changed: list[str] = field(default_factory=list)  # JSON keys whose value changed


def get_testimony(vault: Vault, case: Record, ref: str) -> Record:
    table, row = get_item(vault.db, case["id"], ref)
    if table != "testimonies":
        raise InvalidInput("{ref} is not a testimony.", ref=ref.upper())
    return row


def document_of(vault: Vault, testimony: Record, identity: bool = False) -> dict[str, Any]:
    """The testimony as the JSON object ``add_testimony`` takes (an edit's starting point).

    The witness's name and contact are left out unless ``identity`` is asked for: an edit
    that leaves them out keeps them as they are.
    """
    doc: dict[str, Any] = {key: testimony.get(key) or "" for key in TEXT_KEYS
                           if key not in IDENTITY_KEYS}
    if identity:
        witness = witness_of(vault, testimony)
        doc["witness_name"] = witness.get("full_name") or ""
        doc["witness_contact"] = witness.get("contact") or ""
    doc["persons_present"] = json.loads(testimony.get("persons_present") or "[]")
    doc["read_back"] = bool(testimony.get("read_back"))
    doc["translation_of"] = _original_code(vault, testimony)
    doc["incidents"] = [{key: item.get(key) or "" for key in INCIDENT_FIELDS}
                        for item in incidents_of(vault, testimony["id"])]
    consent = active_document(vault, testimony["id"])
    if consent is not None:
        doc["consent"] = consent
    return doc


def _original_code(vault: Vault, testimony: Record) -> str:
    """The T-code of the account this one translates ("" for an original)."""
    if not testimony.get("translation_of"):
        return ""
    original = vault.db["testimonies"].get(testimony["translation_of"])
    return code("testimonies", original["number"])


def update_testimony(vault: Vault, case: Record, ref: str, data: object) -> EditResult:
    """Change the keys ``data`` holds (the same JSON, the same checks as ``add_testimony``);
    keys left out stay as they are.

    The name and contact correct the witness record (shared by that person's other
    testimonies); a new pseudonym applies to all of them. A consent, when given, goes
    through ``consent.replace_consent``. The custody event names the changed keys, never
    their values, with the narrative's SHA-256 before and after.
    """
    clean = validate(data)
    given = cast(dict[str, Any], data)  # validate refused anything but an object
    testimony = get_testimony(vault, case, ref)
    before = document_of(vault, testimony, identity=True)
    wanted = {key: clean[key] for key in given if key not in ("consent", "incidents")}
    if "incidents" in given:
        wanted["incidents"] = [{key: item[key] for key in INCIDENT_FIELDS}
                               for item in clean["incidents"]]
    changed = sorted(key for key, value in wanted.items() if before.get(key) != value)
    old_hash = content_hash(testimony)
    with vault.transaction():
        _check_pseudonym(vault, testimony, wanted.get("pseudonym"))
        if clean["consent"] is not None and replace_consent(vault, testimony, clean["consent"]):
            changed.append("consent")
        if not changed:
            return EditResult(testimony)
        _store_edit(vault, testimony, wanted, changed)
        row = vault.db["testimonies"].get(testimony["id"])
        vault.log("testimony-edited", case_uid=case["uid"], item_kind="testimony",
                  item_uid=row["uid"],
                  hashes={"narrative_sha256_before": old_hash,
                          "narrative_sha256": content_hash(row)},
                  details={"code": code("testimonies", row["number"]), "fields": sorted(changed)})
    return EditResult(row, sorted(changed))


def _check_pseudonym(vault: Vault, testimony: Record, pseudonym: str | None) -> None:
    if not pseudonym or pseudonym == testimony["pseudonym"]:
        return
    taken = vault.db.execute("SELECT 1 FROM witnesses WHERE pseudonym = ? AND id != ?",
                             [pseudonym, testimony["witness_id"]]).fetchone()
    if taken:
        raise InvalidInput("The pseudonym {pseudonym} is already another witness's; choose "
                           "another.", pseudonym=pseudonym)


def _store_edit(vault: Vault, testimony: Record, wanted: dict[str, Any],
                changed: list[str]) -> None:
    """Write the changed keys (the caller holds the transaction)."""
    db, now = vault.db, utc_now()
    row: dict[str, Any] = {key: wanted[key] for key in changed
                           if key in TEXT_KEYS and key not in IDENTITY_KEYS}
    if "persons_present" in changed:
        row["persons_present"] = json.dumps(wanted["persons_present"], ensure_ascii=False)
    if "read_back" in changed:
        row["read_back"] = int(wanted["read_back"])
    if "translation_of" in changed:
        row["translation_of"] = item_id(db, testimony["case_id"], wanted["translation_of"],
                                        "testimonies")
    db["testimonies"].update(testimony["id"], {**row, "updated_at": now})
    witness: dict[str, Any] = {}
    if "witness_name" in changed:
        witness["full_name"] = wanted["witness_name"]
    if "witness_contact" in changed:
        witness["contact"] = wanted["witness_contact"]
    if "pseudonym" in changed:
        witness["pseudonym"] = wanted["pseudonym"]
        db.execute("UPDATE testimonies SET pseudonym = ? WHERE witness_id = ?",
                   [wanted["pseudonym"], testimony["witness_id"]])
    if witness:
        db["witnesses"].update(testimony["witness_id"], {**witness, "updated_at": now})
    if "incidents" in changed:
        db["incidents"].delete_where("testimony_id = ?", [testimony["id"]])
        for position, incident in enumerate(wanted["incidents"], 1):
            db["incidents"].insert({**incident, "position": position,
                                    "testimony_id": testimony["id"]})
