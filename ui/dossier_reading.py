"""What the open-dossier dialog's tasks run: key resolution, age identities, the summary.

Qt-free and run on pool threads only: each touches the vault's database or the dossier file,
which the GUI thread never does. Kept apart from the dialog so the dialog holds only layout
and state.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def resolver_for(vault: Any, key_file: str) -> Any:
    from evidence_kit.errors import InvalidInput
    from evidence_kit.minisign import parse_public_key
    from evidence_kit.signers import resolver

    given = []
    if key_file:
        try:
            text = Path(key_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput("Cannot read the public key file {path}.", path=key_file) from exc
        given.append((parse_public_key(text), f"the key in {Path(key_file).name}"))
    return resolver(vault, given)


def identities_for(vault: Any, age: bool) -> list[str] | None:
    """The vault's age identity for an age dossier (runs in the task: it reads the DB)."""
    if not age:
        return None
    from evidence_kit.recipients import own_identity

    return [own_identity(vault)]


TESTIMONY_KEYS = ("code", "pseudonym", "role", "interview_date", "interview_place",
                  "language")
SOURCE_KEYS = ("code", "title", "publisher", "published_date", "url")


def _listing(document: dict[str, Any], part: str, keys: tuple[str, ...]) -> list[dict[str, Any]]:
    items = document.get(part, [])
    return [{k: item.get(k) for k in keys} for item in items if isinstance(item, dict)] \
        if isinstance(items, list) else []


def summarise(report: Any, report_pdf: bytes | None = None) -> dict[str, Any]:
    """Plain data from a VerifyReport, made in the task: the verdict, the listed items and,
    for an intact dossier, the report's bytes (in memory, for its page pictures)."""
    from evidence_kit.verify import verdict

    exhibits: list[dict[str, Any]] = []
    testimonies: list[dict[str, Any]] = []
    sources: list[dict[str, Any]] = []
    if report.intact and report.read is not None:
        try:
            document = json.loads(report.read.kept["data/dossier.json"])
            exhibits = _listing(document, "exhibits",
                                ("code", "kind", "file", "description", "sha256"))
            testimonies = _listing(document, "testimonies", TESTIMONY_KEYS)
            sources = _listing(document, "sources", SOURCE_KEYS)
        except (KeyError, ValueError, AttributeError, TypeError):
            exhibits, testimonies, sources = [], [], []
    signer = report.signer
    return {"ok": report.ok, "intact": report.intact, "verdict": verdict(report),
            "dossier_id": report.dossier_id, "sha256": report.file_sha256,
            "signer_label": (signer.label if signer else None) or "",
            "fingerprint": signer.key.fingerprint if signer else "",
            "trusted": bool(signer and signer.trusted), "counts": dict(report.counts),
            "checks": [(c.what, c.ok, c.detail) for c in report.checks], "exhibits": exhibits,
            "testimonies": testimonies, "sources": sources,
            "report_pdf": report_pdf if report.intact else None}
