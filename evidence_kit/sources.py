"""Source citations (Berkeley Protocol): where open-source information came from, when it
was accessed, and how reliable the source and credible the information are (graded apart).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .clock import utc_now
from .errors import InvalidInput, Phrase
from .records import Record, check_choice, code, new_uid, next_number
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


def add_source(vault: Vault, case: Record, source: SourceInput) -> Record:
    source.check()
    now = utc_now()
    row = {**asdict(source), "uid": new_uid(), "case_id": case["id"],
           "archived_exhibit_id": None, "created_at": now, "updated_at": now}
    with vault.transaction():
        row["number"] = next_number(vault.db, "sources", case["id"])
        row["id"] = vault.db["sources"].insert(row).last_pk
        vault.log("source-added", case_uid=case["uid"], item_kind="source",
                  item_uid=row["uid"], details={"code": code("sources", row["number"])})
    return row


def list_sources(vault: Vault, case_id: int) -> list[Record]:
    return list(vault.db["sources"].rows_where("case_id = ?", [case_id], order_by="number"))
