"""Cases: the unit a field team organises evidence in and exports from."""

from __future__ import annotations

from .clock import utc_now
from .errors import InvalidInput, Phrase
from .records import BODIES, Record, check_choice, new_uid
from .vault import Vault

STATUSES = ("open", "submitted", "closed")


def add_case(vault: Vault, title: str, *, summary: str = "", situation: str = "",
             country: str = "", target_body: str = "other", uid: str | None = None) -> Record:
    title = title.strip()
    if not title:
        raise InvalidInput("A case needs a title.")
    check_choice(target_body, BODIES, Phrase("target body"))
    now = utc_now()
    row = {"uid": uid or new_uid(), "title": title, "summary": summary, "situation": situation,
           "country": country, "target_body": target_body, "status": "open",
           "created_at": now, "updated_at": now}
    with vault.transaction():
        row["id"] = vault.db["cases"].insert(row).last_pk
        vault.log("case-created", case_uid=row["uid"], item_kind="case", item_uid=row["uid"])
    return row


def list_cases(vault: Vault) -> list[Record]:
    return list(vault.db["cases"].rows_where(order_by="id"))


def count_items(vault: Vault, case_id: int) -> dict[str, int]:
    return {table: vault.db[table].count_where("case_id = ?", [case_id])
            for table in ("exhibits", "testimonies", "sources")}
