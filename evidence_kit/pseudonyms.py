"""Witness pseudonyms: generated at random, never derived from a name.

A pseudonym is what every output shows; the mapping to a real identity lives only in the
vault's ``witnesses`` table. The same person (same name in the same case) keeps the same
pseudonym across testimonies, so investigators see repeat interviews without names.
"""

from __future__ import annotations

import secrets
import unicodedata

import sqlite_utils

ALPHABET = "ACDEFHJKLMNPRTUVWXY3479"  # no look-alikes (0/O, 1/I, 5/S, 8/B, 2/Z, 6/G)


def _normalise(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def new_pseudonym(db: sqlite_utils.Database) -> str:
    taken = {row[0] for row in db.execute("SELECT pseudonym FROM witnesses")}
    while True:
        candidate = "W-" + "".join(secrets.choice(ALPHABET) for _ in range(5))
        if candidate not in taken:
            return candidate


def find_witness(db: sqlite_utils.Database, case_id: int, full_name: str) -> dict | None:
    """An existing witness of this case with the same name, if any."""
    wanted = _normalise(full_name)
    if not wanted:
        return None
    for row in db["witnesses"].rows_where("case_id = ?", [case_id]):
        if row["full_name"] and _normalise(row["full_name"]) == wanted:
            return row
    return None
