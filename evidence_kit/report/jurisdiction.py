"""The ICC template's jurisdiction pre-check: information for the user, not legal advice.

The ICC can act on crimes on the territory or by nationals of a State Party, under an
Art. 12(3) declaration, or on a UN Security Council referral (Rome Statute arts. 12-13).
A complete, current list of States Parties is more than a small data file can promise, so
we ship the opposite, short and stable list — states known NOT to be parties, and states
that withdrew — and say plainly when a case's country is on it and no other basis was
given. A country on neither list is reported as "confirm it yourself".
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from evidence_kit.resources import resource

BASIS_ANSWERS = ("art12_3_declaration", "unsc_referral", "state_party_link")


@dataclass(frozen=True)
class JurisdictionResult:
    status: str  # "no-basis" | "basis-given" | "withdrawn" | "unlisted" | "no-country"
    country: str
    basis: str = ""  # the user's stated basis, when given
    withdrawn_on: str = ""
    note: str = ""  # from the data file (e.g. when a signature was withdrawn)

    @property
    def suggest_other_bodies(self) -> bool:
        return self.status in ("no-basis", "withdrawn")


@lru_cache(maxsize=1)
def _states() -> list[dict]:
    raw = json.loads(resource("templates", "rome-statute-non-parties.json")
                     .read_text(encoding="utf-8"))
    return [dict(entry, status="non-party") for entry in raw["non_parties"]] + \
        [dict(entry, status="withdrawn") for entry in raw.get("withdrawn", [])]


def _matches(country: str, entry: dict) -> bool:
    for name in [entry["name"], *entry.get("aliases", [])]:
        if re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", country.casefold()):
            return True
    return False


def find_state(country: str) -> dict | None:
    return next((entry for entry in _states() if _matches(country, entry)), None)


def check(country: str, answers: Mapping[str, str]) -> JurisdictionResult:
    country = (country or "").strip()
    if not country:
        return JurisdictionResult("no-country", "")
    basis = "; ".join(answers[k].strip() for k in BASIS_ANSWERS
                      if isinstance(answers.get(k), str) and answers[k].strip())
    entry = find_state(country)
    if basis:
        return JurisdictionResult("basis-given", country, basis=basis)
    if entry is None:
        return JurisdictionResult("unlisted", country)
    if entry["status"] == "withdrawn":
        return JurisdictionResult("withdrawn", entry["name"],
                                  withdrawn_on=entry.get("effective", ""),
                                  note=entry.get("note", ""))
    return JurisdictionResult("no-basis", entry["name"], note=entry.get("note", ""))
