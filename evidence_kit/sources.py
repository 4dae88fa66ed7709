"""Source citations (Berkeley Protocol): where open-source information came from, when it
was accessed, and how reliable the source and credible the information are (graded apart).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .clock import utc_now
from .errors import InvalidInput, Phrase
from .records import Record, check_choice, check_code, code, item_in_case, new_uid, next_number
from .vault import Vault

KINDS = ("web-page", "social-media", "news-article", "ngo-report", "un-report",
         "official-document", "court-document", "satellite-imagery", "dataset", "book",
         "leaked-document", "other")
RELIABILITY = tuple("ABCDEF")  # A reliable ... E unreliable, F cannot be judged
CREDIBILITY = tuple("123456")  # 1 confirmed ... 5 improbable, 6 cannot be judged


@dataclass
class SourceInput:
    title: str
    kind: str = "other"
    author: str = ""
    publisher: str = ""
    url: str = ""
    published_date: str = ""
    accessed_date: str = ""
    quote: str = ""
    locator: str = ""
    reliability: str = ""
    credibility: str = ""
    language: str = ""
    notes: str = ""
    archived_exhibit: str = ""  # the E-code of the archived copy (a web capture, a PDF)

    def check(self) -> None:
        if not self.title.strip():
            raise InvalidInput("A source needs a title.")
        check_choice(self.kind, KINDS, Phrase("source kind"))
        check_choice(self.reliability or None, RELIABILITY, Phrase("reliability grade (A-F)"))
        check_choice(self.credibility or None, CREDIBILITY, Phrase("credibility grade (1-6)"))
        for name, label in (("published_date", Phrase("published date")),
                            ("accessed_date", Phrase("accessed date"))):
            value = getattr(self, name)
            if value and not (len(value) in (4, 7, 10) and value[:4].isdigit()):
                raise InvalidInput("{field} must look like 2017-04-01.", field=label)
        if self.url and not self.url.startswith(("http://", "https://")):
            raise InvalidInput("A source URL must start with http:// or https://.")
        if self.archived_exhibit.strip():
            check_code(self.archived_exhibit, "exhibits")


def add_source(vault: Vault, case: Record, source: SourceInput) -> Record:
    source.check()
    now = utc_now()
    row = {**asdict(source), "uid": new_uid(), "case_id": case["id"],
           "created_at": now, "updated_at": now}
    archived = row.pop("archived_exhibit")
    with vault.transaction():
        exhibit = item_in_case(vault.db, case["id"], archived, "exhibits")
        row["archived_exhibit_id"] = exhibit["id"] if exhibit else None
        row["number"] = next_number(vault.db, "sources", case["id"])
        row["id"] = vault.db["sources"].insert(row).last_pk
        vault.log("source-added", case_uid=case["uid"], item_kind="source",
                  item_uid=row["uid"], details={"code": code("sources", row["number"])})
    return {**row, "archived_exhibit": code("exhibits", exhibit["number"]) if exhibit else ""}


def list_sources(vault: Vault, case_id: int) -> list[Record]:
    """The case's sources; ``archived_exhibit`` is the archived copy's code ("" if none)."""
    rows = vault.db.query(
        "SELECT s.*, e.number AS archived_number FROM sources s LEFT JOIN exhibits e "
        "ON e.id = s.archived_exhibit_id WHERE s.case_id = ? ORDER BY s.number", [case_id])
    return [_with_archive_code(row) for row in rows]


def _with_archive_code(row: Record) -> Record:
    number = row.pop("archived_number", None)
    return {**row, "archived_exhibit": code("exhibits", number) if number else ""}
