"""Marked words in testimonies, hidden in redacted exports.

A field worker marks names, places, units or anything identifying; redacted dossiers
replace each occurrence (case-insensitively) with the pseudonym or "[redacted]". The
witness's own name and each part of it are always replaced by the pseudonym.

Rules are case-wide: a witness may name another witness, and an exhibit's description or
tags may name anyone, so every free text of a redacted dossier goes through every witness
name of the case and every term marked in any of its testimonies (``case_rules``).
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


def _name_rules(name: str, pseudonym: str) -> list[tuple[str, str]]:
    name = " ".join((name or "").split())
    if not name:
        return []
    return [(name, pseudonym)] + [(part, pseudonym) for part in name.split()
                                  if len(part) >= MIN_PART_CHARS]


def rules_for(vault: Vault, testimony: Record) -> list[tuple[str, str]]:
    """(term, replacement) of one testimony, longest first so "Ruslan Demoyev" wins over
    "Ruslan"."""
    rules = [(r["term"], r["replacement"]) for r in
             vault.db["text_redactions"].rows_where("testimony_id = ?", [testimony["id"]])]
    witness = vault.db["witnesses"].get(testimony["witness_id"])
    rules += _name_rules(witness.get("full_name") or "", testimony["pseudonym"])
    return sorted(rules, key=lambda r: -len(r[0]))


def case_rules(vault: Vault, case: Record) -> list[tuple[str, str]]:
    """Every testimony's rules of the case: each witness name, other name and their parts
    become that witness's pseudonym, each marked term its replacement. A witness's name
    wins over a marked term spelled the same; longest first."""
    names: dict[str, tuple[str, str]] = {}
    terms: dict[str, tuple[str, str]] = {}
    for row in vault.db.query(
            "SELECT t.id, t.pseudonym, w.full_name, w.other_names FROM testimonies t "
            "JOIN witnesses w ON w.id = t.witness_id WHERE t.case_id = ? ORDER BY t.id",
            [case["id"]]):
        spellings = [row["full_name"] or "", *re.split(r"[,;\n]", row["other_names"] or "")]
        for spelling in spellings:
            for term, replacement in _name_rules(spelling, row["pseudonym"]):
                names.setdefault(term.casefold(), (term, replacement))
        for rule in vault.db["text_redactions"].rows_where("testimony_id = ?", [row["id"]],
                                                           order_by="id"):
            terms.setdefault(rule["term"].casefold(), (rule["term"], rule["replacement"]))
    chosen = {**terms, **names}
    return sorted(chosen.values(), key=lambda r: (-len(r[0]), r[0]))


def redacted_exhibit_text(vault: Vault, case: Record, text: str) -> str:
    """``text`` (an exhibit's description, a tag, any free text of the case) as a redacted
    dossier or report shows it. For many texts, call ``case_rules`` once and ``apply``."""
    return apply(text, case_rules(vault, case))


def apply(text: str, rules: list[tuple[str, str]]) -> str:
    if not text or not rules:
        return text
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(t)}(?!\w)" for t, _ in rules),
                         re.IGNORECASE)
    lookup = {t.casefold(): r for t, r in rules}
    return pattern.sub(lambda m: lookup.get(m.group(0).casefold(), DEFAULT_REPLACEMENT), text)
