"""Cases: the unit a field team organises evidence in and exports from."""

from __future__ import annotations

from typing import Any

from .clock import utc_now
from .errors import InvalidInput, Phrase
from .records import BODIES, Record, check_choice, get_case, new_uid
from .vault import Vault

STATUSES = ("open", "submitted", "closed", "archived")
EDITABLE = frozenset({"title", "summary", "situation", "country", "target_body", "status"})


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


def update_case(vault: Vault, case_id: int, changes: dict[str, Any]) -> Record:
    """Edit a case's descriptive fields or status. The custody event names the fields
    changed (and the new status, which reveals nothing), never the texts."""
    unknown = set(changes) - EDITABLE
    if unknown:
        raise InvalidInput("These case fields cannot be edited: {fields}.",
                           fields=", ".join(sorted(unknown)))
    changes = {key: value.strip() if isinstance(value, str) else value
               for key, value in changes.items()}
    if "title" in changes and not changes["title"]:
        raise InvalidInput("A case needs a title.")
    if "target_body" in changes:
        check_choice(changes["target_body"], BODIES, Phrase("target body"))
    if "status" in changes:
        check_choice(changes["status"], STATUSES, Phrase("case status"))
    with vault.transaction():
        row = get_case(vault.db, case_id)
        changed = sorted(key for key, value in changes.items() if row.get(key) != value)
        if not changed:
            return row
        vault.db["cases"].update(row["id"], {**changes, "updated_at": utc_now()})
        details: dict[str, Any] = {"fields": changed}
        if "status" in changed:
            details["status"] = changes["status"]
        vault.log("case-edited", case_uid=row["uid"], item_kind="case", item_uid=row["uid"],
                  details=details)
    return vault.db["cases"].get(row["id"])
