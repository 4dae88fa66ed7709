"""Marked words in testimonies, hidden in redacted exports.

A field worker marks names, places, units or anything identifying; redacted dossiers
replace each occurrence (case-insensitively) with the pseudonym or "[redacted]". The
witness's own name and each part of it are always replaced by the pseudonym.
"""

from __future__ import annotations

import re

from .clock import utc_now
from .errors import InvalidInput
from .records import Record, code
from .vault import Vault

DEFAULT_REPLACEMENT = "[redacted]"
MIN_PART_CHARS = 3  # name parts shorter than this would redact ordinary words


def add_term(vault: Vault, case: Record, testimony: Record, term: str,
             replacement: str = DEFAULT_REPLACEMENT) -> None:
    term = " ".join(term.split())
    if len(term) < 2:
        raise InvalidInput("A term to redact needs at least two characters.")
    with vault.transaction():
        vault.db["text_redactions"].insert({"testimony_id": testimony["id"], "term": term,
                                            "replacement": replacement or DEFAULT_REPLACEMENT,
                                            "created_at": utc_now()})
        # The term itself is identifying: the log records only that one was added.
        vault.log("text-redaction-added", case_uid=case["uid"], item_kind="testimony",
                  item_uid=testimony["uid"],
                  details={"code": code("testimonies", testimony["number"])})


def rules_for(vault: Vault, testimony: Record) -> list[tuple[str, str]]:
    """(term, replacement), longest first so "Ruslan Demoyev" wins over "Ruslan"."""
    rules = [(r["term"], r["replacement"]) for r in
             vault.db["text_redactions"].rows_where("testimony_id = ?", [testimony["id"]])]
    witness = vault.db["witnesses"].get(testimony["witness_id"])
    name = (witness.get("full_name") or "").strip()
    if name:
        rules.append((name, testimony["pseudonym"]))
        rules += [(part, testimony["pseudonym"]) for part in name.split()
                  if len(part) >= MIN_PART_CHARS]
    return sorted(rules, key=lambda r: -len(r[0]))


def apply(text: str, rules: list[tuple[str, str]]) -> str:
    if not text or not rules:
        return text
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(t)}(?!\w)" for t, _ in rules),
                         re.IGNORECASE)
    lookup = {t.casefold(): r for t, r in rules}
    return pattern.sub(lambda m: lookup.get(m.group(0).casefold(), DEFAULT_REPLACEMENT), text)
