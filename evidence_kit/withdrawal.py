"""Consent withdrawal: record it, and tell everyone who already received the account.

Withdrawal stops future exports at once (the consent gate reads it). For dossiers
already sent, a signed withdrawal notice lists each affected dossier and the items and
hashes it held, so every recipient can find and set aside exactly what is covered.
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
from .records import BODIES, Record, code, get_item
from .testimonies import content_hash
from .vault import Vault

NOTICE_SCHEMA = "evidence-kit-withdrawal/1"


@dataclass(frozen=True)
class WithdrawalResult:
    testimony_code: str
    bodies: list[str]
    notices: list[Path]


def _affected_dossiers(vault: Vault, testimony: Record, bodies: list[str]) -> list[Record]:
    sent = vault.db["dossiers"].rows_where("direction = 'sent' AND case_id = ?",
                                           [testimony["case_id"]], order_by="created_at")
    return [d for d in sent if d["recipient_body"] in bodies and
            any(item.get("uid") == testimony["uid"] for item in json.loads(d["manifest"]))]


def withdraw(vault: Vault, case: Record, ref: str, bodies: list[str] | None, note: str,
             notice_dir: Path) -> WithdrawalResult:
    """Withdraw consent for ``bodies`` (default: every body) and write the notices."""
    table, testimony = get_item(vault.db, case["id"], ref)
    if table != "testimonies":
        raise InvalidInput("{ref} is not a testimony.", ref=ref)
    active = [s for s in scopes_of(vault, testimony["id"]) if not s["withdrawn_on"]]
    chosen = [s for s in active if bodies is None or s["body"] in bodies]
    if not chosen:
        if bodies:
            raise InvalidInput("{ref} has no active consent for {bodies}; nothing to "
                               "withdraw.", ref=ref.upper(), bodies=", ".join(bodies))
        raise InvalidInput("{ref} has no active consent for any body; nothing to withdraw.",
                           ref=ref.upper())
    when = utc_now()
    names = sorted({s["body"] for s in chosen})
    affected = _affected_dossiers(vault, testimony, names)
    with vault.transaction():
        for scope in chosen:
            vault.db["consent_scopes"].update(scope["id"], {"withdrawn_on": when,
                                                            "withdrawal_note": note})
        vault.log("consent-withdrawn", case_uid=case["uid"], item_kind="testimony",
                  item_uid=testimony["uid"],
                  details={"code": code("testimonies", testimony["number"]), "bodies": names,
                           "dossiers": [d["id"] for d in affected]})
    notices = [_write_notice(vault, testimony, d, when, notice_dir) for d in affected]
    return WithdrawalResult(code("testimonies", testimony["number"]), names, notices)


def _write_notice(vault: Vault, testimony: Record, dossier: Record, when: str,
                  folder: Path) -> Path:
    notice: dict[str, Any] = {
        "schema": NOTICE_SCHEMA, "withdrawn_at": when,
        "dossier_id": dossier["id"], "dossier_sha256": dossier["file_sha256"],
        "recipient_body": dossier["recipient_body"],
        "recipient_body_name": BODIES.get(dossier["recipient_body"], ""),
        "testimony": {"uid": testimony["uid"], "code": code("testimonies", testimony["number"]),
                      "pseudonym": testimony["pseudonym"],
                      "narrative_sha256": content_hash(testimony)},
        "request": ("The person who gave this account has withdrawn consent to its use by "
                    "your body. Please set it aside, do not share it further, and confirm."),
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
